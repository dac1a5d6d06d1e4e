"""One plan file, one writer: the window holds a lock beside the plan while it has it open.

`<plan>.lock` next to the plan holds who has it (user, computer, process, since when) and carries an
operating-system lock for as long as the window has the plan open: `flock` on Linux and macOS, a
locked byte far beyond the text on Windows (`msvcrt.locking`, which would otherwise hide the text).
The system drops the lock when the process ends, even in a crash, so a lock left behind never keeps
an officer out; the file itself stays (removing it would race with a second window taking it).
A plan on PostgreSQL has no such lock: the server lets many officers write, and row versions refuse a
change made over another's (services/conflicts.py).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

LOCK_SUFFIX = ".lock"
_WINDOWS_LOCK_AT = 1 << 20  # the byte locked on Windows: beyond any holder text


@dataclass(frozen=True)
class Holder:
    user: str
    host: str
    pid: int
    since: dt.datetime  # UTC

    @staticmethod
    def read(data: dict[str, Any]) -> Holder:
        since = dt.datetime.fromisoformat(str(data.get("since")))
        return Holder(str(data.get("user", "?")), str(data.get("host", "?")), int(data.get("pid", 0)), since)


class PlanLockedError(Exception):
    """Another window holds the plan; `holder` says who, when it could be read."""

    def __init__(self, holder: Holder | None) -> None:
        super().__init__(holder)
        self.holder = holder


def lock_path(plan_path: Path) -> Path:
    return plan_path.with_name(plan_path.name + LOCK_SUFFIX)


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_AT)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_AT)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def read_holder(plan_path: Path) -> Holder | None:
    try:
        text = lock_path(plan_path).read_text(encoding="utf-8").strip()
        return Holder.read(json.loads(text)) if text else None
    except (OSError, ValueError, TypeError):
        return None


class PlanLock:
    """The lock a window holds on a plan file until `release` (or the end of the process)."""

    def __init__(self, plan_path: Path, user: str) -> None:
        self.path = lock_path(plan_path)
        handle = open(self.path, "a+b")  # noqa: SIM115 - held open for the whole session
        if not _try_lock(handle):
            handle.close()
            raise PlanLockedError(read_holder(plan_path))
        self.holder = Holder(user, socket.gethostname(), os.getpid(), dt.datetime.now(dt.UTC))
        handle.seek(0)
        handle.truncate()
        text = {"user": user, "host": self.holder.host, "pid": self.holder.pid, "since": self.holder.since.isoformat()}
        handle.write(json.dumps(text, ensure_ascii=False).encode("utf-8"))
        handle.flush()
        self._handle: IO[bytes] | None = handle

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            handle.seek(0)
            handle.truncate()  # nobody holds it now
            handle.flush()
            _unlock(handle)
        finally:
            handle.close()
