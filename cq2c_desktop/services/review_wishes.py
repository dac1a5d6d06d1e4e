"""The wishes of a run as the review shows them: the volunteers whose wishes were not granted, with the
optimiser's binding reason for each (its code said in the officer's language), and the run's wish KPIs."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.domain.messages import Message, Text
from cq2c_desktop.store.models import Move, Run, Staff, Unit

# The optimiser's reason codes (solver/wishes.py), first wish first; INSTANCE.md 1.1 lists them.
WISH_REASONS: dict[str, Text] = {
    "not_movable": Text("wish_not_movable", "the person is exempt from moving"),
    "locked_elsewhere": Text("wish_locked_elsewhere", "the officer fixed a move elsewhere"),
    "own_unit": Text("wish_own_unit_reason", "it is the person's own unit"),
    "no_surplus": Text("wish_no_surplus", "the person's unit has no surplus in the specialty"),
    "forbidden": Text("wish_forbidden", "the officer ruled this move out"),
    "region": Text("wish_region", "that region does not receive people"),
    "no_deficit": Text("wish_no_deficit", "no matching post is short there"),
    "too_far": Text("wish_too_far", "farther than the distance limit"),
    "max_out": Text("wish_max_out", "the sending unit's quota was reached"),
    "surplus_used": Text("wish_surplus_used", "others of the unit's surplus were sent instead"),
    "posts_taken": Text("wish_posts_taken", "the posts there went to people ranked ahead"),
    "higher_level": Text("wish_higher_level", "the person fills a more important post elsewhere"),
    "not_chosen": Text("wish_not_chosen", "not chosen (the run was not proven optimal)"),
}
UNKNOWN_REASON = Text("wish_reason_other", "other reason: {code}")


def wish_reason(code: str) -> Message:
    text = WISH_REASONS.get(code)
    return text() if text is not None else UNKNOWN_REASON(code=code)


@dataclass(frozen=True)
class WishRow:
    """A volunteer none of whose wishes the run grants."""

    staff_id: str
    full_name: str
    unit_name: str
    wishes: str  # "1. Xã A; 2. Xã B"
    moved_to: str  # where the run sends the person instead, or ""
    reason: Message  # the binding reason of the first wish
    why: str  # the optimiser's full explanation (Vietnamese, INSTANCE.md)


def wishes_not_granted(session: Session, run_id: int) -> list[WishRow]:
    run = session.get(Run, run_id)
    items = list(run.wishes_not_granted or []) if run is not None else []
    if not items:
        return []
    names = dict(session.execute(select(Unit.id, Unit.name)).all())
    ids = [str(item.get("staff")) for item in items]
    people = dict(session.execute(select(Staff.id, Staff.full_name).where(Staff.id.in_(ids))).all())
    rows = []
    for item in items:
        staff = str(item.get("staff"))
        wishes = "; ".join(
            f"{w.get('rank')}. {names.get(w.get('unit'), w.get('unit'))}" for w in item.get("wishes") or []
        )
        rows.append(
            WishRow(
                staff_id=staff,
                full_name=people.get(staff, staff),
                unit_name=names.get(item.get("unit"), str(item.get("unit") or "")),
                wishes=wishes,
                moved_to=names.get(item.get("moved_to"), "") if item.get("moved_to") else "",
                reason=wish_reason(str(item.get("reason") or "")),
                why=str(item.get("why") or ""),
            )
        )
    return sorted(rows, key=lambda r: (r.unit_name, r.full_name))


@dataclass(frozen=True)
class WishFigures:
    wish_score: int  # 3, 2, 1 for a move granting wish 1, 2, 3
    wishes_granted: int
    kept: int  # moves that were in the last run's proposal too


def wish_figures(session: Session, run_id: int) -> WishFigures:
    """The run's wish KPIs over the moves still standing (a rejected move grants nothing)."""
    standing = (Move.run_id == run_id, Move.status != MoveStatus.REJECTED.value)
    granted = session.execute(
        select(Move.wish, func.count()).where(*standing, Move.wish.is_not(None)).group_by(Move.wish)
    )
    by_rank = {int(rank or 0): int(count) for rank, count in granted}
    kept = session.scalar(select(func.count()).select_from(Move).where(*standing, Move.kept.is_(True))) or 0
    return WishFigures(
        wish_score=sum((4 - rank) * count for rank, count in by_rank.items()),
        wishes_granted=sum(by_rank.values()),
        kept=int(kept),
    )
