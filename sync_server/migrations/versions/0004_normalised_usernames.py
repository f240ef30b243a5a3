"""user names stored in one form: NFKC, case-folded

Revision ID: 0004
Revises: 0003

Lookups normalise the name they are given; existing rows are brought to the same form here.
Two rows that become the same name are refused with their names: rename one
(``UPDATE users SET username = … WHERE user_id = …``) and migrate again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sync_server.security import normalize_username

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT user_id, username FROM users")).all()
    seen: dict[str, str] = {}
    clashes = []
    for _user_id, name in rows:
        folded = normalize_username(name)
        if folded in seen:
            clashes.append(f"{seen[folded]!r} and {name!r}")
        seen.setdefault(folded, name)
    if clashes:
        raise RuntimeError(
            "user names that differ only in case or width: "
            + "; ".join(clashes)
            + ". Rename one of each pair, then run 'fallakte-server migrate' again."
        )
    for user_id, name in rows:
        folded = normalize_username(name)
        if folded != name:
            conn.execute(
                sa.text("UPDATE users SET username = :n WHERE user_id = :u"),
                {"n": folded, "u": user_id},
            )


def downgrade() -> None:
    pass  # the original spellings are gone; the normalised ones work with older code too
