"""One way to run long work off the UI thread (Anki's QueryOp, Orange's TaskState).

A service function takes `progress(done, total, message)` and `should_stop()` and knows nothing of
threads; `run_in_background` runs it on the global QThreadPool and calls back on the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from cq2c_desktop.domain.job_protocol import Progress, ShouldStop

Work = Callable[[Progress, ShouldStop], Any]  # a use case with its progress and should-stop bound


class _Signals(QObject):
    progress = Signal(int, int, object)  # done, total, a Message
    succeeded = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """A cancellable job; its signals are delivered on the thread that owns `signals` (the UI)."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self.signals = _Signals()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit, self._cancel.is_set)
        except BaseException as exc:  # every failure must reach the UI, not vanish in a thread
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


def run_in_background(
    work: Work,
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Progress | None = None,
) -> Task:
    task = Task(work)
    task.setAutoDelete(False)
    task.signals.succeeded.connect(on_success)
    task.signals.failed.connect(on_failure)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(task)
    return task
