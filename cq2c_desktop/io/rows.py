"""Walking the data rows under a header (row_roles.py says which rows are data), reading cells with
their position, and tallying repaired text so a legacy-encoded column gets one warning."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from cq2c_desktop.domain.job_protocol import Cancelled, Progress, ShouldStop
from cq2c_desktop.domain.messages import Message, Term, Text
from cq2c_desktop.domain.text import clean
from cq2c_desktop.io.headers import Column, HeaderInfo
from cq2c_desktop.io.legacy_encodings import Legacy, column_encoding, repair_as
from cq2c_desktop.io.problems import ProblemLog
from cq2c_desktop.io.row_roles import Role, RowClassifier, fill_merged_down
from cq2c_desktop.io.syllables import text_score
from cq2c_desktop.io.tabular import Cell, Grid
from cq2c_desktop.io.values import BadValueError, is_blank, text_of

LEGACY_TEXT = Text("legacy_text", "{count} cells converted from {encoding} to Unicode (e.g. «{before}» → «{after}»)")
MISSING_VALUE = Text("missing_value", "Missing {field}: fill it in, or leave the row out of the file")
FORMULA_WITHOUT_VALUE = Text(
    "formula_without_value",
    "The cell holds a formula saved without its result; open the file in Excel, let it calculate and save "
    "it again (or paste the column as values)",
)
READING_ROWS = Text("reading_rows", "Reading the rows")


@dataclass
class Repairs:
    """Per column: how many cells were converted from a legacy encoding, and a first example."""

    counts: dict[tuple[int, Legacy], int] = field(default_factory=dict)
    examples: dict[tuple[int, Legacy], tuple[int, str, str]] = field(default_factory=dict)

    def note(self, column: int, legacy: Legacy, row: int, before: str, after: str) -> None:
        key = (column, legacy)
        self.counts[key] = self.counts.get(key, 0) + 1
        self.examples.setdefault(key, (row, before, after))

    def report(self, log: ProblemLog, headers: dict[int, Column]) -> None:
        for (index, legacy), count in sorted(self.counts.items()):
            row, before, after = self.examples[(index, legacy)]
            column = headers.get(index)
            name = legacy.value.upper()
            log.warning(
                LEGACY_TEXT(count=count, encoding=name, before=before, after=after),
                row=row,
                column=column.letter if column else "",
                header=column.header if column else "",
                value=before,
            )


@dataclass
class RowReader:
    """Reads one data row's fields; every problem it records carries the row and column."""

    grid: Grid
    header: HeaderInfo
    log: ProblemLog
    repairs: Repairs
    row: list[Cell] = field(default_factory=list)
    number: int = 0  # 1-based, as Excel shows it
    hints: dict[int, Legacy] = field(default_factory=dict)  # columns typed in a legacy encoding
    section: tuple[str, str, int] | None = None  # the group row above: (unit id, its label, its row)
    memo: dict[str, Any] = field(default_factory=dict)  # what a row parser works out once per sheet

    def __post_init__(self) -> None:
        self._texts: dict[int, str] = {}
        self._flagged: set[int] = set()
        self.by_field = self.header.field_columns()
        self.by_index = {c.index: c for c in self.header.columns}
        self._index_of = {name: column.index for name, column in self.by_field.items()}
        sample = self.grid.rows[self.header.data_row : self.header.data_row + 2000]
        for column in self.header.columns:
            if column.field:
                texts = [r[column.index] for r in sample if column.index < len(r)]
                legacy = column_encoding(t for t in texts if isinstance(t, str))
                if legacy is None and self.grid.legacy is not None:
                    legacy = Legacy(self.grid.legacy)  # the sheet is typed in it: ties go its way
                if legacy is not None:
                    self.hints[column.index] = legacy

    def has(self, name: str) -> bool:
        return name in self.by_field

    def cell(self, name: str) -> Cell:
        column = self.by_field.get(name)
        return self.cell_at(column.index) if column else None

    def cell_at(self, index: int) -> Cell:
        return self.row[index] if index < len(self.row) else None

    def text(self, name: str) -> str:
        index = self._index_of.get(name)
        if index is None:
            return ""
        text = self._texts.get(index)
        if text is None:
            self._texts[index] = text = self._tidy(index)
        return text

    def move_to(self, row: list[Cell], number: int) -> None:
        self.row, self.number = row, number
        self._texts = {}
        self._flagged = set()  # columns of this row that already have an error

    def text_at(self, index: int) -> str:
        """The cell's tidy text; each cell is tidied (and its repair counted) once per row."""
        text = self._texts.get(index)
        if text is None:
            self._texts[index] = text = self._tidy(index)
        return text

    def _tidy(self, index: int) -> str:
        row = self.row
        cell = row[index] if index < len(row) else None
        if cell is None:
            return ""
        if cell.__class__ is str:
            if cell.isascii() and cell.isprintable() and index not in self.hints:
                # Plain ASCII (ids, citizen ids, text dates): nothing to repair, only spaces to tidy.
                return cell if "  " not in cell and cell == cell.strip() else " ".join(cell.split())
            text, legacy = text_of(cell)  # blank text comes back ""
        else:
            text, legacy = text_of(cell)
        hint = self.hints.get(index)
        if legacy is not hint and hint is not None and isinstance(cell, str):
            # The column's (or sheet's) encoding settles a cell that reads about as well either way.
            fixed = repair_as(cell, hint)
            if fixed is not None and fixed != text and text_score(fixed) >= text_score(text):
                text, legacy = clean(fixed), hint
        if legacy is not None:
            self.repairs.note(index, legacy, self.number, str(cell), text)
        return text

    def problem(
        self, name_or_index: str | int, exc: BadValueError, *, warning: bool = False, value: object = ""
    ) -> None:
        column = (
            self.by_field.get(name_or_index) if isinstance(name_or_index, str) else self.by_index.get(name_or_index)
        )
        add = self.log.warning if warning else self.log.error
        if not warning and column is not None:
            self._flagged.add(column.index)
        shown = value if value != "" else (self.cell_at(column.index) if column else "")
        add(
            exc.message,
            row=self.number,
            column=column.letter if column else "",
            header=column.header if column else "",
            value="" if shown is None else shown,
        )

    def note(self, name: str, note: Message | None) -> None:
        if note is not None:
            self.problem(name, BadValueError(note), warning=True)

    def missing(self, name: str, label: Term) -> None:
        column = self.by_field.get(name)
        if column is not None and column.index in self._flagged:
            return  # the cell has its own error already (a formula without its value)
        self.problem(name, BadValueError(MISSING_VALUE(field=label)))


