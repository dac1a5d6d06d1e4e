"""What a change by hand would do, said before it is made: whose proposal it drops, which post it leaves
unfilled, and whether an approved move stands in the way (an approval is withdrawn first, with a reason)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Move, Specialty, Staff, Unit


@dataclass(frozen=True)
class Dropped:
    move_id: int
    full_name: str
    to_name: str  # where the dropped proposal sent the person
    specialty_name: str
    status: str


@dataclass(frozen=True)
class Effects:
    replaced: Dropped | None  # the proposal on this post the chosen person takes over: that person stays
    other_proposal: Dropped | None  # the chosen person's own proposal elsewhere: that post is left unfilled

    @property
    def approved(self) -> list[Dropped]:
        """Approved moves the change would drop: refused until their approval is withdrawn."""
        return [d for d in (self.replaced, self.other_proposal) if d is not None and d.status == APPROVED]


APPROVED = MoveStatus.APPROVED.value


def _dropped(session: Session, where: object) -> Dropped | None:
    dst = aliased(Unit)
    row = session.execute(
        select(Move.id, Staff.full_name, dst.name, Specialty.name, Move.status)
        .join(Staff, Staff.id == Move.staff_id)
        .join(dst, dst.id == Move.to_unit_id)
        .join(Specialty, Specialty.id == Move.specialty_id)
        .where(where, Move.status != MoveStatus.REJECTED.value)  # type: ignore[arg-type]
        .limit(1)
    ).first()
    return Dropped(*row) if row is not None else None


def reassign_effects(session: Session, run_id: int, staff_id: str, replace_move_id: int | None) -> Effects:
    """What putting `staff_id` on a post of run `run_id` (in place of `replace_move_id`) would drop."""
    replaced = _dropped(session, Move.id == replace_move_id) if replace_move_id is not None else None
    other = _dropped(
        session,
        (Move.run_id == run_id) & (Move.staff_id == staff_id) & (Move.id != (replace_move_id or -1)),
    )
    return Effects(replaced, other)


def effects(plan: OpenPlan, run_id: int, staff_id: str, replace_move_id: int | None) -> Effects:
    with plan.begin() as session:
        return reassign_effects(session, run_id, staff_id, replace_move_id)
