"""The app database (SQLAlchemy, SQLite by default, PostgreSQL by URL) and the redacting tracker store."""
