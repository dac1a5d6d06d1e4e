"""The commands the crash tests kill, and how one killed run is judged.

A scenario is a `cq2c` command line, the files it starts from, and the plan whose state is judged.
A reference run (never killed) gives "the state after"; the files it starts from give "the state
before". A killed run passes when the plan file passes `PRAGMA integrity_check`, opens, and holds one
of those two states exactly; a file the command writes (a copy, a workbook) is absent or whole.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cq2c_desktop.store.db import open_plan
from tests.reliability.plan_state import Fingerprint, differences, fingerprint, integrity

ZYGOTE = Path(__file__).with_name("crash_zygote.py")
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Scenario:
    name: str
    files: dict[str, Path]  # work-folder name → the file it starts as
    argv: Callable[[Path], list[str]]  # the command line, given the work folder
    plan: str  # the plan whose state is judged (absent before, for `demo`)
    output: str | None = None  # a file the command writes
    output_kind: str = "plan"  # "plan" or "xlsx"


@dataclass
class Reference:
    before: Fingerprint | None
    after: Fingerprint
    output_after: Fingerprint | None
    seconds: float  # the command's own run, without starting Python
    steps: int  # SQL statements and COMMITs
    commits: list[int]  # the step numbers of the COMMITs


@dataclass(frozen=True)
class Outcome:
    scenario: str
    mode: str  # "cli" / "timer": SIGKILL from outside after t seconds; "step": at the N-th SQL step
    point: float
    killed: bool  # False when the command had finished before the kill came
    state: str  # "before", "after", or "unchanged" (a plan the command only reads)
    output: str  # "absent", "whole" or "-"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    env.setdefault("CQ2C_USER", "crash-test")
    return env


class Zygote:
    """One crash_zygote.py process: runs commands in forked children and kills them on request."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(ZYGOTE)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=_env(),
            cwd=ROOT,
        )

    def run(self, argv: list[str], cwd: Path, *, kill_at: int = 0, kill_after: float | None = None) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        job = {"argv": argv, "cwd": str(cwd), "kill_at": kill_at, "kill_after": kill_after}
        self.process.stdin.write(json.dumps(job) + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        assert answer, "the crash zygote died"
        result: dict[str, Any] = json.loads(answer)
        return result

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=30)


def prepare(scenario: Scenario, work: Path) -> Path:
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    for name, source in scenario.files.items():
        shutil.copyfile(source, work / name)
    return work


def reference(scenario: Scenario, work: Path, zygote: Zygote) -> Reference:
    """Run the command to the end once: the state after, its duration, its SQL steps and commits."""
    prepare(scenario, work)
    plan = work / scenario.plan
    before = fingerprint(plan) if plan.exists() else None
    done = zygote.run(scenario.argv(work), work)
    assert done["code"] == 0, f"{scenario.name}: the reference run failed ({done})"
    output = work / scenario.output if scenario.output else None
    output_after = fingerprint(output) if output is not None and scenario.output_kind == "plan" else None
    return Reference(
        before,
        fingerprint(plan),
        output_after,
        float(done["seconds"]),
        int(done["steps"]),
        [int(c) for c in done["commits"]],
    )


def cli_startup_seconds() -> float:
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "cq2c_desktop.cli", "--version"], check=True, capture_output=True, env=_env(), timeout=60
    )
    return time.monotonic() - started


def kill_cli(scenario: Scenario, work: Path, after_seconds: float) -> bool:
    """The real `python -m cq2c_desktop.cli …`, killed with SIGKILL from outside; True if it was running."""
    process = subprocess.Popen(
        [sys.executable, "-m", "cq2c_desktop.cli", *scenario.argv(work)],
        cwd=work,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=_env(),
    )
    time.sleep(after_seconds)
    running = process.poll() is None
    if running:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    return running and process.returncode == -signal.SIGKILL


def _judge_output(scenario: Scenario, work: Path, ref: Reference) -> str:
    if scenario.output is None:
        return "-"
    path = work / scenario.output
    if not path.exists():
        return "absent"
    if scenario.output_kind == "xlsx":
        with zipfile.ZipFile(path) as workbook:
            assert workbook.testzip() is None, f"{scenario.name}: damaged workbook"
            assert "xl/workbook.xml" in workbook.namelist()
        return "whole"
    assert integrity(path) == "ok", f"{scenario.name}: output fails integrity_check"
    assert fingerprint(path) == ref.output_after, f"{scenario.name}: output is a partial copy"
    return "whole"


def judge(scenario: Scenario, work: Path, ref: Reference, mode: str, point: float, killed: bool) -> Outcome:
    """Integrity, opening, and the state: before or after, nothing in between (AssertionError if not)."""
    plan = work / scenario.plan
    if ref.before is None and not plan.exists():
        state = "before"
    else:
        verdict = integrity(plan)
        assert verdict == "ok", f"{scenario.name} {mode}@{point}: integrity_check says {verdict}"
        found = fingerprint(plan)
        if found == ref.after == ref.before:
            state = "unchanged"  # a command that only reads this plan (copy's source)
        elif found == ref.after:
            state = "after"
        else:
            assert ref.before is not None and found == ref.before, (
                f"{scenario.name} {mode}@{point}: neither before nor after: "
                f"{differences(found, ref.after if ref.before is None else ref.before)}"
            )
            state = "before"
        open_plan(plan).close()  # and the program itself opens it
    return Outcome(scenario.name, mode, point, killed, state, _judge_output(scenario, work, ref))


def spread(rng: random.Random, low: float, high: float, count: int) -> list[float]:
    """`count` random points, one in each equal slice of [low, high], so a small sample still covers it."""
    width = (high - low) / max(count, 1)
    return [low + width * (i + rng.random()) for i in range(count)]
