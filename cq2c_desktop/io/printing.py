"""Printing the decision drafts in a process of its own.

A printer is chosen in the window (the system's print dialog), but drawing dozens of pages holds
Python's interpreter lock for long stretches (an annex of 400 people: up to 400 ms at a time,
measured), so the pages are drawn in a child process. The child cannot receive a QPrinter, so the
choices of the print dialog travel as `PrintSettings` and are put back on a new QPrinter there.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtPrintSupport import QPrinter

from cq2c_desktop.io.documents_content import Decision
from cq2c_desktop.io.documents_fonts import ensure_gui_application
from cq2c_desktop.io.documents_pdf import PageRange, paint_decisions
from cq2c_desktop.io.export_common import Progress, ShouldStop


@dataclass(frozen=True)
class PrintSettings:
    """What the print dialog decided, in plain values that can cross to another process."""

    printer_name: str
    output_file: str = ""  # "print to file": a PDF at this path instead of a printer
    copies: int = 1
    collate: bool = True
    duplex: str = "DuplexNone"  # a QPrinter.DuplexMode name
    colour: bool = True
    pages: PageRange | None = None  # of the whole job, 1-based, inclusive; None: all
    document_name: str = ""
    platform: str = ""  # the Qt platform of the window, so the child sees the same printers and fonts

    @classmethod
    def from_printer(cls, printer: QPrinter, platform: str = "") -> PrintSettings:
        ranged = printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0
        to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        return cls(
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

    def printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.output_file:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(self.output_file)
        else:
            printer.setPrinterName(self.printer_name)
        printer.setCopyCount(self.copies)
        printer.setCollateCopies(self.collate)
        printer.setDuplex(QPrinter.DuplexMode[self.duplex])
        printer.setColorMode(QPrinter.ColorMode.Color if self.colour else QPrinter.ColorMode.GrayScale)
        printer.setDocName(self.document_name or "CQ2C")
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
    printer = settings.printer()
    if not printer.isValid():
        raise OSError(f"Không dùng được máy in / Cannot use the printer: {settings.printer_name}")
    return paint_decisions(decisions, printer, pages=settings.pages, progress=progress, should_stop=should_stop)
