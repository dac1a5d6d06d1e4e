"""How long work talks to whoever runs it, and how any layer says it cannot do what was asked.

A use case that takes a while accepts `progress(done, total, message)` and `should_stop()` as
keyword arguments and knows nothing of threads or processes: the window runs it on a worker
(`ui/background.py`) or in a child process (`services/child_process.py`) with a progress dialog and
Cancel; the command line runs it with a text bar. `Reporter` is the helper a long loop uses: it
reports a step and raises `Cancelled` once the caller asked to stop, so the transaction rolls back
and no file is left half-written.

Every error the user can act on is a `ServiceError` carrying a `Message` (domain/messages.py): the
window translates it, the command line prints it in both languages and exits with status 2.
"""

from __future__ import annotations

from collections.abc import Callable

from cq2c_desktop.domain.messages import Message, Text, bilingual

Progress = Callable[[int, int, Message], None]
ShouldStop = Callable[[], bool]

CANCELLED = Text("cancelled", "Cancelled; nothing was changed or written.")
DONE = Text("done", "Done")


def no_progress(_done: int, _total: int, _message: Message) -> None:
    """The progress callback of a caller that shows none."""


class ServiceError(Exception):
    """What was asked cannot be done, for a reason the user can act on: `message` says which."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return bilingual(self.message)


class Cancelled(ServiceError):  # noqa: N818 - the name says what happened, as solver.Cancelled does
    """The user asked to stop; whatever the work was writing was rolled back or removed."""

    def __init__(self, message: Message | None = None) -> None:
        super().__init__(message or CANCELLED())


class Reporter:
    """Reports the steps of a long loop and raises `Cancelled` once `should_stop()` says so."""

    def __init__(self, progress: Progress | None, should_stop: ShouldStop | None) -> None:
        self._progress = progress
        self._should_stop = should_stop

    def check(self) -> None:
        """Raise `Cancelled` if the user has asked to stop."""
        if self._should_stop is not None and self._should_stop():
            raise Cancelled

    def step(self, done: int, total: int, message: Message) -> None:
        self.check()
        if self._progress is not None:
            self._progress(done, total, message)
