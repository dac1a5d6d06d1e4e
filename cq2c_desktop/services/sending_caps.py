"""Sending quotas: how many people each unit may still send in a run (INSTANCE.md 1.1 `max_out`).

A unit's cap is the smallest of its own `Unit.max_out`, the policy's share of its staff
(`send_share_percent`, rounded down: a cap never lets more than the share go) and the policy's
per-unit cap (`send_cap`). The share is of the unit's roster as it stands (everyone whose unit it
is, movable or not, the approved leavers included).

Approved moves are facts of the same round: they are outside the run (the optimiser sees the person
at the destination already), but they used up part of the cap, so the run gets what is left
(`max(0, cap − approved leavers)`). When the approved leavers alone exceed a cap the run still works
(a warning names the unit); when the officer's accepted or locked moves exceed what is left the
optimiser would answer INVALID, so the run is refused first with the unit, the numbers and the ways out.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cq2c_desktop.domain.messages import Message, Text
from cq2c_desktop.domain.settings import Policy
from cq2c_desktop.store.models import Staff, Unit

APPROVED_OVER_CAP = Text(
    "approved_over_cap",
    "{unit}: {approved} approved moves leave this unit, more than its sending quota of {cap}; no one else is "
    "sent from it. Withdraw an approval (with its reason) or raise the quota.",
)
LOCKS_OVER_CAP = Text(
    "locks_over_cap",
    "{unit} may send {cap} people (sending quota {quota}, {approved} already approved), but {locks} accepted or "
    "locked moves leave it: set some of them back to proposed, or raise the quota (the unit's sending cap or the "
    "policy's share).",
)


@dataclass(frozen=True)
class UnitCap:
    unit: str
    name: str
    quota: int  # the sending quota of the round
    approved: int  # approved leavers, counted against it
    left: int  # what this run may send: `max_out`


def unit_quota(own: int | None, headcount: int, policy: Policy) -> int | None:
    """The smallest of the unit's own cap, the policy's share (rounded down) and its per-unit cap."""
    caps = [c for c in (own, policy.send_cap) if c is not None]
    if policy.send_share_percent is not None:
        # A tiny epsilon keeps 10 % of 30 at 3 whatever the float arithmetic says.
        caps.append(math.floor(headcount * policy.send_share_percent / 100 + 1e-9))
    return min(caps) if caps else None


def sending_caps(session: Session, policy: Policy, approved_from: Counter[str]) -> dict[str, UnitCap]:
    """Each capped unit's quota and what is left of it for the run; units without a cap are absent."""
    headcount = dict(session.execute(select(Staff.unit_id, func.count()).group_by(Staff.unit_id)).all())
    caps: dict[str, UnitCap] = {}
    for unit_id, name, own in session.execute(select(Unit.id, Unit.name, Unit.max_out).order_by(Unit.id)):
        quota = unit_quota(own, headcount.get(unit_id, 0), policy)
        if quota is None:
            continue
        approved = approved_from.get(unit_id, 0)
        caps[unit_id] = UnitCap(unit_id, name, quota, approved, max(0, quota - approved))
    return caps


def over_cap_warnings(caps: dict[str, UnitCap]) -> list[Message]:
    return [
        APPROVED_OVER_CAP(unit=c.name, approved=c.approved, cap=c.quota) for c in caps.values() if c.approved > c.quota
    ]


def locks_over_caps(caps: dict[str, UnitCap], locks_from: Counter[str]) -> list[Message]:
    """Where the officer's accepted or locked moves alone break what is left of a unit's quota."""
    return [
        LOCKS_OVER_CAP(unit=c.name, cap=c.left, quota=c.quota, approved=c.approved, locks=locks_from[c.unit])
        for c in caps.values()
        if locks_from.get(c.unit, 0) > c.left
    ]
