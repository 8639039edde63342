"""The app database (SQLAlchemy, SQLite by default, PostgreSQL by URL): its engine, sessions, models and migrations.

The bottom layer: it imports nothing from bot but bot.settings (tests/unit/test_import_graph.py). Rasa's
redacting, encrypting tracker store, which needs bot.safety and bot.secure, is bot.tracker_store.
"""
