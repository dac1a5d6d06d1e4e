"""Units, quotas (long and wide), distances (list and matrix), templates, saved mappings, the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from cq2c_desktop.cli import main
from cq2c_desktop.domain.messages import english, vietnamese
from cq2c_desktop.services.importing import run_import
from cq2c_desktop.services.importing_detect import ImportOptions
from cq2c_desktop.store.db import open_plan
from cq2c_desktop.store.models import Distance, Quota, Setting, Unit
from tests.io.messy_files import write_csv, write_xlsx
from tests.services.importing_helpers import bare, counts, file_hash, staff_by_id, units


def _run(plan_path: Path, kind: str, file: Path, **options: Any) -> Any:
    plan = open_plan(plan_path)
    try:
        return run_import(plan, kind, file, ImportOptions(**options))
    finally:
        plan.close()


def _rows(plan_path: Path, model: Any) -> list[Any]:
    plan = open_plan(plan_path)
    try:
        with plan.begin() as session:
            return list(session.scalars(select(model)))
    finally:
        plan.close()


def test_units_update_and_add(demo_plan: Path, tmp_path: Path) -> None:
    first = units(demo_plan)[0]
    file = write_xlsx(
        tmp_path / "units.xlsx",
        {
            "DVHC": [
                ["DANH MỤC ĐƠN VỊ HÀNH CHÍNH"],
                [],
                ["Mã ĐVHC", "Tên đơn vị", "Loại", "Vùng", "Vĩ độ", "Kinh độ", "Diện tích (km²)"],
                [first["id"], first["name"], None, "Đô thị", None, None, 21.5],
                ["99001", "Tân Lập", "Xã", "Miền núi", "19,95", 105.1, 80],
                ["Tổng cộng", None, None, None, None, None, 101.5],
            ]
        },
    )
    report = _run(demo_plan, "units", file)
    assert report.ok, report.report_text()
    assert (report.added, report.changed, report.removed) == (1, 1, 0)
    by_id = {u.id: u for u in _rows(demo_plan, Unit)}
    assert by_id["99001"].name == "Xã Tân Lập" and by_id["99001"].region == "mountain"
    assert by_id["99001"].lat == 19.95 and by_id["99001"].priority == 2
    assert by_id[first["id"]].area_km2 == 21.5 and by_id[first["id"]].lat != 0


def test_a_new_unit_without_coordinates_is_an_error(demo_plan: Path, tmp_path: Path) -> None:
    file = write_xlsx(
        tmp_path / "u.xlsx", {"S": [["Mã đơn vị", "Tên đơn vị", "Vùng"], ["99002", "Xã Mới", "Đồng bằng"]]}
    )
    fingerprint = file_hash(demo_plan)
    report = _run(demo_plan, "units", file)
    assert [p.code for p in report.problems if p.is_error] == ["new_unit_incomplete"]
    assert file_hash(demo_plan) == fingerprint


def test_quotas_long_replace_the_covered_units(demo_plan: Path, tmp_path: Path) -> None:
    a, b = units(demo_plan)[5], units(demo_plan)[6]
    file = write_csv(
        tmp_path / "q.csv",
        [
            ["Đơn vị", "Chuyên môn", "Số biên chế"],
            [a["name"], "Đất đai", "4"],
            [bare(b["name"]), "CNTT", "2"],
            [a["id"], "Y tế", "0"],
        ],
        encoding="utf-8",
        bom=True,
    )
    report = _run(demo_plan, "quotas", file)
    assert report.ok and report.removed == 1  # the explicit 0 only: the default removes nothing else
    report = _run(demo_plan, "quotas", file, scope="covered")
    assert report.ok and report.layout == "table", report.report_text()
    quotas = {(q.unit_id, q.specialty_id): q.posts for q in _rows(demo_plan, Quota)}
    assert {k: v for k, v in quotas.items() if k[0] in (a["id"], b["id"])} == {
        (a["id"], "dat_dai"): 4,
        (b["id"], "cntt"): 2,
    }


def test_quotas_wide_one_column_per_specialty(demo_plan: Path, tmp_path: Path) -> None:
    us = units(demo_plan)
    file = write_xlsx(
        tmp_path / "qw.xlsx",
        {
            "BC": [
                ["BIÊN CHẾ ĐƯỢC GIAO NĂM 2025"],
                [],
                ["STT", "Đơn vị", "Đất đai", "Xây dựng", "Công nghệ thông tin", "Tổng"],
                [1, us[1]["name"], 3, 2, None, 5],
                [2, us[2]["id"], 1, 0, 2, 3],
                [None, "Tổng cộng", 4, 2, 2, 8],
            ]
        },
    )
    before = {(q.unit_id, q.specialty_id): q.posts for q in _rows(demo_plan, Quota)}
    report = _run(demo_plan, "quotas", file)
    assert report.ok and report.layout == "wide", report.report_text()
    quotas = {(q.unit_id, q.specialty_id): q.posts for q in _rows(demo_plan, Quota)}
    assert quotas[(us[1]["id"], "dat_dai")] == 3 and quotas[(us[1]["id"], "xay_dung")] == 2
    assert (us[2]["id"], "xay_dung") not in quotas  # 0 posts: no row
    assert quotas.get((us[1]["id"], "cntt")) == before.get((us[1]["id"], "cntt"))  # a blank cell changes nothing
    assert quotas[(us[2]["id"], "cntt")] == 2
    assert (us[1]["id"], "van_phong") in quotas  # a specialty the file has no column for stays


def test_distances_matrix_and_list(demo_plan: Path, tmp_path: Path) -> None:
    a, b, c = units(demo_plan)[:3]
    matrix = write_xlsx(
        tmp_path / "m.xlsx",
        {
            "KC": [
                ["BẢNG KHOẢNG CÁCH (km)"],
                [None, a["name"], b["name"], c["name"]],
                [a["name"], None, 12.5, 30],
                [b["name"], 12.5, "-", "18,2"],
                [c["name"], 30, 18.2, None],
            ]
        },
    )
    report = _run(demo_plan, "distances", matrix)
    assert report.ok and report.layout == "matrix", report.report_text()
    km = {(d.from_unit_id, d.to_unit_id): d.km for d in _rows(demo_plan, Distance)}
    assert km[(a["id"], b["id"])] == 12.5 and km[(b["id"], c["id"])] == 18.2 and (a["id"], a["id"]) not in km
    listing = write_csv(tmp_path / "l.csv", [["Từ", "Đến", "Km"], [b["id"], a["id"], "14"]], encoding="utf-16")
    report = _run(demo_plan, "distances", listing)
    assert report.ok and report.changed == 1 and report.added == 0
    km = {(d.from_unit_id, d.to_unit_id): d.km for d in _rows(demo_plan, Distance)}
    assert km[(a["id"], b["id"])] == 14


def test_conflicting_distances_are_an_error(demo_plan: Path, tmp_path: Path) -> None:
    a, b = units(demo_plan)[:2]
    file = write_csv(
        tmp_path / "l.csv",
        [["Từ đơn vị", "Đến đơn vị", "Khoảng cách (km)"], [a["id"], b["id"], "10"], [b["id"], a["id"], "11"]],
        encoding="utf-8",
    )
    report = _run(demo_plan, "distances", file)
    assert [p.code for p in report.problems] == ["duplicate_row"] and report.problems[0].row == 3


def test_template_round_trip(demo_plan: Path, tmp_path: Path) -> None:
    template = tmp_path / "mau.xlsx"
    assert main(["template", "staff", str(template), "--plan", str(demo_plan)]) == 0
    workbook = openpyxl.load_workbook(template)
    data = workbook["Dữ liệu"]
    assert workbook["Danh mục"].sheet_state == "hidden" and "Hướng dẫn" in workbook.sheetnames
    assert len(data.data_validations.dataValidation) >= 5
    unit = units(demo_plan)[3]
    values = [
        "M1",
        "Lê Văn Mẫu",
        "Nam",
        "05/03/1985",
        "Kinh",
        unit["name"],
        "Công chức",
        "Xây dựng",
        "Chuyên viên",
        unit["name"],
        None,
        "Sắp nghỉ hưu",
        "Quyết định nghỉ hưu số 5/QĐ",  # the evidence of the exemption, and its date
        "01/06/2026",
        "x",
        None,
    ]
    for column, value in enumerate(values, start=1):
        data.cell(4, column, value)
    workbook.save(template)
    report = _run(demo_plan, "staff", template)
    assert report.ok, report.report_text()
    person = staff_by_id(demo_plan, "M1")["M1"]
    assert (person["exemption"], person["movable"], person["volunteer"]) == ("near_retirement", False, True)
    assert (person["exemption_note"], str(person["exemption_date"])) == ("Quyết định nghỉ hưu số 5/QĐ", "2026-06-01")
    assert main(["template", "quotas", str(tmp_path / "q.xlsx")]) == 0  # without a plan: the catalogue


def test_saved_mapping_and_cli_exit_codes(demo_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    unit = units(demo_plan)[8]
    odd = write_xlsx(
        tmp_path / "odd.xlsx",
        {"S": [["Tên", "Trình độ", "Phái", "Nơi làm"], ["Phan Văn Lạ", "Kế toán", "Nam", unit["id"]]]},
    )
    argv = ["import", str(demo_plan), "staff", str(odd), "--quiet"]
    before = counts(demo_plan)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "name no unit and the file has no unit column" in err and "--unit" in err  # and its Vietnamese
    assert counts(demo_plan) == before
    assert (
        main(
            [
                *argv,
                "--map",
                "Tên=full_name",
                "--map",
                "Cột B=specialty",
                "--map",
                "D=unit",
                "--save-mapping",
                "lạ",
                "--dry-run",
            ]
        )
        == 0
    )
    assert counts(demo_plan) == before  # a dry run saves nothing, the mapping neither
    assert (
        main([*argv, "--map", "Tên=full_name", "--map", "Cột B=specialty", "--map", "D=unit", "--save-mapping", "lạ"])
        == 0
    )
    assert "import_mapping:lạ" in {s.key for s in _rows(demo_plan, Setting)}
    capsys.readouterr()
    assert main([*argv, "--mapping", "lạ", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["unchanged"] == 1 and report["written"] is False and report["errors"] == 0  # nothing to change
    assert main([*argv, "--mapping", "không có"]) == 2
    assert main(["import", str(demo_plan), "staff", str(tmp_path / "missing.xlsx")]) == 2
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 broken")
    assert main(["import", str(demo_plan), "staff", str(tmp_path / "broken.xlsx"), "--quiet"]) == 2


def test_bad_mappings_and_unreadable_files_are_reports(demo_plan: Path, tmp_path: Path) -> None:
    unit = units(demo_plan)[2]
    file = write_xlsx(tmp_path / "w.xlsx", {"S": [["Đơn vị", "Cột lạ"], [unit["id"], 3]]})
    report = _run(demo_plan, "quotas", file, overrides=["Cột B=posts:khong_co"])
    assert [p.code for p in report.problems if p.is_error] == ["mapping_unknown_id"]
    report = _run(demo_plan, "quotas", file, overrides=["Cột lạ=posts:cntt"])
    assert report.ok and report.layout == "wide" and report.records == 1
    quotas = {(q.unit_id, q.specialty_id): q.posts for q in _rows(demo_plan, Quota)}
    assert quotas[(unit["id"], "cntt")] == 3
    (tmp_path / "x.xlsx").write_bytes(b"garbage")
    report = _run(demo_plan, "staff", tmp_path / "x.xlsx")
    assert [p.code for p in report.problems] == ["unreadable_file"] and not report.written
    assert vietnamese(report.problems[0].message) != english(report.problems[0].message)
