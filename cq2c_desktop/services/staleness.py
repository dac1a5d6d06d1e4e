"""Whether the latest run is out of date: what changed in the plan since it was made.

Read from the audit log, so it survives a restart and covers every writer (the window, the command
line, another officer on a shared plan): every event after the run's own "optimised" event counts,
except those that cannot change what the optimiser would propose — reading, exporting, printing,
approving or accepting what the run proposed, the document settings. An action added later (an
edit, a new kind of import) counts as a change unless it is listed here as quiet: stale is the safe
side to err on.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import AuditEvent, Run

QUIET_ACTIONS = frozenset({"optimised", "moves_approved", "personal_data_shown", "personal_data_hidden"})
QUIET_PREFIXES = ("export", "print", "report", "backup_taken")
# A decision that confirms what the run proposed leaves its proposal as it is.
CONFIRMING = frozenset({MoveStatus.ACCEPTED.value, MoveStatus.LOCKED.value, MoveStatus.APPROVED.value})
# Settings the optimiser reads; the others (documents, support, names) only change the documents.
OPTIMISER_SETTINGS = ("policy.",)


@dataclass(frozen=True)
class Staleness:
    run_id: int | None  # the latest run; None: no run yet
    changes: Counter[str] = field(default_factory=Counter)  # audit action → events since the run
    since: dt.datetime | None = None  # when the run was made

    @property
    def stale(self) -> bool:
        return self.run_id is not None and bool(self.changes)

    @property
    def count(self) -> int:
        return sum(self.changes.values())


def is_change(action: str, details: dict[str, Any]) -> bool:
    """Whether an audit event may change what a new run would propose."""
    if action in QUIET_ACTIONS or action.startswith(QUIET_PREFIXES) or action.endswith("_failed"):
        return False
    if action == "moves_reviewed":
        return details.get("status") not in CONFIRMING
    if action == "moves_restored":  # an undo: a change only if it brings a rejection back
        return MoveStatus.REJECTED.value in dict(details.get("statuses") or {}).values()
    if action == "setting_changed":
        return str(details.get("key", "")).startswith(OPTIMISER_SETTINGS)
    return True


def run_staleness(session: Session) -> Staleness:
    run = session.scalar(select(Run).order_by(Run.id.desc()).limit(1))
    if run is None:
        return Staleness(None)
    # The run's own event; a run stored without one (an older plan, the demo) counts from its time.
    mark = session.scalar(select(func.max(AuditEvent.id)).where(AuditEvent.action == "optimised"))
    after = AuditEvent.id > mark if mark is not None else AuditEvent.at > run.created_at
    query = select(AuditEvent.action, AuditEvent.details).where(after)
    changes: Counter[str] = Counter(
        action for action, details in session.execute(query) if is_change(action, dict(details or {}))
    )
    return Staleness(run.id, changes, run.created_at)


def staleness(plan: OpenPlan) -> Staleness:
    with plan.begin() as session:
        return run_staleness(session)
