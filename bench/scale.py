"""Scale-out benchmark: one worker on SQLite, then PostgreSQL + Redis + nginx with 1, 2 and 3 Rasa workers, and
the stock `rasa init` bot, in one run (issue 17's aims are ratios between these).

Each deployment is started alone (never side by side), warmed up, then loaded over REST with 16 and 64 concurrent
conversations of M messages each (M=10, --quick: 4): p50/p95/p99 latency and messages per second. The cluster
deployments are what `make run-cluster` starts (bot/cluster/launcher.py): private PostgreSQL and Redis, two action
servers and the workers behind nginx; the load goes to nginx.

Usage: python bench/scale.py [--messages N] [--quick] [--model PATH] [--workers 1,2,3]
Prints one JSON document (progress on stderr) and writes bench/out/scale.json.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import run as base  # bench/run.py: processes, load levels, percentiles

ROOT = base.ROOT
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.cluster import launcher  # noqa: E402 - needs ROOT on sys.path when run as a script
from bot.cluster.services import start_nginx, start_postgres, start_redis  # noqa: E402

OUT_FILE = base.BENCH_DIR / "out" / "scale.json"
CONCURRENCIES = (16, 64)
DEFAULT_MESSAGES = 10
QUICK_MESSAGES = 4
ACTION_SERVERS = 2
# The load comes from one address: the flood limits would measure the polite "slow down" reply.
NO_FLOOD_LIMITS = {"RATE_LIMIT_PER_ADDRESS_PER_MINUTE": "1000000", "RATE_LIMIT_PER_CONVERSATION_PER_MINUTE": "1000000"}


def serve_cluster(workers: int, model: Path, workdir: Path, stack: contextlib.ExitStack) -> base.Deployment:
    """PostgreSQL, Redis, ACTION_SERVERS action servers and `workers` Rasa workers behind nginx."""
    # PostgreSQL runs as the postgres user: its folder must be one others may enter (the project's var/)
    folder = ROOT / "var" / "bench" / f"scale-{workers}-{uuid.uuid4().hex[:6]}"
    folder.mkdir(parents=True)
    stack.callback(shutil.rmtree, folder, True)
    postgres = start_postgres(folder / "postgres", base.free_port(), uuid.uuid4().hex,
                              databases=(launcher.APP_DATABASE, launcher.TRACKER_DATABASE))
    stack.callback(postgres.stop)
    redis = start_redis(folder / "redis", base.free_port())
    stack.callback(redis.stop)
    layout = launcher.Layout([base.free_port() for _ in range(workers)],
                             [base.free_port() for _ in range(ACTION_SERVERS)])
    front, action_front = base.free_port(), base.free_port()
    nginx = start_nginx(folder / "nginx", front, layout.worker_ports, action_front, layout.action_ports)
    stack.callback(nginx.stop)
    token = uuid.uuid4().hex
    stores = postgres.url.rsplit("/", 1)[0]
    env = base.child_env({
        "RASA_AUTH_TOKEN": token, "RASA_MODEL": str(model), "VAR_DIR": str(folder), "BIND_HOST": base.HOST,
        "SANIC_HOST": base.HOST, "RASA_PORT": str(front), "CONSOLE_PORT": str(base.free_port()),
        "APP_DATABASE_URL": f"{stores}/{launcher.APP_DATABASE}",
        "TRACKER_STORE_URL": f"{stores}/{launcher.TRACKER_DATABASE}",
        "REDIS_URL": redis.url, "ACTION_SERVER_URL": f"http://{base.HOST}:{action_front}/webhook",
        **launcher.BEHIND_NGINX, **NO_FLOOD_LIMITS,
    })
    logs = {name: workdir / f"cluster{workers}-{name.replace(' ', '-')}.log"
            for name in launcher.process_names(layout)}
    processes = launcher.start_processes(env, layout, output=lambda name: logs[name].open("w"))
    for process in processes.values():
        stack.callback(base.stop_process, process)
    started = time.monotonic()
    for port in layout.action_ports:
        base.wait_until(lambda port=port: base.health_ok(f"http://{base.HOST}:{port}"), "an action server", processes)
    for port in layout.worker_ports:
        base.wait_until(lambda port=port: base.status_has_model(f"http://{base.HOST}:{port}", token), "a worker",
                        processes)
    return base.Deployment(f"http://{base.HOST}:{front}", processes, time.monotonic() - started, logs)


def run_deployment(name: str, start: Any, messages: list[str], count: int) -> dict[str, Any]:
    with contextlib.ExitStack() as stack:
        deployment = start(stack)
        try:
            return base.measure(name, deployment, messages, count, CONCURRENCIES)
        finally:
            base.log(f"stopping {name}")


def level(result: dict[str, Any], concurrency: int, key: str) -> float | None:
    return result["load"][str(concurrency)][key]


def ratios(results: dict[str, dict[str, Any]], baseline: str) -> dict[str, dict[str, float | None]]:
    """Each deployment over `baseline`: throughput and p95 at each concurrency."""
    return {
        name: {
            **{f"messages_per_second_c{c}": base.ratio(level(result, c, "messages_per_second"),
                                                       level(results[baseline], c, "messages_per_second"))
               for c in CONCURRENCIES},
            **{f"p95_ms_c{c}": base.ratio(level(result, c, "p95_ms"), level(results[baseline], c, "p95_ms"))
               for c in CONCURRENCIES},
        }
        for name, result in results.items() if name != baseline
    }


def aims(results: dict[str, dict[str, Any]]) -> dict[str, bool | None]:
    """Issue 17: two workers reach >= 1.7x the throughput of one, and p95 at 64 concurrent <= 0.6x of one."""
    one, two = results.get("cluster_1_worker"), results.get("cluster_2_workers")
    if one is None or two is None:
        return {}
    clean = all(level(r, c, "errors") == 0 for r in (one, two) for c in CONCURRENCIES)
    throughput = base.ratio(level(two, 64, "messages_per_second"), level(one, 64, "messages_per_second"))
    p95 = base.ratio(level(two, 64, "p95_ms"), level(one, 64, "p95_ms"))
    return {
        "no_errors": clean,
        "two_workers_throughput_at_least_1_7x_of_one": throughput is not None and throughput >= 1.7,
        "two_workers_p95_c64_at_most_0_6x_of_one": p95 is not None and p95 <= 0.6,
    }


def benchmark(workdir: Path, messages: list[str], count: int, model: Path | None,
              worker_counts: list[int]) -> dict[str, Any]:
    stock_project = base.make_stock_project(workdir)
    _, stock_model = base.train("stock", [], stock_project, workdir)
    if model is None:
        _, model = base.train("assistant", ["--config", "config/config.yml", "--domain", "config/domain.yml",
                                            "--data", "data"], ROOT, workdir)
    results: dict[str, dict[str, Any]] = {}
    results["stock"] = run_deployment(
        "stock", lambda stack: base.serve_stock(stock_project, stock_model, workdir, stack), messages, count)
    results["one_worker_sqlite"] = run_deployment(
        "one_worker_sqlite", lambda stack: base.serve_ours(model, workdir, stack), messages, count)
    for workers in worker_counts:
        name = f"cluster_{workers}_worker{'s' if workers > 1 else ''}"
        results[name] = run_deployment(
            name, lambda stack, workers=workers: serve_cluster(workers, model, workdir, stack), messages, count)
    return {
        "machine": base.machine(),
        "messages_per_conversation": count,
        "results": results,
        "ratios_over_stock": ratios(results, "stock"),
        "ratios_over_one_cluster_worker": ratios(results, "cluster_1_worker") if "cluster_1_worker" in results else {},
        "aims": aims(results),
    }


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=None, help=f"messages per conversation ({DEFAULT_MESSAGES})")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_MESSAGES} messages per conversation")
    parser.add_argument("--model", type=Path, default=None, help="our model (default: train one from scratch)")
    parser.add_argument("--workers", default="1,2,3", help="cluster sizes to measure (default 1,2,3)")
    args = parser.parse_args(argv)
    args.messages = args.messages or (QUICK_MESSAGES if args.quick else DEFAULT_MESSAGES)
    args.workers = [int(n) for n in args.workers.split(",") if n.strip()]
    return args


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    base.stop_on_sigterm()
    messages = base.load_messages()
    workdir = Path(tempfile.mkdtemp(prefix="rasa-scale-"))
    try:
        results = benchmark(workdir, messages, args.messages, args.model, args.workers)
    except base.BenchError as error:
        base.log(f"FAILED: {error}")
        return 1
    except KeyboardInterrupt:
        base.log("interrupted")
        return 130
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    OUT_FILE.parent.mkdir(parents=True, exist_ok=True)
    document = json.dumps(results, indent=2)
    OUT_FILE.write_text(document + "\n", encoding="utf-8")
    print(document)
    base.log(f"wrote {OUT_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
