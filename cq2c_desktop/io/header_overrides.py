"""The officer's own mapping on top of the detected one: a column by letter or header text, to a field."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from cq2c_desktop.io.fields import FIELDS, IGNORE, KM_PREFIX, POSTS_PREFIX, Kind, normalise_header, synonym_index
from cq2c_desktop.io.headers import Column, HeaderInfo
from cq2c_desktop.io.problems import column_index
from cq2c_desktop.io.tabular import Grid

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
