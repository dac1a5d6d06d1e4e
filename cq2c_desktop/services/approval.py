"""Approving moves: the officer's decision that a proposed transfer goes into the signed documents.

Every approval (and every withdrawal) is written to the audit trail with the operating-system user,
the moves and the status each had before, so the record shows who approved what and when.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.services import audit
from cq2c_desktop.services.decisions import explain_race
from cq2c_desktop.services.review import NO_RUN_YET, MoveConflictError, check_decision
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Move, Run

APPROVED = MoveStatus.APPROVED.value
ALREADY_APPROVED_FOR_PERSON = Text(
    "person_already_approved", "Staff {staff} already has approved move #{move} in run #{run}."
)
NAME_THE_MOVES = Text("approve_which", "Name the moves to approve, or approve all of them.")


@dataclass(frozen=True)
class ApprovalResult:
    run_id: int | None
    approved: list[int] = field(default_factory=list)  # newly approved
    unchanged: list[int] = field(default_factory=list)  # already approved
    skipped: list[int] = field(default_factory=list)  # rejected by the officer: `--all` leaves them
    missing: list[int] = field(default_factory=list)  # no such move
    versions: dict[int, int] = field(default_factory=dict)  # every named move's version afterwards


def _targets(session: Session, move_ids: Sequence[int] | None, run_id: int | None) -> tuple[int | None, list[Move]]:
    if move_ids is not None:
        moves = list(session.scalars(select(Move).where(Move.id.in_(list(move_ids))).order_by(Move.id)))
        runs = {m.run_id for m in moves}
        return (runs.pop() if len(runs) == 1 else None), moves
    chosen = run_id if run_id is not None else session.scalar(select(func.max(Run.id)))
    if chosen is None:
        raise ServiceError(NO_RUN_YET())
    return chosen, list(session.scalars(select(Move).where(Move.run_id == chosen).order_by(Move.id)))


def _check_one_move_per_person(session: Session, moves: list[Move]) -> None:
    """A person can be sent to one place per run: refuse a second approval for the same person."""
    for move in moves:
        other = session.scalar(
            select(Move.id).where(
                Move.run_id == move.run_id, Move.staff_id == move.staff_id, Move.id != move.id, Move.status == APPROVED
            )
        )
        if other is not None:
            raise ServiceError(ALREADY_APPROVED_FOR_PERSON(staff=move.staff_id, move=other, run=move.run_id))


def _apply(
    session: Session, move_ids: Sequence[int] | None, run_id: int | None, expected: dict[int, int] | None
) -> ApprovalResult:
    chosen, moves = _targets(session, move_ids, run_id)
    explicit = move_ids is not None
    found = {m.id for m in moves}
    check_decision(session, moves, expected)
    todo = [m for m in moves if m.status != APPROVED and (explicit or m.status != MoveStatus.REJECTED.value)]
    _check_one_move_per_person(session, todo)
    previous = {str(m.id): m.status for m in todo}
    user, now = audit.current_user(), dt.datetime.now(dt.UTC)
    for move in todo:
        move.status, move.decided_by, move.decided_at = APPROVED, user, now
    if todo:
        session.flush()  # the versioned UPDATE: an approval that raced another decision shows up here
        audit.record(
            session,
            "moves_approved",
            run_id=chosen,
            moves=[m.id for m in todo],
            previous=previous,
            selection="ids" if explicit else "all",
        )
    return ApprovalResult(
        run_id=chosen,
        approved=[m.id for m in todo],
        unchanged=[m.id for m in moves if m.status == APPROVED and m not in todo],
        skipped=[m.id for m in moves if m.status == MoveStatus.REJECTED.value],
        missing=sorted(set(move_ids or []) - found),
        versions={m.id: m.version for m in moves},
    )


def approve_moves(
    plan: OpenPlan,
    *,
    move_ids: Sequence[int] | None = None,
    all_moves: bool = False,
    run_id: int | None = None,
    expected_versions: dict[int, int] | None = None,
) -> ApprovalResult:
    """Approve the named moves, or (`all_moves`) every move of the run the officer has not rejected.

    The run is `run_id`, or the latest. A rejected move is approved only when named explicitly.
    `expected_versions` (move id → the version the officer saw): a move changed since is refused,
    naming who changed it; so is a move of a run a newer run has replaced.
    """
    if (move_ids is None) == (not all_moves):
        raise ServiceError(NAME_THE_MOVES())
    try:
        with plan.begin() as session:
            return _apply(session, move_ids, run_id, expected_versions)
    except StaleDataError as exc:  # another officer changed one of these moves meanwhile
        raise MoveConflictError(explain_race(plan, move_ids or [], expected_versions, exc)) from exc


GIVE_A_REASON = Text("withdraw_reason", "Say why the approval is withdrawn: the reason goes into the audit log.")


def withdraw_approval(
    plan: OpenPlan,
    move_ids: Sequence[int],
    reason: str | None = None,
    expected_versions: dict[int, int] | None = None,
) -> list[int]:
    """Put approved moves back to "accepted" (kept, but out of the signed documents), with the reason
    in the audit log; `reason=None` is for undoing an approval just made in the window. The approver
    stays on record in the audit log; `expected_versions` as for `approve_moves`."""
    if reason is not None and not reason.strip():
        raise ServiceError(GIVE_A_REASON())
    try:
        with plan.begin() as session:
            named = list(session.scalars(select(Move).where(Move.id.in_(list(move_ids)))))
            check_decision(session, named, expected_versions)
            moves = [m for m in named if m.status == APPROVED]
            approvers = {str(m.id): m.decided_by for m in moves}
            user, now = audit.current_user(), dt.datetime.now(dt.UTC)
            for move in moves:
                move.status, move.decided_by, move.decided_at = MoveStatus.ACCEPTED.value, user, now
            session.flush()
            if moves:
                audit.record(
                    session,
                    "approval_withdrawn",
                    moves=[m.id for m in moves],
                    reason=(reason or "").strip(),
                    approved_by=approvers,
                )
            return [m.id for m in moves]
    except StaleDataError as exc:
        raise MoveConflictError(explain_race(plan, move_ids, expected_versions, exc)) from exc
