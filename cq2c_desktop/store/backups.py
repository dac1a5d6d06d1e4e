"""Rolling copies of a plan file, made with SQLite's online backup API.

Where: a folder `<plan file>.backups/` next to the plan (`Phuong_an.cq2c` → `Phuong_an.cq2c.backups/`).
Next to the file, not in the user's data folder, so that the copies travel with the plan when an
officer moves or shares the folder, they are found by looking beside the file in Explorer, and
they get the same access rights as the plan itself (they hold the same personal data).

How many: the last N (default 5). Set N with the `keep` parameter, or for the whole program with the
environment variable CQ2C_BACKUPS (0 turns copies off). A copy is taken only when the plan changed
since the newest copy, so merely reading a plan five times does not push the useful copies out.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

DEFAULT_KEEP = 5
KEEP_ENV = "CQ2C_BACKUPS"
SUFFIX = ".backups"
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime  # local time the copy was made
    reason: str  # "open" (rolling copy) or "before-restore"
    size: int


def backup_dir(plan_path: Path) -> Path:
    return plan_path.with_name(plan_path.name + SUFFIX)


def configured_keep(keep: int | None = None) -> int:
    """N from the parameter, else CQ2C_BACKUPS, else 5; a bad setting falls back to 5 rather than to none."""
    if keep is not None:
        return max(0, keep)
    text = os.environ.get(KEEP_ENV, "").strip()
    if not text:
        return DEFAULT_KEEP
    try:
        return max(0, int(text))
    except ValueError:
        return DEFAULT_KEEP


def list_backup_files(plan_path: Path) -> list[BackupFile]:
    """The copies of one plan, newest first; half-written `.part` files are not copies."""
    folder = backup_dir(plan_path)
    if not folder.is_dir():
        return []
    found = []
    for item in folder.iterdir():
        parsed = _parse_name(plan_path, item.name)
        if parsed is not None and item.is_file():
            found.append(BackupFile(item, parsed[0], parsed[1], item.stat().st_size))
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def _parse_name(plan_path: Path, name: str) -> tuple[dt.datetime, str] | None:
    prefix, suffix = plan_path.stem + "-", plan_path.suffix or ".cq2c"
    if not (name.startswith(prefix) and name.endswith(suffix)):
        return None
    core = name[len(prefix) : len(name) - len(suffix)]
    stamp, _, reason = core.partition(".")
    try:
        taken = dt.datetime.strptime(stamp, _STAMP)
    except ValueError:
        return None
    return taken, reason or "open"


def _signature(plan_path: Path) -> int | None:
    """The main file's mtime, or None when a write-ahead log holds changes not yet folded into it."""
    wal = Path(f"{plan_path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None
    return plan_path.stat().st_mtime_ns


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy via the online backup API (safe while others read or write), written atomically."""
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(source, timeout=10)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            # A copy is one self-contained file: no write-ahead log beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    if os.name == "posix":  # a copy holds personal data: readable by its owner only
        partial.chmod(0o600)
    os.replace(partial, target)
    return target


def take_backup(plan_path: Path, *, keep: int | None = None, reason: str = "open", force: bool = False) -> Path | None:
    """Copy the plan into its backups folder and drop the oldest beyond `keep`; None if nothing was needed."""
    limit = configured_keep(keep)
    if limit == 0 and not force:
        return None
    existing = list_backup_files(plan_path)
    signature = _signature(plan_path)
    if not force and existing and signature is not None and existing[0].path.stat().st_mtime_ns == signature:
        return None  # unchanged since the newest copy
    folder = backup_dir(plan_path)
    folder.mkdir(exist_ok=True)
    for stale in folder.glob("*.part"):  # left by a copy that was interrupted
        stale.unlink(missing_ok=True)
    stamp = dt.datetime.now().strftime(_STAMP)
    name = f"{plan_path.stem}-{stamp}{'' if reason == 'open' else '.' + reason}{plan_path.suffix or '.cq2c'}"
    target = copy_database(plan_path, folder / name)
    if signature is not None:
        # Remember which state of the plan this copy holds: the next open compares against it.
        os.utime(target, ns=(signature, signature))
    for old in list_backup_files(plan_path)[max(limit, 1) :]:
        old.path.unlink(missing_ok=True)
    return target
