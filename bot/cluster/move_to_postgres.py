"""Move an existing single-process deployment's data from SQLite to PostgreSQL (docs/DEPLOY.md).

Copies the conversations (the tracker store's `events`, payloads still encrypted: the same SECURE_STORE_KEYS
read them on the other side) and every table of the app database (the staff queue, accounts, sessions, audit
log, held messages, secure links, Messenger inbox, review items...), row for row with their ids, then moves the
PostgreSQL id sequences past the copied ids. Both app databases are first brought to the latest schema by the
same Alembic migrations the servers run at start. If any target table already holds rows, nothing is copied at
all: nothing is merged or overwritten. Run it with the servers stopped; the SQLite files are not changed
otherwise.

Usage: python -m bot.cluster.move_to_postgres --tracker-to URL --app-to URL [--tracker-from URL] [--app-from URL]
(the sources default to TRACKER_STORE_URL and APP_DATABASE_URL, i.e. the SQLite files of `make run`)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass

import sqlalchemy as sa

from bot.settings import load_settings
from bot.storage.database import migrate
from bot.storage.models import Base

BATCH = 1000
# Rasa's `events` table as stored (bot.tracker_store.ProtectedSQLTrackerStore.SQLEvent), with the payload
# copied as it is: ciphertext, never decrypted here.
_TRACKER = sa.MetaData()
EVENTS = sa.Table(
    "events", _TRACKER,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.String(255), nullable=False, index=True),
    sa.Column("type_name", sa.String(255), nullable=False),
    sa.Column("timestamp", sa.Float),
    sa.Column("intent_name", sa.String(255)),
    sa.Column("action_name", sa.String(255)),
    sa.Column("data", sa.Text),
)


class MoveError(RuntimeError):
    """The move was refused or failed; nothing was committed to the target table it names."""


@dataclass(frozen=True)
class Moved:
    table: str
    rows: int


def _batches(source: sa.engine.Connection, table: sa.Table) -> Iterator[list[dict]]:
    result = source.execute(sa.select(table).order_by(*table.primary_key.columns))
    while rows := result.fetchmany(BATCH):
        yield [dict(row._mapping) for row in rows]


def _refuse_unless_empty(target: sa.engine.Engine, tables: list[sa.Table]) -> None:
    with target.connect() as connection:
        for table in tables:
            if connection.execute(sa.select(sa.func.count()).select_from(table)).scalar():
                raise MoveError(f"the target's {table.name} table already holds rows: nothing was copied")


def _copy(source: sa.engine.Engine, target: sa.engine.Engine, table: sa.Table) -> Moved:
    with source.connect() as reading, target.begin() as writing:
        copied = 0
        for rows in _batches(reading, table):
            writing.execute(table.insert(), rows)
            copied += len(rows)
        _continue_ids_after_copied(writing, table)
    return Moved(table.name, copied)


def _continue_ids_after_copied(connection: sa.engine.Connection, table: sa.Table) -> None:
    """Rows were inserted with their ids: PostgreSQL's sequence must start after them, or the next insert fails."""
    if connection.dialect.name != "postgresql" or "id" not in table.c or not isinstance(table.c.id.type, sa.Integer):
        return
    sequence = connection.execute(sa.text("SELECT pg_get_serial_sequence(:table, 'id')"),
                                  {"table": table.name}).scalar()
    if sequence:
        connection.execute(sa.text(f"SELECT setval('{sequence}', COALESCE((SELECT MAX(id) FROM \"{table.name}\"), 1), "
                                   f"(SELECT MAX(id) FROM \"{table.name}\") IS NOT NULL)"))


def _engine(url: str) -> sa.engine.Engine:
    return sa.create_engine(url, future=True)


def move(tracker_from: str, tracker_to: str, app_from: str, app_to: str) -> list[Moved]:
    """Both stores, after checking that every target table is empty; what was copied, table by table."""
    for url in (tracker_to, app_to):
        if not url.startswith("postgresql"):
            raise MoveError(f"the targets must be PostgreSQL URLs, not {url.split(':', 1)[0]}:")
    tracker_source, tracker_target = _engine(tracker_from), _engine(tracker_to)
    app_source, app_target = _engine(app_from), _engine(app_to)
    migrate(app_from)  # an older deployment's file is brought to the schema the copy expects, as at a start
    migrate(app_to)
    _TRACKER.create_all(tracker_target)
    app_tables = Base.metadata.sorted_tables  # parents before the rows that refer to them
    _refuse_unless_empty(tracker_target, [EVENTS])
    _refuse_unless_empty(app_target, app_tables)
    moved = [_copy(tracker_source, tracker_target, EVENTS) if sa.inspect(tracker_source).has_table("events")
             else Moved("events", 0)]  # no conversation yet
    return moved + [_copy(app_source, app_target, table) for table in app_tables]


def main(argv: list[str]) -> int:
    databases = load_settings().databases
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tracker-from", default=databases.tracker_store_url)
    parser.add_argument("--app-from", default=databases.app_database_url)
    parser.add_argument("--tracker-to", required=True, help="postgresql://user:password@host/database")
    parser.add_argument("--app-to", required=True, help="postgresql://user:password@host/database")
    args = parser.parse_args(argv)
    try:
        moved = move(args.tracker_from, args.tracker_to, args.app_from, args.app_to)
    except (MoveError, sa.exc.SQLAlchemyError) as error:
        print(f"Not moved: {error}", file=sys.stderr)
        return 1
    for item in moved:
        print(f"{item.table:20} {item.rows:8,} rows")
    print("Done. Point TRACKER_STORE_URL and APP_DATABASE_URL at the new databases.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
