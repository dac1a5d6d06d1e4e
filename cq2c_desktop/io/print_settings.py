"""What the print dialog chose, in plain values that can cross to the process that prints.

No Qt here: the window fills it from its QPrinter (ui/print_preview.py) and the printing child puts
it back on a new QPrinter (io/printing.py), so a module that only names it loads no Qt widgets.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PrintSettings:
    printer_name: str
    output_file: str = ""  # "print to file": a PDF at this path instead of a printer
    copies: int = 1
    collate: bool = True
    duplex: str = "DuplexNone"  # a QPrinter.DuplexMode name
    colour: bool = True
    pages: tuple[int, int] | None = None  # of the whole job, 1-based, inclusive; None: all
    document_name: str = ""
    platform: str = ""  # the Qt platform of the window, so the child sees the same printers and fonts
