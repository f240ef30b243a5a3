"""The local vault: unlock, the encrypted SQLite store, migrations, the in-memory search index."""
