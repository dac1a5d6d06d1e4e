"""The plan's rolling backup copies: take one before work that needs it, list them, put one back.

store/backups.py says where the copies live and how many are kept. A copy is taken by the work that
needs one and named for it (its `reason`): the window's session when it opens a plan ("open": every
change after it is undoable or on record), an import ("before-import"), the command line's writing
commands ("before-solve", "before-approve"), a schema upgrade (`open_plan`, "before-upgrade") and a
restore ("before-restore"), which copies the current file first so a restore can itself be undone.
The chosen copy is then prepared beside the plan (migrated to the current schema, the restore written
to its audit log) and written into the plan with SQLite's online backup API in one write transaction,
so a crash at any moment leaves the plan wholly as it was or wholly restored.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Message, Text
from cq2c_desktop.services import audit
from cq2c_desktop.store.backups import copy_database, list_backup_files, take_backup
from cq2c_desktop.store.db import PLAN_NOT_FOUND, OpenPlan, open_plan

COPY_FAILED = Text("backup_not_taken", "Could not take a backup copy: {reason}")
ONLY_FILES = Text(
    "backups_need_plan_file", "Only plan files have backup copies; back up a PostgreSQL plan with pg_dump."
)
COPY_UNREADABLE = Text("backup_unreadable", "The backup copy cannot be read: {copy}: {reason}")
COPY_DAMAGED = Text("backup_damaged", "The backup copy is damaged: {copy}: {reason}")
COPY_NOT_FOUND = Text("backup_not_found", "Backup copy not found: {path}")
COPY_IS_PLAN = Text("backup_is_the_plan", "The copy is the plan file itself.")
RESTORE_FAILED = Text("restore_failed", "Restore failed: {reason}")


class BackupError(ServiceError):
    """A copy cannot be listed or restored."""


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: dt.datetime  # local time
    reason: str  # "open" (taken when the plan was opened) or "before-restore"
    size: int
    revision: str | None  # the schema revision inside (None: unreadable)
    staff: int | None  # people in the copy, to help the officer choose
    runs: int | None  # optimisation runs in the copy


@dataclass(frozen=True)
class SafetyCopy:
    """The copy taken before some work: its file, or why none could be taken (the work goes on)."""

    path: Path | None = None
    warning: Message | None = None


def take_safety_copy(plan: OpenPlan, reason: str, *, keep: int | None = None) -> SafetyCopy:
    """A rolling copy of a plan file before work that needs one (nothing for a PostgreSQL plan,
    whose server keeps its own backups). `reason` names the work ("open", "before-import" …); a
    copy that cannot be made (read-only folder, full disk) never stops the officer's work."""
    path = plan.path
    if path is None:
        return SafetyCopy()
    try:
        return SafetyCopy(take_backup(path, keep=keep, reason=reason))
    except (OSError, sqlite3.Error) as exc:
        return SafetyCopy(warning=COPY_FAILED(reason=str(exc)))


def save_copy(plan: OpenPlan, target: Path) -> Path:
    """A consistent copy of an open plan file where the officer asks (SQLite's online backup API)."""
    return plan.backup_to(target)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path  # the plan as it was just before the restore


def _plan_path(target: str | os.PathLike[str]) -> Path:
    text = os.fspath(target)
    if "://" in text:
        raise BackupError(ONLY_FILES())
    path = Path(text)
    if not path.is_file():
        raise BackupError(PLAN_NOT_FOUND(path=path))
    return path


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _summary(path: Path) -> tuple[str | None, int | None, int | None]:
    try:
        connection = _read_only(path)
        try:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            staff = connection.execute("SELECT count(*) FROM staff").fetchone()[0]
            runs = connection.execute("SELECT count(*) FROM run").fetchone()[0]
        finally:
            connection.close()
    except (sqlite3.Error, TypeError):
        return None, None, None
    return str(revision), int(staff), int(runs)


def list_backups(target: str | os.PathLike[str]) -> list[Backup]:
    """The copies of a plan file, newest first."""
    path = _plan_path(target)
    return [Backup(f.path, f.taken_at, f.reason, f.size, *_summary(f.path)) for f in list_backup_files(path)]


def _check_copy(backup: Path) -> None:
    try:
        connection = _read_only(backup)
        try:
            verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
            connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise BackupError(COPY_UNREADABLE(copy=backup.name, reason=str(exc))) from exc
    if verdict != "ok":
        raise BackupError(COPY_DAMAGED(copy=backup.name, reason=verdict))


def _prepare(source: Path, staging: Path) -> None:
    """The copy as it will land: brought to the current schema, with the restore in its audit log."""
    copy_database(source, staging)
    plan = open_plan(staging, copy_before_upgrade=False)
    try:
        with plan.begin() as session:
            audit.record(session, "backup_restored", copy=source.name)
    finally:
        plan.close()


def _swap_in(staging: Path, path: Path) -> None:
    # One write transaction on the live plan: a crash leaves it wholly as it was, or wholly restored.
    src = _read_only(staging)
    try:
        dst = sqlite3.connect(path, timeout=10)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def restore_backup(target: str | os.PathLike[str], backup: Backup | str | os.PathLike[str]) -> RestoreResult:
    """Replace the plan's content with a copy; the current content is copied aside first."""
    path = _plan_path(target)
    source = Path(backup.path if isinstance(backup, Backup) else backup)
    if not source.is_file():
        raise BackupError(COPY_NOT_FOUND(path=source))
    if source.resolve() == path.resolve():
        raise BackupError(COPY_IS_PLAN())
    _check_copy(source)
    staging = path.with_name(path.name + ".restore.part")
    try:
        safety = take_backup(path, reason="before-restore", force=True)
        assert safety is not None  # force always copies
        _prepare(source, staging)
        _swap_in(staging, path)
    except sqlite3.Error as exc:
        raise BackupError(RESTORE_FAILED(reason=str(exc))) from exc
    finally:
        for leftover in (staging, Path(f"{staging}-wal"), Path(f"{staging}-shm")):
            leftover.unlink(missing_ok=True)
    return RestoreResult(source, safety)
