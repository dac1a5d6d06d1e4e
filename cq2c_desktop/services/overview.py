"""Read models for the views: one row per unit with its staffing balance."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cq2c_desktop.services.balance import balance_cells
from cq2c_desktop.store.models import Unit


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


def unit_rows(session: Session) -> list[UnitRow]:
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for cell in balance_cells(session):
        t = totals[cell.unit_id]
        t[0] += cell.posts
        t[1] += cell.current
        t[2] += cell.deficit
        t[3] += cell.surplus
    return [
        UnitRow(u.id, u.name, u.kind, u.region, u.priority, *totals[u.id])
        for u in session.scalars(select(Unit).order_by(Unit.id))
    ]
