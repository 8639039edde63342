"""bot.settings: the only reader of the environment; its sections' defaults, parsing and errors; .env.example."""

from __future__ import annotations

import ast
import os
import re
from datetime import timedelta
from pathlib import Path

import pytest

from bot.secure import links
from bot.settings import (
    PROJECT_ROOT,
    SettingsError,
    configure_endpoints,
    load_console,
    load_paths,
    load_secure_chat,
    load_settings,
)

# The two modules allowed to touch the environment: bot.settings reads it (and writes SANIC_* and the endpoints'
# variables), bot.launcher writes .env and starts the servers with it.
ALLOWED = {PROJECT_ROOT / "bot" / "settings.py", PROJECT_ROOT / "bot" / "launcher.py"}
ENVIRONMENT_NAMES = {"environ", "environb", "getenv", "getenvb", "putenv", "unsetenv"}


def _environment_uses(path: Path) -> list[str]:
    """Where a module touches the environment: os.environ/getenv... (however os was imported), or python-dotenv."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Attribute) and node.attr in ENVIRONMENT_NAMES:
            found.append(f"{path.relative_to(PROJECT_ROOT)}:{node.lineno}: .{node.attr}")
        elif isinstance(node, ast.Name) and node.id in ENVIRONMENT_NAMES:
            found.append(f"{path.relative_to(PROJECT_ROOT)}:{node.lineno}: {node.id}")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in ("os", "dotenv"):
            names = {alias.name for alias in node.names}
            if node.module != "os" or names & ENVIRONMENT_NAMES:
                found.append(f"{path.relative_to(PROJECT_ROOT)}:{node.lineno}: from {node.module} import ...")
        elif isinstance(node, ast.Import) and any(alias.name.split(".")[0] == "dotenv" for alias in node.names):
            found.append(f"{path.relative_to(PROJECT_ROOT)}:{node.lineno}: import dotenv")
    return found


def test_only_the_settings_and_the_launcher_touch_the_environment():
    modules = sorted([*(PROJECT_ROOT / "bot").rglob("*.py"), *(PROJECT_ROOT / "actions").rglob("*.py")])
    assert len(modules) > 50
    offenders = [use for path in modules if path not in ALLOWED for use in _environment_uses(path)]
    assert offenders == []
    assert _environment_uses(PROJECT_ROOT / "bot" / "settings.py")  # the check does see a reader


def test_defaults():
    settings = load_settings(environ={})
    servers = settings.servers
    assert (servers.host, servers.rasa_port, servers.action_port, servers.console_port) == ("127.0.0.1", 5005, 5055,
                                                                                            5080)
    assert servers.public_base_url == servers.rasa_url == "http://127.0.0.1:5005"
    assert servers.allowed_origins == ("http://127.0.0.1:5005", "http://localhost:5005")
    assert servers.action_server_url == "http://127.0.0.1:5055/webhook" and servers.log_level == "INFO"
    assert settings.paths.var_dir == PROJECT_ROOT / "var"
    assert settings.paths.facts_path == PROJECT_ROOT / "config" / "hospital.yml"
    assert settings.databases.tracker_store_url == f"sqlite:///{PROJECT_ROOT / 'var' / 'tracker.db'}"
    assert settings.secrets.rasa_auth_token == "" and settings.secrets.secure_store_keys == ""
    assert settings.secure_chat.link_ttl == timedelta(minutes=15)
    assert settings.secure_chat.retention == timedelta(days=30)
    assert settings.secure_chat.purge_interval_seconds == 3600
    console = settings.console
    assert (console.admin_username, console.admin_password, console.lockout_attempts) == ("admin", "", 5)
    assert (console.lockout_window, console.session_length, console.idle_timeout) == (
        timedelta(minutes=15), timedelta(hours=10), timedelta(minutes=30))
    messenger = settings.messenger
    assert messenger.graph_base == "https://graph.facebook.com/v21.0" and not messenger.connected
    assert not messenger.allow_sha1 and messenger.hide_sensitive_comments and messenger.send_attempts == 4
    limits = settings.limits
    assert (limits.max_message_chars, limits.per_address_per_minute, limits.per_conversation_per_minute,
            limits.urgent_items_per_address_per_10_minutes, limits.exempt_addresses) == (2000, 30, 12, 3, frozenset())
    assert settings.review.confidence == 0.7
    assert settings.review.data_path == PROJECT_ROOT / "data" / "nlu" / "review.yml"
    assert settings.training.model_dir == PROJECT_ROOT / "models" and settings.training.served_model is None
    assert settings.training.safety_corpora_dir == PROJECT_ROOT.parent / "shared" / "corpora"
    # the flat names callers used before the sections
    assert (settings.servers.host, settings.training.model_dir, settings.databases.tracker_store_url) == (
        servers.host, settings.training.model_dir, settings.databases.tracker_store_url)


def test_values_are_parsed_and_an_empty_value_means_the_default():
    settings = load_settings(environ={
        "BIND_HOST": " 10.1.2.3 ", "RASA_PORT": "6000", "PUBLIC_BASE_URL": "https://chat.hospital.org/",
        "ALLOWED_ORIGINS": "https://www.hospital.org/, ftp://nope, https://www.hospital.org",
        "VAR_DIR": "/srv/riverbend", "APP_DATABASE_URL": "", "LOG_LEVEL": "debug",
        "CONSOLE_LOCKOUT_MINUTES": "60", "CONSOLE_ADMIN_USERNAME": "  ", "CONSOLE_ADMIN_PASSWORD": " spaced out ",
        "RATE_LIMIT_EXEMPT_ADDRESSES": " 10.0.0.1, ,10.0.0.2", "MAX_MESSAGE_CHARS": "",
        "MESSENGER_ALLOW_SHA1": "Yes", "MESSENGER_HIDE_SENSITIVE_COMMENTS": "off",
        "MESSENGER_PAGE_ACCESS_TOKEN": "change-me", "MESSENGER_APP_SECRET": " real-secret ",
        "MESSENGER_ROUTINE_COMMENT_REPLY": "Private", "SECURE_RETENTION_DAYS": "0.5",
        "REVIEW_NEW_INTENTS_PATH": "elsewhere/new.yml", "RASA_MODEL": "models/pinned.tar.gz",
    })
    assert settings.servers.host == "10.1.2.3" and settings.servers.rasa_url == "http://10.1.2.3:6000"
    assert settings.servers.public_base_url == "https://chat.hospital.org"
    assert settings.servers.allowed_origins == ("https://chat.hospital.org", "http://10.1.2.3:6000",
                                                "https://www.hospital.org")
    assert settings.servers.log_level == "DEBUG"
    assert settings.databases.app_database_url == "sqlite:////srv/riverbend/app.db"
    assert settings.console.lockout_window == timedelta(hours=1) and settings.console.admin_username == "admin"
    assert settings.console.admin_password == " spaced out "  # a password is taken as it is
    assert settings.limits.exempt_addresses == {"10.0.0.1", "10.0.0.2"} and settings.limits.max_message_chars == 2000
    messenger = settings.messenger
    assert messenger.allow_sha1 and not messenger.hide_sensitive_comments
    assert messenger.routine_comment_reply == "private"
    assert messenger.page_access_token == "" and messenger.app_secret == "real-secret"  # the placeholder is no token
    assert settings.secure_chat.retention == timedelta(hours=12)
    assert settings.review.new_intents_path == PROJECT_ROOT / "elsewhere" / "new.yml"
    assert settings.training.served_model == PROJECT_ROOT / "models" / "pinned.tar.gz"


def test_secrets_stay_out_of_the_settings_repr():
    settings = load_settings(environ={"RASA_AUTH_TOKEN": "token-1234", "CONSOLE_ADMIN_PASSWORD": "password-5678",
                                      "MESSENGER_APP_SECRET": "secret-9012"})
    assert not {"token-1234", "password-5678", "secret-9012"} & set(re.findall(r"[\w-]+", repr(settings)))


@pytest.mark.parametrize(("variable", "value", "message"), [
    ("CONSOLE_LOCKOUT_ATTEMPTS", "five", "CONSOLE_LOCKOUT_ATTEMPTS must be a whole number, not 'five'"),
    ("RATE_LIMIT_PER_ADDRESS_PER_MINUTE", "0", "RATE_LIMIT_PER_ADDRESS_PER_MINUTE must be at least 1, not 0"),
    ("RASA_PORT", "70000", "RASA_PORT must be at most 65535, not 70000"),
    ("SECURE_RETENTION_DAYS", "0", "SECURE_RETENTION_DAYS must be more than 0, not 0"),
    ("SECURE_PURGE_INTERVAL_MINUTES", "nan", "SECURE_PURGE_INTERVAL_MINUTES must be a number, not 'nan'"),
    ("REVIEW_CONFIDENCE", "1.5", "REVIEW_CONFIDENCE must be at most 1, not 1.5"),
    ("MESSENGER_ALLOW_SHA1", "maybe", "MESSENGER_ALLOW_SHA1 must be true or false"),
    ("MESSENGER_ROUTINE_COMMENT_REPLY", "shout", "MESSENGER_ROUTINE_COMMENT_REPLY must be 'public' or 'private'"),
    ("LOG_LEVEL", "loud", "LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL"),
])
def test_a_bad_value_is_refused_with_a_message_naming_the_variable(variable, value, message):
    with pytest.raises(SettingsError, match=re.escape(message)):
        load_settings(environ={variable: value})


def test_each_section_reads_only_its_own_variables():
    broken_console = {"CONSOLE_IDLE_MINUTES": "soon", "HOSPITAL_FACTS_PATH": "/srv/facts.yml"}
    assert load_paths(broken_console).facts_path == Path("/srv/facts.yml")  # another section's typo is not its
    with pytest.raises(SettingsError, match="CONSOLE_IDLE_MINUTES"):
        load_console(broken_console)


def test_settings_are_read_at_each_call_so_a_test_can_set_a_variable(monkeypatch):
    monkeypatch.setenv("SECURE_LINK_TTL_MINUTES", "5")
    assert load_secure_chat().link_ttl == links.link_ttl() == timedelta(minutes=5)
    monkeypatch.setenv("SECURE_LINK_TTL_MINUTES", "7")
    assert links.ttl_minutes() == 7


def test_the_real_environment_wins_over_the_env_file(tmp_path, monkeypatch):
    for name in ("MESSENGER_GRAPH_VERSION", "MESSENGER_GRAPH_URL"):  # restored (unset) after the test
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)
    monkeypatch.setenv("MESSENGER_GRAPH_URL", "http://graph.local")
    env_file = tmp_path / ".env"
    env_file.write_text("MESSENGER_GRAPH_URL=http://from-the-file\nMESSENGER_GRAPH_VERSION=v99.0\n")
    messenger = load_settings(env_file).messenger
    assert messenger.graph_base == "http://graph.local/v99.0"


def test_the_endpoints_variables_are_written_for_rasa(monkeypatch):
    monkeypatch.setenv("ACTION_SERVER_URL", "stale")
    monkeypatch.setenv("TRACKER_STORE_URL", "stale")
    monkeypatch.setenv("REDIS_URL", "stale")
    configure_endpoints(load_settings(environ={"ACTION_PORT": "6055", "TRACKER_STORE_URL": "sqlite:///x.db"}))
    assert os.environ["ACTION_SERVER_URL"] == "http://127.0.0.1:6055/webhook"
    assert os.environ["TRACKER_STORE_URL"] == "sqlite:///x.db"
    assert os.environ["REDIS_URL"] == ""  # endpoints.yml's lock store: in-process locks


def test_a_redis_url_must_name_redis():
    assert load_settings(environ={"REDIS_URL": "redis://127.0.0.1:6380/0"}).databases.redis_url.endswith("6380/0")
    with pytest.raises(SettingsError, match="REDIS_URL"):
        load_settings(environ={"REDIS_URL": "127.0.0.1:6380"})


class _Recording(dict):
    """An empty environment that notes the variables asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[str] = set()

    def get(self, key, default=None):
        self.asked.add(key)
        return super().get(key, default)


