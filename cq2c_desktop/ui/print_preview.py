"""Print preview of the decision drafts: the PDF the export writes, shown page by page, and printed.

QPrintPreviewDialog was used first. It paints every page on the UI thread when it opens and again
whenever its page setup changes: 1.0-1.7 s for the collective decision of the demo (39 pages), and
still 215 ms replaying pages recorded beforehand (measured). So the PDF is written in a child
process (as an export is), and QPdfView renders only the pages in sight, on Qt's own threads.
Printing draws the same decisions with the same layout code, in a child process as well.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cq2c_desktop.domain.job_protocol import Cancelled, Progress, ShouldStop
from cq2c_desktop.services.outputs import Decision
from cq2c_desktop.services.printing import PrintSettings, print_decisions
from cq2c_desktop.ui.jobs import Job
from cq2c_desktop.ui.messages import show_error
from cq2c_desktop.ui.user_settings import PREVIEW_GEOMETRY, UserSettings
from cq2c_desktop.ui.widgets import ask_export_path

ZOOM_STEP = 1.25
CONTINUOUS_PAGES = 150  # up to this many pages scroll as one strip (measuring them costs ~0.25 ms each)


def print_settings(printer: QPrinter, platform: str = "") -> PrintSettings:
    """What the print dialog chose on `printer`, as plain values for the printing child process."""
    ranged = printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0
    to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    return PrintSettings(
        printer_name=printer.printerName(),
        output_file=printer.outputFileName() if to_file else "",
        copies=max(1, printer.copyCount()),
        collate=printer.collateCopies(),
        duplex=printer.duplex().name,
        colour=printer.colorMode() == QPrinter.ColorMode.Color,
        pages=(printer.fromPage(), printer.toPage()) if ranged else None,
        document_name=printer.docName(),
        platform=platform,
    )


class DecisionPreview(QDialog):
    """The pages of `pdf` (the drafts of `decisions`), with zoom, page navigation, Print and Save.
    The dialog owns `folder`, where the PDF lives, and removes it when closed."""

    printed = Signal(object)  # the number of pages sent, or the error that stopped printing

    def __init__(
        self, pdf: Path, folder: Path, decisions: Sequence[Decision], settings: UserSettings, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.pdf, self._folder, self._settings = pdf, folder, settings
        self.decisions = list(decisions)
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Print preview"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.document = QPdfDocument(self)
        self.document.load(str(pdf))
        self.view = QPdfView(self)
        # Continuous pages make the view measure every page when it opens: 95 ms for the 405
        # individual decisions of the demo. Longer documents are shown a page at a time.
        continuous = self.document.pageCount() <= CONTINUOUS_PAGES
        self.view.setPageMode(QPdfView.PageMode.MultiPage if continuous else QPdfView.PageMode.SinglePage)
        self.view.setDocument(self.document)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.page = QSpinBox(self)
        self.page.setRange(1, max(1, self.document.pageCount()))
        self.page.setSuffix(self.tr(" / {count}").format(count=self.document.pageCount()))
        self.page.setAccessibleName(self.tr("Page"))
        self.page.editingFinished.connect(lambda: self.go_to(self.page.value()))
        self.view.pageNavigator().currentPageChanged.connect(lambda index: self.page.setValue(index + 1))
        self.status = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.finished.connect(self._discard)
        geometry = settings.get(PREVIEW_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1000, 800)

    def _toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        self.print_action = self._add(bar, self.tr("&Print…"), self.ask_print, QKeySequence.StandardKey.Print)
        self.save_action = self._add(bar, self.tr("&Save as PDF…"), self.ask_save, QKeySequence.StandardKey.Save)
        bar.addSeparator()
        self._add(bar, self.tr("Fit &width"), lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self._add(bar, self.tr("Whole &page"), lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self._add(bar, self.tr("Zoom &in"), lambda: self.zoom(ZOOM_STEP), QKeySequence.StandardKey.ZoomIn)
        self._add(bar, self.tr("Zoom &out"), lambda: self.zoom(1 / ZOOM_STEP), QKeySequence.StandardKey.ZoomOut)
        bar.addSeparator()
        self._add(
            bar,
            self.tr("P&revious page"),
            lambda: self.go_to(self.current_page() - 1),
            QKeySequence.StandardKey.MoveToPreviousPage,
        )
        bar.addWidget(self.page)
        self._add(
            bar,
            self.tr("&Next page"),
            lambda: self.go_to(self.current_page() + 1),
            QKeySequence.StandardKey.MoveToNextPage,
        )
        return bar

    def _add(self, bar: QToolBar, text: str, slot: Any, shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        bar.addAction(action)
        return action

    # --- viewing -------------------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """1-based, as the spin box and the print dialog count."""
        return self.view.pageNavigator().currentPage() + 1

    def go_to(self, page: int) -> None:
        page = min(max(page, 1), max(1, self.page_count()))
        self.view.pageNavigator().jump(page - 1, QPointF(), self.view.zoomFactor())

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(current * factor, 0.1), 8.0))

    # --- saving and printing --------------------------------------------------------------------
    def ask_save(self) -> None:
        path = ask_export_path(
            self, self._settings, self.tr("Save the decision drafts"), "quyet-dinh-dieu-dong.pdf", "PDF (*.pdf)"
        )
        if path is not None:
            self.save_to(path.with_suffix(".pdf"))

    def save_to(self, path: Path) -> None:
        try:
            shutil.copyfile(self.pdf, path)  # the file shown: a copy is instant, even of hundreds of pages
        except OSError as exc:
            show_error(self, self.tr("Cannot save"), exc)
            return
        self.status.setText(self.tr("Saved: {path}").format(path=path))

    def ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Decision drafts"))
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.page_count()))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_with(print_settings(printer, QGuiApplication.platformName()))

    def print_with(self, settings: PrintSettings) -> None:
        """Send the decisions to the printer `settings` name, off the window's process."""
        if self.job is not None:
            return
        decisions = self.decisions

        def work(progress: Progress, stop: ShouldStop) -> int:
            return print_decisions(decisions, settings, progress=progress, should_stop=stop)

        self.print_action.setEnabled(False)
        self.job = Job(self, self.tr("Printing the decision drafts…"), work, self._printed, self._print_failed)

    def _printed(self, pages: int) -> None:
        self.job = None
        self.print_action.setEnabled(True)
        self.status.setText(self.tr("Sent {pages} page(s) to the printer.").format(pages=pages))
        self.printed.emit(pages)

    def _print_failed(self, error: BaseException) -> None:
        self.job = None
        self.print_action.setEnabled(True)
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Printing cancelled."))
        else:
            show_error(self, self.tr("Cannot print"), error)
        self.printed.emit(error)

    def _discard(self) -> None:
        self._settings.set(PREVIEW_GEOMETRY, self.saveGeometry())
        self.document.close()  # Windows cannot remove a file that is still open
        shutil.rmtree(self._folder, ignore_errors=True)
