"""The main window's menus and toolbar, and which of their actions need an open plan.

The flows behind the actions live in their own modules (file_actions, review_actions, output_actions,
help_actions); this module only lays them out, so the window itself stays about views and plans.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from cq2c_desktop.ui.main_window import MainWindow


class WindowMenus(QObject):
    """Builds the menu bar and the toolbar of `window` (its flows must exist already)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._build_file_menu()
        self._build_edit_and_data_menus()
        self._build_plan_menus()
        toolbar = window.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.addActions([self.open_action, self.undo_action, self.redo_action, self.optimise_action])
        self.toolbar = toolbar

    def action(self, text: str, slot: Callable[..., Any], shortcut: Any = None) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_file_menu(self) -> None:
        window, files = self._window, self._window.files
        file_menu = window.menuBar().addMenu(self.tr("&File"))
        self.open_action = self.action(self.tr("&Open plan…"), files.ask_open, QKeySequence.StandardKey.Open)
        self.save_copy_action = self.action(
            self.tr("Save a &copy as…"), files.ask_save_copy, QKeySequence.StandardKey.SaveAs
        )
        self.close_action = self.action(self.tr("&Close plan"), window.close_plan, QKeySequence.StandardKey.Close)
        self.new_action = self.action(self.tr("&New empty plan…"), files.ask_new, QKeySequence.StandardKey.New)
        file_menu.addAction(self.new_action)
        self.recent_menu = file_menu.addMenu(self.tr("&Recent plans"))
        self.recent_menu.aboutToShow.connect(lambda: files.fill_recent(self.recent_menu))
        file_menu.insertAction(self.recent_menu.menuAction(), self.open_action)
        self.restore_action = self.action(self.tr("&Restore from a backup copy…"), files.ask_restore)
        for action in (self.save_copy_action, self.restore_action, self.close_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.action(self.tr("&Preferences…"), window.show_preferences))
        file_menu.addAction(self.action(self.tr("E&xit"), window.close, QKeySequence.StandardKey.Quit))
        self.file_menu = file_menu

    def _build_edit_and_data_menus(self) -> None:
        window = self._window
        bar = window.menuBar()
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = window.undo_stack.createUndoAction(window, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = window.undo_stack.createRedoAction(window, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu = edit_menu
        data_menu = bar.addMenu(self.tr("&Data"))
        self.import_action = self.action(self.tr("&Import data…"), window.ask_import, QKeySequence("Ctrl+I"))
        data_menu.addAction(self.import_action)
        data_menu.addSeparator()
        self.personal_data_action = self.action(
            self.tr("Show &personal data (citizen ID, birth date)"), window.toggle_personal_data
        )
        self.personal_data_action.setCheckable(True)
        data_menu.addAction(self.personal_data_action)
        data_menu.addActions(window.rounds.data_actions())
        data_menu.addSeparator()
        for index, title in enumerate(
            (self.tr("&Overview"), self.tr("&Units"), self.tr("&Staff"), self.tr("&Quotas"), self.tr("&Balance"))
        ):
            data_menu.addAction(self.action(title, partial(window.tabs.setCurrentIndex, index)))
        data_menu.addAction(window.map_dock.toggleViewAction())
        self.data_menu = data_menu

    def _build_plan_menus(self) -> None:
        window, bar = self._window, self._window.menuBar()
        optimise_menu = bar.addMenu(self.tr("Op&timise"))
        self.optimise_action = self.action(self.tr("&Optimise…"), window.review.ask_optimise, QKeySequence("F5"))
        optimise_menu.addAction(self.optimise_action)
        plan_menu = bar.addMenu(self.tr("&Plan"))
        review = window.review_view
        plan_menu.addActions(
            [
                review.accept_action,
                review.reject_action,
                review.lock_action,
                review.reset_action,
                review.change_action,
                review.fill_action,
            ]
        )
        plan_menu.addSeparator()
        self.compare_action = self.action(self.tr("&Compare with the previous run…"), window.review.compare_runs)
        plan_menu.addAction(self.compare_action)
        plan_menu.addSeparator()
        plan_menu.addActions([*window.outputs.plan_actions(), window.decisions.withdraw_action])
        plan_menu.addActions(window.rounds.plan_actions())
        plan_menu.addSeparator()
        plan_menu.addActions(window.plan_settings.actions())
        self.plan_menu = plan_menu
        self.export_menu = bar.addMenu(self.tr("E&xport"))
        self.export_menu.addActions(window.outputs.export_actions())
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([window.help.guide_action, window.help.tour_action])
        help_menu.addSeparator()
        self.demo_action = self.action(self.tr("Open the &demo plan"), window.open_demo)
        help_menu.addAction(self.demo_action)
        help_menu.addAction(window.help.about_action)
        self.help_menu = help_menu

    def plan_actions(self) -> list[QAction]:
        """The actions that need an open plan (disabled while none is)."""
        return [
            self.save_copy_action,
            self.close_action,
            self.optimise_action,
            self.compare_action,
            self.import_action,
            self.restore_action,
            self.personal_data_action,
            *self._window.outputs.plan_actions(),
            self._window.decisions.withdraw_action,
            *self._window.plan_settings.actions(),
            *self._window.rounds.data_actions(),
            *self._window.rounds.plan_actions(),
            *self._window.outputs.export_actions()[:-1],
        ]

    def set_plan_actions_enabled(self, enabled: bool) -> None:
        for action in self.plan_actions():
            action.setEnabled(enabled)
