"""What every export shares: files that appear only when whole (progress and cancel: domain/job_protocol.py)."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Message, Text

OUTPUT_IN_USE = Text("output_in_use", "Cannot replace {path}: is it open in Excel or Word?")
SAVING = Text("saving_file", "Saving the file")
DECISION_FOR = Text("decision_step", "Decision: {name}")
DECISION_FOR_MANY = Text("decision_step_many", "Decision for {count} people")


class OutputError(ServiceError):
    """An output file cannot be written where the officer asked."""


def decision_step(people: Sequence[str]) -> Message:
    """The progress step of writing one decision: who it is for."""
    return DECISION_FOR(name=people[0]) if len(people) == 1 else DECISION_FOR_MANY(count=len(people))


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
            raise OutputError(OUTPUT_IN_USE(path=str(path))) from exc
    finally:
        temporary.unlink(missing_ok=True)
