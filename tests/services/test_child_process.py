"""Service calls in a child process: result, progress, errors and cancel come back to the caller."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path
from typing import Any

import pytest

from cq2c_desktop.domain.job_protocol import Cancelled
from cq2c_desktop.services import child_process
from cq2c_desktop.services.child_process import run_in_child


def _count(upto: int, *, progress: Any, should_stop: Any) -> int:
    for i in range(upto):
        progress(i + 1, upto, f"step {i + 1}")
    return upto * 10


def _fail(message: str, *, progress: Any, should_stop: Any) -> None:
    raise ValueError(message)


class _UnpicklableError(Exception):
    def __init__(self) -> None:
        super().__init__("no arguments")


def _fail_unpicklable(*, progress: Any, should_stop: Any) -> None:
    raise _UnpicklableError()


def _wait_for_stop(marker: str, *, progress: Any, should_stop: Any) -> None:
    progress(0, 1, "started")
    while not should_stop():
        time.sleep(0.01)
    Path(marker).write_text("cleaned up", encoding="utf-8")  # what a writer does with its temporary file


def _ignore_stop(*, progress: Any, should_stop: Any) -> None:
    progress(0, 1, "started")
    time.sleep(60)


def test_the_result_and_every_progress_step_come_back() -> None:
    steps: list[tuple[int, int, str]] = []
    assert run_in_child(_count, 3, progress=lambda *step: steps.append(step)) == 30
    assert steps == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]


def test_the_childs_exception_is_raised_here_with_its_type_and_message() -> None:
    with pytest.raises(ValueError, match="Tệp hỏng / Broken file"):
        run_in_child(_fail, "Tệp hỏng / Broken file")
    with pytest.raises(RuntimeError, match="_UnpicklableError: no arguments"):
        run_in_child(_fail_unpicklable)


def test_cancel_lets_the_child_clean_up(tmp_path: Path) -> None:
    marker = tmp_path / "stopped.txt"
    started: list[str] = []
    with pytest.raises(Cancelled):
        run_in_child(
            _wait_for_stop,
            str(marker),
            progress=lambda *step: started.append(step[2]),
            should_stop=lambda: bool(started),
        )
    assert marker.read_text(encoding="utf-8") == "cleaned up"


def test_a_child_that_does_not_stop_is_terminated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(child_process, "GRACE_SECONDS", 0.5)
    started: list[str] = []
    with pytest.raises(Cancelled):
        run_in_child(_ignore_stop, progress=lambda *step: started.append(step[2]), should_stop=lambda: bool(started))
    assert multiprocessing.active_children() == []  # terminated, not left to sleep its 60 s
