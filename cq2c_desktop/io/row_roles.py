"""What each row under a header is: data, or one of the rows a roster holds besides its people.

Commune lists group their people ("I | XÃ MƯỜNG LÁT", "A. Cán bộ", "1. Văn phòng HĐND và UBND"),
add a subtotal after each group ("Cộng xã Mường Lát | 7 người", "Tổng số: 7 người") and go on, end
with a total, then the official footer: "Danh sách này có 20 người./.", the place and date, the
signers' titles (NGƯỜI LẬP BIỂU, TM. UBND, CHỦ TỊCH) and their names. Every row gets a role; only
data rows are read, and the report lists the others with their role. Data goes on after a subtotal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from cq2c_desktop.domain.text import fold
from cq2c_desktop.io.fields import IGNORE, normalise_header
from cq2c_desktop.io.headers import HeaderInfo, is_numbering_row, label_text
from cq2c_desktop.io.tabular import Cell, Grid
from cq2c_desktop.io.values import is_blank, is_total_label


class Role(StrEnum):
    TITLE = "title"  # above the header: the list's title, the issuing body, notes
    HEADER = "header"  # the header, or the header repeated on a new page
    NUMBERING = "numbering"  # "(1) (2) (3)" under the header
    DATA = "data"
    GROUP = "group"  # a section title: a unit, an office, "A. Cán bộ"
    SUBTOTAL = "subtotal"  # a subtotal or the total
    FOOTER = "footer"  # "Danh sách này có … người", place and date, signatures
    BLANK = "blank"
    HIDDEN = "hidden"  # a data row hidden in the file (read only when the officer asks)


@dataclass(frozen=True)
class RowSpan:
    """Rows `first`..`last` (1-based, as Excel numbers them) of one sheet, all of one role."""

    sheet: str
    first: int
    last: int
    role: Role


_STT_HEADERS = frozenset({"stt", "tt", "so tt", "so thu tu", "no"})
_ROMAN = re.compile(r"^(?=[ivxl])(x{0,3})(ix|iv|v?i{0,3})[.)]?$")
_LETTER = re.compile(r"^[a-zđ][.)]?$")
_TOTAL = re.compile(r"^(tổng cộng|tổng số|tổng hợp|tổng|cộng lại|cộng chung|cộng)(?=$|[\s:.,(\-])")
_TOTAL_PLAIN = re.compile(r"^(tong cong|tong so)\b")
_COUNT_TEXT = re.compile(
    r"^\(?\d+\s*(người|ng|cán bộ|công chức|cbcc|đồng chí|đ/c|nguoi|can bo|cong chuc)?\)?\.?$", re.IGNORECASE
)
_GROUP_WORDS = (
    "xã ",
    "phường ",
    "đặc khu ",
    "thị trấn ",
    "ubnd ",
    "ủy ban",
    "uỷ ban",
    "văn phòng",
    "phòng ",
    "ban ",
    "bộ phận",
    "khối ",
    "trung tâm",
    "cán bộ",
    "công chức",
    "viên chức",
    "lãnh đạo",
    "nhóm ",
    "đảng ",
    "đảng ủy",
    "đoàn thể",
    "tổ ",
    "các ",
    "chuyên môn",
    "huyện ",
    "thôn ",
    "hội ",
    "mặt trận",
    "cơ quan",
    "đơn vị",
    "danh sách",
)
_FOOTER_PATTERNS = re.compile(
    r"danh sach (nay )?(co|gom|bao gom|tong)|an dinh danh sach|ngay\W*[\d_ ]*\W*thang\W*[\d_ ]*\W*nam\W*\d{0,4}"
    r"|nguoi lap|nguoi ky|thu truong|chu tich|tm\W+ubnd|tm\W+uy ban|giam doc|truong phong|bi thu"
    r"|ky\W+ten|ky\W+ghi ro|ky\W+va\W+ghi|dong dau|xac nhan|noi nhan|^ghi chu\W|^luu\W"
)


def _low(text: str) -> str:
    return text.lower()


def _is_roman_or_letter(text: str) -> bool:
    key = fold(text).strip()
    return bool(key) and (bool(_ROMAN.match(key)) or bool(_LETTER.match(key)))


@dataclass
class RowClassifier:
    """Decides each row's role; `unit_of` tells whether a text names exactly one unit of the plan."""

    grid: Grid
    header: HeaderInfo
    include_hidden: bool = False
    unit_of: Callable[[str], str | None] | None = None

    def __post_init__(self) -> None:
        self.footer = False
        self.legacy = self.grid.legacy
        columns = self.header.columns
        self.fields = frozenset(c.index for c in columns if c.field and c.field != IGNORE)
        self.stt = next(
            (c.index for c in columns if c.field == IGNORE and normalise_header(c.header) in _STT_HEADERS), None
        )
        names = self.header.field_columns()
        self.name_columns = frozenset(names[f].index for f in ("full_name", "family_name", "given_name") if f in names)
        first = self.header.header_row
        self.header_rows = [self.grid.rows[r] for r in range(first, first + self.header.header_rows)]
        self.header_keys = {
            c: normalise_header(label_text(row[c], self.grid.legacy) if isinstance(row[c], str) else "")
            for row in self.header_rows
            for c in range(len(row))
            if isinstance(row[c], str)
        }
        self.header_set = frozenset(c for row in self.header_rows for c in row if isinstance(c, str) and c.strip())
        self.formula_rows = frozenset(r for r, _ in self.grid.formula_cells)
        self.horizontal = {(r0, c0) for (r0, c0), (_, c1) in self.grid.merged if c1 > c0}

    def role(self, r: int, row: list[Cell]) -> Role:
        role = self._role(r, row)
        if role is Role.DATA and r in self.grid.hidden_rows and not self.include_hidden:
            return Role.HIDDEN
        return role

    def _role(self, r: int, row: list[Cell]) -> Role:
        long_texts = 0
        for cell in row:  # fast path: five cells of real text (a footer or group row has fewer)
            if cell.__class__ is str and len(cell) > 5 and not cell[0].isdigit():
                long_texts += 1
                if long_texts == 5:
                    return Role.HEADER if self._is_header(row) else Role.DATA
        filled = [(c, cell) for c, cell in enumerate(row) if not is_blank(cell)]
        if not filled:
            return Role.DATA if r in self.formula_rows else Role.BLANK
        if long_texts == 0 and is_numbering_row(row):
            return Role.NUMBERING
        if self._is_header(row):
            return Role.HEADER
        in_fields = [c for c, _ in filled if c in self.fields]
        in_text = [
            c for c, cell in filled if c in self.fields and isinstance(cell, str) and not _COUNT_TEXT.match(cell)
        ]
        strong = len(in_text) >= 3 or (self._numbered(row) and any(c in self.name_columns for c in in_fields))
        texts = [(c, label_text(cell, self.legacy)) for c, cell in filled if isinstance(cell, str)]
        if not strong and self._is_total(texts, filled):
            return Role.SUBTOTAL
        if not strong and self._is_footer(texts, filled):
            self.footer = True
            return Role.FOOTER
        if self.footer and not strong:
            return Role.FOOTER
        if len(in_fields) <= 1 and self.group_label(r, row) is not None:
            return Role.GROUP
        return Role.DATA

    def _numbered(self, row: list[Cell]) -> bool:
        if self.stt is None or self.stt >= len(row):
            return False
        cell = row[self.stt]
        return isinstance(cell, (int, float)) or (isinstance(cell, str) and cell.strip().rstrip(".").isdigit())

    def _is_header(self, row: list[Cell]) -> bool:
        """The header repeated on a new page: most of its text cells are the header's labels."""
        # Not two cells as the header has them: compare folded labels only on short rows.
        if len(self.header_set.intersection(row)) < 2 and len(row) - row.count(None) > 6:
            return False
        same = total = 0
        for c, cell in enumerate(row):
            if isinstance(cell, str) and cell.strip():
                total += 1
                key = normalise_header(label_text(cell, self.legacy))
                same += bool(key) and self.header_keys.get(c) == key
        return total >= 2 and same * 2 > total

    def _is_total(self, texts: list[tuple[int, str]], filled: Sequence[tuple[int, Cell]]) -> bool:
        labels = [(c, t) for c, t in texts if not _COUNT_TEXT.match(t.strip())]
        if len(labels) != 1:
            return False
        column, label = labels[0]
        if column >= 4 and column not in self.name_columns:
            return False
        low = _low(label).strip()
        if _TOTAL.match(low):
            return True
        return label.isascii() and (is_total_label(label) or bool(_TOTAL_PLAIN.match(fold(label))))

    def _is_footer(self, texts: list[tuple[int, str]], filled: Sequence[tuple[int, Cell]]) -> bool:
        if not texts or len(filled) > 4:
            return False
        joined = " ".join(fold(t) for _, t in texts)
        return bool(_FOOTER_PATTERNS.search(joined)) or texts[-1][1].rstrip().endswith("/.")

    def group_label(self, r: int, row: list[Cell]) -> str | None:
        """The section title of a group row ("XÃ MƯỜNG LÁT"), or None when the row is no group row."""
        texts = [
            (c, label_text(cell, self.legacy))
            for c, cell in enumerate(row)
            if not is_blank(cell) and c != self.stt and not isinstance(cell, (int, float))
        ]
        if len(texts) != 1:
            return None
        column, label = texts[0]
        stt = row[self.stt] if self.stt is not None and self.stt < len(row) else None
        marked = isinstance(stt, str) and _is_roman_or_letter(stt)
        if self.stt is None and column > 0 and isinstance(row[0], str) and _is_roman_or_letter(row[0]):
            marked = True
        low = _low(label)
        worded = (
            low.startswith(_GROUP_WORDS)
            if not label.isascii()
            else fold(label).startswith(tuple(fold(w) for w in _GROUP_WORDS if len(w) > 4))
        )
        merged = (r, column) in self.horizontal
        unit = self.unit_of(label) if self.unit_of is not None else None
        if marked or worded or merged or unit is not None:
            return label
        return None


def merge_spans(sheet: str, roles: list[tuple[int, Role]]) -> list[RowSpan]:
    """Consecutive rows of one role as one span ((row, role) pairs, 1-based rows, in order)."""
    spans: list[RowSpan] = []
    for row, role in roles:
        last = spans[-1] if spans else None
        if last is not None and last.role is role and last.last == row - 1:
            spans[-1] = RowSpan(sheet, last.first, row, role)
        else:
            spans.append(RowSpan(sheet, row, row, role))
    return spans


def fill_merged_down(grid: Grid, header: HeaderInfo) -> None:
    """A value merged down over several data rows (the unit of a group of people) belongs to each."""
    fields = {c.index for c in header.columns if c.field and c.field != IGNORE}
    for (r0, c0), (r1, _) in grid.merged:
        if r1 <= r0 or r0 < header.data_row or c0 not in fields or r0 >= len(grid.rows):
            continue
        top = grid.rows[r0]
        value = top[c0] if c0 < len(top) else None
        for r in range(r0 + 1, min(r1, len(grid.rows) - 1) + 1):
            row = grid.rows[r]
            if len(row) <= c0:
                row.extend([None] * (c0 + 1 - len(row)))
            if is_blank(row[c0]):
                row[c0] = value
