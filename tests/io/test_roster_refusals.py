"""The corpus's files an import must refuse, or take with a warning: each refusal names the file,
sheet, row, column and value and says what to do, and the plan file stays byte-identical."""

from __future__ import annotations

import struct
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from cq2c_desktop.domain.messages import english
from cq2c_desktop.io.problems import Problem
from cq2c_desktop.services.importing import ImportReport
from tests.io.roster_shapes import Layout, build, make_people
from tests.io.roster_writers import Sheet, write_book
from tests.io.test_roster_corpus import _units, check_people, import_file
from tests.services.importing_helpers import file_hash

HEADER = ["STT", "Mã CB", "Họ và tên", "Ngày sinh", "Giới tính", "Đơn vị công tác", "Chuyên môn"]


def refused(plan_path: Path, file: Path, **options: Any) -> ImportReport:
    fingerprint = file_hash(plan_path)
    report = import_file(plan_path, file, **options)
    assert not report.ok and not report.written, report.report_text()
    assert file_hash(plan_path) == fingerprint  # byte-identical: nothing written, no copy rotated in
    for problem in report.problems:
        if problem.is_error:
            assert problem.file == file.name
    return report


def only_error(report: ImportReport) -> Problem:
    errors = [p for p in report.problems if p.is_error]
    assert len(errors) == 1, report.report_text()
    return errors[0]


def _sheet(rows: list[list[Any]]) -> list[Sheet]:
    return [Sheet("DS", [HEADER, *rows])]


def where(problem: Problem) -> tuple[str, int | None, str, str]:
    return problem.sheet, problem.row, problem.column, problem.value


def test_a_header_only_file_writes_nothing_and_says_so(demo_plan: Path, tmp_path: Path) -> None:
    file = write_book(tmp_path / "empty.xlsx", "xlsx", [Sheet("DS", [["DANH SÁCH CÔNG CHỨC"], HEADER])])
    error = only_error(refused(demo_plan, file))
    assert error.code == "no_data_rows" and error.message.params["sheet"] == "DS"
    assert "nothing was imported" in english(error.message)


