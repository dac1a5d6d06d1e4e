"""Printing the decision drafts: the same pages as the PDF, a page range, in a child process, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from cq2c_desktop.domain.job_protocol import Cancelled
from cq2c_desktop.io.documents_pdf import paint_decisions
from cq2c_desktop.services.outputs import decision_drafts, write_preview
from cq2c_desktop.services.printing import PrintSettings, print_decisions
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.ui.print_preview import print_settings

from .conftest import APPROVED, needs_poppler, poppler
from .test_decisions_pdf import _text


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _pages(pdf: Path) -> int:
    return int(
        next(line.split()[-1] for line in poppler("pdfinfo", str(pdf)).splitlines() if line.startswith("Pages:"))
    )


@needs_poppler
def test_printed_pages_are_the_previewed_pages(approved: OpenPlan, tmp_path: Path) -> None:
    preview = tmp_path / "preview.pdf"
    decisions = write_preview(approved, preview)  # nothing selected: the collective decision
    assert len(decisions) == 1 and len(decisions[0].people) == APPROVED
    printed = tmp_path / "printed.pdf"
    drawn = paint_decisions(decisions, _pdf_printer(printed))
    assert drawn == _pages(printed) == _pages(preview) >= 2
    # The same words: a printer turns the landscape annex onto portrait sheets, so they are read in
    # another order.
    assert sorted(_text(printed).split()) == sorted(_text(preview).split())


@needs_poppler
def test_a_page_range_prints_those_pages_only(approved: OpenPlan, tmp_path: Path) -> None:
    moves = range(1, 6)
    preview = tmp_path / "preview.pdf"
    decisions = write_preview(approved, preview, move_ids=moves)
    assert len(decisions) == len(moves)  # one decision per selected approved proposal
    total = _pages(preview)
    printed = tmp_path / "printed.pdf"
    drawn = paint_decisions(decisions, _pdf_printer(printed), pages=(2, 3))
    assert drawn == _pages(printed) == 2
    assert _text(printed) == _text(preview, 2, 3)
    # A range past the end prints what there is.
    tail = tmp_path / "tail.pdf"
    assert paint_decisions(decisions, _pdf_printer(tail), pages=(total, total + 5)) == 1


@needs_poppler
def test_printing_runs_in_a_child_process_with_the_dialog_choices(approved: OpenPlan, tmp_path: Path) -> None:
    decisions = decision_drafts(approved, move_ids=range(1, 4))
    out = tmp_path / "to-file.pdf"
    dialog_printer = _pdf_printer(out)
    dialog_printer.setPrintRange(QPrinter.PrintRange.PageRange)
    dialog_printer.setFromTo(1, 2)
    settings = print_settings(dialog_printer, platform="offscreen")
    assert settings.output_file == str(out) and settings.pages == (1, 2)
    progress: list[tuple[int, int]] = []
    pages = print_decisions(
        decisions, settings, progress=lambda d, t, _m: progress.append((d, t)), should_stop=lambda: False
    )
    assert pages == _pages(out) == 2
    assert progress and progress[-1] == (len(decisions), len(decisions))
    assert decisions[0].people[0] in _text(out)


def test_cancelled_printing_stops_and_says_so(approved: OpenPlan, tmp_path: Path) -> None:
    decisions = decision_drafts(approved, move_ids=range(1, 4))
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 1  # let the first decision through, then stop

    with pytest.raises(Cancelled):
        paint_decisions(decisions, _pdf_printer(tmp_path / "never.pdf"), should_stop=stop)
    settings = PrintSettings("", output_file=str(tmp_path / "child.pdf"), platform="offscreen")
    with pytest.raises(Cancelled):
        print_decisions(decisions, settings, should_stop=lambda: True)
