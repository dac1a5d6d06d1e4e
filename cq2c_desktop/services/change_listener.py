"""A shared plan tells the window at once when someone writes an audit event (PostgreSQL only).

Migration 0006 makes every new audit event `pg_notify('cq2c_plan', <id>)`. A listener holds a
connection of its own to the server (the credentials the plan was opened with), LISTENs in a thread
and calls `wake()` on each notification; the window then runs its usual check (change_watch.py), which
alone decides who changed what. The poll stays: any failure here (a server without the trigger, a
dropped connection) is logged, without the password, and the listener ends quietly.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from cq2c_desktop.domain.locations import scrub
from cq2c_desktop.store.db import OpenPlan, own_connection

CHANNEL = "cq2c_plan"  # the channel migration 0006's trigger notifies
WAIT_SECONDS = 0.2  # how often the thread looks whether it should stop (closing waits at most this)
log = logging.getLogger(__name__)


class ChangeListener:
    """LISTEN on a shared plan in a thread named `cq2c-plan-listener` until `stop()`."""

    def __init__(self, plan: OpenPlan, wake: Callable[[], None]) -> None:
        self._plan = plan
        self._wake = wake
        self._stop = threading.Event()
        self.ready = threading.Event()  # listening (tests wait for it)
        self.thread = threading.Thread(target=self._run, name="cq2c-plan-listener", daemon=True)

    def start(self) -> ChangeListener:
        self.thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self.thread.is_alive() and self.thread is not threading.current_thread():
            self.thread.join(timeout=2)  # connecting to a slow server: it ends by itself after

    @property
    def alive(self) -> bool:
        return self.thread.is_alive()

    def _run(self) -> None:
        connection: Any = None
        try:
            connection = own_connection(self._plan)
            connection.execute(f"LISTEN {CHANNEL}")
            self.ready.set()
            while not self._stop.is_set():
                for _note in connection.notifies(timeout=WAIT_SECONDS):
                    if not self._stop.is_set():
                        self._wake()  # the window runs one check however many events it hears of
        except Exception as exc:  # the poll carries on: say why in the log, never the password
            if not self._stop.is_set():
                reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                log.warning("plan change listener stopped, polling only: %s", scrub(reason))
        finally:
            if connection is not None:
                with contextlib.suppress(Exception):
                    connection.close()


def listen_for_changes(plan: OpenPlan, wake: Callable[[], None]) -> ChangeListener | None:
    """A running listener for a plan on PostgreSQL; None for a plan file (the window watches the file)."""
    if plan.engine.dialect.name != "postgresql":
        return None
    return ChangeListener(plan, wake).start()
