"""The shared queue of deferred UI work: in order, one piece per pass, never for a deleted widget."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from cq2c_desktop.ui.event_loop import TurnTimer, on_next_turn


def test_pieces_run_in_order_and_a_deleted_owners_piece_is_skipped(qtbot: QtBot) -> None:
    kept, gone = QObject(), QObject()
    ran: list[str] = []
    on_next_turn(kept, lambda: ran.append("first"))
    on_next_turn(gone, lambda: ran.append("never"))
    on_next_turn(kept, lambda: ran.append("last"))
    shiboken6.delete(gone)
    qtbot.waitUntil(lambda: ran == ["first", "last"])


def test_a_turn_timer_runs_once_per_start_and_not_after_stop(qtbot: QtBot) -> None:
    owner = QObject()
    ran: list[int] = []
    timer = TurnTimer(owner, lambda: ran.append(len(ran)))
    timer.start()
    timer.start()  # already queued: still one run
    assert timer.isActive()
    qtbot.waitUntil(lambda: ran == [0])
    assert not timer.isActive()
    timer.start()
    timer.stop()
    marker: list[bool] = []
    on_next_turn(owner, lambda: marker.append(True))  # queued after the stopped run
    qtbot.waitUntil(lambda: marker == [True])
    assert ran == [0]
