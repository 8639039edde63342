"""Shared by the secure chat's storage tests: a fixed "now" (the app database is tests/unit/conftest.py's `db`)."""

from __future__ import annotations

from datetime import datetime, timezone

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)
