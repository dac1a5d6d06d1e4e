"""a tamper-evident audit log and runs that take over their predecessor's decisions

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 02:30:00

The audit log becomes insert-only for every role, enforced by the database (triggers that refuse
UPDATE, DELETE and, on PostgreSQL, TRUNCATE), and every event records the database login and the
server's time beside the application's user. Each event carries the hash of the one before it and
of its own content (store/audit_chain.py); the events already written are chained here, in order.

`run.superseded_by` names the newer run that took over a run's decisions: an optimisation records it
on the run it started from, and a decision on a superseded run is refused instead of being lost.

New columns are nullable, so plans of any earlier version upgrade in place (no table rebuild).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from cq2c_desktop.store.audit_chain import INSERT_ONLY_MARKER, event_hash

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_SQLITE_GUARDS = [
    f"CREATE TRIGGER IF NOT EXISTS audit_event_no_{verb.lower()} BEFORE {verb} ON audit_event "
    f"BEGIN SELECT RAISE(ABORT, '{INSERT_ONLY_MARKER}: {verb} of an audit event refused'); END"
    for verb in ("UPDATE", "DELETE")
]

# On PostgreSQL an insert by anyone but the table's owner gets the login and the time from the server,
# whatever the client sent; the owner (who could drop the trigger anyway) keeps what it writes, which
# is how `cq2c copy` carries a plan's history into a new database.
_PG_GUARD_FUNCTION = f"""
CREATE OR REPLACE FUNCTION cq2c_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NOT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
      NEW.db_user := session_user;
      NEW.server_at := now();
    END IF;
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '{INSERT_ONLY_MARKER}: % of an audit event refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$
"""
_PG_GUARDS = [
    "CREATE TRIGGER audit_event_stamp BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION cq2c_audit_guard()",
    "CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event "
    "FOR EACH ROW EXECUTE FUNCTION cq2c_audit_guard()",
    "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
    "FOR EACH STATEMENT EXECUTE FUNCTION cq2c_audit_guard()",
]


def _chain_existing() -> None:
    events = sa.table(
        "audit_event",
        sa.column("id", sa.Integer()),
        sa.column("at", sa.DateTime(timezone=True)),
        sa.column("server_at", sa.DateTime(timezone=True)),
        *(sa.column(name, sa.String()) for name in ("user", "db_user", "action")),
        sa.column("details", sa.JSON()),
        sa.column("prev_hash"),
        sa.column("hash"),
    )
    connection = op.get_bind()
    rows = connection.execute(sa.select(events).order_by(events.c.id)).mappings().all()
    previous: str | None = None
    updates: list[dict[str, Any]] = []
    for row in rows:
        current = event_hash(previous, dict(row))
        updates.append({"key": row["id"], "prev": previous, "hash": current})
        previous = current
    if updates:
        connection.execute(
            events.update()
            .where(events.c.id == sa.bindparam("key"))
            .values(prev_hash=sa.bindparam("prev"), hash=sa.bindparam("hash")),
            updates,
        )


def upgrade() -> None:
    is_postgres = op.get_bind().dialect.name == "postgresql"
    with op.batch_alter_table("audit_event", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("db_user", sa.String(100), nullable=True))
        # SQLite cannot add a column whose default is the clock: there the writer sets it.
        default = sa.text("now()") if is_postgres else None
        batch_op.add_column(sa.Column("server_at", sa.DateTime(timezone=True), server_default=default, nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(64), nullable=True))
    with op.batch_alter_table("run", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("superseded_by", sa.Integer(), nullable=True))
    _chain_existing()
    if is_postgres:
        op.execute(_PG_GUARD_FUNCTION)
        for statement in _PG_GUARDS:
            op.execute(statement)
    else:
        for statement in _SQLITE_GUARDS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in ("audit_event_stamp", "audit_event_no_change", "audit_event_no_truncate"):
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON audit_event")
        op.execute("DROP FUNCTION IF EXISTS cq2c_audit_guard()")
    else:
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS audit_event_no_{verb}")
    with op.batch_alter_table("run", schema=None) as batch_op:
        batch_op.drop_column("superseded_by")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        for name in ("hash", "prev_hash", "server_at", "db_user"):
            batch_op.drop_column(name)
