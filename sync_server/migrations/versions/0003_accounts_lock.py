"""accounts that lock: lock stamp on users, used refresh tokens kept for reuse detection

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("locked_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("tokens") as batch:
        batch.add_column(sa.Column("used_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("tokens") as batch:
        batch.drop_column("used_at")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("locked_at")
