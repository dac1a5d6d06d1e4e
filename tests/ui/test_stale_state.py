"""The run shows as out of date after a change to the data or the decisions, everywhere the officer looks
(the proposals' hint and greyed figures, the status bar, the overview), with a link to optimise again;
a new run clears it; it is read from the plan, so a restart keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.services.optimise import RunSummary
from cq2c_desktop.services.staleness import is_change
from cq2c_desktop.ui.dialogs.optimise_dialog import OptimiseDialog
from cq2c_desktop.ui.main_window import MainWindow
from cq2c_desktop.ui.stale_state import OPTIMISE_LINK
from tests.io.roster_shapes import Layout, build, make_people
from tests.io.roster_writers import write_book
from tests.services.importing_helpers import units
from tests.ui.test_import_undo import _to_preview


def _optimise(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.run_finished, timeout=60_000) as blocker:
        window.start_optimise("optimal", 60)
    assert isinstance(blocker.args[0], RunSummary)


def _stale(qtbot: QtBot, window: MainWindow, expected: bool) -> None:
    stale = window.stale
    qtbot.waitUntil(lambda: stale.state.stale is expected, timeout=10_000)
    assert stale.review_hint.isVisibleTo(window.review_view) is expected
    assert stale.status_hint.isVisibleTo(window) is expected
    assert window.review_view.kpis.isEnabled() is not expected  # the old run's figures grey out
    assert (OPTIMISE_LINK in window.overview.toHtml()) is expected


def test_stale_after_an_import_and_current_after_a_run(
    qtbot: QtBot, window: MainWindow, demo_plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not window.stale.state.stale and window.stale.state.run_id is None  # no run: nothing to be stale
    _optimise(qtbot, window)
    _stale(qtbot, window, False)
    people = make_people(units(demo_plan)[4:6], 3, seed=5)
    file = write_book(tmp_path / "ds.xlsx", "xlsx", build(people, Layout()).sheets)
    wizard = window.ask_import()
    assert wizard is not None
    _to_preview(qtbot, wizard, file)
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        wizard.accept()
    _stale(qtbot, window, True)
    assert window.stale.state.changes["import"] == 1
    assert "Optimise again" in window.stale.text() or "Chạy lại tối ưu" in window.stale.text()
    opened: list[OptimiseDialog] = []
    monkeypatch.setattr(OptimiseDialog, "exec", lambda dialog: opened.append(dialog) or QDialog.DialogCode.Rejected)
    window.stale.review_hint.linkActivated.emit(OPTIMISE_LINK)  # the officer clicks "Chạy lại tối ưu"
    assert len(opened) == 1
    _optimise(qtbot, window)
    _stale(qtbot, window, False)


def test_a_rejection_makes_it_stale_an_acceptance_does_not_and_a_restart_keeps_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    _optimise(qtbot, window)
    review = window.review_view
    review.moves_view.selectRow(0)
    review.accept_action.trigger()
    _stale(qtbot, window, False)  # accepting confirms the run
    review.moves_view.selectRow(1)
    review.reject_action.trigger()
    _stale(qtbot, window, True)
    assert window.workspace is not None and window.workspace.path is not None
    path = window.workspace.path
    window.close_plan()
    qtbot.waitUntil(lambda: not window.stale.status_hint.isVisibleTo(window))  # no plan, no note
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        window.open_plan(str(path))
    _stale(qtbot, window, True)


def test_which_events_count_as_changes() -> None:
    assert is_change("import", {}) and is_change("unit_edited", {}) and is_change("staff_added", {})
    assert is_change("moves_reviewed", {"status": MoveStatus.REJECTED.value})
    assert not is_change("moves_reviewed", {"status": MoveStatus.ACCEPTED.value})
    assert not is_change("moves_approved", {}) and not is_change("export_decisions", {})
    assert is_change("setting_changed", {"key": "policy.max_km"})
    assert not is_change("setting_changed", {"key": "documents.signer_name"})
    assert is_change("moves_restored", {"statuses": {"1": "rejected"}})
    assert not is_change("moves_restored", {"statuses": {"1": "proposed"}})
