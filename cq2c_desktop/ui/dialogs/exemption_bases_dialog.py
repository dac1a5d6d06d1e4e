"""Where the decree says who may not be moved: each group's article and wording, as the officer checked
them against the official text (plan settings `rules.exemptions`; unverified until ticked)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cq2c_desktop.domain.exemptions import DECREE_GROUPS, exemption_basis
from cq2c_desktop.ui.views import exemption_label
from cq2c_desktop.ui.widgets import resize_to_fit

REASON, ARTICLE, WORDING, CHECKED = range(4)


class ExemptionBasesDialog(QDialog):
    def __init__(self, bases: dict[str, dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Legal basis of the exemptions"))
        self.table = QTableWidget(len(DECREE_GROUPS), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Group"), self.tr("Article, clause"), self.tr("Wording"), self.tr("Checked")]
        )
        for row, group in enumerate(DECREE_GROUPS):
            basis = exemption_basis(bases, group.value)
            assert basis is not None
            reason = QTableWidgetItem(exemption_label(group.value))
            reason.setFlags(reason.flags() & ~Qt.ItemFlag.ItemIsEditable)
            reason.setData(Qt.ItemDataRole.UserRole, group.value)
            checked = QTableWidgetItem()
            checked.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            checked.setCheckState(Qt.CheckState.Checked if basis.verified else Qt.CheckState.Unchecked)
            for column, item in (
                (REASON, reason),
                (ARTICLE, QTableWidgetItem(basis.article)),
                (WORDING, QTableWidgetItem(basis.wording)),
                (CHECKED, checked),
            ):
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WORDING, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        self.table.verticalHeader().hide()
        hint = QLabel(
            self.tr(
                "The defaults are as reported in the press and official letters, not checked against the decree: "
                "write in the article and tick Checked once you have read the official text."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        resize_to_fit(self, 1100, 420)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is filled in __init__
        return item

    def value_text(self) -> str:
        """The table as the JSON that `rules.exemptions` takes (services/settings.py checks it)."""
        bases = {}
        for row in range(self.table.rowCount()):
            reason = self._item(row, REASON).data(Qt.ItemDataRole.UserRole)
            bases[str(reason)] = {
                "article": self._item(row, ARTICLE).text().strip(),
                "wording": self._item(row, WORDING).text().strip(),
                "verified": self._item(row, CHECKED).checkState() == Qt.CheckState.Checked,
            }
        return json.dumps(bases, ensure_ascii=False)
