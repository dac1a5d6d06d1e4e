"""Importing a messy roster end to end: every value that lands, all or nothing, re-imports, audit."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from cq2c_desktop.domain.job_protocol import Cancelled
from cq2c_desktop.domain.messages import english, vietnamese
from cq2c_desktop.services.importing import preview, run_import
from cq2c_desktop.services.importing_detect import ImportOptions, detect
from cq2c_desktop.store.db import open_plan
from tests.io.legacy_encoders import encode_tcvn3, encode_vni
from tests.io.messy_files import write_xlsx
from tests.services.importing_helpers import bare, counts, file_hash, last_audit, staff_by_id, units

HEADER = [
    "STT",
    "Mã CB",
    "HỌ VÀ TÊN",
    "Ngày, tháng, năm sinh",
    None,
    "Dân tộc",
    "Đơn vị công tác",
    "Chuyên ngành đào tạo",
    "Ngạch",
    "Nơi ở hiện nay",
    "Số CCCD",
    "Đơn vị cũ",
    "Tự nguyện",
    "Ghi chú",
]
SUBHEADER = [None, None, None, "Nam", "Nữ"]


def messy_roster(path: Path, plan: Path, *, extra: list[list[Any]] | None = None) -> tuple[Path, list[dict[str, Any]]]:
    """A roster as a commune sends it: an instruction sheet first; on the second sheet merged
    title rows, a two-row header (birth date under Nam / Nữ), a numbering row, names in TCVN3,
    VNI, NFD and capitals, dates as real dates, text, a year and a serial number, units by bare
    name, code and "UBND xã …", a hidden stale column, a total row and a signature block."""
    us = units(plan)
    a, b, c = us[4], us[10], us[20]
    rows: list[list[Any]] = [
        ["UBND TỈNH THANH HÓA"],
        ["DANH SÁCH CÁN BỘ, CÔNG CHỨC CẤP XÃ"],
        ["(Kèm theo Công văn số 123/UBND)"],
        [],
        HEADER,
        SUBHEADER,
        [f"({i})" for i in range(1, len(HEADER) + 1)],
        [
            1,
            "T01",
            "NGUYỄN VĂN AN",
            dt.date(1985, 3, 5),
            None,
            "Kinh",
            bare(a["name"]),
            "Quản lý đất đai",
            "Chuyên viên",
            a["id"],
            "038085000111",
            "Xã cũ 1",
            "x",
            "Trưởng thôn cũ",
        ],
        [
            2,
            "T02",
            encode_tcvn3("Lê Thị Hà"),
            None,
            "12/11/1990",
            "Kinh",
            int(b["id"]),
            "Kế toán",
            "Cán sự",
            None,
            "38190000222",
            "Xã cũ 2",
            None,
            None,
        ],
        [
            3,
            "T03",
            encode_vni("Trần Thị Hương"),
            None,
            "1979",
            "Mường",
            f"UBND {c['name'].lower()}",
            "CNTT",
            "Chuyên viên chính",
            None,
            None,
            "",
            None,
            None,
        ],
        [
            4,
            "T04",
            unicodedata.normalize("NFD", "Đặng Quốc Việt"),
            31111,
            None,
            "Thái",
            a["name"],
            "Công nghệ thông tin",
            None,
            None,
            None,
            None,
            "có",
            None,
        ],
        [5, "T05", "  Hà   Văn  Tuấn ", "5-3-85", None, "Kinh", c["id"], "Đất đia", None, None, None, None, None, None],
        *(extra or []),
        [None, "Tổng cộng", 5],
        [],
        [None, None, "NGƯỜI LẬP BIỂU", None, None, "THỦ TRƯỞNG ĐƠN VỊ"],
        [None, None, "(Ký, ghi rõ họ tên)"],
    ]
    merged = ["A1:E1", "A2:N2", "A3:N3", "D5:E5", *(f"{col}5:{col}6" for col in "ABCFGHIJKLMN")]
    write_xlsx(
        path,
        {"Hướng dẫn": [["Điền danh sách ở trang sau"], ["Không sửa tiêu đề"]], "DS cán bộ": rows},
        merged={"DS cán bộ": merged},
        hidden_columns={"DS cán bộ": ["L"]},
    )
    expected = [
        {
            "id": "T01",
            "full_name": "Nguyễn Văn An",
            "gender": "nam",
            "birth_date": dt.date(1985, 3, 5),
            "ethnicity": "Kinh",
            "unit_id": a["id"],
            "specialty_id": "dat_dai",
            "rank": "Chuyên viên",
            "home_unit_id": a["id"],
            "cccd": "038085000111",
            "volunteer": True,
            "movable": True,
            "exemption": None,
        },
        {
            "id": "T02",
            "full_name": "Lê Thị Hà",
            "gender": "nu",
            "birth_date": dt.date(1990, 11, 12),
            "unit_id": b["id"],
            "specialty_id": "tai_chinh",
            "rank": "Cán sự",
            "home_unit_id": None,
            "cccd": "038190000222",
            "volunteer": False,
        },
        {
            "id": "T03",
            "full_name": "Trần Thị Hương",
            "gender": "nu",
            "birth_date": dt.date(1979, 1, 1),
            "ethnicity": "Mường",
            "unit_id": c["id"],
            "specialty_id": "cntt",
            "rank": "Chuyên viên chính",
            "cccd": None,
        },
        {
            "id": "T04",
            "full_name": "Đặng Quốc Việt",
            "gender": "nam",
            "birth_date": dt.date(1985, 3, 5),
            "unit_id": a["id"],
            "specialty_id": "cntt",
            "volunteer": True,
        },
        {
            "id": "T05",
            "full_name": "Hà Văn Tuấn",
            "gender": "nam",
            "birth_date": dt.date(1985, 3, 5),
            "unit_id": c["id"],
            "specialty_id": "dat_dai",
        },
    ]
    return path, expected


def _run(plan_path: Path, kind: str, file: Path, **options: Any) -> Any:
    plan = open_plan(plan_path)
    try:
        return run_import(plan, kind, file, ImportOptions(**options))
    finally:
        plan.close()


def test_messy_roster_lands_value_by_value(demo_plan: Path, tmp_path: Path) -> None:
    file, expected = messy_roster(tmp_path / "roster.xlsx", demo_plan)
    covered = {e["unit_id"] for e in expected}
    plan = open_plan(demo_plan)
    try:
        from sqlalchemy import func, select

        from cq2c_desktop.store.models import Staff

        with plan.begin() as session:
            before_in_units = session.scalar(select(func.count()).where(Staff.unit_id.in_(covered)))
        report = run_import(plan, "staff", file)
    finally:
        plan.close()
    assert report.ok and report.written, report.report_text()
    assert report.sheet == "DS cán bộ" and report.header_row == 5 and report.rows_read == 5
    assert (report.added, report.changed, report.removed) == (5, 0, 0)  # the default never removes
    assert before_in_units > 0
    landed = staff_by_id(demo_plan, *(e["id"] for e in expected))
    for person in expected:
        got = landed[person["id"]]
        for key, value in person.items():
            assert got[key] == value, (person["id"], key)
        assert unicodedata.is_normalized("NFC", got["full_name"])
    codes = {p.code for p in report.problems}
    assert {"legacy_text", "year_only", "specialty_spelling"} <= codes
    legacy = [p for p in report.problems if p.code == "legacy_text"]
    assert {p.column for p in legacy} == {"C"} and {p.row for p in legacy} == {9, 10}
    event = last_audit(demo_plan)
    assert event is not None and event.action == "import" and event.user == "test-officer"
    assert event.details["file"] == "roster.xlsx"
    assert event.details["sha256"] == hashlib.sha256(file.read_bytes()).hexdigest()
    assert (event.details["added"], event.details["removed"]) == (5, 0)
    assert event.at is not None


def test_one_bad_row_changes_nothing(demo_plan: Path, tmp_path: Path) -> None:
    bad_rows = [
        [6, "T06", "Phạm Văn Sai", "31/02/1990", None, "Kinh", "Xã Không Tồn Tại", "Kế toán"],
        [7, "T07", "Vũ Thị Trùng", "01/01/1990", None, "Kinh", "Mường Lát", "Kế toán", None, None, "038085000111"],
        [8, "T01", "Trùng Mã", None, "1980", "Kinh", "Mường Lát", "Nghề lạ"],
        [9, "T09", None, "1980", None, None, "Mường Lát", "Kế toán"],
    ]
    file, _ = messy_roster(tmp_path / "roster.xlsx", demo_plan, extra=bad_rows)
    before, fingerprint = counts(demo_plan), file_hash(demo_plan)
    report = _run(demo_plan, "staff", file)
    assert not report.ok and not report.written
    by_code = {p.code: p for p in report.problems if p.is_error}
    assert {
        "impossible_date",
        "unknown_unit",
        "duplicate_cccd",
        "duplicate_id",
        "unknown_specialty",
        "missing_value",
    } <= set(by_code)
    date = by_code["impossible_date"]
    assert (date.file, date.sheet, date.row, date.column, date.value) == (
        "roster.xlsx",
        "DS cán bộ",
        13,
        "D",
        "31/02/1990",
    )
    assert date.header == "Ngày, tháng, năm sinh Nam" and vietnamese(date.message) != english(date.message)
    assert by_code["unknown_unit"].column == "G" and by_code["unknown_unit"].row == 13
    assert counts(demo_plan) == before and file_hash(demo_plan) == fingerprint


def test_reimport_reports_added_changed_removed(demo_plan: Path, tmp_path: Path) -> None:
    a = units(demo_plan)[30]

    def roster(rows: list[list[Any]], name: str) -> Path:
        header = ["Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Đơn vị", "Chuyên môn"]
        return write_xlsx(tmp_path / name, {"DS": [header, *rows]})

    first = roster(
        [
            ["X1", "An", "Nam", "01/01/1980", a["id"], "Đất đai"],
            ["X2", "Bình", "Nam", "01/01/1981", a["id"], "Y tế"],
            ["X3", "Chi", "Nữ", "01/01/1982", a["id"], "Giáo dục"],
        ],
        "v1.xlsx",
    )
    report = _run(demo_plan, "staff", first, scope="covered")
    assert report.ok and report.added == 3 and report.removed > 0
    again = _run(demo_plan, "staff", first)
    assert (again.added, again.changed, again.removed, again.unchanged) == (0, 0, 0, 3)
    second = roster(
        [
            ["X1", "An", "Nam", "01/01/1980", a["id"], "Đất đai"],
            ["X2", "Bình", "Nam", "01/01/1981", a["id"], "Xây dựng"],
            ["X4", "Dũng", "Nam", "01/01/1983", a["id"], "Kế toán"],
        ],
        "v2.xlsx",
    )
    kept = _run(demo_plan, "staff", second, dry_run=True)
    assert (kept.added, kept.changed, kept.removed, kept.unchanged) == (1, 1, 0, 1)
    report = _run(demo_plan, "staff", second, scope="covered")
    assert (report.added, report.changed, report.removed, report.unchanged) == (1, 1, 1, 1)
    assert report.removals == [f"Chi (X3, {a['id']})"]
    landed = staff_by_id(demo_plan, "X1", "X2", "X3", "X4")
    assert set(landed) == {"X1", "X2", "X4"} and landed["X2"]["specialty_id"] == "xay_dung"
    # the changed row's version moves on, so an edit made on data read before the import is refused
    assert (landed["X1"]["version"], landed["X2"]["version"]) == (1, 2)


def test_a_file_without_some_columns_keeps_the_plans_values(demo_plan: Path, tmp_path: Path) -> None:
    a = units(demo_plan)[40]
    full = write_xlsx(
        tmp_path / "full.xlsx",
        {
            "DS": [
                ["Mã CB", "Họ và tên", "Giới tính", "Đơn vị", "Chuyên môn", "Ngạch", "Số CCCD"],
                ["K1", "Khánh", "Nam", a["id"], "Y tế", "Chuyên viên", "038080000999"],
            ]
        },
    )
    assert _run(demo_plan, "staff", full).ok
    slim = write_xlsx(
        tmp_path / "slim.xlsx",
        {
            "DS": [
                ["Mã CB", "Họ và tên", "Giới tính", "Đơn vị", "Chuyên môn"],
                ["K1", "Khánh", "Nam", a["id"], "Tư pháp"],
            ]
        },
    )
    report = _run(demo_plan, "staff", slim)
    assert report.changed == 1
    person = staff_by_id(demo_plan, "K1")["K1"]
    assert (person["specialty_id"], person["rank"], person["cccd"]) == ("tu_phap", "Chuyên viên", "038080000999")


def test_detect_and_preview_write_nothing(demo_plan: Path, tmp_path: Path) -> None:
    file, _ = messy_roster(tmp_path / "roster.xlsx", demo_plan)
    fingerprint = file_hash(demo_plan)
    plan = open_plan(demo_plan)
    try:
        found = detect(plan, "staff", file)
        checked = preview(plan, "staff", file)
    finally:
        plan.close()
    assert found.sheet == "DS cán bộ" and found.header_row == 5 and found.data_row == 8
    by_letter = {c.letter: c for c in found.columns}
    assert by_letter["D"].field == "birth_date_male" and by_letter["E"].field == "birth_date_female"
    assert by_letter["L"].hidden and by_letter["L"].field is None
    assert by_letter["C"].samples[0] == "NGUYỄN VĂN AN"
    assert [s.name for s in found.sheets] == ["Hướng dẫn", "DS cán bộ"]
    assert checked.ok and checked.dry_run and not checked.written and checked.added == 5
    assert file_hash(demo_plan) == fingerprint


def test_cancel_writes_nothing(demo_plan: Path, tmp_path: Path) -> None:
    file, _ = messy_roster(tmp_path / "roster.xlsx", demo_plan)
    before = counts(demo_plan)
    seen: list[tuple[int, int, str]] = []
    plan = open_plan(demo_plan)
    try:
        with pytest.raises(Cancelled):
            run_import(
                plan, "staff", file, progress=lambda d, t, m: seen.append((d, t, m)), should_stop=lambda: len(seen) >= 2
            )
    finally:
        plan.close()
    assert counts(demo_plan) == before and seen[0][0] == 0
