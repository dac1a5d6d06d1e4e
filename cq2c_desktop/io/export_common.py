"""What every export shares: progress and cancel callbacks, and files that appear only when whole."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

Progress = Callable[[int, int, str], None]
ShouldStop = Callable[[], bool]


class ExportCancelledError(Exception):
    """The user pressed Cancel; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Đã hủy xuất tệp / Export cancelled")


class Reporter:
    """Calls `progress` and raises ExportCancelledError once `should_stop` says so."""

    def __init__(self, progress: Progress | None, should_stop: ShouldStop | None) -> None:
        self._progress = progress
        self._should_stop = should_stop

    def check(self) -> None:
        """Raise ExportCancelledError if the user has asked to stop."""
        if self._should_stop is not None and self._should_stop():
            raise ExportCancelledError

    def step(self, done: int, total: int, message: str) -> None:
        self.check()
        if self._progress is not None:
            self._progress(done, total, message)


@contextmanager
def atomic_output(target: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside `target`, renamed onto it only if the block succeeds.

    An officer may have yesterday's list open in Excel or a half-written file would be printed;
    so the old file stays untouched until the new one is complete, and a failure leaves no debris.
    """
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Keep the suffix: some writers (and Windows shells) look at it.
    temporary = path.with_name(f".{path.stem}.{secrets.token_hex(4)}.part{path.suffix}")
    try:
        yield temporary
        try:
            os.replace(temporary, path)
        except PermissionError as exc:  # Windows: the old file is open in Excel or Word
            raise PermissionError(
                f"Không ghi đè được {path}: tệp đang mở trong chương trình khác? / "
                f"Cannot replace {path}: is it open in Excel or Word?"
            ) from exc
    finally:
        temporary.unlink(missing_ok=True)
