"""The import wizard end to end: file, detected columns, preview with problems, then the import."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QComboBox, QWizard
from pytestqt.qtbot import QtBot

from cq2c_desktop.store.db import open_plan
from cq2c_desktop.store.models import Quota, Specialty
from cq2c_desktop.ui.dialogs.import_wizard import ImportWizard
from cq2c_desktop.ui.main_window import MainWindow

UNIT = "14797"  # Phường Hạc Thành


def _quota_file(path: Path, plan_path: Path, *, bad: bool) -> int:
    plan = open_plan(plan_path)
    with plan.begin() as s:
        quotas = [(q.specialty_id, q.posts) for q in s.query(Quota).filter(Quota.unit_id == UNIT)]
        names = {sp.id: sp.name for sp in s.query(Specialty)}
    plan.close()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "BIÊN CHẾ CÔNG CHỨC NĂM 2025"
    sheet.merge_cells("A1:C1")
    sheet.append([])
    sheet.append(["Đơn vị", "Chuyên môn", "Số biên chế"])
    for index, (spec, posts) in enumerate(quotas):
        sheet.append(["Phường Hạc Thành", names[spec], posts + (1 if index == 0 else 0)])
    if bad:
        sheet.append(["Phường Hạc Thành", "Thiên văn học", 2])
    sheet.append(["Tổng cộng", None, sum(p for _, p in quotas) + 1])
    book.save(path)
    return quotas[0][1] + 1


def _to_preview(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData("quotas"))
    wizard.file_page.set_file(str(path))
    assert wizard.file_page.isComplete()
    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.detection is not None and mapping.detection.header_row == 3
    fields = [mapping.table.cellWidget(r, 2) for r in range(mapping.table.rowCount())]
    assert [f.currentData() for f in fields if isinstance(f, QComboBox)] == ["unit", "specialty", "posts"]
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.report is not None, timeout=30_000)


def test_a_good_file_imports_and_refreshes(qtbot: QtBot, window: MainWindow, demo_plan: Path, tmp_path: Path) -> None:
    path = tmp_path / "bien-che.xlsx"
    expected = _quota_file(path, demo_plan, bad=False)
    wizard = window.ask_import()
    assert wizard is not None
    _to_preview(qtbot, wizard, path)
    report = wizard.preview_page.report
    assert report is not None and report.ok and report.changed == 1 and report.removed == 0
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        wizard.accept()
    plan = open_plan(demo_plan)
    with plan.begin() as s:
        first = s.query(Quota).filter(Quota.unit_id == UNIT).first()
        assert first is not None
        posts = {q.specialty_id: q.posts for q in s.query(Quota).filter(Quota.unit_id == UNIT)}
    plan.close()
    assert expected in posts.values()


def test_a_bad_row_is_highlighted_and_blocks_the_import(
    qtbot: QtBot, window: MainWindow, demo_plan: Path, tmp_path: Path
) -> None:
    path = tmp_path / "bien-che-loi.xlsx"
    _quota_file(path, demo_plan, bad=True)
    wizard = window.ask_import()
    assert wizard is not None
    _to_preview(qtbot, wizard, path)
    page = wizard.preview_page
    assert page.report is not None and not page.report.ok
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    errors = [p for p in page.report.problems if p.is_error]
    assert errors and errors[0].column == "B"
    item = page._cell(errors[0].row, errors[0].column)
    assert item is not None and item.background().color().name() == "#f4b6b6"
    assert item.text() == "Thiên văn học"
    wizard.reject()
