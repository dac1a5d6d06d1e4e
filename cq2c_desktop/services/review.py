"""The officer's review of a run: decisions on proposals, changes by hand, and comparing runs.

Every change is one transaction with an audit event, and returns what it replaced so the UI can
undo it exactly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.services import audit
from cq2c_desktop.store.db import Plan
from cq2c_desktop.store.models import Move, Run, Specialty, Staff, UnfilledPost, Unit

# What the officer may set by hand; APPROVED is set only by the approval use case.
REVIEW_STATUSES = frozenset({MoveStatus.PROPOSED, MoveStatus.ACCEPTED, MoveStatus.REJECTED, MoveStatus.LOCKED})


class ReviewError(ValueError):
    """A review action the rules refuse; the message is for the user (Vietnamese / English)."""


@dataclass(frozen=True)
class RunRow:
    id: int
    created_at: dt.datetime
    label: str
    method: str
    status: str
    moves: int
    kpis: dict[str, Any]


@dataclass(frozen=True)
class MoveRow:
    id: int
    staff_id: str
    full_name: str
    from_unit_id: str
    from_name: str
    to_unit_id: str
    to_name: str
    to_region: str
    specialty_id: str
    specialty_name: str
    km: float
    match: float
    volunteer: bool
    status: str
    why: str


@dataclass(frozen=True)
class UnfilledRow:
    unit_id: str
    unit_name: str
    specialty_id: str
    specialty_name: str
    count: int
    why: str


def runs(session: Session) -> list[RunRow]:
    counts = dict(session.execute(select(Move.run_id, func.count()).group_by(Move.run_id)).all())
    return [
        RunRow(run.id, run.created_at, run.label, run.method, run.status, counts.get(run.id, 0), dict(run.kpis))
        for run in session.scalars(select(Run).order_by(Run.id))
    ]


def move_rows(session: Session, run_id: int) -> list[MoveRow]:
    src, dst = aliased(Unit), aliased(Unit)
    query = (
        select(Move, Staff.full_name, src.name, dst.name, dst.region, Specialty.name)
        .join(Staff, Move.staff_id == Staff.id).join(src, Move.from_unit_id == src.id)
        .join(dst, Move.to_unit_id == dst.id).join(Specialty, Move.specialty_id == Specialty.id)
        .where(Move.run_id == run_id).order_by(dst.name, Specialty.name, Staff.full_name)
    )
    return [
        MoveRow(m.id, m.staff_id, name, m.from_unit_id, from_name, m.to_unit_id, to_name, region, m.specialty_id,
                spec, m.km, m.match, m.volunteer, m.status, m.why)
        for m, name, from_name, to_name, region, spec in session.execute(query)
    ]


def unfilled_rows(session: Session, run_id: int) -> list[UnfilledRow]:
    query = (
        select(UnfilledPost, Unit.name, Specialty.name)
        .join(Unit, UnfilledPost.unit_id == Unit.id).join(Specialty, UnfilledPost.specialty_id == Specialty.id)
        .where(UnfilledPost.run_id == run_id).order_by(Unit.name, Specialty.name)
    )
    return [
        UnfilledRow(p.unit_id, unit, p.specialty_id, spec, p.count, p.why)
        for p, unit, spec in session.execute(query)
    ]


def set_status(plan: Plan, move_ids: list[int], status: MoveStatus) -> dict[int, str]:
    """Set the officer's decision on moves; returns the statuses they had (for undo)."""
    if status not in REVIEW_STATUSES:
        raise ReviewError(f"Trạng thái không hợp lệ / Status not allowed here: {status.value}")
    with plan.begin() as session:
        moves = list(session.scalars(select(Move).where(Move.id.in_(move_ids))))
        if len(moves) != len(set(move_ids)):
            raise ReviewError("Đề xuất không còn tồn tại / A proposal no longer exists")
        approved = [m.id for m in moves if m.status == MoveStatus.APPROVED.value]
        if approved:
            raise ReviewError("Đề xuất đã được phê duyệt, không sửa được / An approved move cannot be changed")
        before = {m.id: m.status for m in moves}
        now = dt.datetime.now(dt.UTC)
        for move in moves:
            move.status = status.value
            move.decided_by = audit.current_user()
            move.decided_at = now
        audit.record(session, "moves_reviewed", status=status.value, moves=sorted(before), before=before)
    return before


def restore_statuses(plan: Plan, statuses: dict[int, str]) -> None:
    with plan.begin() as session:
        for move in session.scalars(select(Move).where(Move.id.in_(list(statuses)))):
            move.status = statuses[move.id]
        audit.record(session, "moves_restored", statuses={str(k): v for k, v in statuses.items()})
