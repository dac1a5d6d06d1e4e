"""One plan, one writer: the window's lock on a plan file, and the message for a plan in use.

A second window that opens a plan another holds is told who holds it and since when
(store/plan_lock.py), and may open it read-only: the window then offers no action that writes.
"""

from __future__ import annotations

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.services import audit
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.plan_lock import Holder, PlanLock, PlanLockedError

PLAN_IN_USE = Text("plan_in_use", "The plan is open in another window: {user} on {host}, since {since}.")
PLAN_IN_USE_BY_SOMEONE = Text("plan_in_use_unknown", "The plan is open in another window.")


class PlanInUseError(ServiceError):
    """Another window holds the plan file."""

    def __init__(self, holder: Holder | None) -> None:
        if holder is None:
            super().__init__(PLAN_IN_USE_BY_SOMEONE())
        else:
            since = holder.since.astimezone().strftime("%H:%M %d/%m/%Y")
            super().__init__(PLAN_IN_USE(user=holder.user, host=holder.host, since=since))
        self.holder = holder


def lock_plan(plan: OpenPlan) -> PlanLock | None:
    """The lock on a plan file for this window's session (None for a plan on a server); PlanInUseError if
    another window has it."""
    if plan.path is None:
        return None
    try:
        return PlanLock(plan.path, audit.current_user())
    except PlanLockedError as exc:
        raise PlanInUseError(exc.holder) from None
