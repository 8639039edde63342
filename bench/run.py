"""Benchmark the Riverbend assistant against the stock `rasa init` assistant, in one run.

What it measures, for both assistants, the same way:
  * training time from scratch (fresh output directory and a fresh, empty Rasa cache);
  * REST latency (p50/p95/p99 per message) and throughput (messages per second) with 1 and
    16 concurrent conversations, each sending M messages in sequence (M=30, --quick: 5), in
    ROUNDS rounds that alternate between the two assistants;
  * resident memory (RSS of each server and its children): before, peak during, and after the load.

Why ratios, and why rounds: the machine is small (2 cores) and shared, and its speed drifts by 20-30%
within minutes (the same server measured twice a minute apart gave 38 and 28 messages per second). Both
assistants' servers are started, then the load goes to one assistant at a time (an idle Rasa server takes
no CPU): round 1 stock then ours, round 2 ours then stock, and so on. Each round gives a ratio taken
close together in time; `ratios_ours_over_stock` holds the median of the rounds' ratios for the load
(what to compare between runs), `load_ratios_by_round` each round's.

Usage: python bench/run.py [--messages N] [--quick] [--rounds R] [--keep-temp]
Prints one JSON document to stdout (progress goes to stderr) and writes bench/out/results.json.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.metadata
import importlib.util
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import psutil
import requests

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "bench"
OUT_FILE = BENCH_DIR / "out" / "results.json"
MESSAGES_FILE = BENCH_DIR / "messages.txt"
PYTHON = sys.executable
HOST = "127.0.0.1"

CONCURRENCIES = (1, 16)
ROUNDS = 5  # load rounds per assistant, alternating (see the docstring)
DEFAULT_MESSAGES = 30
QUICK_MESSAGES = 5
WARMUP_MESSAGES = 3
TRAIN_TIMEOUT_S = 1800
READY_TIMEOUT_S = 300
REQUEST_TIMEOUT_S = 120
LEVEL_TIMEOUT_S = 900
STOP_TIMEOUT_S = 20
SAMPLE_INTERVAL_S = 0.2
MAX_SAMPLES = 100_000
MAX_ERROR_SAMPLES = 3
MB = 1024 * 1024

# Aims for our assistant (see README.md).
TRAIN_AIM_S = 240  # four minutes from scratch: the budget since the doctors, services, vaccines and insurance topics
RASA_RSS_AIM_MB = 1300


class BenchError(RuntimeError):
    """A step of the benchmark failed; the message says which and shows the log's tail."""


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return f"(no log at {path})"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def child_env(extra: dict[str, str]) -> dict[str, str]:
    return {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "PYTHONDONTWRITEBYTECODE": "1", **extra}


def load_messages(path: Path = MESSAGES_FILE) -> list[str]:
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    messages = [line for line in lines if line and not line.startswith("#")]
    if not messages:
        raise BenchError(f"no messages in {path}")
    return messages


# --- Training -------------------------------------------------------------------------------


def stock_template() -> Path:
    """The project `rasa init` copies, as shipped inside the installed rasa package."""
    spec = importlib.util.find_spec("rasa")
    if spec is None or not spec.submodule_search_locations:
        raise BenchError("rasa is not installed in this Python")
    return Path(next(iter(spec.submodule_search_locations))) / "cli" / "initial_project"


def make_stock_project(workdir: Path) -> Path:
    """`rasa init` without its automatic training: a copy of the template."""
    project = workdir / "stock-project"
    shutil.copytree(stock_template(), project, ignore=shutil.ignore_patterns("__pycache__"))
    return project


