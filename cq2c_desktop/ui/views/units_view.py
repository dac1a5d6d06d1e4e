"""The units of the plan with their staffing balance, searchable and sortable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QTableView, QVBoxLayout, QWidget

from cq2c_desktop.domain.enums import REGION_LABELS_VI, Region
from cq2c_desktop.services.overview import UnitRow
from cq2c_desktop.ui.table_models import Column, RowTableModel


class UnitsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        columns: list[Column[UnitRow]] = [
            Column(self.tr("Code"), lambda r: r.id),
            Column(self.tr("Unit"), lambda r: r.name),
            Column(self.tr("Region"), lambda r: REGION_LABELS_VI.get(Region(r.region), r.region)),
            Column(self.tr("Priority"), lambda r: r.priority, True),
            Column(self.tr("Posts"), lambda r: r.posts, True),
            Column(self.tr("Staff"), lambda r: r.staff, True),
            Column(self.tr("Short"), lambda r: r.shortage, True),
            Column(self.tr("Surplus"), lambda r: r.surplus, True),
        ]
        self.model: RowTableModel[UnitRow] = RowTableModel(columns, self, key=lambda r: r.id)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search units (with or without diacritics)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)
        top = QHBoxLayout()
        top.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def select_unit(self, unit_id: str) -> None:
        row = self.model.view_row_of(unit_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
