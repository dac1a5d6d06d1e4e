"""The main window opens a plan, shows its units, searches them, and refuses a bad file politely."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cq2c_desktop.domain.text import sort_key
from cq2c_desktop.ui.main_window import MainWindow
from cq2c_desktop.ui.user_settings import LAST_PLAN, RECENT_PLANS, UserSettings


@pytest.fixture
def window(qtbot: QtBot, settings: UserSettings, demo_plan: Path) -> MainWindow:
    win = MainWindow(settings, demo_plan)
    qtbot.addWidget(win)
    win.open_demo = lambda: _open_and_wait(qtbot, win)  # type: ignore[method-assign]
    return win


def _open_and_wait(qtbot: QtBot, win: MainWindow) -> None:
    with qtbot.waitSignal(win.plan_loaded, timeout=30_000):
        MainWindow.open_demo(win)


def test_opens_the_demo_and_lists_its_units(window: MainWindow, settings: UserSettings, demo_plan: Path) -> None:
    window.open_demo()
    assert window.units_view.model.rowCount() == 166
    assert window.windowTitle() == "plan.cq2c — CQ2C Planner"
    assert settings.get(LAST_PLAN) == str(demo_plan) and settings.get(RECENT_PLANS) == [str(demo_plan)]


def test_search_ignores_diacritics_and_sort_is_vietnamese(window: MainWindow) -> None:
    window.open_demo()
    window.units_view.search.setText("muong lat")
    assert window.units_view.model.rowCount() == 1
    index = window.units_view.model.index(0, 1)
    assert window.units_view.model.data(index) == "Xã Mường Lát"
    window.units_view.search.clear()
    window.units_view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    names = [
        window.units_view.model.data(window.units_view.model.index(r, 1))
        for r in range(window.units_view.model.rowCount())
    ]
    assert names == sorted(names, key=sort_key)
    assert names.index("Phường Đông Sơn") > names.index("Phường Đào Duy Từ") > names.index("Phường Bỉm Sơn")


def test_units_model_passes_the_model_tester(window: MainWindow, qtmodeltester: object) -> None:
    window.open_demo()
    qtmodeltester.check(window.units_view.model)  # type: ignore[attr-defined]
    window.units_view.model.sort(1, Qt.SortOrder.DescendingOrder)
    window.units_view.model.set_search("xa")
    qtmodeltester.check(window.units_view.model)  # type: ignore[attr-defined]


def test_a_damaged_file_shows_a_message_and_keeps_the_open_plan(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    window.open_demo()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())) or 0)
    junk = tmp_path / "junk.cq2c"
    junk.write_bytes(b"garbage" * 100)
    with qtbot.waitSignal(window.plan_failed, timeout=30_000):
        window.open_plan(str(junk))
    # Plain words in the sentence; SQLite's own words only behind the Details button.
    ((text, details),) = shown
    assert "CQ2C" in text and "the file is not a CQ2C plan, or it is damaged" in text
    assert "database" not in text and "file is not a database" in details
    assert window.units_view.model.rowCount() == 166 and window.workspace is not None
    assert window.statusBar().currentMessage() == "166 units, 6.999 staff"  # Vietnamese figures by default


def test_close_plan_empties_the_views(window: MainWindow) -> None:
    window.open_demo()
    window.close_action.trigger()
    assert window.units_view.model.rowCount() == 0 and window.workspace is None


def test_edit_a_units_region_and_priority_with_undo(window: MainWindow, demo_plan: Path) -> None:
    from cq2c_desktop.store.db import open_plan
    from cq2c_desktop.store.models import Unit

    window.open_demo()
    model = window.units_view.model
    row = model.view_row_of("14797")
    assert row is not None
    assert model.setData(model.index(row, 3), 5)
    assert model.setData(model.index(row, 2), "mountain")
    assert (model.row_at(row).priority, model.row_at(row).region) == (5, "mountain")
    window.undo_action.trigger()
    window.undo_action.trigger()
    plan = open_plan(demo_plan)
    with plan.begin() as s:
        unit = s.get(Unit, "14797")
        assert unit is not None and (unit.priority, unit.region) == (1, "urban")
    plan.close()
    assert not model.setData(model.index(row, 3), 1)  # unchanged value: no edit, no undo step


def test_quotas_tab_lists_every_pair_and_searches(window: MainWindow) -> None:
    window.open_demo()
    view = window.quotas_view
    total = view.model.rowCount()
    assert total >= 166 * 12
    view.search.setText("muong lat")
    assert view.model.rowCount() == 12


def test_new_empty_plan_opens_ready_for_import(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "moi"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        window.new_action.trigger()
    assert window.workspace is not None and window.workspace.title == "moi.cq2c"
    assert window.units_view.model.rowCount() == 0 and window.import_action.isEnabled()


def test_building_a_window_leaves_the_interpreter_alone(qtbot: QtBot, settings: UserSettings, demo_plan: Path) -> None:
    """The switch interval is the process's (app.main sets it); a window built in a test, a script or
    a benchmark does not change it behind their back."""
    import sys

    before = sys.getswitchinterval()
    window = MainWindow(settings, demo_plan)
    qtbot.addWidget(window)
    assert sys.getswitchinterval() == before
