"""Why posts stay unfilled: the binding reason for each (unit, specialty) still short."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

from solver.candindex import CandidateIndex
from solver.counts import Counts, match_table
from solver.facts import GroupStatus
from solver.geo import DistanceTable
from solver.model import Instance
from solver.network import Network
from solver.plan import Move

REGION = "region"  # the unit is outside policy.destination_regions
NO_HOLDER = "no_holder"  # no movable surplus holder of a matching specialty anywhere
OUT_OF_RANGE = "out_of_range"  # holders exist, none within max_km
FORBIDDEN = "forbidden"  # holders within range are all ruled out by `forbidden`
CAPPED = "max_out"  # holders within range are ruled out or in units that may send nobody more (max_out)
TAKEN = "taken"  # every feasible candidate moved elsewhere or their unit's surplus was used up
NOT_REACHED = "not_reached"  # free candidates remain: the solution stopped before optimality


@dataclass(frozen=True, slots=True)
class UnfilledFacts:
    unit: str
    specialty: str
    count: int
    reason: str
    candidates: int = 0
    higher: int = 0  # candidates moved to posts of higher priority
    equal: int = 0  # ... of equal priority elsewhere
    lower: int = 0  # ... of lower priority (only in plans that are not optimal)
    here: int = 0  # ... to posts of this same pair
    blocked: int = 0
    free: int = 0
    holders: int = 0
    nearest_km: float | None = None
    capped: int = 0  # candidates (or holders in range) whose unit reached its max_out
    in_range: int = 0  # holders within max_km (when none is a candidate)


class UnfilledAnalysis:
    def __init__(
        self,
        instance: Instance,
        counts: Counts,
        net: Network,
        index: CandidateIndex,
        status: GroupStatus,
        table: DistanceTable,
        moves: list[Move],
    ) -> None:
        self.instance, self.counts, self.net, self.index = instance, counts, net, index
        self.status, self.table = status, table
        self.unit_of = {u.id: i for i, u in enumerate(instance.units)}
        self.spec_of = {s.id: i for i, s in enumerate(instance.specialties)}
        self.priority_of = {u.id: u.priority for u in instance.units}
        self.here = Counter((m.to_unit, m.post_specialty) for m in moves if not m.locked)
        self._by_priority = self._moved_by_priority(moves)
        self._holders: dict[str, list[tuple[str, str, str, bool]]] | None = None
        self._sizes = np.array([g.size for g in net.groups], dtype=np.int64)

    def _moved_by_priority(self, moves: list[Move]) -> dict[int, np.ndarray]:
        """For each destination priority, how many members of each group moved to it."""
        net = self.net
        group_of = {
            staff: net.main_group_of(g) for g, grp in enumerate(net.groups) for _, ids in grp.members for staff in ids
        }
        table: dict[int, np.ndarray] = defaultdict(lambda: np.zeros(len(self.net.groups), dtype=np.int64))
        for m in moves:
            if not m.locked:
                table[self.priority_of[m.to_unit]][group_of[m.staff]] += 1
        return dict(table)

    def facts(self, unit: str, spec: str, count: int) -> UnfilledFacts:
        if not self.instance.policy.allows_region(self.instance.units[self.unit_of[unit]].region):
            return UnfilledFacts(unit, spec, count, REGION)
        pair = self.index.pair_of.get((self.unit_of[unit], self.spec_of[spec]))
        groups = self._candidate_groups(pair)
        if len(groups) == 0:
            return self._no_candidate(unit, spec, count)
        prio = self.priority_of[unit]
        moved = {p: int(v[groups].sum()) for p, v in self._by_priority.items()}
        here = self.here[unit, spec]
        free = int(self.status.free[groups].sum())
        return UnfilledFacts(
            unit,
            spec,
            count,
            NOT_REACHED if free else TAKEN,
            candidates=int(self._sizes[groups].sum()),
            higher=sum(n for p, n in moved.items() if p > prio),
            equal=moved.get(prio, 0) - here,
            lower=sum(n for p, n in moved.items() if p < prio),
            here=here,
            blocked=int(self.status.blocked[groups].sum()),
            free=free,
            capped=int(self.status.capped[groups].sum()),
        )

    def _candidate_groups(self, pair: int | None) -> np.ndarray:
        if pair is None:
            return np.zeros(0, dtype=np.int64)
        arcs = [self.index.arcs_of(a) for a, _ in self.index.feeds[pair]]
        if not arcs:
            return np.zeros(0, dtype=np.int64)
        return np.unique(self.net.arrivals.group[np.concatenate(arcs)])

    def _no_candidate(self, unit: str, spec: str, count: int) -> UnfilledFacts:
        """No feasible candidate: tell apart no holder anywhere, none in range, all forbidden or
        in units whose `max_out` the locks already use up."""
        holders = [
            (home, capped)
            for k in match_table(self.instance)[spec]
            for _, from_unit, home, capped in self._holder_list().get(k, [])
            if from_unit != unit
        ]
        if not holders:
            return UnfilledFacts(unit, spec, count, NO_HOLDER)
        homes = np.array([self.table.index[h] for h, _ in holders], dtype=np.int64)
        distinct, row = np.unique(homes, return_inverse=True)
        km = self.table.matrix(distinct, np.array([self.unit_of[unit]], dtype=np.int64))[row.ravel(), 0]
        nearest = float(km.min())
        limit = self.instance.policy.max_km
        in_range = np.ones(len(km), dtype=bool) if limit is None else km <= limit
        capped = int(sum(1 for (_, c), ok in zip(holders, in_range.tolist(), strict=True) if c and ok))
        reason = OUT_OF_RANGE if not in_range.any() else CAPPED if capped else FORBIDDEN
        return UnfilledFacts(
            unit,
            spec,
            count,
            reason,
            holders=len(holders),
            nearest_km=nearest,
            capped=capped,
            in_range=int(in_range.sum()),
        )

    def _holder_list(self) -> dict[str, list[tuple[str, str, str, bool]]]:
        """Movable, unlocked people of (unit, specialty) pairs with surplus left after locks, and
        whether their unit's `max_out` is already used up by locks."""
        if self._holders is None:
            locked = {lk.staff for lk in self.instance.locks}
            out = Counter((p.unit, p.specialty) for p in self.instance.staff if p.id in locked)
            out_of_unit = Counter(p.unit for p in self.instance.staff if p.id in locked)
            cap = {u.id: u.max_out for u in self.instance.units if u.max_out is not None}
            holders: dict[str, list[tuple[str, str, str, bool]]] = defaultdict(list)
            for p in self.instance.staff:
                pair = (p.unit, p.specialty)
                if p.movable and p.id not in locked and self.counts.surplus.get(pair, 0) > out[pair]:
                    full = p.unit in cap and out_of_unit[p.unit] >= cap[p.unit]
                    holders[p.specialty].append((p.id, p.unit, p.home_unit, full))
            self._holders = dict(holders)
        return self._holders
