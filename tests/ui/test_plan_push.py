"""Another officer's change reaches the window by push, long before the poll would ask: a notification
on a shared PostgreSQL plan, a file watch on a plan file. The poll interval is a minute here, so only
the push can pass; the listener's thread ends with the plan."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cq2c_desktop.cli import main
from cq2c_desktop.services import audit
from cq2c_desktop.store.db import open_plan
from cq2c_desktop.ui import plan_watch
from cq2c_desktop.ui.main_window import MainWindow
from cq2c_desktop.ui.user_settings import UserSettings

PUSH_WITHIN_MS = 5_000  # against a poll of 60 s


def _window(qtbot: QtBot, settings: UserSettings, demo_plan: Path, location: str) -> MainWindow:
    window = MainWindow(settings, demo_plan)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.plan_loaded, timeout=60_000):
        window.open_plan(location)
    return window


def _other_officer_writes(location: str, monkeypatch: pytest.MonkeyPatch) -> float:
    """Another officer's event, committed on a connection of its own; returns when it was committed."""
    other = open_plan(location)
    monkeypatch.setenv("CQ2C_USER", "truong-phong")
    try:
        with other.begin() as session:
            audit.record(session, "moves_approved", moves=[])
        return time.monotonic()
    finally:
        other.close()
        monkeypatch.setenv("CQ2C_USER", "test-officer")


def _heard_within(qtbot: QtBot, window: MainWindow, committed: float, backend: str) -> float:
    watch = window.plan_watch
    qtbot.waitUntil(lambda: not watch.button.isHidden(), timeout=PUSH_WITHIN_MS)
    latency = time.monotonic() - committed
    print(f"\n{backend}: another officer's change shown {latency * 1000:.0f} ms after its commit")
    assert "truong-phong" in watch.button.text()
    return latency


def _listeners() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "cq2c-plan-listener" and t.is_alive()]


def test_a_plan_file_is_watched(
    qtbot: QtBot, settings: UserSettings, demo_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plan_watch, "INTERVAL_MS", 60_000)
    window = _window(qtbot, settings, demo_plan, str(demo_plan))
    assert window.plan_watch.listener is None and window.plan_watch.files.files()
    qtbot.wait(200)
    committed = _other_officer_writes(str(demo_plan), monkeypatch)
    _heard_within(qtbot, window, committed, "plan file")
    window.close_plan()
    assert not window.plan_watch.files.files() and not window.plan_watch.files.directories()


def test_a_plan_file_written_by_another_program_is_heard(
    qtbot: QtBot, settings: UserSettings, demo_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plan_watch, "INTERVAL_MS", 60_000)
    window = _window(qtbot, settings, demo_plan, str(demo_plan))
    script = (
        "import sys; from cq2c_desktop.services import audit; from cq2c_desktop.store.db import open_plan\n"
        "plan = open_plan(sys.argv[1])\n"
        "with plan.begin() as session: audit.record(session, 'moves_approved', moves=[])\n"
        "plan.close()\n"
    )
    env = dict(os.environ, CQ2C_USER="truong-phong", PYTHONPATH=os.pathsep.join(sys.path))
    subprocess.run([sys.executable, "-c", script, str(demo_plan)], check=True, env=env, timeout=60)
    _heard_within(qtbot, window, time.monotonic(), "plan file, another process")
    window.close_plan()


@pytest.mark.postgres
def test_a_shared_plan_pushes_each_change(
    qtbot: QtBot, settings: UserSettings, pg_url: str, demo_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["copy", str(demo_plan), pg_url, "--quiet"]) == 0
    monkeypatch.setattr(plan_watch, "INTERVAL_MS", 60_000)
    window = _window(qtbot, settings, demo_plan, pg_url)
    listener = window.plan_watch.listener
    assert listener is not None and listener.ready.wait(10)
    with window.workspace.plan.begin() as session:  # type: ignore[union-attr] - this officer's own change is not news
        audit.record(session, "setting_changed", key="x")
    qtbot.wait(500)
    assert window.plan_watch.button.isHidden()
    committed = _other_officer_writes(pg_url, monkeypatch)
    assert _heard_within(qtbot, window, committed, "PostgreSQL") < 2.0
    window.close_plan()
    assert not listener.alive and not _listeners()
