"""Walking the data rows under a header: skipping blank, numbering and total rows, reading cells
with their position, and tallying repaired text so a legacy-encoded column gets one warning."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from cq2c_desktop.domain.job_protocol import Cancelled, Progress, ShouldStop
from cq2c_desktop.domain.messages import Message, Term, Text
from cq2c_desktop.domain.text import clean, fold
from cq2c_desktop.io.headers import Column, HeaderInfo, is_numbering_row
from cq2c_desktop.io.legacy_encodings import Legacy, column_encoding, repair_as
from cq2c_desktop.io.problems import ProblemLog
from cq2c_desktop.io.tabular import Cell, Grid
from cq2c_desktop.io.values import BadValueError, is_blank, is_total_label, text_of

_FOOTER_WORDS = (
    "nguoi lap bieu",
    "nguoi lap",
    "thu truong don vi",
    "ky ten",
    "ky ghi ro ho ten",
    "xac nhan cua",
    "chu tich ubnd",
    "ngay thang nam",
)


LEGACY_TEXT = Text("legacy_text", "{count} cells converted from {encoding} to Unicode (e.g. «{before}» → «{after}»)")
MISSING_VALUE = Text("missing_value", "Missing {field}")
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

    def __post_init__(self) -> None:
        self._texts: dict[int, str] = {}
        self.by_field = self.header.field_columns()
        self.by_index = {c.index: c for c in self.header.columns}
        sample = self.grid.rows[self.header.data_row : self.header.data_row + 2000]
        for column in self.header.columns:
            if column.field:
                texts = [r[column.index] for r in sample if column.index < len(r)]
                legacy = column_encoding(t for t in texts if isinstance(t, str))
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
        column = self.by_field.get(name)
        return self.text_at(column.index) if column else ""

    def move_to(self, row: list[Cell], number: int) -> None:
        self.row, self.number = row, number
        self._texts = {}

    def text_at(self, index: int) -> str:
        """The cell's tidy text; each cell is tidied (and its repair counted) once per row."""
        text = self._texts.get(index)
        if text is None:
            self._texts[index] = text = self._tidy(index)
        return text

    def _tidy(self, index: int) -> str:
        cell = self.cell_at(index)
        if is_blank(cell):
            return ""
        text, legacy = text_of(cell)
        hint = self.hints.get(index)
        if legacy is None and hint is not None and isinstance(cell, str):
            fixed = repair_as(cell, hint)
            if fixed is not None and fixed != text:
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
        self.problem(name, BadValueError(MISSING_VALUE(field=label)))


def _is_footer(row: list[Cell]) -> bool:
    texts = [text_of(c)[0] for c in row if not is_blank(c)]
    joined = " ".join(fold(t) for t in texts)
    return any(word in joined for word in _FOOTER_WORDS)


def _is_number_text(cell: Cell) -> bool:
    return isinstance(cell, str) and cell.strip().replace(",", "").replace(".", "").isdigit()


def _kind_of_row(row: list[Cell], header_cells: list[Cell]) -> str:
    """ "data", "blank", "total" (a total label with only numbers beside it: the table ends),
    or "skip" (a numbering row, a signature line, the header repeated on a new page). One pass
    over the cells decides for almost every row, so a 150,000-row roster stays fast."""
    words = 0
    for cell in row:  # fast path: five cells of real text (a signature line has at most four)
        if cell.__class__ is str and len(cell) > 5 and not cell[0].isdigit():
            words += 1
            if words == 5:
                return "skip" if row == header_cells else "data"
    filled = texts = 0
    long_text = False
    first_text: tuple[int, str] | None = None
    for index, cell in enumerate(row):
        if is_blank(cell):
            continue
        filled += 1
        if isinstance(cell, str) and not _is_number_text(cell):
            texts += 1
            long_text = long_text or len(cell) > 5
            if first_text is None:
                first_text = (index, cell)
    if filled == 0:
        return "blank"
    if (
        texts == 1
        and first_text is not None
        and first_text[0] < 4
        and len(first_text[1]) < 40
        and is_total_label(text_of(first_text[1])[0])
    ):
        return "total"
    if filled <= 4 and _is_footer(row):
        return "skip"
    if not long_text and is_numbering_row(row):
        return "skip"
    return "skip" if row == header_cells else "data"


def data_rows(
    reader: RowReader, *, progress: Progress | None, should_stop: ShouldStop | None, skipped: list[int]
) -> Iterator[RowReader]:
    """Yield the reader positioned on each data row; stop at a total row (what follows is the
    signature block), skip blank rows and repeated header / numbering rows."""
    rows = reader.grid.rows
    total = len(rows)
    header_cells = rows[reader.header.header_row] if reader.header.header_row < total else []
    for r in range(reader.header.data_row, total):
        if r % 2000 == 0:
            if should_stop is not None and should_stop():
                raise Cancelled
            if progress is not None:
                progress(r, total, READING_ROWS())
        row = rows[r]
        kind = _kind_of_row(row, header_cells)
        if kind == "blank":
            continue
        if kind != "data":
            skipped.append(r + 1)
            if kind == "total":
                break
            continue
        reader.move_to(row, r + 1)
        yield reader
