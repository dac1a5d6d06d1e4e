"""The staffing balance: posts against headcount per unit and specialty, and its summaries.

Approved decisions are facts: a person whose move is approved counts where the move puts them (the
destination, in the specialty of the post filled) and no longer at the source, exactly as the optimiser
sees them (services/instance.py `approved_placements`). A secondee (biệt phái) counts where they work,
although the source unit still pays them; the summary says how many of each the figures include.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from cq2c_desktop.services.instance import Placement, approved_placements
from cq2c_desktop.store.models import Quota, Specialty, Staff, Unit


@dataclass(frozen=True)
class BalanceCell:
    unit_id: str
    specialty_id: str
    posts: int
    current: int
    movable: int

    @property
    def deficit(self) -> int:
        return max(0, self.posts - self.current)

    @property
    def surplus(self) -> int:
        return max(0, self.current - self.posts)


def balance_cells(session: Session, placements: Mapping[str, Placement] | None = None) -> list[BalanceCell]:
    """Every (unit, specialty) pair with posts or staff, as INSTANCE.md counts them, by unit then
    specialty: with the approved moves made (`placements` if the caller has read them already)."""
    posts = {(u, k): n for u, k, n in session.execute(select(Quota.unit_id, Quota.specialty_id, Quota.posts))}
    counts = session.execute(
        select(Staff.unit_id, Staff.specialty_id, func.count(), func.sum(case((Staff.movable, 1), else_=0))).group_by(
            Staff.unit_id, Staff.specialty_id
        )
    ).all()
    current = {(u, k): [int(n), int(m or 0)] for u, k, n, m in counts}
    placements = approved_placements(session) if placements is None else placements
    for p in placements.values():
        source = current.setdefault((p.from_unit, p.from_specialty), [0, 0])
        source[0] -= 1
        source[1] -= p.movable  # once approved, nobody proposes the person again
        current.setdefault((p.unit, p.specialty), [0, 0])[0] += 1
    if placements:  # a pair everybody left and that has no post is no longer a pair of the balance
        current = {pair: n for pair, n in current.items() if n[0] or pair in posts}
    by_unit: dict[str, set[str]] = defaultdict(set)
    for unit, specialty in (*posts, *current):
        by_unit[unit].add(specialty)
    # Sorted unit by unit: one sort of a national plan's 40,000 pairs is a single C call that holds
    # Python's lock for 50-100 ms, and the window waits for that lock (this runs on a worker).
    cells = []
    for unit in sorted(by_unit):
        for specialty in sorted(by_unit[unit]):
            count, movable = current.get((unit, specialty), (0, 0))
            cells.append(BalanceCell(unit, specialty, posts.get((unit, specialty), 0), count, movable))
    return cells


@dataclass(frozen=True)
class BalanceSummary:
    units: int
    staff: int
    movable: int
    volunteers: int
    posts: int
    specialties: int
    shortage_by_region: dict[str, int]
    surplus_by_region: dict[str, int]
    shortage_by_specialty: dict[str, int]
    surplus_by_specialty: dict[str, int]
    units_short: int
    units_surplus: int
    approved_moves: int = 0  # approved moves the figures include (counted at their destination)
    secondments: int = 0  # of which secondments (biệt phái): counted where they work

    @property
    def shortage(self) -> int:
        return sum(self.shortage_by_region.values())

    @property
    def surplus(self) -> int:
        return sum(self.surplus_by_region.values())


def summarise(
    session: Session,
    cells: Sequence[BalanceCell] | None = None,
    placements: Mapping[str, Placement] | None = None,
) -> BalanceSummary:
    """The plan's totals, approved moves made; `cells` and `placements` if the caller has read them
    already (see `balance_cells`)."""
    if placements is None:
        placements = approved_placements(session)
    regions = dict(session.execute(select(Unit.id, Unit.region)).all())
    short_r: dict[str, int] = defaultdict(int)
    surplus_r: dict[str, int] = defaultdict(int)
    short_k: dict[str, int] = defaultdict(int)
    surplus_k: dict[str, int] = defaultdict(int)
    units_short: set[str] = set()
    units_surplus: set[str] = set()
    for cell in balance_cells(session, placements) if cells is None else cells:
        region = regions.get(cell.unit_id, "?")
        if cell.deficit:
            short_r[region] += cell.deficit
            short_k[cell.specialty_id] += cell.deficit
            units_short.add(cell.unit_id)
        if cell.surplus:
            surplus_r[region] += cell.surplus
            surplus_k[cell.specialty_id] += cell.surplus
            units_surplus.add(cell.unit_id)
    return BalanceSummary(
        units=len(regions),
        staff=session.scalar(select(func.count()).select_from(Staff)) or 0,
        movable=(session.scalar(select(func.count()).select_from(Staff).where(Staff.movable)) or 0)
        - sum(p.movable for p in placements.values()),
        volunteers=session.scalar(select(func.count()).select_from(Staff).where(Staff.volunteer)) or 0,
        posts=session.scalar(select(func.coalesce(func.sum(Quota.posts), 0))) or 0,
        specialties=session.scalar(select(func.count()).select_from(Specialty)) or 0,
        shortage_by_region=dict(short_r),
        surplus_by_region=dict(surplus_r),
        shortage_by_specialty=dict(short_k),
        surplus_by_specialty=dict(surplus_k),
        units_short=len(units_short),
        units_surplus=len(units_surplus),
        approved_moves=len(placements),
        secondments=sum(p.secondment for p in placements.values()),
    )
