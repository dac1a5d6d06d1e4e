"""Help → User guide: the Vietnamese guide shipped with the program, read offline in a Qt window.

The guide is HTML with screenshots in resources/guide/ (bundled with the rest of resources/ by
installer/cq2c.spec.in). It opens in this window, which needs nothing installed; a button opens
the same file in the system's browser, for printing or a larger screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from cq2c_desktop.paths import resource_path
from cq2c_desktop.ui.widgets import resize_to_fit

GUIDE = "guide/index.html"


def guide_path() -> Path:
    return resource_path(GUIDE)


class GuideWindow(QDialog):
    """The guide with back, forward and contents; links inside it stay in this window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CQ2C Planner user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)  # a web address goes to the browser, a page of the guide stays
        self.browser.setSearchPaths([str(guide_path().parent)])
        back, forward, home = (QPushButton(text) for text in (self.tr("Back"), self.tr("Forward"), self.tr("Contents")))
        back.setShortcut(QKeySequence.StandardKey.Back)
        forward.setShortcut(QKeySequence.StandardKey.Forward)
        back.clicked.connect(self.browser.backward)
        forward.clicked.connect(self.browser.forward)
        home.clicked.connect(self.browser.home)
        self.browser.backwardAvailable.connect(back.setEnabled)
        self.browser.forwardAvailable.connect(forward.setEnabled)
        back.setEnabled(False)
        forward.setEnabled(False)
        in_browser = QPushButton(self.tr("Open in the web browser"))
        in_browser.clicked.connect(self.open_in_browser)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (back, forward, home):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(in_browser)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 1)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path())))
        resize_to_fit(self, 980, 760)

    def show_section(self, anchor: str) -> None:
        """Scroll to one part of the guide (the tour's "Read more" links)."""
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path())))
        self.browser.scrollToAnchor(anchor)

    def open_in_browser(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide_path())))
