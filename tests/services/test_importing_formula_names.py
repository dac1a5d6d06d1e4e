"""Names a spreadsheet would take for formulas: imported as typed, with a warning; printed as text."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import select

from cq2c_desktop.domain.messages import english, vietnamese
from cq2c_desktop.services.importing import ImportOptions, run_import
from cq2c_desktop.store.db import open_plan
from cq2c_desktop.store.models import Staff
from tests.io.messy_files import write_csv
from tests.services.importing_helpers import bare, units

NAMES = ["+1", '=HYPERLINK("http://x";"Bấm")', "@SUM(1)", "-Nguyễn Văn A"]


def test_formula_like_names_warn_and_keep_their_case(demo_plan: Path, tmp_path: Path) -> None:
    unit = units(demo_plan)[3]
    rows = [["Mã CB", "Họ và tên", "Giới tính", "Ngày sinh", "Đơn vị", "Chuyên môn"]]
    rows += [[f"F{i}", name, "Nam", "01/02/1990", bare(unit["name"]), "Đất đai"] for i, name in enumerate(NAMES)]
    rows.append(["F9", "NGUYỄN VĂN BÌNH", "Nam", "01/02/1990", bare(unit["name"]), "Đất đai"])
    file = write_csv(tmp_path / "ds.csv", rows, encoding="utf-8", delimiter=",")
    plan = open_plan(demo_plan)
    try:
        report = run_import(plan, "staff", file, ImportOptions())
        with plan.begin() as session:
            stored = dict(session.execute(select(Staff.id, Staff.full_name).where(Staff.id.like("F%"))).all())
    finally:
        plan.close()
    assert report.ok and report.written, report.report_text()
    warned = [p for p in report.problems if p.code == "looks_like_formula"]
    assert [p.value for p in warned] == NAMES and all(not p.is_error and p.row for p in warned)
    assert "công thức" in vietnamese(warned[0].message) and "formula" in english(warned[0].message)
    # Kept exactly as typed ("@SUM(1)" is not a name in capitals to tidy up); a real one still is.
    assert [stored[f"F{i}"] for i in range(len(NAMES))] == NAMES
    assert stored["F9"] == "Nguyễn Văn Bình"


def test_the_list_prints_them_as_text(tmp_path: Path) -> None:
    """The transfer list's cells never hold a formula (export_xlsx_cells.put)."""
    from cq2c_desktop.io.export_xlsx_cells import put

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row, name in enumerate(NAMES, start=1):
        put(sheet, row, 1, name)
    book.save(tmp_path / "t.xlsx")
    cells = [row[0] for row in openpyxl.load_workbook(tmp_path / "t.xlsx").active.iter_rows()]  # type: ignore[union-attr]
    assert [c.value for c in cells] == NAMES
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
