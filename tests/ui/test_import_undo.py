"""The import wizard: an import is one undo step that puts the plan back as it was, removals are a
choice named person by person and asked, and the officer ticks the sheets to read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cq2c_desktop.store.db import open_plan
from cq2c_desktop.store.models import Distance, Move, Quota, Staff, Unit
from cq2c_desktop.ui.dialogs.import_wizard import ImportWizard
from cq2c_desktop.ui.main_window import MainWindow
from tests.io.roster_shapes import Layout, build, make_people
from tests.io.roster_writers import write_book
from tests.services.importing_helpers import units


def plan_rows(plan_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables an import touches, without row versions (they only move forward)."""
    plan = open_plan(plan_path)
    try:
        with plan.begin() as session:
            out = {}
            for model in (Staff, Unit, Quota, Distance, Move):
                columns = [c for c in model.__table__.columns if c.name != "version"]
                rows = session.execute(select(*columns)).all()
                out[model.__tablename__] = sorted((tuple(r) for r in rows), key=repr)
            return out
    finally:
        plan.close()


def _to_preview(
    qtbot: QtBot, wizard: ImportWizard, path: Path, *, scope: str = "none", sheets: list[str] | None = None
) -> None:
    wizard.file_page.set_file(str(path))
    if sheets is not None:
        wizard.file_page.set_sheets(sheets)
    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.detection is not None and mapping.detection.header_row is not None
    mapping.scope.setCurrentIndex(mapping.scope.findData(scope))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.report is not None, timeout=30_000)


def test_an_import_is_one_undo_step(qtbot: QtBot, window: MainWindow, demo_plan: Path, tmp_path: Path) -> None:
    people = make_people(units(demo_plan)[4:6], 4, seed=3)
    file = write_book(tmp_path / "ds.xlsx", "xlsx", build(people, Layout(subtotals=True, footer=True)).sheets)
    before = plan_rows(demo_plan)
    wizard = window.ask_import()
    assert wizard is not None
    _to_preview(qtbot, wizard, file)
    report = wizard.preview_page.report
    assert report is not None and report.ok and report.added == 4 and report.removed == 0
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        wizard.accept()
    after = plan_rows(demo_plan)
    assert len(after["staff"]) == len(before["staff"]) + 4
    assert window.undo_stack.count() == 1 and "ds.xlsx" in window.undo_stack.undoText()
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        window.undo_stack.undo()
    assert plan_rows(demo_plan) == before  # the plan as it was before the import
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        window.undo_stack.redo()
    assert plan_rows(demo_plan) == after


def test_removing_is_a_choice_named_and_asked(
    qtbot: QtBot, window: MainWindow, demo_plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unit = units(demo_plan)[4]
    people = make_people([unit], 2, seed=4)
    file = write_book(tmp_path / "moi.xlsx", "xlsx", build(people, Layout()).sheets)
    before = plan_rows(demo_plan)
    staying = [r for r in before["staff"] if r[5] == unit["id"]]  # unit_id is the sixth column
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", question)
    wizard = window.ask_import()
    assert wizard is not None
    _to_preview(qtbot, wizard, file)
    assert wizard.preview_page.report is not None and wizard.preview_page.report.removed == 0  # the default
    wizard.back()
    _to_preview_again(qtbot, wizard, "covered")
    report = wizard.preview_page.report
    assert report is not None and report.removed == len(staying) > 0
    wizard.accept()  # asked, and the officer says no: nothing happens
    assert asked and plan_rows(demo_plan) == before and wizard.isVisible()
    named = [r[1] for r in staying]  # full_name is the second column
    assert all(name in asked[0] for name in named[:30])
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        wizard.accept()  # asked again: yes
    assert len(plan_rows(demo_plan)["staff"]) == len(before["staff"]) - len(staying) + 2
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        window.undo_stack.undo()
    assert plan_rows(demo_plan) == before  # the removed people, and their proposed moves, are back


def _to_preview_again(qtbot: QtBot, wizard: ImportWizard, scope: str) -> None:
    mapping = wizard.mapping_page
    mapping.scope.setCurrentIndex(mapping.scope.findData(scope))
    wizard.preview_page.report = None
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.report is not None, timeout=30_000)


def test_the_officer_ticks_the_sheets(qtbot: QtBot, window: MainWindow, demo_plan: Path, tmp_path: Path) -> None:
    plan_units = units(demo_plan)
    people = make_people([plan_units[4], plan_units[10]], 4, seed=5)
    file = write_book(tmp_path / "xa.xlsx", "xlsx", build(people, Layout(sheets="per_unit")).sheets)
    wizard = window.ask_import()
    assert wizard is not None
    _to_preview(qtbot, wizard, file, sheets=["Mường Lát"])
    report = wizard.preview_page.report
    assert report is not None and report.ok, report.report_text()
    assert [s.name for s in report.sheets] == ["Mường Lát"] and report.added == 2
    wizard.reject()
