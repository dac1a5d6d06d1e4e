"""Printing the decision drafts: the window's one door to the printer, in a child process.

Drawing the pages needs Qt's print support (QtPrintSupport, which loads QtWidgets), and holds the
interpreter lock too long for the window's process (io/printing.py says how long), so the printing
code is imported only by the child process that draws. Neither this module nor the command line
loads any Qt widgets (tests/test_architecture.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from cq2c_desktop.domain.job_protocol import Progress, ShouldStop
from cq2c_desktop.io.documents_content import Decision
from cq2c_desktop.io.print_settings import PrintSettings as PrintSettings  # this service's parameter
from cq2c_desktop.services.child_process import run_in_child


def _print_here(
    decisions: Sequence[Decision], settings: PrintSettings, *, progress: Progress, should_stop: ShouldStop
) -> int:
    from cq2c_desktop.io.printing import print_decisions  # QtPrintSupport: in the printing child only

    return print_decisions(decisions, settings, progress=progress, should_stop=should_stop)


def print_decisions(
    decisions: Sequence[Decision],
    settings: PrintSettings,
    *,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> int:
    """Print `decisions` as `settings` say, in a child process; the number of pages sent."""
    pages: int = run_in_child(
        _print_here, list(decisions), settings, progress=progress, should_stop=should_stop, name="cq2c-print"
    )
    return pages
