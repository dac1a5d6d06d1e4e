"""the rules of a round: exemption evidence, transfer or secondment, rounds, remaining needs

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 02:30:00

- staff: the evidence of an exemption (note, date);
- move: transfer or secondment (kind, default 'transfer'), a secondment's term and dates;
- run: the round it belongs to (NULL: round 1, written before rounds existed);
- plan_round: the rounds of the plan; remaining_need: the measure chosen for posts a round left unfilled.

Columns are added in place (batch mode never rebuilds: a rebuild of `staff` would cascade-delete the
plan's moves, see 0002); every new column is nullable or has a server default, so old rows stay valid.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("exemption_note", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("exemption_date", sa.Date(), nullable=True))
    with op.batch_alter_table("move", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=12), server_default=sa.text("'transfer'"), nullable=False)
        )
        batch_op.add_column(sa.Column("term_months", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("start_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("end_date", sa.Date(), nullable=True))
    with op.batch_alter_table("run", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("round", sa.Integer(), nullable=True))
    op.create_table(
        "plan_round",
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("number"),
    )
    op.create_table(
        "remaining_need",
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.String(length=20), nullable=False),
        sa.Column("specialty_id", sa.String(length=40), nullable=False),
        sa.Column("measure", sa.String(length=20), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.CheckConstraint("measure IN ('recruitment', 'rotation', 'contract', 'transfer')", name="ck_measure_allowed"),
        sa.ForeignKeyConstraint(["specialty_id"], ["specialty.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("round", "unit_id", "specialty_id"),
    )


def downgrade() -> None:
    op.drop_table("remaining_need")
    op.drop_table("plan_round")
    # Dropping a column needs a table rebuild on SQLite; the caller must turn foreign keys off first.
    with op.batch_alter_table("run", schema=None) as batch_op:
        batch_op.drop_column("round")
    with op.batch_alter_table("move", schema=None) as batch_op:
        for name in ("end_date", "start_date", "term_months", "kind"):
            batch_op.drop_column(name)
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("exemption_date")
        batch_op.drop_column("exemption_note")
