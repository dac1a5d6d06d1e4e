"""Transfer or secondment for the chosen proposals: a secondment's term (at most 36 months) and start."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cq2c_desktop.domain.enums import MoveKind
from cq2c_desktop.domain.secondment_terms import MAX_MONTHS
from cq2c_desktop.ui.widgets import resize_to_fit


class MoveKindDialog(QDialog):
    def __init__(self, count: int, kind: str, months: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer or secondment"))
        self.transfer = QRadioButton(self.tr("Transfer (điều động): leaves the source unit for good"))
        self.secondment = QRadioButton(
            self.tr("Secondment (biệt phái): for a term, stays on the source unit's payroll and returns")
        )
        (self.secondment if kind == MoveKind.SECONDMENT.value else self.transfer).setChecked(True)
        self.months = QSpinBox()
        self.months.setRange(1, MAX_MONTHS)
        self.months.setValue(min(max(1, months), MAX_MONTHS))
        self.months.setSuffix(self.tr(" months"))
        self.dated = QCheckBox(self.tr("From a set day (otherwise from the date the decision takes effect)"))
        self.start = QDateEdit()
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.start.setCalendarPopup(True)
        today = dt.date.today()
        self.start.setDate(QDate(today.year, today.month, today.day))
        self.start.setEnabled(False)
        self.dated.toggled.connect(lambda _on: self._follow())
        self.secondment.toggled.connect(lambda _on: self._follow())
        self.as_default = QCheckBox(self.tr("Also make this the plan's default for new proposals"))
        form = QFormLayout()
        form.addRow(self.tr("Term:"), self.months)
        form.addRow("", self.dated)
        form.addRow(self.tr("Start:"), self.start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%n proposal(s) chosen.", "", count)))
        layout.addWidget(self.transfer)
        layout.addWidget(self.secondment)
        layout.addLayout(form)
        layout.addWidget(self.as_default)
        note = QLabel(
            self.tr("A secondment's decision states its term and the return; the support ends with the term.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._follow()
        resize_to_fit(self, 620, 320)

    def _follow(self) -> None:
        seconded = self.secondment.isChecked()
        self.months.setEnabled(seconded)
        self.dated.setEnabled(seconded)
        self.start.setEnabled(seconded and self.dated.isChecked())

    def values(self) -> tuple[MoveKind, int, dt.date | None]:
        day = self.start.date()
        seconded = self.secondment.isChecked()
        start = dt.date(day.year(), day.month(), day.day()) if seconded and self.dated.isChecked() else None
        return (MoveKind.SECONDMENT if seconded else MoveKind.TRANSFER), self.months.value(), start
