"""Read models for the views: one row per unit with its staffing balance."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cq2c_desktop.services.balance import BalanceCell, balance_cells
from cq2c_desktop.store.models import Specialty, Unit


@dataclass(frozen=True)
class UnitRow:
    id: str
    name: str
    kind: str
    region: str
    priority: int
    posts: int
    staff: int
    shortage: int
    surplus: int

    @property
    def balance(self) -> int:
        return self.staff - self.posts


def unit_rows(session: Session, cells: Sequence[BalanceCell] | None = None) -> list[UnitRow]:
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for cell in balance_cells(session) if cells is None else cells:
        t = totals[cell.unit_id]
        t[0] += cell.posts
        t[1] += cell.current
        t[2] += cell.deficit
        t[3] += cell.surplus
    return [
        UnitRow(u.id, u.name, u.kind, u.region, u.priority, *totals[u.id])
        for u in session.scalars(select(Unit).order_by(Unit.id))
    ]


@dataclass(frozen=True)
class QuotaRow:
    unit_id: str
    unit_name: str
    region: str
    specialty_id: str
    specialty_name: str
    posts: int
    current: int
    movable: int
    deficit: int
    surplus: int


def quota_rows(session: Session, cells: Sequence[BalanceCell] | None = None) -> list[QuotaRow]:
    """Posts against headcount for every (unit, specialty) pair with either."""
    units = {u.id: (u.name, u.region) for u in session.scalars(select(Unit))}
    specialties = dict(session.execute(select(Specialty.id, Specialty.name)).all())
    return [
        QuotaRow(
            c.unit_id,
            units[c.unit_id][0],
            units[c.unit_id][1],
            c.specialty_id,
            specialties.get(c.specialty_id, c.specialty_id),
            c.posts,
            c.current,
            c.movable,
            c.deficit,
            c.surplus,
        )
        for c in (balance_cells(session) if cells is None else cells)
    ]
