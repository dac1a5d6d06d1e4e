"""The feasible candidates of every post pair, nearest first, read off the network's arcs.

A post pair (d, k') is fed by the arrival nodes (d, k) of the specialties k that match k'; the
candidates of an arrival are the groups with an arc into it. Arcs are kept sorted by
(arrival, distance) so that "how many candidates are nearer than x" is a binary search.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from solver.geo import IntArray
from solver.network import DISTANCE, Network


@dataclass(frozen=True)
class CandidateIndex:
    order: IntArray  # arrival-arc indices sorted by (arrival, distance)
    key: IntArray  # arrival * span + distance units, in that order
    span: int
    start: IntArray  # per arrival, its first position in `order` (one extra entry at the end)
    feeds: tuple[tuple[tuple[int, int], ...], ...]  # per pair: (arrival, round(100 x match))
    pair_of: dict[tuple[int, int], int]  # (unit index, specialty index) -> pair index
    km_units: IntArray  # per arrival arc

    def arcs_of(self, arrival: int) -> IntArray:
        """Arrival-arc indices into `arrival`, nearest first."""
        result: IntArray = self.order[self.start[arrival] : self.start[arrival + 1]]
        return result

    def position(self, arrivals: IntArray, units: IntArray) -> IntArray:
        """Positions in `order` of the first arc of each arrival at distance >= units."""
        result: IntArray = np.searchsorted(self.key, arrivals * self.span + units, side="left")
        return result


def candidate_index(net: Network) -> CandidateIndex:
    km_units = net.costs[DISTANCE, net.kinds["arrival"]]
    span = int(km_units.max(initial=0)) + 1
    arrival = net.arrivals.arrival
    key = arrival * span + km_units
    order = np.argsort(key, kind="stable")
    start = np.searchsorted(arrival[order], np.arange(len(net.recv.arrivals) + 1), side="left")
    feeds: list[list[tuple[int, int]]] = [[] for _ in net.recv.pairs]
    for a, p, m in zip(net.post_arrival.tolist(), net.post_pair.tolist(), net.post_match.tolist(), strict=True):
        feeds[p].append((a, m))
    return CandidateIndex(
        order,
        key[order],
        span,
        start,
        tuple(tuple(f) for f in feeds),
        {pair: i for i, pair in enumerate(net.recv.pairs)},
        km_units,
    )
