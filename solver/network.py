"""The flow network whose integral flows are exactly the plans that keep rules 1–5.

    S -> [unit cap u] -> source (u,k) -> group -> arrival (d,k) -> post pair (d,k') -> T,  plus S -> T
    source (u,k) -> bonus group -> its main group, and -> arrival (d,k) for the units its people named
    lock node (supply 1) -> arrival (d, k of the locked person)

Capacities: S->(u,k) the surplus left after locks (rule 2); for a unit with `max_out` that can
bind, S->cap(u) what is left of it after the locks and cap(u)->(u,k) the pair's surplus (rule 5);
(u,k)->group the group's people from u; group->arrival the group size; arrival->pair and pair->T
the pair's deficit. Each objective level sits on one arc kind, because every move crosses exactly
one arc of each kind: level 1 (-priority of d) on pair->T, level 2 (-round(100 match)) on
arrival->pair, level 3 (-volunteer) on source->group, level 6 (distance in 1/km_scale km) on
group->arrival, and levels 4 (-wish score) and 5 (-1 if in `previous`) with 6 on the few bonus
arcs (solver.bonus explains why this is exact). Locked moves always happen, so their terms are
constants and cost nothing here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from solver.bonus import BonusSplit, split_bonus
from solver.candidates import ArrivalArcs, arrival_arcs
from solver.counts import Counts, match_table
from solver.geo import BoolArray, DistanceTable, IntArray
from solver.groups import Group, Receivers, movable_groups, receivers, special_people
from solver.lexflow import FlowProblem
from solver.model import Instance

LEVELS = 6
PRIORITY, MATCH, VOLUNTEER, WISH, KEPT, DISTANCE = range(LEVELS)
# Finest distance resolution: 1 mm (km x 10^6); coarsened only if distances are absurdly large.
KM_SCALE = 1_000_000
SAFE_INT = 2**60


@dataclass(frozen=True, slots=True)
class LockArc:
    lock: int  # index in instance.locks
    staff: str
    arrival: int


@dataclass(frozen=True)
class Network:
    num_nodes: int
    supply: IntArray
    tail: IntArray
    head: IntArray
    cap: IntArray
    costs: IntArray  # shape (LEVELS, arcs)
    ranges: tuple[int, ...]  # bound on the spread of each level's total over all flows
    kinds: dict[str, slice]  # arc index range of each arc kind
    groups: list[Group]
    # Units whose `max_out` can bind (more free surplus than cap left), with the cap left after locks.
    capped: dict[int, int]
    recv: Receivers
    source_pairs: list[tuple[int, int]]
    join_group: IntArray  # per source->group arc: the group
    join_unit: IntArray  # per source->group arc: the unit people leave
    join_volunteer: IntArray  # per source->group arc: 1 for the group's volunteers from the unit, 0 the others
    arrivals: ArrivalArcs
    lock_arcs: list[LockArc]
    post_arrival: IntArray  # per arrival->pair arc
    post_pair: IntArray
    post_match: IntArray  # round(100 x match score)
    km_scale: int
    main_groups: int  # groups[:main_groups] have arrival arcs; the others are bonus groups
    bonus: ArrivalArcs  # bonus group -> arrival, with the wish score and kept flag
    parent: IntArray  # per bonus group, in order: its main group

    def main_group_of(self, group: int) -> int:
        return group if group < self.main_groups else int(self.parent[group - self.main_groups])


class _Builder:
    """Accumulates arcs by kind; node ids are assigned block by block."""

    def __init__(self) -> None:
        self.tails: list[IntArray] = []
        self.heads: list[IntArray] = []
        self.caps: list[IntArray] = []
        self.costs: list[IntArray] = []
        self.kinds: dict[str, slice] = {}
        self.count = 0

    def add(
        self, kind: str, tail: IntArray, head: IntArray, cap: IntArray, costs: dict[int, IntArray] | None = None
    ) -> None:
        n = len(tail)
        block = np.zeros((LEVELS, n), dtype=np.int64)
        for level, cost in (costs or {}).items():
            block[level] = cost
        self.tails.append(np.asarray(tail, dtype=np.int64))
        self.heads.append(np.asarray(head, dtype=np.int64))
        self.caps.append(np.asarray(cap, dtype=np.int64))
        self.costs.append(block)
        self.kinds[kind] = slice(self.count, self.count + n)
        self.count += n


def build_network(instance: Instance, counts: Counts, table: DistanceTable) -> Network:
    spec_ids = [s.id for s in instance.specialties]
    unit_ids = [u.id for u in instance.units]
    unit_index = {u: i for i, u in enumerate(unit_ids)}
    staff = {s.id: s for s in instance.staff}
    locked_to = {lock.staff: unit_index[lock.unit] for lock in instance.locks}
    locks_out = Counter((staff[s].unit, staff[s].specialty) for s in locked_to)
    cap_left = _cap_left(instance, Counter(staff[s].unit for s in locked_to))
    free = {
        pair: n - locks_out[pair]
        for pair, n in counts.surplus.items()
        if n > locks_out[pair] and cap_left.get(pair[0], 1) > 0
    }
    recv = receivers(instance, counts, locked_to)
    open_set = {a for a, is_open in zip(recv.arrivals, recv.open_arrival, strict=True) if is_open}
    groups = movable_groups(instance, free, set(locked_to), open_set)
    arcs = arrival_arcs(groups, recv, table, instance.policy.max_km)
    used = np.zeros(len(groups), dtype=bool)
    used[arcs.group] = True
    groups, arcs = _drop_unreachable(groups, arcs, used)
    arrival_unit = np.array([a[0] for a in recv.arrivals], dtype=np.int64)
    split = split_bonus(groups, arcs, arrival_unit, special_people(instance, groups))
    groups = split.groups
    source_pairs = sorted({(u, g.spec) for g in groups for u, _ in g.members})
    arrival_of = {a: i for i, a in enumerate(recv.arrivals)}
    spec_index = {k: i for i, k in enumerate(spec_ids)}
    locks = [
        LockArc(i, lock.staff, arrival_of[unit_index[lock.unit], spec_index[staff[lock.staff].specialty]])
        for i, lock in enumerate(instance.locks)
    ]
    free_cap = [free[unit_ids[u], spec_ids[k]] for u, k in source_pairs]
    unit_free: Counter[int] = Counter()
    for (u, _), n in zip(source_pairs, free_cap, strict=True):
        unit_free[u] += n
    capped = {
        unit_index[uid]: left
        for uid, left in cap_left.items()
        if unit_index[uid] in unit_free and left < unit_free[unit_index[uid]]
    }
    return _assemble(instance, counts, recv, groups, arcs, source_pairs, free_cap, locks, capped, split)


def _cap_left(instance: Instance, locks_out: Counter[str]) -> dict[str, int]:
    """Rule 5: for each unit with `max_out`, how many more may leave after its locks."""
    return {u.id: max(0, u.max_out - locks_out[u.id]) for u in instance.units if u.max_out is not None}


def _drop_unreachable(groups: list[Group], arcs: ArrivalArcs, used: BoolArray) -> tuple[list[Group], ArrivalArcs]:
    """Groups with no candidate arc cannot move; dropping them keeps the network small."""
    renumber = np.cumsum(used) - 1
    kept = [g for g, u in zip(groups, used, strict=True) if u]
    return kept, ArrivalArcs(renumber[arcs.group], arcs.arrival, arcs.km)


def _km_scale(km_max: float, num_nodes: int) -> int:
    """1 mm, unless distances are so large that level 4 alone would overflow the flow solver."""
    scale = KM_SCALE
    while scale > 1 and (km_max * scale + 1) * (num_nodes + 1) > SAFE_INT:
        scale //= 10
    return scale


def _post_arcs(instance: Instance, recv: Receivers) -> tuple[IntArray, IntArray, IntArray]:
    """Arrival (d, k) -> pair (d, k') for every post specialty k' that holders of k may fill."""
    matches = match_table(instance)
    spec_ids = [s.id for s in instance.specialties]
    pairs_at: dict[int, list[int]] = {}
    for index, (unit, _) in enumerate(recv.pairs):
        pairs_at.setdefault(unit, []).append(index)
    arrival, pair, match = [], [], []
    for a_index, (unit, holder) in enumerate(recv.arrivals):
        for p_index in pairs_at.get(unit, []):
            score = matches[spec_ids[recv.pairs[p_index][1]]].get(spec_ids[holder], 0.0)
            if score > 0:
                arrival.append(a_index)
                pair.append(p_index)
                match.append(round(score * 100))
    return (np.array(arrival, dtype=np.int64), np.array(pair, dtype=np.int64), np.array(match, dtype=np.int64))


def _join_arcs(groups: list[Group], source_pairs: list[tuple[int, int]]) -> IntArray:
    """Source (u, k) -> group arcs, one for the group's volunteers from u and one for the others,
    as rows (source index, group index, unit, people, volunteer 1/0)."""
    src_of = {pair: i for i, pair in enumerate(source_pairs)}
    rows = []
    for gi, g in enumerate(groups):
        for u, ids in g.members:
            volunteers = sum(1 for i in ids if i in g.volunteers) if g.volunteers else 0
            for count, flag in ((volunteers, 1), (len(ids) - volunteers, 0)):
                if count:
                    rows.append((src_of[u, g.spec], gi, u, count, flag))
    table: IntArray = np.array(rows, dtype=np.int64).reshape(-1, 5)
    return table


def _assemble(
    instance: Instance,
    counts: Counts,
    recv: Receivers,
    groups: list[Group],
    arcs: ArrivalArcs,
    source_pairs: list[tuple[int, int]],
    free_cap: list[int],
    locks: list[LockArc],
    capped: dict[int, int],
    split: BonusSplit,
) -> Network:
    ns, ng, nl, nx, npair = len(source_pairs), len(groups), len(locks), len(recv.arrivals), len(recv.pairs)
    cap_units = sorted(capped)
    src0, cap0 = 2, 2 + ns
    grp0 = cap0 + len(cap_units)
    lock0, arr0 = grp0 + ng, grp0 + ng + nl
    pair0 = arr0 + nx
    num_nodes = pair0 + npair
    spec_ids = [s.id for s in instance.specialties]
    deficit = np.array([counts.deficit[instance.units[u].id, spec_ids[k]] for u, k in recv.pairs], dtype=np.int64)
    priority = np.array([instance.units[u].priority for u, _ in recv.pairs], dtype=np.int64)
    size = np.array([g.size for g in groups], dtype=np.int64)
    scale = _km_scale(float(arcs.km.max(initial=0.0)), num_nodes)
    km_units = np.rint(arcs.km * scale).astype(np.int64)
    j_src, j_group, j_unit, j_count, j_volunteer = _join_arcs(groups, source_pairs).T
    p_arr, p_pair, p_match = _post_arcs(instance, recv)
    cap_node = {u: cap0 + i for i, u in enumerate(cap_units)}
    source_tail = np.array([cap_node.get(u, 0) for u, _ in source_pairs], dtype=np.int64)
    cap_left = np.array([capped[u] for u in cap_units], dtype=np.int64)
    b = _Builder()
    b.add("unit_cap", np.zeros(len(cap_units), np.int64), cap0 + np.arange(len(cap_units)), cap_left)
    b.add("source", source_tail, src0 + np.arange(ns), np.array(free_cap, dtype=np.int64))
    b.add("join", src0 + j_src, grp0 + j_group, j_count, {VOLUNTEER: -j_volunteer})
    b.add("arrival", grp0 + arcs.group, arr0 + arcs.arrival, size[arcs.group], {DISTANCE: km_units})
    bonus, parent = split.bonus, split.parent
    main_groups = ng - len(parent)
    b.add(
        "bonus",
        grp0 + bonus.group,
        arr0 + bonus.arrival,
        size[bonus.group],
        {WISH: -bonus.scores()[0], KEPT: -bonus.scores()[1], DISTANCE: np.rint(bonus.km * scale).astype(np.int64)},
    )
    b.add("parent", grp0 + main_groups + np.arange(len(parent)), grp0 + parent, size[main_groups:])
    b.add(
        "lock",
        lock0 + np.arange(nl),
        arr0 + np.array([lk.arrival for lk in locks], dtype=np.int64),
        np.ones(nl, np.int64),
    )
    b.add("post", arr0 + p_arr, pair0 + p_pair, deficit[p_pair], {MATCH: -p_match})
    b.add("sink", pair0 + np.arange(npair), np.ones(npair, np.int64), deficit, {PRIORITY: -priority})
    # Most S can send: every uncapped pair's surplus, and at most what is left of each cap.
    total_free = int(sum(n for (u, _), n in zip(source_pairs, free_cap, strict=True) if u not in capped))
    total_free += int(cap_left.sum())
    b.add("bypass", np.zeros(1, np.int64), np.ones(1, np.int64), np.array([total_free], dtype=np.int64))
    supply = np.zeros(num_nodes, dtype=np.int64)
    supply[0], supply[1] = total_free, -(total_free + nl)
    supply[lock0 : lock0 + nl] = 1
    moves = min(total_free + nl, int(deficit.sum()))
    wish, kept = bonus.scores()
    ranges = (
        moves * int(priority.max(initial=1)),
        moves * 100,
        moves,
        # Only bonus people score on levels 4 and 5, each at most once (3 or 1).
        min(moves, int(size[np.unique(bonus.group[wish > 0])].sum())) * 3,
        min(moves, int(size[np.unique(bonus.group[kept > 0])].sum())),
        moves * int(km_units.max(initial=0)),
    )
    return Network(
        num_nodes,
        supply,
        np.concatenate(b.tails),
        np.concatenate(b.heads),
        np.concatenate(b.caps),
        np.concatenate(b.costs, axis=1),
        ranges,
        b.kinds,
        groups,
        capped,
        recv,
        source_pairs,
        j_group,
        j_unit,
        j_volunteer,
        arcs,
        locks,
        p_arr,
        p_pair,
        p_match,
        scale,
        main_groups,
        bonus,
        parent,
    )


def flow_problem(net: Network) -> FlowProblem:
    """The network as a lexicographic flow problem; the moves kept (level 5) share the wish score's
    phase (level 4): both sit on the bonus arcs only and weigh at most 3 x (moves + 1) together."""
    return FlowProblem(net.num_nodes, net.supply, net.tail, net.head, net.cap, net.costs, net.ranges, frozenset({KEPT}))
