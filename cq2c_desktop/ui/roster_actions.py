"""Edit in place from the tables: a person (Sửa…, Thêm người…, Xoá người…), a unit, a quota.

A double-click on a cell that is not edited in the table itself, or the context menu, opens the
entity's form; on OK the service makes the change (refused values keep the form open with the
reason) and an undo step is pushed; the window then re-reads the plan."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QTableView

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.services.person_edit import add_person, edit_person, person_values, remove_person, roster_choices
from cq2c_desktop.services.quota_edit import set_posts
from cq2c_desktop.services.units import edit_unit, unit_values
from cq2c_desktop.services.workspace import Workspace
from cq2c_desktop.ui.dialogs.person_dialog import PersonDialog
from cq2c_desktop.ui.dialogs.unit_dialog import QuotaDialog, UnitDialog
from cq2c_desktop.ui.edit_commands import (
    PersonAddCommand,
    PersonEditCommand,
    PersonRemoveCommand,
    QuotaCommand,
    UnitFormCommand,
)
from cq2c_desktop.ui.messages import show_error

if TYPE_CHECKING:
    from cq2c_desktop.ui.main_window import MainWindow


def _selected(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else None


class RosterActions(QObject):
    def __init__(self, window: MainWindow, workspace: Callable[[], Workspace | None]) -> None:
        super().__init__(window)
        self._window, self._workspace = window, workspace
        staff, units, quotas = window.staff_view, window.units_view, window.quotas_view
        self._menu(staff.table, [(self.tr("Edit…"), self.edit_person), (self.tr("Add a person…"), self.add_person)])
        self._menu(staff.table, [(self.tr("Remove the person…"), self.remove_person)], separator=True)
        self._menu(units.table, [(self.tr("Edit…"), self.edit_unit)])
        self._menu(quotas.table, [(self.tr("Edit…"), self.edit_quota)])
        for view, edit in ((staff.table, self.edit_person), (units.table, self.edit_unit)):
            view.doubleClicked.connect(lambda index, view=view, edit=edit: self._double_click(view, index, edit))
        quotas.table.doubleClicked.connect(lambda _index: self.edit_quota())

    def _menu(self, view: QTableView, entries: list[tuple[str, Callable[[], Any]]], separator: bool = False) -> None:
        items: list[tuple[str, Callable[[], Any]]] = getattr(view, "_edit_entries", [])
        if separator:
            items.append(("", lambda: None))
        items += entries
        if not hasattr(view, "_edit_entries"):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda point, view=view: self._show_menu(view, point))
        view._edit_entries = items  # type: ignore[attr-defined]

    def _show_menu(self, view: QTableView, point: QPoint) -> None:
        menu = QMenu(view)
        for text, slot in view._edit_entries:  # type: ignore[attr-defined]
            if text:
                menu.addAction(text, slot)
            else:
                menu.addSeparator()
        menu.exec(view.viewport().mapToGlobal(point))

    def _double_click(self, view: QTableView, index: QModelIndex, edit: Callable[[], Any]) -> None:
        in_place = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        if not view.model().flags(index) & in_place:  # a cell edited in the table itself keeps its editor
            edit()

    def _refresh(self) -> None:
        self._window.refresh()

    def _push(self, command: Any) -> None:
        self._window.undo_stack.push(command)
        self._refresh()

    # --- a person ----------------------------------------------------------------------------
    def person_dialog(self, staff_id: str | None) -> PersonDialog | None:
        """The form of a person (None: a new one), filled in, not shown."""
        workspace = self._workspace()
        if workspace is None:
            return None
        units, specialties = roster_choices(workspace.plan)
        values = person_values(workspace.plan, staff_id) if staff_id is not None else None
        dialog = PersonDialog(units, specialties, values, self._window)
        if values is not None:
            dialog.staff_id.setText(staff_id or "")
            dialog.version = values["version"]  # type: ignore[attr-defined]
        return dialog

    def apply_person(self, dialog: PersonDialog) -> bool:
        """Make the change the form holds; False (with the reason shown) if the service refuses it."""
        workspace = self._workspace()
        if workspace is None:
            return False
        staff_id = dialog.staff_id.text().strip()
        try:
            if dialog.adding:
                add_person(workspace.plan, staff_id, dialog.values())
                text = self.tr("Add {name}").format(name=dialog.values()["full_name"])
                self._push(PersonAddCommand(workspace, staff_id, self._refresh, text))
            else:
                version = getattr(dialog, "version", None)
                before, row = edit_person(workspace.plan, staff_id, dialog.values(), version)
                after = {k: v for k, v in person_values(workspace.plan, staff_id).items() if k != "version"}
                text = self.tr("Edit {name}").format(name=row.full_name)
                self._push(PersonEditCommand(workspace, staff_id, before, after, row.version, self._refresh, text))
        except ServiceError as exc:
            show_error(dialog, self.tr("Cannot save this person"), exc)
            return False
        return True

    def _run_person(self, staff_id: str | None) -> None:
        dialog = self.person_dialog(staff_id)
        while dialog is not None and dialog.exec() == PersonDialog.DialogCode.Accepted:
            if self.apply_person(dialog):
                return

    def _selected_person(self) -> str | None:
        row = _selected(self._window.staff_view.table)
        return self._window.staff_view.model.row_at(row).id if row is not None else None

    def edit_person(self) -> None:
        staff_id = self._selected_person()
        if staff_id is not None:
            self._run_person(staff_id)

    def add_person(self) -> None:
        self._run_person(None)

    def remove_person(self, confirm: bool = True) -> None:
        workspace, staff_id = self._workspace(), self._selected_person()
        if workspace is None or staff_id is None:
            return
        name = self._window.staff_view.model.row_by_key(staff_id)
        label = name.full_name if name is not None else staff_id
        question = self.tr("Remove {name} ({id}) from the plan, with their proposed moves?").format(
            name=label, id=staff_id
        )
        if confirm and QMessageBox.question(self._window, self.tr("Remove a person"), question) != (
            QMessageBox.StandardButton.Yes
        ):
            return
        try:
            removed = remove_person(workspace.plan, staff_id)
        except ServiceError as exc:
            show_error(self._window, self.tr("Cannot remove this person"), exc)
            return
        text = self.tr("Remove {name}").format(name=label)
        self._push(PersonRemoveCommand(workspace, removed, self._refresh, text))

    # --- a unit, a quota ---------------------------------------------------------------------
    def unit_dialog(self) -> tuple[str, UnitDialog] | None:
        workspace, row = self._workspace(), _selected(self._window.units_view.table)
        if workspace is None or row is None:
            return None
        unit_id = self._window.units_view.model.row_at(row).id
        return unit_id, UnitDialog(unit_values(workspace.plan, unit_id), self._window)

    def apply_unit(self, unit_id: str, dialog: UnitDialog) -> bool:
        workspace = self._workspace()
        if workspace is None:
            return False
        try:
            before = edit_unit(workspace.plan, unit_id, dialog.values())
        except ServiceError as exc:
            show_error(dialog, self.tr("Cannot change this unit"), exc)
            return False
        text = self.tr("Edit {name}").format(name=unit_values(workspace.plan, unit_id)["name"])
        self._push(UnitFormCommand(workspace, unit_id, before, dialog.values(), self._refresh, text))
        return True

    def edit_unit(self) -> None:
        opened = self.unit_dialog()
        while opened is not None and opened[1].exec() == UnitDialog.DialogCode.Accepted:
            if self.apply_unit(*opened):
                return

    def quota_dialog(self) -> tuple[tuple[str, str], int, QuotaDialog] | None:
        row = _selected(self._window.quotas_view.table)
        if self._workspace() is None or row is None:
            return None
        quota = self._window.quotas_view.model.row_at(row)
        dialog = QuotaDialog(quota.unit_name, quota.specialty_name, quota.posts, self._window)
        return (quota.unit_id, quota.specialty_id), quota.posts, dialog

    def apply_quota(self, post: tuple[str, str], before: int, dialog: QuotaDialog) -> bool:
        workspace = self._workspace()
        if workspace is None:
            return False
        after = dialog.posts.value()
        try:
            set_posts(workspace.plan, *post, after)
        except ServiceError as exc:
            show_error(dialog, self.tr("Cannot change the posts"), exc)
            return False
        self._push(QuotaCommand(workspace, post, before, after, self._refresh, self.tr("Edit the posts")))
        return True

    def edit_quota(self) -> None:
        opened = self.quota_dialog()
        if opened is not None and opened[2].exec() == QuotaDialog.DialogCode.Accepted:
            self.apply_quota(*opened)
