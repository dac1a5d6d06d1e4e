"""`cq2c check` on the audit log: is the hash chain whole, and are the database's guards in place?

The chain (store/audit_chain.py) is recomputed from the first event: the first event whose link or
content does not hash to what is stored is named, with what is wrong with it. One broken link is
enough to distrust everything after it, so only the first is reported. Works on SQLite and PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.services.plan_check_rules import Finding
from cq2c_desktop.store.audit_chain import event_hash
from cq2c_desktop.store.models import AuditEvent, Move

NOT_CHAINED = Text(
    "audit_not_chained", "Audit event #{event} ({action}) has no hash: it was not written by CQ2C Planner"
)
LINK_BROKEN = Text(
    "audit_link_broken",
    "Audit event #{event} ({action}) does not follow the event before it: an event was removed or inserted there",
)
CONTENT_CHANGED = Text("audit_content_changed", "Audit event #{event} ({action}) was changed after it was written")
APPROVAL_NOT_ON_RECORD = Text(
    "audit_approval_missing",
    "Run {run}, move #{move}: staff {staff} is approved but no approval of it is in the audit log",
)
GUARD_MISSING = Text(
    "audit_guard_missing", "The database no longer refuses changes to the audit log (trigger {trigger} is missing)"
)

SQLITE_GUARDS = ("audit_event_no_update", "audit_event_no_delete")
POSTGRES_GUARDS = ("audit_event_stamp", "audit_event_no_change", "audit_event_no_truncate")


@dataclass(frozen=True)
class ChainHead:
    events: int
    last_id: int | None
    last_hash: str | None  # a copy kept elsewhere shows whether the log was rewritten from some point on


def verify_chain(conn: Connection) -> tuple[list[Finding], ChainHead]:
    """The first broken event (if any), and the head of the chain."""
    columns = (AuditEvent.id, AuditEvent.at, AuditEvent.server_at, AuditEvent.user, AuditEvent.db_user)
    query = select(*columns, AuditEvent.action, AuditEvent.details, AuditEvent.prev_hash, AuditEvent.hash)
    previous: str | None = None
    count, last_id = 0, None
    for row in conn.execute(query.order_by(AuditEvent.id)).mappings():
        count, last_id = count + 1, row["id"]
        problem = None
        if row["hash"] is None:
            problem = NOT_CHAINED
        elif row["prev_hash"] != previous:
            problem = LINK_BROKEN
        elif event_hash(previous, dict(row)) != row["hash"]:
            problem = CONTENT_CHANGED
        if problem is not None:
            return [Finding("audit_chain", problem(event=row["id"], action=row["action"]))], ChainHead(
                count, last_id, None
            )
        previous = row["hash"]
    return [], ChainHead(count, last_id, previous)


def _approved_on_record(conn: Connection) -> set[tuple[str, str]]:
    """(person, destination) of every move an approval event names (a solve carries an approval into
    the new run under a new move id, so the pair, not the id, is what the record vouches for)."""
    named: set[int] = set()
    events = conn.execute(select(AuditEvent.details).where(AuditEvent.action == "moves_approved"))
    for (details,) in events:
        if isinstance(details, dict):
            named |= {int(m) for m in details.get("moves", []) if str(m).isdigit()}
    if not named:
        return set()
    rows = conn.execute(select(Move.staff_id, Move.to_unit_id).where(Move.id.in_(sorted(named))))
    return {(staff, unit) for staff, unit in rows}


def verify_approvals(conn: Connection) -> list[Finding]:
    """Every approved move was approved through the program: an approval set by hand in SQL has no
    record, and is named (the issue's "set a move to approved" with psql or sqlite3)."""
    approved = conn.execute(
        select(Move.run_id, Move.id, Move.staff_id, Move.to_unit_id)
        .where(Move.status == MoveStatus.APPROVED.value)
        .order_by(Move.run_id, Move.id)
    ).all()
    if not approved:
        return []
    vouched = _approved_on_record(conn)
    return [
        Finding("audit_approval", APPROVAL_NOT_ON_RECORD(run=run, move=move, staff=staff))
        for run, move, staff, unit in approved
        if (staff, unit) not in vouched
    ]


def _triggers(conn: Connection) -> set[str]:
    if conn.dialect.name == "postgresql":
        query = "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_event'::regclass AND tgenabled <> 'D'"
    else:
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'"
    return {str(name) for (name,) in conn.exec_driver_sql(query)}


def verify_guards(conn: Connection) -> list[Finding]:
    expected = POSTGRES_GUARDS if conn.dialect.name == "postgresql" else SQLITE_GUARDS
    present = _triggers(conn)
    return [Finding("audit_guard", GUARD_MISSING(trigger=name)) for name in expected if name not in present]
