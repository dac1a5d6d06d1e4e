"""The leak fixture can fail: a pytest run of tests that leave a window, a thread, a pool task or a
child process behind reports each of them, and passes the test that cleans up after itself."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

LEAKING_TESTS = """
import multiprocessing
import threading
import time

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

kept = []
release = threading.Event()


def test_a_window_left_open(qtbot: QtBot) -> None:
    window = QWidget()
    window.setWindowTitle("forgotten")
    window.show()
    kept.append(window)


def test_a_hidden_dialog_left_alive(qtbot: QtBot) -> None:
    kept.append(QDialog())  # never shown, never deleted: still a leak


def test_a_thread_left_running(qtbot: QtBot) -> None:
    threading.Thread(target=release.wait, name="forgotten-worker", daemon=True).start()


def test_a_child_process_left_running(qtbot: QtBot) -> None:
    child = multiprocessing.get_context("spawn").Process(target=time.sleep, args=(30,), name="forgotten-child")
    child.daemon = True
    child.start()


def test_a_clean_test(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    QThreadPool.globalInstance().start(lambda: time.sleep(0.05))  # finishes: waited for, not a leak
"""

CONFTEST = """
import pytest

from tests.ui.leaks import no_leaks as no_leaks


@pytest.fixture(autouse=True)
def _check(no_leaks: None) -> None:
    pass
"""


def test_the_leak_fixture_fails_the_tests_that_leak(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(CONFTEST, encoding="utf-8")
    (tmp_path / "test_leaking.py").write_text(LEAKING_TESTS, encoding="utf-8")
    report = tmp_path / "report.xml"
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", str(tmp_path), "-p", "no:cacheprovider", f"--junitxml={report}", "-q"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode != 0, done.stdout
    outcomes = {}
    for case in ET.parse(report).iter("testcase"):
        problem = case.find("error") if case.find("error") is not None else case.find("failure")
        outcomes[case.get("name")] = "" if problem is None else (problem.get("message") or "")
    assert "windows left behind: QWidget 'forgotten' (shown)" in outcomes["test_a_window_left_open"]
    assert "windows left behind: QDialog" in outcomes["test_a_hidden_dialog_left_alive"]
    assert "threads left running: forgotten-worker" in outcomes["test_a_thread_left_running"]
    assert "child processes left running: forgotten-child" in outcomes["test_a_child_process_left_running"]
    assert outcomes["test_a_clean_test"] == ""  # nothing left: no false alarm
