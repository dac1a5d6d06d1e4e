"""Wishes (nguyện vọng) from the columns communes write: one per rank, or one cell listing them; real
.xlsx files written by openpyxl and read back; an unknown commune is an error that names its cell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from cq2c_desktop.services.importing import run_import
from cq2c_desktop.services.importing_detect import ImportOptions
from cq2c_desktop.services.importing_templates import make_template
from cq2c_desktop.store.db import open_plan
from cq2c_desktop.store.models import Staff, Unit
from tests.services.importing_helpers import file_hash, staff_by_id

HEAD = ["STT", "Mã cán bộ", "Họ và tên", "Giới tính", "Năm sinh", "Đơn vị công tác", "Chuyên môn"]


def _units(plan_path: Path) -> dict[str, str]:
    plan = open_plan(plan_path)
    try:
        with plan.begin() as s:
            return dict(s.execute(select(Unit.name, Unit.id).where(Unit.region == "mountain").order_by(Unit.id)).all())
    finally:
        plan.close()


def _roster(path: Path, head: list[str], rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Danh sách"
    sheet.append(["DANH SÁCH CÁN BỘ, CÔNG CHỨC CÓ NGUYỆN VỌNG ĐIỀU ĐỘNG"])
    sheet.append([])
    sheet.append(head)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _run(plan_path: Path, file: Path) -> Any:
    plan = open_plan(plan_path)
    try:
        return run_import(plan, "staff", file, ImportOptions())
    finally:
        plan.close()


def _wishes(plan_path: Path, *ids: str) -> dict[str, tuple[list[str], bool]]:
    plan = open_plan(plan_path)
    try:
        with plan.begin() as s:
            return {p.id: (p.wishes, p.volunteer) for p in s.scalars(select(Staff).where(Staff.id.in_(ids)))}
    finally:
        plan.close()


def test_a_column_per_rank_and_a_listing_cell_give_ranked_wishes(demo_plan: Path, tmp_path: Path) -> None:
    names = list(_units(demo_plan))
    home = names[-1]
    a, b, c, d = (n for n in names[:4])
    file = _roster(
        tmp_path / "nv.xlsx",
        [*HEAD, "Nguyện vọng 1", "Nguyện vọng 2", "Nguyện vọng 3", "Xin đến"],
        [
            [1, "W001", "Lò Văn Một", "Nam", 1985, home, "Đất đai", a, b, None, None],
            [2, "W002", "Hà Thị Hai", "Nữ", 1990, home, "Kế toán", None, None, None, f"{c}; {d}"],
            [3, "W003", "Cầm Văn Ba", "Nam", 1988, home, "Xây dựng", d, None, None, a],
            [4, "W004", "Vi Thị Bốn", "Nữ", 1992, home, "Y tế", None, None, None, "x"],
            [5, "W005", "Lường Văn Năm", "Nam", 1980, home, "Y tế", None, None, None, None],
        ],
    )
    report = _run(demo_plan, file)
    assert report.ok, report.report_text()
    ids = _units(demo_plan)
    got = _wishes(demo_plan, "W001", "W002", "W003", "W004", "W005")
    assert got["W001"] == ([ids[a], ids[b]], True)
    assert got["W002"] == ([ids[c], ids[d]], True)  # "Xã C; Xã D" in one cell, in order
    assert got["W003"] == ([ids[d], ids[a]], True)  # the rank columns first, then the list
    assert got["W004"] == ([], True)  # a mark alone: a volunteer without a named unit
    assert got["W005"] == ([], False)


def test_a_single_nguyen_vong_cell_lists_communes_by_name_or_code(demo_plan: Path, tmp_path: Path) -> None:
    ids = _units(demo_plan)
    (_a, a_id), (b, b_id) = list(ids.items())[:2]
    file = _roster(
        tmp_path / "nv.xlsx",
        [*HEAD, "Nguyện vọng"],
        [[1, "W010", "Lò Văn Mười", "Nam", 1985, list(ids)[-1], "Đất đai", f"{a_id}, {b.removeprefix('Xã ')}"]],
    )
    report = _run(demo_plan, file)
    assert report.ok, report.report_text()
    assert _wishes(demo_plan, "W010")["W010"] == ([a_id, b_id], True)


def test_an_unknown_commune_in_a_wish_is_an_error_naming_its_cell(demo_plan: Path, tmp_path: Path) -> None:
    names = list(_units(demo_plan))
    file = _roster(
        tmp_path / "nv.xlsx",
        [*HEAD, "Nguyện vọng 1", "Nguyện vọng"],
        [
            [1, "W020", "Lò Văn Hai Mươi", "Nam", 1985, names[-1], "Đất đai", names[0], None],
            [2, "W021", "Hà Thị Hai Mốt", "Nữ", 1990, names[-1], "Kế toán", "Xã Không Có Thật", None],
            [3, "W022", "Cầm Văn Hai Hai", "Nam", 1988, names[-1], "Xây dựng", None, f"{names[1]}; Xã Đâu Đó"],
        ],
    )
    fingerprint = file_hash(demo_plan)
    report = _run(demo_plan, file)
    assert not report.ok and not report.written
    errors = sorted((p.file, p.sheet, p.row, p.column, p.value, p.code) for p in report.problems if p.is_error)
    assert errors == [
        ("nv.xlsx", "Danh sách", 5, "H", "Xã Không Có Thật", "unknown_unit"),
        ("nv.xlsx", "Danh sách", 6, "I", "Xã Đâu Đó", "unknown_unit"),
    ]
    assert file_hash(demo_plan) == fingerprint and staff_by_id(demo_plan, "W020") == {}


def test_more_than_three_wishes_is_an_error(demo_plan: Path, tmp_path: Path) -> None:
    names = list(_units(demo_plan))
    file = _roster(
        tmp_path / "nv.xlsx",
        [*HEAD, "Nơi xin đến"],
        [[1, "W030", "Lò Văn Ba Mươi", "Nam", 1985, names[-1], "Đất đai", "; ".join(names[:4])]],
    )
    report = _run(demo_plan, file)
    assert [(p.code, p.row, p.column) for p in report.problems if p.is_error] == [("too_many_wishes", 4, "H")]


def test_a_re_import_without_wish_columns_keeps_the_wishes(demo_plan: Path, tmp_path: Path) -> None:
    names = list(_units(demo_plan))
    first = _roster(
        tmp_path / "a.xlsx", [*HEAD, "NV1"], [[1, "W040", "Lò Văn Bốn", "Nam", 1985, names[-1], "Đất đai", names[0]]]
    )
    assert _run(demo_plan, first).ok
    again = _roster(tmp_path / "b.xlsx", HEAD, [[1, "W040", "Lò Văn Bốn", "Nam", 1986, names[-1], "Đất đai"]])
    assert _run(demo_plan, again).ok
    assert _wishes(demo_plan, "W040")["W040"][0] == [_units(demo_plan)[names[0]]]


@pytest.mark.parametrize("column", ["Nguyện vọng 1", "Nguyện vọng 2", "Nguyện vọng 3"])
def test_the_template_offers_the_wish_columns_with_a_unit_list(demo_plan: Path, tmp_path: Path, column: str) -> None:
    plan = open_plan(demo_plan)
    try:
        out = make_template("staff", tmp_path / "mau.xlsx", plan)
    finally:
        plan.close()
    book = openpyxl.load_workbook(out)
    sheet = book.worksheets[0]
    headers = [cell.value for row in sheet.iter_rows(min_row=1, max_row=6) for cell in row if cell.value]
    assert column in headers


def test_undoing_an_import_puts_the_wishes_back(demo_plan: Path, tmp_path: Path) -> None:
    from cq2c_desktop.services.importing_undo import undo_import

    names = list(_units(demo_plan))
    plan = open_plan(demo_plan)
    try:
        with plan.begin() as s:
            person = s.scalars(select(Staff).where(Staff.wish_1_unit_id.is_not(None)).order_by(Staff.id)).first()
            assert person is not None
            unit_name = s.get(Unit, person.unit_id).name  # type: ignore[union-attr]
            spec = person.specialty_id
            kept = (person.wishes, person.volunteer)
    finally:
        plan.close()
    file = _roster(
        tmp_path / "nv.xlsx",
        [*HEAD, "Nguyện vọng"],
        [[1, person.id, person.full_name, "Nam" if person.gender == "nam" else "Nữ", 1985, unit_name, spec, names[5]]],
    )
    report = _run(demo_plan, file)
    assert report.ok, report.report_text()
    assert _wishes(demo_plan, person.id)[person.id][0] == [_units(demo_plan)[names[5]]]
    plan = open_plan(demo_plan)
    try:
        undo_import(plan, report.receipt)
    finally:
        plan.close()
    assert _wishes(demo_plan, person.id)[person.id] == kept
