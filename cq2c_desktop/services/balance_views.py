"""Read models for the balance and map views: the unit × specialty grid, its breakdowns, the map shapes.

Pure functions over a Session (or over a grid already read); they return frozen dataclasses and know
nothing of Qt. The numbers are the ones `balance_cells` counts, so every view agrees with the CLI.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cq2c_desktop.domain.enums import Region
from cq2c_desktop.domain.text import sort_key
from cq2c_desktop.io.geojson import Projection as Projection  # re-exported: the map view draws with it
from cq2c_desktop.io.geojson import UnitShape as UnitShape
from cq2c_desktop.io.geojson import read_unit_shapes
from cq2c_desktop.paths import resource_path
from cq2c_desktop.services.balance import BalanceCell, balance_cells
from cq2c_desktop.services.instance import Placement, approved_placements
from cq2c_desktop.store.models import Specialty, Unit

# From the hills to the towns: the order officers read the province in, and the order of priority.
REGION_ORDER: tuple[str, ...] = tuple(
    r.value for r in (Region.HIGHLAND, Region.MOUNTAIN, Region.LOWLAND, Region.COASTAL, Region.URBAN)
)

BUNDLED_SHAPES = "data/thanh_hoa_units.geojson"


@dataclass(frozen=True)
class SpecialtyColumn:
    id: str
    name: str
    name_en: str


@dataclass(frozen=True)
class GridCell:
    posts: int = 0
    current: int = 0
    movable: int = 0

    @property
    def balance(self) -> int:
        """Staff minus posts: negative is a shortage, positive a surplus."""
        return self.current - self.posts

    @property
    def deficit(self) -> int:
        return max(0, -self.balance)

    @property
    def surplus(self) -> int:
        return max(0, self.balance)


@dataclass(frozen=True)
class GridRow:
    """One unit's row of the grid. The per-specialty shortages and surpluses and their totals are
    worked out once, when the row is made (on a worker thread): views sort and chart by them."""

    unit_id: str
    name: str
    region: str
    cells: tuple[GridCell, ...]  # one per `BalanceGrid.specialties`, same order
    deficits: tuple[int, ...] = field(init=False, repr=False, compare=False)
    surpluses: tuple[int, ...] = field(init=False, repr=False, compare=False)
    shortage: int = field(init=False, repr=False, compare=False)
    surplus: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        balances = [c.current - c.posts for c in self.cells]
        deficits = tuple(-b if b < 0 else 0 for b in balances)
        surpluses = tuple(b if b > 0 else 0 for b in balances)
        for name, value in (
            ("deficits", deficits),
            ("surpluses", surpluses),
            ("shortage", sum(deficits)),
            ("surplus", sum(surpluses)),
        ):
            object.__setattr__(self, name, value)  # a frozen dataclass sets its derived fields this way


@dataclass(frozen=True)
class BalanceGrid:
    specialties: tuple[SpecialtyColumn, ...]
    rows: tuple[GridRow, ...]  # in Vietnamese order of unit name
    approved_moves: int = 0  # approved moves the figures include, counted at their destination
    secondments: int = 0  # of which secondments (biệt phái), counted where the person works

    @property
    def regions(self) -> tuple[str, ...]:
        present = {row.region for row in self.rows}
        return tuple(r for r in REGION_ORDER if r in present) + tuple(sorted(present - set(REGION_ORDER)))

    def extremes(self) -> tuple[int, int]:
        """The largest shortage and the largest surplus of any one cell (0 when there is none)."""
        return (
            max((max(r.deficits, default=0) for r in self.rows), default=0),
            max((max(r.surpluses, default=0) for r in self.rows), default=0),
        )


@dataclass(frozen=True)
class Tally:
    key: str  # a region value or a specialty id
    shortage: int
    surplus: int


@dataclass(frozen=True)
class Breakdown:
    by_region: tuple[Tally, ...]
    by_specialty: tuple[Tally, ...]

    @property
    def shortage(self) -> int:
        return sum(t.shortage for t in self.by_region)

    @property
    def surplus(self) -> int:
        return sum(t.surplus for t in self.by_region)


def balance_grid(
    session: Session,
    cells: Sequence[BalanceCell] | None = None,
    placements: Mapping[str, Placement] | None = None,
) -> BalanceGrid:
    """Every unit of the plan against every specialty of the plan, approved moves made (as
    `balance_cells` counts them); empty pairs count as zero."""
    if placements is None:
        placements = approved_placements(session)
    specialties = tuple(
        SpecialtyColumn(s.id, s.name, s.name_en or s.name)
        for s in session.scalars(select(Specialty).order_by(Specialty.sort_order, Specialty.id))
    )
    column = {s.id: i for i, s in enumerate(specialties)}
    by_unit: dict[str, list[GridCell]] = defaultdict(lambda: [GridCell()] * len(specialties))
    for cell in balance_cells(session, placements) if cells is None else cells:
        if cell.specialty_id in column:  # a foreign key guarantees it; be safe with old plans anyway
            by_unit[cell.unit_id][column[cell.specialty_id]] = GridCell(cell.posts, cell.current, cell.movable)
    units = session.execute(select(Unit.id, Unit.name, Unit.region)).all()
    rows = [GridRow(uid, name, region, tuple(by_unit[uid])) for uid, name, region in units]
    rows.sort(key=lambda r: (sort_key(r.name), r.unit_id))
    seconded = sum(p.secondment for p in placements.values())
    return BalanceGrid(specialties, tuple(rows), len(placements), seconded)


def breakdown(grid: BalanceGrid, region: str | None = None) -> Breakdown:
    """Shortage and surplus per region (always every region) and per specialty (of `region` if given)."""
    by_region = [
        _tally(region_value, (r for r in grid.rows if r.region == region_value)) for region_value in grid.regions
    ]
    rows = [r for r in grid.rows if region is None or r.region == region]
    deficits = [sum(column) for column in zip(*(r.deficits for r in rows), strict=True)] if rows else []
    surpluses = [sum(column) for column in zip(*(r.surpluses for r in rows), strict=True)] if rows else []
    by_specialty = [
        Tally(spec.id, deficits[i] if deficits else 0, surpluses[i] if surpluses else 0)
        for i, spec in enumerate(grid.specialties)
    ]
    return Breakdown(tuple(by_region), tuple(by_specialty))


def _tally(key: str, rows: Iterable[GridRow]) -> Tally:
    shortage = surplus = 0
    for row in rows:
        shortage += row.shortage
        surplus += row.surplus
    return Tally(key, shortage, surplus)


@functools.cache
def _bundled_shapes(path: Path) -> dict[str, UnitShape]:
    return read_unit_shapes(path)


def unit_shapes(path: Path | None = None) -> dict[str, UnitShape]:
    """Unit boundaries by unit code; the bundled Thanh Hóa map unless `path` names another file.

    Read once per file: the shapes never change while the program runs."""
    return dict(_bundled_shapes(path or resource_path(BUNDLED_SHAPES)))
