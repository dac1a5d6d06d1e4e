"""From a grid and its header mapping to checked records of one kind: the pure half of an import.

Nothing here touches the plan: the service gives the plan's units and specialties as `PlanRefs`,
then validates the records against the plan's contents and writes them in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from cq2c_desktop.domain.job_protocol import Progress, ShouldStop
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.io.fields import FIELDS, KM_PREFIX, POSTS_PREFIX, REQUIRED_ANY, Kind, field_label
from cq2c_desktop.io.headers import Column, HeaderInfo, WideHeader
from cq2c_desktop.io.parse_common import Layout, ParseResult, PlanRefs, TableState
from cq2c_desktop.io.parse_staff import check_staff_duplicates, staff_row
from cq2c_desktop.io.parse_tables import distance_rows, quota_rows, unit_row
from cq2c_desktop.io.problems import ProblemLog
from cq2c_desktop.io.rows import Repairs, RowReader, data_rows
from cq2c_desktop.io.tabular import Grid
from cq2c_desktop.io.values import BadValueError

RowParser = Callable[[RowReader, PlanRefs, TableState], list[dict[str, Any]]]

# The command line adds how to map a column there (cli_import.py); the import wizard has a list.
MISSING_COLUMN = Text("missing_column", "No column for «{field}» ({name}); choose the column that holds it.")
DERIVED_IDS = Text(
    "derived_ids", "No staff id column: {count} ids were made from the citizen ID or the name and birth date"
)
DUPLICATE_ROW = Text("duplicate_row", "Duplicates row {row} ({key})")


def wide_header(kind: Kind, refs: PlanRefs) -> WideHeader | None:
    """How a column header can name a specialty (quotas) or a unit (distance matrix)."""
    if kind is Kind.QUOTAS:

        def specialty(text: str) -> str | None:
            found = refs.specialties.resolve_header(text)
            return POSTS_PREFIX + found if found else None

        return specialty
    if kind is Kind.DISTANCES:

        def unit(text: str) -> str | None:
            try:
                match = refs.units.resolve(text)
            except BadValueError:
                return None
            return KM_PREFIX + match.id if match.note is None else None

        return unit
    return None


def layout_of(kind: Kind, header: HeaderInfo) -> str:
    fields = header.field_columns()
    if kind is Kind.QUOTAS and "posts" not in fields and header.wide_columns(POSTS_PREFIX):
        return Layout.WIDE
    if kind is Kind.DISTANCES and "to_unit" not in fields and header.wide_columns(KM_PREFIX):
        return Layout.MATRIX
    return Layout.TABLE


def _with_row_labels(header: HeaderInfo) -> HeaderInfo:
    """A distance matrix's row labels often sit under a blank corner cell: take the column left
    of the first unit column."""
    if "from_unit" in header.field_columns():
        return header
    first = min(c.index for c in header.wide_columns(KM_PREFIX))
    if first == 0:
        return header
    corner = next((c for c in header.columns if c.index == first - 1), None)
    label = Column(first - 1, corner.header if corner else "", "from_unit", "wide", corner.hidden if corner else False)
    others = tuple(c for c in header.columns if c.index != first - 1)
    return replace(header, columns=tuple(sorted((*others, label), key=lambda c: c.index)))


def check_mapping(kind: Kind, header: HeaderInfo, layout: str, log: ProblemLog) -> bool:
    """Every required field has a column; say which are missing and how to map them."""
    fields = header.field_columns()
    needed: list[tuple[str, ...]] = [(f.name,) for f in FIELDS[kind] if f.required]
    needed += list(REQUIRED_ANY[kind])
    if kind is Kind.QUOTAS and layout == Layout.TABLE:
        needed += [("specialty",), ("posts",)]
    if kind is Kind.DISTANCES:
        needed += [("from_unit",)] + ([("to_unit",), ("km",)] if layout == Layout.TABLE else [])
    ok = True
    for options in needed:
        if not any(name in fields for name in options):
            log.error(MISSING_COLUMN(field=field_label(kind, options[0]), name=options[0]), row=header.header_row + 1)
            ok = False
    return ok


_PARSERS: dict[Kind, RowParser] = {
    Kind.STAFF: lambda r, refs, s: [rec] if (rec := staff_row(r, refs, s)) else [],
    Kind.UNITS: lambda r, refs, s: [rec] if (rec := unit_row(r, refs, s)) else [],
    Kind.QUOTAS: quota_rows,
    Kind.DISTANCES: distance_rows,
}
_KEYS: dict[Kind, tuple[str, ...]] = {
    Kind.UNITS: ("id",),
    Kind.QUOTAS: ("unit_id", "specialty_id"),
    Kind.DISTANCES: ("from_unit_id", "to_unit_id"),
}


def parse_grid(
    grid: Grid,
    kind: Kind,
    header: HeaderInfo,
    refs: PlanRefs,
    log: ProblemLog,
    *,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> ParseResult:
    layout = layout_of(kind, header)
    if layout == Layout.MATRIX:
        header = _with_row_labels(header)
    state = TableState(kind, header, log, layout)
    records: list[dict[str, Any]] = []
    rows: list[int] = []
    skipped: list[int] = []
    if not check_mapping(kind, header, layout, log):
        return ParseResult(kind, layout, [], [], 0, [], set(), set())
    repairs = Repairs()
    reader = RowReader(grid, header, log, repairs)
    parse = _PARSERS[kind]
    read = 0
    for row in data_rows(reader, progress=progress, should_stop=should_stop, skipped=skipped):
        read += 1
        for record in parse(row, refs, state):
            records.append(record)
            rows.append(row.number)
    repairs.report(log, {c.index: c for c in header.columns})
    if kind is Kind.STAFF:
        check_staff_duplicates(state)
    else:
        _check_duplicates(kind, records, rows, log)
    if state.derived_ids:
        log.warning(DERIVED_IDS(count=state.derived_ids))
    return ParseResult(
        kind, layout, records, rows, read, skipped, state.covered_units, state.covered_specialties, state.derived_ids
    )


def _check_duplicates(kind: Kind, records: list[dict[str, Any]], rows: list[int], log: ProblemLog) -> None:
    keys = _KEYS[kind]
    seen: dict[tuple[Any, ...], tuple[int, dict[str, Any]]] = {}
    for record, row in zip(records, rows, strict=True):
        key = tuple(record[k] for k in keys)
        if kind is Kind.DISTANCES:
            key = tuple(sorted(key))  # either direction counts (INSTANCE.md)
        first = seen.setdefault(key, (row, record))
        if first[0] == row and first[1] is record:
            continue
        same = kind is Kind.DISTANCES and first[1]["km"] == record["km"]
        if not same:
            log.error(
                DUPLICATE_ROW(row=first[0], key=", ".join(map(str, key))),
                row=row,
                value=" / ".join(map(str, key)),
            )
