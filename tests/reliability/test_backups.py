"""Rolling backup copies, taken by the work that needs one and named for it, and putting one back."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cq2c_desktop.cli import main
from cq2c_desktop.services import audit
from cq2c_desktop.services.backups import BackupError, list_backups, restore_backup, take_safety_copy
from cq2c_desktop.services.workspace import open_workspace
from cq2c_desktop.store.backups import backup_dir, configured_keep, list_backup_files
from cq2c_desktop.store.db import head_revision, open_plan
from cq2c_desktop.store.models import AuditEvent
from tests.reliability.plan_state import fingerprint, integrity

FIXTURE_0001 = Path(__file__).resolve().parents[1] / "fixtures" / "plans" / "plan-0001.cq2c"


def _touch(path: Path, note: str, keep: int | None = None) -> None:
    """Open the plan as the window does (which may take a copy) and change it: one audit event."""
    plan = open_plan(path)
    try:
        take_safety_copy(plan, "open", keep=keep)
        with plan.begin() as session:
            audit.record(session, "test_change", note=note)
    finally:
        plan.close()


def _events(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM audit_event").fetchone()[0])
    finally:
        connection.close()


def test_only_the_last_n_copies_are_kept_newest_first(demo_plan: Path) -> None:
    start = _events(demo_plan)
    for n in range(6):
        _touch(demo_plan, f"change {n}", keep=3)
    copies = list_backup_files(demo_plan)
    assert len(copies) == 3
    assert copies[0].path.parent == backup_dir(demo_plan) == demo_plan.with_name("plan.cq2c.backups")
    # Each copy is the plan as it was opened: before that session's change.
    assert [_events(c.path) for c in copies] == [start + 5, start + 4, start + 3]
    assert all(integrity(c.path) == "ok" for c in copies)
    assert not any(Path(f"{c.path}-wal").exists() for c in copies)  # each copy is one self-contained file


def test_opening_an_unchanged_plan_in_the_window_takes_no_new_copy(demo_plan: Path) -> None:
    for _ in range(4):
        open_plan(demo_plan).close()  # opening by itself copies nothing
    assert list_backup_files(demo_plan) == []
    for _ in range(4):
        open_workspace(demo_plan).close()
    assert [c.reason for c in list_backup_files(demo_plan)] == ["open"]
    _touch(demo_plan, "a change")
    open_workspace(demo_plan).close()
    assert len(list_backup_files(demo_plan)) == 2


def test_the_number_of_copies_comes_from_the_environment(demo_plan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CQ2C_BACKUPS", "0")
    _touch(demo_plan, "no copy")
    assert list_backup_files(demo_plan) == []
    monkeypatch.setenv("CQ2C_BACKUPS", "2")
    for n in range(4):
        _touch(demo_plan, f"change {n}")
    assert len(list_backup_files(demo_plan)) == 2
    monkeypatch.setenv("CQ2C_BACKUPS", "lots")
    assert configured_keep() == 5  # a typo never turns backups off
    assert configured_keep(7) == 7


def test_a_copy_taken_while_another_officer_writes_holds_only_committed_rows(demo_plan: Path) -> None:
    writer = sqlite3.connect(demo_plan, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(
        "INSERT INTO audit_event (at, user, action, details) VALUES ('2025-01-01', 'x', 'uncommitted', '{}')"
    )
    try:
        workspace = open_workspace(demo_plan)
        workspace.close()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    copy = workspace.safety_copy.path
    assert copy is not None and integrity(copy) == "ok"
    connection = sqlite3.connect(copy)
    assert connection.execute("SELECT count(*) FROM audit_event WHERE action = 'uncommitted'").fetchone()[0] == 0
    connection.close()


def test_a_copy_that_cannot_be_made_does_not_stop_the_officer(demo_plan: Path) -> None:
    backup_dir(demo_plan).write_text("a file where the folder should be")
    workspace = open_workspace(demo_plan)
    workspace.close()
    copy = workspace.safety_copy
    assert copy.path is None and copy.warning is not None and "backup" in str(copy.warning)


def test_restore_puts_the_copy_back_and_keeps_the_plan_it_replaced(demo_plan: Path) -> None:
    open_workspace(demo_plan).close()
    original = list_backups(demo_plan)[0]
    before_changes = fingerprint(original.path)
    _touch(demo_plan, "change 1")
    _touch(demo_plan, "change 2")
    changed = fingerprint(demo_plan)
    result = restore_backup(demo_plan, original)
    restored = fingerprint(demo_plan)
    assert {t: v for t, v in restored.items() if t != "audit_event"} == {
        t: v for t, v in before_changes.items() if t != "audit_event"
    }
    assert restored["audit_event"][0] == before_changes["audit_event"][0] + 1  # the restore is on record
    plan = open_plan(demo_plan)
    with plan.begin() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert (last.action, last.details["copy"]) == ("backup_restored", original.path.name)
    plan.close()
    assert result.safety_copy.name.endswith(".before-restore.cq2c")
    assert fingerprint(result.safety_copy) == changed
    restore_backup(demo_plan, result.safety_copy)  # and a restore can itself be undone
    again = fingerprint(demo_plan)
    assert {t: v for t, v in again.items() if t != "audit_event"} == {
        t: v for t, v in changed.items() if t != "audit_event"
    }


def test_restoring_a_copy_from_an_older_schema_upgrades_it(demo_plan: Path, tmp_path: Path) -> None:
    old = tmp_path / "old-copy.cq2c"
    shutil.copyfile(FIXTURE_0001, old)
    restore_backup(demo_plan, old)
    plan = open_plan(demo_plan)
    with plan.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
    with plan.begin() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == 3  # two old events + the restore
    plan.close()


def test_a_damaged_copy_is_refused_and_the_plan_left_alone(demo_plan: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.cq2c"
    junk.write_bytes(os.urandom(8192))
    state = fingerprint(demo_plan)
    with pytest.raises(BackupError, match=r"không đọc được|bị hỏng"):
        restore_backup(demo_plan, junk)
    with pytest.raises(BackupError, match="PostgreSQL"):
        list_backups("postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert fingerprint(demo_plan) == state


def test_backups_and_restore_on_the_command_line(demo_plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backups", str(demo_plan)]) == 0
    assert "Chưa có bản sao lưu" in capsys.readouterr().out
    _touch(demo_plan, "change 1")  # copy 1: the plan as it was
    _touch(demo_plan, "change 2")  # copy 2: with change 1
    assert main(["backups", str(demo_plan)]) == 0
    listing = capsys.readouterr().out
    assert listing.count(".cq2c") == 2 and "  1. " in listing
    assert main(["restore", str(demo_plan), "2"]) == 0
    assert "Đã khôi phục" in capsys.readouterr().out
    assert main(["restore", str(demo_plan), "99"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("cq2c: ") and error.count("\n") == 1


def test_each_copy_is_taken_by_the_work_that_needs_it_and_named_for_it(demo_plan: Path, tmp_path: Path) -> None:
    from tests.io.messy_files import write_csv
    from tests.services.importing_helpers import units

    assert main(["info", str(demo_plan)]) == 0
    assert main(["export-instance", str(demo_plan), str(tmp_path / "i.json")]) == 0
    assert list_backup_files(demo_plan) == []  # reading needs no copy
    assert main(["solve", str(demo_plan), "--method", "greedy", "--quiet"]) == 0
    assert main(["approve", str(demo_plan), "--all"]) == 0
    # --blanks: the demo has no signer; what is tested is that an export takes no copy.
    assert main(["export", str(demo_plan), "transfers", str(tmp_path / "ds.xlsx"), "--quiet", "--blanks"]) == 0
    assert main(["report", str(demo_plan)]) == 0
    a, b = units(demo_plan)[:2]
    bad = write_csv(tmp_path / "bad.csv", [["Từ", "Đến", "Km"], [a["id"], "NOWHERE", "9"]], encoding="utf-8")
    assert main(["import", str(demo_plan), "distances", str(bad), "--quiet"]) == 2  # wrote nothing: no copy
    good = write_csv(tmp_path / "good.csv", [["Từ", "Đến", "Km"], [a["id"], b["id"], "9"]], encoding="utf-8")
    assert main(["import", str(demo_plan), "distances", str(good), "--quiet"]) == 0
    assert [c.reason for c in list_backup_files(demo_plan)] == [
        "before-import.good.csv",
        "before-approve",
        "before-solve",
    ]
