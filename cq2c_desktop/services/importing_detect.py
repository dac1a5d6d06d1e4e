"""Reading an import file up to its mapping: which sheets, which header rows, which column is which field.

The wizard's file and mapping pages call `file_sheets`, `detect`, `field_choices` and `sample_rows`;
`importing.py` reads the file with the same steps before it checks and writes the rows. Every
visible sheet that holds a list of the kind is read (a workbook with one sheet per commune); a
cover, instruction or summary sheet is skipped with a note; the officer may name the sheets. A
saved mapping comes first, the officer's changes on top ("Cột X=field"); problems found on the way
go to the import's problem log, with the rest of the import's problems.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cq2c_desktop.domain import formats
from cq2c_desktop.domain.messages import Term, Text
from cq2c_desktop.io.fields import FIELDS, IGNORE, KM_PREFIX, POSTS_PREFIX, Kind, field_label
from cq2c_desktop.io.file_context import unit_from_title
from cq2c_desktop.io.header_content import settle_by_content
from cq2c_desktop.io.header_overrides import Override, apply_overrides, parse_override
from cq2c_desktop.io.headers import HeaderInfo, cell_text, detect_header
from cq2c_desktop.io.parse import check_mapping, layout_of, wide_header
from cq2c_desktop.io.parse_common import PlanRefs
from cq2c_desktop.io.problems import Problem, ProblemLog
from cq2c_desktop.io.resolve import UnitRef, UnitResolver
from cq2c_desktop.io.specialties import SpecialtyRef, SpecialtyResolver
from cq2c_desktop.io.tabular import Cell, Grid, SheetInfo, list_sheets, open_sheets, read_grid, read_grids
from cq2c_desktop.services.importing_mappings import load_mapping
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Specialty, Unit

DETECT_ROWS = 60
KINDS: tuple[str, ...] = tuple(k.value for k in Kind)  # what an import reads: units, staff, quotas, distances
IGNORE_FIELD = IGNORE  # the mapping that leaves a column out
BAD_MAPPING = Text("bad_mapping", 'Cannot read the mapping «{value}» (write "Column X=field")')
NO_HEADER = Text("no_header", "No header row found (full name, unit, …); say which row is the header.")
NO_LIST_SHEET = Text(
    "no_list_sheet",
    "No sheet holds a list with a header (full name, unit, …); sheets: {sheets}. Choose the sheet and say "
    "which row is the header.",
)
EMPTY_SHEET = Text(
    "empty_sheet", "{file} [{sheet}] is empty: nothing was imported; check that this is the file you meant"
)
SHEET_SKIPPED = Text("sheet_skipped", "Sheet «{sheet}» skipped: it holds no list with a header (a cover or summary)")
SHEET_HIDDEN = Text("sheet_hidden_skipped", "Sheet «{sheet}» is hidden: skipped (choose it to import it)")
SHEET_NOT_LIST = Text(
    "sheet_not_list",
    "Sheet «{sheet}» skipped: its header names {named} but not {missing}, as the other sheets do",
)
MAPPING_NO_COLUMN = Text("mapping_no_column", "No column «{column}» in the file")
MAPPING_UNKNOWN_ID = Text("mapping_unknown_id", "Column {column}: «{field}» is not in the plan")


@dataclass
class ImportOptions:
    sheet: str | None = None  # one sheet to read (default: every sheet that holds a list)
    header_row: int | None = None  # 1-based; default: found
    sheets: list[str] | None = None  # several sheets to read (the wizard's ticks, repeated --sheet)
    unit: str | None = None  # the unit of every row that names none (a name or code of the plan)
    include_hidden: bool = False  # also read rows hidden in the file
    overrides: list[str] = field(default_factory=list)  # "Cột X=specialty", "Chuyên ngành=specialty"
    mapping: str | None = None  # a saved mapping to start from
    save_mapping: str | None = None  # save this import's choices under that name
    scope: str | None = None  # which plan rows missing from the file go: covered | all | none
    dry_run: bool = False


@dataclass(frozen=True)
class ColumnView:
    letter: str
    header: str
    field: str | None
    field_label: Term | None  # the field's name in both languages; None: not mapped or ignored
    source: str
    hidden: bool
    samples: tuple[str, ...]


@dataclass
class Detection:
    file: str
    sheets: list[SheetInfo]
    sheet: str  # the sheet whose columns are shown
    header_row: int | None  # 1-based; None when no header was found
    data_row: int | None
    layout: str
    columns: list[ColumnView]
    problems: list[Problem]
    list_sheets: list[str] = field(default_factory=list)  # every sheet that holds a list of this kind
    format: str = ""  # what the file is, by content (xlsx, xls, ods, html, xml2003, text)
    title_unit: str | None = None  # the unit the list's title names, if exactly one


@dataclass
class SheetPlan:
    """One sheet to import: its cells and its header."""

    grid: Grid
    header: HeaderInfo


def file_sheets(path: str | os.PathLike[str]) -> list[SheetInfo]:
    return list_sheets(path)


def unit_choices(plan: OpenPlan) -> list[tuple[str, str]]:
    """(code, name) of the plan's units, by name: what the wizard offers as the file's unit."""
    with plan.begin() as session:
        return [(i, n) for i, n in session.execute(select(Unit.id, Unit.name).order_by(Unit.name))]


def plan_refs(session: Session) -> PlanRefs:
    units = UnitResolver(UnitRef(i, n) for i, n in session.execute(select(Unit.id, Unit.name)))
    specialties = SpecialtyResolver(
        SpecialtyRef(i, n, e)
        for i, n, e in session.execute(
            select(Specialty.id, Specialty.name, Specialty.name_en).order_by(Specialty.sort_order)
        )
    )
    return PlanRefs(units, specialties)


def mapping_overrides(
    session: Session, kind: Kind, options: ImportOptions, log: ProblemLog
) -> tuple[list[Override], ImportOptions]:
    """Saved mapping first, the user's --map on top; a saved sheet / header row as defaults."""
    overrides: list[Override] = []
    if options.mapping:
        saved = load_mapping(session, options.mapping, kind)
        overrides += saved.overrides
        options = replace(
            options, sheet=options.sheet or saved.sheet, header_row=options.header_row or saved.header_row
        )
    for text in options.overrides:
        try:
            overrides.append(parse_override(text, kind))
        except ValueError:
            log.error(BAD_MAPPING(value=text), value=text)
    return overrides, options


