"""Undoable plan edits. Each command calls a service (one transaction each way) and refreshes the view.

Every change is made by the service before its command is pushed (so a refused change never reaches
the stack): `AppliedCommand` lets QUndoStack.push's immediate redo() pass, and makes the change again
on every later redo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.services.approval import approve_moves
from cq2c_desktop.services.importing_undo import ImportReceipt, redo_import, undo_import
from cq2c_desktop.services.reassign import Reassignment, reassign, undo_reassign
from cq2c_desktop.services.review import StatusChange, change_status, restore_statuses
from cq2c_desktop.services.staff import StaffRow, planning_fields, restore_staff
from cq2c_desktop.services.units import restore_unit, update_unit
from cq2c_desktop.services.workspace import Workspace
from cq2c_desktop.ui.messages import show_error


def _conflict(error: Exception) -> None:
    show_error(None, QCoreApplication.translate("Undo", "Cannot undo"), error)


class AppliedCommand(QUndoCommand):
    """A change already made when the command is pushed; `apply` makes it again on a later redo."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo() at once: the change is already made
            self._pushed = True
            return
        self.apply()

    def apply(self) -> None:
        raise NotImplementedError


class StaffEditCommand(AppliedCommand):
    """A roster edit already applied by the service; undo and redo restore the two states, unless
    another officer changed the person meanwhile (then nothing is overwritten and a message says why)."""

    def __init__(
        self,
        workspace: Workspace,
        before: StaffRow,
        after: StaffRow,
        show: Callable[[StaffRow], None],
        current: Callable[[str], StaffRow | None],
        text: str,
    ) -> None:
        super().__init__(text)
        self._workspace = workspace
        self._before: dict[str, Any] = planning_fields(before)
        self._after: dict[str, Any] = planning_fields(after)
        self._staff_id = before.id
        self._show = show
        self._current = current  # the row as this window last saw it: its version is what we expect

    def _put(self, values: dict[str, Any]) -> None:
        seen = self._current(self._staff_id)
        try:
            row = restore_staff(
                self._workspace.plan,
                self._staff_id,
                values,
                expected_version=seen.version if seen is not None else None,
            )
        except ServiceError as exc:  # a conflict, a replaced run, a busy plan
            _conflict(exc)
            return
        self._show(row)

    def apply(self) -> None:
        self._put(self._after)

    def undo(self) -> None:
        self._put(self._before)


class MoveStatusCommand(AppliedCommand):
    """The officer's decision on proposals, already applied; undo puts the previous statuses back,
    unless another officer has changed those moves since (then undo is refused with a message)."""

    def __init__(
        self,
        workspace: Workspace,
        new_status: MoveStatus,
        change: StatusChange,
        refresh: Callable[[], None],
        seen: Callable[[list[int]], dict[int, int]],
        text: str,
    ) -> None:
        super().__init__(text)
        self._workspace = workspace
        self._status = new_status
        self._change = change
        self._refresh = refresh
        self._seen = seen  # the versions this window last saw: later undo steps move them on

    def apply(self) -> None:
        ids = list(self._change.before)
        try:
            self._change = change_status(self._workspace.plan, ids, self._status, expected_versions=self._seen(ids))
        except ServiceError as exc:  # a conflict, a replaced run, a busy plan
            _conflict(exc)
        self._refresh()

    def undo(self) -> None:
        try:
            restore_statuses(
                self._workspace.plan, self._change.before, expected_versions=self._seen(list(self._change.before))
            )
        except ServiceError as exc:  # a conflict, a replaced run, a busy plan
            _conflict(exc)
        self._refresh()


class ReassignCommand(AppliedCommand):
    """A move made by hand, already applied; undo removes it and restores what it displaced."""

    def __init__(
        self,
        workspace: Workspace,
        change: Reassignment,
        redo_args: tuple[int, str, str, str, int | None],
        refresh: Callable[[], None],
        text: str,
    ) -> None:
        super().__init__(text)
        self._workspace = workspace
        self._change = change
        self._args = redo_args
        self._refresh = refresh

    def apply(self) -> None:
        try:
            self._change = reassign(self._workspace.plan, *self._args)
        except ServiceError as exc:  # a conflict, a replaced run, a busy plan
            _conflict(exc)
        self._refresh()

    def undo(self) -> None:
        try:
            undo_reassign(self._workspace.plan, self._change)
        except ServiceError as exc:  # a conflict, a replaced run, a busy plan
            _conflict(exc)
        self._refresh()


class UnitEditCommand(AppliedCommand):
    """A unit's region or priority, already changed; undo puts the old values back."""

    def __init__(
        self,
        workspace: Workspace,
        unit_id: str,
        field: str,
        value: Any,
        before: dict[str, Any],
        refresh: Callable[[], None],
        text: str,
    ) -> None:
        super().__init__(text)
        self._workspace, self._unit, self._field, self._value, self._before = workspace, unit_id, field, value, before
        self._refresh = refresh

    def apply(self) -> None:
        update_unit(self._workspace.plan, self._unit, self._field, self._value)
        self._refresh()

    def undo(self) -> None:
        restore_unit(self._workspace.plan, self._unit, self._before)
        self._refresh()


class ApproveCommand(AppliedCommand):
    """Approval already made; undo puts back the statuses the moves had."""

    def __init__(
        self,
        workspace: Workspace,
        move_ids: list[int],
        before: dict[int, str],
        refresh: Callable[[], None],
        seen: Callable[[list[int]], dict[int, int]],
        text: str,
    ) -> None:
        super().__init__(text)
        self._workspace, self._ids, self._before, self._refresh = workspace, move_ids, before, refresh
        self._seen = seen  # the versions this window last saw

    def apply(self) -> None:
        try:
            approve_moves(self._workspace.plan, move_ids=self._ids, expected_versions=self._seen(self._ids))
        except ServiceError as exc:  # a conflict, a replaced run, a busy plan
            _conflict(exc)
        self._refresh()

    def undo(self) -> None:
        try:
            restore_statuses(self._workspace.plan, self._before, expected_versions=self._seen(self._ids))
        except ServiceError as exc:  # a conflict, a replaced run, a busy plan
            _conflict(exc)
        self._refresh()


class ImportCommand(AppliedCommand):
    """A whole import as one step: undo puts the plan back as it was before it, redo writes it again,
    unless another officer changed its rows meanwhile (then nothing is written and a message says why)."""

    def __init__(self, workspace: Workspace, receipt: ImportReceipt, refresh: Callable[[], None], text: str) -> None:
        super().__init__(text)
        self._workspace, self._receipt, self._refresh = workspace, receipt, refresh

    def apply(self) -> None:
        try:
            redo_import(self._workspace.plan, self._receipt)
        except ServiceError as exc:  # a conflict, a replaced run, a busy plan
            _conflict(exc)
        self._refresh()

    def undo(self) -> None:
        try:
            undo_import(self._workspace.plan, self._receipt)
        except ServiceError as exc:  # a conflict, a replaced run, a busy plan
            _conflict(exc)
        self._refresh()
