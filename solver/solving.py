"""The public entry points: solve an instance to its exact lexicographic optimum, or run greedy.

Long work reports `progress(done, total, message)` and polls `should_stop()` between stages
(reading, building the network, each optimisation phase, explaining). Cancelling raises
`Cancelled`: the caller asked for nothing, so nothing is returned. The time limit is checked at
the same points; a stage that has started (one min-cost-flow solve: a few hundredths of a second
for a province, 2-3 s nationally) is not interrupted, and OR-Tools holds the GIL meanwhile. When
time runs out the best plan found is returned with status FEASIBLE: the optimum of the levels
proven so far (`proven_levels`), or the greedy plan if no optimisation phase has run.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from solver.cancel import Cancelled as Cancelled  # raised here, defined apart (see cancel.py)
from solver.context import Context, prepare
from solver.counts import count
from solver.decode import decode_moves
from solver.greedy_plan import greedy_plan
from solver.lexflow import COST_LIMIT, plan_phases, solve_lexicographic
from solver.mcf import FlowInfeasibleError
from solver.model import Instance, InstanceError
from solver.network import LEVELS, flow_problem
from solver.parse import parse_instance
from solver.plan import Plan
from solver.report import FEASIBLE, OPTIMAL, Result, build_result, invalid_result

ProgressFn = Callable[[int, int, str], None]
StopFn = Callable[[], bool]


class _Clock:
    """Progress, cancellation and the deadline, checked at stage boundaries."""

    def __init__(self, time_limit: float | None, progress: ProgressFn | None, should_stop: StopFn | None) -> None:
        self.start = time.perf_counter()
        self.deadline = None if time_limit is None else self.start + max(0.0, time_limit)
        self.progress, self.should_stop = progress, should_stop
        self.done, self.total = 0, 4

    def step(self, message: str) -> None:
        if self.should_stop is not None and self.should_stop():
            raise Cancelled("the solve was cancelled")
        if self.progress is not None:
            self.progress(self.done, self.total, message)
        self.done += 1

    def expired(self) -> bool:
        return self.deadline is not None and time.perf_counter() >= self.deadline

    def seconds(self) -> float:
        return time.perf_counter() - self.start


def _read(source: Instance | Mapping[str, Any], clock: _Clock) -> tuple[Context | None, Result | None]:
    instance: Instance | None = None
    try:
        clock.step("Đọc và kiểm tra dữ liệu / Reading and checking the data")
        instance = source if isinstance(source, Instance) else parse_instance(source)
        clock.step("Lập mạng ứng viên / Building the candidate network")
        return prepare(instance), None
    except InstanceError as exc:
        counts = count(instance) if instance is not None else None
        return None, invalid_result(exc.errors, clock.seconds(), counts)


def solve(
    instance: Instance | Mapping[str, Any],
    *,
    time_limit: float | None = None,
    progress: ProgressFn | None = None,
    should_stop: StopFn | None = None,
    combine_levels: bool = False,
) -> Result:
    """The exact lexicographic optimum of INSTANCE.md, explained.

    `instance` is a parsed `Instance` or the JSON document as a dict; a document that breaks the
    format or locks that cannot hold give status INVALID with `errors`, never an exception.
    By default each level of the objective is its own min-cost-flow phase, on the optimal face
    of the levels above; `combine_levels` merges consecutive levels into one weighted cost while
    it fits int64 (exact either way; on national instances OR-Tools' cost scaling measured ~16 s
    combined against ~10 s level by level, on provinces both take a few hundredths of a second).
    Raises `Cancelled` when `should_stop()` turns true.
    """
    clock = _Clock(time_limit, progress, should_stop)
    ctx, invalid = _read(instance, clock)
    if ctx is None:
        assert invalid is not None
        return invalid
    problem = flow_problem(ctx.net)
    cost_limit = COST_LIMIT if combine_levels else 0
    phases = plan_phases(problem, cost_limit)
    clock.total = 3 + len(phases)
    if clock.expired():
        return _finish(ctx, greedy_plan(ctx), clock)

    def keep_going(levels_done: int) -> bool:
        clock.step(f"Đã tối ưu {levels_done}/{LEVELS} mức mục tiêu / {levels_done} of {LEVELS} levels optimal")
        return not clock.expired()

    clock.step("Tối ưu hóa / Optimising")
    try:
        outcome = solve_lexicographic(problem, limit=cost_limit, keep_going=keep_going)
    except FlowInfeasibleError:
        return invalid_result(
            ["locks: the locks cannot all hold together (no plan keeps every lock and rules 1-3)"],
            clock.seconds(),
            ctx.counts,
        )
    moves = decode_moves(ctx.instance, ctx.net, outcome.flow, ctx.table)
    plan = Plan(tuple(moves), outcome.proven_levels == LEVELS, outcome.proven_levels)
    return _finish(ctx, plan, clock)


def _finish(ctx: Context, plan: Plan, clock: _Clock) -> Result:
    clock.step("Giải thích kết quả / Explaining the plan")
    result = build_result(ctx, plan, OPTIMAL if plan.optimal else FEASIBLE, 0.0)
    if clock.progress is not None:
        clock.progress(clock.total, clock.total, "Xong / Done")
    return replace(result, seconds=clock.seconds())


def greedy(instance: Instance | Mapping[str, Any]) -> Result:
    """The officer's baseline plan (status FEASIBLE), explained like the optimum."""
    clock = _Clock(None, None, None)
    ctx, invalid = _read(instance, clock)
    if ctx is None:
        assert invalid is not None
        return invalid
    return _finish(ctx, greedy_plan(ctx), clock)


def solve_json(doc: Mapping[str, Any], **options: Any) -> dict[str, Any]:
    """`solve` from and to plain JSON values (`cq2c-instance/1` in, `cq2c-result/1` out)."""
    return solve(doc, **options).to_dict()


def greedy_json(doc: Mapping[str, Any]) -> dict[str, Any]:
    return greedy(doc).to_dict()
