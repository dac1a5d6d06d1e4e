"""The approved transfer list as an Excel workbook the Department prints and files.

Sheet "Danh sách": the title block of an official list (issuing body left, national title right),
a two-row merged header with a row of column numbers, one group per destination (or source) unit
with its subtotal, a grand total and the signature block. Sheet "Tổng hợp": the plan in figures
(export_summary.py). Every amount is a number in its own column, so a total can be checked by
hand: total = monthly × months + one-off. Distances are rounded per row and the subtotals add up
what is shown; columns are as wide as what they hold.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.views import Pane, Selection
from openpyxl.worksheet.worksheet import Worksheet

from cq2c_desktop.domain.job_protocol import Progress, Reporter, ShouldStop
from cq2c_desktop.domain.legal_bases import reference, stored_date_words
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.io.documents_content import POST_HEADING, destination_post, sentence_case
from cq2c_desktop.io.export_common import SAVING, atomic_output
from cq2c_desktop.io.export_model import (
    GroupBy,
    TransferList,
    TransferRow,
    gender_label,
    group_rows,
    position_text,
    region_label,
    roman,
)
from cq2c_desktop.io.export_summary import write_summary
from cq2c_desktop.io.export_xlsx_cells import (
    CENTER,
    COUNT,
    DATE,
    GROUP_FILL,
    HEADER_FILL,
    KM,
    LEFT,
    MONEY,
    RIGHT,
    excel_date,
    font,
    merged,
    print_setup,
    put,
    use_house_font,
    width_for,
    wrapped_lines,
)
from cq2c_desktop.io.support_cost import format_km, format_vnd, shown_km, sum_shown_km

LIST_SHEET = "Danh sách"
PREPARING_LIST = Text("preparing_list", "Preparing the list")
WRITING_LIST = Text("writing_list", "Writing the list")
HEADER_ROW = 8  # first of the two header rows; row 10 numbers the columns (1), (2) …
FIRST_DATA_ROW = 11
_LINE_PT = 16.5  # the height of a line of 12 pt text


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    most: float  # the widest it gets (in Excel's units) before its text wraps
    group: str = ""  # a title spanning this column and its neighbours with the same group
    number_format: str | None = None


def columns(include_cccd: bool) -> list[Column]:
    support = "Hỗ trợ theo chính sách"
    cols = [
        Column("stt", "STT", 8),
        Column("name", "Họ và tên", 24),
        Column("birth", "Ngày sinh", 12, number_format=DATE),
        Column("gender", "Giới tính", 6),
    ]
    if include_cccd:
        cols.append(Column("cccd", "Số CCCD", 15))
    cols += [
        Column("position", "Chức vụ, ngạch", 28),
        Column("specialty", "Chuyên môn", 16),
        Column("from", "Đơn vị hiện tại", 20, "Đơn vị công tác"),
        Column("to", "Đơn vị đến", 20, "Đơn vị công tác"),
        Column("post", POST_HEADING, 26),
        Column("km", "Khoảng cách (km)", 11, number_format=KM),
        Column("monthly", "Hằng tháng (đồng/ tháng)", 14, support, MONEY),
        Column("months", "Số tháng", 7, support, COUNT),
        Column("once", "Một lần (đồng)", 14, support, MONEY),
        Column("total", "Tổng dự kiến (đồng)", 16, support, MONEY),
        Column("note", "Ghi chú", 16),
    ]
    return cols


_ALIGN = {"stt": CENTER, "birth": CENTER, "gender": CENTER, "cccd": CENTER, "months": CENTER}
_NUMBERS = ("km", "monthly", "months", "once", "total")


def _row_values(row: TransferRow, stt: int) -> dict[str, object]:
    ent = row.entitlement
    return {
        "stt": stt,
        "name": row.full_name,
        "birth": row.masked_birth if row.birth_masked else excel_date(row.birth_date),
        "gender": gender_label(row.gender),
        "cccd": row.cccd or "",
        "position": position_text(row),
        "specialty": row.specialty,
        "from": row.from_unit,
        "to": f"{row.to_unit} ({region_label(row.to_region)})",
        "post": destination_post(row),
        "km": shown_km(row.km),
        "monthly": ent.per_month_vnd if ent.eligible else 0,
        "months": ent.months if ent.eligible else 0,
        "once": ent.once_vnd,
        "total": ent.total_vnd,
        "note": row.note if ent.eligible else "; ".join(p for p in (row.note, "Ngoài diện hỗ trợ") if p),
    }


def _sums(rows: list[TransferRow]) -> dict[str, float]:
    """A group's totals as the sum of its rows as printed (each distance rounded first)."""
    return {
        "km": sum_shown_km([r.km for r in rows]),
        "monthly": sum(r.entitlement.per_month_vnd for r in rows if r.entitlement.eligible),
        "once": sum(r.entitlement.once_vnd for r in rows),
        "total": sum(r.entitlement.total_vnd for r in rows),
    }


