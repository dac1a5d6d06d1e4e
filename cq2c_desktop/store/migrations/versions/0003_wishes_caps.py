"""wishes, sending caps, and what a run says about wishes

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 02:30:00

Contract 1.1 (INSTANCE.md): a person names up to three ranked wishes (units they would go to), a
unit may have a sending cap (`max_out`), and a run says which wish each move grants, which moves it
kept from the previous proposal, and why the wishes of others were not granted.

Every new column is nullable or has a server default, so a plan of schema 0002 upgrades in place:
SQLite adds such a column with ALTER TABLE ADD COLUMN (no table rebuild, which with foreign keys on
would cascade-delete every move). The wish columns hold unit ids without a foreign key for the same
reason (SQLite cannot add one in place); the importer and the edits check them against the units.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_WISHES = ("wish_1_unit_id", "wish_2_unit_id", "wish_3_unit_id")


def upgrade() -> None:
    with op.batch_alter_table("staff", schema=None, recreate="never") as batch_op:
        for name in _WISHES:
            batch_op.add_column(sa.Column(name, sa.String(length=20), nullable=True))
    with op.batch_alter_table("unit", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("max_out", sa.Integer(), nullable=True))
    with op.batch_alter_table("move", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("wish", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("kept", sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table("run", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("wishes_not_granted", sa.JSON(), nullable=True))


def downgrade() -> None:
    # Dropping a column needs a table rebuild on SQLite; the caller must turn foreign keys off first.
    with op.batch_alter_table("run", schema=None) as batch_op:
        batch_op.drop_column("wishes_not_granted")
    with op.batch_alter_table("move", schema=None) as batch_op:
        batch_op.drop_column("kept")
        batch_op.drop_column("wish")
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_column("max_out")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        for name in reversed(_WISHES):
            batch_op.drop_column(name)
