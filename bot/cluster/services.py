"""Private PostgreSQL, Redis and nginx instances on localhost, from Debian's packages (scripts/ensure-services.sh).

`make run-cluster` and the cluster tests each start their own, with data, sockets, configuration and logs in one
folder, so nothing the machine already runs is touched. Each `start_*` returns a `Service` once it accepts
connections; `stop()` ends it (SIGTERM, then SIGKILL).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

STARTUP_SECONDS = 30


class ServiceError(RuntimeError):
    """A service could not be started; the message says which and why (the end of its log)."""


@dataclass
class Service:
    name: str
    port: int
    process: subprocess.Popen
    log: Path
    url: str = ""
    stop_command: tuple[str, ...] = ()  # how it stops cleanly, where a signal is not the way

    def stop(self, timeout: float = 10) -> None:
        if self.process.poll() is None:
            if self.stop_command:
                subprocess.run(self.stop_command, capture_output=True, timeout=timeout)
            else:
                self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def running(self) -> bool:
        return self.process.poll() is None


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.2)
        return probe.connect_ex((host, port)) == 0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(service: Service, seconds: float = STARTUP_SECONDS) -> Service:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if port_open(service.port):
            return service
        if not service.running():
            break
        time.sleep(0.1)
    service.stop()
    tail = service.log.read_text(errors="replace")[-1500:] if service.log.exists() else ""
    raise ServiceError(f"{service.name} did not start on port {service.port}. Its log ({service.log}) ends:\n{tail}")


def _require(program: str, found: str | None) -> str:
    if not found:
        raise ServiceError(f"{program} is not installed: run scripts/ensure-services.sh")
    return found


# --- Redis ------------------------------------------------------------------------------------------------------


def start_redis(folder: Path, port: int) -> Service:
    """Redis without persistence (locks, socket.io messages, presence, shared limits: nothing to keep)."""
    server = _require("redis-server", shutil.which("redis-server"))
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "redis.log"
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(folder), "--logfile", str(log)],
        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
    )
    return wait_for_port(Service("Redis", port, process, log, url=f"redis://127.0.0.1:{port}/0"))


# --- PostgreSQL -------------------------------------------------------------------------------------------------


def _postgres_bin(program: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{program}"))
    return _require(f"PostgreSQL's {program}", found[-1] if found else shutil.which(program))


def _as_postgres_user() -> list[str]:
    """PostgreSQL refuses to run as root: as root, run it as Debian's `postgres` user."""
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


def _own(path: Path) -> None:
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(path, user.pw_uid, user.pw_gid)


def start_postgres(folder: Path, port: int, password: str, databases: tuple[str, ...] = ("riverbend",),
                   user: str = "riverbend") -> Service:
    """A PostgreSQL cluster in `folder` (created on first start), listening on 127.0.0.1:`port` only, with one
    password-protected role and `databases` (created if missing). `url`: the SQLAlchemy URL of the first."""
    data = folder / "data"
    folder.mkdir(parents=True, exist_ok=True)
    _own(folder)
    run_as = _as_postgres_user()
    if run_as and subprocess.run([*run_as, "test", "-w", str(folder)]).returncode:
        raise ServiceError(f"PostgreSQL runs as the postgres user, who cannot reach {folder}: "
                           "use a folder whose parents others may enter (the project's var/, not a private /tmp dir)")
    if not (data / "PG_VERSION").exists():
        password_file = folder / "initial-password"
        password_file.write_text(password + "\n")
        _own(password_file)
        password_file.chmod(0o600)
        try:
            subprocess.run([*run_as, _postgres_bin("initdb"), "-D", str(data), "-U", user, "--pwfile",
                            str(password_file), "--auth-local=scram-sha-256", "--auth-host=scram-sha-256",
                            "-E", "UTF8", "--locale=C.UTF-8"],
                           check=True, capture_output=True, text=True)
        except subprocess.CalledProcessError as error:
            raise ServiceError(f"initdb failed: {error.stderr[-800:]}") from error
        finally:
            password_file.unlink(missing_ok=True)
    log = folder / "postgres.log"
    log.touch()
    _own(log)
    log_file = log.open("a")
    process = subprocess.Popen(
        [*run_as, _postgres_bin("postgres"), "-D", str(data), "-p", str(port), "-c", "listen_addresses=127.0.0.1",
         "-c", f"unix_socket_directories={folder}", "-c", "max_connections=200", "-c", "fsync=on"],
        stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True,
    )
    # pg_ctl's fast shutdown: clients disconnected, the data flushed and the pid file removed, so the same folder
    # starts again at once (a signal to runuser would not reach the postmaster the same way)
    stop = (*run_as, _postgres_bin("pg_ctl"), "stop", "-D", str(data), "-m", "fast", "-w")
    service = wait_for_port(Service("PostgreSQL", port, process, log,
                                    url=f"postgresql://{user}:{password}@127.0.0.1:{port}/{databases[0]}",
                                    stop_command=stop))
    try:
        _create_databases(service, user, password, databases)
    except Exception:
        service.stop()
        raise
    return service


