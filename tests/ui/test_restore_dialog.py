"""File → Restore from backup…: the dialog lists the plan's copies and hands back the one chosen."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from cq2c_desktop.services import audit
from cq2c_desktop.services.workspace import open_workspace
from cq2c_desktop.ui.dialogs.restore_dialog import RestoreDialog


def _change(path: Path) -> None:
    """A session in the window (which copies the plan as it opens it) that changes the plan."""
    workspace = open_workspace(path)
    try:
        with workspace.plan.begin() as session:
            audit.record(session, "test_change")
    finally:
        workspace.close()


def test_the_dialog_lists_copies_newest_first_and_returns_the_chosen_one(qtbot: QtBot, demo_plan: Path) -> None:
    _change(demo_plan)
    _change(demo_plan)
    dialog = RestoreDialog(demo_plan, confirm=False)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert not dialog.restore_button.isEnabled()
    newest = dialog.model.rows()[0]
    assert newest.taken_at >= dialog.model.rows()[1].taken_at and newest.staff and newest.staff > 1000
    dialog.select_row(0)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.result() == RestoreDialog.DialogCode.Accepted
    assert dialog.chosen() == dialog.model.row_at(0)


def test_a_plan_without_copies_says_so(qtbot: QtBot, tmp_path: Path, demo_plan: Path) -> None:
    dialog = RestoreDialog(demo_plan, confirm=False)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    dialog.accept()  # nothing chosen: stays open, returns nothing
    assert dialog.chosen() is None
