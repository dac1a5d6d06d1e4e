"""What went wrong in an imported file, said so an officer can find and fix it in Excel.

Every problem names the file, the sheet, the row as Excel numbers it (1-based) and the column as
Excel letters it ("C") with the header the officer sees, the value, and a message (a code and its
fields, domain/messages.py) that the window translates and the command line prints in both
languages. Errors block an import; warnings (a repaired name, a guessed date) do not.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from cq2c_desktop.domain.messages import Message, english, vietnamese


class Severity(StrEnum):
    ERROR = "error"  # blocks the import
    WARNING = "warning"  # imported, but the officer should check it (a repaired name, a guessed reading)
    NOTE = "note"  # what the importer decided for the whole file or sheet (a date order, a skipped sheet)


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
    message: Message  # its code ("unknown_unit") is the stable name of the rule, for scripts and tests
    file: str = ""
    sheet: str = ""
    row: int | None = None  # 1-based, as Excel shows it
    column: str = ""  # Excel letters
    header: str = ""
    value: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def code(self) -> str:
        return self.message.code

    def to_dict(self) -> dict[str, Any]:
        """For `cq2c import --json`: the code and the message in both languages, as plain values."""
        data = {k: v for k, v in asdict(self).items() if k != "message"}
        data.update(
            severity=self.severity.value,
            code=self.code,
            message_vi=vietnamese(self.message),
            message_en=english(self.message),
        )
        return data


@dataclass
class ProblemLog:
    """Collects problems; caps what it keeps so a file of 100,000 bad rows stays readable."""

    file: str = ""
    sheet: str = ""
    limit: int = 2000
    problems: list[Problem] = field(default_factory=list)
    errors: int = 0
    warnings: int = 0
    notes: int = 0

    def add(
        self,
        severity: Severity,
        message: Message,
        *,
        row: int | None = None,
        column: str = "",
        header: str = "",
        value: object = "",
        sheet: str | None = None,
    ) -> None:
        if severity is Severity.ERROR:
            self.errors += 1
        elif severity is Severity.WARNING:
            self.warnings += 1
        else:
            self.notes += 1
        if len(self.problems) < self.limit or (severity is Severity.NOTE and self.notes <= 200):
            shown = "" if value is None else str(value)
            where = self.sheet if sheet is None else sheet
            self.problems.append(Problem(severity, message, self.file, where, row, column, header, shown[:200]))

    def error(self, message: Message, **where: Any) -> None:
        self.add(Severity.ERROR, message, **where)

    def warning(self, message: Message, **where: Any) -> None:
        self.add(Severity.WARNING, message, **where)

    def note(self, message: Message, **where: Any) -> None:
        self.add(Severity.NOTE, message, **where)

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            if problem.is_error:
                self.errors += 1
            elif problem.severity is Severity.WARNING:
                self.warnings += 1
            else:
                self.notes += 1
            if len(self.problems) < self.limit:
                self.problems.append(problem)

    @property
    def has_errors(self) -> bool:
        return self.errors > 0

    @property
    def truncated(self) -> int:
        return max(0, self.errors + self.warnings + self.notes - len(self.problems))

    def __iter__(self) -> Iterator[Problem]:
        return iter(self.problems)
