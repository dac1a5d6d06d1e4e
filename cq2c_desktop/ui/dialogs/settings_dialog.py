"""The plan's settings in the window: document details, legal bases, support, and the optimisation policy.

Built from domain/settings_keys.py: one field per key, labelled as the key is, checked as the key
checks (the same text `cq2c settings PLAN KEY VALUE` takes). Only the fields the officer changed are
saved, all at once: one value that cannot be right keeps the dialog open, names the setting, and
nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.domain.settings_keys import SettingKey, get_value, setting_keys
from cq2c_desktop.domain.settings_text import value_text
from cq2c_desktop.ui.messages import error_text, ui_language
from cq2c_desktop.ui.widgets import resize_to_fit

DOCUMENTS, LEGAL_BASES, SUPPORT, POLICY = "documents", "legal_bases", "support", "policy"
Field = QLineEdit | QPlainTextEdit | QCheckBox


def tab_of(key: str) -> str | None:
    """Which tab shows `key` (None: the whole list of legal bases, edited field by field instead)."""
    if key == "legal_bases":
        return None
    if key.startswith(("legal_bases.", "support.resolution.")):
        return LEGAL_BASES
    if key.startswith("support."):
        return SUPPORT
    if key.startswith("documents."):
        return DOCUMENTS
    return POLICY


class PlanSettingsDialog(QDialog):
    def __init__(
        self,
        settings: PlanSettings,
        save: Callable[[dict[str, str]], object],
        parent: QWidget | None = None,
        tab: str = DOCUMENTS,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan settings"))
        self._save = save
        self.fields: dict[str, Field] = {}
        self._shown: dict[str, str] = {}
        self.tabs = QTabWidget()
        titles = {
            DOCUMENTS: self.tr("Documents"),
            LEGAL_BASES: self.tr("Legal bases"),
            SUPPORT: self.tr("Support"),
            POLICY: self.tr("Policy"),
        }
        forms: dict[str, QFormLayout] = {}
        for name, title in titles.items():
            page = QWidget()
            forms[name] = QFormLayout(page)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(page)
            self.tabs.addTab(scroll, title)
        for known in setting_keys(settings):
            where = tab_of(known.key)
            if where is not None:
                self._add(forms[where], known, value_text(known, get_value(settings, known.key)))
        self.tabs.setCurrentIndex(list(titles).index(tab))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("Changes are written to the audit log and can be undone (Edit → Undo)."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        resize_to_fit(self, 780, 620)

    def _add(self, form: QFormLayout, known: SettingKey, text: str) -> None:
        field: Field
        if known.kind == "bool":
            field = QCheckBox()
            field.setChecked(text == "có")
        elif known.kind in ("lines", "json"):
            field = QPlainTextEdit(text)
            field.setTabChangesFocus(True)
            field.setFixedHeight(field.fontMetrics().lineSpacing() * 4 + 12)
        else:
            field = QLineEdit(text)
            if known.kind == "date":
                field.setPlaceholderText(self.tr("dd/mm/yyyy"))
        label = QLabel(known.label.in_language(ui_language()))
        label.setWordWrap(True)
        form.addRow(label, field)
        self.fields[known.key] = field
        self._shown[known.key] = text

    def text(self, key: str) -> str:
        field = self.fields[key]
        if isinstance(field, QCheckBox):
            return "có" if field.isChecked() else "không"
        return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()

    def set_text(self, key: str, text: str) -> None:
        field = self.fields[key]
        if isinstance(field, QCheckBox):
            field.setChecked(text == "có")
        elif isinstance(field, QPlainTextEdit):
            field.setPlainText(text)
        else:
            field.setText(text)

    def changed(self) -> dict[str, str]:
        """The fields the officer changed: key → the text typed."""
        return {key: self.text(key) for key in self.fields if self.text(key) != self._shown[key]}

    def accept(self) -> None:
        texts = self.changed()
        if texts:
            try:
                self._save(texts)
            except ServiceError as exc:  # a value that cannot be right: say which, write nothing
                self.error.setText(error_text(exc))
                return
        super().accept()
