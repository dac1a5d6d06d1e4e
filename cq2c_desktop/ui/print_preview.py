"""Print preview of a rendered PDF: the same pages the officer would print, through QPrintPreviewDialog.

The documents are laid out once, by the PDF renderer; the preview paints those PDF pages onto the
printer, so what is previewed, printed and saved can never differ.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

RENDER_DPI = 200  # sharp on paper, small enough to keep the preview quick


def paint_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page of `document` onto `printer`, one page each; returns the page count."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(index, QSize(round(points.width() * RENDER_DPI / 72),
                                                 round(points.height() * RENDER_DPI / 72)))
            page = painter.viewport()
            scale = min(page.width() / image.width(), page.height() / image.height())
            painter.drawImage(QRectF(0, 0, image.width() * scale, image.height() * scale), image)
    finally:
        painter.end()
    return document.pageCount()


def preview_pdf(parent: QWidget, path: Path, *, show: bool = True) -> QPrintPreviewDialog:
    document = QPdfDocument(parent)
    document.load(str(path))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PrintPreview", "Print preview"))
    dialog.paintRequested.connect(lambda target: paint_pdf(document, target))
    dialog.resize(1000, 800)
    if show:
        dialog.exec()
    return dialog
