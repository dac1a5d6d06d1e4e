"""Printing the decision drafts in a process of its own.

A printer is chosen in the window (the system's print dialog), but drawing dozens of pages holds
Python's interpreter lock for long stretches (an annex of 400 people: up to 400 ms at a time,
measured), so the pages are drawn in a child process (services/printing.py starts it). The child
cannot receive a QPrinter, so the choices of the print dialog travel as `PrintSettings` and are put
back on a new QPrinter here.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtPrintSupport import QPrinter

from cq2c_desktop.domain.job_protocol import Progress, ShouldStop
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.io.documents_content import Decision
from cq2c_desktop.io.documents_fonts import ensure_gui_application
from cq2c_desktop.io.documents_pdf import paint_decisions
from cq2c_desktop.io.export_common import OutputError
from cq2c_desktop.io.print_settings import PrintSettings

PRINTER_UNUSABLE = Text("printer_unusable", "Cannot use the printer {printer}.")


def _printer(settings: PrintSettings) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if settings.output_file:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(settings.output_file)
    else:
        printer.setPrinterName(settings.printer_name)
    printer.setCopyCount(settings.copies)
    printer.setCollateCopies(settings.collate)
    printer.setDuplex(QPrinter.DuplexMode[settings.duplex])
    printer.setColorMode(QPrinter.ColorMode.Color if settings.colour else QPrinter.ColorMode.GrayScale)
    printer.setDocName(settings.document_name or "CQ2C")
    return printer


def print_decisions(
    decisions: Sequence[Decision],
    settings: PrintSettings,
    *,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> int:
    """Print `decisions` as `settings` say; returns the number of pages sent. Meant for a child
    process: it starts the Qt platform the window uses before anything touches fonts or printers."""
    if settings.platform:
        os.environ["QT_QPA_PLATFORM"] = settings.platform
    ensure_gui_application()  # a QPrinter needs one
    printer = _printer(settings)
    if not printer.isValid():
        raise OutputError(PRINTER_UNUSABLE(printer=settings.printer_name))
    return paint_decisions(decisions, printer, pages=settings.pages, progress=progress, should_stop=should_stop)
