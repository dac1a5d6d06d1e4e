"""The approved transfer list as an Excel workbook the Department prints and files.

Sheet "Danh sách": the title block of an official list (issuing body left, national title right),
a two-row merged header, one group per destination (or source) unit with its subtotal, a grand
total and the signature block. Sheet "Tổng hợp": the plan in figures (export_summary.py).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from cq2c_desktop.domain.job_protocol import Progress, Reporter, ShouldStop
from cq2c_desktop.domain.messages import Text
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
    DATE,
    GROUP_FILL,
    HEADER_FILL,
    KM,
    LEFT,
    MONEY,
    RIGHT,
    excel_date,
    font,
    lines_needed,
    merged,
    print_setup,
    put,
)
from cq2c_desktop.io.support_cost import format_vnd

LIST_SHEET = "Danh sách"
PREPARING_LIST = Text("preparing_list", "Preparing the list")
WRITING_LIST = Text("writing_list", "Writing the list")
HEADER_ROW = 8  # first of the two header rows; row 10 numbers the columns (1), (2) …
FIRST_DATA_ROW = 11


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    width: float
    group: str = ""  # a title spanning this column and its neighbours with the same group


def columns(include_cccd: bool) -> list[Column]:
    cols = [
        Column("stt", "STT", 5),
        Column("name", "Họ và tên", 22),
        Column("birth", "Ngày sinh", 11.5),
        Column("gender", "Giới tính", 7),
    ]
    if include_cccd:
        cols.append(Column("cccd", "Số CCCD", 14))
    cols += [
        Column("position", "Chức vụ/ngạch", 26),
        Column("specialty", "Chuyên môn", 14),
        Column("from", "Đơn vị hiện tại", 20, "Đơn vị công tác"),
        Column("to", "Đơn vị đến", 20, "Đơn vị công tác"),
        Column("km", "Khoảng cách (km)", 10),
        Column("monthly", "Hằng tháng (đồng/tháng)", 13, "Hỗ trợ theo chính sách"),
        Column("total", "Tổng dự kiến (đồng)", 14, "Hỗ trợ theo chính sách"),
        Column("note", "Ghi chú", 18),
    ]
    return cols


def _title_block(ws: Worksheet, data: TransferList, width: int) -> None:
    doc = data.settings.documents
    split = max(3, width * 2 // 5)
    merged(ws, 1, 1, split, doc.issuing_body_parent, style=font(12))
    merged(ws, 2, 1, split, doc.issuing_body, style=font(12, bold=True, underline=True))
    merged(ws, 1, split + 2, width, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style=font(12, bold=True))
    merged(ws, 2, split + 2, width, "Độc lập - Tự do - Hạnh phúc", style=font(13, bold=True, underline=True))
    merged(
        ws,
        3,
        split + 2,
        width,
        f"{doc.place}, ngày ...... tháng ...... năm {data.issued.year}",
        style=font(12, italic=True),
    )
    merged(ws, 5, 1, width, doc.list_title, style=font(14, bold=True))
    subtitle = f"Phương án: {data.settings.plan_name}" + (f" — {data.run_label}" if data.run_label else "")
    merged(ws, 6, 1, width, subtitle, style=font(12, italic=True))
    ws.row_dimensions[5].height = 22


def _header(ws: Worksheet, cols: list[Column]) -> None:
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
    for number, col in enumerate(cols, start=1):
        put(ws, HEADER_ROW + 2, number, f"({number})", style=font(10, italic=True), align=CENTER, border=True)
        ws.column_dimensions[get_column_letter(number)].width = col.width
        for row in (top, second):
            ws.cell(row=row, column=number).fill = HEADER_FILL
    ws.row_dimensions[top].height = 20
    ws.row_dimensions[second].height = 46


def _row_values(row: TransferRow, stt: int) -> dict[str, object]:
    ent = row.entitlement
    return {
        "stt": stt,
        "name": row.full_name,
        "birth": excel_date(row.birth_date),
        "gender": gender_label(row.gender),
        "cccd": row.cccd or "",
        "position": position_text(row),
        "specialty": row.specialty,
        "from": row.from_unit,
        "to": f"{row.to_unit}\n({region_label(row.to_region)})",
        "km": round(row.km, 1),
        "monthly": ent.per_month_vnd if ent.eligible else 0,
        "total": ent.total_vnd,
        "note": row.note if ent.eligible else "; ".join(p for p in (row.note, "Ngoài diện hỗ trợ") if p),
    }


_FORMATS = {"birth": DATE, "km": KM, "monthly": MONEY, "total": MONEY}
_ALIGN = {
    "stt": CENTER,
    "birth": CENTER,
    "gender": CENTER,
    "cccd": CENTER,
    "km": RIGHT,
    "monthly": RIGHT,
    "total": RIGHT,
}


def _data_row(ws: Worksheet, at: int, cols: list[Column], values: dict[str, object]) -> None:
    height = 1
    for number, col in enumerate(cols, start=1):
        value = values.get(col.key, "")
        put(
            ws,
            at,
            number,
            value,
            style=font(12),
            align=_ALIGN.get(col.key, LEFT),
            number_format=_FORMATS.get(col.key),
            border=True,
        )
        if isinstance(value, str):
            height = max(height, lines_needed(value, col.width))
    ws.row_dimensions[at].height = 16.5 * height + 3


def _sum_row(
    ws: Worksheet, at: int, cols: list[Column], label: str, rows: list[TransferRow], *, grand: bool = False
) -> None:
    keys = [c.key for c in cols]
    label_end = keys.index("km")
    style = font(12, bold=True)
    merged(ws, at, 1, label_end, label, style=style, align=CENTER if grand else LEFT, border=True)
    sums = {
        "km": round(sum(r.km for r in rows), 1),
        "monthly": sum(r.entitlement.per_month_vnd for r in rows if r.entitlement.eligible),
        "total": sum(r.entitlement.total_vnd for r in rows),
    }
    for key, value in sums.items():
        put(ws, at, keys.index(key) + 1, value, style=style, align=RIGHT, number_format=_FORMATS[key], border=True)
    put(ws, at, keys.index("note") + 1, "", style=style, border=True)
    ws.row_dimensions[at].height = 20


def _body(ws: Worksheet, data: TransferList, cols: list[Column], by: GroupBy, reporter: Reporter) -> int:
    at, stt, width = FIRST_DATA_ROW, 0, len(cols)
    total = len(data.rows)
    prefix = "Đến" if by == "destination" else "Từ"
    for number, group in enumerate(group_rows(data.rows, by), start=1):
        put(ws, at, 1, roman(number), style=font(12, bold=True), align=CENTER, border=True)
        heading = f"{prefix}: {group.unit} ({region_label(group.region)}) — {len(group.rows)} người"
        merged(ws, at, 2, width, heading, style=font(12, bold=True), align=LEFT, border=True)
        for column in range(1, width + 1):
            ws.cell(row=at, column=column).fill = GROUP_FILL
        at += 1
        for row in group.rows:
            stt += 1
            _data_row(ws, at, cols, _row_values(row, stt))
            at += 1
            if stt % 50 == 0:
                reporter.step(stt, total, WRITING_LIST())
        _sum_row(ws, at, cols, f"Cộng {group.unit}: {len(group.rows)} người", group.rows)
        at += 1
    _sum_row(ws, at, cols, f"TỔNG CỘNG: {total} người", data.rows, grand=True)
    return at + 1


def _footer(ws: Worksheet, data: TransferList, at: int, width: int) -> None:
    support = data.settings.support
    doc = data.settings.documents
    note = (
        f"Ghi chú: mức hỗ trợ tính theo {support.resolution_ref}, mức lương cơ sở "
        f"{format_vnd(support.base_salary_vnd)} đồng, tối đa {support.months} tháng; "
        "số liệu do người lập nhập, cần đối chiếu văn bản chính thức trước khi trình ký."
    )
    merged(ws, at + 1, 1, width, note, style=font(11, italic=True), align=LEFT)
    ws.row_dimensions[at + 1].height = 16.5 * lines_needed(note, 10.0 * width) + 4
    split = max(3, width * 2 // 5)
    merged(ws, at + 3, 1, split, doc.list_preparer_title, style=font(12, bold=True))
    merged(ws, at + 3, split + 2, width, doc.list_signer_title, style=font(12, bold=True))
    merged(ws, at + 8, split + 2, width, doc.list_signer_name, style=font(12, bold=True))


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
    ws = workbook.active
    assert ws is not None
    ws.title = LIST_SHEET
    _title_block(ws, data, len(cols))
    _header(ws, cols)
    end = _body(ws, data, cols, group_by, reporter)
    _footer(ws, data, end, len(cols))
    ws.freeze_panes = f"C{FIRST_DATA_ROW}"
    print_setup(ws, landscape=True, title_rows=f"{HEADER_ROW}:{HEADER_ROW + 2}")
    write_summary(workbook.create_sheet("Tổng hợp"), data)
    workbook.properties.title = data.settings.documents.list_title
    workbook.properties.creator = "CQ2C Planner"
    reporter.step(len(data.rows), len(data.rows), SAVING())
    with atomic_output(target) as temporary:
        workbook.save(temporary)
    return Path(target)
