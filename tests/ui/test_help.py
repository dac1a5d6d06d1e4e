"""Help: the user guide shipped with the program, and the first-run tour of the five steps."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from cq2c_desktop.ui.dialogs.guide_window import guide_path
from cq2c_desktop.ui.main_window import MainWindow
from cq2c_desktop.ui.user_settings import TOUR_SHOWN, UserSettings


def test_the_guide_is_complete_offline() -> None:
    """Every picture it shows is shipped beside it, every link inside it lands on a section."""
    html = guide_path().read_text(encoding="utf-8")
    images = re.findall(r'<img src="([^"]+)"', html)
    assert len(images) >= 10
    assert [src for src in images if not (guide_path().parent / src).is_file()] == []
    anchors = set(re.findall(r'id="([^"]+)"', html))
    assert set(re.findall(r'href="#([^"]+)"', html)) <= anchors
    assert "http" not in html  # nothing fetched from the network


def test_help_opens_the_guide_in_a_window(vietnamese: None, window: MainWindow) -> None:
    guide = window.help.show_guide()
    assert "Hướng dẫn sử dụng CQ2C Planner" in guide.browser.toPlainText()
    assert guide.browser.document().resource(3, guide.browser.source().resolved("anh/7-de-xuat.png")) is not None
    assert window.help.show_guide() is guide  # one window, brought to the front
    assert window.help.guide_action.shortcut().toString() == "F1"
    guide.close()


def test_the_tour_shows_once_and_stays_available(
    vietnamese: None, window: MainWindow, settings: UserSettings, qtbot: QtBot
) -> None:
    assert not settings.get(TOUR_SHOWN)
    tour = window.help.offer_tour()
    assert tour is not None and tour.pages.count() == 5
    labels = [label.text() for label in tour.pages.currentWidget().findChildren(QLabel)]
    assert any("Bước 1/5: Nhập dữ liệu" in text for text in labels)
    for step, tab in enumerate(("Đơn vị", "Cân đối", "Tổng quan", "Đề xuất", "Đề xuất")):
        tour.go(step)
        qtbot.mouseClick(tour.show_me, Qt.MouseButton.LeftButton)
        assert window.tabs.tabText(window.tabs.currentIndex()) == tab
    assert tour.next.text() == "Bắt đầu làm việc"
    qtbot.mouseClick(tour.next, Qt.MouseButton.LeftButton)
    assert not tour.isVisible()
    assert settings.get(TOUR_SHOWN) and window.help.offer_tour() is None  # once
    again = window.help.show_tour()  # Help → Quick tour, whenever asked
    assert again.isVisible()
    again.close()