def _shown(key: str, value: object) -> str:
    """A value as Excel will show it, to measure its width."""
    if key == "km" and isinstance(value, float):
        return format_km(value)
    if key in ("monthly", "once", "total") and isinstance(value, int):
        return format_vnd(value)
    if key == "birth":
        return "00/00/0000"
    return str(value)


def _widths(
    cols: list[Column], values: list[dict[str, object]], totals: list[dict[str, float]], groups: int
) -> list[float]:
    """Each column as wide as its widest entry (numbers and dates in full, bold in the totals), text
    columns up to their `most` and then wrapped, never narrower than a word of their header."""
    widths = []
    for col in cols:
        header = max(width_for(word, 11, bold=True) for word in col.title.split())
        entries = [width_for(_shown(col.key, v[col.key])) for v in values if v.get(col.key) not in (None, "")]
        if col.key in _NUMBERS:
            entries += [width_for(_shown(col.key, t[col.key]), bold=True) for t in totals if col.key in t]
        if col.key == "stt":  # the group numbers (I, II … XXVII) sit in this column too
            entries += [width_for(roman(n), bold=True) for n in range(1, groups + 1)]
        widest = max(entries, default=0.0)
        fixed = col.key in _NUMBERS or col.key in _ALIGN
        widths.append(max(header, widest if fixed else min(widest, col.most), 4.0))
    return widths


