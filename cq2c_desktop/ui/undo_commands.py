"""Undoable plan edits. Each command calls a service (one transaction each way) and refreshes the view."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.services.reassign import Reassignment, reassign, undo_reassign
from cq2c_desktop.services.review import restore_statuses, set_status
from cq2c_desktop.services.staff import StaffRow, planning_fields, restore_staff
from cq2c_desktop.services.units import restore_unit, update_unit
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


class MoveStatusCommand(QUndoCommand):
    """The officer's decision on proposals, already applied; undo puts the previous statuses back."""

    def __init__(self, workspace: Workspace, new_status: MoveStatus, before: dict[int, str],
                 refresh: Callable[[], None], text: str) -> None:
        super().__init__(text)
        self._workspace = workspace
        self._status = new_status
        self._before = before
        self._refresh = refresh
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        set_status(self._workspace.plan, list(self._before), self._status)
        self._refresh()

    def undo(self) -> None:
        restore_statuses(self._workspace.plan, self._before)
        self._refresh()


class ReassignCommand(QUndoCommand):
    """A move made by hand, already applied; undo removes it and restores what it displaced."""

    def __init__(self, workspace: Workspace, change: Reassignment, redo_args: tuple[int, str, str, str, int | None],
                 refresh: Callable[[], None], text: str) -> None:
        super().__init__(text)
        self._workspace = workspace
        self._change = change
        self._args = redo_args
        self._refresh = refresh
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._change = reassign(self._workspace.plan, *self._args)
        self._refresh()

    def undo(self) -> None:
        undo_reassign(self._workspace.plan, self._change)
        self._refresh()


class UnitEditCommand(QUndoCommand):
    """A unit's region or priority, already changed; undo puts the old values back."""

    def __init__(self, workspace: Workspace, unit_id: str, field: str, value: Any, before: dict[str, Any],
                 refresh: Callable[[], None], text: str) -> None:
        super().__init__(text)
        self._workspace, self._unit, self._field, self._value, self._before = workspace, unit_id, field, value, before
        self._refresh = refresh
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        update_unit(self._workspace.plan, self._unit, self._field, self._value)
        self._refresh()

    def undo(self) -> None:
        restore_unit(self._workspace.plan, self._unit, self._before)
        self._refresh()
