"""All configuration in one place: environment variables, with .env loaded by python-dotenv.

Real environment variables win over .env. `python -m bot.launcher env` (run by `make run`) writes a local .env with
generated secrets on first run; .env.example documents every variable.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# Idle keep-alive connections stay open this long on our Sanic servers (Sanic's default is 5 s). The
# clients (aiohttp, in the Rasa server and the console) drop idle connections after 15 s themselves,
# so they never reuse one the server has just closed. With 5 s, a Rasa server busy for over 5 s (for
# instance loading a newly published model) reused a closed connection to the action server and the
# patient got no answer.
SERVER_KEEP_ALIVE_SECONDS = "75"


# The largest request body any route of the Rasa server reads (Sanic's default is 100 MB); the channels set
# lower limits of their own (bot.channels.limits).
SERVER_MAX_REQUEST_BYTES = 2_000_000


def configure_sanic(max_request_bytes: int | None = None) -> None:
    """Before a Sanic app is created: Sanic reads SANIC_* variables into its config at creation."""
    os.environ.setdefault("SANIC_KEEP_ALIVE_TIMEOUT", SERVER_KEEP_ALIVE_SECONDS)
    if max_request_bytes is not None:
        os.environ.setdefault("SANIC_REQUEST_MAX_SIZE", str(max_request_bytes))


@dataclass(frozen=True)
class Settings:
    facts_path: Path
    rasa_auth_token: str
    rasa_port: int
    action_port: int
    host: str
    tracker_store_url: str
    app_database_url: str
    public_base_url: str
    console_port: int
    model_dir: Path
    var_dir: Path
    # Web pages that may open the web chat (socket.io's CORS check, the pages' CSP): the server's own
    # address, plus the hospital's sites that embed the chat (ALLOWED_ORIGINS, comma-separated).
    allowed_origins: tuple[str, ...] = ()

    @property
    def rasa_url(self) -> str:
        return f"http://{self.host}:{self.rasa_port}"

    @property
    def console_url(self) -> str:
        return f"http://{self.host}:{self.console_port}"

    @property
    def action_server_url(self) -> str:
        return f"http://{self.host}:{self.action_port}/webhook"


def _path(value: str) -> Path:
    path = Path(value)
    return path if path.is_absolute() else PROJECT_ROOT / path


def load_settings(env_file: Path | None = None) -> Settings:
    load_dotenv(env_file or PROJECT_ROOT / ".env", override=False)
    var_dir = _path(os.environ.get("VAR_DIR", "var"))
    host, rasa_port = os.environ.get("BIND_HOST", "127.0.0.1"), int(os.environ.get("RASA_PORT", "5005"))
    public_base_url = (os.environ.get("PUBLIC_BASE_URL") or f"http://{host}:{rasa_port}").rstrip("/")
    return Settings(
        facts_path=_path(os.environ.get("HOSPITAL_FACTS_PATH", "config/hospital.yml")),
        rasa_auth_token=os.environ.get("RASA_AUTH_TOKEN", ""),
        rasa_port=rasa_port,
        action_port=int(os.environ.get("ACTION_PORT", "5055")),
        host=host,
        tracker_store_url=os.environ.get("TRACKER_STORE_URL") or f"sqlite:///{var_dir / 'tracker.db'}",
        app_database_url=os.environ.get("APP_DATABASE_URL") or f"sqlite:///{var_dir / 'app.db'}",
        public_base_url=public_base_url,
        console_port=int(os.environ.get("CONSOLE_PORT", "5080")),
        model_dir=_path(os.environ.get("MODEL_DIR", "models")),
        var_dir=var_dir,
        allowed_origins=_origins(public_base_url, host, rasa_port, os.environ.get("ALLOWED_ORIGINS", "")),
    )


def _origins(public_base_url: str, host: str, port: int, listed: str) -> tuple[str, ...]:
    """The server's own origin(s) and those listed: scheme://host[:port], no path, no trailing slash."""
    own = [public_base_url, f"http://{host}:{port}"]
    if host == "127.0.0.1":  # a browser on this machine may say either
        own.append(f"http://localhost:{port}")
    listed_origins = [origin.strip().rstrip("/") for origin in listed.split(",") if origin.strip()]
    origins: list[str] = []
    for origin in own + listed_origins:
        parts = urlsplit(origin)
        normal = f"{parts.scheme}://{parts.netloc}"
        if parts.scheme in ("http", "https") and parts.netloc and normal not in origins:
            origins.append(normal)
    return tuple(origins)
