"""The whole program in Vietnamese: every widget, menu, dialog and Qt's own words, with no English left.

How a text is judged Vietnamese is in tests/ui/vietnamese_walk.py; which dialogs are walked is in
tests/ui/walk_screens.py (`SCREENS`: register a new dialog there).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cq2c_desktop.ui.main_window import MainWindow
from cq2c_desktop.ui.user_settings import UserSettings
from cq2c_desktop.ui.views.map_legend import legend_texts
from tests.ui.vietnamese_walk import Seen, context_menus, menu_texts, problem, widget_texts
from tests.ui.walk_screens import SCREENS, Screen, Walk


def _main_window(window: MainWindow) -> Iterator[Seen]:
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None:
            yield from menu_texts(menu, "menu")  # type: ignore[arg-type]
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        yield from widget_texts(window.tabs.currentWidget(), f"tab {window.tabs.tabText(index)}")
    window.balance_view.tabs.setCurrentIndex(1)  # the charts
    yield from widget_texts(window.balance_view, "balance charts")
    window.balance_view.tabs.setCurrentIndex(0)
    yield from widget_texts(window, "main window")
    yield from (Seen("map legend", text) for text in legend_texts(window.map_view.legend_content()))
    yield Seen("status bar", window.statusBar().currentMessage())
    yield from context_menus(window, "main window")


def _report(seen: list[Seen]) -> list[str]:
    return sorted({f"{s.where}: «{s.text}» ({why})" for s in seen if (why := problem(s)) is not None})


@pytest.fixture
def walk(vietnamese: None, qtbot: QtBot, settings: UserSettings, demo_plan: Path, tmp_path: Path) -> Walk:
    window = MainWindow(settings, demo_plan)  # made after the Vietnamese is installed, as the app does
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        window.open_demo()
    return Walk(window, qtbot, settings, tmp_path)


def test_the_main_window_speaks_vietnamese_before_and_after_a_run(walk: Walk) -> None:
    seen = list(_main_window(walk.window))
    walk.optimised()
    walk.window.map_view.select_unit("14797")  # the legend names the selected unit's flows
    seen += list(_main_window(walk.window))
    assert len(seen) > 500
    report = _report(seen)
    assert report == [], "\n".join(report)


@pytest.mark.parametrize("screen", SCREENS, ids=[s.name for s in SCREENS])
def test_every_dialog_speaks_vietnamese(walk: Walk, screen: Screen) -> None:
    seen: list[Seen] = []
    shown: list[QWidget] = []
    for widget in screen.open(walk):
        shown.append(widget)
        seen += widget_texts(widget, screen.name)
        seen += context_menus(widget, screen.name)
    for widget in shown:
        widget.close()
    QApplication.processEvents()
    assert seen, f"{screen.name}: nothing was shown"
    report = _report(seen)
    assert report == [], "\n".join(report)


def test_the_judge_tells_english_from_vietnamese() -> None:
    english = ["Cancel", "OPTIMAL", "Show Details...", "Run 1: OPTIMAL, 405 moves", "OK", "No",
               "Đã chốt (approved)", "Tệp / File", "Open plan"]  # fmt: skip
    vietnamese = ["Hủy", "Lần chạy 1: tối ưu (đã chứng minh), 405 điều động", "Chi tiết…", "Tiếp >", "34.588,6 km",
                  "Xuất PNG…", "CQ2C Planner", "danh-sach.xlsx", "Mã CB", "Ctrl+I"]  # fmt: skip
    assert all(problem(Seen("test", text)) for text in english)
    assert [text for text in vietnamese if problem(Seen("test", text))] == []
    assert problem(Seen("cell", "Kinh", data=True)) is None  # data need not carry a tone mark
    assert problem(Seen("cell", "Proposed", data=True))  # but a word the program wrote must be Vietnamese
