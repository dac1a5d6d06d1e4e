"""One plain table as an Excel workbook (the secondments ending soon, the remaining needs): a title, a
header row with filters, the rows, frozen under the header, printed landscape on A4."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from cq2c_desktop.io.export_common import atomic_output

Cell = str | int | float | None


def write_table_xlsx(
    out: str | os.PathLike[str], title: str, headers: Sequence[str], rows: Sequence[Sequence[Cell]], sheet: str
) -> Path:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet[:31]
    ws.cell(row=1, column=1, value=title).font = Font(name="Times New Roman", size=13, bold=True)
    for column, header in enumerate(headers, start=1):
        cell = ws.cell(row=3, column=column, value=header)
        cell.font = Font(name="Times New Roman", size=12, bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for index, values in enumerate(rows, start=4):
        for column, value in enumerate(values, start=1):
            ws.cell(row=index, column=column, value=value).font = Font(name="Times New Roman", size=12)
    for column, header in enumerate(headers, start=1):
        longest = max([len(str(header)) // 2, *(len(str(r[column - 1] or "")) for r in rows)], default=8)
        ws.column_dimensions[get_column_letter(column)].width = min(60, max(8, longest + 2))
    ws.freeze_panes = "A4"
    if headers:
        ws.auto_filter.ref = f"A3:{get_column_letter(len(headers))}{max(3, len(rows) + 3)}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    with atomic_output(out) as temporary:
        book.save(temporary)
    return Path(out)
