"""Choose, from a ranked list, the person to put on a post by hand."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from cq2c_desktop.services.reassign import Candidate
from cq2c_desktop.ui.formatting import score
from cq2c_desktop.ui.table_models import Column, RowTableModel
from cq2c_desktop.ui.views import exemption_label
from cq2c_desktop.ui.widgets import fit_columns, resize_to_fit, wrap_headers


class ReassignDialog(QDialog):
    def __init__(self, post_label: str, candidates: list[Candidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fill a post by hand"))
        columns: list[Column[Candidate]] = [
            Column(self.tr("Full name"), lambda c: c.full_name),
            Column(self.tr("Unit"), lambda c: c.unit_name),
            Column(self.tr("Km from home"), lambda c: c.km, True),
            Column(self.tr("Match"), lambda c: score(c.match), True),
            Column(self.tr("Volunteer"), lambda c: self.tr("yes") if c.volunteer else ""),
            Column(self.tr("Already proposed"), lambda c: self.tr("yes") if c.busy_to else ""),
            Column(self.tr("Beyond the distance limit"), lambda c: self.tr("yes") if c.beyond_max_km else ""),
            Column(self.tr("Not movable: why"), lambda c: exemption_label(c.excluded) if c.excluded else ""),
        ]
        self.model: RowTableModel[Candidate] = RowTableModel(columns, self)
        self.model.set_rows(candidates)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._allow())
        fit_columns(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)  # the whole reason of an exclusion
        wrap_headers(self.table, range(2, len(columns)))  # short answers under long titles
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if candidates:
            self.table.selectRow(0)
        self._allow()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(post_label))
        order = QLabel(
            self.tr(
                "Best first: exact specialty, volunteers, then the shortest distance. People the rules "
                "exempt (Decree 170/2025) are listed last, with the reason, and cannot be chosen."
            )
        )
        order.setWordWrap(True)
        layout.addWidget(order)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        resize_to_fit(self, 1040, 480)  # the reason a person is excluded in sight, on a 1280-pixel screen

    def _allow(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._ok.setEnabled(bool(rows) and self.model.row_at(rows[0].row()).excluded is None)

    def accept(self) -> None:
        if self._ok.isEnabled():
            super().accept()

    def chosen(self) -> Candidate | None:
        rows = self.table.selectionModel().selectedRows()
        found = self.model.row_at(rows[0].row()) if rows else None
        return found if found is not None and found.excluded is None else None
