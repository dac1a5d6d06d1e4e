"""The roster: a searchable, sortable table of every person, with the planning fields editable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QVBoxLayout,
    QWidget,
)

from cq2c_desktop.domain.enums import Exemption
from cq2c_desktop.services.overview import UnitRow
from cq2c_desktop.services.privacy import mask_birth_date, mask_cccd
from cq2c_desktop.services.staff import StaffEditError, StaffRow, update_staff
from cq2c_desktop.services.workspace import Workspace
from cq2c_desktop.ui.delegates import ChoiceDelegate
from cq2c_desktop.ui.formatting import number
from cq2c_desktop.ui.messages import show_error
from cq2c_desktop.ui.table_models import Column, RowTableModel
from cq2c_desktop.ui.undo_commands import StaffEditCommand
from cq2c_desktop.ui.views import exemption_label
from cq2c_desktop.ui.widgets import SearchBar, data_table

Index = QModelIndex | QPersistentModelIndex


class StaffView(QWidget):
    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo = undo_stack
        self.workspace: Workspace | None = None
        exemptions = {e.value: exemption_label(e.value) for e in Exemption}
        male, female = self.tr("Male"), self.tr("Female")
        columns: list[Column[StaffRow]] = [
            Column(self.tr("ID"), lambda r: r.id),
            Column(self.tr("Full name"), lambda r: r.full_name),
            Column(self.tr("Gender"), lambda r: male if r.gender == "nam" else female, searchable=False),
            Column(self.tr("Born"), lambda r: mask_birth_date(r.birth_date), True, searchable=False),
            Column(self.tr("Citizen ID"), lambda r: mask_cccd(r.cccd), searchable=False),
            Column(self.tr("Ethnicity"), lambda r: r.ethnicity),
            Column(self.tr("Unit"), lambda r: r.unit_name),
            Column(self.tr("Specialty"), lambda r: r.specialty_name),
            Column(self.tr("Rank"), lambda r: r.rank),
            Column(
                self.tr("Home"), lambda r: r.home_unit_name, field="home_unit_id", edit_value=lambda r: r.home_unit_id
            ),
            Column(self.tr("Movable"), lambda r: r.movable, field="movable", checkable=True, searchable=False),
            Column(
                self.tr("Exemption"),
                lambda r: exemptions.get(r.exemption or "", ""),
                field="exemption",
                edit_value=lambda r: r.exemption or "",
            ),
            Column(self.tr("Volunteer"), lambda r: r.volunteer, field="volunteer", checkable=True, searchable=False),
            Column(self.tr("Wishes"), lambda r: r.wishes, searchable=False, tooltip=lambda r: r.wishes),
        ]
        self.model: RowTableModel[StaffRow] = RowTableModel(columns, self, key=lambda r: r.id)
        self.model.edit_requested.connect(self._edit)
        self.model.warm_columns = (1,)  # officers sort by name first: prepare it with the search text
        self.table = data_table(self.model)
        self.home_delegate = ChoiceDelegate([], self.table)
        self.table.setItemDelegateForColumn(9, self.home_delegate)
        self.table.setItemDelegateForColumn(
            11,
            ChoiceDelegate([("", self.tr("(none — movable)")), *exemptions.items()], self.table),
        )
        bar = SearchBar(
            self.model,
            self.tr("Search by name, ID, unit, specialty (diacritics optional)…"),
            lambda shown, total: self.tr("{shown} of {total} people").format(shown=number(shown), total=number(total)),
        )
        self.search, self.count = bar.search, bar.count
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.table)

    def set_workspace(self, workspace: Workspace | None, staff: list[StaffRow], units: list[UnitRow]) -> None:
        self.workspace = workspace
        self.model.set_rows(staff)
        self.home_delegate.choices = [(u.id, u.name) for u in units]

    def personal_data_changed(self) -> None:
        """The masks changed (the officer showed or hid personal data): repaint, re-sort if needed."""
        self.model.set_rows(self.model.rows())

    def _edit(self, row: StaffRow, field: str, value: Any) -> None:
        if self.workspace is None:
            return
        try:
            after = update_staff(self.workspace.plan, row.id, field, value, expected_version=row.version)
        except StaffEditError as exc:
            show_error(self, self.tr("Cannot change this person"), exc)
            return
        self.model.replace_row(after)
        text = self.tr("Edit {name}").format(name=row.full_name)
        self._undo.push(
            StaffEditCommand(self.workspace, row, after, self.model.replace_row, self.model.row_by_key, text)
        )
