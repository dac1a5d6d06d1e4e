"""Node potentials that certify an optimal flow, and the optimal face they define.

For an optimal flow, shortest-path distances in the residual graph (from a virtual root joined
to every node at cost 0) are potentials pi with reduced cost c(a) + pi(tail) - pi(head) >= 0 on
every residual arc. By complementary slackness every optimal flow then has flow 0 on arcs of
positive reduced cost and full flow on arcs of negative reduced cost; arcs of reduced cost 0 are
free. Costs are integers, so the face is exact: nothing is lost to rounding.
"""

from __future__ import annotations

import numpy as np

from solver.geo import IntArray


class NotOptimalError(RuntimeError):
    """The residual graph has a negative cycle: the flow was not optimal."""


def residual_potentials(
    num_nodes: int, tail: IntArray, head: IntArray, cap: IntArray, cost: IntArray, flow: IntArray
) -> IntArray:
    """Bellman–Ford over the residual graph, vectorised; only nodes whose distance fell in the
    previous round relax their arcs again, so late rounds touch few arcs."""
    fwd, bwd = flow < cap, flow > 0
    r_tail = np.concatenate([tail[fwd], head[bwd]])
    r_head = np.concatenate([head[fwd], tail[bwd]])
    r_cost = np.concatenate([cost[fwd], -cost[bwd]])
    order = np.argsort(r_tail, kind="stable")
    r_tail, r_head, r_cost = r_tail[order], r_head[order], r_cost[order]
    start = np.searchsorted(r_tail, np.arange(num_nodes + 1))
    dist = np.zeros(num_nodes, dtype=np.int64)
    active = np.unique(r_tail)
    for _ in range(num_nodes + 1):
        if len(active) == 0:
            return dist
        arcs = _arcs_of(active, start)
        cand = dist[r_tail[arcs]] + r_cost[arcs]
        heads = r_head[arcs]
        better = cand < dist[heads]
        if not better.any():
            return dist
        heads, cand = heads[better], cand[better]
        np.minimum.at(dist, heads, cand)
        active = np.unique(heads)
    raise NotOptimalError("negative cycle in the residual graph")


def _arcs_of(nodes: IntArray, start: IntArray) -> IntArray:
    """Indices of the (tail-sorted) arcs leaving `nodes`."""
    lo, hi = start[nodes], start[nodes + 1]
    lengths = hi - lo
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(lo - np.cumsum(lengths) + lengths, lengths)
    result: IntArray = offsets + np.arange(total, dtype=np.int64)
    return result


def reduced_costs(tail: IntArray, head: IntArray, cost: IntArray, pi: IntArray) -> IntArray:
    result: IntArray = cost + pi[tail] - pi[head]
    return result
