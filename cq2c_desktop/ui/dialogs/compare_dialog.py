"""Two runs side by side: figures, and who moves differently."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cq2c_desktop.services.compare import MoveDifference, RunComparison
from cq2c_desktop.ui.formatting import cell_text
from cq2c_desktop.ui.table_models import Column, RowTableModel


class CompareDialog(QDialog):
    def __init__(self, comparison: RunComparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare runs {a} and {b}").format(a=comparison.run_a, b=comparison.run_b))
        labels = {
            "filled": self.tr("Posts filled"),
            "posts_short": self.tr("Posts short"),
            "priority_filled": self.tr("Priority filled"),
            "match_sum": self.tr("Match sum"),
            "volunteers": self.tr("Volunteers moved"),
            "total_km": self.tr("Total km"),
            "mean_km": self.tr("Mean km"),
            "max_km": self.tr("Longest km"),
        }
        self.kpis = QTableWidget(len(comparison.kpis), 3)
        self.kpis.setHorizontalHeaderLabels(
            [
                self.tr("Figure"),
                self.tr("Run {id}").format(id=comparison.run_a),
                self.tr("Run {id}").format(id=comparison.run_b),
            ]
        )
        for row, (key, a, b) in enumerate(comparison.kpis):
            for col, value in enumerate((labels.get(key, key), a, b)):
                text = value if isinstance(value, str) else cell_text(value)
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.kpis.setItem(row, col, item)
        kinds = {
            "only_a": self.tr("only in run {id}").format(id=comparison.run_a),
            "only_b": self.tr("only in run {id}").format(id=comparison.run_b),
            "changed": self.tr("different destination"),
        }
        columns: list[Column[MoveDifference]] = [
            Column(self.tr("Full name"), lambda d: d.full_name),
            Column(self.tr("Difference"), lambda d: kinds[d.kind]),
            Column(
                self.tr("Run {id}").format(id=comparison.run_a),
                lambda d: f"{d.in_a.to_name} ({d.in_a.specialty_name})" if d.in_a else "",
            ),
            Column(
                self.tr("Run {id}").format(id=comparison.run_b),
                lambda d: f"{d.in_b.to_name} ({d.in_b.specialty_name})" if d.in_b else "",
            ),
        ]
        self.differences: RowTableModel[MoveDifference] = RowTableModel(columns, self)
        self.differences.set_rows(comparison.differences)
        table = QTableView()
        table.setModel(self.differences)
        table.setSortingEnabled(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kpis)
        layout.addWidget(
            QLabel(
                self.tr("{same} moves are the same in both runs; {diff} differ.").format(
                    same=comparison.same, diff=len(comparison.differences)
                )
            )
        )
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(900, 640)
