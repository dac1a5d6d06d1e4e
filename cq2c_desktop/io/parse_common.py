"""The reference data a parse checks against, and what a parse hands back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from cq2c_desktop.io.fields import Kind
from cq2c_desktop.io.headers import HeaderInfo
from cq2c_desktop.io.problems import ProblemLog
from cq2c_desktop.io.resolve import SpecialtyResolver, UnitResolver


@dataclass
class PlanRefs:
    """The plan's units and specialties, as plain data (the io layer never opens the plan)."""

    units: UnitResolver
    specialties: SpecialtyResolver
    today: dt.date = field(default_factory=dt.date.today)


class Layout:
    TABLE = "table"  # one record per row
    WIDE = "wide"  # quotas: one column per specialty
    MATRIX = "matrix"  # distances: one column per unit


@dataclass
class TableState:
    """What a parse collects besides records: the units and specialties the file speaks for."""

    kind: Kind
    header: HeaderInfo
    log: ProblemLog
    layout: str = Layout.TABLE
    covered_units: set[str] = field(default_factory=set)
    covered_specialties: set[str] = field(default_factory=set)
    derived_ids: int = 0
    keys: list[tuple[str, str, int]] = field(default_factory=list)  # (what, value, row) to check for duplicates

    def cover(self, unit: str) -> None:
        self.covered_units.add(unit)

    def column(self, name: str) -> tuple[str, str]:
        found = self.header.field_columns().get(name)
        return (found.letter, found.header) if found else ("", "")


@dataclass
class ParseResult:
    kind: Kind
    layout: str
    records: list[dict[str, Any]]
    rows: list[int]  # the Excel row of each record
    rows_read: int
    skipped_rows: list[int]
    covered_units: set[str]
    covered_specialties: set[str]
    derived_ids: int = 0
