"""Print preview and Export ask the same question: one decision per person, or one collective decision
with the list annexed; for the approved proposals selected, or all approved when none is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from cq2c_desktop.services import audit
from cq2c_desktop.services.approval import approve_moves
from cq2c_desktop.services.optimise import RunSummary
from cq2c_desktop.ui import confirm, output_actions
from cq2c_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    with qtbot.waitSignal(window.run_finished, timeout=60_000) as blocker:
        window.start_optimise("optimal", 60)
    assert isinstance(blocker.args[0], RunSummary)
    review = window.review_view
    assert window.workspace is not None
    approve_moves(window.workspace.plan, move_ids=[review.moves.row_at(r).id for r in range(3)])
    review.reload()
    monkeypatch.setattr(output_actions, "confirm_blanks", lambda _parent, _gaps: True)  # the demo has no signer
    return window


def _preview(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, collective: bool) -> list[object]:
    monkeypatch.setattr(confirm, "decision_kind", lambda _parent: collective)
    with qtbot.waitSignal(window.outputs.finished.done, timeout=60_000) as blocker:
        window.outputs.preview.trigger()
    decisions = blocker.args[0]
    assert isinstance(decisions, list)
    assert window.outputs.preview_dialog is not None
    window.outputs.preview_dialog.close()
    return decisions


def test_the_preview_offers_individual_or_collective(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    review = window.review_view
    approved = [r for r in range(review.moves.rowCount()) if review.moves.row_at(r).status == "approved"]
    for row in approved[:2]:
        review.moves_view.selectionModel().select(
            review.moves.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert len(_preview(qtbot, window, monkeypatch, collective=False)) == 2  # one per person selected
    collective = _preview(qtbot, window, monkeypatch, collective=True)
    assert len(collective) == 1 and len(collective[0].people) == 2  # type: ignore[attr-defined]
    review.moves_view.clearSelection()
    assert len(_preview(qtbot, window, monkeypatch, collective=False)) == 3  # every approved one
    monkeypatch.setattr(confirm, "decision_kind", lambda _parent: None)
    window.outputs.preview.trigger()  # cancelled: nothing starts
    assert window.outputs.job is None


def test_export_asks_the_same(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(output_actions, "ask_export_path", lambda *_a: tmp_path / "qd.pdf")
    monkeypatch.setattr(confirm, "decision_kind", lambda _parent: True)
    with qtbot.waitSignal(window.outputs.finished.done, timeout=60_000):
        window.outputs.export_pdf.trigger()
    assert (tmp_path / "qd.pdf").stat().st_size > 10_000
    assert window.workspace is not None
    with window.workspace.plan.begin() as session:
        event = audit.events(session, action="export_decisions")[-1]
    assert event.details["collective"] is True and event.details["people"] == 3
