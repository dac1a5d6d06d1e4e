"""The plan at a glance: its figures (`cq2c info`), and one row per unit and per post for the views."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cq2c_desktop.services.balance import BalanceCell, balance_cells, summarise
from cq2c_desktop.services.settings import load_settings
from cq2c_desktop.store.db import OpenPlan
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
    max_out: int | None = None  # the unit's own sending cap (the policy's quota may be lower)

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
        UnitRow(
            u.id,
            u.name,
            u.kind,
            u.region,
            u.priority,
            posts=totals[u.id][0],
            staff=totals[u.id][1],
            shortage=totals[u.id][2],
            surplus=totals[u.id][3],
            max_out=u.max_out,
        )
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


def plan_info(plan: OpenPlan) -> dict[str, Any]:
    """Counts, posts, and the shortage and surplus by region and specialty, as plain values."""
    with plan.begin() as session:
        settings = load_settings(session)
        summary = summarise(session)
    return {
        "plan": settings.plan_name,
        "province": settings.province,
        "units": summary.units,
        "staff": summary.staff,
        "movable": summary.movable,
        "volunteers": summary.volunteers,
        "specialties": summary.specialties,
        "posts": summary.posts,
        "shortage": summary.shortage,
        "surplus": summary.surplus,
        "units_short": summary.units_short,
        "units_surplus": summary.units_surplus,
        "approved_moves": summary.approved_moves,  # the figures count these at their destination
        "secondments": summary.secondments,
        "shortage_by_region": summary.shortage_by_region,
        "surplus_by_region": summary.surplus_by_region,
        "shortage_by_specialty": summary.shortage_by_specialty,
        "surplus_by_specialty": summary.surplus_by_specialty,
        "policy": settings.to_items()["policy"],
    }
