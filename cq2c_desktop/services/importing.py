"""Import units, staff rosters, quotas and distances from the files communes send.

The window's import wizard and `cq2c import` call the same functions: `file_sheets` and `detect`
(importing_detect.py: which sheets, the header row, the proposed mapping), then `preview` (a dry
run: every problem and the counts) and `run_import` (all or nothing: one transaction, one audit
event with the user, time, file name, SHA-256 and counts, and a rolling copy named "before-import"
taken just before the first write). Long work reports through `progress(done, total, message)` and
stops when `should_stop()` says so, writing nothing.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cq2c_desktop.domain.job_protocol import DONE, Cancelled, Progress, ShouldStop, no_progress
from cq2c_desktop.domain.messages import Message, Text
from cq2c_desktop.io.fields import Kind
from cq2c_desktop.io.parse import parse_grid
from cq2c_desktop.io.problems import Problem as Problem  # what ImportReport.problems holds
from cq2c_desktop.io.problems import ProblemLog
from cq2c_desktop.io.tabular import ReadError
from cq2c_desktop.services import audit
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
    find_header,
    mapping_overrides,
    plan_refs,
    read_best_sheet,
)
from cq2c_desktop.services.importing_mappings import MappingError, SavedMapping, save_mapping
from cq2c_desktop.store.db import OpenPlan

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
LEGACY_FILE = Text("legacy_file", "The file is in {encoding}; converted to Unicode")
UNREADABLE_FILE = Text("unreadable_file", "{reason}")
PLAN_REFUSED = Text("plan_constraint", "The plan refused the data ({reason}); nothing was written")
BAD_SCOPE = Text("import_scope", "The removal scope must be one of {scopes}")
READING_FILE = Text("import_reading", "Reading the file")
FINDING_HEADER = Text("import_header", "Finding the header")
WRITING = Text("import_writing", "Writing to the plan")


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
    refs = plan_refs(session)
    overrides, options = mapping_overrides(session, job.kind, job.options, log)
    grid = read_best_sheet(job.file, job.kind, refs, options.sheet, None)
    report.sheet = log.sheet = grid.sheet
    if grid.encoding in ("tcvn3", "vni"):
        log.warning(LEGACY_FILE(encoding=grid.encoding.upper()), value=grid.encoding)
    job.check_stop()
    job.progress(10, 100, FINDING_HEADER())
    info = find_header(grid, job.kind, refs, options.header_row, overrides, log)
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
