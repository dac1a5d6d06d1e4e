"""Approve and export from the window: the workbook, the decisions, and the print preview."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from cq2c_desktop.services.document_settings import DocumentGaps
from cq2c_desktop.services.optimise import RunSummary
from cq2c_desktop.store.backups import list_backup_files
from cq2c_desktop.ui import confirm, output_actions
from cq2c_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(window: MainWindow, qtbot: QtBot) -> MainWindow:
    """The conftest's window on the demo plan, optimised once."""
    with qtbot.waitSignal(window.run_finished, timeout=60_000) as blocker:
        window.start_optimise("optimal", 60)
    assert isinstance(blocker.args[0], RunSummary)
    return window


def _export(qtbot: QtBot, window: MainWindow, start: object) -> object:
    with qtbot.waitSignal(window.outputs.finished.done, timeout=60_000) as blocker:
        start()  # type: ignore[operator]
    return blocker.args[0]


def _inked(image: QImage) -> float:
    """The share of dark pixels: a rendered page of text has some, a blank view none."""
    step = 4
    points = [(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)]
    return sum(image.pixelColor(x, y).lightness() < 100 for x, y in points) / max(1, len(points))


def test_approve_export_and_preview(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The demo has no signer or Tờ trình: each document asks first, and the officer takes blanks.
    asked: list[DocumentGaps] = []
    monkeypatch.setattr(output_actions, "confirm_blanks", lambda _parent, gaps: asked.append(gaps) or True)
    monkeypatch.setattr(confirm, "confirm_count", lambda _parent, _title, _text: True)
    review = window.review_view
    review.moves_view.selectRow(0)
    review.reject_action.trigger()
    with qtbot.waitSignal(window.outputs.finished.done, timeout=30_000):
        window.outputs.approve_all.trigger()  # a background job: hundreds of moves
    statuses = [review.moves.row_at(r).status for r in range(review.moves.rowCount())]
    assert statuses.count("rejected") == 1 and statuses.count("approved") == len(statuses) - 1
    window.undo_action.trigger()
    assert "approved" not in {review.moves.row_at(r).status for r in range(review.moves.rowCount())}
    window.redo_action.trigger()
    assert sum(review.moves.row_at(r).status == "approved" for r in range(review.moves.rowCount())) > 100
    window.undo_action.trigger()
    review.moves_view.clearSelection()
    for row in range(1, 9):  # a handful keeps the documents quick to write
        review.moves_view.selectionModel().select(
            review.moves.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    with qtbot.waitSignal(window.outputs.finished.done, timeout=30_000):
        window.outputs.approve_selected.trigger()
    approved = sum(review.moves.row_at(r).status == "approved" for r in range(review.moves.rowCount()))
    assert approved == 8

    workbook = tmp_path / "list.xlsx"
    result = _export(qtbot, window, lambda: window.outputs.export_list_to(workbook))
    assert getattr(result, "people", None) == approved
    assert [gap.key for gap in asked[-1].missing][:1] == ["documents.list_signer_name"]
    sheet = openpyxl.load_workbook(workbook).worksheets[0]
    names = {c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    assert review.moves.row_at(1).full_name in names
    assert window.outputs.open_folder.isEnabled()

    pdf = tmp_path / "decisions.pdf"
    _export(qtbot, window, lambda: window.outputs.export_decisions_to(pdf))
    docx = tmp_path / "decisions.docx"
    _export(qtbot, window, lambda: window.outputs.export_decisions_to(docx))
    assert pdf.stat().st_size > 10_000 and docx.stat().st_size > 10_000
    assert len(asked) == 3 and "documents.signer_name" in {gap.key for gap in asked[-1].missing}
    # An approval outlives the undo stack: a copy named for it ("trước khi phê duyệt 8 điều động")
    # comes first. Exports take none of their own to push the useful copies out of the rotation.
    reasons = [c.reason for c in list_backup_files(Path(window.workspace.location))]  # type: ignore[union-attr]
    assert reasons[0] == "before-approve.8" and reasons[-1] == "open"
    assert all(r == "open" or r.startswith("before-approve.") for r in reasons)

    # The preview shows the decisions of the approved proposals selected: the pages the export writes.
    for row in range(1, 9):
        review.moves_view.selectionModel().select(
            review.moves.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    decisions = _export(qtbot, window, window.outputs.print_preview)
    dialog = window.outputs.preview_dialog
    assert dialog is not None and isinstance(decisions, list) and len(decisions) == approved
    exported = QPdfDocument(window)
    exported.load(str(pdf))
    assert dialog.page_count() == exported.pageCount() >= approved
    qtbot.waitUntil(lambda: _inked(dialog.view.viewport().grab().toImage()) > 0.005, timeout=30_000)
    dialog.go_to(3)
    qtbot.waitUntil(lambda: dialog.current_page() == 3 and dialog.page.value() == 3, timeout=5_000)
    # Printed from a child process with what the print dialog chose: to a file here, pages 2 and 3.
    printed = tmp_path / "printed.pdf"

    def choose(print_dialog: QPrintDialog) -> int:
        printer = print_dialog.printer()
        assert (print_dialog.minPage(), print_dialog.maxPage()) == (1, dialog.page_count())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", choose)
    with qtbot.waitSignal(dialog.printed, timeout=60_000) as blocker:
        dialog.ask_print()
    assert blocker.args[0] == 2
    document = QPdfDocument(window)
    document.load(str(printed))
    assert document.pageCount() == 2
    assert document.getAllText(0).text() == exported.getAllText(1).text()
    copy = tmp_path / "copy.pdf"
    dialog.save_to(copy)
    assert copy.read_bytes() == dialog.pdf.read_bytes()
    shown = dialog.pdf
    dialog.close()
    assert not shown.exists()  # the preview's own file goes with it
    # With nothing selected: the collective decision and its annex, a few pages whatever the count.
    review.moves_view.clearSelection()
    collective = _export(qtbot, window, window.outputs.print_preview)
    assert isinstance(collective, list) and len(collective) == 1
    assert len(collective[0].people) == approved
    preview = window.outputs.preview_dialog
    assert preview is not None and preview.page_count() >= 2  # the decision, then its annex
    preview.close()


def test_going_back_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[DocumentGaps] = []
    monkeypatch.setattr(output_actions, "confirm_blanks", lambda _parent, gaps: asked.append(gaps) and False)
    monkeypatch.setattr(confirm, "confirm_count", lambda _parent, _title, _text: True)
    with qtbot.waitSignal(window.outputs.finished.done, timeout=30_000):
        window.outputs.approve_all.trigger()
    workbook, pdf = tmp_path / "list.xlsx", tmp_path / "qd.pdf"
    window.outputs.export_list_to(workbook)
    window.outputs.export_decisions_to(pdf)
    window.outputs.print_preview()
    assert len(asked) == 3 and window.outputs.job is None  # asked each time, and nothing started
    assert not workbook.exists() and not pdf.exists() and window.outputs.preview_dialog is None
    assert window.statusBar().currentMessage() == window.outputs.tr("Nothing was written.")
