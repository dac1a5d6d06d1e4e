"""Reading an import file up to its mapping: which sheet, which header row, which column is which field.

The wizard's file and mapping pages call `file_sheets`, `detect`, `field_choices` and `sample_rows`;
`importing.py` reads the file with the same steps before it checks and writes the rows. A saved
mapping comes first, the officer's changes on top ("Cột X=field"); problems found on the way go to
the import's problem log, with the rest of the import's problems.
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
from cq2c_desktop.io.headers import HeaderInfo, Override, apply_overrides, cell_text, detect_header, parse_override
from cq2c_desktop.io.parse import check_mapping, layout_of, wide_header
from cq2c_desktop.io.parse_common import PlanRefs
from cq2c_desktop.io.problems import Problem, ProblemLog
from cq2c_desktop.io.resolve import SpecialtyRef, SpecialtyResolver, UnitRef, UnitResolver
from cq2c_desktop.io.tabular import Cell, Grid, SheetInfo, list_sheets, read_grid
from cq2c_desktop.services.importing_mappings import load_mapping
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Specialty, Unit

DETECT_ROWS = 60
KINDS: tuple[str, ...] = tuple(k.value for k in Kind)  # what an import reads: units, staff, quotas, distances
IGNORE_FIELD = IGNORE  # the mapping that leaves a column out
BAD_MAPPING = Text("bad_mapping", 'Cannot read the mapping «{value}» (write "Column X=field")')
NO_HEADER = Text("no_header", "No header row found (full name, unit, …); say which row is the header.")
MAPPING_NO_COLUMN = Text("mapping_no_column", "No column «{column}» in the file")
MAPPING_UNKNOWN_ID = Text("mapping_unknown_id", "Column {column}: «{field}» is not in the plan")


@dataclass
class ImportOptions:
    sheet: str | None = None  # default: the sheet whose header reads best
    header_row: int | None = None  # 1-based; default: found
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
    sheet: str
    header_row: int | None  # 1-based; None when no header was found
    data_row: int | None
    layout: str
    columns: list[ColumnView]
    problems: list[Problem]


def file_sheets(path: str | os.PathLike[str]) -> list[SheetInfo]:
    return list_sheets(path)


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
    grid: Grid, kind: Kind, refs: PlanRefs, header_row: int | None, overrides: Sequence[Override], log: ProblemLog
) -> HeaderInfo | None:
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
    info, unmatched = apply_overrides(info, overrides, grid)
    for override in unmatched:
        log.error(MAPPING_NO_COLUMN(column=override.selector), value=override.selector)
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


def read_best_sheet(path: Path, kind: Kind, refs: PlanRefs, sheet: str | None, max_rows: int | None) -> Grid:
    """The named sheet, or the visible sheet whose header names the most fields (an instruction
    or summary sheet scores less). Each sheet is read once: parsing is most of a read's cost."""
    if sheet is not None:
        return read_grid(path, sheet, max_rows=max_rows)
    visible = [s.name for s in list_sheets(path) if s.visible]
    if len(visible) <= 1:
        return read_grid(path, visible[0] if visible else None, max_rows=max_rows)
    best: tuple[int, Grid] | None = None
    for name in visible:
        grid = read_grid(path, name, max_rows=max_rows)
        info = detect_header(grid, kind, wide=wide_header(kind, refs))
        score = 0 if info is None else len(info.field_columns())
        if best is None or score > best[0]:
            best = (score, grid)
    assert best is not None
    return best[1]


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
    """The sheet, header row, layout and proposed mapping for the wizard's mapping page (reads only
    the top rows, so it is quick on any file)."""
    kind, options, file = Kind(kind), options or ImportOptions(), Path(path)
    log = ProblemLog(file=file.name)
    with plan.begin() as session:
        refs = plan_refs(session)
        overrides, options = mapping_overrides(session, kind, options, log)
    sheets = list_sheets(file)
    grid = read_best_sheet(file, kind, refs, options.sheet, DETECT_ROWS)
    log.sheet = grid.sheet
    info = find_header(grid, kind, refs, options.header_row, overrides, log)
    if info is None:
        return Detection(file.name, sheets, grid.sheet, None, None, "", [], list(log))
    layout = layout_of(kind, info)
    check_mapping(kind, info, layout, log)  # the wizard shows what is still to map
    return Detection(
        file.name,
        sheets,
        grid.sheet,
        info.header_row + 1,
        info.data_row + 1,
        layout,
        _column_views(kind, grid, info),
        list(log),
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
