"""The reference data a parse checks against, and what a parse hands back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from cq2c_desktop.io.fields import Kind
from cq2c_desktop.io.headers import HeaderInfo
from cq2c_desktop.io.problems import ProblemLog
from cq2c_desktop.io.resolve import UnitResolver
from cq2c_desktop.io.row_roles import RowSpan
from cq2c_desktop.io.specialties import SpecialtyResolver
from cq2c_desktop.io.values import DateOrder


@dataclass
class PlanRefs:
    """The plan's units and specialties, as plain data (the io layer never opens the plan)."""

    units: UnitResolver
    specialties: SpecialtyResolver
    today: dt.date = field(default_factory=dt.date.today)


@dataclass(frozen=True)
class FileContext:
    """What is decided once for the whole file before its rows are read."""

    date_order: DateOrder = field(default_factory=DateOrder)
    file_unit: str | None = None  # the unit of rows that name none (an option, or the list's title)
    title: tuple[str, int] | None = None  # the title text and row the file's unit was read from
    include_hidden: bool = False  # read the rows hidden in the file too


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
    context: FileContext = field(default_factory=FileContext)
    covered_units: set[str] = field(default_factory=set)
    covered_specialties: set[str] = field(default_factory=set)
    derived_ids: int = 0
    keys: list[tuple[str, str, int]] = field(default_factory=list)  # (what, value, row) to check for duplicates
    section_rows: dict[int, list[int]] = field(default_factory=dict)  # group row -> rows that took its unit
    file_unit_rows: list[int] = field(default_factory=list)  # rows that took the file's unit
    unitless_rows: list[int] = field(default_factory=list)  # rows with no unit column, group or file unit

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
    skipped_rows: list[RowSpan]  # every row not read as data, with its role
    covered_units: set[str]
    covered_specialties: set[str]
    derived_ids: int = 0
    sheets: list[str] = field(default_factory=list)  # the sheet of each record (one entry per record)
    keys: list[tuple[str, str, str, int, str, str]] = field(default_factory=list)  # parse_staff.StaffKey
    rows_per_sheet: dict[str, int] = field(default_factory=dict)  # data rows read on each sheet
