"""Connection to the app database, and its schema kept current by Alembic migrations."""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Iterator
from pathlib import Path

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
                # pool_pre_ping: after a database restart, dead pooled connections are replaced, not used
                self._engine = sa.create_engine(self.url, future=True,
                                                pool_pre_ping=not self.url.startswith("sqlite"))
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
