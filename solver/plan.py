"""A plan: the moves of one solution, before they are explained and reported."""

from __future__ import annotations

from dataclasses import dataclass


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


@dataclass(frozen=True, slots=True)
class Plan:
    moves: tuple[Move, ...]
    optimal: bool  # every level of the objective proven optimal
    proven_levels: int  # the leading levels of the objective proven optimal (0 for greedy)