def _title_block(ws: Worksheet, data: TransferList, width: int) -> None:
    doc = data.settings.documents
    split = max(3, width * 2 // 5)
    merged(ws, 1, 1, split, doc.issuing_body_parent, style=font(12))
    merged(ws, 2, 1, split, doc.issuing_body, style=font(12, bold=True, underline=True))
    merged(ws, 1, split + 2, width, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style=font(12, bold=True))
    merged(ws, 2, split + 2, width, "Độc lập - Tự do - Hạnh phúc", style=font(13, bold=True, underline=True))
    place_date = f"{doc.place}, ngày ...... tháng ...... năm {data.issued.year}"  # the day it is signed
    merged(ws, 3, split + 2, width, place_date, style=font(12, italic=True))
    merged(ws, 5, 1, width, doc.list_title, style=font(14, bold=True))
    if doc.proposal_number.strip() and doc.proposal_date.strip():  # the list goes with the Tờ trình
        body = sentence_case(doc.issuing_body)
        subtitle = f"(Kèm theo Tờ trình số {doc.proposal_number} {stored_date_words(doc.proposal_date)} của {body})"
        merged(ws, 6, 1, width, subtitle, style=font(12, italic=True))
    ws.row_dimensions[5].height = 22


def _header(ws: Worksheet, cols: list[Column], widths: list[float]) -> None:
    top, second = HEADER_ROW, HEADER_ROW + 1
    style = font(11, bold=True)
    index = 0
    while index < len(cols):
        col = cols[index]
        if col.group:
            span = [c for c in cols[index:] if c.group == col.group]
            merged(ws, top, index + 1, index + len(span), col.group, style=style, border=True)
            for offset, member in enumerate(span):
                put(ws, second, index + 1 + offset, member.title, style=style, align=CENTER, border=True)
            index += len(span)
        else:
            merged(ws, top, index + 1, index + 1, col.title, style=style, border=True, last_row=second)
            index += 1
    for number, width in enumerate(widths, start=1):
        put(ws, HEADER_ROW + 2, number, f"({number})", style=font(10, italic=True), align=CENTER, border=True)
        ws.column_dimensions[get_column_letter(number)].width = width
        for row in (top, second):
            ws.cell(row=row, column=number).fill = HEADER_FILL
    lines = max(wrapped_lines(c.title, w, 11, bold=True) for c, w in zip(cols, widths, strict=True))
    ws.row_dimensions[top].height = 20
    ws.row_dimensions[second].height = _LINE_PT * max(2, lines - 1) + 4


def _data_row(ws: Worksheet, at: int, cols: list[Column], widths: list[float], values: dict[str, object]) -> None:
    height = 1
    for number, (col, width) in enumerate(zip(cols, widths, strict=True), start=1):
        value = values.get(col.key, "")
        align = RIGHT if col.key in _NUMBERS and col.key != "months" else _ALIGN.get(col.key, LEFT)
        put(ws, at, number, value, style=font(12), align=align, number_format=col.number_format, border=True)
        if isinstance(value, str):
            height = max(height, wrapped_lines(value, width))
    ws.row_dimensions[at].height = _LINE_PT * height + 3


def _sum_row(ws: Worksheet, at: int, cols: list[Column], label: str, sums: dict[str, float], grand: bool) -> None:
    keys = [c.key for c in cols]
    label_end = keys.index("km")
    style = font(12, bold=True)
    merged(ws, at, 1, label_end, label, style=style, align=CENTER if grand else LEFT, border=True)
    for number in range(label_end + 1, len(cols) + 1):
        col = cols[number - 1]
        value = sums.get(col.key, "")
        put(ws, at, number, value, style=style, align=RIGHT, number_format=col.number_format, border=True)
    ws.row_dimensions[at].height = 20


def _body(ws: Worksheet, data: TransferList, cols: list[Column], by: GroupBy, reporter: Reporter) -> int:
    """The groups, their people and subtotals, and the grand total; returns the next free row."""
    groups = group_rows(data.rows, by)
    values = [_row_values(row, 0) for group in groups for row in group.rows]
    totals = [_sums(g.rows) for g in groups] + [_sums(data.rows)]
    widths = _widths(cols, values, totals, len(groups))
    _header(ws, cols, widths)
    at, stt, width = FIRST_DATA_ROW, 0, len(cols)
    prefix = "Đến" if by == "destination" else "Từ"
    for number, group in enumerate(groups, start=1):
        put(ws, at, 1, roman(number), style=font(12, bold=True), align=CENTER, border=True)
        heading = f"{prefix}: {group.unit} ({region_label(group.region)}) — {len(group.rows)} người"
        merged(ws, at, 2, width, heading, style=font(12, bold=True), align=LEFT, border=True)
        for column in range(1, width + 1):
            ws.cell(row=at, column=column).fill = GROUP_FILL
        at += 1
        for row in group.rows:
            stt += 1
            _data_row(ws, at, cols, widths, _row_values(row, stt))
            at += 1
            if stt % 50 == 0:
                reporter.step(stt, len(data.rows), WRITING_LIST())
        _sum_row(ws, at, cols, f"Cộng {group.unit}: {len(group.rows)} người", totals[number - 1], grand=False)
        at += 1
    _sum_row(ws, at, cols, f"TỔNG CỘNG: {len(data.rows)} người", totals[-1], grand=True)
    return at + 1


def _footer(ws: Worksheet, data: TransferList, cols: list[Column], at: int) -> None:
    support = data.settings.support
    doc = data.settings.documents
    width = len(cols)
    number = {c.key: f"({i})" for i, c in enumerate(cols, start=1)}
    note = (
        f"Ghi chú: Mức hỗ trợ theo {reference(support.resolution)}; mức lương cơ sở "
        f"{format_vnd(support.base_salary_vnd)} đồng/tháng. Cột {number['total']} = {number['monthly']} × "
        f"{number['months']} + {number['once']}."
    )
    merged(ws, at + 1, 1, width, note, style=font(11, italic=True), align=LEFT)
    text_width = sum(ws.column_dimensions[get_column_letter(i)].width for i in range(1, width + 1))
    ws.row_dimensions[at + 1].height = _LINE_PT * wrapped_lines(note, text_width, 11, bold=False) + 4
    split = max(3, width * 2 // 5)
    merged(ws, at + 3, 1, split, doc.list_preparer_title, style=font(12, bold=True))
    merged(ws, at + 3, split + 2, width, doc.list_signer_title, style=font(12, bold=True))
    merged(ws, at + 8, 1, split, doc.list_preparer_name, style=font(12, bold=True))
    merged(ws, at + 8, split + 2, width, doc.list_signer_name, style=font(12, bold=True))


def _freeze_under_header(ws: Worksheet) -> None:
    """Only the column header stays on screen, with the name columns: the sheet opens at the header
    (the title block above it is for print) and rows 8–10 are frozen, not the 10 rows down from 1."""
    ws.sheet_view.topLeftCell = f"A{HEADER_ROW}"
    first = f"C{FIRST_DATA_ROW}"
    ws.sheet_view.pane = Pane(
        xSplit=2, ySplit=FIRST_DATA_ROW - HEADER_ROW, topLeftCell=first, activePane="bottomRight", state="frozen"
    )
    ws.sheet_view.selection = [
        Selection(pane="topRight"),
        Selection(pane="bottomLeft"),
        Selection(pane="bottomRight", activeCell=first, sqref=first),
    ]


def write_transfer_list(
    data: TransferList,
    target: str | os.PathLike[str],
    *,
    group_by: GroupBy = "destination",
    include_cccd: bool = False,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> Path:
    """Write the workbook to `target` (atomically); CCCD appears only with `include_cccd`."""
    reporter = Reporter(progress, should_stop)
    reporter.step(0, len(data.rows), PREPARING_LIST())
    cols = columns(include_cccd)
    workbook = Workbook()
    use_house_font(workbook)
    ws = workbook.active
    assert ws is not None
    ws.title = LIST_SHEET
    _title_block(ws, data, len(cols))
    end = _body(ws, data, cols, group_by, reporter)
    _footer(ws, data, cols, end)
    _freeze_under_header(ws)
    print_setup(ws, landscape=True, title_rows=f"{HEADER_ROW}:{HEADER_ROW + 2}")
    write_summary(workbook.create_sheet("Tổng hợp"), data)
    workbook.properties.title = data.settings.documents.list_title
    workbook.properties.creator = "CQ2C Planner"
    workbook.properties.language = "vi-VN"
    reporter.step(len(data.rows), len(data.rows), SAVING())
    with atomic_output(target) as temporary:
        workbook.save(temporary)
    return Path(target)
