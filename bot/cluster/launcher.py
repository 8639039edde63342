"""`make run-cluster`: the assistant as several processes share it, on this machine.

PostgreSQL (tracker store and app database) and Redis (locks, socket.io, presence) as private instances under
var/cluster/, CLUSTER_WORKERS Rasa workers and CLUSTER_ACTION_SERVERS action servers, one staff console, and nginx
in front on the ports `make run` uses, so the URLs are the same. Ctrl-C stops everything; the data stays.

Usage: python -m bot.cluster.launcher [--workers N]
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from bot.cluster.services import Service, ServiceError, start_nginx, start_postgres, start_redis
from bot.launcher import prepare, print_urls, server_environment, supervise
from bot.settings import PROJECT_ROOT, Settings

# Behind one proxy, Sanic takes the client's address from the last X-Forwarded-For entry (nginx's), so the
# per-address limits and the audit log see patients, not nginx. Workers listen on localhost: only nginx reaches them.
BEHIND_NGINX = {"SANIC_PROXIES_COUNT": "1"}
APP_DATABASE = "riverbend"
TRACKER_DATABASE = "riverbend_tracker"


@dataclass(frozen=True)
class Layout:
    """Who listens where: nginx on the usual ports, the workers and action servers behind it."""

    worker_ports: list[int]
    action_ports: list[int]

    @classmethod
    def of(cls, settings: Settings, workers: int) -> Layout:
        servers = settings.servers
        return cls([servers.rasa_port + 101 + n for n in range(workers)],
                   [servers.action_port + 101 + n for n in range(settings.cluster.action_servers)])


def shared_environment(settings: Settings, postgres: Service, redis: Service) -> dict[str, str]:
    """What every process of the cluster is told: the shared stores, and the action servers through nginx."""
    base = postgres.url.rsplit("/", 1)[0]
    return server_environment(
        settings,
        APP_DATABASE_URL=f"{base}/{APP_DATABASE}",
        TRACKER_STORE_URL=f"{base}/{TRACKER_DATABASE}",
        REDIS_URL=redis.url,
        ACTION_SERVER_URL=f"http://{settings.servers.host}:{settings.servers.action_port}/webhook",
        PUBLIC_BASE_URL=settings.servers.public_base_url,
        **BEHIND_NGINX,
    )


def start_services(settings: Settings, folder: Path) -> tuple[Service, Service]:
    cluster = settings.cluster
    if not cluster.database_password or cluster.database_password == "change-me":
        raise ServiceError("CLUSTER_DATABASE_PASSWORD is not set: `python -m bot.launcher env` generates it")
    postgres = start_postgres(folder / "postgres", cluster.postgres_port, cluster.database_password,
                              databases=(APP_DATABASE, TRACKER_DATABASE))
    try:
        redis = start_redis(folder / "redis", cluster.redis_port)
    except ServiceError:
        postgres.stop()
        raise
    return postgres, redis


def _commands(env: dict[str, str], layout: Layout) -> dict[str, tuple[list[str], dict[str, str]]]:
    """Each process's name, command line and environment."""
    commands = {f"action server {n}": ([sys.executable, "-m", "bot.action_server", "--actions", "actions",
                                        "--port", str(port)], env)
                for n, port in enumerate(layout.action_ports, start=1)}
    commands.update({f"Rasa worker {n}": ([sys.executable, "-m", "bot.server"], {**env, "RASA_PORT": str(port)})
                     for n, port in enumerate(layout.worker_ports, start=1)})
    commands["staff console"] = ([sys.executable, "-m", "bot.console"], env)
    return commands


def process_names(layout: Layout) -> list[str]:
    return list(_commands({}, layout))


def start_processes(env: dict[str, str], layout: Layout,
                    output: Callable[[str], IO[str]] | None = None) -> dict[str, subprocess.Popen]:
    """The action servers, the Rasa workers and the console; `output(name)`: where a process's output goes
    (default: this terminal)."""
    processes = {}
    for name, (command, environment) in _commands(env, layout).items():
        log = output(name) if output else None
        processes[name] = subprocess.Popen(command, cwd=PROJECT_ROOT, env=environment, stdout=log,
                                           stderr=subprocess.STDOUT if log else None)
    return processes


def run(workers: int | None = None) -> int:
    settings = prepare()
    layout = Layout.of(settings, workers or settings.cluster.workers)
    folder = settings.paths.var_dir / "cluster"
    print("Starting PostgreSQL and Redis...", flush=True)
    try:
        postgres, redis = start_services(settings, folder.resolve())
    except ServiceError as error:
        print(f"Not starting: {error}", file=sys.stderr)
        return 2
    services = [redis, postgres]
    try:
        nginx = start_nginx(folder.resolve() / "nginx", settings.servers.rasa_port, layout.worker_ports,
                            settings.servers.action_port, layout.action_ports)
        services.insert(0, nginx)
        processes = start_processes(shared_environment(settings, postgres, redis), layout)
        print_urls(settings, f"Riverbend assistant starting: {len(layout.worker_ports)} Rasa workers "
                             f"({', '.join(map(str, layout.worker_ports))}) and {len(layout.action_ports)} action "
                             "servers behind nginx, PostgreSQL and Redis under var/cluster/")
        exit_code = supervise(processes)
    except ServiceError as error:
        print(f"Not starting: {error}", file=sys.stderr)
        exit_code = 2
    finally:
        for service in services:
            service.stop()
    print("Stopped.")
    return exit_code


def main(argv: list[str]) -> int:
    workers = None
    if argv[:1] == ["--workers"] and len(argv) == 2 and argv[1].isdigit() and 1 <= int(argv[1]) <= 16:
        workers = int(argv[1])
    elif argv:
        print(__doc__, file=sys.stderr)
        return 2
    return run(workers)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
