"""The window hears when another officer changes the open plan, and offers to reload it.

A worker asks the plan for audit events written by someone else since the window last read it
(services/change_watch.py, the one place that decides what is news). It asks as soon as it is told of
a change: on PostgreSQL by a notification of every new audit event (services/change_listener.py), on
a plan file when the file or its write-ahead log changes (a file watch, debounced); and every few
seconds anyway, in case the push is not available. When there are news, a button in the status bar
says who, and reloads the views when pressed; the officer's own screen is never swapped under their hands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QPushButton

from cq2c_desktop.services.change_listener import ChangeListener, listen_for_changes
from cq2c_desktop.services.change_watch import OthersChanges, changes_since, latest_event
from cq2c_desktop.ui.background import Task, run_in_background

if TYPE_CHECKING:
    from cq2c_desktop.services.workspace import Workspace
    from cq2c_desktop.ui.main_window import MainWindow

INTERVAL_MS = 3000  # the poll, the fallback when no push arrives
SETTLE_MS = 300  # a file that changes: one check once a burst of writes has settled


class PlanWatch(QObject):
    pushed = Signal()  # from the listener's thread: queued to the window's

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._workspace: Workspace | None = None
        self._last = 0
        self._task: Task | None = None
        self._again = False  # told of a change while a check ran: check once more after it
        self.listener: ChangeListener | None = None
        self.button = QPushButton(self.tr("Reload"), window)
        self.button.setVisible(False)
        self.button.clicked.connect(self._reload)
        window.statusBar().addPermanentWidget(self.button)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._ask)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self._file_changed)
        self.files = QFileSystemWatcher(self)
        self.files.fileChanged.connect(self.settle.start)
        self.files.directoryChanged.connect(self.settle.start)
        self.pushed.connect(self._ask)
        window.plan_loaded.connect(self._loaded)

    def _loaded(self) -> None:
        """The views show the plan as it is now: watch from its newest event."""
        workspace = self._window.workspace
        self.button.setVisible(False)
        if workspace is not self._workspace:
            self.stop()
            self._workspace = workspace
            if workspace is None:
                return
            self.listener = listen_for_changes(workspace.plan, self.pushed.emit)
            self._watch_files()
        if workspace is None:
            return
        self._last = latest_event(workspace.plan)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.start()

    def _watch_files(self) -> None:
        """A plan file: the file, its write-ahead log (where SQLite writes first) and its folder (where
        the log appears again after the last connection folded it back)."""
        path = self._workspace.path if self._workspace is not None else None
        if path is None:
            return
        wanted = [str(p) for p in (path, path.with_name(path.name + "-wal")) if p.exists()]
        wanted.append(str(path.parent))
        missing = [p for p in wanted if p not in self.files.files() + self.files.directories()]
        if missing:
            self.files.addPaths(missing)

    def _file_changed(self) -> None:
        self._watch_files()  # a log deleted and made again is watched again
        self._ask()

    def _ask(self) -> None:
        workspace = self._workspace
        if workspace is None or workspace is not self._window.workspace:
            return
        if self._task is not None:
            self._again = True
            return
        last = self._last
        self._task = run_in_background(
            lambda _progress, _stop: changes_since(workspace.plan, last),
            lambda changes: self._heard(workspace, changes),
            self._failed,
        )

    def _heard(self, workspace: Workspace, changes: OthersChanges) -> None:
        self._task = None
        if workspace is not self._workspace:  # the plan was closed meanwhile
            self._ask_again()
            return
        self._last = max(self._last, changes.last_id)
        if changes.who:
            self.button.setText(self.tr("Changed by {who}: reload").format(who=", ".join(changes.who[:3])))
            self.button.setVisible(True)
        self._ask_again()

    def _failed(self, _error: BaseException) -> None:
        self._task = None  # a plan closed or a server away for a moment: ask again next time
        self._ask_again()

    def _ask_again(self) -> None:
        if self._again:
            self._again = False
            self._ask()

    def stop(self) -> None:
        """The plan closes: no more checks, the listener's thread ends, the file is no longer watched."""
        self.timer.stop()
        self.settle.stop()
        self._again = False
        self._workspace = None
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
        watched = self.files.files() + self.files.directories()
        if watched:
            self.files.removePaths(watched)

    def _reload(self) -> None:
        self.button.setVisible(False)
        self._window.refresh()
