"""A plan another window holds: say who holds it since when, and offer to open it read-only.

In read-only mode every action that writes to the plan is disabled (import, optimise, decisions,
approvals, withdrawals, settings, restore, exports — they write their audit record too — and the
editable cells of the tables); the title and a permanent note in the status bar say so.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox

from cq2c_desktop.services.plan_access import PlanInUseError
from cq2c_desktop.ui.messages import error_text
from cq2c_desktop.ui.role_guard import apply_role

if TYPE_CHECKING:
    from cq2c_desktop.ui.main_window import MainWindow


def same_plan(a: str, b: str) -> bool:
    """Whether two locations name the same plan file (a server URL only itself)."""
    if "://" in a or "://" in b:
        return a == b
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()


class ReadOnlyMode(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.note = QLabel()
        self.note.hide()
        window.statusBar().addPermanentWidget(self.note)
        window.plan_opened.connect(lambda _location: self._apply())
        window.plan_loaded.connect(self._apply)

    @property
    def active(self) -> bool:
        workspace = self._window.workspace
        return workspace is not None and workspace.read_only

    def offer(self, location: str, error: BaseException) -> bool:
        """For a plan in use: tell who holds it since when and ask whether to open it read-only;
        True when the question was asked (whatever the answer), False for any other error."""
        if not isinstance(error, PlanInUseError):
            return False
        window = self._window
        window.statusBar().clearMessage()
        answer = QMessageBox.question(
            window,
            self.tr("The plan is in use"),
            error_text(error)
            + "\n\n"
            + self.tr(
                "One plan has one writer at a time. Open it read-only? You can read, search and compare it, "
                "but not change it."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            window.open_plan(location, read_only=True)
        else:
            window.plan_failed.emit(error_text(error))
        return True

    def writing_actions(self) -> list[QAction]:
        window, review = self._window, self._window.review_view
        return [
            *window.menus.plan_actions(),
            review.accept_action,
            review.reject_action,
            review.lock_action,
            review.reset_action,
            review.change_action,
            review.fill_action,
        ]

    def _apply(self) -> None:
        window, active = self._window, self.active
        if active:
            keep = {window.menus.save_copy_action, window.close_action}  # reading and leaving stay
            for action in self.writing_actions():
                if action not in keep:
                    action.setEnabled(False)
        elif window.workspace is not None:
            # Writable: the signed-in role decides what is enabled (a plan file: everything).
            apply_role(window, window.workspace.role)
        for model in (window.units_view.model, window.staff_view.model):
            model.read_only = active
        self.note.setText(self.tr("Read-only") if active else "")
        self.note.setVisible(active)
        suffix = self.tr("(read-only)")
        if active and not window.windowTitle().endswith(suffix):
            window.setWindowTitle(f"{window.windowTitle()} {suffix}")
