"""A change by hand says what it does before it is made (the chosen person's other proposal dropped and
its post left unfilled, the replaced person staying home), offers to optimise the rest afterwards, and
never turns an approved move into a rejection: the approval is withdrawn first, with a reason."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cq2c_desktop.services.approval import approve_moves
from cq2c_desktop.services.optimise import RunSummary
from cq2c_desktop.services.reassign import reassign
from cq2c_desktop.services.review import MoveConflictError, MoveRow
from cq2c_desktop.ui.dialogs.reassign_dialog import ReassignDialog
from cq2c_desktop.ui.dialogs.withdraw_dialog import WithdrawDialog
from cq2c_desktop.ui.main_window import MainWindow

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def window(window: MainWindow, qtbot: QtBot) -> MainWindow:
    with qtbot.waitSignal(window.run_finished, timeout=60_000) as blocker:
        window.start_optimise("optimal", 60)
    assert isinstance(blocker.args[0], RunSummary)
    return window


def _statuses(window: MainWindow) -> dict[int, str]:
    return {m.id: m.status for m in window.review_view.moves.rows()}


def _replace_with_a_busy_candidate(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> tuple[MoveRow, list[str]]:
    """Select a proposal whose post has a candidate already proposed elsewhere; Change person… picks him."""
    review = window.review_view
    workspace, run_id = window.workspace, review.current_run()
    assert workspace is not None and run_id is not None
    move = next(
        m
        for m in review.moves.rows()
        if any(c.busy_to for c in workspace.candidates(run_id, m.to_unit_id, m.specialty_id))
    )
    review.moves_view.selectRow(review.moves.view_row_of(move.id) or 0)
    said: list[str] = []

    def officer(dialog: ReassignDialog) -> int:
        row = next(r for r in range(dialog.model.rowCount()) if dialog.model.row_at(r).busy_to)
        dialog.table.selectRow(row)
        said.append(dialog.consequences.text())  # what the officer reads before pressing OK
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(ReassignDialog, "exec", officer)
    return move, said


def test_a_reassignment_shows_its_consequences_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    review = window.review_view
    move, said = _replace_with_a_busy_candidate(window, monkeypatch)
    before = _statuses(window)
    offers: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: offers.append(a[1]) or No)
    review.change_action.trigger()
    dialog = window.review.reassign_dialog
    assert dialog is not None and len(said) == 1
    chosen = dialog.chosen()
    assert chosen is not None and chosen.busy_to is not None
    other = next(m for m in review.moves.rows() if m.staff_id == chosen.staff_id and m.id in before)
    assert move.full_name in said[0] and other.to_name in said[0]  # who stays home, which post is left
    after = _statuses(window)
    assert after[move.id] == "rejected" and after[other.id] == "rejected"
    made = [m for m in review.moves.rows() if m.id not in before]
    assert [(m.staff_id, m.to_unit_id, m.status) for m in made] == [(chosen.staff_id, move.to_unit_id, "locked")]
    assert len(offers) == 1  # optimise the rest? — not now
    window.undo_action.trigger()
    assert _statuses(window) == before


def test_after_a_change_the_rest_can_be_optimised_again(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _replace_with_a_busy_candidate(window, monkeypatch)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: Yes)
    runs = len(window.review_view._runs)
    with qtbot.waitSignal(window.run_finished, timeout=60_000) as blocker:
        window.review_view.change_action.trigger()
    assert isinstance(blocker.args[0], RunSummary)
    assert len(window.review_view._runs) == runs + 1


def test_an_approved_move_is_not_changed_silently(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    review = window.review_view
    move, _said = _replace_with_a_busy_candidate(window, monkeypatch)
    assert window.workspace is not None
    approve_moves(window.workspace.plan, move_ids=[move.id])
    review.reload()
    review.moves_view.selectRow(review.moves.view_row_of(move.id) or 0)
    opened: list[ReassignDialog] = []
    monkeypatch.setattr(ReassignDialog, "exec", lambda d: opened.append(d) or 0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: No)
    review.change_action.trigger()  # "withdraw the approval first?" — no: nothing opens, nothing changes
    assert not opened and _statuses(window)[move.id] == "approved"
    # The service refuses too, whoever calls it.
    run_id = review.current_run()
    assert run_id is not None
    candidate = window.workspace.candidates(run_id, move.to_unit_id, move.specialty_id)[0]
    with pytest.raises(MoveConflictError):
        reassign(window.workspace.plan, run_id, move.to_unit_id, move.specialty_id, candidate.staff_id, move.id)
    # Yes: the approval is withdrawn with a reason, then the candidates open.
    monkeypatch.setattr(QMessageBox, "question", lambda *a: Yes)

    def reason(dialog: WithdrawDialog) -> int:
        dialog.reason.setPlainText("Đổi người theo đề nghị của xã")
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(WithdrawDialog, "exec", reason)
    review.change_action.trigger()
    assert len(opened) == 1 and _statuses(window)[move.id] == "accepted"
