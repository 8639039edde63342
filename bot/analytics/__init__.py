"""The supervisors' analytics: facts recorded as they happen (`recorder`: patient messages and conversations counted
by the Rasa server's event broker), and the figures computed from them and from the staff queue's tables in SQL
(`figures`), alike on SQLite and PostgreSQL. Counts only: no patient text is read or shown."""
