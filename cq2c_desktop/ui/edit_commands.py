"""Undo steps of the edit forms: a person edited, added or removed, a unit's planning fields, a
quota's posts. Each change is made by its service before the command is pushed (AppliedCommand);
undo and redo call the services again and refresh the window. A change another officer made
meanwhile is refused with a message, never overwritten."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.services.person_edit import RemovedPerson, edit_person, remove_person, restore_person
from cq2c_desktop.services.quota_edit import set_posts
from cq2c_desktop.services.units import edit_unit, restore_unit
from cq2c_desktop.services.workspace import Workspace
from cq2c_desktop.ui.messages import show_error
from cq2c_desktop.ui.undo_commands import AppliedCommand


def _refused(error: ServiceError) -> None:
    show_error(None, QCoreApplication.translate("Undo", "Cannot undo"), error)


class _Step(AppliedCommand):
    def __init__(self, workspace: Workspace, refresh: Callable[[], None], text: str) -> None:
        super().__init__(text)
        self._workspace, self._refresh = workspace, refresh

    def _run(self, change: Callable[[], Any]) -> None:
        try:
            change()
        except ServiceError as exc:
            _refused(exc)
        self._refresh()


class PersonEditCommand(_Step):
    def __init__(
        self,
        workspace: Workspace,
        staff_id: str,
        before: dict[str, Any],
        after: dict[str, Any],
        version: int,
        refresh: Callable[[], None],
        text: str,
    ) -> None:
        super().__init__(workspace, refresh, text)
        self._staff, self._before, self._after = staff_id, before, after
        self._version = version  # the person's version after this window's last step

    def _put(self, values: dict[str, Any]) -> None:
        def change() -> None:
            _before, row = edit_person(self._workspace.plan, self._staff, values, self._version)
            self._version = row.version

        self._run(change)

    def apply(self) -> None:
        self._put(self._after)

    def undo(self) -> None:
        self._put(self._before)


class PersonAddCommand(_Step):
    def __init__(self, workspace: Workspace, staff_id: str, refresh: Callable[[], None], text: str) -> None:
        super().__init__(workspace, refresh, text)
        self._staff = staff_id
        self._removed: RemovedPerson | None = None

    def _remove(self) -> None:
        self._removed = remove_person(self._workspace.plan, self._staff)

    def apply(self) -> None:
        removed = self._removed
        if removed is not None:
            self._run(lambda: restore_person(self._workspace.plan, removed))

    def undo(self) -> None:
        self._run(self._remove)


class PersonRemoveCommand(_Step):
    def __init__(self, workspace: Workspace, removed: RemovedPerson, refresh: Callable[[], None], text: str) -> None:
        super().__init__(workspace, refresh, text)
        self._removed = removed

    def _remove(self) -> None:
        self._removed = remove_person(self._workspace.plan, str(self._removed.values["id"]))

    def apply(self) -> None:
        self._run(self._remove)

    def undo(self) -> None:
        self._run(lambda: restore_person(self._workspace.plan, self._removed))


class UnitFormCommand(_Step):
    def __init__(
        self,
        workspace: Workspace,
        unit_id: str,
        before: dict[str, Any],
        after: dict[str, Any],
        refresh: Callable[[], None],
        text: str,
    ) -> None:
        super().__init__(workspace, refresh, text)
        self._unit, self._before, self._after = unit_id, before, after

    def apply(self) -> None:
        self._run(lambda: edit_unit(self._workspace.plan, self._unit, self._after))

    def undo(self) -> None:
        self._run(lambda: restore_unit(self._workspace.plan, self._unit, self._before))


class QuotaCommand(_Step):
    def __init__(
        self,
        workspace: Workspace,
        post: tuple[str, str],
        before: int,
        after: int,
        refresh: Callable[[], None],
        text: str,
    ) -> None:
        super().__init__(workspace, refresh, text)
        self._post, self._before, self._after = post, before, after

    def apply(self) -> None:
        self._run(lambda: set_posts(self._workspace.plan, *self._post, self._after))

    def undo(self) -> None:
        self._run(lambda: set_posts(self._workspace.plan, *self._post, self._before))
