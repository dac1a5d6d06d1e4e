"""Find the header row(s) of a sheet and map its columns to fields.

Commune files put merged title rows above the table ("DANH SÁCH CÁN BỘ, CÔNG CHỨC …"), often a
header of two or three rows whose lower rows hold sub-columns ("Ngày sinh" over "Nam" | "Nữ",
"Giới tính" over "Nam" | "Nữ" ticks, "Họ và tên" over "Họ" | "Đệm" | "Tên", "Trình độ chuyên môn"
over "Trình độ" | "Chuyên ngành"), and sometimes a row of column numbers "(1) (2) (3)" below. We
score each candidate by how many distinct fields its columns name and take the best; headers typed
in TCVN3 / VNI are read as Unicode first. What the synonyms cannot name, the officer maps.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from cq2c_desktop.domain.text import clean
from cq2c_desktop.io.fields import IGNORE, Kind, normalise_header, synonym_index
from cq2c_desktop.io.legacy_encodings import Legacy, repair_as
from cq2c_desktop.io.problems import column_letter
from cq2c_desktop.io.syllables import text_score
from cq2c_desktop.io.tabular import Cell, Grid
from cq2c_desktop.io.values import text_of

SCAN_ROWS = 30
MAX_HEADER_ROWS = 3
# Maps a header to a wide-layout pseudo-field (a specialty or a unit column), or None.
WideHeader = Callable[[str], str | None]
# "Mã số BHXH", "Số hiệu tài khoản": a longer header that starts with an id's synonym names another number.
_OTHER_NUMBERS = frozenset({"bhxh", "bhyt", "thue", "bao", "tai", "khoan", "so", "ngach", "don", "vi", "xa"})
_MALE, _FEMALE = "nam", "nu"


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    field: str | None  # a field name, a "posts:"/"km:" pseudo-field, IGNORE, or None (unmapped)
    source: str = "synonym"  # synonym | wide | user | split
    hidden: bool = False

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass(frozen=True)
class HeaderInfo:
    header_row: int  # 0-based index of the first header row
    data_row: int  # 0-based index of the first row under the header (and its numbering row)
    columns: tuple[Column, ...]
    header_rows: int = 1  # how many rows the header spans

    @property
    def last_header_row(self) -> int:
        return self.header_row + self.header_rows - 1

    def field_columns(self) -> dict[str, Column]:
        return {c.field: c for c in self.columns if c.field and c.field != IGNORE}

    def wide_columns(self, prefix: str) -> list[Column]:
        return [c for c in self.columns if c.field and c.field.startswith(prefix)]


def cell_text(cell: Cell) -> str:
    """A cell as the officer sees it (for samples and previews)."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return " ".join(str(cell).split())


def label_text(cell: Cell, legacy: str | None = None) -> str:
    """A header cell's text, read from TCVN3 / VNI when it was typed in them (`legacy`: the sheet's)."""
    if not isinstance(cell, str):
        return cell_text(cell)
    text, used = text_of(cell)
    if legacy is not None and used != legacy:
        fixed = repair_as(cell, Legacy(legacy))
        if fixed is not None and text_score(fixed) >= text_score(text):
            return clean(fixed)
    return text


def _prefix_field(key: str, index: dict[str, str]) -> str | None:
    """ "Họ và tên cán bộ, công chức" starts with a synonym: the longest such, if it says enough."""
    best = ""
    for synonym in index:
        if len(synonym) > len(best) and key.startswith(synonym + " "):
            best = synonym
    if len(best) < 4:
        return None
    rest = set(key[len(best) :].split())
    if index[best] == "id" and rest & _OTHER_NUMBERS:
        return None
    return index[best]


def _match(
    label: str, index: dict[str, str], wide: WideHeader | None, *, prefix: bool = True
) -> tuple[str | None, str]:
    key = normalise_header(label)
    if not key:
        return None, "synonym"
    if key in index:
        return index[key], "synonym"
    if wide is not None:
        found = wide(label)
        if found:
            return found, "wide"
    if prefix:
        field = _prefix_field(key, index)
        if field:
            return field, "synonym"
    return None, "synonym"


