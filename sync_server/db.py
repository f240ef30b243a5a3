"""Database engines from the URLs people write, for PostgreSQL (psycopg 3) and SQLite."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event


def normalize_url(url: str) -> str:
    """``postgresql://…`` → ``postgresql+psycopg://…``; SQLite URLs as they are."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def is_sqlite(url: str) -> bool:
    """True for SQLite URLs."""
    return url.startswith("sqlite")


def make_engine(url: str) -> Engine:
    """An engine with the pragmas and pool each backend needs."""
    url = normalize_url(url)
    if is_sqlite(url):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(conn: Any, _record: Any) -> None:
            conn.isolation_level = None  # we issue BEGIN ourselves
            cur = conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    # No pre-ping: it was one more round trip (``SELECT 1``) on every request. A connection
    # found dead instead fails its request with 503 (errors.py), and SQLAlchemy then renews
    # every connection of the pool that is older than the failure (docs/OPERATIONS.md).
    return create_engine(url, pool_size=20, max_overflow=10)
