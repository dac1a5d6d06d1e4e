"""Print preview of the decision drafts through QPrintPreviewDialog.

The preview's printer is drawn on by the same code that writes the PDF (`paint_decisions`), so
what is previewed, printed and saved cannot differ. Text stays text: an earlier version painted
rendered PDF pages as images, and a preview of a few hundred decisions ran out of memory.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from cq2c_desktop.services.outputs import Decision, paint_decisions


class DecisionPreview(QPrintPreviewDialog):
    """The preview dialog and the printer it draws on: the dialog only points at its printer, so the
    printer must live as long as the dialog (a freed one crashed the preview when it was shown)."""

    def __init__(self, decisions: Sequence[Decision], parent: QWidget) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(printer, parent)
        self._printer = printer
        self.decisions = list(decisions)
        self.setWindowTitle(QCoreApplication.translate("PrintPreview", "Print preview"))
        self.paintRequested.connect(self._paint)
        self.resize(1000, 800)

    def _paint(self, target: QPrinter) -> None:
        paint_decisions(self.decisions, target)


def preview_decisions(parent: QWidget, decisions: Sequence[Decision], *, show: bool = True) -> DecisionPreview:
    dialog = DecisionPreview(decisions, parent)
    if show:
        dialog.open()  # window-modal, without a nested event loop
    return dialog
