"""What a run changed against the run before it: per person, a new move, a move gone, a changed
destination, or the same move kept; with the reason a move is gone where the plan gives one.

The review shows it as a column and a summary line ("so với lần chạy trước: +N mới, −M bỏ, K đổi nơi
đến"): after one rejection, a re-optimisation should change only what must change, and the officer
sees that it did.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.domain.messages import Message, Text
from cq2c_desktop.services.review import MoveRow, move_rows
from cq2c_desktop.store.models import Run, Staff

NEW, MOVED, KEPT = "new", "moved", "kept"

GONE_REJECTED = Text("gone_rejected", "rejected by the officer in the previous run")
GONE_NOT_IN_PLAN = Text("gone_not_in_plan", "no longer in the plan")
GONE_NOT_MOVABLE = Text("gone_not_movable", "no longer movable")
GONE_MOVED = Text("gone_moved_unit", "now works in another unit")
GONE_BETTER = Text("gone_better", "the optimiser found a better plan without this move")


@dataclass(frozen=True)
class GoneMove:
    move: MoveRow  # as it was in the previous run
    reason: Message


@dataclass(frozen=True)
class RunChanges:
    previous_run: int | None
    kinds: dict[int, str] = field(default_factory=dict)  # move id of this run → NEW | MOVED | KEPT
    before: dict[int, str] = field(default_factory=dict)  # move id → the previous destination (MOVED)
    gone: list[GoneMove] = field(default_factory=list)

    def count(self, kind: str) -> int:
        return Counter(self.kinds.values())[kind]


def _gone_reason(move: MoveRow, now: tuple[str, bool] | None) -> Message:
    if move.status == MoveStatus.REJECTED.value:
        return GONE_REJECTED()
    if now is None:
        return GONE_NOT_IN_PLAN()
    unit, movable = now
    if not movable:
        return GONE_NOT_MOVABLE()
    if unit != move.from_unit_id:
        return GONE_MOVED()
    return GONE_BETTER()


def run_changes(session: Session, run_id: int, moves: list[MoveRow] | None = None) -> RunChanges:
    """`run_id` against the run before it (`moves`: this run's rows, when already read)."""
    previous = session.scalar(select(func.max(Run.id)).where(Run.id < run_id))
    if previous is None:
        return RunChanges(None)
    current = moves if moves is not None else move_rows(session, run_id)
    before = {m.staff_id: m for m in move_rows(session, previous)}
    kinds: dict[int, str] = {}
    destinations: dict[int, str] = {}
    for move in current:
        old = before.get(move.staff_id)
        if old is None:
            kinds[move.id] = NEW
        elif (old.to_unit_id, old.specialty_id) != (move.to_unit_id, move.specialty_id):
            kinds[move.id], destinations[move.id] = MOVED, old.to_name
        else:
            kinds[move.id] = KEPT
    moved_now = {m.staff_id for m in current}
    gone_rows = [m for m in before.values() if m.staff_id not in moved_now]
    people = {
        sid: (unit, movable)
        for sid, unit, movable in session.execute(
            select(Staff.id, Staff.unit_id, Staff.movable).where(Staff.id.in_([m.staff_id for m in gone_rows]))
        )
    }
    gone = [GoneMove(m, _gone_reason(m, people.get(m.staff_id))) for m in gone_rows]
    return RunChanges(previous, kinds, destinations, sorted(gone, key=lambda g: g.move.full_name))