def find_header(
    grid: Grid,
    kind: Kind,
    refs: PlanRefs,
    header_row: int | None,
    overrides: Sequence[Override],
    log: ProblemLog,
    unmatched: list[Override] | None = None,
) -> HeaderInfo | None:
    """The sheet's header with the officer's mapping on top. Overrides that name no column of this
    sheet go to `unmatched` when given (several sheets: an error only if no sheet has the column)."""
    wide = wide_header(kind, refs)
    info = detect_header(
        grid,
        kind,
        wide=wide,
        header_row=None if header_row is None else header_row - 1,
        min_fields=1 if overrides else 2,
    )
    if info is None:
        log.error(NO_HEADER())
        return None
    info = settle_by_content(info, grid, kind)
    info, missed = apply_overrides(info, overrides, grid)
    if unmatched is None:
        for override in missed:
            log.error(MAPPING_NO_COLUMN(column=override.selector), value=override.selector)
    else:
        unmatched.extend(missed)
    for column in info.columns:  # "Cột D=posts:dat_dai" must name a specialty (or unit) of the plan
        field_name = column.field or ""
        known = (
            refs.specialties.names
            if field_name.startswith(POSTS_PREFIX)
            else refs.units.names
            if field_name.startswith(KM_PREFIX)
            else None
        )
        if known is not None and field_name.split(":", 1)[1] not in known:
            log.error(
                MAPPING_UNKNOWN_ID(column=column.letter, field=field_name), column=column.letter, value=field_name
            )
    return info


def _is_list(kind: Kind, info: HeaderInfo | None) -> bool:
    if info is None:
        return False
    fields = info.field_columns()
    if kind is Kind.STAFF:
        return bool({"full_name", "given_name", "family_name"} & fields.keys())
    layout = layout_of(kind, info)
    return check_mapping(kind, info, layout, ProblemLog(), has_file_unit=True)


def _wanted(options: ImportOptions) -> list[str] | None:
    if options.sheets:
        return list(options.sheets)
    return [options.sheet] if options.sheet is not None else None


def read_list_sheets(
    path: Path,
    kind: Kind,
    refs: PlanRefs,
    options: ImportOptions,
    overrides: Sequence[Override],
    log: ProblemLog,
    max_rows: int | None = None,
) -> list[SheetPlan]:
    """The sheets to import with their headers. Named sheets are read whatever they hold (a header
    not found is an error); otherwise every visible sheet with a list of this kind, the others
    skipped with a note. Each sheet is read once: parsing is most of a read's cost."""
    infos, _format = open_sheets(path)
    wanted = _wanted(options)
    names = wanted if wanted is not None else [s.name for s in infos if s.visible]
    for sheet in infos:
        if wanted is None and not sheet.visible:
            log.note(SHEET_HIDDEN(sheet=sheet.name), sheet=sheet.name)
    grids = read_grids(path, names, max_rows=max_rows)
    plans: list[SheetPlan] = []
    missed: list[Override] = []
    for grid in grids:
        sheet_log = ProblemLog(file=log.file, sheet=grid.sheet)
        if not any(cell not in (None, "") for row in grid.rows[:200] for cell in row):
            if wanted is not None or len(grids) == 1:
                log.error(EMPTY_SHEET(file=log.file, sheet=grid.sheet), sheet=grid.sheet)
            else:
                log.note(SHEET_SKIPPED(sheet=grid.sheet), sheet=grid.sheet)
            continue
        missed_here: list[Override] = []
        info = find_header(grid, kind, refs, options.header_row, overrides, sheet_log, missed_here)
        missed += missed_here if info is not None else list(overrides)
        if wanted is not None or (info is not None and _is_list(kind, info)) or len(grids) == 1:
            log.extend(sheet_log)
            if info is not None:
                plans.append(SheetPlan(grid, info))
            continue
        log.note(SHEET_SKIPPED(sheet=grid.sheet), sheet=grid.sheet)
    for override in overrides:  # a column named by the officer must be in at least one sheet read
        if missed.count(override) >= max(len(grids), 1):
            log.error(MAPPING_NO_COLUMN(column=override.selector), value=override.selector)
    if not plans and not log.has_errors:
        log.error(NO_LIST_SHEET(sheets=", ".join(s.name for s in infos) or "—"))
    _drop_odd_sheets(kind, plans, log)
    return plans


