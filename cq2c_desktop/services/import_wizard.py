"""What the import wizard shows besides detection and preview: field choices and the raw rows."""

from __future__ import annotations

import os
from dataclasses import dataclass

from cq2c_desktop.domain.messages import Term
from cq2c_desktop.io.fields import FIELDS, IGNORE, Kind
from cq2c_desktop.io.headers import cell_text
from cq2c_desktop.io.tabular import read_grid

IGNORE_FIELD = IGNORE
KINDS: tuple[str, ...] = tuple(k.value for k in Kind)


@dataclass(frozen=True)
class SampleRow:
    excel_row: int  # 1-based, as Excel shows it
    cells: tuple[str, ...]


@dataclass(frozen=True)
class FieldChoice:
    name: str
    label: Term  # in both languages: the window shows the one it speaks
    required: bool


def field_choices(kind: str) -> list[FieldChoice]:
    """The fields the mapping combo boxes offer, required fields first."""
    fields = sorted(FIELDS[Kind(kind)], key=lambda f: not f.required)
    return [FieldChoice(f.name, Term(f.label_vi, f.label_en), f.required) for f in fields]


def sample_rows(path: str | os.PathLike[str], sheet: str | None, first_row: int, count: int = 200) -> list[SampleRow]:
    """Rows `first_row`… (1-based) of the sheet as text, for the preview grid."""
    grid = read_grid(path, sheet, max_rows=first_row - 1 + count)
    return [
        SampleRow(first_row + i, tuple(cell_text(c) for c in row))
        for i, row in enumerate(grid.rows[first_row - 1 : first_row - 1 + count])
    ]
