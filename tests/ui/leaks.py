"""A UI test that leaves a window, a thread or a child process behind fails (napari's viewer fixture).

Before each test: the top-level widgets, the Python threads and the child processes alive. After it
(pytest-qt has closed and scheduled for deletion the widgets the test gave to `qtbot`): background
work must finish, deferred deletions are carried out, and anything still alive that was not there
before is a leak: the test fails, naming it, and the leftovers are then closed so the next test
starts clean. tests/ui/test_leaks.py runs tests that leak on purpose, to show this can fail.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

WAIT_MS = 10_000
# Widgets Qt itself keeps for the whole application once it has needed one (the tooltip label).
QT_SINGLETONS = frozenset({"QTipLabel"})


def _delete_scheduled() -> None:
    """Carry out deleteLater() now: with no event loop running, Qt would keep them until one runs."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QCoreApplication.processEvents()


def _top_levels() -> set[QWidget]:
    return {
        w
        for w in QApplication.topLevelWidgets()
        if shiboken6.isValid(w) and w.metaObject().className() not in QT_SINGLETONS
    }


def _threads() -> set[threading.Thread]:
    # A thread of Qt's pool that ran Python code shows up as a _DummyThread and stays listed after
    # it ends: the pool is checked by waiting for it instead.
    return {t for t in threading.enumerate() if t.is_alive() and not isinstance(t, threading._DummyThread)}


def _describe(widget: QWidget) -> str:
    shown = "shown" if widget.isVisible() else "hidden"
    return f"{widget.metaObject().className()} {widget.objectName() or widget.windowTitle()!r} ({shown})"


@pytest.fixture
def no_leaks(qapp: QApplication) -> Iterator[None]:
    widgets_before, threads_before = _top_levels(), _threads()
    children_before = set(multiprocessing.active_children())
    yield
    pool_done = QThreadPool.globalInstance().waitForDone(WAIT_MS)
    _delete_scheduled()
    widgets = _top_levels() - widgets_before
    threads = _threads() - threads_before
    children = set(multiprocessing.active_children()) - children_before
    problems = []
    if not pool_done:
        problems.append("a background task is still running")
    if widgets:
        problems.append("windows left behind: " + ", ".join(sorted(_describe(w) for w in widgets)))
    for widget in widgets:  # clean up for the next test, after looking
        widget.close()
        widget.deleteLater()
    _delete_scheduled()
    if threads:
        problems.append("threads left running: " + ", ".join(sorted(t.name for t in threads)))
    if children:
        problems.append("child processes left running: " + ", ".join(sorted(p.name for p in children)))
    assert not problems, "; ".join(problems)
