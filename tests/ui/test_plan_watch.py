"""Another officer's change to the open plan shows a Reload button naming them; the officer's own
changes do not."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cq2c_desktop.services import audit
from cq2c_desktop.store.db import open_plan
from cq2c_desktop.ui import plan_watch
from cq2c_desktop.ui.main_window import MainWindow
from cq2c_desktop.ui.user_settings import UserSettings


def test_a_change_by_another_officer_offers_a_reload(
    qtbot: QtBot, settings: UserSettings, demo_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plan_watch, "INTERVAL_MS", 200)
    window = MainWindow(settings, demo_plan)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.plan_loaded, timeout=60_000):
        window.open_plan(str(demo_plan))
    watch = window.plan_watch
    assert window.workspace is not None
    with window.workspace.plan.begin() as session:  # this officer's own change is not news
        audit.record(session, "setting_changed", key="x")
    qtbot.wait(800)
    assert watch.button.isHidden()

    other = open_plan(demo_plan)  # another officer on the same shared file
    monkeypatch.setenv("CQ2C_USER", "truong-phong")
    try:
        with other.begin() as session:
            audit.record(session, "moves_approved", moves=[])
    finally:
        other.close()
        monkeypatch.setenv("CQ2C_USER", "test-officer")
    qtbot.waitUntil(lambda: not watch.button.isHidden(), timeout=10_000)
    assert "truong-phong" in watch.button.text()
    with qtbot.waitSignal(window.plan_loaded, timeout=60_000):
        watch.button.click()
    assert watch.button.isHidden()
    watch.stop()
    window.close_plan()
