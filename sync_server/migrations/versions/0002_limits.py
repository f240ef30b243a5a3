"""limits that hold: a shared rate limiter table, blob sizes for the team quota

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rate_limits",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("window_start", sa.BigInteger(), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.Column("expires_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_index("rate_limits_expiry", "rate_limits", ["expires_at"])
    with op.batch_alter_table("blobs") as batch:
        batch.add_column(sa.Column("size", sa.BigInteger(), nullable=False, server_default="0"))
    op.execute("UPDATE blobs SET size = length(data)")
    op.create_index("blobs_team", "blobs", ["team_id"])


def downgrade() -> None:
    op.drop_index("blobs_team", "blobs")
    with op.batch_alter_table("blobs") as batch:
        batch.drop_column("size")
    op.drop_index("rate_limits_expiry", "rate_limits")
    op.drop_table("rate_limits")
