"""The File menu's flows: a new plan, open, the recent plans, save a copy, restore from a copy.

The window opens and closes plans (MainWindow.open_plan reads one on a worker); these flows ask the
officer where, then call it, or a plan-file service (create, copy, restore) on the file itself.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.locations import password_of, without_password
from cq2c_desktop.services.backups import restore_backup, save_copy
from cq2c_desktop.services.credentials import use_for_session
from cq2c_desktop.services.new_plan import create_empty_plan
from cq2c_desktop.ui.dialogs.restore_dialog import RestoreDialog
from cq2c_desktop.ui.messages import show_error
from cq2c_desktop.ui.user_settings import PLANS_FOLDER, RECENT_PLANS, UserSettings

if TYPE_CHECKING:
    from cq2c_desktop.ui.main_window import MainWindow

PLAN_FILTER = "CQ2C (*.cq2c)"


def _with_suffix(path: str) -> str:
    return path if path.endswith(".cq2c") else f"{path}.cq2c"


class FileActions(QObject):
    def __init__(self, window: MainWindow, settings: UserSettings) -> None:
        super().__init__(window)
        self._window, self._settings = window, settings

    def ask_open(self) -> None:
        start = self._settings.folder(PLANS_FOLDER)
        path, _ = QFileDialog.getOpenFileName(self._window, self.tr("Open plan"), start, PLAN_FILTER)
        if path:
            self._window.open_plan(path)

    def ask_new(self) -> None:
        start = str(Path(self._settings.folder(PLANS_FOLDER)) / "phuong-an.cq2c")
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("New plan"), start, PLAN_FILTER)
        if not path:
            return
        target = _with_suffix(path)
        try:
            create_empty_plan(target)
        except ServiceError as exc:
            show_error(self._window, self.tr("Cannot create the plan"), exc)
            return
        self._window.open_plan(target)
        self._window.tabs.setCurrentWidget(self._window.units_view)

    def ask_restore(self) -> None:
        workspace = self._window.workspace
        path = workspace.path if workspace is not None else None
        if path is None:
            return
        dialog = RestoreDialog(path, self._window)
        if dialog.exec() and (chosen := dialog.chosen()) is not None:
            self._window.close_plan()  # the file is replaced: nothing may hold it open
            try:
                restore_backup(path, chosen)
            except ServiceError as exc:
                show_error(self._window, self.tr("Cannot restore the plan"), exc)
            self._window.open_plan(str(path))

    def ask_save_copy(self) -> None:
        workspace = self._window.workspace
        if workspace is None or workspace.path is None:
            return
        start = str(Path(self._settings.folder(PLANS_FOLDER)) / f"{workspace.path.stem}-ban-sao.cq2c")
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Save a copy of the plan"), start, PLAN_FILTER)
        if path:
            target = _with_suffix(path)
            save_copy(workspace.plan, Path(target))
            self._window.statusBar().showMessage(self.tr("Copy saved: {path}").format(path=target), 5000)

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        for location in self._settings.get(RECENT_PLANS):
            action = menu.addAction(location)
            action.triggered.connect(partial(self._window.open_plan, location))
        menu.addSeparator()
        menu.addAction(self.tr("Open a shared plan (PostgreSQL)…")).triggered.connect(self.ask_open_shared)

    def ask_open_shared(self) -> None:
        """A shared plan by its address, typed here rather than on a command line other users of the
        machine can read; a password typed into it is kept in memory only, never saved with it."""
        url, ok = QInputDialog.getText(
            self._window,
            self.tr("Open a shared plan"),
            self.tr("Address of the plan (the password is asked for when needed):"),
            text="postgresql+psycopg://",
        )
        url = url.strip()
        if not ok or not url.startswith("postgresql"):
            return
        password = password_of(url)
        if password:
            use_for_session(url, password)
        self._window.open_plan(without_password(url))
