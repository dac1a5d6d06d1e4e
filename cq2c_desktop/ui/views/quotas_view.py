"""Quotas: posts against headcount for every unit and specialty, searchable and sortable."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from cq2c_desktop.services.overview import QuotaRow
from cq2c_desktop.ui.table_models import Column, RowTableModel
from cq2c_desktop.ui.views import region_label
from cq2c_desktop.ui.widgets import SearchBar, data_table


class QuotasView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        columns: list[Column[QuotaRow]] = [
            Column(self.tr("Unit"), lambda r: r.unit_name),
            Column(self.tr("Region"), lambda r: region_label(r.region)),
            Column(self.tr("Specialty"), lambda r: r.specialty_name),
            Column(self.tr("Posts"), lambda r: r.posts, True),
            Column(self.tr("Staff"), lambda r: r.current, True),
            Column(self.tr("Movable"), lambda r: r.movable, True, searchable=False),
            Column(self.tr("Short"), lambda r: r.deficit, True),
            Column(self.tr("Surplus"), lambda r: r.surplus, True),
        ]
        self.model: RowTableModel[QuotaRow] = RowTableModel(columns, self)
        self.table = data_table(self.model)
        bar = SearchBar(
            self.model,
            self.tr("Search by unit, region or specialty…"),
            lambda shown, total: self.tr("{shown} of {total} rows").format(shown=shown, total=total),
        )
        self.search, self.count = bar.search, bar.count
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.table)

    def set_rows(self, rows: list[QuotaRow]) -> None:
        self.model.set_rows(rows)
