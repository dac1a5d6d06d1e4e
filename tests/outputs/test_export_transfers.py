"""The approved transfer list, written for real and read back with openpyxl."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from cq2c_desktop.domain.job_protocol import Cancelled
from cq2c_desktop.domain.settings import SupportPolicy
from cq2c_desktop.io.support_cost import entitlement
from cq2c_desktop.services.outputs import export_transfers
from cq2c_desktop.store.db import OpenPlan, open_plan
from cq2c_desktop.store.models import AuditEvent, Move, Staff, Unit

from .conftest import APPROVED

COLUMNS = [
    "STT",
    "Họ và tên",
    "Ngày sinh",
    "Giới tính",
    "Chức vụ, ngạch",
    "Chuyên môn",
    "Đơn vị hiện tại",
    "Đơn vị đến",
    "Vị trí / lĩnh vực nơi đến",
    "Khoảng cách (km)",
    "Hằng tháng (đồng/ tháng)",
    "Số tháng",
    "Một lần (đồng)",
    "Tổng dự kiến (đồng)",
    "Ghi chú",
]


def column_of(ws: Worksheet, title: str) -> int:
    """The 1-based column whose header (row 9, or row 8 for a merged one) is `title`."""
    for column in range(1, ws.max_column + 1):
        if title in (ws.cell(row=9, column=column).value, ws.cell(row=8, column=column).value):
            return column
    raise AssertionError(f"no column {title}")


def _approved_people(plan_path: Path) -> list[tuple[str, str | None, str]]:
    plan = open_plan(plan_path)
    try:
        with plan.begin() as session:
            rows = session.execute(
                select(Staff.full_name, Staff.cccd, Unit.region)
                .join(Move, Move.staff_id == Staff.id)
                .join(Unit, Unit.id == Move.to_unit_id)
                .where(Move.status == "approved")
            ).all()
    finally:
        plan.close()
    return [(name, cccd, region) for name, cccd, region in rows]


def _values(ws: Worksheet) -> list[object]:
    return [cell.value for row in ws.iter_rows() for cell in row if cell.value is not None]


def test_the_list_reads_back_with_its_layout(approved: OpenPlan, approved_plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "danh_sach.xlsx"
    result = export_transfers(approved, out)
    assert result.people == APPROVED and out.exists()
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Danh sách", "Tổng hợp"]
    ws = book["Danh sách"]
    assert ws["A1"].value == "UBND TỈNH THANH HÓA" and ws["A2"].value == "SỞ NỘI VỤ"
    assert ws["A5"].value.startswith("DANH SÁCH CÔNG CHỨC ĐƯỢC ĐIỀU ĐỘNG")
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in _values(ws)
    titles = [ws.cell(row=9, column=c).value or ws.cell(row=8, column=c).value for c in range(1, len(COLUMNS) + 1)]
    assert titles == COLUMNS
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A8:A9", "B8:B9", "G8:H8", "K8:N8", "A5:O5"} <= merged
    assert ws.cell(row=8, column=7).value == "Đơn vị công tác" and ws["B8"].alignment.wrap_text
    people = _approved_people(approved_plan)
    names = {v for v in _values(ws) if isinstance(v, str)}
    assert {name for name, _c, _r in people} <= names
    assert ws["B8"].font.name == "Times New Roman" and ws["B12"].font.name == "Times New Roman"


def test_print_settings(approved: OpenPlan, tmp_path: Path) -> None:
    out = tmp_path / "ds.xlsx"
    export_transfers(approved, out)
    ws = openpyxl.load_workbook(out)["Danh sách"]
    setup = ws.page_setup
    assert setup.orientation == "landscape" and int(setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage and setup.fitToWidth == 1 and setup.fitToHeight == 0
    assert ws.print_title_rows == "$8:$10"
    # Numbered per sheet, from the second page, at the top centre (Nghị định 30/2020).
    assert ws.oddHeader.center.text == "&P" and ws.HeaderFooter.differentFirst
    assert setup.useFirstPageNumber and setup.firstPageNumber == 1


def test_groups_subtotals_and_the_grand_total(approved: OpenPlan, approved_plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds.xlsx"
    result = export_transfers(approved, out)
    ws = openpyxl.load_workbook(out)["Danh sách"]
    labels = [str(ws.cell(row=r, column=2).value or "") for r in range(11, ws.max_row + 1)]
    groups = [label for label in labels if label.startswith("Đến: ")]
    subtotals = [r for r in range(11, ws.max_row + 1) if str(ws.cell(row=r, column=1).value).startswith("Cộng ")]
    assert groups and len(subtotals) == len(groups)
    grand = next(r for r in range(11, ws.max_row + 1) if str(ws.cell(row=r, column=1).value).startswith("TỔNG CỘNG"))
    assert ws.cell(row=grand, column=1).value == f"TỔNG CỘNG: {APPROVED} người"
    # The demo's policy has no travel bands, so distance does not change the amount.
    people = _approved_people(approved_plan)
    expected = sum(entitlement(SupportPolicy(), region, 0.0).total_vnd for _n, _c, region in people)
    total = column_of(ws, "Tổng dự kiến (đồng)")
    assert ws.cell(row=grand, column=total).value == expected == result.total_cost_vnd
    assert sum(ws.cell(row=r, column=total).value for r in subtotals) == expected
    summary = _values(openpyxl.load_workbook(out)["Tổng hợp"])
    assert "Tổng kinh phí hỗ trợ dự kiến (đồng)" in summary and expected in summary


def test_grouping_by_source(approved: OpenPlan, tmp_path: Path) -> None:
    out = tmp_path / "ds.xlsx"
    export_transfers(approved, out, group_by="source")
    ws = openpyxl.load_workbook(out)["Danh sách"]
    labels = [str(ws.cell(row=r, column=2).value or "") for r in range(11, ws.max_row + 1)]
    assert any(label.startswith("Từ: ") for label in labels) and not any(x.startswith("Đến: ") for x in labels)


def test_cccd_only_when_asked(approved: OpenPlan, approved_plan: Path, tmp_path: Path) -> None:
    ids = {cccd for _n, cccd, _r in _approved_people(approved_plan)}
    assert all(ids)
    plain, with_ids = tmp_path / "plain.xlsx", tmp_path / "ids.xlsx"
    export_transfers(approved, plain)
    export_transfers(approved, with_ids, include_cccd=True)
    everything = [str(v) for ws in openpyxl.load_workbook(plain) for v in _values(ws)]
    assert "Số CCCD" not in everything and not ids & set(everything)
    ws = openpyxl.load_workbook(with_ids)["Danh sách"]
    assert ws["E8"].value == "Số CCCD" and ids <= {str(v) for v in _values(ws)}
    plan = open_plan(approved_plan)
    try:
        with plan.begin() as session:
            events = session.scalars(select(AuditEvent).where(AuditEvent.action == "export_transfers")).all()
    finally:
        plan.close()
    assert [e.details["include_cccd"] for e in events] == [False, True]
    assert {e.user for e in events} == {"test-officer"}


def test_text_that_looks_like_a_formula_stays_text(approved: OpenPlan, approved_plan: Path, tmp_path: Path) -> None:
    hostile = {"full_name": '=HYPERLINK("http://x","Bấm")', "position": "+SUM(A1:A9)", "rank": "@cmd"}
    plan = open_plan(approved_plan)
    try:
        with plan.begin() as session:
            staff_id = session.scalars(select(Move.staff_id).where(Move.status == "approved")).first()
            person = session.get(Staff, staff_id)
            assert person is not None
            for key, value in hostile.items():
                setattr(person, key, value)
    finally:
        plan.close()
    out = tmp_path / "ds.xlsx"
    export_transfers(approved, out)
    book = openpyxl.load_workbook(out)
    cells = [cell for ws in book for row in ws.iter_rows() for cell in row if cell.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    name = next(c for c in cells if c.value == hostile["full_name"])
    assert name.data_type == "s" and name.quotePrefix
    assert any(str(c.value).startswith("+SUM(A1:A9)") for c in cells)


def test_progress_cancel_and_atomic_write(approved: OpenPlan, tmp_path: Path) -> None:
    out = tmp_path / "ds.xlsx"
    out.write_bytes(b"yesterday's list")
    with pytest.raises(Cancelled):
        export_transfers(approved, out, should_stop=lambda: True)
    assert out.read_bytes() == b"yesterday's list"
    assert [p.name for p in tmp_path.iterdir() if "ds" in p.name or ".part" in p.name] == ["ds.xlsx"]
    seen: list[tuple[int, int, str]] = []
    export_transfers(approved, out, progress=lambda d, t, m: seen.append((d, t, m)))
    assert seen[-1][0] == seen[-1][1] == APPROVED and openpyxl.load_workbook(out)