def train(name: str, train_args: list[str], cwd: Path, workdir: Path) -> tuple[float, Path]:
    """Train from scratch (new output dir, empty cache); return (seconds, model path)."""
    out_dir, cache_dir = workdir / f"{name}-models", workdir / f"{name}-cache"
    out_dir.mkdir()
    cache_dir.mkdir()
    log_path = workdir / f"{name}-train.log"
    command = [PYTHON, "-m", "rasa", "train", *train_args, "--out", str(out_dir), "--fixed-model-name", name]
    env = child_env({"RASA_CACHE_DIRECTORY": str(cache_dir)})
    log(f"training {name} from scratch (log {log_path.name})")
    started = time.monotonic()
    with log_path.open("w") as output:
        try:
            result = subprocess.run(
                command, cwd=cwd, env=env, stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                timeout=TRAIN_TIMEOUT_S, check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise BenchError(f"training {name} took over {TRAIN_TIMEOUT_S} s:\n{tail(log_path)}") from error
    seconds = time.monotonic() - started
    model = out_dir / f"{name}.tar.gz"
    if result.returncode != 0 or not model.is_file():
        raise BenchError(f"training {name} failed (exit {result.returncode}):\n{tail(log_path)}")
    log(f"trained {name} in {seconds:.1f} s")
    return seconds, model


# --- Servers --------------------------------------------------------------------------------


def start_process(command: list[str], cwd: Path, env: dict[str, str], log_path: Path) -> subprocess.Popen[bytes]:
    with log_path.open("w") as output:
        return subprocess.Popen(
            command, cwd=cwd, env=env, stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )


def stop_process(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM the process (and any children it started), SIGKILL whatever outlives the timeout."""
    try:
        children = psutil.Process(process.pid).children(recursive=True)
    except psutil.Error:
        children = []
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=STOP_TIMEOUT_S)
    for child in children:
        with contextlib.suppress(psutil.Error):
            child.terminate()
    _, alive = psutil.wait_procs(children, timeout=STOP_TIMEOUT_S)
    for child in alive:
        with contextlib.suppress(psutil.Error):
            child.kill()


def wait_until(check: Callable[[], bool], what: str, processes: dict[str, subprocess.Popen[bytes]]) -> float:
    """Poll `check` until it is true; fail early if a server exits. Returns the seconds waited."""
    started = time.monotonic()
    while time.monotonic() - started < READY_TIMEOUT_S:
        for name, process in processes.items():
            if process.poll() is not None:
                raise BenchError(f"{name} exited with {process.returncode} while waiting for {what}")
        with contextlib.suppress(requests.RequestException, ValueError):
            if check():
                return time.monotonic() - started
        time.sleep(0.5)
    raise BenchError(f"{what} not ready after {READY_TIMEOUT_S} s")


def status_has_model(base_url: str, token: str | None = None) -> bool:
    params = {"token": token} if token else None
    reply = requests.get(f"{base_url}/status", params=params, timeout=5)
    return reply.status_code == 200 and bool(reply.json().get("model_file"))


def health_ok(base_url: str) -> bool:
    return requests.get(f"{base_url}/health", timeout=5).status_code == 200


@dataclass
class Deployment:
    """Running servers of one assistant: `processes` maps result names to processes."""

    base_url: str
    processes: dict[str, subprocess.Popen[bytes]]
    startup_seconds: float
    logs: dict[str, Path]


def serve_stock(project: Path, model: Path, workdir: Path, stack: contextlib.ExitStack) -> Deployment:
    port = free_port()
    log_path = workdir / "stock-rasa.log"
    command = [PYTHON, "-m", "rasa", "run", "--enable-api", "-m", str(model), "-p", str(port), "-i", HOST]
    process = start_process(command, project, child_env({}), log_path)
    stack.callback(stop_process, process)
    base_url = f"http://{HOST}:{port}"
    processes = {"rasa_server": process}
    seconds = wait_until(lambda: status_has_model(base_url), "stock Rasa server", processes)
    return Deployment(base_url, processes, seconds, {"rasa_server": log_path})


def serve_ours(model: Path, workdir: Path, stack: contextlib.ExitStack) -> Deployment:
    rasa_port, action_port = free_port(), free_port()
    token = uuid.uuid4().hex
    env = child_env({
        "RASA_AUTH_TOKEN": token,
        "RASA_PORT": str(rasa_port),
        "ACTION_PORT": str(action_port),
        "ACTION_SERVER_URL": f"http://{HOST}:{action_port}/webhook",
        "TRACKER_STORE_URL": f"sqlite:///{workdir / 'tracker.db'}",
        "RASA_MODEL": str(model),
        "VAR_DIR": str(workdir),
        "BIND_HOST": HOST,
        "SANIC_HOST": HOST,  # rasa_sdk listens on 0.0.0.0 unless told otherwise
        # The load comes from one address at hundreds of messages a minute: with the flood limits of
        # bot/channels/limits.py it would measure the polite "slow down" reply, not the assistant.
        "RATE_LIMIT_PER_ADDRESS_PER_MINUTE": "1000000",
        "RATE_LIMIT_PER_CONVERSATION_PER_MINUTE": "1000000",
    })
    logs = {"action_server": workdir / "ours-actions.log", "rasa_server": workdir / "ours-rasa.log"}
    action_command = [PYTHON, "-m", "bot.action_server", "--actions", "actions", "--port", str(action_port)]
    actions = start_process(action_command, ROOT, env, logs["action_server"])
    stack.callback(stop_process, actions)
    rasa = start_process([PYTHON, "-m", "bot.server"], ROOT, env, logs["rasa_server"])
    stack.callback(stop_process, rasa)
    processes = {"rasa_server": rasa, "action_server": actions}
    base_url = f"http://{HOST}:{rasa_port}"
    started = time.monotonic()
    wait_until(lambda: health_ok(f"http://{HOST}:{action_port}"), "our action server", processes)
    wait_until(lambda: status_has_model(base_url, token), "our Rasa server", processes)
    return Deployment(base_url, processes, time.monotonic() - started, logs)


# --- Memory ---------------------------------------------------------------------------------


def tree_rss_mb(pid: int) -> float:
    """RSS of a process plus all its descendants, in MB (0 if it is gone)."""
    try:
        process = psutil.Process(pid)
        members = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0.0
    total = 0
    for member in members:
        with contextlib.suppress(psutil.Error):
            total += member.memory_info().rss
    return total / MB


class RssSampler:
    """Samples the RSS of named processes every SAMPLE_INTERVAL_S in a background thread."""

    def __init__(self, pids: dict[str, int]) -> None:
        self.pids = pids
        self.before = self.sample()
        self.peak = dict(self.before)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def sample(self) -> dict[str, float]:
        values = {name: tree_rss_mb(pid) for name, pid in self.pids.items()}
        if len(values) > 1:
            values["total"] = sum(values.values())
        return values

    def _run(self) -> None:
        for _ in range(MAX_SAMPLES):
            for name, value in self.sample().items():
                self.peak[name] = max(self.peak.get(name, 0.0), value)
            if self._stop.wait(SAMPLE_INTERVAL_S):
                return

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def report(self) -> dict[str, dict[str, float]]:
        stages = {"before": self.before, "peak": self.peak, "after": self.sample()}
        return {name: {stage: round(values[name], 1) for stage, values in stages.items()} for name in self.before}


# --- Load -----------------------------------------------------------------------------------


@dataclass
class LoadTally:
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    empty_replies: int = 0
    error_samples: list[str] = field(default_factory=list)

    def error(self, description: str) -> None:
        self.errors += 1
        if len(self.error_samples) < MAX_ERROR_SAMPLES:
            self.error_samples.append(description[:300])


async def send(session: aiohttp.ClientSession, url: str, sender: str, text: str, tally: LoadTally) -> None:
    started = time.perf_counter()
    try:
        async with session.post(url, json={"sender": sender, "message": text}) as reply:
            body = await reply.text()
            elapsed_ms = (time.perf_counter() - started) * 1000
            if reply.status != 200:
                tally.error(f"HTTP {reply.status} for {text!r}: {body[:200]}")
                return
            tally.latencies_ms.append(elapsed_ms)
            if not json.loads(body):
                tally.empty_replies += 1
    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
        tally.error(f"{type(error).__name__} for {text!r}: {error}")


async def converse(session: aiohttp.ClientSession, url: str, sender: str, texts: list[str], tally: LoadTally) -> None:
    for text in texts:
        await send(session, url, sender, text, tally)


def conversation_texts(messages: list[str], index: int, count: int) -> list[str]:
    """`count` messages cycled from the list, starting at a different line per conversation."""
    return [messages[(index + offset) % len(messages)] for offset in range(count)]


async def run_conversations(url: str, senders: list[str], messages: list[str], count: int, tally: LoadTally) -> bool:
    """All conversations at once; False if the whole level timed out."""
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S)
    connector = aiohttp.TCPConnector(limit=len(senders))
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        talks = [converse(session, url, sender, conversation_texts(messages, i, count), tally)
                 for i, sender in enumerate(senders)]
        try:
            await asyncio.wait_for(asyncio.gather(*talks), timeout=LEVEL_TIMEOUT_S)
        except asyncio.TimeoutError:
            return False
    return True


def percentile(values: list[float], fraction: float) -> float | None:
    """Linear interpolation between closest ranks; None without values."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def rounded(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


@dataclass
class LevelRun:
    """One load level sent once: what came back and how long it took."""

    tally: LoadTally
    wall_seconds: float
    requests: int
    completed: bool


def load_level(base_url: str, name: str, concurrency: int, messages: list[str], count: int) -> LevelRun:
    """`concurrency` new conversations at once, `count` messages each."""
    run_id = uuid.uuid4().hex[:8]
    senders = [f"bench-{name}-c{concurrency}-{i}-{run_id}" for i in range(concurrency)]
    tally = LoadTally()
    started = time.perf_counter()
    finished = asyncio.run(run_conversations(f"{base_url}/webhooks/rest/webhook", senders, messages, count, tally))
    wall = time.perf_counter() - started
    unsent = concurrency * count - len(tally.latencies_ms) - tally.errors
    if unsent > 0:
        tally.errors += unsent
        tally.error_samples.append(f"{unsent} messages not answered within {LEVEL_TIMEOUT_S} s")
    return LevelRun(tally, wall, concurrency * count, finished)


def summarise(runs: list[LevelRun]) -> dict[str, Any]:
    """Latency percentiles over every message of the runs, throughput over their summed wall time."""
    latencies = [latency for run in runs for latency in run.tally.latencies_ms]
    wall = sum(run.wall_seconds for run in runs)
    samples = [sample for run in runs for sample in run.tally.error_samples][:MAX_ERROR_SAMPLES]
    result: dict[str, Any] = {
        "p50_ms": rounded(percentile(latencies, 0.50)),
        "p95_ms": rounded(percentile(latencies, 0.95)),
        "p99_ms": rounded(percentile(latencies, 0.99)),
        "max_ms": rounded(max(latencies, default=None)),
        "messages_per_second": round(len(latencies) / wall, 2) if wall > 0 else None,
        "errors": sum(run.tally.errors for run in runs),
        "empty_replies": sum(run.tally.empty_replies for run in runs),
        "requests": sum(run.requests for run in runs),
        "wall_seconds": round(wall, 2),
        "completed": all(run.completed for run in runs),
    }
    if samples:
        result["error_samples"] = samples
    return result


def log_level(name: str, concurrency: int, result: dict[str, Any], label: str = "") -> None:
    log(f"{name} c={concurrency}{label}: p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, "
        f"{result['messages_per_second']} msg/s, {result['errors']} errors, {result['empty_replies']} empty replies")


def run_level(base_url: str, name: str, concurrency: int, messages: list[str], count: int) -> dict[str, Any]:
    """One level sent once, summarised (bench/scale.py and bench/console.py measure this way)."""
    result = summarise([load_level(base_url, name, concurrency, messages, count)])
    log_level(name, concurrency, result)
    return result


def warm_up(base_url: str, name: str, messages: list[str]) -> None:
    tally = LoadTally()
    sender = f"bench-{name}-warmup-{uuid.uuid4().hex[:8]}"
    asyncio.run(run_conversations(f"{base_url}/webhooks/rest/webhook", [sender], messages, WARMUP_MESSAGES, tally))
    if tally.errors:
        log(f"warm-up of {name} had {tally.errors} errors: {tally.error_samples}")


def measure(name: str, deployment: Deployment, messages: list[str], count: int,
            concurrencies: tuple[int, ...] = CONCURRENCIES) -> dict[str, Any]:
    log(f"{name} ready in {deployment.startup_seconds:.1f} s at {deployment.base_url}; warming up")
    warm_up(deployment.base_url, name, messages)
    with RssSampler({key: process.pid for key, process in deployment.processes.items()}) as sampler:
        load = {str(c): run_level(deployment.base_url, name, c, messages, count) for c in concurrencies}
    for key, process in deployment.processes.items():
        if process.poll() is not None:
            log(f"{name} {key} exited with {process.returncode} during the load:\n{tail(deployment.logs[key])}")
    return {"startup_seconds": round(deployment.startup_seconds, 1), "rss_mb": sampler.report(), "load": load}


def measure_alternating(deployments: dict[str, Deployment], messages: list[str], count: int,
                        rounds: int = ROUNDS) -> tuple[dict[str, dict[str, Any]], list[dict[str, dict[str, Any]]]]:
    """Every assistant's servers are up; the load goes to one at a time, in rounds whose order alternates.

    Returns each assistant's result (the rounds pooled) and each round's levels by assistant.
    """
    for name, deployment in deployments.items():
        log(f"{name} ready in {deployment.startup_seconds:.1f} s at {deployment.base_url}; warming up")
        warm_up(deployment.base_url, name, messages)
    names = list(deployments)
    runs: dict[str, dict[int, list[LevelRun]]] = {name: {c: [] for c in CONCURRENCIES} for name in names}
    by_round: list[dict[str, dict[str, Any]]] = []
    samplers = {name: RssSampler({key: process.pid for key, process in deployments[name].processes.items()})
                for name in names}
    with contextlib.ExitStack() as stack:
        for sampler in samplers.values():
            stack.enter_context(sampler)
        for number in range(rounds):
            order = names if number % 2 == 0 else names[::-1]
            this_round: dict[str, dict[str, Any]] = {name: {} for name in names}
            for concurrency in CONCURRENCIES:
                for name in order:
                    run = load_level(deployments[name].base_url, name, concurrency, messages, count)
                    runs[name][concurrency].append(run)
                    this_round[name][str(concurrency)] = summarise([run])
                    log_level(name, concurrency, this_round[name][str(concurrency)], f" (round {number + 1}/{rounds})")
            by_round.append(this_round)
    results = {}
    for name in names:
        for key, process in deployments[name].processes.items():
            if process.poll() is not None:
                log(f"{name} {key} exited with {process.returncode} during the load:\n"
                    f"{tail(deployments[name].logs[key])}")
        load = {str(c): summarise(runs[name][c]) for c in CONCURRENCIES}
        for concurrency in CONCURRENCIES:
            log_level(name, concurrency, load[str(concurrency)], f" ({rounds} rounds)")
        results[name] = {"startup_seconds": round(deployments[name].startup_seconds, 1),
                         "rss_mb": samplers[name].report(), "load": load}
    return results, by_round


# --- Report ---------------------------------------------------------------------------------


def ratio(ours: float | None, stock: float | None) -> float | None:
    if ours is None or not stock:
        return None
    return round(ours / stock, 3)


def round_ratios(by_round: list[dict[str, dict[str, Any]]]) -> list[dict[str, float | None]]:
    """Each round's ours / stock for the load (the two measured minutes apart at most)."""
    return [{
        **{f"p95_ms_c{c}": ratio(levels["ours"][str(c)]["p95_ms"], levels["stock"][str(c)]["p95_ms"])
           for c in CONCURRENCIES},
        **{f"messages_per_second_c{c}": ratio(levels["ours"][str(c)]["messages_per_second"],
                                              levels["stock"][str(c)]["messages_per_second"]) for c in CONCURRENCIES},
    } for levels in by_round]


def median_ratio(values: list[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return round(statistics.median(present), 3) if present else None


def compare(stock: dict[str, Any], ours: dict[str, Any],
            by_round: list[dict[str, float | None]]) -> dict[str, float | None]:
    """Training and memory: one ratio each; the load: the median of the rounds' ratios."""
    return {
        "train_seconds": ratio(ours["train_seconds"], stock["train_seconds"]),
        "rasa_server_rss_peak": ratio(ours["rss_mb"]["rasa_server"]["peak"], stock["rss_mb"]["rasa_server"]["peak"]),
        **{key: median_ratio([ratios[key] for ratios in by_round]) for key in (by_round[0] if by_round else {})},
    }


def aims(ours: dict[str, Any], ratios: dict[str, float | None]) -> dict[str, bool]:
    top = max(CONCURRENCIES)
    ours_top = ours["load"][str(top)]
    # Every message of ours gets a reply (an answer, a question back or "I can't help with that here"):
    # an empty one means the load did not measure the assistant answering (see bench/messages.txt).
    ours_clean = ours_top["errors"] == 0 and ours_top["empty_replies"] == 0 and ours_top["p95_ms"] is not None
    throughput, p95 = ratios.get(f"messages_per_second_c{top}"), ratios.get(f"p95_ms_c{top}")
    return {
        "throughput_c16_at_least_stock": ours_clean and throughput is not None and throughput >= 1,
        "p95_c16_at_most_stock": ours_clean and p95 is not None and p95 <= 1,
        "train_from_scratch_under_240s": ours["train_seconds"] < TRAIN_AIM_S,
        "rasa_server_rss_under_1300mb": ours["rss_mb"]["rasa_server"]["peak"] < RASA_RSS_AIM_MB,
    }


def machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "rasa": importlib.metadata.version("rasa"),
        "load_average_at_start": [round(value, 2) for value in os.getloadavg()],
    }


# --- Main -----------------------------------------------------------------------------------


def benchmark(workdir: Path, messages: list[str], count: int, rounds: int = ROUNDS) -> dict[str, Any]:
    stock_project = make_stock_project(workdir)
    stock_train, stock_model = train("stock", [], stock_project, workdir)
    ours_train, ours_model = train(
        "assistant", ["--config", "config/config.yml", "--domain", "config/domain.yml", "--data", "data"], ROOT, workdir
    )
    with contextlib.ExitStack() as stack:
        deployments = {"stock": serve_stock(stock_project, stock_model, workdir, stack),
                       "ours": serve_ours(ours_model, workdir, stack)}
        try:
            results, by_round = measure_alternating(deployments, messages, count, rounds)
        finally:
            log("stopping both assistants")
    stock = {"train_seconds": round(stock_train, 1), **results["stock"]}
    ours = {"train_seconds": round(ours_train, 1), **results["ours"]}
    per_round = round_ratios(by_round)
    ratios = compare(stock, ours, per_round)
    return {
        "machine": machine(),
        "messages_per_conversation": count,
        "rounds": rounds,
        "stock": stock,
        "ours": ours,
        "ratios_ours_over_stock": ratios,
        "load_ratios_by_round": per_round,
        "aims": aims(ours, ratios),
    }


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=None, help=f"messages per conversation ({DEFAULT_MESSAGES})")
    parser.add_argument("--quick", action="store_true", help=f"short run: {QUICK_MESSAGES} messages per conversation")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help=f"load rounds per assistant, alternating ({ROUNDS})")
    parser.add_argument("--keep-temp", action="store_true", help="keep the temp dir (models, logs) for inspection")
    args = parser.parse_args(argv)
    if args.messages is None:
        args.messages = QUICK_MESSAGES if args.quick else DEFAULT_MESSAGES
    if args.messages < 1:
        parser.error("--messages must be at least 1")
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    return args


def stop_on_sigterm() -> None:
    """Turn SIGTERM into an exception so that the servers are stopped and temp dirs removed."""

    def handler(signum: int, _: object) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, handler)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    stop_on_sigterm()
    messages = load_messages()
    workdir = Path(tempfile.mkdtemp(prefix="rasa-bench-"))
    log(f"working in {workdir}; {args.messages} messages per conversation")
    try:
        results = benchmark(workdir, messages, args.messages, args.rounds)
    except BenchError as error:
        log(f"FAILED: {error}")
        return 1
    except KeyboardInterrupt:
        log("interrupted")
        return 130
    finally:
        if args.keep_temp:
            log(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    OUT_FILE.parent.mkdir(parents=True, exist_ok=True)
    document = json.dumps(results, indent=2)
    OUT_FILE.write_text(document + "\n", encoding="utf-8")
    print(document)
    log(f"wrote {OUT_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
