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