class _Cover:
    """Which header cells a merged range covers: (row, col) -> the range's top-left cell."""

    def __init__(self, grid: Grid, last_row: int) -> None:
        self.origin: dict[tuple[int, int], tuple[int, int]] = {}
        self.spans: set[tuple[int, int]] = set()  # top-left cells of ranges wider than one column
        for (r0, c0), (r1, c1) in grid.merged:
            if r0 > last_row:
                continue
            if c1 > c0:
                self.spans.add((r0, c0))
            for r in range(r0, min(r1, last_row) + 1):
                for c in range(c0, min(c1, c0 + 200) + 1):
                    self.origin[(r, c)] = (r0, c0)


def _row_labels(grid: Grid, r: int, width: int) -> list[str]:
    row = grid.rows[r] if r < len(grid.rows) else []
    legacy = grid.legacy
    return [label_text(row[c], legacy) if c < len(row) else "" for c in range(width)]


def _levels(grid: Grid, first: int, depth: int, width: int, cover: _Cover) -> tuple[list[list[str]], list[bool]]:
    """Per column, its labels from the top header row down, parents carried over their sub-columns;
    and per column whether its parent spans several columns (merged or blank-carried)."""
    raw = [_row_labels(grid, first + k, width) for k in range(depth)]
    levels = [[""] * depth for _ in range(width)]
    spanning = [False] * width
    for k in range(depth):
        carried = ""
        for c in range(width):
            label = raw[k][c]
            origin = cover.origin.get((first + k, c))
            if not label and origin is not None and origin[0] >= first:
                label = raw[origin[0] - first][origin[1]]
                if origin[1] != c or (origin[0], origin[1]) in cover.spans:
                    spanning[c] = spanning[c] or k < depth - 1
            below = k < depth - 1 and any(raw[j][c] for j in range(k + 1, depth))
            if not label and below and carried:
                label, spanning[c] = carried, True
            if (first + k, c) in cover.spans and k < depth - 1:
                spanning[c] = True
            carried = label if label else (carried if below else "")
            levels[c][k] = label
    return levels, spanning


def _parts(labels: list[str]) -> list[str]:
    parts: list[str] = []
    for label in labels:
        if normalise_header(label) and (not parts or parts[-1] != label):
            parts.append(label)
    return parts


def _column_field(parts: list[str], index: dict[str, str], wide: WideHeader | None) -> tuple[str | None, str]:
    if not parts:
        return None, "synonym"
    leaf = parts[-1]
    if len(parts) == 1:
        return _match(leaf, index, wide)
    parent = parts[-2]
    leaf_key = normalise_header(leaf)
    if leaf_key in (_MALE, _FEMALE):  # "Nam" | "Nữ" under a birth date or a gender
        above = _match(parent, index, None)[0]
        if above == "birth_date":
            return ("birth_date_male" if leaf_key == _MALE else "birth_date_female"), "synonym"
        return ("male_mark" if leaf_key == _MALE else "female_mark"), "synonym"
    if leaf_key in index:  # a sub-column that names its field ("Họ", "Đệm", "Chuyên ngành")
        return index[leaf_key], "synonym"
    whole = _match(f"{parent} {leaf}", index, None, prefix=False)
    if whole[0]:
        return whole
    own = _match(leaf, index, wide)
    if own[0]:
        return own
    return _match(parent, index, wide)


def _is_label_row(grid: Grid, r: int) -> bool:
    """A row that can be part of a header: text only, no numbers or dates, not a numbering row."""
    if r >= len(grid.rows):
        return False
    row = grid.rows[r]
    for cell in row:
        if isinstance(cell, (int, float, bool, dt.date, dt.time, dt.timedelta)):
            return False
        if isinstance(cell, str) and cell.strip().replace(".", "").isdigit():
            return False
    return any(label_text(c, grid.legacy) for c in row) and not is_numbering_row(row)


@dataclass
class _Candidate:
    score: int
    row: int
    depth: int
    labels: list[str]
    matches: list[tuple[str | None, str]]


def _candidate(
    grid: Grid, r: int, depth: int, width: int, cover: _Cover, index: dict[str, str], wide: WideHeader | None
) -> _Candidate | None:
    if depth > 1 and not all(_is_label_row(grid, r + k) for k in range(1, depth)):
        return None
    levels, spanning = _levels(grid, r, depth, width, cover)
    if depth > 1 and not any(spanning[c] and levels[c][-1] for c in range(width)):
        return None  # a lower row adds sub-columns only under a parent that spans them
    parts = [_parts(column) for column in levels]
    matches = [_column_field(p, index, wide) for p in parts]
    named = {f for f, _ in matches if f and f != IGNORE}
    return _Candidate(len(named), r, depth, [" ".join(p) for p in parts], matches)


