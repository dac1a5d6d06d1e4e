"""Qt fixtures: private settings per test, and no window, thread or child process left behind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cq2c_desktop.paths import resource_path
from cq2c_desktop.ui.main_window import MainWindow
from cq2c_desktop.ui.messages import set_ui_language, ui_language
from cq2c_desktop.ui.user_settings import UserSettings
from tests.ui.leaks import no_leaks as no_leaks  # the fixture, for every test here


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    """The interface in Vietnamese, as the app starts by default (run.py compiles the translations)."""
    translators = []
    for catalogue in ("cq2c_vi", "qt_vi"):  # ours, and our Vietnamese for Qt's own words
        translator = QTranslator(qapp)
        assert translator.load(str(resource_path(f"i18n/{catalogue}.qm"))), "python scripts/i18n.py build"
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    before = ui_language()
    set_ui_language("vi")
    yield
    set_ui_language(before)
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def settings(tmp_path: Path) -> UserSettings:
    """Settings of the test's own (an .ini file in its folder), never the officer's."""
    return UserSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot: QtBot, settings: UserSettings, demo_plan: Path) -> MainWindow:
    """The main window with a private copy of the demo plan open and every view filled."""
    win = MainWindow(settings, demo_plan)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.plan_loaded, timeout=30_000):
        win.open_demo()
    return win


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """A modal box nobody answers would hang the run: an unexpected one fails the test instead.
    Tests that expect a message patch QMessageBox themselves, which overrides this; tests marked
    `real_message_boxes` get Qt's own."""
    from PySide6.QtWidgets import QMessageBox

    if request.node.get_closest_marker("real_message_boxes"):
        return

    def unexpected(*args: object, **_kwargs: object) -> None:
        text = " | ".join(str(a) for a in args[1:3])
        raise AssertionError(f"unexpected message box: {text}")

    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected)

    def unexpected_box(box: QMessageBox) -> int:  # ui.messages.show_error's box with its Details
        raise AssertionError(f"unexpected message box: {box.windowTitle()} | {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", unexpected_box)


@pytest.fixture(autouse=True)
def _no_leaks(no_leaks: None) -> None:
    """Every UI test: tests/ui/leaks.py."""
