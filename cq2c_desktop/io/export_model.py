"""The approved moves as the documents see them: plain rows, no database, ready to render.

The services build these from the plan; the renderers (Excel list, PDF and Word decisions) only
read them, so every output says the same thing about the same person.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from cq2c_desktop.domain.enums import REGION_LABELS_VI, Region
from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.domain.text import person_sort_key, sort_key
from cq2c_desktop.io.support_cost import CostSummary, Entitlement, summarise_costs

GroupBy = Literal["destination", "source"]
# The order a reader expects: the neediest destinations first.
REGION_ORDER: tuple[str, ...] = tuple(
    r.value for r in (Region.HIGHLAND, Region.MOUNTAIN, Region.LOWLAND, Region.COASTAL, Region.URBAN)
)


@dataclass(frozen=True)
class TransferRow:
    move_id: int
    staff_id: str
    full_name: str
    birth_date: dt.date | None
    gender: str
    position: str
    rank: str
    specialty: str
    from_unit: str
    from_region: str
    to_unit: str
    to_region: str
    to_office: str
    km: float
    entitlement: Entitlement
    entitlement_text: str
    note: str = ""
    cccd: str | None = None
    post_specialty: str = ""  # the specialty of the post filled, when it differs from the person's
    # A secondment (biệt phái) has a term and dates; a transfer (điều động) has none.
    kind: str = "transfer"
    term_months: int | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None

    @property
    def is_secondment(self) -> bool:
        return self.kind == "secondment"

    birth_masked: bool = False  # personal data not asked for: only the year of birth is written

    @property
    def masked_birth(self) -> str:
        """ "**/**/1990": what an export shows of a birth date when personal data was not asked for."""
        return f"**/**/{self.birth_date.year:04d}" if self.birth_date else ""


@dataclass(frozen=True)
class Shortage:
    """Posts of one specialty still unfilled in one region after the approved moves."""

    region: str
    specialty: str
    posts: int


@dataclass(frozen=True)
class TransferList:
    settings: PlanSettings
    rows: list[TransferRow]
    shortages: list[Shortage] = field(default_factory=list)
    run_label: str = ""
    issued: dt.date = field(default_factory=dt.date.today)

    @property
    def costs(self) -> CostSummary:
        return summarise_costs([r.entitlement for r in self.rows])

    @property
    def total_km(self) -> float:
        return sum(r.km for r in self.rows)

    @property
    def mean_km(self) -> float:
        return self.total_km / len(self.rows) if self.rows else 0.0


@dataclass(frozen=True)
class Group:
    unit: str
    region: str
    rows: list[TransferRow]


def region_label(region: str) -> str:
    try:
        return REGION_LABELS_VI[Region(region)]
    except ValueError:
        return region


def region_rank(region: str) -> int:
    return REGION_ORDER.index(region) if region in REGION_ORDER else len(REGION_ORDER)


def gender_label(gender: str) -> str:
    return {"nam": "Nam", "nu": "Nữ"}.get(gender, gender)


def honorific(gender: str) -> str:
    """How a decision names the person: "ông" or "bà"."""
    return "bà" if gender == "nu" else "ông"


def date_text(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def position_text(row: TransferRow) -> str:
    rank = f"ngạch {row.rank}" if row.rank else ""
    return "; ".join(part for part in (row.position, rank) if part)


def group_rows(rows: Iterable[TransferRow], by: GroupBy) -> list[Group]:
    """Rows grouped by destination (or source) unit: neediest region first, then Vietnamese order."""
    buckets: dict[tuple[str, str], list[TransferRow]] = {}
    for row in rows:
        key = (row.to_unit, row.to_region) if by == "destination" else (row.from_unit, row.from_region)
        buckets.setdefault(key, []).append(row)
    groups = [
        Group(unit, region, sorted(items, key=lambda r: person_sort_key(r.full_name)))
        for (unit, region), items in buckets.items()
    ]
    return sorted(groups, key=lambda g: (region_rank(g.region), sort_key(g.unit)))


def moves_by_specialty_and_region(rows: Iterable[TransferRow]) -> Counter[tuple[str, str]]:
    return Counter((r.specialty, r.to_region) for r in rows)


def roman(number: int) -> str:
    """Group numbering of Vietnamese official tables: I, II, III …"""
    numerals = (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    )
    out = []
    for value, letters in numerals:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)
