"""The units of the plan with their staffing balance; region and priority are editable, with undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from cq2c_desktop.domain.enums import Region
from cq2c_desktop.services.overview import UnitRow
from cq2c_desktop.services.units import UnitEditError, update_unit
from cq2c_desktop.services.workspace import Workspace
from cq2c_desktop.ui.delegates import ChoiceDelegate
from cq2c_desktop.ui.messages import show_error
from cq2c_desktop.ui.table_models import Column, RowTableModel
from cq2c_desktop.ui.undo_commands import UnitEditCommand
from cq2c_desktop.ui.views import region_label
from cq2c_desktop.ui.widgets import data_table


class UnitsView(QWidget):
    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo = undo_stack
        self.workspace: Workspace | None = None
        columns: list[Column[UnitRow]] = [
            Column(self.tr("Code"), lambda r: r.id),
            Column(self.tr("Unit"), lambda r: r.name),
            Column(
                self.tr("Region"),
                lambda r: region_label(r.region),
                field="region",
                edit_value=lambda r: r.region,
            ),
            Column(self.tr("Priority"), lambda r: r.priority, True, field="priority"),
            Column(self.tr("Posts"), lambda r: r.posts, True),
            Column(self.tr("Staff"), lambda r: r.staff, True),
            Column(self.tr("Short"), lambda r: r.shortage, True),
            Column(self.tr("Surplus"), lambda r: r.surplus, True),
            Column(
                self.tr("Sending cap"),
                lambda r: "" if r.max_out is None else str(r.max_out),
                True,
                field="max_out",
                searchable=False,
                tooltip=lambda _r: self.tr("At most this many people leave the unit (empty: no cap of its own)"),
            ),
        ]
        self.model: RowTableModel[UnitRow] = RowTableModel(columns, self, key=lambda r: r.id)
        self.model.edit_requested.connect(self._edit)
        self.table = data_table(self.model)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setItemDelegateForColumn(
            2, ChoiceDelegate([(r.value, region_label(r.value)) for r in Region], self.table)
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search units (with or without diacritics)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)
        top = QHBoxLayout()
        top.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def set_workspace(self, workspace: Workspace | None, rows: list[UnitRow]) -> None:
        self.workspace = workspace
        self.model.set_rows(rows)

    def reload(self) -> None:
        if self.workspace is not None:
            for row in self.workspace.unit_rows():
                self.model.replace_row(row)

    def _edit(self, row: UnitRow, field: str, value: Any) -> None:
        if self.workspace is None:
            return
        try:
            before = update_unit(self.workspace.plan, row.id, field, value)
        except UnitEditError as exc:
            show_error(self, self.tr("Cannot change this unit"), exc)
            return
        self._undo.push(
            UnitEditCommand(
                self.workspace, row.id, field, value, before, self.reload, self.tr("Edit {name}").format(name=row.name)
            )
        )
        self.reload()

    def select_unit(self, unit_id: str) -> None:
        row = self.model.view_row_of(unit_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