def test_an_empty_file_writes_nothing_and_says_so(demo_plan: Path, tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    error = only_error(refused(demo_plan, tmp_path / "empty.csv"))
    assert error.code == "empty_sheet" and (error.file, error.sheet) == ("empty.csv", "CSV")


def test_xa_is_never_read_as_the_phuong_of_the_same_name(demo_plan: Path, tmp_path: Path) -> None:
    rows = [[1, "Q1", "Lê Văn An", "01/02/1980", "Nam", "Xã Quang Trung", "Đất đai"]]
    error = only_error(refused(demo_plan, write_book(tmp_path / "q.xlsx", "xlsx", _sheet(rows))))
    assert error.code == "unit_other_kind" and where(error) == ("DS", 2, "F", "Xã Quang Trung")
    assert "Phường Quang Trung" in english(error.message)


def test_an_exact_name_wins_over_one_that_differs_in_diacritics(demo_plan: Path, tmp_path: Path) -> None:
    rows = [
        [1, "D1", "Lê Văn An", "01/02/1980", "Nam", "Đông Tiến", "Đất đai"],
        [2, "D2", "Lê Văn Bình", "01/02/1981", "Nam", "Đồng Tiến", "Đất đai"],
    ]
    file = write_book(tmp_path / "d.xlsx", "xlsx", _sheet(rows))
    report = import_file(demo_plan, file)
    assert report.ok and report.added == 2 and not [p for p in report.problems if p.code == "unit_spelling"]
    from tests.services.importing_helpers import staff_by_id

    landed = staff_by_id(demo_plan, "D1", "D2")
    assert (landed["D1"]["unit_id"], landed["D2"]["unit_id"]) == ("15853", "15724")


def test_a_name_without_diacritics_that_fits_two_units_is_refused(demo_plan: Path, tmp_path: Path) -> None:
    rows = [[1, "D3", "Lê Văn An", "01/02/1980", "Nam", "Dong Tien", "Đất đai"]]
    error = only_error(refused(demo_plan, write_book(tmp_path / "d.csv", "csv", _sheet(rows))))
    assert error.code == "ambiguous_unit" and where(error) == ("CSV", 2, "F", "Dong Tien")
    assert "Phường Đông Tiến" in english(error.message) and "Xã Đồng Tiến" in english(error.message)


def test_xay_dung_dang_is_not_xay_dung(demo_plan: Path, tmp_path: Path) -> None:
    rows = [[1, "X1", "Lê Văn An", "01/02/1980", "Nam", "Xã Mường Lát", "Xây dựng Đảng"]]
    error = only_error(refused(demo_plan, write_book(tmp_path / "x.xlsx", "xlsx", _sheet(rows))))
    assert error.code == "specialty_other_field" and where(error) == ("DS", 2, "G", "Xây dựng Đảng")


def test_a_degree_level_is_no_field_of_study(demo_plan: Path, tmp_path: Path) -> None:
    rows = [[1, "X2", "Lê Văn An", "01/02/1980", "Nam", "Xã Mường Lát", "Đại học"]]
    error = only_error(refused(demo_plan, write_book(tmp_path / "x.xlsx", "xlsx", _sheet(rows))))
    assert error.code == "degree_not_field" and where(error) == ("DS", 2, "G", "Đại học")
    assert "did you mean" not in english(error.message)


def test_a_degree_column_alone_gives_no_specialty(demo_plan: Path, tmp_path: Path) -> None:
    header = ["STT", "Mã CB", "Họ và tên", "Ngày sinh", "Giới tính", "Đơn vị", "Trình độ chuyên môn"]
    rows = [header, [1, "X3", "Lê Văn An", "01/02/1980", "Nam", "Xã Mường Lát", "Đại học"]]
    error = only_error(refused(demo_plan, write_book(tmp_path / "x.xlsx", "xlsx", [Sheet("DS", rows)])))
    assert error.code == "missing_column" and error.message.params["name"] == "specialty" and error.row == 1


def test_a_degree_column_that_names_the_field_is_the_specialty(demo_plan: Path, tmp_path: Path) -> None:
    header = ["STT", "Mã CB", "Họ và tên", "Ngày sinh", "Giới tính", "Đơn vị", "Trình độ chuyên môn"]
    rows = [header, [1, "X4", "Lê Văn An", "01/02/1980", "Nam", "Xã Mường Lát", "Đại học Luật"]]
    report = import_file(demo_plan, write_book(tmp_path / "x.xlsx", "xlsx", [Sheet("DS", rows)]))
    assert report.ok and report.added == 1, report.report_text()


def test_dates_written_both_ways_are_refused_where_they_break_the_files_order(demo_plan: Path, tmp_path: Path) -> None:
    rows = [
        [1, "M1", "Lê Văn An", "25/03/1980", "Nam", "Xã Mường Lát", "Đất đai"],
        [2, "M2", "Lê Văn Bình", "26/04/1981", "Nam", "Xã Mường Lát", "Đất đai"],
        [3, "M3", "Lê Văn Cường", "03/27/1982", "Nam", "Xã Mường Lát", "Đất đai"],
    ]
    report = refused(demo_plan, write_book(tmp_path / "m.csv", "csv", _sheet(rows)))
    error = only_error(report)
    assert error.code == "date_order_conflict" and where(error) == ("CSV", 4, "D", "03/27/1982")
    assert "25/03/1980" in english(error.message)
    assert {"date_order_day_first", "date_order_mixed"} <= {p.code for p in report.problems}


def test_month_first_dates_are_read_so_for_the_whole_file(demo_plan: Path, tmp_path: Path) -> None:
    people = make_people(_units(demo_plan, 4), 4, seed=3)
    people = [replace(p, born=p.born.replace(day=5 + i, month=3)) for i, p in enumerate(people)]  # all ambiguous
    people.append(replace(people[0], id="M9", born=people[0].born.replace(day=25, month=4)))  # the proof
    layout = Layout(birth="mdy")
    report = check_people(
        demo_plan, write_book(tmp_path / "m.html", "html", build(people, layout).sheets), people, layout
    )
    assert report.date_order == "month_first"
    note = next(p for p in report.problems if p.code == "date_order_month_first")
    assert note.message.params["example"].startswith("4/25/")


def test_a_formula_saved_without_its_value_is_refused(demo_plan: Path, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append([1, "F1", "Lê Văn An", "01/02/1980", "Nam", "Xã Mường Lát", "Đất đai"])
    sheet.append([2, "F2", "=VLOOKUP(B3,Sheet2!A:B,2,FALSE)", "01/02/1981", "Nam", "Xã Mường Lát", "Đất đai"])
    book.save(tmp_path / "f.xlsx")  # openpyxl stores formulas without a computed value
    error = only_error(refused(demo_plan, tmp_path / "f.xlsx"))
    assert error.code == "formula_without_value" and (error.sheet, error.row, error.column) == ("Sheet", 3, "C")


def test_simple_formulas_saved_without_their_value_are_worked_out(demo_plan: Path, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([*HEADER, "Họ", "Tên"])
    sheet.append(
        [
            1,
            "F3",
            '=PROPER(H2)&" "&I2',
            "=DATE(1980,2,1)",
            "Nam",
            '=HYPERLINK("http://x.invalid","Xã Mường Lát")',
            "Đất đai",
            "LÊ VĂN",
            "An",
        ]
    )
    sheet.append(["=ROW()-1", "F4", '=TRIM("  Lê   Thị Hà ")', "01/02/1981", "Nữ", "=F2", '=CONCATENATE("Kế"," toán")'])
    book.save(tmp_path / "f.xlsx")
    report = import_file(demo_plan, tmp_path / "f.xlsx")
    assert report.ok and report.added == 2, report.report_text()
    from tests.services.importing_helpers import staff_by_id

    landed = staff_by_id(demo_plan, "F3", "F4")
    assert landed["F3"]["full_name"] == "Lê Văn An" and landed["F3"]["birth_date"].isoformat() == "1980-02-01"
    assert landed["F4"]["full_name"] == "Lê Thị Hà" and landed["F4"]["unit_id"] == landed["F3"]["unit_id"] == "14845"
    assert landed["F4"]["specialty_id"] == "tai_chinh"
    assert {p.column for p in report.problems if p.code == "formulas_worked_out"} >= {"C", "D", "F", "G"}


def test_a_password_protected_workbook_says_so(demo_plan: Path, tmp_path: Path) -> None:
    # An encrypted Office file: an OLE2 container whose directory names an "EncryptedPackage".
    data = bytearray(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptedPackage".encode("utf-16-le") + bytes(2000)
    )
    struct.pack_into("<H", data, 0x1E, 9)
    (tmp_path / "locked.xlsx").write_bytes(bytes(data))
    error = only_error(refused(demo_plan, tmp_path / "locked.xlsx"))
    assert error.code == "unreadable_file" and error.message.params["reason"].code == "file_password"


@pytest.mark.parametrize(
    ("name", "content", "code"), [("cut.xlsx", None, "file_damaged"), ("a.xls", b"%PDF-1.7", "file_not_a_spreadsheet")]
)
def test_damaged_or_foreign_files_say_so(
    demo_plan: Path, tmp_path: Path, name: str, content: bytes | None, code: str
) -> None:
    if content is None:
        whole = write_book(tmp_path / "whole.xlsx", "xlsx", _sheet([[1, "A", "B", "C", "Nam", "D", "E"]])).read_bytes()
        content = whole[: len(whole) // 2]
    (tmp_path / name).write_bytes(content)
    error = only_error(refused(demo_plan, tmp_path / name))
    assert error.message.params["reason"].code == code


def test_the_same_person_on_two_sheets_is_refused(demo_plan: Path, tmp_path: Path) -> None:
    people = make_people(_units(demo_plan, 4, 10), 4, seed=21)
    twice = [*people, replace(people[0], unit_id=people[1].unit_id, unit_name=people[1].unit_name)]
    report = refused(
        demo_plan, write_book(tmp_path / "two.xlsx", "xlsx", build(twice, Layout(sheets="per_unit")).sheets)
    )
    error = only_error(report)
    assert error.code == "duplicate_id" and error.value == people[0].id and error.column == "B"
    assert error.message.params["sheet"] != error.sheet


def test_marks_under_both_genders_are_refused(demo_plan: Path, tmp_path: Path) -> None:
    people = make_people(_units(demo_plan, 4), 2, seed=4)
    sheets = build(people, Layout(gender="ticks")).sheets
    rows = sheets[0].rows
    first = next(r for r, row in enumerate(rows) if row and row[0] == 1)
    ticks = [c for c, v in enumerate(rows[first]) if v == "x"][:1]
    rows[first][ticks[0] + (1 if people[0].gender == "nam" else -1)] = "x"
    error = only_error(refused(demo_plan, write_book(tmp_path / "g.xlsx", "xlsx", sheets)))
    assert error.code == "two_gender_marks" and error.row == first + 1


def test_a_list_without_units_anywhere_is_refused_once(demo_plan: Path, tmp_path: Path) -> None:
    people = make_people(_units(demo_plan, 4), 3, seed=12)
    sheets = build(people, Layout(unit="title", titles=False)).sheets
    report = refused(demo_plan, write_book(tmp_path / "n.xlsx", "xlsx", sheets))
    error = only_error(report)
    assert error.code == "no_unit" and error.message.params["count"] == 3


def test_a_stray_byte_in_a_utf8_csv_is_reported_in_its_cell(demo_plan: Path, tmp_path: Path) -> None:
    text = "\r\n".join(
        [
            ";".join(HEADER),
            "1;S1;Lê Văn An;01/02/1980;Nam;Xã Mường Lát;Đất đai",
            "2;S2;Lê Thị H\x00;01/02/1981;Nữ;Xã Mường Lát;Đất đai",
        ]
    )
    data = text.encode("utf-8").replace(b"\x00", b"\xe0")  # one Windows-1258 byte: à
    (tmp_path / "s.csv").write_bytes(data)
    report = import_file(demo_plan, tmp_path / "s.csv")
    assert report.ok and report.added == 2, report.report_text()
    warning = next(p for p in report.problems if p.code == "stray_bytes")
    assert (warning.row, warning.column, warning.value) == (3, "C", "Lê Thị H\\xE0")
    assert not any(p.code == "legacy_file" for p in report.problems)
    from tests.services.importing_helpers import staff_by_id

    assert staff_by_id(demo_plan, "S1", "S2")["S2"]["full_name"] == "Lê Thị Hà"


def test_a_stray_space_on_the_last_row_of_the_sheet(demo_plan: Path, tmp_path: Path) -> None:
    people = make_people(_units(demo_plan, 4), 3, seed=31)
    file = write_book(tmp_path / "s.xlsx", "xlsx", build(people, Layout()).sheets)
    book = openpyxl.load_workbook(file)
    book.active.cell(1_048_576, 1, " ")
    book.save(file)
    check_people(demo_plan, file, people, Layout())


def test_a_stray_cell_in_the_far_corner_is_refused_not_crashed_on(demo_plan: Path, tmp_path: Path) -> None:
    people = make_people(_units(demo_plan, 4), 3, seed=32)
    file = write_book(tmp_path / "s.xlsx", "xlsx", build(people, Layout()).sheets)
    book = openpyxl.load_workbook(file)
    book.active.cell(1_048_576, 16_384, " ")
    book.save(file)
    error = only_error(refused(demo_plan, file))
    assert error.message.params["reason"].code == "sheet_far_cells"
    assert "XFD1048576" in english(error.message)


def test_an_xlsx_named_xls_and_a_csv_named_xls(demo_plan: Path, tmp_path: Path) -> None:
    people = make_people(_units(demo_plan, 4), 3, seed=33)
    book = build(people, Layout()).sheets
    check_people(demo_plan, write_book(tmp_path / "real-xlsx.xls", "xlsx", book), people, Layout())
    others = make_people(_units(demo_plan, 10), 2, seed=34, id_prefix="V")
    check_people(demo_plan, write_book(tmp_path / "tsv.xls", "tsv", build(others, Layout()).sheets), others, Layout())
