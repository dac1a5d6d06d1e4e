"""The Help menu's flows: the user guide, the quick tour of the five steps (once on first start)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from cq2c_desktop import __version__
from cq2c_desktop.ui.dialogs.guide_window import GuideWindow
from cq2c_desktop.ui.dialogs.tour_dialog import TourDialog
from cq2c_desktop.ui.user_settings import TOUR_SHOWN, UserSettings

if TYPE_CHECKING:
    from cq2c_desktop.ui.main_window import MainWindow


class HelpActions(QObject):
    def __init__(self, window: MainWindow, settings: UserSettings) -> None:
        super().__init__(window)
        self._window, self._settings = window, settings
        self.guide_window: GuideWindow | None = None
        self.tour: TourDialog | None = None
        self.guide_action = QAction(self.tr("&User guide"), window)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(lambda _checked=False: self.show_guide())
        self.tour_action = QAction(self.tr("&Quick tour: the five steps"), window)
        self.tour_action.triggered.connect(lambda _checked=False: self.show_tour())
        self.about_action = QAction(self.tr("&About CQ2C Planner"), window)
        self.about_action.triggered.connect(lambda _checked=False: self.show_about())
        self.about_box: QMessageBox | None = None

    def show_about(self) -> QMessageBox:
        box = QMessageBox(self._window)
        box.setWindowTitle(self.tr("About CQ2C Planner"))
        box.setIconPixmap(self._window.windowIcon().pixmap(64, 64))
        box.setText(
            self.tr(
                "<b>CQ2C Planner</b> {version}<br>Planning the redeployment of commune civil servants.<br>"
                "Map data: Vietnam Cartographic Publishing House via vietnamese-provinces-database (MIT)."
            ).format(version=__version__)
        )
        box.open()  # window-modal, without a nested event loop
        self.about_box = box
        return box

    def show_guide(self, anchor: str = "") -> GuideWindow:
        """The user guide in its own window (one, brought to the front if already open)."""
        if self.guide_window is None:
            self.guide_window = GuideWindow(self._window)
        if anchor:
            self.guide_window.show_section(anchor)
        self.guide_window.show()
        self.guide_window.raise_()
        return self.guide_window

    def show_tour(self) -> TourDialog:
        tour = TourDialog(self._show_step, self._window)
        tour.guide_requested.connect(lambda: self.show_guide())
        tour.open()  # window-modal, without a nested event loop
        self.tour = tour
        return tour

    def offer_tour(self) -> TourDialog | None:
        """The tour on the first start after installation only (ui/app.py asks once a plan shows)."""
        if self._settings.get(TOUR_SHOWN):
            return None
        self._settings.set(TOUR_SHOWN, True)
        return self.show_tour()

    def _show_step(self, step: int) -> None:
        """Where each of the five steps is done: import (units), balance, optimise (the overview,
        whose next step says how), review and export (proposals)."""
        window = self._window
        tabs = (window.units_view, window.balance_view, window.overview, window.review_view, window.review_view)
        window.tabs.setCurrentWidget(tabs[step])
        window.map_dock.setVisible(True)
