"""One person's exemption from transfer (Nghị định 170/2025): the reason, the evidence and its date, and
whether they volunteer all the same (only where the decree allows it)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cq2c_desktop.domain.enums import Exemption
from cq2c_desktop.domain.exemptions import DECREE_GROUPS, allows_volunteer, exemption_basis
from cq2c_desktop.services.exemptions import ExemptionRecord
from cq2c_desktop.ui.views import exemption_label
from cq2c_desktop.ui.widgets import resize_to_fit


class ExemptionDialog(QDialog):
    def __init__(self, record: ExemptionRecord, bases: dict[str, dict[str, object]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exemption from transfer"))
        self._bases = bases
        self.reason = QComboBox()
        self.reason.addItem(self.tr("(none — movable)"), "")
        for group in DECREE_GROUPS:
            self.reason.addItem(exemption_label(group.value), group.value)
        self.reason.insertSeparator(self.reason.count())
        for own in (Exemption.LEADER, Exemption.NEAR_RETIREMENT):
            self.reason.addItem(exemption_label(own.value), own.value)
        self.reason.setCurrentIndex(max(0, self.reason.findData(record.exemption or "")))
        self.basis = QLabel()
        self.basis.setWordWrap(True)
        self.note = QLineEdit(record.note)
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("e.g. Medical certificate no. 12/GCN of the district hospital"))
        self.dated = QCheckBox(self.tr("Dated"))
        self.date = QDateEdit()
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate.currentDate())
        when = record.date or dt.date.today()
        self.date.setDate(QDate(when.year, when.month, when.day))
        self.dated.setChecked(record.date is not None)
        self.dated.toggled.connect(self.date.setEnabled)
        self.date.setEnabled(record.date is not None)
        self.volunteer = QCheckBox(self.tr("Volunteers to be moved all the same"))
        self.volunteer.setChecked(record.volunteer)
        self.volunteer_hint = QLabel(
            self.tr(
                "The decree lets a person volunteer only when pregnant or raising a child under 36 months, or in "
                "certified family hardship; every other exempt person is never proposed."
            )
        )
        self.volunteer_hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Legal basis:"), self.basis)
        form.addRow(self.tr("Evidence:"), self.note)
        dated = QHBoxLayout()
        dated.addWidget(self.dated)
        dated.addWidget(self.date, 1)
        form.addRow(self.tr("Date of the evidence:"), dated)
        form.addRow("", self.volunteer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{record.full_name}</b> — {record.unit_name}"))
        layout.addLayout(form)
        layout.addWidget(self.volunteer_hint)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.reason.currentIndexChanged.connect(lambda _i: self._follow_reason())
        self._follow_reason()
        resize_to_fit(self, 640, 380)

    def _follow_reason(self) -> None:
        reason = self.chosen_reason()
        allowed = reason is None or allows_volunteer(reason)
        self.volunteer.setEnabled(allowed)
        if not allowed:
            self.volunteer.setChecked(False)
        for widget in (self.note, self.dated):
            widget.setEnabled(reason is not None)
        self.date.setEnabled(reason is not None and self.dated.isChecked())
        basis = exemption_basis(self._bases, reason) if reason else None
        if reason is None:
            self.basis.setText(self.tr("Movable: no exemption."))
        elif basis is None:
            self.basis.setText(self.tr("The province's own rule (not a group of Decree 170/2025)."))
        else:
            state = self.tr("checked against the official text") if basis.verified else self.tr("unverified")
            self.basis.setText(f"{basis.article}: {basis.wording} ({state})")

    def chosen_reason(self) -> str | None:
        return str(self.reason.currentData()) or None

    def values(self) -> tuple[str | None, str, dt.date | None, bool]:
        """(reason, evidence note, evidence date, volunteer) as the officer left them."""
        reason = self.chosen_reason()
        day = self.date.date()
        dated = reason is not None and self.dated.isChecked()
        return (
            reason,
            self.note.text() if reason else "",
            dt.date(day.year(), day.month(), day.day()) if dated else None,
            self.volunteer.isChecked(),
        )
