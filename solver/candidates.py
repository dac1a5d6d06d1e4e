"""Candidate arcs from groups of people to the arrival nodes they may reach, vectorised.

An arc (group, arrival (d, k)) exists when the group's specialty is k, the arrival is open
(d is in `destination_regions`), d is not the group's blocked own unit, the distance from the
group's home to d is within `max_km`, and no member of a singleton group is forbidden to go to d.
Each arc also carries what a move along it scores on levels 4 and 5: the group's wish score for d
and whether d is the group's destination in `previous`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from solver.geo import BoolArray, DistanceTable, FloatArray, IntArray
from solver.groups import NO_UNIT, Group, Receivers
from solver.model import wish_score

# Rows of the (group x arrival) distance block processed at once, to bound memory.
CHUNK_ROWS = 2048


@dataclass(frozen=True, slots=True)
class ArrivalArcs:
    group: IntArray
    arrival: IntArray
    km: FloatArray
    wish: IntArray  # level 4: 3, 2, 1 for the members' first, second, third wish; else 0
    kept: IntArray  # level 5: 1 where the arc's unit is the members' move in `previous`


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
        return ArrivalArcs(empty, empty.copy(), np.zeros(0, dtype=np.float64), empty.copy(), empty.copy())
    g = np.concatenate([p[0] for p in parts])
    a = np.concatenate([p[1] for p in parts])
    km = np.concatenate([p[2] for p in parts])
    keep = _not_forbidden(groups, g, arr_unit[a])
    g, a, km = g[keep], a[keep], km[keep]
    wish, kept = _bonuses(groups, g, arr_unit[a])
    return ArrivalArcs(g, a, km, wish, kept)


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


def _bonuses(groups: Sequence[Group], g: IntArray, dest_unit: IntArray) -> tuple[IntArray, IntArray]:
    """Per arc: the wish score and the kept flag of a move along it (only a few groups have any)."""
    named = [u for grp in groups for u in (*grp.wishes, grp.previous)]
    width = max(int(dest_unit.max(initial=0)), *named, 0) + 1
    wished = [(i * width + u, wish_score(rank)) for i, grp in enumerate(groups) for rank, u in enumerate(grp.wishes, 1)]
    kept_keys = [i * width + grp.previous for i, grp in enumerate(groups) if grp.previous != NO_UNIT]
    key = g * width + dest_unit
    return _lookup(key, wished), _lookup(key, [(k, 1) for k in kept_keys])


def _lookup(key: IntArray, table: list[tuple[int, int]]) -> IntArray:
    """The value of each key in `table` (distinct keys), 0 where absent."""
    out = np.zeros(len(key), dtype=np.int64)
    if not table or not len(key):
        return out
    keys = np.array([k for k, _ in table], dtype=np.int64)
    values = np.array([v for _, v in table], dtype=np.int64)
    order = np.argsort(keys)
    keys, values = keys[order], values[order]
    pos = np.minimum(np.searchsorted(keys, key), len(keys) - 1)
    hit = keys[pos] == key
    out[hit] = values[pos[hit]]
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
