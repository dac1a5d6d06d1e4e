"""every new audit event is announced to the windows listening on a shared plan

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 03:45:00

On PostgreSQL an AFTER INSERT trigger on audit_event sends `pg_notify('cq2c_plan', <event id>)`, so
a window that LISTENs (services/change_listener.py) hears another officer's change at once instead
of at its next poll; the notification is sent when the writer's transaction commits, and not at
all if it rolls back. A plan file has no such thing (the window watches the file): nothing changes.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

CHANNEL = "cq2c_plan"  # services/change_listener.py listens on it

_FUNCTION = f"""
CREATE OR REPLACE FUNCTION cq2c_audit_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('{CHANNEL}', NEW.id::text);
  RETURN NULL;
END
$$
"""
_TRIGGER = (
    "CREATE TRIGGER audit_event_notify AFTER INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION cq2c_audit_notify()"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_FUNCTION)
    op.execute("DROP TRIGGER IF EXISTS audit_event_notify ON audit_event")
    op.execute(_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS audit_event_notify ON audit_event")
    op.execute("DROP FUNCTION IF EXISTS cq2c_audit_notify()")
