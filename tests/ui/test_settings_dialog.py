"""The plan's settings in the window: the same keys `cq2c settings` reads and sets, checked the same
way (a value that cannot be right names the setting and writes nothing), audited, one undo step."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from cq2c_desktop.cli import main
from cq2c_desktop.domain.settings_keys import setting_keys
from cq2c_desktop.services import audit
from cq2c_desktop.services.settings import list_settings
from cq2c_desktop.ui.dialogs.settings_dialog import POLICY, tab_of
from cq2c_desktop.ui.main_window import MainWindow


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["settings", *args]) == 0
    return capsys.readouterr().out.strip()


def test_the_settings_dialog_writes_the_keys_the_command_line_reads(
    qtbot: QtBot, window: MainWindow, capsys: pytest.CaptureFixture[str]
) -> None:
    assert window.workspace is not None and window.workspace.path is not None
    plan, path = window.workspace.plan, str(window.workspace.path)
    window.plan_settings.documents_action.trigger()
    dialog = window.plan_settings.dialog
    assert dialog is not None and dialog.isVisible()
    keys = {k.key for k in setting_keys(window.workspace.settings()) if tab_of(k.key) is not None}
    assert set(dialog.fields) == keys  # every key the command line lists, one field each
    before_signer = _cli(capsys, path, "documents.signer_name")
    dialog.set_text("documents.signer_name", "Nguyễn Văn An")
    dialog.set_text("documents.effective_date", "1/7/2025")
    dialog.set_text("policy.max_km", "80")
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):  # saved, then the views re-read the plan
        dialog.accept()
    assert not dialog.isVisible()
    assert _cli(capsys, path, "documents.signer_name") == "Nguyễn Văn An"
    assert _cli(capsys, path, "documents.effective_date") == "2025-07-01"
    assert _cli(capsys, path, "policy.max_km") == "80.0"
    with plan.begin() as session:
        changed = {e.details["key"] for e in audit.events(session, action="setting_changed")}
    assert {"documents.signer_name", "documents.effective_date", "policy.max_km"} <= changed
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        window.undo_action.trigger()  # one step for the three
    assert _cli(capsys, path, "documents.signer_name") == before_signer
    values = {k.key: v for k, v in list_settings(plan)}
    assert values["documents.effective_date"] != "2025-07-01"


def test_a_value_that_cannot_be_right_is_named_and_nothing_is_written(qtbot: QtBot, window: MainWindow) -> None:
    assert window.workspace is not None
    dialog = window.plan_settings.open_settings(POLICY)
    assert dialog is not None and dialog.tabs.currentIndex() == 3
    dialog.set_text("documents.signer_title", "CHỦ TỊCH")
    dialog.set_text("policy.road_factor", "0,2")  # a road is never shorter than the straight line
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text()
    assert window.workspace.settings().documents.signer_title != "CHỦ TỊCH"  # nothing written
    assert window.undo_stack.count() == 0
    dialog.reject()
