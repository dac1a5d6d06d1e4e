"""Column widths of a decision's annex, from what its cells hold (the PDF and the Word file share them).

An amount, a distance or a date must never break across lines, in any row and above all in the
total row, where it is longest and bold: such columns get exactly the width of their widest
entry. The text columns share what is left so that the table is short: each starts at its
longest word, and every spare millimetre goes to the column where it saves the most lines over
the rows (a row is as tall as its tallest cell). When not even the longest words fit
the page, the whole table is set a half point smaller, down to 9 pt.
"""

from __future__ import annotations

from dataclasses import dataclass

from cq2c_desktop.io.documents_content import Annex
from cq2c_desktop.io.documents_metrics import longest_word_mm, text_width_mm

SIZES_PT = (11.0, 10.5, 10.0, 9.5, 9.0)
_SLACK = 1.04  # renderers hint and round glyph advances: leave a few per cent
_BORDERS_MM = 0.6  # the cell's two border lines, and rounding


@dataclass(frozen=True)
class AnnexLayout:
    font_pt: float
    widths_mm: list[float]


def _least(annex: Annex, column: int, size: float, pad: float) -> float:
    """The narrowest one column can be, in mm with its padding: its widest entry for a column that
    never breaks, its longest word for a text column (headers break between words)."""
    cells = {(row[column], False) for row in annex.rows}
    if annex.total and column >= annex.label_span:  # a label spanning columns fits them together
        cells.add((annex.total[column], True))
    header = [longest_word_mm(annex.headers[column], size, bold=True), text_width_mm(annex.numbers[column], size)]
    if column in annex.numeric or column in annex.centred:
        widest = [text_width_mm(text, size, bold=bold) for text, bold in cells]
    else:
        widest = [longest_word_mm(text, size, bold=bold) for text, bold in cells]
    return max([*widest, *header], default=0.0) * _SLACK + pad


def _lines(words: list[float], space: float, width: float) -> int:
    """How many lines words of these widths take in `width`, broken greedily as text is."""
    lines, used = 1, 0.0
    for word in words:
        if used and used + space + word > width:
            lines, used = lines + 1, word
        else:
            used += (space if used else 0.0) + word
    return lines


_SAMPLE_ROWS = 150  # rows whose height the widths are tuned on (evenly spread over a long list)
_STEPS_MM = (1.0, 2.0, 4.0, 8.0, 16.0)

Words = tuple[list[float], float]  # the word widths of one cell, and the width of a space


def _measured(text: str, size: float, bold: bool) -> Words:
    return [text_width_mm(word, size, bold=bold) for word in text.split()], text_width_mm(" ", size, bold=bold)


class _Table:
    """The text cells of the sampled rows, to count how many lines the table takes at given widths."""

    def __init__(self, annex: Annex, columns: list[int], size: float, pad: float) -> None:
        rows = annex.rows
        if len(rows) > _SAMPLE_ROWS:
            rows = [rows[i * len(rows) // _SAMPLE_ROWS] for i in range(_SAMPLE_ROWS)]
        cache: dict[str, Words] = {}
        self.columns, self.pad = columns, pad
        self.cells = [[cache.setdefault(row[c], _measured(row[c], size, False)) for c in columns] for row in rows]

    def cost(self, widths: list[float]) -> tuple[int, int]:
        """(the sampled rows' heights, the cells' lines), in lines: a row is as tall as its tallest
        cell; fewer lines in a cell that is not the tallest still reads better (a unit name on one line)."""
        usable = [(w - self.pad) / _SLACK for w in widths]
        rows = cells = 0
        for row in self.cells:
            counts = [_lines(words, space, u) for (words, space), u in zip(row, usable, strict=True)]
            rows += max(counts)
            cells += sum(counts)
        return rows, cells

    def width_for(self, column: int, lines: int) -> float:
        """The narrowest width that sets 19 of every 20 cells of `column` in at most `lines` lines."""
        needed = sorted(self._width_for(row[column], lines) for row in self.cells)
        at = min(len(needed) - 1, len(needed) * 19 // 20)
        return needed[at] * _SLACK + self.pad if needed else 0.0

    @staticmethod
    def _width_for(cell: Words, lines: int) -> float:
        words, space = cell
        low, high = 0.0, sum(words) + space * len(words) + 0.1
        while high - low > 0.1:
            middle = (low + high) / 2
            low, high = (low, middle) if _lines(words, space, middle) <= lines else (middle, high)
        return high


def _start(room: float, table: _Table, least: list[float]) -> list[float]:
    """The fewest lines per row that every text column can keep to (for 19 rows in 20) within
    `room`: each column starts wide enough for that, at least its longest word."""
    for lines in range(1, 9):
        widths = [max(low, table.width_for(c, lines)) for c, low in enumerate(least)]
        if sum(widths) <= room:
            return widths
    return list(least)


def _share(room: float, table: _Table, least: list[float]) -> list[float] | None:
    """Widths for the text columns filling `room`, each at least its longest word: from the common
    line count of `_start`, every spare millimetre goes where it saves the most lines, then the
    rest is shared out in proportion."""
    if sum(least) > room:
        return None
    widths = _start(room, table, least)
    spare = room - sum(widths)
    rows, cells = table.cost(widths)
    while spare >= _STEPS_MM[0]:
        best: tuple[float, int, float, tuple[int, int]] | None = None  # (saved per mm, column, step, cost)
        for column in range(len(widths)):
            # Small steps, and the steps that bring most of the column's cells a line shorter.
            jumps = {table.width_for(column, lines) - widths[column] for lines in range(1, 4)}
            for step in sorted({*_STEPS_MM, *(j for j in jumps if j > 0)}):
                if step > spare:
                    break
                trial = widths.copy()
                trial[column] += step
                cost = table.cost(trial)
                saved = (rows - cost[0]) * 3 + (cells - cost[1])  # a row's line, and a cell's
                if saved > 0 and (best is None or saved / step > best[0]):
                    best = (saved / step, column, step, cost)
        if best is None:
            break
        _rate, column, step, (rows, cells) = best
        widths[column] += step
        spare -= step
    total = sum(widths)
    return [w + spare * w / total for w in widths]


def _fit(annex: Annex, available_mm: float, padding_mm: float, size: float) -> AnnexLayout | None:
    pad = 2 * padding_mm + _BORDERS_MM
    least = [_least(annex, column, size, pad) for column in range(len(annex.headers))]
    fixed = [c for c in range(len(least)) if c in annex.numeric or c in annex.centred]
    room = available_mm - sum(least[c] for c in fixed)
    flexible = [c for c in range(len(least)) if c not in fixed]
    shared = _share(room, _Table(annex, flexible, size, pad), [least[c] for c in flexible])
    if shared is None:
        return None
    widths = list(least)
    for column, width in zip(flexible, shared, strict=True):
        widths[column] = width
    return AnnexLayout(size, widths)


def annex_layout(annex: Annex, available_mm: float, padding_mm: float) -> AnnexLayout:
    """The largest size from SIZES_PT at which the annex fits `available_mm`, and its column widths."""
    for size in SIZES_PT:
        layout = _fit(annex, available_mm, padding_mm, size)
        if layout is not None:
            return layout
    # Not even at 9 pt (names longer than a column can hold): numbers keep their widths all the same.
    smallest = SIZES_PT[-1]
    pad = 2 * padding_mm + _BORDERS_MM
    needs = [_least(annex, column, smallest, pad) for column in range(len(annex.headers))]
    scale = available_mm / sum(needs)
    return AnnexLayout(smallest, [w * scale for w in needs])
