"""The form of one person: every field the plan holds, wishes included.

Each field is one `_Field` (a label, a widget, how the widget shows a value and reads it back), so a
later field (an exemption's date, a secondment's term) is one more entry in `_fields`. `values()`
gives the dict services/person_edit.py takes; the service checks it (the dialog only offers choices
that can be right).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cq2c_desktop.domain.enums import Exemption, Gender
from cq2c_desktop.ui.views import exemption_label
from cq2c_desktop.ui.widgets import resize_to_fit

Choices = list[tuple[str, str]]  # (id, name)
_NO_DATE = QDate(1900, 1, 1)


@dataclass
class _Field:
    name: str
    label: str
    widget: QWidget
    show: Callable[[Any], None]
    read: Callable[[], Any]


def _combo(choices: Choices, blank: str | None = None) -> QComboBox:
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, None)
    for key, name in choices:
        combo.addItem(name, key)
    combo.setMaxVisibleItems(20)
    return combo


def _pick(combo: QComboBox, value: Any) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


def _line(value: Any, edit: QLineEdit) -> None:
    edit.setText("" if value is None else str(value))


class PersonDialog(QDialog):
    """Edit a person (`values` given) or add one (`values` None: the staff id is asked too)."""

    def __init__(
        self, units: Choices, specialties: Choices, values: dict[str, Any] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.adding = values is None
        self.setWindowTitle(self.tr("Add a person") if self.adding else self.tr("Edit a person"))
        self._fields = self._build(units, specialties)
        form = QFormLayout()
        for field in self._fields:
            form.addRow(field.label, field.widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.show_values(values or {"gender": Gender.MALE.value, "movable": True, "wishes": []})
        self.staff_id.setEnabled(self.adding)
        self._movable_changed()
        resize_to_fit(self, 560, 720)

    def _text(self, name: str, label: str) -> _Field:
        edit = QLineEdit()
        return _Field(name, label, edit, lambda v: _line(v, edit), lambda: edit.text().strip() or None)

    def _choice(self, name: str, label: str, combo: QComboBox) -> _Field:
        return _Field(name, label, combo, lambda v: _pick(combo, v), combo.currentData)

    def _build(self, units: Choices, specialties: Choices) -> list[_Field]:
        self.staff_id = QLineEdit()
        self.birth = QDateEdit()
        self.birth.setDisplayFormat("dd/MM/yyyy")
        self.birth.setMinimumDate(_NO_DATE)
        self.birth.setSpecialValueText(self.tr("(not known)"))
        self.movable = QCheckBox(self.tr("May be transferred"))
        self.movable.toggled.connect(self._movable_changed)
        self.exemption = _combo([(e.value, exemption_label(e.value)) for e in Exemption])
        self.volunteer = QCheckBox(self.tr("Asked to be transferred"))
        self.wishes = [_combo(units, self.tr("(none)")) for _ in range(3)]
        genders = [(Gender.MALE.value, self.tr("Male")), (Gender.FEMALE.value, self.tr("Female"))]
        fields = [
            _Field("id", self.tr("Staff id:"), self.staff_id, lambda v: _line(v, self.staff_id), self.staff_id.text),
            self._text("full_name", self.tr("Full name:")),
            self._choice("gender", self.tr("Gender:"), _combo(genders)),
            _Field("birth_date", self.tr("Born:"), self.birth, self._show_birth, self._read_birth),
            self._text("ethnicity", self.tr("Ethnicity:")),
            self._choice("unit_id", self.tr("Unit:"), _combo(units)),
            self._text("position", self.tr("Position:")),
            self._choice("specialty_id", self.tr("Specialty:"), _combo(specialties)),
            self._text("rank", self.tr("Rank:")),
            self._choice("home_unit_id", self.tr("Lives in:"), _combo(units, self.tr("(the unit where they work)"))),
            _Field("movable", self.tr("Movable:"), self.movable, self._show_movable, self.movable.isChecked),
            _Field(
                "exemption", self.tr("Why not movable:"), self.exemption, self._show_exemption, self._read_exemption
            ),
            _Field("volunteer", self.tr("Volunteer:"), self.volunteer, self._show_volunteer, self.volunteer.isChecked),
            self._text("cccd", self.tr("Citizen ID:")),
        ]
        for rank, combo in enumerate(self.wishes, start=1):
            fields.append(self._choice(f"wish_{rank}", self.tr("Wish {rank}:").format(rank=rank), combo))
        return fields

    def _show_birth(self, value: Any) -> None:
        born = value if isinstance(value, dt.date) else None
        self.birth.setDate(QDate(born.year, born.month, born.day) if born else _NO_DATE)

    def _read_birth(self) -> dt.date | None:
        date = self.birth.date()
        return None if date == _NO_DATE else dt.date(date.year(), date.month(), date.day())

    def _show_movable(self, value: Any) -> None:
        self.movable.setChecked(value is not False)

    def _show_exemption(self, value: Any) -> None:
        _pick(self.exemption, value or Exemption.OTHER.value)

    def _read_exemption(self) -> str | None:
        return None if self.movable.isChecked() else self.exemption.currentData()

    def _show_volunteer(self, value: Any) -> None:
        self.volunteer.setChecked(bool(value))

    def _movable_changed(self) -> None:
        movable = self.movable.isChecked()
        self.exemption.setEnabled(not movable)
        self.volunteer.setEnabled(movable)
        for combo in self.wishes:
            combo.setEnabled(movable)

    def show_values(self, values: dict[str, Any]) -> None:
        wishes = list(values.get("wishes") or [])
        spread = {**values, **{f"wish_{i}": w for i, w in enumerate(wishes, start=1)}}
        for field in self._fields:
            field.show(spread.get(field.name))

    def values(self) -> dict[str, Any]:
        """The form's values as services/person_edit.py takes them (the id apart)."""
        read = {f.name: f.read() for f in self._fields}
        read["wishes"] = [read.pop(f"wish_{rank}") for rank in (1, 2, 3)]
        read["wishes"] = [w for w in read["wishes"] if w] if read["movable"] else []
        read["volunteer"] = bool(read["volunteer"]) and bool(read["movable"])
        read.pop("id")
        return read