def _create_databases(service: Service, user: str, password: str, databases: tuple[str, ...]) -> None:
    import psycopg2

    deadline = time.monotonic() + STARTUP_SECONDS
    while True:  # the port opens a moment before the server accepts logins
        try:
            connection = psycopg2.connect(host="127.0.0.1", port=service.port, user=user, password=password,
                                          dbname="postgres")
            break
        except psycopg2.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    connection.autocommit = True
    with connection.cursor() as cursor:
        for database in databases:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database,))
            if cursor.fetchone() is None:
                cursor.execute(f'CREATE DATABASE "{database}"')
    connection.close()


# --- nginx ------------------------------------------------------------------------------------------------------


def nginx_config(folder: Path, listen: int, workers: list[int], action_listen: int, action_servers: list[int]) -> str:
    """The front: patients' and staff's HTTP to the Rasa workers (to the one with the fewest requests in flight;
    socket.io by client address, as its long-polling needs, with WebSocket upgrades), the workers' calls to the
    action servers (fewest in flight too). Fewest in flight rather than round robin: turns differ in cost (a turn
    that calls an action takes several times longer), and round robin queues new messages behind a worker's slow
    ones, which is what patients feel as the slowest replies."""
    def upstream(name: str, ports: list[int], policy: str = "") -> str:
        servers = "".join(f"    server 127.0.0.1:{port} max_fails=1 fail_timeout=5s;\n" for port in ports)
        return f"  upstream {name} {{\n{policy}{servers}    keepalive 32;\n  }}\n"

    proxy = ("      proxy_http_version 1.1;\n      proxy_set_header Host $http_host;\n"
             "      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
             "      proxy_set_header X-Forwarded-Proto $scheme;\n")
    return (
        f"worker_processes 1;\npid {folder}/nginx.pid;\nerror_log {folder}/error.log warn;\n"
        "events { worker_connections 4096; }\n"
        "http {\n"
        f"  access_log off;\n  client_body_temp_path {folder}/body;\n  proxy_temp_path {folder}/proxy;\n"
        f"  fastcgi_temp_path {folder}/fastcgi;\n  uwsgi_temp_path {folder}/uwsgi;\n  scgi_temp_path {folder}/scgi;\n"
        "  client_max_body_size 2m;\n"
        "  map $http_upgrade $connection_upgrade { default upgrade; '' ''; }\n"
        + upstream("rasa", workers, "    least_conn;\n")
        + upstream("rasa_sticky", workers, "    ip_hash;\n")
        + upstream("actions", action_servers, "    least_conn;\n")
        + f"  server {{\n    listen 127.0.0.1:{listen};\n"
        "    location /socket.io/ {\n      proxy_pass http://rasa_sticky;\n" + proxy
        + "      proxy_set_header Upgrade $http_upgrade;\n      proxy_set_header Connection $connection_upgrade;\n"
        "      proxy_read_timeout 120s;\n    }\n"
        # A worker that fails (killed mid-message: the connection drops) gets the message handed to the next one,
        # POSTs included: a message is handled at least once rather than lost. Timeouts are not retried: a slow
        # worker is still handling it.
        "    location / {\n      proxy_pass http://rasa;\n" + proxy
        + "      proxy_set_header Connection '';\n      proxy_next_upstream error non_idempotent;\n"
        "      proxy_next_upstream_tries 2;\n    }\n  }\n"
        + f"  server {{\n    listen 127.0.0.1:{action_listen};\n"
        "    location / {\n      proxy_pass http://actions;\n" + proxy
        + "      proxy_set_header Connection '';\n      proxy_read_timeout 60s;\n    }\n  }\n"
        "}\n"
    )


def start_nginx(folder: Path, listen: int, workers: list[int], action_listen: int,
                action_servers: list[int]) -> Service:
    nginx = _require("nginx", shutil.which("nginx") or (os.path.exists("/usr/sbin/nginx") and "/usr/sbin/nginx"))
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "nginx.conf"
    config.write_text(nginx_config(folder, listen, workers, action_listen, action_servers))
    log = folder / "error.log"
    process = subprocess.Popen([nginx, "-c", str(config), "-p", str(folder), "-g", "daemon off;"],
                               stdout=subprocess.DEVNULL, stderr=log.open("a"))
    return wait_for_port(Service("nginx", listen, process, log, url=f"http://127.0.0.1:{listen}"))
