"""Cell writing for the Excel exports: safe text, the house font, borders, widths, print set-up.

Numbers are stored as numbers with explicit Vietnamese formats: the locale tag [$-42A] (vi-VN)
makes LibreOffice show "4.095.000" and "92,2" whatever the machine's language; Excel takes the
separators from Windows' regional settings whatever the format says, so there they follow the
officer's system (Vietnamese on a Vietnamese Windows).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.worksheet import Worksheet

from cq2c_desktop.io.documents_metrics import text_width_pt

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
VI = "[$-42A]"  # the locale tag of Vietnamese (LCID 0x042A)
MONEY = VI + "#,##0"
KM = VI + "#,##0.0"
MULTIPLE = VI + "0.00"
COUNT = VI + "#,##0"
DATE = VI + "dd\\/mm\\/yyyy"  # "\/": a slash, not the system's date separator
# Column widths count the width of a digit in the workbook's font (Times New Roman 12: 8 pixels at
# 96 dpi) and Excel adds 5 pixels of padding (ECMA-376 18.3.1.13).
_DIGIT_PX = 8.0
_PX_PER_PT = 96 / 72


def use_house_font(workbook: Workbook) -> None:
    """Make Times New Roman 12 the workbook's default font ("Normal"), which also sets the unit of
    column widths: LibreOffice and Excel then agree on how wide a column is."""
    house = Font(name=FONT_NAME, size=12, family=1)
    workbook._fonts = IndexedList([house])  # openpyxl keeps the default font first, with no setter
    workbook._named_styles["Normal"].font = house


def width_for(text: str, size: float = 12, *, bold: bool = False) -> float:
    """The column width (in Excel's units) that shows `text` on one line."""
    pixels = text_width_pt(text, size, bold=bold) * _PX_PER_PT * 1.03 + 6  # hinting, and the cell's margins
    return round(pixels / _DIGIT_PX + 0.5, 1)


def wrapped_lines(text: str, width: float, size: float = 12, *, bold: bool = False) -> int:
    """Lines `text` takes in a column `width` wide, broken between words (Excel does not size rows itself)."""
    usable = (width * _DIGIT_PX - 6) / _PX_PER_PT / 1.03  # in points
    space = text_width_pt(" ", size, bold=bold)
    total = 0
    for part in text.split("\n") if text else [""]:
        lines, used = 1, 0.0
        for word in part.split():
            word_pt = text_width_pt(word, size, bold=bold)
            if used and used + space + word_pt > usable:
                lines, used = lines + 1, word_pt
            else:
                used += (space if used else 0.0) + word_pt
        total += lines
    return total


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


def print_setup(ws: Worksheet, *, landscape: bool, title_rows: str | None = None) -> None:
    """A4, fit to one page wide, the header repeated on every page; pages numbered per sheet,
    centred at the top from the second page on, as Nghị định 30/2020 numbers a document's pages."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = 0.3
    ws.page_setup.firstPageNumber = 1  # each sheet from 1: printing the workbook ran them on
    ws.page_setup.useFirstPageNumber = True
    ws.HeaderFooter.differentFirst = True  # the first page of a sheet shows no number
    ws.oddHeader.center.text = "&P"
    ws.oddHeader.center.font = FONT_NAME
    ws.oddHeader.center.size = 12
    if title_rows:
        ws.print_title_rows = title_rows


def excel_date(value: dt.date | None) -> dt.date | str:
    return value if value is not None else ""
