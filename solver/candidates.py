"""Candidate arcs from groups of people to the arrival nodes they may reach, vectorised.

An arc (group, arrival (d, k)) exists when the group's specialty is k, the arrival is open
(d is in `destination_regions`), d is not the group's blocked own unit, the distance from the
group's home to d is within `max_km`, and no member of a singleton group is forbidden to go to d.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from solver.geo import BoolArray, DistanceTable, FloatArray, IntArray
from solver.groups import Group, Receivers

# Rows of the (group x arrival) distance block processed at once, to bound memory.
CHUNK_ROWS = 2048


@dataclass(frozen=True, slots=True)
class ArrivalArcs:
    group: IntArray
    arrival: IntArray
    km: FloatArray
    # Levels 4 and 5 of a move along the arc: only bonus arcs (solver.bonus) score anything.
    wish: IntArray | None = None  # 3, 2, 1 for the members' first, second, third wish; else 0
    kept: IntArray | None = None  # 1 where the arc's unit is the members' move in `previous`

    def scores(self) -> tuple[IntArray, IntArray]:
        """(wish, kept) per arc, zeros where the arcs score nothing."""
        zero = np.zeros(len(self.group), dtype=np.int64)
        return (zero if self.wish is None else self.wish), (zero if self.kept is None else self.kept)


def arrival_arcs(groups: Sequence[Group], recv: Receivers, table: DistanceTable, max_km: float | None) -> ArrivalArcs:
    home = np.array([g.home for g in groups], dtype=np.int64)
    spec = np.array([g.spec for g in groups], dtype=np.int64)
    blocked = np.array([g.blocked for g in groups], dtype=np.int64)
    arr_unit = np.array([a[0] for a in recv.arrivals], dtype=np.int64)
    arr_spec = np.array([a[1] for a in recv.arrivals], dtype=np.int64)
    is_open = np.array(recv.open_arrival, dtype=bool)
    # One distance matrix from every home to every receiving unit, shared by all specialties.
    homes, home_row = np.unique(home, return_inverse=True)
    dests, dest_col = np.unique(arr_unit, return_inverse=True)
    dist = table.matrix(homes, dests) if len(homes) and len(dests) else np.zeros((len(homes), len(dests)))
    parts: list[tuple[IntArray, IntArray, FloatArray]] = []
    for k in np.unique(spec):
        rows = np.flatnonzero(spec == k)
        cols = np.flatnonzero((arr_spec == k) & is_open)
        if len(rows) and len(cols):
            parts.extend(_block(rows, cols, home_row, blocked, arr_unit, dist[:, dest_col[cols]], max_km))
    if not parts:
        empty = np.zeros(0, dtype=np.int64)
        return ArrivalArcs(empty, empty.copy(), np.zeros(0, dtype=np.float64))
    g = np.concatenate([p[0] for p in parts])
    a = np.concatenate([p[1] for p in parts])
    km = np.concatenate([p[2] for p in parts])
    keep = _not_forbidden(groups, g, arr_unit[a])
    return ArrivalArcs(g[keep], a[keep], km[keep])


def _block(
    rows: IntArray,
    cols: IntArray,
    home_row: IntArray,
    blocked: IntArray,
    arr_unit: IntArray,
    dist: FloatArray,
    max_km: float | None,
) -> list[tuple[IntArray, IntArray, FloatArray]]:
    """Arcs between the groups `rows` and the arrivals `cols` of one specialty; `dist` holds the
    distances from every home (by `home_row`) to the units of `cols`."""
    out = []
    for start in range(0, len(rows), CHUNK_ROWS):
        chunk = slice(start, start + CHUNK_ROWS)
        km = dist[home_row[rows[chunk]]]
        ok = arr_unit[cols][None, :] != blocked[rows[chunk]][:, None]
        if max_km is not None:
            ok &= km <= max_km
        ii, jj = np.nonzero(ok)
        out.append((rows[chunk][ii], cols[jj], km[ii, jj]))
    return out


def _not_forbidden(groups: Sequence[Group], g: IntArray, dest_unit: IntArray) -> BoolArray:
    """Mask of arcs that no `forbidden` entry rules out (only singleton groups carry entries)."""
    keys = [(i, u) for i, grp in enumerate(groups) for u in grp.forbidden]
    if not keys:
        return np.ones(len(g), dtype=bool)
    width = int(max(int(dest_unit.max(initial=0)), max(u for _, u in keys))) + 1
    banned = np.array([i * width + u for i, u in keys], dtype=np.int64)
    mask: BoolArray = ~np.isin(g * width + dest_unit, banned)
    return mask
