"""Shows when the latest run is out of date, and suggests optimising again.

After an import, an edit, a rejection or a hand change (anything services/staleness.py counts), the
proposals tab shows a hint above its figures (which grey out), the overview says so under the latest
run, and the status bar keeps a permanent note; each has a link "Optimise again" that opens the
Optimise dialog. It is read from the plan's audit log, so it is right after a restart too, and it is
checked once per turn of the event loop however many changes that turn made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QLabel, QVBoxLayout

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.services.staleness import Staleness, staleness
from cq2c_desktop.ui.event_loop import TurnTimer
from cq2c_desktop.ui.formatting import number

if TYPE_CHECKING:
    from cq2c_desktop.ui.main_window import MainWindow

OPTIMISE_LINK = "cq2c:optimise"
WARNING_STYLE = "color: #9a4a00; font-weight: bold;"  # amber, readable on the light and dark themes


class StaleWatch(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.state = Staleness(None)
        self.review_hint = self._label()
        self.review_hint.setStyleSheet(WARNING_STYLE)
        layout = window.review_view.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(window.review_view.kpis), self.review_hint)
        self.status_hint = self._label()
        window.statusBar().addPermanentWidget(self.status_hint)
        window.overview.anchorClicked.connect(self._overview_link)
        self._timer = TurnTimer(self, self.update)
        for signal in (window.plan_loaded, window.run_finished, window.undo_stack.indexChanged):
            signal.connect(self._timer.start)
        window.review_view.moves_changed.connect(self._timer.start)
        self._show()

    def _label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(False)
        label.linkActivated.connect(lambda link: self._open(link))
        label.hide()
        return label

    def _open(self, link: str) -> None:
        if link == OPTIMISE_LINK and self._window.optimise_action.isEnabled():  # not in read-only mode
            self._window.review.ask_optimise()

    def _overview_link(self, url: QUrl) -> None:
        self._open(url.toString())

    def update(self) -> None:
        """Read the plan's state again (a few milliseconds: the audit events since the latest run)."""
        workspace = self._window.workspace
        try:
            self.state = staleness(workspace.plan) if workspace is not None else Staleness(None)
        except ServiceError:
            self.state = Staleness(None)  # a plan that cannot be read says so elsewhere
        self._show()

    def text(self) -> str:
        """The note for the current state (rich text with the link), empty when the run is current."""
        if not self.state.stale:
            return ""
        return self.tr(
            'Run {id} is out of date: {count} change(s) since it was made (data, decisions). <a href="{link}">'
            "Optimise again</a>"
        ).format(id=self.state.run_id, count=number(self.state.count), link=OPTIMISE_LINK)

    def _show(self) -> None:
        text = self.text()
        for label in (self.review_hint, self.status_hint):
            label.setText(text)
            label.setVisible(bool(text))
        self._window.review_view.kpis.setEnabled(not text)  # greyed: the figures are the old run's
        self._window.overview.set_note(text)
