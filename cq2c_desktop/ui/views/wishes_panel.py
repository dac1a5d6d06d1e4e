"""The volunteers whose wishes a run does not grant, each with the optimiser's binding reason."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from cq2c_desktop.services.review_wishes import WishRow
from cq2c_desktop.ui.messages import tr_message
from cq2c_desktop.ui.table_models import Column, RowTableModel
from cq2c_desktop.ui.widgets import data_table


class WishesPanel(QWidget):
    """A searchable list; selecting a person shows the whole explanation through `explain`."""

    def __init__(self, explain: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._explain = explain
        columns: list[Column[WishRow]] = [
            Column(self.tr("Full name"), lambda r: r.full_name),
            Column(self.tr("Unit"), lambda r: r.unit_name),
            Column(self.tr("Wishes"), lambda r: r.wishes, tooltip=lambda r: r.wishes),
            Column(self.tr("Why not granted"), lambda r: tr_message(r.reason), tooltip=lambda r: r.why),
            Column(self.tr("Sent instead to"), lambda r: r.moved_to),
        ]
        self.model: RowTableModel[WishRow] = RowTableModel(columns, self, key=lambda r: r.staff_id)
        self.model.set_search("")
        self.view: QTableView = data_table(self.model)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)

    def set_rows(self, rows: list[WishRow]) -> None:
        self.model.set_rows(rows)
        self.summary.setText(
            self.tr("{count} volunteers whose wishes were not granted").format(count=len(rows))
            if rows
            else self.tr("Every volunteer's wish is granted, or no one named a wish.")
        )

    def set_search(self, text: str) -> None:
        self.model.set_search(text)

    def _selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            row = self.model.row_at(rows[0].row())
            self._explain(f"{row.full_name} ({row.unit_name})\n{row.wishes}\n\n{row.why}")
