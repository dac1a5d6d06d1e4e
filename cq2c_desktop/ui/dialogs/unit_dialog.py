"""The planning fields of a unit (region, priority, sending cap) and the posts of one quota."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cq2c_desktop.domain.enums import Region
from cq2c_desktop.ui.views import region_label
from cq2c_desktop.ui.widgets import resize_to_fit


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class UnitDialog(QDialog):
    def __init__(self, values: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit a unit"))
        self.region = QComboBox()
        for region in Region:
            self.region.addItem(region_label(region.value), region.value)
        self.region.setCurrentIndex(max(0, self.region.findData(values.get("region"))))
        self.priority = QSpinBox()
        self.priority.setRange(1, 100)
        self.priority.setValue(int(values.get("priority") or 1))
        self.capped = QCheckBox(self.tr("At most"))
        self.max_out = QSpinBox()
        self.max_out.setRange(0, 10_000)
        self.max_out.setSuffix(self.tr(" people"))
        cap = values.get("max_out")
        self.capped.setChecked(cap is not None)
        self.max_out.setValue(int(cap) if cap is not None else 0)
        self.max_out.setEnabled(self.capped.isChecked())
        self.capped.toggled.connect(self.max_out.setEnabled)
        cap_row = QHBoxLayout()
        cap_row.addWidget(self.capped)
        cap_row.addWidget(self.max_out, 1)
        form = QFormLayout()
        form.addRow(self.tr("Unit:"), QLabel(str(values.get("name", ""))))
        form.addRow(self.tr("Region:"), self.region)
        form.addRow(self.tr("Priority:"), self.priority)
        form.addRow(self.tr("Sending cap:"), cap_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(self.tr("The sending cap is this unit's own; the policy's sending quota may set a lower one."))
        )
        layout.addWidget(_buttons(self))
        resize_to_fit(self, 480, 260)

    def values(self) -> dict[str, Any]:
        return {
            "region": self.region.currentData(),
            "priority": self.priority.value(),
            "max_out": self.max_out.value() if self.capped.isChecked() else None,
        }


class QuotaDialog(QDialog):
    def __init__(self, unit: str, specialty: str, posts: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the posts"))
        self.posts = QSpinBox()
        self.posts.setRange(0, 1000)
        self.posts.setValue(posts)
        form = QFormLayout()
        form.addRow(self.tr("Unit:"), QLabel(unit))
        form.addRow(self.tr("Specialty:"), QLabel(specialty))
        form.addRow(self.tr("Posts:"), self.posts)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        resize_to_fit(self, 420, 180)
