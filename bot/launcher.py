"""`make run` and `make train`: local .env, training when stale, and both servers together.

Usage: python -m bot.launcher env|train [--force] [--finetune]|run
(`make run-cluster`: bot.cluster.launcher, which reuses the steps here.)
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from cryptography.fernet import Fernet

from bot.settings import PROJECT_ROOT, Settings, load_settings
from bot.training.history import latest_model, live_model

ENV_FILE = PROJECT_ROOT / ".env"
ENV_EXAMPLE = PROJECT_ROOT / ".env.example"
# Secrets written to .env for local runs: each variable and how to make a fresh value.
GENERATED_SECRETS: dict[str, Callable[[], str]] = {
    "RASA_AUTH_TOKEN": lambda: secrets.token_urlsafe(32),
    "SECURE_LINK_SECRET": lambda: secrets.token_urlsafe(48),
    "SECURE_STORE_KEYS": lambda: Fernet.generate_key().decode("ascii"),
    "CONSOLE_ADMIN_PASSWORD": lambda: secrets.token_urlsafe(18),
    # Placeholders until the page is connected (docs/MESSENGER.md): random, so no one can post to the
    # webhook; the real app secret and the verify token chosen in Meta's dashboard replace them.
    "MESSENGER_APP_SECRET": lambda: secrets.token_hex(16),
    "MESSENGER_VERIFY_TOKEN": lambda: secrets.token_urlsafe(24),
    # `make run-cluster`: the password of its private PostgreSQL (bot/cluster/launcher.py)
    "CLUSTER_DATABASE_PASSWORD": lambda: secrets.token_urlsafe(24),
}
TRAINING_INPUTS = ("data", "config/config.yml", "config/domain.yml")


def ensure_env_file() -> bool:
    """Write .env from .env.example with fresh secrets, or add the secrets an older .env lacks.

    True if anything was written. Existing values are never changed.
    """
    if ENV_FILE.exists():
        present = {line.split("=", 1)[0] for line in ENV_FILE.read_text(encoding="utf-8").splitlines()}
        missing = [key for key in GENERATED_SECRETS if key not in present]
        if not missing:
            return False
        with ENV_FILE.open("a", encoding="utf-8") as env:
            env.writelines(f"{key}={GENERATED_SECRETS[key]()}\n" for key in missing)
        return True
    lines = []
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        key = line.split("=", 1)[0]
        if key in GENERATED_SECRETS:
            line = f"{key}={GENERATED_SECRETS[key]()}"
        lines.append(line)
    ENV_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ENV_FILE.chmod(0o600)
    return True


def _newest_mtime(paths: list[Path]) -> float:
    newest = 0.0
    for path in paths:
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        newest = max([newest] + [f.stat().st_mtime for f in files])
    return newest


def model_is_stale(model_dir: Path) -> bool:
    model = latest_model(model_dir)
    if model is None:
        return True
    return model.stat().st_mtime < _newest_mtime([PROJECT_ROOT / p for p in TRAINING_INPUTS])


def can_finetune(model_dir: Path) -> Path | None:
    """The model to fine-tune from when only examples changed (same config and domain, so the same
    intents, entities and actions): Rasa then continues training it for half the epochs."""
    model = latest_model(model_dir)
    if model is None:
        return None
    unchanged = _newest_mtime([PROJECT_ROOT / "config/config.yml", PROJECT_ROOT / "config/domain.yml"])
    return model if unchanged < model.stat().st_mtime else None


def train(model_dir: Path, force: bool = False, finetune: bool = False) -> None:
    """Train when data/ or config/ changed (Rasa's cache skips the parts whose inputs did not change);
    with `finetune`, fine-tune the latest model when that is valid. Rasa shows each step's progress."""
    if not force and not model_is_stale(model_dir):
        print(f"Model is up to date: {latest_model(model_dir)}")
        return
    started = time.monotonic()
    command = [sys.executable, "-m", "bot.rasa_cli", "train", "--config", "config/config.yml", "--domain",
               "config/domain.yml", "--data", "data", "--out", str(model_dir)]
    base = can_finetune(model_dir) if finetune else None
    if base is not None:
        print(f"Fine-tuning {base.name} (only training examples changed)...", flush=True)
        if subprocess.run([*command, "--finetune", str(base), "--epoch-fraction", "0.5"], cwd=PROJECT_ROOT).returncode:
            print("Fine-tuning was not possible; training from scratch.", flush=True)
            base = None
    if base is None:
        subprocess.run(command, cwd=PROJECT_ROOT, check=True)
    print(f"Trained in {time.monotonic() - started:.0f} s: {latest_model(model_dir)}")


def start_processes(settings: Settings, env: dict[str, str]) -> dict[str, subprocess.Popen]:
    """The action server, the Rasa server and the staff console, as `make run` starts them."""
    return {
        "action server": subprocess.Popen(
            [sys.executable, "-m", "bot.action_server", "--actions", "actions", "--port",
             str(settings.servers.action_port)],
            cwd=PROJECT_ROOT,
            env=env,
        ),
        "Rasa server": subprocess.Popen([sys.executable, "-m", "bot.server"], cwd=PROJECT_ROOT, env=env),
        "staff console": subprocess.Popen([sys.executable, "-m", "bot.console"], cwd=PROJECT_ROOT, env=env),
    }


def prepare() -> Settings:
    """.env, the model (trained if stale), and which model is served."""
    ensure_env_file()
    settings = load_settings(ENV_FILE)
    train(settings.training.model_dir)
    live, newest = live_model(settings.training.model_dir), latest_model(settings.training.model_dir)
    if live is not None and newest is not None and live != newest:
        print(f"Serving the published model {live.name}. {newest.name} is newer but not published: "
              "`make evaluate`, then `make publish`.")
    return settings


def server_environment(settings: Settings, **extra: str) -> dict[str, str]:
    # rasa_sdk binds 0.0.0.0 unless SANIC_HOST says otherwise: keep it on localhost.
    return {**os.environ, "SANIC_HOST": settings.servers.host, **extra}


def print_urls(settings: Settings, starting: str = "Riverbend assistant starting") -> None:
    admin = settings.console.admin_username
    print(
        f"\n{starting} (Ctrl-C stops everything):\n"
        f"  web chat page   {settings.servers.rasa_url}/chat/\n"
        f"  secure chat     {settings.servers.public_base_url}/secure/"
        "  (opened through the one-time links the bot sends)\n"
        f"  staff console   {settings.servers.console_url}/\n"
        f"                  first login: user {admin!r}, password CONSOLE_ADMIN_PASSWORD in .env; more accounts on\n"
        "                  its Staff page, or: python -m bot.console.users create NAME --role agent\n"
        f"  Messenger       webhook {settings.servers.public_base_url}/webhooks/messenger/webhook  ("
        + ("connected to the page" if settings.messenger.connected else
           "replies are not sent until MESSENGER_PAGE_ACCESS_TOKEN is set")
        + "; docs/MESSENGER.md)\n"
        f"  REST channel    POST {settings.servers.rasa_url}/webhooks/rest/webhook\n"
        f"  Rasa HTTP API   {settings.servers.rasa_url}/  (token: RASA_AUTH_TOKEN in .env)\n"
        f"  action server   http://{settings.servers.host}:{settings.servers.action_port}/health\n",
        flush=True,
    )


def supervise(processes: dict[str, subprocess.Popen]) -> int:
    """Wait until Ctrl-C, SIGTERM or one process ending; then stop them all. The first one to end gives the exit
    code."""
    stopping = False

    def stop(*_: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    exit_code = 0
    while not stopping:
        for name, process in processes.items():
            if process.poll() is not None:
                print(f"The {name} stopped (exit code {process.returncode}); stopping the rest.", file=sys.stderr)
                exit_code = process.returncode or 1
                stopping = True
        time.sleep(0.3)
    for process in processes.values():
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    for process in processes.values():
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
    return exit_code


def run() -> int:
    settings = prepare()
    processes = start_processes(settings, server_environment(settings))
    print_urls(settings)
    exit_code = supervise(processes)
    print("Stopped.")
    return exit_code


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "run"
    if command == "env":
        print("Wrote generated secrets to .env." if ensure_env_file() else ".env is complete; left as it is.")
        return 0
    if command == "train":
        ensure_env_file()
        train(load_settings(ENV_FILE).training.model_dir, force="--force" in argv, finetune="--finetune" in argv)
        return 0
    if command == "run":
        return run()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
