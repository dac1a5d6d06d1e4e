"""What an import tells: its report (counts, the sheets read, the rows not read with their role, who
would be removed, every problem) and its one-line summary."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from cq2c_desktop.domain.messages import Message, Text, english
from cq2c_desktop.io.problems import Problem
from cq2c_desktop.io.row_roles import RowSpan
from cq2c_desktop.services.importing_apply import DEFAULT_SCOPE
from cq2c_desktop.services.importing_undo import ImportReceipt

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

NOTHING_TO_CHANGE = Text(
    "import_nothing_to_change",
    "Nothing to change, the plan is unchanged: {file} [{sheet}] — {rows} rows, all {unchanged} already in the "
    "plan as the file has them; warnings {warnings}",
)


@dataclass(frozen=True)
class SheetReport:
    name: str
    header_row: int  # 1-based
    rows_read: int
    records: int


@dataclass
class ImportReport:
    kind: str
    file: str
    sheet: str  # the sheets read, joined
    sha256: str
    layout: str = ""
    header_row: int | None = None  # the first sheet's
    rows_read: int = 0
    records: int = 0
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    rows_not_read: list[RowSpan] = field(default_factory=list)  # every row not read as data, with its role
    sheets: list[SheetReport] = field(default_factory=list)
    removals: list[str] = field(default_factory=list)  # who (or what) the import removes, as the officer reads it
    date_order: str = ""  # day_first | month_first | "" (no text dates)
    errors: int = 0
    warnings: int = 0
    notes: int = 0
    problems: list[Problem] = field(default_factory=list)
    problems_not_shown: int = 0
    written: bool = False
    dry_run: bool = False
    scope: str = DEFAULT_SCOPE
    receipt: ImportReceipt | None = field(default=None, repr=False)  # what was written, to undo it

    @property
    def ok(self) -> bool:
        return self.errors == 0

    @property
    def nothing_to_change(self) -> bool:
        return self.ok and not self.written and self.records > 0 and self.added + self.changed + self.removed == 0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("receipt", None)
        data["problems"] = [p.to_dict() for p in self.problems]
        return data

    def summary(self) -> Message:
        """What happened, with the counts: imported, a dry run, nothing to change, or refused."""
        if self.nothing_to_change and not self.dry_run:
            return NOTHING_TO_CHANGE(
                file=self.file, sheet=self.sheet, rows=self.rows_read, unchanged=self.unchanged, warnings=self.warnings
            )
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

    def report_text(self) -> str:
        """The summary and every problem in English, one a line (for logs and test failures)."""
        lines = [english(self.summary())]
        lines += [f"{p.severity} {p.sheet}!{p.column}{p.row or ''}: {english(p.message)}" for p in self.problems]
        return "\n".join(lines)
