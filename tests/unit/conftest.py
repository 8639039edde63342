"""Fixtures shared by the unit tests of more than one package."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.storage.database import Database


@pytest.fixture()
def db(tmp_path: Path) -> Database:
    return Database(f"sqlite:///{tmp_path / 'app.db'}")
