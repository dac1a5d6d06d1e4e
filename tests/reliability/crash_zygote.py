"""A process that has imported `cq2c` once and forks a child per command, for many cheap kills.

Starting Python and importing the application takes over a second; the commands themselves write
in a fraction of that. So the crash tests start this once and, for every kill, fork a child that
runs `cq2c_desktop.cli.main(argv)` (the same entry point as `python -m cq2c_desktop.cli`). The child is
killed with SIGKILL, no clean-up, exactly like `kill -9`:
- at its N-th database step (`kill_at`: every SQL statement and every COMMIT counts), by itself; or
- from this process after `kill_after` seconds.

Protocol, one JSON object per line. In: {"argv": [...], "cwd": "...", "kill_at": N, "kill_after": s}.
Out: {"killed": bool, "code": int | null, "seconds": float, "steps": int, "commits": [step, ...]}
(steps and commits are reported for runs that end normally: the reference run).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from typing import Any

from sqlalchemy import Engine, event

from cq2c_desktop.cli import main

_state: dict[str, Any] = {"steps": 0, "kill_at": 0, "commits": []}


def _step(*_args: Any, **_kwargs: Any) -> None:
    _state["steps"] += 1
    if _state["steps"] == _state["kill_at"]:
        os.kill(os.getpid(), signal.SIGKILL)


def _commit(*args: Any, **kwargs: Any) -> None:
    _state["commits"].append(_state["steps"] + 1)
    _step(*args, **kwargs)


event.listen(Engine, "before_cursor_execute", _step)
event.listen(Engine, "commit", _commit)


def _child(job: dict[str, Any], report_fd: int) -> None:
    os.chdir(job["cwd"])
    _state.update(steps=0, kill_at=int(job.get("kill_at") or 0), commits=[])
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    try:
        code = main(job["argv"])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:  # a crash is reported as exit 3: it must never hang the parent
        code = 3
    os.write(report_fd, json.dumps({"steps": _state["steps"], "commits": _state["commits"]}).encode())
    os._exit(int(code or 0))


def _wait(pid: int, kill_after: float | None) -> tuple[int, float]:
    started = time.monotonic()
    if kill_after is not None:
        deadline = started + kill_after
        while time.monotonic() < deadline:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return status, time.monotonic() - started
            time.sleep(min(0.002, max(0.0, deadline - time.monotonic())))
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    return status, time.monotonic() - started


def serve() -> None:
    for line in sys.stdin:
        job = json.loads(line)
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            _child(job, write_fd)
        os.close(write_fd)
        status, seconds = _wait(pid, job.get("kill_after"))
        with os.fdopen(read_fd, "rb") as pipe:
            counted = json.loads(pipe.read() or b"{}")
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
        print(json.dumps({"killed": killed, "code": code, "seconds": seconds, **counted}), flush=True)


if __name__ == "__main__":
    serve()
