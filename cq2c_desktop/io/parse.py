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
from cq2c_desktop.io.fields import FIELDS, IGNORE, KM_PREFIX, POSTS_PREFIX, REQUIRED_ANY, Kind, field_label
from cq2c_desktop.io.headers import Column, HeaderInfo, WideHeader
from cq2c_desktop.io.parse_common import FileContext, Layout, ParseResult, PlanRefs, TableState
from cq2c_desktop.io.parse_staff import check_staff_duplicates, staff_keys, staff_row
from cq2c_desktop.io.parse_tables import distance_rows, quota_rows, unit_row
from cq2c_desktop.io.problems import ProblemLog
from cq2c_desktop.io.row_roles import Role, RowClassifier, merge_spans
from cq2c_desktop.io.rows import Repairs, RowReader, Walk, data_rows
from cq2c_desktop.io.tabular import Grid
from cq2c_desktop.io.values import BadValueError

RowParser = Callable[[RowReader, PlanRefs, TableState], list[dict[str, Any]]]

# The command line adds how to map a column there (cli_import.py); the import wizard has a list.
MISSING_COLUMN = Text("missing_column", "No column for «{field}» ({name}); choose the column that holds it.")
DERIVED_IDS = Text(
    "derived_ids", "No staff id column: {count} ids were made from the citizen ID or the name and birth date"
)
DUPLICATE_ROW = Text("duplicate_row", "Duplicates row {row} ({key}): keep one of the two rows")
STRAY_BYTES = Text(
    "stray_bytes",
    "The cell held bytes that are not UTF-8 ({before}); they were read as Windows-1258: «{after}»; check it",
)
UNIT_FROM_GROUP = Text(
    "unit_from_group", "Rows {first}–{last} have no unit: they take «{unit}» from the group row {row}"
)
FORMULAS_WORKED_OUT = Text(
    "formulas_worked_out",
    "{count} cells held formulas saved without their result; they were worked out here (e.g. {formula} → "
    "«{value}»); check them, or let Excel calculate and save the file",
)
NO_UNIT = Text(
    "no_unit",
    "{count} rows (rows {first}–{last}) name no unit and the file has no unit column: choose the column "
    "that holds the unit, or give the unit of the whole file",
)
UNIT_FROM_TITLE = Text(
    "unit_from_title", "{count} rows name no unit: they take «{unit}», named in the title «{title}» (row {row})"
)
UNIT_FROM_FILE = Text("unit_from_file", "{count} rows have no unit: they take the file's unit «{unit}»")


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


def check_mapping(kind: Kind, header: HeaderInfo, layout: str, log: ProblemLog, *, has_file_unit: bool = False) -> bool:
    """Every required field has a column; say which are missing and how to map them."""
    fields = header.field_columns()
    needed: list[tuple[str, ...]] = [
        (f.name,) for f in FIELDS[kind] if f.required and not (has_file_unit and f.name == "unit")
    ]
    # A roster without a unit column may name its units in group rows or take the file's unit:
    # rows left without one are counted after reading (NO_UNIT).
    needed += [names for names in REQUIRED_ANY[kind] if names != ("unit",)]
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
    context: FileContext | None = None,
    unit_of: Callable[[str], str | None] | None = None,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> ParseResult:
    """One sheet's records; every row that is not data is listed with its role."""
    layout = layout_of(kind, header)
    if layout == Layout.MATRIX:
        header = _with_row_labels(header)
    state = TableState(kind, header, log, layout, context or FileContext())
    records: list[dict[str, Any]] = []
    rows: list[int] = []
    if not check_mapping(kind, header, layout, log, has_file_unit=state.context.file_unit is not None):
        return ParseResult(kind, layout, [], [], 0, [], set(), set())
    repairs = Repairs()
    reader = RowReader(grid, header, log, repairs)
    classifier = RowClassifier(grid, header, state.context.include_hidden, unit_of)
    walk = Walk([], {})
    parse = _PARSERS[kind]
    read = 0
    for row in data_rows(reader, classifier, progress=progress, should_stop=should_stop, walk=walk):
        read += 1
        for record in parse(row, refs, state):
            records.append(record)
            rows.append(row.number)
    repairs.report(log, {c.index: c for c in header.columns})
    _report_stray(grid, header, log)
    _report_formulas(grid, header, log)
    _report_units(state, refs, log, walk.sections)
    if state.derived_ids:
        log.warning(DERIVED_IDS(count=state.derived_ids))
    skipped = merge_spans(grid.sheet, [(r, role) for r, role in walk.roles if role is not Role.DATA])
    return ParseResult(
        kind,
        layout,
        records,
        rows,
        read,
        skipped,
        state.covered_units,
        state.covered_specialties,
        state.derived_ids,
        [grid.sheet] * len(records),
        staff_keys(state, grid.sheet) if kind is Kind.STAFF else [],
        {grid.sheet: read},
    )


