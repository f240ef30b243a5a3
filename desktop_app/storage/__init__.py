"""The local vault: unlock, the encrypted SQLite store, migrations and the in-memory search index."""