def _drop_odd_sheets(kind: Kind, plans: list[SheetPlan], log: ProblemLog) -> None:
    """A summary sheet can name a field or two of the list ("Đơn vị", "Số lượng"): among several
    list sheets, one that lacks a field every other sheet has is no list."""
    if kind is not Kind.STAFF or len(plans) < 3:
        return
    common = set.intersection(*(set(p.header.field_columns()) for p in plans[1:]))
    for plan in list(plans):
        fields = set(plan.header.field_columns())
        others = [set(p.header.field_columns()) for p in plans if p is not plan]
        shared = set.intersection(*others) if others else common
        missing = shared - fields
        if len(missing) >= 2 and all(missing <= o for o in others):
            plans.remove(plan)
            log.note(
                SHEET_NOT_LIST(
                    sheet=plan.grid.sheet, named=", ".join(sorted(fields)), missing=", ".join(sorted(missing))
                ),
                sheet=plan.grid.sheet,
            )


def _sample_text(cell: Cell) -> str:
    """A cell as an example of its column: a date as dd/mm/yyyy, not as Python writes it."""
    if isinstance(cell, dt.datetime) and cell.time() == dt.time():
        return formats.date(cell.date())
    if isinstance(cell, dt.date):
        return formats.date_time(cell) if isinstance(cell, dt.datetime) else formats.date(cell)
    return cell_text(cell)


def _column_views(kind: Kind, grid: Grid, info: HeaderInfo) -> list[ColumnView]:
    views = []
    for column in info.columns:
        samples = tuple(
            _sample_text(row[column.index])
            for row in grid.rows[info.data_row : info.data_row + 5]
            if column.index < len(row) and cell_text(row[column.index])
        )
        label = None if column.field in (None, IGNORE) else field_label(kind, column.field or "")
        views.append(
            ColumnView(column.letter, column.header, column.field, label, column.source, column.hidden, samples[:3])
        )
    return views


def detect(
    plan: OpenPlan, kind: Kind | str, path: str | os.PathLike[str], options: ImportOptions | None = None
) -> Detection:
    """The sheets that hold a list, the first one's header row, layout and proposed mapping for the
    wizard's mapping page (reads only the top rows, so it is quick on any file)."""
    kind, options, file = Kind(kind), options or ImportOptions(), Path(path)
    log = ProblemLog(file=file.name)
    with plan.begin() as session:
        refs = plan_refs(session)
        overrides, options = mapping_overrides(session, kind, options, log)
    sheets, format_name = open_sheets(file)
    found = read_list_sheets(file, kind, refs, options, overrides, log, DETECT_ROWS)
    names = [p.grid.sheet for p in found]
    if not found:
        first = options.sheet or next((s.name for s in sheets if s.visible), "")
        return Detection(file.name, sheets, first, None, None, "", [], list(log), names, format_name)
    grid, info = found[0].grid, found[0].header
    layout = layout_of(kind, info)
    check_mapping(kind, info, layout, log, has_file_unit=True)  # the wizard shows what is still to map
    title = unit_from_title(grid, info, refs.units)
    return Detection(
        file.name,
        sheets,
        grid.sheet,
        info.header_row + 1,
        info.data_row + 1,
        layout,
        _column_views(kind, grid, info),
        list(log),
        names,
        format_name,
        refs.units.names.get(title.unit) if title is not None else None,
    )


@dataclass(frozen=True)
class SampleRow:
    excel_row: int  # 1-based, as Excel shows it
    cells: tuple[str, ...]
    values: tuple[Cell, ...] = ()  # the cells as read (a date is a date), for the window to show in its language


@dataclass(frozen=True)
class FieldChoice:
    name: str
    label: Term  # in both languages: the window shows the one it speaks
    required: bool


def field_choices(kind: str) -> list[FieldChoice]:
    """The fields the mapping combo boxes offer, required fields first."""
    fields = sorted(FIELDS[Kind(kind)], key=lambda f: not f.required)
    return [FieldChoice(f.name, Term(f.label_vi, f.label_en), f.required) for f in fields]


def sample_rows(path: str | os.PathLike[str], sheet: str | None, first_row: int, count: int = 200) -> list[SampleRow]:
    """Rows `first_row`… (1-based) of the sheet as text, for the preview grid."""
    grid = read_grid(path, sheet, max_rows=first_row - 1 + count)
    return [
        SampleRow(first_row + i, tuple(cell_text(c) for c in row), tuple(row))
        for i, row in enumerate(grid.rows[first_row - 1 : first_row - 1 + count])
    ]
