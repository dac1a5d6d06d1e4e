"""The first-run tour: the five steps of a round (import → balance → optimise → review → export),
one page each, with a button that shows the place in the window where the step is done.

Shown once, when the first plan opens after installation (the `TOUR_SHOWN` setting), and again
whenever the officer asks for it: Help → Quick tour.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cq2c_desktop.ui.widgets import resize_to_fit

STEPS = 5


class TourDialog(QDialog):
    """`show_step(n)` is the window's: it brings the tab (or dialog) of step n (0-4) into view."""

    guide_requested = Signal()

    def __init__(self, show_step: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick tour: a round in five steps"))
        self._show_step = show_step
        self.pages = QStackedWidget()
        for number, (title, text) in enumerate(self._steps(), start=1):
            self.pages.addWidget(self._page(number, title, text))
        self.back = QPushButton(self.tr("< Back"))
        self.next = QPushButton(self.tr("Next >"))
        self.show_me = QPushButton(self.tr("Show me"))
        self.guide = QPushButton(self.tr("Full user guide"))
        self.close_button = QPushButton(self.tr("Close"))
        self.back.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.next.clicked.connect(self._next)
        self.show_me.clicked.connect(lambda: self._show_step(self.pages.currentIndex()))
        self.guide.clicked.connect(self.guide_requested)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.show_me, self.guide):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.back, self.next, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        resize_to_fit(self, 620, 300)
        self.go(0)

    def _steps(self) -> list[tuple[str, str]]:
        return [
            (
                self.tr("Import the data"),
                self.tr(
                    "Start from the demo plan, or create your own (File → New empty plan) and import the "
                    "files the communes send: Data → Import data (Ctrl+I). Excel, ODS or CSV, in the shape "
                    "they come: the wizard finds the columns, marks every cell with a problem, and writes "
                    "nothing until you press Import."
                ),
            ),
            (
                self.tr("See the balance"),
                self.tr(
                    "The Balance tab and the map show, unit by unit and specialty by specialty, where posts "
                    "are short (red) and where people are in surplus (blue). Click a commune on the map to "
                    "find it in the tables; the Overview tab sums it all up."
                ),
            ),
            (
                self.tr("Optimise"),
                self.tr(
                    "Optimise (F5) first shows the policy: the distance limit, the receiving regions and "
                    "their priority, which specialties may fill which posts. Then it proposes who moves "
                    "where: as many short posts filled as possible, journeys from home kept short and fair, "
                    "no unit left below its quota."
                ),
            ),
            (
                self.tr("Review the proposals"),
                self.tr(
                    "On the Proposals tab every move says why it was chosen, and every post left unfilled "
                    "says why. Accept, reject or lock proposals, or change the person on a post by hand; "
                    "lock what you want to keep and optimise again for the rest. Ctrl+Z undoes a change."
                ),
            ),
            (
                self.tr("Approve and export"),
                self.tr(
                    "Approve the moves you agree with (Plan menu), then use the Export menu: the transfer "
                    "list in Excel and the decision drafts in PDF or Word, with a print preview first. "
                    "The program proposes; you decide."
                ),
            ),
        ]

    def _page(self, number: int, title: str, text: str) -> QWidget:
        page = QWidget()
        heading = QLabel(
            self.tr("<h2>Step {number} of {steps}: {title}</h2>").format(number=number, steps=STEPS, title=title)
        )
        body = QLabel(text)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(body, 1)
        return page

    def go(self, index: int) -> None:
        index = max(0, min(index, STEPS - 1))
        self.pages.setCurrentIndex(index)
        self.back.setEnabled(index > 0)
        self.next.setText(self.tr("Next >") if index < STEPS - 1 else self.tr("Start working"))

    def _next(self) -> None:
        if self.pages.currentIndex() < STEPS - 1:
            self.go(self.pages.currentIndex() + 1)
        else:
            self.accept()