def combine_results(kind: Kind, results: list[ParseResult], log: ProblemLog) -> ParseResult:
    """The sheets of one file as one result; the same person (or key) on two rows of any sheets is
    an error on the second."""
    first = results[0] if results else ParseResult(kind, Layout.TABLE, [], [], 0, [], set(), set())
    combined = ParseResult(kind, first.layout, [], [], 0, [], set(), set())
    for result in results:
        combined.records += result.records
        combined.rows += result.rows
        combined.sheets += result.sheets
        combined.rows_read += result.rows_read
        combined.skipped_rows += result.skipped_rows
        combined.covered_units |= result.covered_units
        combined.covered_specialties |= result.covered_specialties
        combined.derived_ids += result.derived_ids
        combined.keys += result.keys
        combined.rows_per_sheet.update(result.rows_per_sheet)
    if kind is Kind.STAFF:
        check_staff_duplicates(combined.keys, log)
    else:
        _check_duplicates(kind, combined, log)
    return combined


def _report_stray(grid: Grid, header: HeaderInfo, log: ProblemLog) -> None:
    columns = {c.index: c for c in header.columns}
    for (r, c), before in sorted(grid.stray_bytes.items()):
        column = columns.get(c)
        after = grid.rows[r][c] if c < len(grid.rows[r]) else ""
        log.warning(
            STRAY_BYTES(before=before, after=after),
            row=r + 1,
            column=column.letter if column else "",
            header=column.header if column else "",
            value=before,
        )


def _report_formulas(grid: Grid, header: HeaderInfo, log: ProblemLog) -> None:
    """One warning per column whose cells held formulas saved without a result, worked out here."""
    by_column: dict[int, list[tuple[int, str]]] = {}
    for (r, c), formula in sorted(grid.computed.items()):
        if r >= header.data_row:
            by_column.setdefault(c, []).append((r, formula))
    columns = {c.index: c for c in header.columns}
    for index, cells in by_column.items():
        column = columns.get(index)
        if column is None or not column.field or column.field == IGNORE:
            continue
        row, formula = cells[0]
        after = grid.rows[row][index]
        log.warning(
            FORMULAS_WORKED_OUT(count=len(cells), formula=formula, value=after),
            row=row + 1,
            column=column.letter,
            header=column.header,
            value=formula,
        )


def _report_units(state: TableState, refs: PlanRefs, log: ProblemLog, sections: dict[int, str]) -> None:
    names = refs.units.names
    if state.unitless_rows:
        rows = state.unitless_rows
        log.error(NO_UNIT(count=len(rows), first=rows[0], last=rows[-1]), row=state.header.header_row + 1)
    for group_row, taken in sorted(state.section_rows.items()):
        unit = names.get(sections.get(group_row, ""), "")
        log.note(
            UNIT_FROM_GROUP(first=taken[0], last=taken[-1], unit=unit, row=group_row),
            row=group_row,
            value=unit,
        )
    context = state.context
    if state.file_unit_rows and context.file_unit is not None:
        unit = names.get(context.file_unit, context.file_unit)
        count = len(state.file_unit_rows)
        if context.title is not None:
            title, row = context.title
            log.note(UNIT_FROM_TITLE(count=count, unit=unit, title=title, row=row), row=row, value=title)
        else:
            log.note(UNIT_FROM_FILE(count=count, unit=unit), value=unit)


def _check_duplicates(kind: Kind, result: ParseResult, log: ProblemLog) -> None:
    keys = _KEYS[kind]
    seen: dict[tuple[Any, ...], tuple[int, dict[str, Any]]] = {}
    for record, row, sheet in zip(result.records, result.rows, result.sheets, strict=True):
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
                sheet=sheet,
                row=row,
                value=" / ".join(map(str, key)),
            )
