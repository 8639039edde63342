"""All configuration in one place: environment variables, with .env loaded by python-dotenv.

Real environment variables win over .env. `python -m bot.launcher env` (run by `make run`) writes a local .env with
generated secrets on first run; .env.example documents every variable.

This is the only module that reads the environment (bot.launcher also writes .env and hands the environment to the
servers it starts). Every variable is read in one place below, in its section's reader, with its default and its
checks: an empty value means the default, and a value that cannot be used raises SettingsError naming the variable
(the servers load every section when they start, so a typo stops the start rather than a conversation). The
sections:

  servers      BIND_HOST, the ports, PUBLIC_BASE_URL, ALLOWED_ORIGINS, ACTION_SERVER_URL, LOG_LEVEL
  paths        VAR_DIR, HOSPITAL_FACTS_PATH
  databases    TRACKER_STORE_URL, APP_DATABASE_URL, REDIS_URL
  secrets      RASA_AUTH_TOKEN, SECURE_LINK_SECRET, SECURE_STORE_KEYS (as given: bot.secure.keys checks them)
  secure_chat  SECURE_LINK_TTL_MINUTES, SECURE_IDLE_MINUTES, SECURE_RETENTION_DAYS, SECURE_PURGE_INTERVAL_MINUTES
  console      CONSOLE_ADMIN_*, CONSOLE_NEW_PASSWORD, CONSOLE_LOCKOUT_*, CONSOLE_SESSION_HOURS, CONSOLE_IDLE_MINUTES
  messenger    MESSENGER_*
  limits       MAX_MESSAGE_CHARS, RATE_LIMIT_*, URGENT_ITEMS_PER_ADDRESS_PER_10_MINUTES
  review       REVIEW_CONFIDENCE, REVIEW_DATA_PATH, REVIEW_NEW_INTENTS_PATH
  training     MODEL_DIR, RASA_MODEL, SAFETY_CORPORA_DIR
  cluster      CLUSTER_WORKERS, CLUSTER_ACTION_SERVERS, CLUSTER_POSTGRES_PORT, CLUSTER_REDIS_PORT,
               CLUSTER_DATABASE_PASSWORD (`make run-cluster` only)

Loading: .env is read into the environment once (and again when the launcher has just written it). The settings
are parsed from the environment at each call, not cached: `load_settings()` gives every section (to start a server
or a command), and each section has its own loader (`load_console()`, `load_paths()`...) that reads only its own
variables, in microseconds, for the busy paths that need one section for each message or request. Why no cache: a
variable a test sets with monkeypatch takes effect at the next call, with no cache to reset and no stale value left
for the next test, and parsing costs next to nothing. (A few values are fixed when their module is imported, as
they were before: bot.channels.guard.MAX_MESSAGE_CHARS and bot.safety.train_classifier.DEFAULT_CORPORA; and
bot.secure.keys.store_cipher caches the cipher.)
"""

from __future__ import annotations

import functools
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ENV_FILE = PROJECT_ROOT / ".env"
# Idle keep-alive connections stay open this long on our Sanic servers (Sanic's default is 5 s). The
# clients (aiohttp, in the Rasa server and the console) drop idle connections after 15 s themselves,
# so they never reuse one the server has just closed. With 5 s, a Rasa server busy for over 5 s (for
# instance loading a newly published model) reused a closed connection to the action server and the
# patient got no answer.
SERVER_KEEP_ALIVE_SECONDS = "75"


# The largest request body any route of the Rasa server reads (Sanic's default is 100 MB); the channels set
# lower limits of their own (bot.channels.limits).
SERVER_MAX_REQUEST_BYTES = 2_000_000

# .env.example's value for a secret: anyone could sign with it, so for Messenger it counts as unset (the
# servers' own secrets are refused outright by bot.secure.keys).
PLACEHOLDER = "change-me"
DEFAULT_GRAPH_URL = "https://graph.facebook.com"
DEFAULT_GRAPH_VERSION = "v21.0"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class SettingsError(ValueError):
    """A variable's value cannot be used; the message names the variable and says what it must be."""


# --- writing the environment: for Sanic, for Rasa's endpoints.yml, for child processes ----------------------


def configure_sanic(max_request_bytes: int | None = None) -> None:
    """Before a Sanic app is created: Sanic reads SANIC_* variables into its config at creation."""
    os.environ.setdefault("SANIC_KEEP_ALIVE_TIMEOUT", SERVER_KEEP_ALIVE_SECONDS)
    if max_request_bytes is not None:
        os.environ.setdefault("SANIC_REQUEST_MAX_SIZE", str(max_request_bytes))


