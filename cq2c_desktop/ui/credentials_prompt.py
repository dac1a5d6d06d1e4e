"""Asking for a shared plan's password when the server wants one and none was found.

The password typed here is kept in memory for this session (services/credentials.py) and, when the
officer ticks the box, saved in the operating system's credential store; never in the settings, the
recent plans or the title.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from cq2c_desktop.domain.locations import display_location
from cq2c_desktop.services.credentials import is_password_needed, remember_password, use_for_session

__all__ = ["PasswordDialog", "ask_password", "shown"]
shown = display_location  # a location as the window shows it (the password masked)


class PasswordDialog(QDialog):
    def __init__(self, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password for the shared plan"))
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr("The server asks for the password of:\n{location}").format(location=display_location(location))
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.password)
        self.remember = QCheckBox(self.tr("Remember it in this computer's credential store"), self)
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def ask_password(parent: QWidget, location: str, error: BaseException, retry: Callable[[str], None]) -> bool:
    """When opening failed for want of a password: ask, and open again (`retry`); False: not asked."""
    if not is_password_needed(error):
        return False
    dialog = PasswordDialog(location, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.password.text():
        return False
    use_for_session(location, dialog.password.text())
    if dialog.remember.isChecked():
        remember_password(location, dialog.password.text())
    retry(location)
    return True
