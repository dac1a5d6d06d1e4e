"""Run a long service call in a child process, with progress and cancel.

The desktop app runs the optimiser and the exports this way. On a thread they would share Python's
interpreter lock with the UI thread: OR-Tools keeps it for seconds while a min-cost-flow phase runs,
and writing a workbook or a PDF spends long stretches in C code that keeps it too, so the window
would stop answering. A child process cannot stall the window. Cancel asks the child to stop (so a
writer removes its temporary file) and terminates it if it has not within a moment; either way no
output is left half-written, as every writer here writes a temporary file and renames it last.
"""

from __future__ import annotations

import multiprocessing
import pickle
import queue
from collections.abc import Callable
from typing import Any

from cq2c_desktop.domain.job_protocol import Cancelled, ServiceError, ShouldStop
from cq2c_desktop.domain.messages import Text

AnyProgress = Callable[[int, int, Any], None]  # a Message from our code; the optimiser's own text from solver/
CHILD_STOPPED = Text("child_process_stopped", "The worker process stopped unexpectedly (exit code {code}).")

POLL_SECONDS = 0.1
GRACE_SECONDS = 3.0  # how long a cancelled child may take to stop by itself


def _portable(error: BaseException) -> BaseException:
    """The child's exception itself when it survives pickling (its type and its message reach
    the window), else a RuntimeError with its text."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return RuntimeError(f"{error.__class__.__name__}: {error}")
    return error


def _child(
    function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], channel: Any, stop: Any
) -> None:
    def report(done: int, total: int, message: str) -> None:
        channel.put(("progress", done, total, message))

    try:
        result = function(*args, progress=report, should_stop=stop.is_set, **kwargs)
        channel.put(("done", result))
    except Exception as exc:  # the parent raises it again
        channel.put(("error", _portable(exc)))


def run_in_child(
    function: Callable[..., Any],
    *args: Any,
    progress: AnyProgress | None = None,
    should_stop: ShouldStop | None = None,
    name: str = "cq2c-worker",
    **kwargs: Any,
) -> Any:
    """`function(*args, progress=..., should_stop=..., **kwargs)` in a spawned process; its result or
    its exception comes back here. `function` must be importable by name (a module-level function),
    its arguments and result picklable. Raises `Cancelled` once `should_stop()` turns true."""
    context = multiprocessing.get_context("spawn")  # the same on Windows and Linux; no forked Qt state
    channel, stop = context.Queue(), context.Event()
    child = context.Process(target=_child, args=(function, args, kwargs, channel, stop), daemon=True, name=name)
    child.start()
    try:
        while True:
            if should_stop is not None and should_stop():
                stop.set()
                child.join(timeout=GRACE_SECONDS)
                raise Cancelled
            try:
                message = channel.get(timeout=POLL_SECONDS)
            except queue.Empty:
                if not child.is_alive() and channel.empty():
                    raise ServiceError(CHILD_STOPPED(code=child.exitcode)) from None
                continue
            if message[0] == "progress":
                if progress is not None:
                    progress(*message[1:])
            elif message[0] == "done":
                return message[1]
            else:
                raise message[1]
    finally:
        if child.is_alive():
            child.terminate()
        child.join(timeout=5)
        channel.close()
