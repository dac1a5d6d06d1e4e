"""Cell writing for the Excel exports: safe text, the house font, borders, print set-up."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

FONT_NAME = "Times New Roman"
# Spreadsheet programs run text starting with these as a formula (CSV/formula injection, OWASP).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center", wrap_text=False)
MONEY = "#,##0"
KM = "#,##0.0"
DATE = "dd/mm/yyyy"


def font(size: float = 12, *, bold: bool = False, italic: bool = False, underline: bool = False) -> Font:
    return Font(name=FONT_NAME, size=size, bold=bold, italic=italic, underline="single" if underline else None)


def put(
    ws: Worksheet,
    row: int,
    column: int,
    value: Any,
    *,
    style: Font | None = None,
    align: Alignment | None = None,
    number_format: str | None = None,
    border: bool = False,
) -> Cell:
    """Write one cell; text is always stored as text, never as a formula."""
    cell: Cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        text = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.value = text
        # openpyxl stores any str starting with "=" as a formula: force the string type, and set
        # Excel's quote prefix so that editing the cell later does not turn it into one either.
        cell.data_type = "s"
        if text.startswith(_FORMULA_STARTS):
            cell.quotePrefix = True
    else:
        cell.value = value
    cell.font = style or font()
    if align is not None:
        cell.alignment = align
    if number_format is not None:
        cell.number_format = number_format
    if border:
        cell.border = BORDER
    return cell


def merged(
    ws: Worksheet,
    row: int,
    first: int,
    last: int,
    value: Any,
    *,
    style: Font | None = None,
    align: Alignment = CENTER,
    border: bool = False,
    last_row: int | None = None,
) -> Cell:
    """Write into the top-left cell of a merged block (borders on every cell, or Excel drops them)."""
    bottom = last_row or row
    cell = put(ws, row, first, value, style=style, align=align, border=border)
    if last > first or bottom > row:
        ws.merge_cells(start_row=row, start_column=first, end_row=bottom, end_column=last)
        if border:
            for r in range(row, bottom + 1):
                for c in range(first, last + 1):
                    ws.cell(row=r, column=c).border = BORDER
    return cell


def lines_needed(text: str, width: float) -> int:
    """Wrapped lines of `text` in a column `width` characters wide (Excel does not size rows itself)."""
    # Column widths count the default font's "0"; 12 pt Times fits about 1.15 letters per unit.
    usable = max((width - 1.0) * 1.15, 1.0)
    return sum(max(1, math.ceil(len(part) / usable)) for part in text.split("\n")) if text else 1


def print_setup(ws: Worksheet, *, landscape: bool, title_rows: str | None = None) -> None:
    """A4, fit to one page wide, page numbers in the footer, the header repeated on every page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.footer = 0.3
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.font = f"{FONT_NAME},Italic"
    ws.oddFooter.center.size = 10
    if title_rows:
        ws.print_title_rows = title_rows


def excel_date(value: dt.date | None) -> dt.date | str:
    return value if value is not None else ""
