"""Mass decisions say what they act on and can be taken back: approve all under a search asks "all N, or
the M shown?", every approval confirms its count and is one undo step, and an approval is withdrawn in
the window with a required reason, audited and undoable, also after the plan was closed and opened again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from cq2c_desktop.services import audit
from cq2c_desktop.services.optimise import RunSummary
from cq2c_desktop.ui import confirm
from cq2c_desktop.ui.dialogs.withdraw_dialog import WithdrawDialog
from cq2c_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(window: MainWindow, qtbot: QtBot) -> MainWindow:
    with qtbot.waitSignal(window.run_finished, timeout=60_000) as blocker:
        window.start_optimise("optimal", 60)
    assert isinstance(blocker.args[0], RunSummary)
    return window


def _statuses(window: MainWindow) -> list[str]:
    return [m.status for m in window.review_view.moves.rows()]


def _approve_all(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.outputs.finished.done, timeout=30_000):
        window.outputs.approve_all.trigger()


def _select(window: MainWindow, rows: range) -> None:
    review = window.review_view
    review.moves_view.clearSelection()
    for row in rows:
        review.moves_view.selectionModel().select(
            review.moves.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_a_filtered_approve_all_asks_all_or_shown(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    review = window.review_view
    total = review.moves.total_rows
    destination = review.moves.row_at(0).to_name
    review.search.setText(destination)
    qtbot.waitUntil(lambda: 0 < review.moves.rowCount() < total)
    shown = review.moves.rowCount()
    asked: list[tuple[int, int]] = []
    answers = iter(["shown", None, "all"])

    def answer(_parent: object, _title: str, every: int, seen: int) -> str | None:
        asked.append((every, seen))
        return next(answers)

    monkeypatch.setattr(confirm, "all_or_shown", answer)
    monkeypatch.setattr(confirm, "confirm_count", lambda *_a: pytest.fail("the filtered question is the confirmation"))
    _approve_all(qtbot, window)
    assert asked == [(total, shown)]
    assert _statuses(window).count("approved") == shown  # only the rows in sight, as chosen
    window.undo_action.trigger()  # one undo step
    assert "approved" not in _statuses(window)
    window.outputs.approve_all.trigger()  # cancelled: nothing starts, nothing changes
    assert window.outputs.job is None and "approved" not in _statuses(window)
    _approve_all(qtbot, window)
    assert _statuses(window).count("approved") == total
    assert asked == [(total, shown)] * 3
    window.undo_action.trigger()
    assert "approved" not in _statuses(window)


def test_every_approval_confirms_its_count(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    texts: list[str] = []
    answers = iter([False, True])
    monkeypatch.setattr(confirm, "confirm_count", lambda _p, _t, text: texts.append(text) or next(answers))
    total = window.review_view.moves.total_rows
    window.outputs.approve_all.trigger()  # the officer says no
    assert window.outputs.job is None and "approved" not in _statuses(window)
    _select(window, range(3))
    _approve_all_selected = window.outputs.approve_selected
    with qtbot.waitSignal(window.outputs.finished.done, timeout=30_000):
        _approve_all_selected.trigger()
    assert _statuses(window).count("approved") == 3
    assert f"{total:,}".replace(",", ".") in texts[0] and "3" in texts[1]


def _withdraw(window: MainWindow, reason: str, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    seen: list[WithdrawDialog] = []

    def officer(dialog: WithdrawDialog) -> int:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # no reason, no withdrawal
        dialog.reason.setPlainText(reason)
        seen.append(dialog)
        return WithdrawDialog.DialogCode.Accepted.value if ok.isEnabled() else 0

    monkeypatch.setattr(WithdrawDialog, "exec", officer)
    done = window.decisions.ask_withdraw()
    assert seen
    return done


def test_withdraw_an_approval_with_a_reason_and_undo(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(confirm, "confirm_count", lambda *_a: True)
    _approve_all(qtbot, window)
    window.tabs.setCurrentWidget(window.review_view)
    _select(window, range(2))
    ids = {m.id for m in window.review_view.selected_moves()}
    done = _withdraw(window, "Hoàn cảnh gia đình thay đổi", monkeypatch)
    assert set(done) == ids
    rows = {m.id: m.status for m in window.review_view.moves.rows()}
    assert {rows[i] for i in ids} == {"accepted"}
    assert window.workspace is not None
    with window.workspace.plan.begin() as session:
        event = audit.events(session, action="approval_withdrawn")[-1]
    assert event.details["reason"] == "Hoàn cảnh gia đình thay đổi" and set(event.details["moves"]) == ids
    window.undo_action.trigger()
    assert {m.status for m in window.review_view.moves.rows() if m.id in ids} == {"approved"}
    window.redo_action.trigger()
    assert {m.status for m in window.review_view.moves.rows() if m.id in ids} == {"accepted"}
    assert window.decisions.withdraw_action in window.review_view.moves_view.actions()  # the context menu


def test_withdraw_after_the_plan_is_opened_again(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(confirm, "confirm_count", lambda *_a: True)
    _approve_all(qtbot, window)
    assert window.workspace is not None and window.workspace.path is not None
    path: Path = window.workspace.path
    window.close_plan()
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        window.open_plan(str(path))
    assert window.undo_stack.count() == 0  # a new session: the approval is a fact, not an undo step
    _select(window, range(1))
    assert len(_withdraw(window, "Sai chuyên môn", monkeypatch)) == 1
    assert _statuses(window).count("accepted") == 1


def test_a_mass_decision_confirms_its_count_and_is_one_undo_step(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts: list[str] = []
    answers = iter([False, True])
    monkeypatch.setattr(confirm, "confirm_count", lambda _p, _t, text: texts.append(text) or next(answers))
    review = window.review_view
    _select(window, range(5))
    review.reject_action.trigger()  # "Set 5 proposals to “rejected”?" — no
    assert "rejected" not in _statuses(window) and "5" in texts[0]
    review.reject_action.trigger()  # yes
    assert _statuses(window).count("rejected") == 5
    window.undo_action.trigger()
    assert "rejected" not in _statuses(window)
    review.moves_view.selectRow(0)
    review.reject_action.trigger()  # one proposal: no question
    assert len(texts) == 2 and _statuses(window).count("rejected") == 1
