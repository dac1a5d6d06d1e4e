"""`cq2c import` on the corpus's shapes: the rows not read are listed with their role, removing is an
explicit --scope that names whom, --unit gives the file's unit, --sheet picks (repeatable); unit
names with their former district or province, and CSV cells with Excel's literal apostrophe."""

from __future__ import annotations

from pathlib import Path

import pytest

from cq2c_desktop.cli import main
from cq2c_desktop.io.text_files import read_csv_rows
from tests.io.roster_shapes import Layout, build, make_people
from tests.io.roster_writers import Sheet, write_book
from tests.io.test_roster_corpus import _units, check_people, import_file
from tests.services.importing_helpers import counts, staff_by_id


def test_the_rows_not_read_are_listed_with_their_role(
    demo_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = make_people(_units(demo_plan, 4, 10), 4, seed=41)
    file = write_book(tmp_path / "ds.xlsx", "xlsx", build(people, Layout(subtotals=True, footer=True)).sheets)
    assert main(["import", str(demo_plan), "staff", str(file), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "Rows not read as data" in out
    for role in ("tiêu đề/title", "dòng cộng/subtotal", "phần ký/footer", "dòng nhóm/group"):
        assert role in out
    assert "removed 0" in out


def test_removing_needs_an_explicit_scope_and_names_whom(
    demo_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unit = _units(demo_plan, 4)[0]
    people = make_people([unit], 2, seed=42)
    file = write_book(tmp_path / "moi.xlsx", "xlsx", build(people, Layout()).sheets)
    before = counts(demo_plan)["staff"]
    assert main(["import", str(demo_plan), "staff", str(file), "--quiet"]) == 0
    assert counts(demo_plan)["staff"] == before + 2  # the default adds, never removes
    capsys.readouterr()
    assert main(["import", str(demo_plan), "staff", str(file), "--quiet", "--scope", "covered", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Sẽ xóa / Would remove" in out and f", {unit['id']})" in out
    assert counts(demo_plan)["staff"] == before + 2


def test_unit_and_sheet_options(demo_plan: Path, tmp_path: Path) -> None:
    unit = _units(demo_plan, 10)[0]
    people = make_people([unit], 3, seed=43)
    file = write_book(tmp_path / "n.csv", "csv", build(people, Layout(unit="title", titles=False)).sheets)
    assert main(["import", str(demo_plan), "staff", str(file), "--quiet"]) == 2  # no unit anywhere
    assert main(["import", str(demo_plan), "staff", str(file), "--quiet", "--unit", unit["id"]]) == 0
    assert {p["unit_id"] for p in staff_by_id(demo_plan, *(p.id for p in people)).values()} == {unit["id"]}
    two = make_people(_units(demo_plan, 4, 30), 4, seed=44, id_prefix="W")
    book = write_book(tmp_path / "two.xlsx", "xlsx", build(two, Layout(sheets="per_unit")).sheets)
    names = [s.name for s in build(two, Layout(sheets="per_unit")).sheets[1:3]]
    assert (
        main(["import", str(demo_plan), "staff", str(book), "--quiet", "--sheet", names[0], "--sheet", names[1]]) == 0
    )
    assert len(staff_by_id(demo_plan, *(p.id for p in two))) == 4


@pytest.mark.parametrize(
    "written",
    [
        "Mường Lý (huyện Mường Lát cũ)",
        "Xã Mường Lý, huyện Mường Lát",
        "Mường Lý, tỉnh Thanh Hóa",
        "Xã Mường Lý - huyện Mường Lát",
        "UBND xã Mường Lý",
    ],
)
def test_unit_names_with_where_they_were(demo_plan: Path, tmp_path: Path, written: str) -> None:
    rows = [
        ["STT", "Mã CB", "Họ và tên", "Ngày sinh", "Giới tính", "Đơn vị", "Chuyên môn"],
        [1, "U1", "Lê Văn An", "01/02/1980", "Nam", written, "Đất đai"],
    ]
    report = import_file(demo_plan, write_book(tmp_path / "u.xlsx", "xlsx", [Sheet("DS", rows)]))
    assert report.ok, report.report_text()
    assert staff_by_id(demo_plan, "U1")["U1"]["unit_id"] == "14854"  # Xã Mường Lý
    assert not [p for p in report.problems if p.code == "unit_spelling"]


def test_csv_cells_with_excels_apostrophe(demo_plan: Path, tmp_path: Path) -> None:
    text = (
        "Mã CB;Họ và tên;Ngày sinh;Giới tính;Đơn vị;Chuyên môn;Số CCCD\r\n"
        "'00042;Lê Văn An;'01/02/1980;Nam;Xã Mường Lát;Đất đai;'038080000042\r\n"
    )
    (tmp_path / "a.csv").write_bytes(text.encode("utf-8"))
    assert read_csv_rows(tmp_path / "a.csv").rows[1][0] == "00042"
    report = import_file(demo_plan, tmp_path / "a.csv")
    assert report.ok, report.report_text()
    person = staff_by_id(demo_plan, "00042")["00042"]
    assert (person["cccd"], person["birth_date"].isoformat()) == ("038080000042", "1980-02-01")


def test_a_commune_that_sends_two_files_keeps_both(demo_plan: Path, tmp_path: Path) -> None:
    unit = _units(demo_plan, 4)[0]
    cong_chuc = make_people([unit], 3, seed=45, id_prefix="C")
    can_bo = make_people([unit], 2, seed=46, id_prefix="B")
    check_people(
        demo_plan, write_book(tmp_path / "cc.xlsx", "xlsx", build(cong_chuc, Layout()).sheets), cong_chuc, Layout()
    )
    check_people(demo_plan, write_book(tmp_path / "cb.xlsx", "xlsx", build(can_bo, Layout()).sheets), can_bo, Layout())
    assert len(staff_by_id(demo_plan, *(p.id for p in cong_chuc + can_bo))) == 5
