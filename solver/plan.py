"""A plan: the moves of one solution, before they are explained and reported."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from solver.model import Instance


@dataclass(frozen=True, slots=True)
class Move:
    staff: str
    from_unit: str
    to_unit: str
    post_specialty: str  # the specialty of the post filled (INSTANCE.md: `specialty` of a move)
    staff_specialty: str  # the person's own specialty; differs when a related one fills the post
    home_unit: str
    km: float
    match: float
    volunteer: bool
    locked: bool
    wish: int | None = None  # the rank (1-3) of the person's wish this move grants
    kept: bool = False  # the move is in `previous`


@dataclass(frozen=True, slots=True)
class Plan:
    moves: tuple[Move, ...]
    optimal: bool  # every level of the objective proven optimal
    proven_levels: int  # the leading levels of the objective proven optimal (0 for greedy)


def with_wishes_and_kept(instance: Instance, moves: Iterable[Move]) -> list[Move]:
    """The moves with `wish` and `kept` read off the instance (levels 4 and 5 of the objective)."""
    wishers = {s.id: s for s in instance.staff if s.wishes}
    previous = {(p.staff, p.unit) for p in instance.previous}
    out = []
    for m in moves:
        person = wishers.get(m.staff)
        wish = person.wish_rank(m.to_unit) if person is not None else None
        kept = (m.staff, m.to_unit) in previous
        out.append(replace(m, wish=wish, kept=kept) if wish is not None or kept else m)
    return out
