"""The lexicographic flow engine on random networks: one phase per level (optimal faces from
potentials) reaches the same objective vector as one combined phase."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from solver.lexflow import FlowProblem, plan_phases, solve_lexicographic
from solver.mcf import min_cost_flow_int
from solver.potentials import reduced_costs, residual_potentials


def _random_problem(seed: int) -> FlowProblem:
    """A bipartite transportation network with a free bypass, four small integer cost levels."""
    rng = np.random.default_rng(seed)
    n_left, n_right = int(rng.integers(2, 7)), int(rng.integers(2, 7))
    left, right = 2 + np.arange(n_left), 2 + n_left + np.arange(n_right)
    pairs = [(a, b) for a in left for b in right if rng.random() < 0.6]
    tail = np.array([0] * n_left + [a for a, _ in pairs] + [*list(right), 0], dtype=np.int64)
    head = np.array([*list(left), *[b for _, b in pairs], *[1] * n_right, 1], dtype=np.int64)
    supply_cap = rng.integers(0, 4, n_left)
    cap = np.concatenate(
        [supply_cap, rng.integers(1, 4, len(pairs)), rng.integers(0, 4, n_right), [supply_cap.sum()]]
    ).astype(np.int64)
    costs = np.zeros((4, len(tail)), dtype=np.int64)
    middle = slice(n_left, n_left + len(pairs))
    for level, (lo, hi) in enumerate([(-3, 0), (-100, 0), (-1, 0), (0, 500)]):
        costs[level, middle] = rng.integers(lo, hi + 1, len(pairs))
    supply = np.zeros(2 + n_left + n_right, dtype=np.int64)
    supply[0], supply[1] = supply_cap.sum(), -supply_cap.sum()
    moves = int(supply_cap.sum())
    return FlowProblem(len(supply), supply, tail, head, cap, costs, (3 * moves, 100 * moves, moves, 500 * moves))


def _objective(problem: FlowProblem, flow: np.ndarray) -> list[int]:
    return [int((problem.costs[level] * flow).sum()) for level in range(4)]


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 2**31))
def test_phases_agree(seed: int) -> None:
    problem = _random_problem(seed)
    assert len(plan_phases(problem)) == 1
    if all(problem.costs[level].any() for level in range(4)):  # a level with no cost joins the one above
        assert len(plan_phases(problem, limit=0)) == 4
    whole = solve_lexicographic(problem)
    split = solve_lexicographic(problem, limit=0)
    assert whole.proven_levels == split.proven_levels == 4
    assert _objective(problem, whole.flow) == _objective(problem, split.flow)


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 2**31))
def test_potentials_certify_optimal_flows(seed: int) -> None:
    p = _random_problem(seed)
    cost = p.costs[3] + 1000 * p.costs[0]
    flow = min_cost_flow_int(p.num_nodes, p.supply, p.tail, p.head, p.cap, cost)
    rc = reduced_costs(p.tail, p.head, cost, residual_potentials(p.num_nodes, p.tail, p.head, p.cap, cost, flow))
    assert np.all(rc[flow < p.cap] >= 0)
    assert np.all(rc[flow > 0] <= 0)


def test_stopping_between_phases_keeps_the_upper_levels() -> None:
    problem = _random_problem(7)
    stopped = solve_lexicographic(problem, limit=0, keep_going=lambda done: done < 2)
    assert stopped.proven_levels == 2
    whole = solve_lexicographic(problem)
    assert _objective(problem, stopped.flow)[:2] == _objective(problem, whole.flow)[:2]
