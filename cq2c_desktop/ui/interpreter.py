"""Keep Python's interpreter lock and cycle collector from stalling the UI thread.

The UI thread shares one interpreter lock with the workers that load plans and write outputs. Two
things let a worker hold that lock long enough to freeze the window:

- the switch interval: a thread that wants the lock back waits up to this long for a busy worker to
  hand it over, and the UI thread asks for it again on every call from Qt into Python;
- a full pass of the cycle collector walks every tracked object under the lock; a national plan
  holds about a million of them, so each pass costs 100-300 ms, whichever thread triggers it.

So workers that build long-lived data (a plan snapshot) run with automatic collection paused and
then move what they built to the permanent generation (`gc.freeze`), which later passes skip. The
freeze happens before collection resumes: otherwise the next young-generation pass would walk all
the new objects at once. Frozen objects are still freed by reference counting when the plan closes;
only reference cycles frozen with them are never reclaimed. Reading a national plan leaves about 45
such objects (measured), so nothing is ever unfrozen: unfreezing would make the next full pass walk
the newly opened plan too.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

SWITCH_INTERVAL = 0.001  # seconds; CPython's default is 0.005

_lock = threading.Lock()
_pauses = 0
_was_enabled = True


def tune_for_responsiveness() -> None:
    """Hand the interpreter lock back to the UI thread sooner (costs workers a little throughput)."""
    sys.setswitchinterval(SWITCH_INTERVAL)


@contextmanager
def collection_paused() -> Iterator[None]:
    """No automatic cycle collection while the block runs (pauses from several threads nest)."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()


@contextmanager
def building_long_lived() -> Iterator[None]:
    """Build data that lives as long as the open plan: no collection meanwhile, frozen after."""
    with collection_paused():
        yield
        gc.freeze()
