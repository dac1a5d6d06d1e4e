"""Undo steps for decisions on approved moves: withdrawing an approval (with its reason) and back."""

from __future__ import annotations

from collections.abc import Callable

from cq2c_desktop.services.approval import approve_moves, withdraw_approval
from cq2c_desktop.services.workspace import Workspace
from cq2c_desktop.ui.undo_commands import AppliedCommand


class WithdrawCommand(AppliedCommand):
    """Approvals withdrawn with a reason; undo approves the same moves again (both audited)."""

    def __init__(
        self, workspace: Workspace, move_ids: list[int], reason: str, refresh: Callable[[], None], text: str
    ) -> None:
        super().__init__(text)
        self._workspace, self._ids, self._reason, self._refresh = workspace, move_ids, reason, refresh

    def apply(self) -> None:
        withdraw_approval(self._workspace.plan, self._ids, reason=self._reason)
        self._refresh()

    def undo(self) -> None:
        approve_moves(self._workspace.plan, move_ids=self._ids)
        self._refresh()
