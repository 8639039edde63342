"""bot.storage.database: the app database's migrations create the schema the models describe."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from bot.storage.database import migrate
from bot.storage.models import Base


def test_migrations_create_the_schema_the_models_describe(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    migrate(url)
    migrate(url)  # a second run is a no-op
    with sa.create_engine(url).connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_a_sqlite_file_keeps_its_connections_and_threads_share_them(tmp_path: Path):
    """SQLAlchemy 1.4 opens and closes a SQLite connection per session unless told otherwise: a tenth of the Rasa
    server's CPU under load. The pool hands a connection to one thread at a time, whichever thread it was made in."""
    from concurrent.futures import ThreadPoolExecutor

    from bot.storage.database import Database
    from bot.storage.models import MessageFlag

    db = Database(f"sqlite:///{tmp_path / 'app.db'}")
    used = []  # the DBAPI connections the sessions got (kept referenced, so none is garbage-collected and reused)
    with db.session() as session:
        used.append(session.connection().connection.dbapi_connection)

    def count() -> int:
        with db.session() as session:
            used.append(session.connection().connection.dbapi_connection)
            return session.scalar(sa.select(sa.func.count()).select_from(MessageFlag))

    with ThreadPoolExecutor(max_workers=2) as threads:
        assert list(threads.map(lambda _: count(), range(4))) == [0, 0, 0, 0]
    with db.session() as session:
        used.append(session.connection().connection.dbapi_connection)
    # six sessions, two at a time at most: two connections, whichever thread returned one last
    assert len({id(connection) for connection in used}) <= 2
