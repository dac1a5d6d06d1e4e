"""The review shows wishes: which wish a move grants, a kept move, the volunteers whose wishes were not
granted with the reason in Vietnamese, and the wish figures on the KPI line; the policy panel sets
the sending quota."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.services.optimise import RunSummary
from cq2c_desktop.services.policy import load_policy
from cq2c_desktop.ui.dialogs.optimise_dialog import OptimiseDialog
from cq2c_desktop.ui.main_window import MainWindow

VOLUNTEER_COLUMN = 7


def _optimise(qtbot: QtBot, window: MainWindow) -> RunSummary:
    with qtbot.waitSignal(window.run_finished, timeout=60_000) as blocker:
        window.start_optimise("optimal", 60)
    result = blocker.args[0]
    assert isinstance(result, RunSummary), result
    return result


def test_the_review_shows_wishes_granted_and_not_granted(vietnamese: None, qtbot: QtBot, window: MainWindow) -> None:
    _optimise(qtbot, window)
    summary = _optimise(qtbot, window)  # the second run keeps every move of the first
    review = window.review_view
    moves = review.moves
    granted = [r for r in range(moves.rowCount()) if moves.row_at(r).wish]
    assert granted and len(granted) == summary.kpis["wishes_granted"]
    row = granted[0]
    rank = moves.row_at(row).wish
    cell = moves.index(row, VOLUNTEER_COLUMN)
    assert moves.data(cell) == f"NV{rank}"  # short in the narrow column, whole in the tooltip
    assert moves.data(cell, Qt.ItemDataRole.ToolTipRole) == f"Nguyện vọng {rank} được đáp ứng"
    review.moves_view.selectionModel().select(
        moves.index(row, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    explained = review.explanation.toPlainText()
    assert f"Nguyện vọng {rank} được đáp ứng." in explained and "Giữ nguyên theo lần chạy trước." in explained
    assert f"nguyện vọng được đáp ứng {summary.kpis['wishes_granted']}" in review.kpis.text()
    assert f"giữ theo lần chạy trước {summary.moves}" in review.kpis.text()

    panel = review.wishes
    assert panel.model.rowCount() > 0 and review.lower_tabs.tabText(1) == "Nguyện vọng không được đáp ứng"
    reasons = {panel.model.data(panel.model.index(r, 3)) for r in range(panel.model.rowCount())}
    assert "đơn vị cử đi đã hết hạn mức cử đi" in reasons  # the demo's 10 % quota, said in Vietnamese
    panel.view.selectRow(0)
    assert panel.model.row_at(0).why in review.explanation.toPlainText()
    listed = panel.model.rowCount()
    review.decide(MoveStatus.ACCEPTED)  # a decision reloads the proposals, not the run's wishes
    assert panel.model.rowCount() == listed and window.undo_stack.count() == 1
    review.search.setText(panel.model.row_at(0).full_name)
    assert panel.model.rowCount() >= 1


def test_the_policy_panel_sets_the_sending_quota(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def run_dialog(dialog: OptimiseDialog) -> int:
        assert dialog.limit_share.isChecked() and dialog.send_share.value() == 10  # the demo's quota
        dialog.limit_cap.setChecked(True)
        dialog.send_cap.setValue(1)
        dialog.accept()
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(OptimiseDialog, "exec", run_dialog)
    with qtbot.waitSignal(window.run_finished, timeout=60_000) as blocker:
        window.optimise_action.trigger()
    assert isinstance(blocker.args[0], RunSummary)
    assert window.workspace is not None
    policy = load_policy(window.workspace.plan).policy
    assert (policy.send_share_percent, policy.send_cap) == (10, 1)
    moves = window.review_view.moves
    sources = [moves.row_at(r).from_unit_id for r in range(moves.rowCount())]
    assert sources and len(sources) == len(set(sources))  # one person at most from each unit
