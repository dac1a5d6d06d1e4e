"""One plan, one writer: a second app opening a plan file another holds is told who holds it since
when and may open it read-only (then nothing that writes is offered); a holder that dies frees it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cq2c_desktop.services.plan_access import PlanInUseError
from cq2c_desktop.services.workspace import open_workspace
from cq2c_desktop.ui.main_window import MainWindow
from cq2c_desktop.ui.user_settings import UserSettings

HOLD = """
import sys
from pathlib import Path
from cq2c_desktop.store.plan_lock import PlanLock
lock = PlanLock(Path(sys.argv[1]), "can_bo_b")
print("held", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def held(demo_plan: Path) -> Iterator[subprocess.Popen[str]]:
    """Another program (a second process) holding the plan, as the other officer's window would."""
    other = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(demo_plan)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    assert other.stdout is not None and other.stdout.readline().strip() == "held"
    yield other
    if other.poll() is None:
        other.kill()
    other.wait(10)


def test_the_second_opener_is_told_who_and_when(held: subprocess.Popen[str], demo_plan: Path) -> None:
    with pytest.raises(PlanInUseError) as caught:
        open_workspace(demo_plan)
    assert caught.value.holder is not None and caught.value.holder.user == "can_bo_b"
    assert "can_bo_b" in str(caught.value) and caught.value.holder.since.strftime("%H:%M") in str(caught.value)
    reader = open_workspace(demo_plan, read_only=True)
    try:
        assert reader.read_only and reader.lock is None and reader.summary().staff > 0
    finally:
        reader.close()
    held.kill()  # the holder crashes: the system drops its lock
    held.wait(10)
    writer = open_workspace(demo_plan)
    try:
        assert writer.lock is not None and not writer.read_only
    finally:
        writer.close()


def test_the_window_offers_read_only_and_then_writes_nothing(
    qtbot: QtBot,
    held: subprocess.Popen[str],
    settings: UserSettings,
    demo_plan: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(settings, demo_plan)
    qtbot.addWidget(window)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(str(a[2])) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        window.open_demo()
    assert len(asked) == 1 and "can_bo_b" in asked[0]
    assert window.workspace is not None and window.workspace.read_only
    for action in (
        window.import_action,
        window.optimise_action,
        window.outputs.approve_all,
        window.outputs.export_pdf,
        window.decisions.withdraw_action,
        window.plan_settings.documents_action,
        window.review_view.reject_action,
        window.review_view.change_action,
    ):
        assert not action.isEnabled(), action.text()
    assert window.close_action.isEnabled()
    index = window.units_view.model.index(0, 0)
    editable = [
        window.units_view.model.flags(index.siblingAtColumn(c)) & Qt.ItemFlag.ItemIsEditable
        for c in range(window.units_view.model.columnCount())
    ]
    assert not any(editable)
    assert window.read_only.note.isVisibleTo(window) and window.read_only.tr("(read-only)") in window.windowTitle()
    # The other officer closes it: opening again takes the plan for writing.
    held.kill()
    held.wait(10)
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        window.open_demo()
    assert not window.workspace.read_only and window.optimise_action.isEnabled()
    assert not window.read_only.note.isVisibleTo(window)
    model = window.units_view.model
    assert any(
        model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable for c in range(model.columnCount())
    )  # its region and priority are editable again


def test_no_answer_keeps_the_window_as_it_was(
    qtbot: QtBot,
    held: subprocess.Popen[str],
    settings: UserSettings,
    demo_plan: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(settings, demo_plan)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    with qtbot.waitSignal(window.plan_failed, timeout=30_000):
        window.open_demo()
    assert window.workspace is None


def test_plans_and_exports_start_in_the_documents_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: UserSettings
) -> None:
    from cq2c_desktop.ui.user_settings import EXPORT_FOLDER, PLANS_FOLDER, documents_folder

    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs: the default name
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    assert documents_folder() == str(home / "Documents")
    assert settings.folder(PLANS_FOLDER) == str(home / "Documents")
    assert settings.folder(EXPORT_FOLDER) == str(home / "Documents")
    settings.remember_folder(PLANS_FOLDER, tmp_path / "elsewhere" / "a.cq2c")  # the officer's choice wins
    assert settings.folder(PLANS_FOLDER) == str(tmp_path / "elsewhere")


def test_backups_are_named_for_the_work_they_precede() -> None:
    from cq2c_desktop.domain.messages import bilingual
    from cq2c_desktop.services.backup_labels import backup_label, backup_reason

    assert bilingual(backup_label(backup_reason("before-approve", 405))).startswith("trước khi phê duyệt 405 điều động")
    label = bilingual(backup_label(backup_reason("before-import", "Danh sách: xã Bá Thước.xlsx")))
    assert label.startswith("trước khi nhập tệp Danh sách_ xã Bá Thước.xlsx")
    assert bilingual(backup_label("open")).startswith("khi mở phương án")