def configure_endpoints(settings: Settings) -> None:
    """Before Rasa reads endpoints.yml, which names the action server, the tracker store and the lock store's
    Redis as ${VARIABLES}."""
    os.environ["ACTION_SERVER_URL"] = settings.servers.action_server_url
    os.environ["TRACKER_STORE_URL"] = settings.databases.tracker_store_url
    os.environ["REDIS_URL"] = settings.databases.redis_url  # the lock store's; empty: in-process locks


def child_environment(**extra: str) -> dict[str, str]:
    """The environment for a child process (Rasa's CLI...): this process's own, plus `extra`."""
    return {**os.environ, **extra}


# --- the sections ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ServerSettings:
    host: str  # BIND_HOST: every server listens on it
    rasa_port: int
    action_port: int
    console_port: int
    public_base_url: str  # the address patients reach the assistant at (links point here), no trailing slash
    # Web pages that may open the web chat (socket.io's CORS check, the pages' CSP): the server's own
    # address, plus the hospital's sites that embed the chat (ALLOWED_ORIGINS, comma-separated).
    allowed_origins: tuple[str, ...]
    action_server_url: str  # where the Rasa server reaches the action server
    log_level: str  # one of LOG_LEVELS

    @property
    def rasa_url(self) -> str:
        return f"http://{self.host}:{self.rasa_port}"

    @property
    def console_url(self) -> str:
        return f"http://{self.host}:{self.console_port}"


@dataclass(frozen=True)
class PathSettings:
    var_dir: Path  # the SQLite databases' folder (when no database URL is given)
    facts_path: Path  # the facts the assistant answers from


@dataclass(frozen=True)
class DatabaseSettings:
    tracker_store_url: str  # Rasa's conversation store (SQLAlchemy URL)
    app_database_url: str  # flags, the staff queue, console accounts, audit log (SQLAlchemy URL)
    # What several Rasa workers share (bot/cluster): conversation locks, socket.io messages, web chat presence,
    # message rates and login throttling.
    # Empty (`make run`, one process): in-process locks and sockets.
    redis_url: str


@dataclass(frozen=True)
class SecretSettings:
    """As given: bot.secure.keys refuses missing, short and placeholder values, naming the variable."""

    rasa_auth_token: str = field(repr=False)
    secure_link_secret: str = field(repr=False)
    secure_store_keys: str = field(repr=False)


@dataclass(frozen=True)
class SecureChatSettings:
    link_ttl: timedelta  # a one-time link (and the message it shows back) lasts this long
    idle_timeout: timedelta  # a secure chat session ends after this long without the patient acting
    retention: timedelta  # secure conversations are deleted this long after their last event
    purge_interval_seconds: float  # the Rasa server purges by itself this often


@dataclass(frozen=True)
class ConsoleSettings:
    admin_username: str  # the first admin, created on first start with no accounts
    admin_password: str = field(repr=False)  # empty: no first admin is created
    new_password: str = field(repr=False)  # for `python -m bot.console.users` in scripts; empty: asked for
    lockout_attempts: int  # failed logins for one username from one address before it is throttled
    lockout_window: timedelta
    session_length: timedelta  # the longest a console session lasts
    idle_timeout: timedelta  # a session ends after this long without a page opened or a form sent


@dataclass(frozen=True)
class MessengerSettings:
    app_secret: str = field(repr=False)  # unset: every webhook is refused
    verify_token: str = field(repr=False)  # unset: verification always fails
    page_access_token: str = field(repr=False)  # unset: replies are not sent
    graph_url: str
    graph_version: str
    allow_sha1: bool  # only for apps that still sign with X-Hub-Signature (sha1)
    timeout_seconds: float
    send_attempts: int
    retry_base_seconds: float
    max_body_bytes: int
    hide_sensitive_comments: bool
    routine_comment_reply: str  # public | private
    # several workers: how often one of them looks for events another stored and never handled (it died)
    sweep_seconds: float

    @property
    def connected(self) -> bool:
        """Whether replies can be sent (a page access token is set)."""
        return bool(self.page_access_token)

    @property
    def graph_base(self) -> str:
        return f"{self.graph_url.rstrip('/')}/{self.graph_version}"


