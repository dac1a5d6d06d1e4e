"""Qt fixtures: private settings per test, and no window or thread left behind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def no_leaks(qapp: QApplication) -> Iterator[None]:
    yield
    assert QThreadPool.globalInstance().waitForDone(10_000), "a background task is still running"
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    leftover = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not leftover, f"windows left open: {leftover}"