def detect_header(
    grid: Grid, kind: Kind, *, wide: WideHeader | None = None, header_row: int | None = None, min_fields: int = 2
) -> HeaderInfo | None:
    """The best header in the first rows of `grid` (or the one starting at `header_row`), with its
    mapping; a header naming fewer than `min_fields` fields is no header (a user's mapping may lower it)."""
    index = synonym_index(kind)
    width = grid.width
    candidates = [header_row] if header_row is not None else range(min(SCAN_ROWS, len(grid.rows)))
    cover = _Cover(grid, min(SCAN_ROWS, len(grid.rows)) + MAX_HEADER_ROWS)
    best: _Candidate | None = None
    for r in candidates:
        if r >= len(grid.rows):
            continue
        for depth in range(1, MAX_HEADER_ROWS + 1):
            found = _candidate(grid, r, depth, width, cover, index, wide)
            # On a tie the shorter header wins: a title row above or a sub-row below adds nothing.
            if found is not None and (best is None or (found.score, -found.depth) > (best.score, -best.depth)):
                best = found
    if best is None or (header_row is None and best.score < min_fields):
        return None
    columns = tuple(
        Column(c, best.labels[c], field, source, c in grid.hidden_columns)
        for c, (field, source) in enumerate(best.matches)
        if best.labels[c] or field
    )
    data_row = best.row + best.depth
    if data_row < len(grid.rows) and is_numbering_row(grid.rows[data_row]):
        data_row += 1
    info = HeaderInfo(best.row, data_row, columns, best.depth)
    return replace(info, columns=_one_column_per_field(_split_merged_name(info, grid)))


def _split_merged_name(info: HeaderInfo, grid: Grid) -> tuple[Column, ...]:
    """ "Họ và tên" merged over two or three columns with no sub-labels: family (and middle) name
    on the left, the given name on the right, as rosters sorted by given name write them."""
    name = next((c for c in info.columns if c.field == "full_name"), None)
    if name is None:
        return info.columns
    span = next(
        (c1 - c0 + 1 for (r0, c0), (_, c1) in grid.merged if c0 == name.index and r0 == info.header_row and c1 > c0),
        1,
    )
    if span not in (2, 3):
        return info.columns
    parts = ("family_name", "given_name") if span == 2 else ("family_name", "middle_name", "given_name")
    by_index = {c.index: c for c in info.columns}
    for offset, field in enumerate(parts):
        index = name.index + offset
        current = by_index.get(index)
        if current is not None and current.field not in (None, "full_name", IGNORE):
            return info.columns  # the columns under it name something else: leave them
        by_index[index] = Column(index, name.header, field, "split", index in grid.hidden_columns)
    return tuple(by_index[i] for i in sorted(by_index))


_NUMBERING = re.compile(r"^\(?\s*([0-9]+|[a-z])\s*\)?$", re.IGNORECASE)


def is_numbering_row(row: Sequence[Cell]) -> bool:
    """A row of column numbers under the header: "(1) (2) (3)" or "1 2 3" or "A B C"."""
    texts = [cell_text(c) for c in row if cell_text(c)]
    if len(texts) < 3:
        return False
    marks = [_NUMBERING.match(t) for t in texts]
    if not all(marks):
        return False
    values = [m.group(1) for m in marks if m]
    if all(v.isdigit() for v in values):
        numbers = [int(v) for v in values]
        return numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    return all(len(v) == 1 for v in values)


def _one_column_per_field(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """A field read from two columns is ambiguous: keep the visible (then the leftmost) one."""
    chosen: dict[str, Column] = {}
    for column in columns:
        if not column.field or column.field == IGNORE:
            continue
        current = chosen.get(column.field)
        if current is None or (current.hidden and not column.hidden):
            chosen[column.field] = column
    keep = {c.index for c in chosen.values()}
    return tuple(c if not c.field or c.field == IGNORE or c.index in keep else replace(c, field=None) for c in columns)
