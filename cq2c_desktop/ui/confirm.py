"""The questions a mass action asks before it acts: how many rows, and which ones when a search hides some.

Module-level functions, so a test answers them as an officer would (monkeypatching the function) and
the flows stay free of dialog code.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cq2c_desktop.ui.formatting import number

Which = Literal["all", "shown"]


def confirm_count(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes or Cancel for an action whose count is in `text` (Cancel is the default)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(QMessageBox.StandardButton.Yes)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def all_or_shown(parent: QWidget | None, title: str, every: int, shown: int) -> Which | None:
    """A search hides some rows: act on all `every` of them, or on the `shown` ones only (None: neither)."""
    text = QCoreApplication.translate(
        "Confirm",
        "The search shows {shown} of {every} proposals. Apply to all {every}, or to the {shown} shown?",
    ).format(shown=number(shown), every=number(every))
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    everything = box.addButton(
        QCoreApplication.translate("Confirm", "All {every}").format(every=number(every)), QMessageBox.ButtonRole.YesRole
    )
    only_shown = box.addButton(
        QCoreApplication.translate("Confirm", "The {shown} shown").format(shown=number(shown)),
        QMessageBox.ButtonRole.NoRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "all" if clicked is everything else "shown" if clicked is only_shown else None


def decision_kind(parent: QWidget | None) -> bool | None:
    """Individual decisions (False) or one collective decision with the list annexed (True); None: cancel."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Confirm", "Decisions"),
        QCoreApplication.translate(
            "Confirm",
            "Which decisions? For the approved proposals selected, or for every approved one when none is selected.",
        ),
        parent=parent,
    )
    individual = box.addButton(
        QCoreApplication.translate("Confirm", "One decision per person"), QMessageBox.ButtonRole.YesRole
    )
    collective = box.addButton(
        QCoreApplication.translate("Confirm", "One collective decision, list annexed"), QMessageBox.ButtonRole.NoRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(individual)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return False if clicked is individual else True if clicked is collective else None
