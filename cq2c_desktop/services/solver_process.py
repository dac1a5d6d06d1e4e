"""Run the optimiser in a child process (see `child_process` for why).

OR-Tools keeps Python's global lock while a min-cost-flow phase runs (2–3 s each on a national
plan), which would freeze the desktop app's UI thread; a child process cannot.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cq2c_desktop.domain.job_protocol import ShouldStop
from cq2c_desktop.services.child_process import run_in_child

SolverProgress = Callable[[int, int, str], None]  # the optimiser words its steps itself


def _solve(
    doc: dict[str, Any], method: str, time_limit: float | None, *, progress: SolverProgress, should_stop: ShouldStop
) -> dict[str, Any]:
    from solver import greedy_json, solve_json  # OR-Tools loads in the child only

    if method == "greedy":
        return greedy_json(doc)
    return solve_json(doc, time_limit=time_limit, progress=progress, should_stop=should_stop)


def solve_in_child(
    doc: dict[str, Any],
    *,
    method: str = "optimal",
    time_limit: float | None = None,
    progress: SolverProgress | None = None,
    should_stop: ShouldStop | None = None,
) -> dict[str, Any]:
    """`solve_json`/`greedy_json` in a spawned process; raises `Cancelled` when `should_stop()` turns true."""
    return dict(
        run_in_child(_solve, doc, method, time_limit, progress=progress, should_stop=should_stop, name="cq2c-solver")
    )
