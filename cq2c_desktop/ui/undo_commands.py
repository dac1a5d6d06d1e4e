"""Undoable plan edits. Each command calls a service (one transaction each way) and refreshes the view."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from cq2c_desktop.services.staff import StaffRow, planning_fields, restore_staff
from cq2c_desktop.services.workspace import Workspace


class StaffEditCommand(QUndoCommand):
    """A roster edit already applied by the service; undo and redo restore the two states."""

    def __init__(self, workspace: Workspace, before: StaffRow, after: StaffRow,
                 show: Callable[[StaffRow], None], text: str) -> None:
        super().__init__(text)
        self._workspace = workspace
        self._before: dict[str, Any] = planning_fields(before)
        self._after: dict[str, Any] = planning_fields(after)
        self._staff_id = before.id
        self._show = show
        self._applied = True  # the edit was made before the command was pushed

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._show(restore_staff(self._workspace.plan, self._staff_id, self._after))

    def undo(self) -> None:
        self._show(restore_staff(self._workspace.plan, self._staff_id, self._before))
