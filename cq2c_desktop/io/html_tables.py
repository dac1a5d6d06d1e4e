"""Tables in a web page, as web systems export "Excel" files: each <table> is a sheet.

Cells spanning rows or columns (rowspan / colspan) become merged ranges, as in a workbook; a row
styled `display:none` is a hidden row. Everything is text, as the page shows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
MAX_SPAN = 1000


@dataclass
class HtmlTable:
    name: str
    rows: list[list[str | None]] = field(default_factory=list)
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)


@dataclass
class _Open:
    """A table being read: its rows so far and the cells that rowspans keep taken."""

    table: HtmlTable
    taken: dict[tuple[int, int], bool] = field(default_factory=dict)
    row: int = -1
    column: int = 0
    cell: list[str] | None = None
    span: tuple[int, int] = (1, 1)


def _span(value: str | None) -> int:
    try:
        return max(1, min(MAX_SPAN, int(value or "1")))
    except ValueError:
        return 1


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[HtmlTable] = []
        self.stack: list[_Open] = []
        self.title: list[str] = []
        self._in_title = False
        self._sheet_name: list[str] = []
        self._in_name = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "table":
            self.stack.append(_Open(HtmlTable(f"Bảng {len(self.tables) + 1}")))
        elif tag == "tr" and self.stack:
            top = self.stack[-1]
            top.row += 1
            top.column = 0
            top.table.rows.append([])
            if _HIDDEN.search(values.get("style") or "") or values.get("hidden") is not None:
                top.table.hidden_rows.add(top.row)
        elif tag in ("td", "th") and self.stack:
            top = self.stack[-1]
            if top.row < 0:  # a cell before any <tr>
                self.handle_starttag("tr", [])
            top.cell = []
            top.span = (_span(values.get("rowspan")), _span(values.get("colspan")))
        elif tag == "br" and self.stack and self.stack[-1].cell is not None:
            self.stack[-1].cell.append(" ")
        elif tag == "title":
            self._in_title = True
        elif tag == "x:name":  # Excel's own HTML names its worksheet
            self._in_name = True

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.stack:
            self._close_cell(self.stack[-1])
        elif tag == "table" and self.stack:
            top = self.stack.pop()
            self._close_cell(top)
            self.tables.append(top.table)
        elif tag == "title":
            self._in_title = False
        elif tag == "x:name":
            self._in_name = False

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1].cell is not None:
            self.stack[-1].cell.append(data)
        elif self._in_title:
            self.title.append(data)
        elif self._in_name:
            self._sheet_name.append(data)

    def _close_cell(self, top: _Open) -> None:
        if top.cell is None:
            return
        text = " ".join("".join(top.cell).split())
        row = top.table.rows[top.row]
        while top.taken.get((top.row, top.column)):
            top.column += 1
        rows, columns = top.span
        for r in range(top.row, top.row + rows):
            for c in range(top.column, top.column + columns):
                top.taken[(r, c)] = True
        while len(row) < top.column:
            row.append(None)
        row.append(text or None)
        row.extend([None] * (columns - 1))
        if rows > 1 or columns > 1:
            top.table.merged.append(((top.row, top.column), (top.row + rows - 1, top.column + columns - 1)))
        top.column += columns
        top.cell = None


def read_html_tables(text: str) -> list[HtmlTable]:
    """Every table of the page that has a row, outermost last (a layout table around a data table
    comes after it)."""
    parser = _Parser()
    parser.feed(text)
    parser.close()
    while parser.stack:  # unclosed tables at the end of a truncated page
        top = parser.stack.pop()
        parser._close_cell(top)
        parser.tables.append(top.table)
    tables = [t for t in parser.tables if any(any(c for c in row) for row in t.rows)]
    name = " ".join("".join(parser._sheet_name).split())
    if len(tables) == 1 and name:
        tables[0].name = name[:31]
    return tables
