"""What is decided once for a whole file, before its rows are read: how it writes its dates, and
which unit a list without a unit column belongs to when its title names one.

Dates: "05/03/1985" is 5 March or 3 May. A file writes all its dates one way, so the rows where
only one reading is possible (25/03/1985, or 03/25/1985 from an English-locale export) decide the
order for all of them; the decision is reported, and a date written the other way is an error.

The title: "DANH SÁCH CÔNG CHỨC XÃ MƯỜNG LÁT" above the header names the commune, and "UBND XÃ
MƯỜNG LÁT" top left often does too; a unit is taken from them only when they name exactly one
unit of the plan, with its diacritics.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from cq2c_desktop.domain.text import nfc
from cq2c_desktop.io.headers import HeaderInfo, label_text
from cq2c_desktop.io.resolve import UnitResolver, without_qualifiers
from cq2c_desktop.io.tabular import Grid
from cq2c_desktop.io.values import DateOrder, date_order_votes, is_blank

DATE_FIELDS = ("birth_date", "birth_date_male", "birth_date_female")
_KIND_WORD = re.compile(r"\b(xã|phường|đặc khu|thị trấn)\s+", re.IGNORECASE)
_STOP = re.compile(
    r"\s*(?:[,;(\[]|\s[-–]\s|\bnăm\b|\bhuyện\b|\btỉnh\b|\bthuộc\b|\bgiai đoạn\b|\bđến\b).*$", re.IGNORECASE
)


@dataclass(frozen=True)
class DateEvidence:
    order: DateOrder
    day_first: int  # dates that can only be day/month/year
    month_first: int  # dates that can only be month/day/year
    example_row: tuple[str, int] | None  # (sheet, row) of the example


def decide_date_order(sheets: Iterable[tuple[Grid, HeaderInfo]]) -> DateEvidence:
    """The file's date order from its text dates (real date cells say nothing about it)."""
    votes = {1: 0, -1: 0}
    examples: dict[int, tuple[str, str, int]] = {}
    for grid, header in sheets:
        columns = [c.index for c in header.columns if c.field in DATE_FIELDS]
        for r in range(header.data_row, len(grid.rows)):
            row = grid.rows[r]
            for c in columns:
                cell = row[c] if c < len(row) else None
                if not isinstance(cell, str):
                    continue
                vote = date_order_votes(cell)
                if vote:
                    votes[vote] += 1
                    examples.setdefault(vote, (cell.strip(), grid.sheet, r + 1))
    month_first = votes[-1] > votes[1]
    winner = -1 if month_first else 1
    example = examples.get(winner)
    order = DateOrder(month_first, example[0] if example else "", votes[winner])
    return DateEvidence(order, votes[1], votes[-1], (example[1], example[2]) if example else None)


@dataclass(frozen=True)
class TitleUnit:
    unit: str  # the unit's id
    title: str  # the title text that names it
    row: int  # 1-based


def _named_in(text: str, units: UnitResolver) -> set[str]:
    found: set[str] = set()
    for match in _KIND_WORD.finditer(text):
        rest = _STOP.sub("", without_qualifiers(text[match.end() :]))
        words = rest.split()
        for count in range(min(len(words), 5), 0, -1):
            unit = units.exactly(f"{match.group(1)} {' '.join(words[:count])}")
            if unit is not None:
                found.add(unit)
                break
    return found


def unit_from_title(grid: Grid, header: HeaderInfo, units: UnitResolver) -> TitleUnit | None:
    """The one unit the rows above the header name, or None (none, or several)."""
    named: dict[str, tuple[str, int]] = {}
    for r in range(min(header.header_row, len(grid.rows))):
        for cell in grid.rows[r]:
            if is_blank(cell) or not isinstance(cell, str):
                continue
            text = nfc(label_text(cell, grid.legacy))
            for unit in _named_in(text, units):
                named.setdefault(unit, (text, r + 1))
    if len(named) != 1:
        return None
    unit, (title, row) = next(iter(named.items()))
    return TitleUnit(unit, title, row)
