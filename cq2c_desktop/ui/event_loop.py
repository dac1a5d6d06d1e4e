"""Cutting UI-thread work into turns of the event loop that really let the window answer in between.

Timers do not do it by themselves: Qt runs every timer that is due in one pass of the event loop,
one after the other, before it paints or reads input again. Two pieces queued for "the next turn"
on two timers (the map's arrows and the overview after an optimisation: 40 + 15 ms) therefore ran
back to back, and `QTimer.singleShot(0, f)` chains ran two 30 ms pieces per pass (measured with a
5 ms heartbeat). So all deferred UI work here goes through one queue that runs one piece per pass.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

_pending: deque[tuple[QObject, Callable[[], object]]] = deque()
_timer: QTimer | None = None


def on_next_turn(owner: QObject, callback: Callable[[], object]) -> None:
    """Run `callback` on a later pass of the event loop, after the pieces queued before it, each
    in a pass of its own (so the window paints and reads input between any two of them). Nothing
    runs if `owner` (the widget the callback works on) has been deleted meanwhile."""
    global _timer
    _pending.append((owner, callback))
    if _timer is None:
        _timer = QTimer()
        _timer.setSingleShot(True)
        _timer.setInterval(1)
        _timer.timeout.connect(_run_one)
    if not _timer.isActive():
        _timer.start()


def _run_one() -> None:
    owner, callback = _pending.popleft()
    try:
        if isValid(owner):
            callback()
    finally:  # started after the piece, so that timers already due (other work) go first
        if _pending and _timer is not None:
            _timer.start()


class TurnTimer:
    """A single-shot timer on the shared queue, for work done a slice per turn: `start()` again after
    each slice that leaves more to do. Stopping it makes a queued slice do nothing."""

    def __init__(self, owner: QObject, slot: Callable[[], object]) -> None:
        self._owner = owner
        self._slot = slot
        self._active = False  # started and not yet run or stopped
        self._queued = False  # a run of ours is in the queue

    def start(self) -> None:
        self._active = True
        if not self._queued:
            self._queued = True
            on_next_turn(self._owner, self._run)

    def stop(self) -> None:
        self._active = False

    def isActive(self) -> bool:  # noqa: N802 - QTimer's name, as it stands in for one
        return self._active

    def _run(self) -> None:
        self._queued = False
        if self._active:
            self._active = False
            self._slot()