@dataclass(frozen=True)
class LimitSettings:
    max_message_chars: int  # the longest message a patient can send
    per_address_per_minute: int  # messages from one client address
    per_conversation_per_minute: int  # messages in one conversation
    urgent_items_per_address_per_10_minutes: int  # crises opening their own urgent item, per client address
    exempt_addresses: frozenset[str]  # never rate limited (e.g. a monitoring host)


@dataclass(frozen=True)
class ReviewSettings:
    confidence: float  # a top intent below it is recorded for review
    data_path: Path  # reviewed examples of existing intents (training data)
    new_intents_path: Path  # examples of new intents (outside data/: not trained yet)


@dataclass(frozen=True)
class TrainingSettings:
    model_dir: Path  # trained models, and the publishing history
    served_model: Path | None  # RASA_MODEL: the model the Rasa server serves; None: the published one
    safety_corpora_dir: Path  # the public corpora the safety and scope classifiers are built from


@dataclass(frozen=True)
class ClusterSettings:
    """`make run-cluster` (bot/cluster/launcher.py): the workers and the private services it starts."""

    workers: int  # Rasa workers behind nginx, on RASA_PORT+101.. (nginx takes RASA_PORT)
    action_servers: int  # on ACTION_PORT+101.. (nginx takes ACTION_PORT)
    postgres_port: int
    redis_port: int
    database_password: str  # the private PostgreSQL's role (generated into .env)


@dataclass(frozen=True)
class Settings:
    servers: ServerSettings
    paths: PathSettings
    databases: DatabaseSettings
    secrets: SecretSettings
    secure_chat: SecureChatSettings
    console: ConsoleSettings
    messenger: MessengerSettings
    limits: LimitSettings
    review: ReviewSettings
    training: TrainingSettings
    cluster: ClusterSettings


# --- loading --------------------------------------------------------------------------------------------------

_env_file_read = False


def _environment(env_file: Path | None = None) -> Mapping[str, str]:
    """The process's environment, with the variables of .env it lacks: .env is read at the first call, and
    `env_file` whenever it is given (the launcher, after writing .env)."""
    global _env_file_read
    if env_file is not None:
        load_dotenv(env_file, override=False)
    elif not _env_file_read:
        load_dotenv(ENV_FILE, override=False)
        _env_file_read = True
    return os.environ


def _env(environ: Mapping[str, str] | None) -> Mapping[str, str]:
    return _environment() if environ is None else environ


