"""The roster import reads an exemption as a commune writes it: "Lý do miễn", the evidence and its date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from cq2c_desktop.services.importing import run_import
from cq2c_desktop.services.instance import plan_instance
from cq2c_desktop.store.db import open_plan
from tests.services.importing_helpers import staff_by_id, units


def test_exemption_columns_are_read_and_the_rule_holds(demo_plan: Path, tmp_path: Path) -> None:
    unit = units(demo_plan)[3]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Mã CB", "Họ và tên", "Ngày sinh", "Giới tính", "Đơn vị công tác", "Chuyên ngành đào tạo",
                  "Tự nguyện", "Lý do miễn", "Căn cứ miễn điều động", "Ngày minh chứng"])  # fmt: skip
    sheet.append(["MD01", "Lê Văn Bình", dt.datetime(1980, 1, 2), "Nam", unit["name"], "Đất đai",
                  "", "Đang bị xem xét kỷ luật", "Thông báo 15/TB-UBND", "05/09/2026"])  # fmt: skip
    sheet.append(["MD02", "Trần Thị Cúc", dt.datetime(1994, 6, 7), "Nữ", unit["name"], "Đất đai",
                  "x", "Nuôi con dưới 36 tháng", "Giấy khai sinh của con", dt.datetime(2025, 2, 1)])  # fmt: skip
    sheet.append(["MD03", "Phạm Văn Dũng", dt.datetime(1990, 6, 7), "Nam", unit["name"], "Đất đai",
                  "x", "Đang đi học dài hạn", "", ""])  # fmt: skip
    path = tmp_path / "mien.xlsx"
    book.save(path)
    plan = open_plan(demo_plan)
    try:
        report = run_import(plan, "staff", path)
        assert report.ok, report.problems
        movable = {p["id"]: p["movable"] for p in plan_instance(plan)["staff"]}
    finally:
        plan.close()
    people = staff_by_id(demo_plan, "MD01", "MD02", "MD03")
    assert {k: (v["exemption"], v["exemption_note"], v["exemption_date"]) for k, v in people.items()} == {
        "MD01": ("discipline", "Thông báo 15/TB-UBND", dt.date(2026, 9, 5)),
        "MD02": ("family", "Giấy khai sinh của con", dt.date(2025, 2, 1)),
        "MD03": ("study", None, None),
    }
    # The family volunteer may be moved (the decree allows it); a volunteer in long-term study may not.
    assert (movable["MD01"], movable["MD02"], movable["MD03"]) == (False, True, False)