def test_env_example_documents_every_variable_and_no_other():
    environment = _Recording()
    load_settings(environ=environment)
    example = (PROJECT_ROOT / ".env.example").read_text(encoding="utf-8")
    documented = set(re.findall(r"^([A-Z][A-Z0-9_]*)=", example, flags=re.MULTILINE))
    assert len(environment.asked) > 40
    assert sorted(environment.asked - documented) == []  # read but not in .env.example
    assert sorted(documented - environment.asked) == []  # in .env.example but read by nothing


def test_our_servers_keep_idle_connections_longer_than_their_clients_do(monkeypatch):
    """aiohttp clients drop idle connections after 15 s; a server closing them sooner (Sanic's 5 s)
    lets a busy client reuse a closed one, and an action call fails (the patient gets no answer)."""
    import asyncio

    import aiohttp
    from sanic import Sanic

    from bot.settings import configure_sanic

    monkeypatch.delenv("SANIC_KEEP_ALIVE_TIMEOUT", raising=False)
    configure_sanic()
    app = Sanic("keep_alive_check")

    async def client_idle_limit() -> float:
        connector = aiohttp.TCPConnector()
        try:
            return connector._keepalive_timeout
        finally:
            await connector.close()

    assert float(app.config.KEEP_ALIVE_TIMEOUT) > asyncio.run(client_idle_limit())
