"""Import templates: an .xlsx a commune fills in and the importer reads back without a question.

Sheet 1 holds the table (a merged title, Vietnamese headers the synonyms table knows, drop-down
lists for units, specialties, genders, regions and yes/no marks); sheet 2 the instructions;
sheet 3, hidden, the lists the drop-downs point to (a list typed into the validation itself is
limited to 255 characters, too short for 166 units).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from cq2c_desktop.domain.enums import EXEMPTION_LABELS_VI, KIND_PREFIX_VI, REGION_LABELS_VI
from cq2c_desktop.io.fields import KIND_LABELS_VI, Kind, field_def

DATA_ROWS = 2000  # rows that carry the drop-downs and formats
_HEADER_ROW = 3


@dataclass(frozen=True)
class TemplateLists:
    units: Sequence[str]  # unit names as the plan writes them
    specialties: Sequence[str]


# (field, list name or None, column width); the list names are the columns of the lists sheet.
_COLUMNS: dict[Kind, tuple[tuple[str, str | None, int], ...]] = {
    Kind.UNITS: (
        ("id", None, 12),
        ("name", None, 28),
        ("kind", "kinds", 12),
        ("region", "regions", 14),
        ("lat", None, 11),
        ("lon", None, 11),
        ("area_km2", None, 14),
        ("priority", None, 12),
        ("province", None, 16),
    ),
    Kind.STAFF: (
        ("id", None, 12),
        ("full_name", None, 26),
        ("gender", "genders", 10),
        ("birth_date", None, 13),
        ("ethnicity", None, 10),
        ("unit", "units", 28),
        ("position", None, 30),
        ("specialty", "specialties", 26),
        ("rank", None, 16),
        ("home_unit", "units", 26),
        ("movable", "marks", 12),
        ("exemption", "exemptions", 28),
        ("exemption_note", None, 28),
        ("exemption_date", None, 13),
        ("volunteer", "marks", 11),
        ("wish_1", "units", 24),
        ("wish_2", "units", 24),
        ("wish_3", "units", 24),
        ("cccd", None, 15),
    ),
    Kind.QUOTAS: (("unit", "units", 30), ("specialty", "specialties", 28), ("posts", None, 14)),
    Kind.DISTANCES: (("from_unit", "units", 30), ("to_unit", "units", 30), ("km", None, 16)),
}
_INSTRUCTIONS: dict[Kind, tuple[str, ...]] = {
    Kind.UNITS: (
        "Mỗi dòng một xã, phường hoặc đặc khu. Mã đơn vị theo danh mục đơn vị hành chính.",
        "Vùng: chọn trong danh sách. Vĩ độ, kinh độ theo độ thập phân (ví dụ 19,8045).",
    ),
    Kind.STAFF: (
        "Mỗi dòng một cán bộ, công chức. Bắt buộc: Họ và tên, Giới tính, Đơn vị công tác, Chuyên môn.",
        "Ngày sinh ghi dd/mm/yyyy (ví dụ 05/03/1985) hoặc chỉ năm sinh.",
        "Mã cán bộ giữ nguyên giữa các lần gửi: lần nhập sau cập nhật đúng người theo mã.",
        "Cột «Có thể điều động» và «Tự nguyện»: đánh dấu x. Người có lý do không điều động "
        "được coi là không điều động được.",
        "Nguyện vọng 1, 2, 3: các xã, phường người đó xin đến, theo thứ tự ưu tiên (không bắt buộc); "
        "người có nguyện vọng được coi là tự nguyện.",
        "Số CCCD là dữ liệu cá nhân: chỉ ghi khi cần, không gửi tệp qua kênh công khai.",
    ),
    Kind.QUOTAS: (
        "Mỗi dòng một cặp đơn vị – chuyên môn với số biên chế được giao.",
        "Cặp không có trong tệp được hiểu là 0 biên chế cho đơn vị đó.",
    ),
    Kind.DISTANCES: (
        "Mỗi dòng một quãng đường bộ giữa hai đơn vị, tính bằng km.",
        "Một chiều là đủ: khoảng cách được dùng cho cả hai chiều.",
    ),
}
_COMMON = (
    "Không sửa dòng tiêu đề (dòng 3). Có thể thêm cột khác; cột không nhận ra sẽ được bỏ qua.",
    "Dòng «Tổng cộng» và các dòng sau nó không được nhập.",
    "— English: one row per record; keep the header row; dates as dd/mm/yyyy; "
    "mark yes/no columns with x; pick units, specialties, genders and regions from the drop-downs.",
)
_THIN = Side(style="thin", color="999999")


def _lists(lists: TemplateLists) -> dict[str, list[str]]:
    return {
        "units": list(lists.units),
        "specialties": list(lists.specialties),
        "genders": ["Nam", "Nữ"],
        "regions": list(REGION_LABELS_VI.values()),
        "kinds": list(KIND_PREFIX_VI.values()),
        "marks": ["x"],
        "exemptions": list(EXEMPTION_LABELS_VI.values()),
    }


def _write_lists(sheet: Worksheet, values: dict[str, list[str]]) -> dict[str, str]:
    """Each list in a column of the hidden sheet; returns the formula range of each."""
    ranges = {}
    for index, (name, items) in enumerate(values.items(), start=1):
        letter = get_column_letter(index)
        sheet.cell(1, index, name)
        for row, item in enumerate(items, start=2):
            sheet.cell(row, index, item)
        ranges[name] = f"'{sheet.title}'!${letter}$2:${letter}${max(len(items), 1) + 1}"
    return ranges


def _write_data(sheet: Worksheet, kind: Kind, ranges: dict[str, str]) -> None:
    columns = _COLUMNS[kind]
    title = KIND_LABELS_VI[kind].upper()
    sheet.cell(1, 1, title).font = Font(bold=True, size=14)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
    sheet.cell(1, 1).alignment = Alignment(horizontal="center")
    fill = PatternFill("solid", fgColor="DDEBF7")
    last = _HEADER_ROW + DATA_ROWS
    for index, (name, list_name, width) in enumerate(columns, start=1):
        found = field_def(kind, name)
        label = found.label_vi if found else name
        cell = sheet.cell(_HEADER_ROW, index, label)
        cell.font, cell.fill = Font(bold=True), fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(top=_THIN, bottom=_THIN, left=_THIN, right=_THIN)
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = width
        cells = f"{letter}{_HEADER_ROW + 1}:{letter}{last}"
        if list_name:
            rule = DataValidation(type="list", formula1=f"={ranges[list_name]}", allow_blank=True)
            rule.error = "Hãy chọn trong danh sách / Pick a value from the list"
            rule.errorStyle = "warning"  # a commune may know a unit the list lacks: warn, don't refuse
            sheet.add_data_validation(rule)
            rule.add(cells)
        if name in ("birth_date",):
            for row in range(_HEADER_ROW + 1, last + 1):
                sheet.cell(row, index).number_format = "DD/MM/YYYY"
        if name in ("cccd", "id"):
            for row in range(_HEADER_ROW + 1, last + 1):
                sheet.cell(row, index).number_format = "@"  # text: keeps the leading zeros
    sheet.freeze_panes = sheet.cell(_HEADER_ROW + 1, 1)


def write_template(kind: Kind, out: str | os.PathLike[str], lists: TemplateLists) -> Path:
    """Write the import template for `kind`; the file appears only once it is whole."""
    workbook = Workbook()
    data = workbook.active
    assert data is not None
    data.title = "Dữ liệu"
    guide = workbook.create_sheet("Hướng dẫn")
    hidden = workbook.create_sheet("Danh mục")
    ranges = _write_lists(hidden, _lists(lists))
    hidden.sheet_state = "hidden"
    _write_data(data, kind, ranges)
    guide.column_dimensions["A"].width = 110
    guide.cell(1, 1, f"HƯỚNG DẪN NHẬP: {KIND_LABELS_VI[kind].upper()}").font = Font(bold=True, size=13)
    for row, line in enumerate((*_INSTRUCTIONS[kind], *_COMMON), start=3):
        guide.cell(row, 1, line).alignment = Alignment(wrap_text=True)
    path = Path(out)
    partial = path.with_name(path.name + ".part")
    workbook.save(partial)
    os.replace(partial, path)
    return path
