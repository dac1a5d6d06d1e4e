"""In the window: approving moves moves the balance, the map's units and the overview's figures (the
approved people count at their destination), with a line saying how many approved moves the figures
include; undoing the approval puts everything back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from cq2c_desktop.services.optimise import RunSummary
from cq2c_desktop.ui import confirm
from cq2c_desktop.ui.main_window import MainWindow
from cq2c_desktop.ui.views.approved_note import approved_note


def _short(window: MainWindow) -> int:
    return sum(row.shortage for row in window.balance_view.model.grid.rows)


def test_approving_moves_updates_the_balance_and_says_so(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(confirm, "confirm_count", lambda *_: True)  # "Approve N proposal(s)?" — yes
    with qtbot.waitSignal(window.run_finished, timeout=60_000) as blocker:
        window.start_optimise("optimal", 60)
    assert isinstance(blocker.args[0], RunSummary)
    balance = window.balance_view
    short_before, surplus_before = _short(window), sum(r.surplus for r in balance.model.grid.rows)
    assert balance.approved.isHidden() and balance.model.grid.approved_moves == 0
    units_short = sum(r.shortage for r in window.units_view.model.rows())
    assert units_short == short_before

    review = window.review_view
    review.moves_view.clearSelection()
    moves = [review.moves.row_at(r) for r in range(6)]
    for row in range(6):
        review.moves_view.selectionModel().select(
            review.moves.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    with qtbot.waitSignal(window.balance_refresh.refreshed, timeout=30_000):
        window.outputs.approve_selected.trigger()

    grid = balance.model.grid
    assert grid.approved_moves == 6
    assert _short(window) == short_before - 6  # each arrival fills a post that was short
    assert sum(r.surplus for r in grid.rows) == surplus_before - 6  # each departure leaves a surplus
    assert not balance.approved.isHidden() and "6" in balance.approved.text()
    assert balance.approved.toolTip()
    shortage = {r.unit_id: r.shortage for r in grid.rows}
    units = {r.id: r for r in window.units_view.model.rows()}  # the map colours these same rows
    assert sum(r.shortage for r in units.values()) == short_before - 6
    assert all(units[m.to_unit_id].shortage == shortage[m.to_unit_id] for m in moves)
    assert approved_note(6, 0) in window.overview.toPlainText()  # the overview's figures say so too

    with qtbot.waitSignal(window.balance_refresh.refreshed, timeout=30_000):
        window.undo_action.trigger()
    assert balance.model.grid.approved_moves == 0 and balance.approved.isHidden()
    assert _short(window) == short_before
