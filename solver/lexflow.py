"""Exact lexicographic min-cost flow with OR-Tools' integer min-cost flow.

The levels are solved in phases. A phase may combine consecutive levels into one cost, with
weights where each level dominates the whole possible spread of all lower levels, as long as the
combined cost fits `limit` (OR-Tools' cost scaling needs roughly max|cost| x (nodes + 1) to fit
int64). Each later phase runs on the optimal face of the phases before it (`solver.potentials`):
arcs that no optimal flow uses are dropped and arcs that every optimal flow saturates are fixed.
`limit=0` gives one phase per level, which the solver uses by default because OR-Tools works
much harder on the combined weights of national instances; levels marked `joined` (the wish score
and the moves kept: small costs on a few arcs) still share one phase. A level whose costs are all
zero (no wishes, no `previous`) has the same total for every flow: it joins the phase before it
at no cost and no weight, so an instance without them is solved exactly as before, in the same
phases.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from solver.geo import IntArray
from solver.mcf import min_cost_flow_int
from solver.potentials import reduced_costs, residual_potentials

COST_LIMIT = 2**62


@dataclass(frozen=True)
class FlowProblem:
    num_nodes: int
    supply: IntArray
    tail: IntArray
    head: IntArray
    cap: IntArray
    costs: IntArray  # (levels, arcs): level 0 is the most important; all minimised
    ranges: Sequence[int]  # bound on the spread of each level's total over all feasible flows
    # Levels that always join the phase above them when the combined cost fits `COST_LIMIT`: small
    # levels on the same few arcs, cheaper in one phase than in two.
    joined: frozenset[int] = frozenset()


@dataclass(frozen=True)
class LexOutcome:
    flow: IntArray
    proven_levels: int  # the leading levels proven optimal (all of them: OPTIMAL)
    phases: list[list[int]]


def plan_phases(problem: FlowProblem, limit: int = COST_LIMIT) -> list[list[int]]:
    """Consecutive levels grouped greedily from the top while their combined cost fits `limit`
    (a level in `problem.joined` while it fits `COST_LIMIT`)."""
    phases: list[list[int]] = []
    current: list[int] = []
    for level in range(problem.costs.shape[0]):
        bound = max(limit, COST_LIMIT) if level in problem.joined else limit
        if current and problem.costs[level].any() and not _fits(problem, [*current, level], bound):
            phases.append(current)
            current = []
        current.append(level)
    phases.append(current)
    return phases


def _weights(problem: FlowProblem, levels: Sequence[int]) -> list[int]:
    """W_last = 1 and W_l = 1 + sum of W_m x spread_m below it, so one unit of level l outweighs
    any change in all the lower levels together (a level with no cost has no spread). Python
    integers: no overflow while choosing."""
    weights = [0] * len(levels)
    below = 0
    for pos in range(len(levels) - 1, -1, -1):
        weights[pos] = 1 + below
        if problem.costs[levels[pos]].any():
            below += weights[pos] * problem.ranges[levels[pos]]
    return weights


def _fits(problem: FlowProblem, levels: Sequence[int], limit: int) -> bool:
    weights = _weights(problem, levels)
    biggest = sum(w * int(np.abs(problem.costs[lv]).max(initial=0)) for w, lv in zip(weights, levels, strict=True))
    return biggest * (problem.num_nodes + 1) <= limit


def _combined(problem: FlowProblem, levels: Sequence[int], arcs: IntArray) -> IntArray:
    weights = _weights(problem, levels)
    total = np.zeros(len(arcs), dtype=np.int64)
    for weight, level in zip(weights, levels, strict=True):
        if problem.costs[level].any():  # a level with no cost adds nothing (and its weight is unchecked)
            total += weight * problem.costs[level, arcs]
    # Dividing every cost by their common divisor changes no optimum, and cost scaling then has
    # fewer rounds to make (match scores are multiples of 10: 15 % off that phase nationally).
    divisor = int(np.gcd.reduce(total)) if len(total) else 0
    if divisor > 1:
        total //= divisor
    return total


def solve_lexicographic(
    problem: FlowProblem, *, limit: int = COST_LIMIT, keep_going: Callable[[int], bool] = lambda done: True
) -> LexOutcome:
    """Solve phase by phase; `keep_going(levels_done)` is asked between phases and may stop early
    (the flow returned is then optimal for the first `proven_levels` levels only)."""
    phases = plan_phases(problem, limit)
    active = np.arange(len(problem.tail), dtype=np.int64)
    fixed = np.zeros(len(problem.tail), dtype=np.int64)
    supply = problem.supply.copy()
    done = 0
    for index, levels in enumerate(phases):
        cost = _combined(problem, levels, active)
        t, h, c = problem.tail[active], problem.head[active], problem.cap[active]
        flow = min_cost_flow_int(problem.num_nodes, supply, t, h, c, cost)
        done += len(levels)
        if index == len(phases) - 1 or not keep_going(done):
            break
        pi = residual_potentials(problem.num_nodes, t, h, c, cost, flow)
        active, supply = _restrict(active, supply, fixed, t, h, c, reduced_costs(t, h, cost, pi))
    final = fixed.copy()
    final[active] += flow
    return LexOutcome(final, done, phases)


def _restrict(
    active: IntArray, supply: IntArray, fixed: IntArray, t: IntArray, h: IntArray, c: IntArray, rc: IntArray
) -> tuple[IntArray, IntArray]:
    """The optimal face of this phase: fix saturated arcs (negative reduced cost), drop unused ones."""
    saturate = rc < 0
    fixed[active[saturate]] = c[saturate]
    supply = supply.copy()
    np.subtract.at(supply, t[saturate], c[saturate])
    np.add.at(supply, h[saturate], c[saturate])
    return active[rc == 0], supply
