"""build/installer/summary.json: what a build did, step by step, with each step's result and time.

It is rewritten after every step, so a build that stops halfway still says where and why.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class Step:
    name: str
    ok: bool = False
    seconds: float = 0.0
    detail: str = ""


@dataclass
class Summary:
    target: str
    version: str
    host: str
    ok: bool = False
    total_seconds: float = 0.0
    steps: list[Step] = field(default_factory=list)
    bundle: str = ""
    bundle_bytes: int = 0
    bundle_files: int = 0
    installer: str = ""
    installer_bytes: int = 0
    installer_arch: str = ""
    pyinstaller_seconds: float = 0.0
    selftest_seconds: float = 0.0
    selftest: str = ""
    makensis_seconds: float = 0.0
    installed_selftest: str = ""
    installed_selftest_seconds: float = 0.0
    # The Windows build under Wine: what it ran on, and the pins that make it differ from a build on Windows.
    wine: str = ""
    windows_python: str = ""
    constraints: list[str] = field(default_factory=list)
    packages: dict[str, str] = field(default_factory=dict)


class Recorder:
    def __init__(self, summary: Summary, out: Path) -> None:
        self.summary = summary
        self.out = out
        self.started = time.perf_counter()

    @contextlib.contextmanager
    def step(self, name: str) -> Iterator[Step]:
        """Time a step; a failure is recorded with its reason and raised on."""
        step = Step(name)
        self.summary.steps.append(step)
        print(f"\n== {name}", flush=True)
        started = time.perf_counter()
        try:
            yield step
            step.ok = True
        except BaseException as error:
            step.detail = "; ".join(part for part in (step.detail, _reason(error)) if part)
            raise
        finally:
            step.seconds = round(time.perf_counter() - started, 1)
            state = "ok" if step.ok else "FAILED"
            print(f"== {name}: {state} in {step.seconds:.0f} s{': ' + step.detail if step.detail else ''}", flush=True)
            self.write()

    def finish(self) -> None:
        self.summary.ok = all(step.ok for step in self.summary.steps)
        self.write()

    def write(self) -> None:
        self.summary.total_seconds = round(time.perf_counter() - self.started, 1)
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.out.write_text(json.dumps(asdict(self.summary), indent=2, ensure_ascii=False), encoding="utf-8")

    @property
    def steps(self) -> list[Step]:
        return self.summary.steps

    def table(self) -> str:
        rows = [f"{s.name:<20} {'ok' if s.ok else 'FAILED':<7} {s.seconds:>7.1f} s  {s.detail}" for s in self.steps]
        return "\n".join([*rows, f"{'total':<20} {'':<7} {self.summary.total_seconds:>7.1f} s"])


def _reason(error: BaseException) -> str:
    if isinstance(error, SystemExit):
        return str(error.code).splitlines()[0] if error.code else "stopped"
    if isinstance(error, subprocess.CalledProcessError):
        return f"{' '.join(map(str, error.cmd))[:200]} exited with {error.returncode}"
    if isinstance(error, KeyboardInterrupt):
        return "interrupted"
    return f"{type(error).__name__}: {error}"
