"""Import units, staff rosters, quotas and distances from the files communes send.

The window's import wizard and `cq2c import` call the same functions: `file_sheets` and `detect`
(importing_detect.py: which sheets, the header row, the proposed mapping), then `preview` (a dry
run: every problem and the counts) and `run_import` (all or nothing: one transaction, one audit
event with the user, time, file name, SHA-256 and counts, and a rolling copy named "before-import"
taken just before the first write). Long work reports through `progress(done, total, message)` and
stops when `should_stop()` says so, writing nothing.

An import adds and updates; it removes only with an explicit scope. Every sheet that holds a list
is read, into one report; the file's date order and the unit its title names are decided once for
the file (io/file_context.py). A file with no data rows, or nothing to change, writes nothing. The
report's `receipt` lets the window undo the import as one step (importing_undo.py).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cq2c_desktop.domain.job_protocol import DONE, Cancelled, Progress, ShouldStop, no_progress
from cq2c_desktop.domain.messages import Message, Text
from cq2c_desktop.io.fields import Kind
from cq2c_desktop.io.file_context import decide_date_order, unit_from_title
from cq2c_desktop.io.parse import combine_results, parse_grid
from cq2c_desktop.io.parse_common import FileContext, ParseResult, PlanRefs
from cq2c_desktop.io.problems import Problem as Problem  # what ImportReport.problems holds
from cq2c_desktop.io.problems import ProblemLog
from cq2c_desktop.io.tabular import ReadError
from cq2c_desktop.io.values import BadValueError
from cq2c_desktop.services import audit
from cq2c_desktop.services.backup_labels import backup_reason
from cq2c_desktop.services.backups import take_safety_copy
from cq2c_desktop.services.importing_apply import (
    DEFAULT_SCOPE,
    SCOPES,
    apply_changes,
    plan_changes,
    staff_present_keys,
)
from cq2c_desktop.services.importing_detect import (
    ImportOptions,
    SheetPlan,
    mapping_overrides,
    plan_refs,
    read_list_sheets,
)
from cq2c_desktop.services.importing_mappings import MappingError, SavedMapping, save_mapping
from cq2c_desktop.services.importing_report import ImportReport as ImportReport
from cq2c_desktop.services.importing_report import SheetReport
from cq2c_desktop.services.importing_undo import take_receipt
from cq2c_desktop.store.db import OpenPlan

NO_DATA_ROWS = Text(
    "no_data_rows",
    "{file} [{sheet}] has no data rows under its header: nothing was imported; fill in the list, or choose "
    "the sheet that holds it",
)

LEGACY_FILE = Text("legacy_file", "The file is in {encoding}; converted to Unicode")

UNREADABLE_FILE = Text("unreadable_file", "{reason}")

PLAN_REFUSED = Text("plan_constraint", "The plan refused the data ({reason}); nothing was written")

BAD_SCOPE = Text("import_scope", "The removal scope must be one of {scopes}")

BAD_FILE_UNIT = Text("file_unit_unknown", "The unit for the whole file: {reason}")

DATE_ORDER_DAY = Text(
    "date_order_day_first",
    "Dates are read day/month/year: {count} dates can only be read so (e.g. «{example}», row {row} of {sheet})",
)

DATE_ORDER_MONTH = Text(
    "date_order_month_first",
    "Dates are read month/day/year, as the file writes them: {count} dates can only be read so (e.g. "
    "«{example}», row {row} of {sheet})",
)

DATE_ORDER_MIXED = Text(
    "date_order_mixed",
    "The file writes dates both ways ({day} day first, {month} month first): the rows written the other "
    "way are errors; write every date as dd/mm/yyyy",
)

READING_FILE = Text("import_reading", "Reading the file")

FINDING_HEADER = Text("import_header", "Finding the header")

WRITING = Text("import_writing", "Writing to the plan")


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
    scope = options.scope or DEFAULT_SCOPE
    if scope not in SCOPES:
        raise MappingError(BAD_SCOPE(scopes=", ".join(SCOPES)))
    job = _Job(plan, kind, file, scope, options, progress or no_progress, should_stop)
    job.progress(0, 100, READING_FILE())
    report = ImportReport(kind.value, file.name, "", _sha256(file), dry_run=options.dry_run, scope=scope)
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


def _file_unit(refs: PlanRefs, options: ImportOptions, log: ProblemLog) -> str | None:
    if not options.unit:
        return None
    try:
        match = refs.units.resolve(options.unit)
    except BadValueError as exc:
        log.error(BAD_FILE_UNIT(reason=exc.message), value=options.unit)
        return None
    if match.note is not None:
        log.warning(match.note, value=options.unit)
    return match.id


def _date_order(sheets: list[SheetPlan], log: ProblemLog, report: ImportReport) -> FileContext:
    evidence = decide_date_order((p.grid, p.header) for p in sheets)
    order = evidence.order
    if evidence.example_row is not None:
        sheet, row = evidence.example_row
        report.date_order = "month_first" if order.month_first else "day_first"
        text = DATE_ORDER_MONTH if order.month_first else DATE_ORDER_DAY
        log.note(text(count=order.evidence, example=order.example, row=row, sheet=sheet), sheet=sheet, row=row)
        if evidence.day_first and evidence.month_first:
            log.note(DATE_ORDER_MIXED(day=evidence.day_first, month=evidence.month_first))
    return FileContext(date_order=order)


def _parse_sheets(
    job: _Job, sheets: list[SheetPlan], refs: PlanRefs, log: ProblemLog, base: FileContext
) -> ParseResult:
    unit = _file_unit(refs, job.options, log)
    results: list[ParseResult] = []
    for index, plan in enumerate(sheets):
        log.sheet = plan.grid.sheet
        title = None if unit is not None else unit_from_title(plan.grid, plan.header, refs.units)
        context = replace(
            base,
            file_unit=unit if unit is not None else (title.unit if title else None),
            title=(title.title, title.row) if title else None,
            include_hidden=job.options.include_hidden,
        )
        share = 60 // max(len(sheets), 1)
        start = 10 + share * index

        def step(done: int, total: int, message: Message, start: int = start, share: int = share) -> None:
            job.progress(start + share * done // max(total, 1), 100, message)

        results.append(
            parse_grid(
                plan.grid,
                job.kind,
                plan.header,
                refs,
                log,
                context=context,
                unit_of=refs.units.exactly,
                should_stop=job.should_stop,
                progress=step,
            )
        )
    log.sheet = ""
    return combine_results(job.kind, results, log)


def _import(session: Session, job: _Job, report: ImportReport, log: ProblemLog) -> None:
    refs = plan_refs(session)
    overrides, options = mapping_overrides(session, job.kind, job.options, log)
    job.progress(5, 100, FINDING_HEADER())
    sheets = read_list_sheets(job.file, job.kind, refs, options, overrides, log)
    for plan in sheets:
        if plan.grid.encoding in ("tcvn3", "vni"):
            log.warning(
                LEGACY_FILE(encoding=plan.grid.encoding.upper()), sheet=plan.grid.sheet, value=plan.grid.encoding
            )
    job.check_stop()
    if not sheets or log.has_errors:
        report.sheet = ", ".join(p.grid.sheet for p in sheets)
        return
    report.sheet = ", ".join(p.grid.sheet for p in sheets)
    report.header_row = sheets[0].header.header_row + 1
    parsed = _parse_sheets(job, sheets, refs, log, _date_order(sheets, log, report))
    report.sheets = [
        SheetReport(
            p.grid.sheet,
            p.header.header_row + 1,
            parsed.rows_per_sheet.get(p.grid.sheet, 0),
            parsed.sheets.count(p.grid.sheet),
        )
        for p in sheets
    ]
    headers = [p.header for p in sheets]
    del sheets  # a large roster's cells are most of the memory; the records are all we need now
    report.layout, report.rows_read, report.records = parsed.layout, parsed.rows_read, len(parsed.records)
    report.rows_not_read = parsed.skipped_rows
    if not parsed.records and not log.has_errors:
        log.error(NO_DATA_ROWS(file=job.file.name, sheet=report.sheet))
        return
    fields = {name for header in headers for name in header.field_columns()}
    present = staff_present_keys(fields) if job.kind is Kind.STAFF else set()
    changes = plan_changes(session, parsed, present, job.scope, log)
    counts = changes.counts
    report.added, report.changed, report.removed, report.unchanged = (
        counts["added"],
        counts["changed"],
        counts["removed"],
        counts["unchanged"],
    )
    report.removals = changes.removal_labels()
    if log.has_errors or options.dry_run or not (report.added or report.changed or report.removed):
        return
    # A copy named for the import, now that it will write: one that finds errors writes nothing
    # and leaves the rotation of copies alone.
    take_safety_copy(job.plan, backup_reason("before-import", job.file.name))
    job.progress(75, 100, WRITING())
    receipt = take_receipt(session, changes, job.file.name)
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
    report.receipt = receipt


def _finish(report: ImportReport, log: ProblemLog) -> ImportReport:
    report.errors, report.warnings, report.notes = log.errors, log.warnings, log.notes
    report.problems = list(log)
    report.problems_not_shown = log.truncated
    return report
