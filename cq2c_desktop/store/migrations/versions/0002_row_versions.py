"""row versions for optimistic locking on moves and staff

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 09:00:00

Two officers may edit the same shared plan at once. Every move and every person gets a version
number that each change bumps, so a change made on stale data is refused instead of silently
overwriting someone else's decision. Existing rows start at version 1 (server default).

SQLite adds a NOT NULL column with a constant default in place (ALTER TABLE ADD COLUMN), so batch
mode does not rebuild `staff`: a rebuild would drop the table, and with foreign keys on that would
cascade-delete every move of the plan.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TABLES = ("move", "staff")


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None, recreate="never") as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False))


def downgrade() -> None:
    # Dropping a column needs a table rebuild on SQLite; the caller must turn foreign keys off first.
    for table in reversed(_TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
