"""Decisions on approved moves from the window: withdraw an approval, with its reason, as one undo step.

The action sits in the proposals' toolbar, their context menu and the Plan menu. An approval is a
fact (services/approval.py): it is withdrawn only with a reason, written to the audit log, and the
undo step approves the same moves again. It works on whatever the plan holds, so also after a restart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.services.approval import withdraw_approval
from cq2c_desktop.services.review import MoveRow
from cq2c_desktop.services.workspace import Workspace
from cq2c_desktop.ui.decision_commands import WithdrawCommand
from cq2c_desktop.ui.dialogs.withdraw_dialog import WithdrawDialog
from cq2c_desktop.ui.formatting import number
from cq2c_desktop.ui.messages import show_error

if TYPE_CHECKING:
    from cq2c_desktop.ui.main_window import MainWindow

APPROVED = MoveStatus.APPROVED.value


class DecisionActions(QObject):
    def __init__(self, window: MainWindow, workspace: Callable[[], Workspace | None]) -> None:
        super().__init__(window)
        self._window, self._workspace = window, workspace
        self.dialog: WithdrawDialog | None = None  # the last one opened (tests answer it)
        self.withdraw_action = QAction(self.tr("&Withdraw approval…"), window)
        self.withdraw_action.triggered.connect(lambda _checked=False: self.ask_withdraw())
        review = window.review_view
        review.toolbar.addAction(self.withdraw_action)
        table = review.moves_view
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        decisions = [review.accept_action, review.reject_action, review.lock_action, review.reset_action]
        table.addActions([*decisions, review.change_action, self.withdraw_action])

    def ask_withdraw(self) -> list[int]:
        """Ask the reason for the approved moves selected and withdraw them; the ids withdrawn."""
        review, workspace = self._window.review_view, self._workspace()
        if workspace is None:
            return []
        approved = [m for m in review.selected_moves() if m.status == APPROVED]
        if not approved:
            QMessageBox.information(
                self._window,
                self.tr("Withdraw approval"),
                self.tr("Select one or more approved proposals (status “approved”) to withdraw their approval."),
            )
            return []
        self.dialog = dialog = WithdrawDialog(approved, self._window)
        reason = dialog.reason_text() if dialog.exec() == WithdrawDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        if not reason:
            return []
        return self.withdraw(workspace, approved, reason)

    def withdraw(self, workspace: Workspace, moves: list[MoveRow], reason: str) -> list[int]:
        review = self._window.review_view
        try:
            done = withdraw_approval(workspace.plan, [m.id for m in moves], reason=reason)
        except ServiceError as exc:
            show_error(self._window, self.tr("Cannot withdraw the approval"), exc)
            review.reload()
            return []
        text = self.tr("Withdraw approval: {count} move(s)").format(count=number(len(done)))
        self._window.undo_stack.push(WithdrawCommand(workspace, done, reason, review.reload, text))
        review.reload()
        self._window.statusBar().showMessage(text, 10_000)
        return done
