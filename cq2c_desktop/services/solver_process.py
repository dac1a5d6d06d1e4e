"""Run the optimiser in a child process.

OR-Tools keeps Python's global lock while a min-cost-flow phase runs (2–3 s each on a national
plan), which would freeze the desktop app's UI thread; a child process cannot. It also makes
Cancel immediate: the child is terminated, wherever it is.
"""

from __future__ import annotations

import multiprocessing
import queue
from collections.abc import Callable
from typing import Any

from solver import Cancelled, greedy_json, solve_json

Progress = Callable[[int, int, str], None]
ShouldStop = Callable[[], bool]
POLL_SECONDS = 0.1


def _child(doc: dict[str, Any], method: str, time_limit: float | None, channel: Any) -> None:
    def report(done: int, total: int, message: str) -> None:
        channel.put(("progress", done, total, message))

    try:
        result = greedy_json(doc) if method == "greedy" else solve_json(doc, time_limit=time_limit, progress=report)
        channel.put(("done", result))
    except Exception as exc:  # the parent re-raises it with the child's message
        channel.put(("error", f"{exc.__class__.__name__}: {exc}"))


def solve_in_child(doc: dict[str, Any], *, method: str = "optimal", time_limit: float | None = None,
                   progress: Progress | None = None, should_stop: ShouldStop | None = None) -> dict[str, Any]:
    """`solve_json`/`greedy_json` in a spawned process; raises `Cancelled` when `should_stop()` turns true."""
    context = multiprocessing.get_context("spawn")  # the same on Windows and Linux; no forked Qt state
    channel = context.Queue()
    child = context.Process(target=_child, args=(doc, method, time_limit, channel), daemon=True,
                            name="cq2c-solver")
    child.start()
    try:
        while True:
            if should_stop is not None and should_stop():
                raise Cancelled()
            try:
                message = channel.get(timeout=POLL_SECONDS)
            except queue.Empty:
                if not child.is_alive() and channel.empty():
                    raise RuntimeError(
                        f"Bộ tối ưu dừng bất thường / The optimiser stopped (exit {child.exitcode})") from None
                continue
            if message[0] == "progress" and progress is not None:
                progress(*message[1:])
            elif message[0] == "done":
                return dict(message[1])
            elif message[0] == "error":
                raise RuntimeError(message[1])
    finally:
        if child.is_alive():
            child.terminate()
        child.join(timeout=5)
        channel.close()
