"""Connection to the app database, and its schema kept current by Alembic migrations."""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate(url: str) -> None:
    """Bring the database at `url` to the latest schema (creates it when empty)."""
    command.upgrade(alembic_config(url), "head")


def engine_options(url: str) -> dict[str, Any]:
    """How to connect: a SQLite file keeps a pool of connections, shared by threads one at a time (SQLAlchemy 1.4 opens
    and closes one per session, which cost a tenth of the Rasa server's CPU under load; 2.0 pools by default);
    other databases test each pooled connection as it is taken, so that after a restart dead ones are replaced."""
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        return {"poolclass": sa.pool.QueuePool, "connect_args": {"check_same_thread": False}}
    if url.startswith("sqlite"):
        return {}
    return {"pool_pre_ping": True}


class Database:
    """One engine per URL; the schema is migrated on first use."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._engine: sa.engine.Engine | None = None
        self._sessions: sessionmaker | None = None
        self._lock = threading.Lock()

    def ensure_schema(self) -> None:
        """Connect and migrate now (at start-up) rather than on the first message."""
        self._ensure()

    def _ensure(self) -> sessionmaker:
        with self._lock:
            if self._sessions is None:
                if self.url.startswith("sqlite:///"):
                    Path(self.url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
                migrate(self.url)
                self._engine = sa.create_engine(self.url, future=True, **engine_options(self.url))
                self._sessions = sessionmaker(bind=self._engine, future=True)
            return self._sessions

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on an exception."""
        with self._ensure()() as session, session.begin():
            yield session


@functools.lru_cache(maxsize=1)
def app_database() -> Database:
    """The app database of this process (APP_DATABASE_URL)."""
    from bot.settings import load_settings

    return Database(load_settings().databases.app_database_url)
