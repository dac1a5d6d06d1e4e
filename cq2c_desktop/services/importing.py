"""Import units, staff rosters, quotas and distances from the files communes send.

The GUI's import wizard and `cq2c import` call the same four functions:
`file_sheets` (which sheets), `detect` (header row, proposed mapping, layout), `preview`
(a dry run: every problem and the counts) and `run_import` (all or nothing: one transaction,
one audit event with the user, time, file name, SHA-256 and counts). Long work reports through
`progress(done, total, message)` and stops when `should_stop()` says so, writing nothing.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cq2c_desktop.domain.job_protocol import DONE, Cancelled, Progress, ShouldStop, no_progress
from cq2c_desktop.domain.messages import Message, Term, Text
from cq2c_desktop.io.fields import IGNORE, KM_PREFIX, POSTS_PREFIX, Kind, field_label
from cq2c_desktop.io.headers import HeaderInfo, Override, apply_overrides, cell_text, detect_header, parse_override
from cq2c_desktop.io.parse import check_mapping, layout_of, parse_grid, wide_header
from cq2c_desktop.io.parse_common import PlanRefs
from cq2c_desktop.io.problems import Problem, ProblemLog
from cq2c_desktop.io.resolve import SpecialtyRef, SpecialtyResolver, UnitRef, UnitResolver
from cq2c_desktop.io.tabular import Grid, ReadError, SheetInfo, list_sheets, read_grid
from cq2c_desktop.services import audit
from cq2c_desktop.services.backups import take_safety_copy
from cq2c_desktop.services.importing_apply import (
    DEFAULT_SCOPE,
    SCOPES,
    apply_changes,
    plan_changes,
    staff_present_keys,
)
from cq2c_desktop.services.importing_mappings import MappingError, SavedMapping, load_mapping, save_mapping
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Specialty, Unit

DETECT_ROWS = 60
KINDS: tuple[str, ...] = tuple(k.value for k in Kind)  # what an import can read: units, staff, quotas, distances
IMPORTED = Text(
    "import_done",
    "Imported: {file} [{sheet}] — {rows} rows, added {added}, changed {changed}, removed {removed}, "
    "unchanged {unchanged}; errors {errors}, warnings {warnings}",
)
DRY_RUN = Text(
    "import_dry_run",
    "Dry run, nothing written: {file} [{sheet}] — {rows} rows, added {added}, changed {changed}, "
    "removed {removed}, unchanged {unchanged}; errors {errors}, warnings {warnings}",
)
NOT_IMPORTED = Text(
    "import_refused",
    "NOT imported, the plan is unchanged: {file} [{sheet}] — {rows} rows, added {added}, changed {changed}, "
    "removed {removed}, unchanged {unchanged}; errors {errors}, warnings {warnings}",
)
BAD_MAPPING = Text("bad_mapping", 'Cannot read the mapping «{value}» (write "Column X=field")')
NO_HEADER = Text("no_header", "No header row found (full name, unit, …); say which row is the header.")
MAPPING_NO_COLUMN = Text("mapping_no_column", "No column «{column}» in the file")
MAPPING_UNKNOWN_ID = Text("mapping_unknown_id", "Column {column}: «{field}» is not in the plan")
LEGACY_FILE = Text("legacy_file", "The file is in {encoding}; converted to Unicode")
UNREADABLE_FILE = Text("unreadable_file", "{reason}")
PLAN_REFUSED = Text("plan_constraint", "The plan refused the data ({reason}); nothing was written")
BAD_SCOPE = Text("import_scope", "The removal scope must be one of {scopes}")
READING_FILE = Text("import_reading", "Reading the file")
FINDING_HEADER = Text("import_header", "Finding the header")
WRITING = Text("import_writing", "Writing to the plan")
__all__ = [
    "ColumnView",
    "Detection",
    "ImportOptions",
    "ImportReport",
    "Kind",
    "MappingError",
    "Problem",
    "ReadError",
    "detect",
    "file_sheets",
    "preview",
    "run_import",
]


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


@dataclass
class ImportReport:
    kind: str
    file: str
    sheet: str
    sha256: str
    layout: str = ""
    header_row: int | None = None
    rows_read: int = 0
    records: int = 0
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped_rows: list[int] = field(default_factory=list)
    errors: int = 0
    warnings: int = 0
    problems: list[Problem] = field(default_factory=list)
    problems_not_shown: int = 0
    written: bool = False
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return self.errors == 0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["problems"] = [p.to_dict() for p in self.problems]
        return data

    def summary(self) -> Message:
        """What happened, with the counts: imported, a dry run, or refused."""
        text = IMPORTED if self.written else DRY_RUN if self.dry_run and self.ok else NOT_IMPORTED
        return text(
            file=self.file,
            sheet=self.sheet,
            rows=self.rows_read,
            added=self.added,
            changed=self.changed,
            removed=self.removed,
            unchanged=self.unchanged,
            errors=self.errors,
            warnings=self.warnings,
        )


def file_sheets(path: str | os.PathLike[str]) -> list[SheetInfo]:
    return list_sheets(path)


def _refs(session: Session) -> PlanRefs:
    units = UnitResolver(UnitRef(i, n) for i, n in session.execute(select(Unit.id, Unit.name)))
    specialties = SpecialtyResolver(
        SpecialtyRef(i, n, e)
        for i, n, e in session.execute(
            select(Specialty.id, Specialty.name, Specialty.name_en).order_by(Specialty.sort_order)
        )
    )
    return PlanRefs(units, specialties)


def _overrides(
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


def _header(
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


def _read_best_sheet(path: Path, kind: Kind, refs: PlanRefs, sheet: str | None, max_rows: int | None) -> Grid:
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


def _column_views(kind: Kind, grid: Grid, info: HeaderInfo) -> list[ColumnView]:
    views = []
    for column in info.columns:
        samples = tuple(
            cell_text(row[column.index])
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
        refs = _refs(session)
        overrides, options = _overrides(session, kind, options, log)
    sheets = list_sheets(file)
    grid = _read_best_sheet(file, kind, refs, options.sheet, DETECT_ROWS)
    log.sheet = grid.sheet
    info = _header(grid, kind, refs, options.header_row, overrides, log)
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


def preview(
    plan: OpenPlan,
    kind: Kind | str,
    path: str | os.PathLike[str],
    options: ImportOptions | None = None,
    *,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> ImportReport:
    """Everything an import would do and every problem, with nothing written."""
    return run_import(
        plan, kind, path, replace(options or ImportOptions(), dry_run=True), progress=progress, should_stop=should_stop
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def run_import(
    plan: OpenPlan,
    kind: Kind | str,
    path: str | os.PathLike[str],
    options: ImportOptions | None = None,
    *,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> ImportReport:
    """Import `path` into the plan, all or nothing. Every problem, an unreadable file included,
    comes back in the report, and then nothing is written; raises only `MappingError` for an
    unknown saved mapping or scope, `OSError` when the file cannot be opened at all, and
    `Cancelled` when `should_stop()` said so."""
    kind, options, file = Kind(kind), options or ImportOptions(), Path(path)
    scope = options.scope or DEFAULT_SCOPE[kind]
    if scope not in SCOPES:
        raise MappingError(BAD_SCOPE(scopes=", ".join(SCOPES)))
    job = _Job(plan, kind, file, scope, options, progress or no_progress, should_stop)
    job.progress(0, 100, READING_FILE())
    report = ImportReport(kind.value, file.name, "", _sha256(file), dry_run=options.dry_run)
    log = ProblemLog(file=file.name)
    try:
        with plan.begin() as session:  # one transaction: any exception rolls the whole import back
            _import(session, job, report, log)
    except ReadError as exc:  # an unreadable file is reported like any other problem
        report.written = False
        log.error(UNREADABLE_FILE(reason=exc.message))
    except IntegrityError as exc:  # a rule only the database knew: still a report, still nothing written
        report.written = False
        reason = str(exc.orig).splitlines()[0][:200]
        log.error(PLAN_REFUSED(reason=reason), value=reason)
    if report.written:
        job.progress(100, 100, DONE())
    return _finish(report, log)


@dataclass
class _Job:
    plan: OpenPlan
    kind: Kind
    file: Path
    scope: str
    options: ImportOptions
    progress: Progress
    should_stop: ShouldStop | None

    def check_stop(self) -> None:
        if self.should_stop is not None and self.should_stop():
            raise Cancelled


def _import(session: Session, job: _Job, report: ImportReport, log: ProblemLog) -> None:
    refs = _refs(session)
    overrides, options = _overrides(session, job.kind, job.options, log)
    grid = _read_best_sheet(job.file, job.kind, refs, options.sheet, None)
    report.sheet = log.sheet = grid.sheet
    if grid.encoding in ("tcvn3", "vni"):
        log.warning(LEGACY_FILE(encoding=grid.encoding.upper()), value=grid.encoding)
    job.check_stop()
    job.progress(10, 100, FINDING_HEADER())
    info = _header(grid, job.kind, refs, options.header_row, overrides, log)
    if info is None or log.has_errors:
        return
    report.header_row = info.header_row + 1
    parsed = parse_grid(
        grid,
        job.kind,
        info,
        refs,
        log,
        should_stop=job.should_stop,
        progress=lambda done, total, message: job.progress(10 + 60 * done // max(total, 1), 100, message),
    )
    del grid  # a large roster's cells are most of the memory; the records are all we need now
    report.layout, report.rows_read, report.records = parsed.layout, parsed.rows_read, len(parsed.records)
    report.skipped_rows = parsed.skipped_rows
    present = staff_present_keys(info.field_columns()) if job.kind is Kind.STAFF else set()
    changes = plan_changes(session, parsed, present, job.scope, log)
    counts = changes.counts
    report.added, report.changed, report.removed, report.unchanged = (
        counts["added"],
        counts["changed"],
        counts["removed"],
        counts["unchanged"],
    )
    if log.has_errors or options.dry_run:
        return
    # A copy named for the import, now that it will write: one that finds errors writes nothing
    # and leaves the rotation of copies alone. An import cannot be undone step by step.
    take_safety_copy(job.plan, "before-import")
    job.progress(75, 100, WRITING())
    apply_changes(
        session,
        changes,
        should_stop=job.should_stop,
        progress=lambda pct, message: job.progress(75 + pct * 20 // 100, 100, message),
    )
    if options.save_mapping:
        saved = SavedMapping(options.save_mapping, job.kind, overrides, options.sheet, options.header_row)
        save_mapping(session, saved, audit.current_user())
    audit.record(
        session,
        "import",
        kind=job.kind.value,
        file=job.file.name,
        sha256=report.sha256,
        sheet=report.sheet,
        layout=parsed.layout,
        rows=parsed.rows_read,
        records=len(parsed.records),
        scope=job.scope,
        warnings=log.warnings,
        mapping=[[o.selector, o.field] for o in overrides],
        **counts,
    )
    report.written = True


def _finish(report: ImportReport, log: ProblemLog) -> ImportReport:
    report.errors, report.warnings = log.errors, log.warnings
    report.problems = list(log)
    report.problems_not_shown = log.truncated
    return report
