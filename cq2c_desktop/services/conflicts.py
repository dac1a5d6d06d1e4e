"""Two officers, one shared plan: what the second one is told when they edit something that changed.

Every move and every person carries a version number that each change bumps (store migration 0002).
A change is refused, and nothing is written, when

- the caller read the row at version v (the view it shows) and the row is now at another version:
  someone else changed it in between (`expected` versions passed by the UI); or
- two changes race inside the database: SQLAlchemy's versioned UPDATE finds no row (StaleDataError).

The other officer's change is kept; this officer reloads and decides again. Nothing is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass


class ConflictError(Exception):
    """Someone else changed what this change was based on; the message is for the user (Vietnamese / English)."""


@dataclass(frozen=True)
class StaleRow:
    """One row that changed under the officer's feet, described for the message."""

    label_vi: str  # "đề xuất #12 (Nguyễn Văn A)"
    label_en: str  # "move #12 (Nguyễn Văn A)"
    changed_by: str | None
    changed_at: dt.datetime | None


def _when(at: dt.datetime | None) -> str:
    return at.astimezone().strftime("%H:%M %d/%m/%Y") if at is not None else ""


def stale_message(rows: Iterable[StaleRow], *, what_vi: str, what_en: str) -> str:
    """ "Đề xuất #12 … đã bị thay đổi …" in plain words, naming who changed it and when when we know."""
    items = list(rows)
    shown = items[:3]
    more = len(items) - len(shown)
    parts_vi, parts_en = [], []
    for row in shown:
        who = row.changed_by or "người khác"
        who_en = row.changed_by or "someone else"
        at = _when(row.changed_at)
        parts_vi.append(f"{row.label_vi} đã được {who} thay đổi" + (f" lúc {at}" if at else ""))
        parts_en.append(f"{row.label_en} was changed by {who_en}" + (f" at {at}" if at else ""))
    tail_vi = f" và {more} {what_vi} khác" if more else ""
    tail_en = f" and {more} more {what_en}" if more else ""
    return (
        "Xung đột: "
        + "; ".join(parts_vi)
        + tail_vi
        + " sau khi anh/chị mở dữ liệu. Thay đổi của anh/chị CHƯA được lưu; hãy tải lại rồi làm lại. / "
        "Conflict: "
        + "; ".join(parts_en)
        + tail_en
        + " since you read it. Your change was NOT saved; reload and try again."
    )


def race_message(*, what_vi: str, what_en: str) -> str:
    return (
        f"Xung đột: {what_vi} vừa được người khác thay đổi cùng lúc. Thay đổi của anh/chị CHƯA được lưu; "
        f"hãy tải lại rồi làm lại. / Conflict: someone else changed the same {what_en} at the same moment. "
        "Your change was NOT saved; reload and try again."
    )
