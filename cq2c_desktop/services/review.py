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
from sqlalchemy.orm.exc import StaleDataError

from cq2c_desktop.domain.enums import MoveStatus, status_term
from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.services import audit
from cq2c_desktop.services.conflicts import ConflictError
from cq2c_desktop.services.decisions import explain_race, refuse_replaced_runs, stale_moves
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Move, Run, Specialty, Staff, UnfilledPost, Unit

# What the officer may set by hand; APPROVED is set only by the approval use case.
REVIEW_STATUSES = frozenset({MoveStatus.PROPOSED, MoveStatus.ACCEPTED, MoveStatus.REJECTED, MoveStatus.LOCKED})


NO_RUN_YET = Text("no_run_yet", "The plan has no optimisation run yet.")
NO_SUCH_RUN = Text("run_unknown", "No run #{run}.")
STATUS_NOT_ALLOWED = Text("status_not_allowed", "Status not allowed here: {status}")
MOVE_GONE = Text("move_gone", "A proposal no longer exists.")
APPROVED_IS_FINAL = Text("approved_is_final", "An approved move cannot be changed.")


class ReviewError(ServiceError):
    """A review action the rules refuse."""


@dataclass(frozen=True)
class RunRow:
    id: int
    created_at: dt.datetime
    label: str
    method: str
    status: str
    moves: int
    kpis: dict[str, Any]
    round: int = 1  # the round the run belongs to (services/rounds.py)
    approved: int = 0  # its approved moves: the round's decisions, when it is the round's latest run


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
    version: int = 1  # pass back as expected_versions so a change made meanwhile is not overwritten
    wish: int | None = None  # the rank of the person's wish this move grants (1-3)
    kept: bool = False  # the move was in the last run's proposal too
    kind: str = "transfer"  # or "secondment" (domain.enums.MoveKind)
    end_date: dt.date | None = None  # a secondment's last day, once its dates are set


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
    approved = dict(
        session.execute(
            select(Move.run_id, func.count()).where(Move.status == MoveStatus.APPROVED.value).group_by(Move.run_id)
        ).all()
    )
    return [
        RunRow(
            run.id,
            run.created_at,
            run.label,
            run.method,
            run.status,
            counts.get(run.id, 0),
            dict(run.kpis),
            run.round or 1,
            approved.get(run.id, 0),
        )
        for run in session.scalars(select(Run).order_by(Run.id))
    ]


def move_rows(session: Session, run_id: int) -> list[MoveRow]:
    """The run's proposals as plain columns: the proposals table reloads them after every decision,
    and ORM objects cost three times as much to read."""
    src, dst = aliased(Unit), aliased(Unit)
    query = (
        select(
            Move.id,
            Move.staff_id,
            Staff.full_name,
            Move.from_unit_id,
            src.name,
            Move.to_unit_id,
            dst.name,
            dst.region,
            Move.specialty_id,
            Specialty.name,
            Move.km,
            Move.match,
            Move.volunteer,
            Move.status,
            Move.why,
            Move.version,
            Move.wish,
            Move.kept,
            Move.kind,
            Move.end_date,
        )
        .join(Staff, Move.staff_id == Staff.id)
        .join(src, Move.from_unit_id == src.id)
        .join(dst, Move.to_unit_id == dst.id)
        .join(Specialty, Move.specialty_id == Specialty.id)
        .where(Move.run_id == run_id)
        .order_by(dst.name, Specialty.name, Staff.full_name)
    )
    return [MoveRow(*tuple(row)) for row in session.execute(query)]


def unfilled_rows(session: Session, run_id: int) -> list[UnfilledRow]:
    query = (
        select(
            UnfilledPost.unit_id,
            Unit.name,
            UnfilledPost.specialty_id,
            Specialty.name,
            UnfilledPost.count,
            UnfilledPost.why,
        )
        .join(Unit, UnfilledPost.unit_id == Unit.id)
        .join(Specialty, UnfilledPost.specialty_id == Specialty.id)
        .where(UnfilledPost.run_id == run_id)
        .order_by(Unit.name, Specialty.name)
    )
    return [UnfilledRow(*row) for row in session.execute(query)]


class MoveConflictError(ReviewError, ConflictError):
    """Another officer changed one of these moves since it was read; nothing was written."""


@dataclass(frozen=True)
class StatusChange:
    before: dict[int, str]  # the statuses the moves had (for undo)
    versions: dict[int, int]  # their versions after the change: pass to restore_statuses to undo safely


def check_decision(session: Session, moves: list[Move], expected: dict[int, int] | None) -> None:
    """Refuse a decision on moves changed since the officer read them (naming who), or on a replaced run."""
    stale = stale_moves(session, moves, expected)
    if stale is not None:
        raise MoveConflictError(stale)
    refuse_replaced_runs(session, {m.run_id for m in moves}, MoveConflictError)


def change_status(
    plan: OpenPlan, move_ids: list[int], status: MoveStatus, expected_versions: dict[int, int] | None = None
) -> StatusChange:
    """Set the officer's decision on moves; refused with MoveConflictError if any changed since read."""
    if status not in REVIEW_STATUSES:
        raise ReviewError(STATUS_NOT_ALLOWED(status=status_term(status.value)))
    try:
        with plan.begin() as session:
            moves = list(session.scalars(select(Move).where(Move.id.in_(move_ids))))
            if len(moves) != len(set(move_ids)):
                raise ReviewError(MOVE_GONE())
            check_decision(session, moves, expected_versions)
            approved = [m.id for m in moves if m.status == MoveStatus.APPROVED.value]
            if approved:
                raise ReviewError(APPROVED_IS_FINAL())
            before = {m.id: m.status for m in moves}
            now = dt.datetime.now(dt.UTC)
            for move in moves:
                move.status = status.value
                move.decided_by = audit.current_user()
                move.decided_at = now
            audit.record(session, "moves_reviewed", status=status.value, moves=sorted(before), before=before)
            session.flush()  # the versioned UPDATE: a change that raced ours shows up here
            return StatusChange(before, {m.id: m.version for m in moves})
    except StaleDataError as exc:
        raise MoveConflictError(explain_race(plan, move_ids, expected_versions, exc)) from exc


def set_status(
    plan: OpenPlan, move_ids: list[int], status: MoveStatus, expected_versions: dict[int, int] | None = None
) -> dict[int, str]:
    """Set the officer's decision on moves; returns the statuses they had (for undo).

    `expected_versions` (move id → the `version` of the MoveRow the officer saw): if another
    officer changed one of them since, MoveConflictError is raised and nothing is written.
    """
    return change_status(plan, move_ids, status, expected_versions).before


def restore_statuses(plan: OpenPlan, statuses: dict[int, str], expected_versions: dict[int, int] | None = None) -> None:
    """Put statuses back (undo); with `expected_versions` (StatusChange.versions) a move changed since is kept."""
    try:
        with plan.begin() as session:
            moves = list(session.scalars(select(Move).where(Move.id.in_(list(statuses)))))
            check_decision(session, moves, expected_versions)
            for move in moves:
                move.status = statuses[move.id]
            audit.record(session, "moves_restored", statuses={str(k): v for k, v in statuses.items()})
    except StaleDataError as exc:
        raise MoveConflictError(explain_race(plan, statuses, expected_versions, exc)) from exc
