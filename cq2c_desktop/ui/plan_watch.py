"""The window hears when another officer changes the open plan, and offers to reload it.

Every few seconds a worker asks the plan for audit events written by someone else since the window
last read it (services/change_watch.py). When there are, a button in the status bar says who, and
reloads the views when pressed; the officer's own screen is never swapped under their hands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPushButton

from cq2c_desktop.services.change_watch import OthersChanges, changes_since, latest_event
from cq2c_desktop.ui.background import Task, run_in_background

if TYPE_CHECKING:
    from cq2c_desktop.services.workspace import Workspace
    from cq2c_desktop.ui.main_window import MainWindow

INTERVAL_MS = 3000


class PlanWatch(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._workspace: Workspace | None = None
        self._last = 0
        self._task: Task | None = None
        self.button = QPushButton(self.tr("Reload"), window)
        self.button.setVisible(False)
        self.button.clicked.connect(self._reload)
        window.statusBar().addPermanentWidget(self.button)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._ask)
        window.plan_loaded.connect(self._loaded)

    def _loaded(self) -> None:
        """The views show the plan as it is now: watch from its newest event."""
        self._workspace = self._window.workspace
        self.button.setVisible(False)
        if self._workspace is None:
            self.timer.stop()
            return
        self._last = latest_event(self._workspace.plan)
        self.timer.start()

    def _ask(self) -> None:
        workspace = self._workspace
        if workspace is None or self._task is not None or workspace is not self._window.workspace:
            return
        last = self._last
        self._task = run_in_background(
            lambda _progress, _stop: changes_since(workspace.plan, last), self._heard, self._failed
        )

    def _heard(self, changes: OthersChanges) -> None:
        self._task = None
        self._last = changes.last_id
        if changes.who:
            self.button.setText(self.tr("Changed by {who}: reload").format(who=", ".join(changes.who[:3])))
            self.button.setVisible(True)

    def _failed(self, _error: BaseException) -> None:
        self._task = None  # a plan closed or a server away for a moment: ask again next time

    def stop(self) -> None:
        self.timer.stop()

    def _reload(self) -> None:
        self.button.setVisible(False)
        self._window.refresh()
