"""What went wrong in an imported file, said so an officer can find and fix it in Excel.

Every problem names the file, the sheet, the row as Excel numbers it (1-based) and the column as
Excel letters it ("C") with the header the officer sees, the value, and a message in Vietnamese
then English. Errors block an import; warnings (a repaired name, a guessed date) do not.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


def column_letter(index: int) -> str:
    """Excel's letters for a 0-based column index (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """The 0-based index of Excel column letters ("A" -> 0); ValueError when not letters."""
    text = letters.strip().upper()
    if not text or not text.isascii() or not text.isalpha() or len(text) > 3:
        raise ValueError(letters)
    index = 0
    for ch in text:
        index = index * 26 + (ord(ch) - ord("A") + 1)
    return index - 1


@dataclass(frozen=True)
class Problem:
    severity: Severity
    code: str  # stable machine name ("unknown_unit"), for tests and the GUI's filters
    message_vi: str
    message_en: str
    file: str = ""
    sheet: str = ""
    row: int | None = None  # 1-based, as Excel shows it
    column: str = ""  # Excel letters
    header: str = ""
    value: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def where(self) -> str:
        parts = [self.file] if self.file else []
        if self.sheet:
            parts.append(f"sheet '{self.sheet}'")
        if self.row is not None:
            parts.append(f"dòng/row {self.row}")
        if self.column:
            parts.append(f"cột/column {self.column}" + (f" ({self.header})" if self.header else ""))
        return ", ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data

    def format(self) -> str:
        label = "LỖI/ERROR" if self.is_error else "CẢNH BÁO/WARNING"
        value = f" — giá trị/value: «{self.value}»" if self.value else ""
        return f"[{label}] {self.where()}{value}\n    {self.message_vi}\n    {self.message_en}"


@dataclass
class ProblemLog:
    """Collects problems; caps what it keeps so a file of 100,000 bad rows stays readable."""

    file: str = ""
    sheet: str = ""
    limit: int = 2000
    problems: list[Problem] = field(default_factory=list)
    errors: int = 0
    warnings: int = 0

    def add(
        self,
        severity: Severity,
        code: str,
        vi: str,
        en: str,
        *,
        row: int | None = None,
        column: str = "",
        header: str = "",
        value: object = "",
    ) -> None:
        if severity is Severity.ERROR:
            self.errors += 1
        else:
            self.warnings += 1
        if len(self.problems) < self.limit:
            shown = "" if value is None else str(value)
            self.problems.append(
                Problem(severity, code, vi, en, self.file, self.sheet, row, column, header, shown[:200])
            )

    def error(self, code: str, vi: str, en: str, **where: Any) -> None:
        self.add(Severity.ERROR, code, vi, en, **where)

    def warning(self, code: str, vi: str, en: str, **where: Any) -> None:
        self.add(Severity.WARNING, code, vi, en, **where)

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            if problem.is_error:
                self.errors += 1
            else:
                self.warnings += 1
            if len(self.problems) < self.limit:
                self.problems.append(problem)

    @property
    def has_errors(self) -> bool:
        return self.errors > 0

    @property
    def truncated(self) -> int:
        return self.errors + self.warnings - len(self.problems)

    def __iter__(self) -> Iterator[Problem]:
        return iter(self.problems)


def format_report(problems: Iterable[Problem], *, truncated: int = 0) -> str:
    """The problems as plain text, errors first, in file order."""
    ordered = sorted(problems, key=lambda p: (not p.is_error, p.sheet, p.row or 0, p.column))
    lines = [p.format() for p in ordered]
    if truncated:
        lines.append(f"… và {truncated} vấn đề khác / and {truncated} more problems")
    return "\n".join(lines)
