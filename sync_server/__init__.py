"""The central sync server: FastAPI app, SQLAlchemy Core tables, Alembic migrations, admin CLI."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("fallakte")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0.0.0+unknown"
