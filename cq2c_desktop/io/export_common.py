"""What every export shares: files that appear only when whole (progress and cancel: domain/job_protocol.py)."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


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