@dataclass(frozen=True)
class Walk:
    """How the rows under a header were read."""

    roles: list[tuple[int, Role]]  # 1-based row and role of every row not read as data
    sections: dict[int, str]  # group row -> the unit id it names


def data_rows(
    reader: RowReader,
    classifier: RowClassifier,
    *,
    progress: Progress | None,
    should_stop: ShouldStop | None,
    walk: Walk,
) -> Iterator[RowReader]:
    """Yield the reader positioned on each data row, recording every row's role in `walk` (the
    header and title rows included); a group row that names a unit sets the reader's section."""
    grid, header = reader.grid, reader.header
    rows = grid.rows
    total = len(rows)
    fill_merged_down(grid, header)
    walk.roles.extend(
        (r + 1, Role.TITLE if any(not is_blank(c) for c in rows[r]) else Role.BLANK) for r in range(header.header_row)
    )
    walk.roles.extend((r + 1, Role.HEADER) for r in range(header.header_row, header.last_header_row + 1))
    walk.roles.extend((r + 1, Role.NUMBERING) for r in range(header.last_header_row + 1, header.data_row))
    formulas: dict[int, list[int]] = {}
    for r, c in sorted(grid.formula_cells):
        mapped = reader.by_index.get(c)
        if mapped is not None and mapped.field:
            formulas.setdefault(r, []).append(c)
    for r in range(header.data_row, total):
        if r % 2000 == 0:
            if should_stop is not None and should_stop():
                raise Cancelled
            if progress is not None:
                progress(r, total, READING_ROWS())
        row = rows[r]
        role = classifier.role(r, row)
        if role is not Role.DATA:  # the report lists only the rows not read as data
            walk.roles.append((r + 1, role))
        if role is Role.GROUP:
            label = classifier.group_label(r, row) or ""
            unit = classifier.unit_of(label) if classifier.unit_of is not None else None
            reader.section = (unit, label, r + 1) if unit is not None else None
            if unit is not None:
                walk.sections[r + 1] = unit
            continue
        if role is not Role.DATA:
            continue
        reader.move_to(row, r + 1)
        for index in formulas.get(r, ()):
            reader.problem(index, BadValueError(FORMULA_WITHOUT_VALUE()), value="=…")
        yield reader