def load_settings(env_file: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Every section, from `environ` if given (tests), else from the environment with .env (or `env_file`)."""
    env = _environment(env_file) if environ is None else environ
    return Settings(
        servers=load_servers(env),
        paths=load_paths(env),
        databases=load_databases(env),
        secrets=load_secrets(env),
        secure_chat=load_secure_chat(env),
        console=load_console(env),
        messenger=load_messenger(env),
        limits=load_limits(env),
        review=load_review(env),
        training=load_training(env),
        cluster=load_cluster(env),
    )


# One loader per section: each reads its own variables only (a few microseconds), for the busy paths that need
# one section (each message, each request). `environ`: as for load_settings.


def load_servers(environ: Mapping[str, str] | None = None) -> ServerSettings:
    env = _env(environ)
    host = _text(env, "BIND_HOST", "127.0.0.1")
    rasa_port, action_port = _port(env, "RASA_PORT", 5005), _port(env, "ACTION_PORT", 5055)
    public_base_url = _text(env, "PUBLIC_BASE_URL", f"http://{host}:{rasa_port}").rstrip("/")
    level = _text(env, "LOG_LEVEL", "INFO").upper()
    if level not in LOG_LEVELS:
        raise SettingsError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, not {level!r}")
    return ServerSettings(
        host=host,
        rasa_port=rasa_port,
        action_port=action_port,
        console_port=_port(env, "CONSOLE_PORT", 5080),
        public_base_url=public_base_url,
        allowed_origins=_origins(public_base_url, host, rasa_port, _text(env, "ALLOWED_ORIGINS", "")),
        action_server_url=_text(env, "ACTION_SERVER_URL", f"http://{host}:{action_port}/webhook"),
        log_level=level,
    )


def load_paths(environ: Mapping[str, str] | None = None) -> PathSettings:
    env = _env(environ)
    return PathSettings(
        var_dir=_path(_text(env, "VAR_DIR", "var")),
        facts_path=_path(_text(env, "HOSPITAL_FACTS_PATH", "config/hospital.yml")),
    )


def load_databases(environ: Mapping[str, str] | None = None) -> DatabaseSettings:
    env = _env(environ)
    var_dir = load_paths(env).var_dir
    return DatabaseSettings(
        tracker_store_url=_text(env, "TRACKER_STORE_URL", f"sqlite:///{var_dir / 'tracker.db'}"),
        app_database_url=_text(env, "APP_DATABASE_URL", f"sqlite:///{var_dir / 'app.db'}"),
        redis_url=_redis_url(_text(env, "REDIS_URL", "")),
    )


def load_secrets(environ: Mapping[str, str] | None = None) -> SecretSettings:
    env = _env(environ)
    return SecretSettings(
        rasa_auth_token=env.get("RASA_AUTH_TOKEN", ""),
        secure_link_secret=env.get("SECURE_LINK_SECRET", ""),
        secure_store_keys=env.get("SECURE_STORE_KEYS", ""),
    )


def load_secure_chat(environ: Mapping[str, str] | None = None) -> SecureChatSettings:
    env = _env(environ)
    return SecureChatSettings(
        link_ttl=timedelta(minutes=_whole(env, "SECURE_LINK_TTL_MINUTES", 15)),
        idle_timeout=timedelta(minutes=_whole(env, "SECURE_IDLE_MINUTES", 30)),
        retention=timedelta(days=_decimal(env, "SECURE_RETENTION_DAYS", 30, above=0)),
        purge_interval_seconds=_decimal(env, "SECURE_PURGE_INTERVAL_MINUTES", 60, above=0) * 60,
    )


def load_console(environ: Mapping[str, str] | None = None) -> ConsoleSettings:
    env = _env(environ)
    return ConsoleSettings(
        admin_username=_text(env, "CONSOLE_ADMIN_USERNAME", "admin"),
        admin_password=env.get("CONSOLE_ADMIN_PASSWORD", ""),  # as given: spaces may be part of a password
        new_password=env.get("CONSOLE_NEW_PASSWORD", ""),
        lockout_attempts=_whole(env, "CONSOLE_LOCKOUT_ATTEMPTS", 5),
        lockout_window=timedelta(minutes=_whole(env, "CONSOLE_LOCKOUT_MINUTES", 15)),
        session_length=timedelta(hours=_whole(env, "CONSOLE_SESSION_HOURS", 10)),
        idle_timeout=timedelta(minutes=_whole(env, "CONSOLE_IDLE_MINUTES", 30)),
    )


def load_messenger(environ: Mapping[str, str] | None = None) -> MessengerSettings:
    env = _env(environ)
    mode = _text(env, "MESSENGER_ROUTINE_COMMENT_REPLY", "public").lower()
    if mode not in ("public", "private"):
        raise SettingsError(f"MESSENGER_ROUTINE_COMMENT_REPLY must be 'public' or 'private', not {mode!r}")
    return MessengerSettings(
        app_secret=_messenger_secret(env, "MESSENGER_APP_SECRET"),
        verify_token=_messenger_secret(env, "MESSENGER_VERIFY_TOKEN"),
        page_access_token=_messenger_secret(env, "MESSENGER_PAGE_ACCESS_TOKEN"),
        graph_url=_text(env, "MESSENGER_GRAPH_URL", DEFAULT_GRAPH_URL),
        graph_version=_text(env, "MESSENGER_GRAPH_VERSION", DEFAULT_GRAPH_VERSION),
        allow_sha1=_flag(env, "MESSENGER_ALLOW_SHA1", False),
        timeout_seconds=_decimal(env, "MESSENGER_TIMEOUT_SECONDS", 10, above=0),
        send_attempts=_whole(env, "MESSENGER_SEND_ATTEMPTS", 4),
        retry_base_seconds=_decimal(env, "MESSENGER_RETRY_BASE_SECONDS", 0.5, minimum=0),
        max_body_bytes=_whole(env, "MESSENGER_MAX_BODY_BYTES", 1_000_000),
        hide_sensitive_comments=_flag(env, "MESSENGER_HIDE_SENSITIVE_COMMENTS", True),
        routine_comment_reply=mode,
        sweep_seconds=_decimal(env, "MESSENGER_SWEEP_SECONDS", 60, above=0),
    )


def load_limits(environ: Mapping[str, str] | None = None) -> LimitSettings:
    env = _env(environ)
    exempt = _text(env, "RATE_LIMIT_EXEMPT_ADDRESSES", "")
    return LimitSettings(
        max_message_chars=_whole(env, "MAX_MESSAGE_CHARS", 2000),
        per_address_per_minute=_whole(env, "RATE_LIMIT_PER_ADDRESS_PER_MINUTE", 30),
        per_conversation_per_minute=_whole(env, "RATE_LIMIT_PER_CONVERSATION_PER_MINUTE", 12),
        urgent_items_per_address_per_10_minutes=_whole(env, "URGENT_ITEMS_PER_ADDRESS_PER_10_MINUTES", 3),
        exempt_addresses=frozenset(address.strip() for address in exempt.split(",") if address.strip()),
    )


def load_review(environ: Mapping[str, str] | None = None) -> ReviewSettings:
    env = _env(environ)
    return ReviewSettings(
        confidence=_decimal(env, "REVIEW_CONFIDENCE", 0.7, minimum=0, maximum=1),
        data_path=_path(_text(env, "REVIEW_DATA_PATH", "data/nlu/review.yml")),
        new_intents_path=_path(_text(env, "REVIEW_NEW_INTENTS_PATH", "review/new_intents.yml")),
    )


def load_training(environ: Mapping[str, str] | None = None) -> TrainingSettings:
    env = _env(environ)
    served = _text(env, "RASA_MODEL", "")
    return TrainingSettings(
        model_dir=_path(_text(env, "MODEL_DIR", "models")),
        served_model=_path(served) if served else None,
        safety_corpora_dir=_path(_text(env, "SAFETY_CORPORA_DIR", str(PROJECT_ROOT.parent / "shared" / "corpora"))),
    )


def load_cluster(environ: Mapping[str, str] | None = None) -> ClusterSettings:
    env = _env(environ)
    return ClusterSettings(
        workers=_whole(env, "CLUSTER_WORKERS", 2, maximum=16),
        action_servers=_whole(env, "CLUSTER_ACTION_SERVERS", 2, maximum=16),
        postgres_port=_port(env, "CLUSTER_POSTGRES_PORT", 5433),
        redis_port=_port(env, "CLUSTER_REDIS_PORT", 6380),
        database_password=_text(env, "CLUSTER_DATABASE_PASSWORD", ""),
    )


# --- parsing --------------------------------------------------------------------------------------------------


def _text(env: Mapping[str, str], name: str, default: str) -> str:
    """The value without surrounding spaces; the default when unset or empty."""
    value = (env.get(name) or "").strip()
    return value or default


def _redis_url(value: str) -> str:
    if value and not value.startswith(("redis://", "rediss://", "unix://")):
        raise SettingsError(f"REDIS_URL must start with redis://, rediss:// or unix://, not {value[:12]!r}")
    return value


@functools.lru_cache(maxsize=256)
def _path(value: str) -> Path:
    """Relative paths are taken from the project folder."""
    path = Path(value)
    return path if path.is_absolute() else PROJECT_ROOT / path


def _whole(env: Mapping[str, str], name: str, default: int, minimum: int = 1, maximum: int | None = None) -> int:
    raw = _text(env, name, "")
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a whole number, not {raw!r}") from None
    if value < minimum:
        raise SettingsError(f"{name} must be at least {minimum}, not {value}")
    if maximum is not None and value > maximum:
        raise SettingsError(f"{name} must be at most {maximum}, not {value}")
    return value


def _port(env: Mapping[str, str], name: str, default: int) -> int:
    return _whole(env, name, default, minimum=1, maximum=65535)


def _decimal(env: Mapping[str, str], name: str, default: float, minimum: float | None = None,
             maximum: float | None = None, above: float | None = None) -> float:
    """A number; at least `minimum`, at most `maximum`, and more than `above` (when given)."""
    raw = _text(env, name, "")
    if not raw:
        return float(default)
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise SettingsError(f"{name} must be a number, not {raw!r}")
    if minimum is not None and value < minimum:
        raise SettingsError(f"{name} must be at least {minimum:g}, not {raw}")
    if above is not None and value <= above:
        raise SettingsError(f"{name} must be more than {above:g}, not {raw}")
    if maximum is not None and value > maximum:
        raise SettingsError(f"{name} must be at most {maximum:g}, not {raw}")
    return value


_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = _text(env, name, "").lower()
    if not raw:
        return default
    if raw not in _TRUE + _FALSE:
        raise SettingsError(f"{name} must be true or false (or 1/0, yes/no, on/off), not {raw!r}")
    return raw in _TRUE


def _messenger_secret(env: Mapping[str, str], name: str) -> str:
    value = _text(env, name, "")
    return "" if value == PLACEHOLDER else value


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
