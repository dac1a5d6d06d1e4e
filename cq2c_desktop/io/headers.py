"""Find the header row of a sheet and map its columns to fields.

Commune files put one or more merged title rows above the table ("DANH SÁCH CÁN BỘ, CÔNG CHỨC …"),
sometimes a two-row header ("Ngày sinh" merged above "Nam" | "Nữ"), and sometimes a row of column
numbers "(1) (2) (3)" below it. We score each of the first rows by how many distinct fields its
cells name and take the best; what the synonyms cannot name, the user maps by letter or header.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from cq2c_desktop.io.fields import FIELDS, IGNORE, KM_PREFIX, POSTS_PREFIX, Kind, normalise_header, synonym_index
from cq2c_desktop.io.problems import column_index, column_letter
from cq2c_desktop.io.tabular import Cell, Grid

SCAN_ROWS = 30
# Maps a header to a wide-layout pseudo-field (a specialty or a unit column), or None.
WideHeader = Callable[[str], str | None]


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    field: str | None  # a field name, a "posts:"/"km:" pseudo-field, IGNORE, or None (unmapped)
    source: str = "synonym"  # synonym | wide | user
    hidden: bool = False

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass(frozen=True)
class HeaderInfo:
    header_row: int  # 0-based index of the (last) header row
    data_row: int  # 0-based index of the first data row
    columns: tuple[Column, ...]

    def field_columns(self) -> dict[str, Column]:
        return {c.field: c for c in self.columns if c.field and c.field != IGNORE}

    def wide_columns(self, prefix: str) -> list[Column]:
        return [c for c in self.columns if c.field and c.field.startswith(prefix)]


def cell_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return " ".join(str(cell).split())


def _match(label: str, index: dict[str, str], wide: WideHeader | None) -> tuple[str | None, str]:
    key = normalise_header(label)
    if not key:
        return None, "synonym"
    if key in index:
        return index[key], "synonym"
    if wide is not None:
        found = wide(label)
        if found:
            return found, "wide"
    # "Họ và tên cán bộ, công chức" starts with a synonym: take the longest such.
    best = ""
    for synonym in index:
        if len(synonym) > len(best) and key.startswith(synonym + " "):
            best = synonym
    if best and len(best) >= 4:
        return index[best], "synonym"
    return None, "synonym"


def _labels(rows: Sequence[Sequence[Cell]], r: int, width: int) -> list[str]:
    row = rows[r] if r < len(rows) else []
    return [cell_text(row[c]) if c < len(row) else "" for c in range(width)]


def _two_row_labels(grid: Grid, r: int, width: int) -> list[str]:
    """Row r's labels joined with row r + 1's under merged (or blank-carried) parent cells."""
    top, below = _labels(grid.rows, r, width), _labels(grid.rows, r + 1, width)
    parent_of: dict[int, str] = {}
    for (r0, c0), (r1, c1) in grid.merged:
        if r0 == r and r1 == r and c1 > c0:
            for c in range(c0, min(c1 + 1, width)):
                parent_of[c] = top[c0]
    carried = ""
    labels = []
    for c in range(width):
        carried = top[c] or (carried if below[c] else "")
        parent = parent_of.get(c, carried if not top[c] else top[c])
        labels.append(f"{parent} {below[c]}".strip() if below[c] else top[c])
    return labels


def _score(
    labels: list[str], index: dict[str, str], wide: WideHeader | None
) -> tuple[int, list[tuple[str | None, str]]]:
    matches = [_match(label, index, wide) for label in labels]
    named = {f for f, _ in matches if f and f != IGNORE}
    return len(named), matches


def detect_header(
    grid: Grid, kind: Kind, *, wide: WideHeader | None = None, header_row: int | None = None, min_fields: int = 2
) -> HeaderInfo | None:
    """The best header row in the first rows of `grid` (or the given one), with its mapping; a
    row naming fewer than `min_fields` fields is no header (the user's mapping may lower it)."""
    index = synonym_index(kind)
    width = grid.width
    candidates = [header_row] if header_row is not None else range(min(SCAN_ROWS, len(grid.rows)))
    best: tuple[int, int, int, list[str], list[tuple[str | None, str]]] | None = None
    for r in candidates:
        if r >= len(grid.rows):
            continue
        for rows_used, labels in ((1, _labels(grid.rows, r, width)), (2, _two_row_labels(grid, r, width))):
            if rows_used == 2 and not any(_labels(grid.rows, r + 1, width)):
                continue
            score, matches = _score(labels, index, wide)
            # On a tie the one-row header wins: a blank or title row above adds nothing.
            if best is None or (score, -rows_used) > (best[0], -best[2]):
                best = (score, r, rows_used, labels, matches)
    if best is None or (header_row is None and best[0] < min_fields):
        return None
    _, r, rows_used, labels, matches = best
    last = r + rows_used - 1
    columns = tuple(
        Column(c, labels[c], field, source, c in grid.hidden_columns)
        for c, (field, source) in enumerate(matches)
        if labels[c] or field
    )
    data_row = last + 1
    if data_row < len(grid.rows) and is_numbering_row(grid.rows[data_row]):
        data_row += 1
    return HeaderInfo(r, data_row, _one_column_per_field(columns))


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


_LETTERS = re.compile(r"(?:(c[oộ]t|column|col)\s*)?([A-Za-z]{1,3})", re.IGNORECASE)


@dataclass(frozen=True)
class Override:
    """The user's mapping of one column: by letter ("C", "Cột C") or by header text, to a field."""

    selector: str
    field: str

    def target(self, columns: Sequence[Column], width: int) -> int | None:
        """The 0-based column this override names; a header text wins over look-alike letters."""
        key = normalise_header(self.selector)
        for column in columns:
            if key and normalise_header(column.header) == key:
                return column.index
        letters = _LETTERS.fullmatch(self.selector.strip())
        if letters and (letters.group(1) or letters.group(2).isupper()):
            index = column_index(letters.group(2))
            return index if index < max(width, 1) else None
        return None


def parse_override(text: str, kind: Kind) -> Override:
    """ "Cột X=specialty", "C=chuyên môn", "Chuyên ngành đào tạo=specialty", "E=-" (ignore)."""
    selector, sep, target = text.rpartition("=")
    if not sep or not selector.strip() or not target.strip():
        raise ValueError(text)
    return Override(selector.strip(), resolve_field_name(target.strip(), kind))


def resolve_field_name(text: str, kind: Kind) -> str:
    """A field named in English ("specialty"), by its Vietnamese label, or "-" to ignore."""
    if text in (IGNORE, "ignore", "bo qua", "bỏ qua"):
        return IGNORE
    names = {f.name for f in FIELDS[kind]}
    if text in names or text.startswith((POSTS_PREFIX, KM_PREFIX)):
        return text
    index = synonym_index(kind)
    found = index.get(normalise_header(text))
    if found is None:
        raise ValueError(text)
    return found


def apply_overrides(info: HeaderInfo, overrides: Sequence[Override], grid: Grid) -> tuple[HeaderInfo, list[Override]]:
    """The detected mapping with the user's choices on top, and the overrides that named no column.
    A field the user moves leaves its old column; a letter may name a column without a header."""
    columns = {c.index: c for c in info.columns}
    unmatched = []
    for override in overrides:
        index = override.target(list(columns.values()), grid.width)
        if index is None:
            unmatched.append(override)
            continue
        moved = override.field
        if moved != IGNORE and not moved.startswith((POSTS_PREFIX, KM_PREFIX)):
            columns = {i: replace(c, field=None) if c.field == moved else c for i, c in columns.items()}
        current = columns.get(index) or Column(index, "", None, hidden=index in grid.hidden_columns)
        columns[index] = replace(current, field=moved, source="user")
    ordered = tuple(columns[i] for i in sorted(columns))
    return replace(info, columns=ordered), unmatched
