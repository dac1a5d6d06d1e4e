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

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Message, Term, Text

MOVES = Term("đề xuất", "moves")
MOVE = Term("đề xuất", "move")
PEOPLE = Term("cán bộ", "people")
PERSON = Term("cán bộ này", "person")
MOVE_LABEL = Text("conflict_move", "move #{id} ({name})")
PERSON_LABEL = Text("conflict_person", "staff {id} ({name})")
CHANGED_BY = Text("changed_by", "{row} was changed by {who}")
CHANGED_BY_AT = Text("changed_by_at", "{row} was changed by {who} at {at}")
SOMEONE_ELSE = Text("someone_else", "someone else")
STALE = Text("conflict", "Conflict: {changes} since you read it. Your change was NOT saved; reload and try again.")
STALE_MORE = Text(
    "conflict_more",
    "Conflict: {changes} and {more} more {what} since you read it. Your change was NOT saved; reload and try again.",
)
RACE = Text(
    "conflict_race",
    "Conflict: someone else changed the same {what} at the same moment. Your change was NOT saved; "
    "reload and try again.",
)


class ConflictError(ServiceError):
    """Someone else changed what this change was based on."""


@dataclass(frozen=True)
class StaleRow:
    """One row that changed under the officer's feet, described for the message."""

    label: Message  # MOVE_LABEL(id=12, name="Nguyễn Văn A")
    changed_by: str | None
    changed_at: dt.datetime | None


def _when(at: dt.datetime | None) -> str:
    return at.astimezone().strftime("%H:%M %d/%m/%Y") if at is not None else ""


def _change(row: StaleRow) -> Message:
    who: str | Message = row.changed_by or SOMEONE_ELSE()
    at = _when(row.changed_at)
    return CHANGED_BY_AT(row=row.label, who=who, at=at) if at else CHANGED_BY(row=row.label, who=who)


def describe_changes(rows: Iterable[StaleRow]) -> list[Message]:
    """ "move #12 (…) was changed by … at …" for each row."""
    return [_change(row) for row in rows]


def stale_message(rows: Iterable[StaleRow], *, what: Term) -> Message:
    """ "Đề xuất #12 … đã bị thay đổi …" in plain words, naming who changed it and when when we know."""
    items = list(rows)
    changes = [_change(row) for row in items[:3]]
    more = len(items) - len(changes)
    return STALE_MORE(changes=changes, more=more, what=what) if more else STALE(changes=changes)


def race_message(*, what: Term) -> Message:
    return RACE(what=what)
