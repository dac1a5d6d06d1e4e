"""The officer's baseline: fill posts in priority order, each with the nearest matching surplus person.

Same rules as the optimiser (the same candidate network: movable, surplus left in the person's
unit and specialty, matching specialty, within `max_km`, allowed region, not forbidden, not back
into their own unit, at most `max_out` people out of a unit, locks included). Locks are placed
first. Ties in distance go to the better match; among the people of a group (same home and
specialty) to a higher wish for the unit, to a move of the previous proposal, to volunteers, then
to the smaller staff id. Posts of equal priority are taken by unit id,
specialty.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np

from solver.candindex import CandidateIndex, candidate_index
from solver.context import Context
from solver.counts import match_table
from solver.locks import match_holders
from solver.plan import Move, Plan, with_wishes_and_kept


class _People:
    """People not yet moved, by main group and unit, the surplus each (unit, specialty) has left,
    how many more each unit with `max_out` may send, and who in a group named which unit."""

    def __init__(self, ctx: Context, taken: list[Move]) -> None:
        self.ctx = ctx
        units = [u.id for u in ctx.instance.units]
        specs = [s.id for s in ctx.instance.specialties]
        out = Counter((m.from_unit, m.staff_specialty) for m in taken)
        self.free = {
            (units[u], specs[k]): ctx.counts.surplus[units[u], specs[k]] - out[units[u], specs[k]]
            for u, k in ctx.net.source_pairs
        }
        out_of = Counter(m.from_unit for m in taken)
        self.cap_left = {u.id: u.max_out - out_of[u.id] for u in ctx.instance.units if u.max_out is not None}
        net = ctx.net
        # Per main group and unit, (0 for a volunteer else 1, staff id), best last; bonus groups'
        # people are their main group's candidates.
        self.left: list[dict[str, list[tuple[int, str]]]] = [{} for _ in net.groups]
        for g, group in enumerate(net.groups):
            for u, ids in group.members:
                waiting = self.left[net.main_group_of(g)].setdefault(units[u], [])
                waiting.extend((0 if i in group.volunteers else 1, i) for i in ids)
        for by_unit in self.left:
            for people in by_unit.values():
                people.sort(reverse=True)
        self.spec = [specs[g.spec] for g in net.groups]
        # (main group, destination unit) -> [(-wish score, -kept, staff, unit)], best first
        self.named: dict[tuple[int, str], list[tuple[int, int, str, str]]] = defaultdict(list)
        wish, kept = net.bonus.scores()
        for arc, b in enumerate(net.bonus.group.tolist()):
            dest = units[net.recv.arrivals[int(net.bonus.arrival[arc])][0]]
            for u, ids in net.groups[b].members:
                for staff in ids:
                    self.named[net.main_group_of(b), dest].append((-int(wish[arc]), -int(kept[arc]), staff, units[u]))
        for named in self.named.values():
            named.sort()
        self.taken: set[str] = set()

    def _can_send(self, unit: str, spec: str) -> bool:
        return self.free[unit, spec] > 0 and self.cap_left.get(unit, 1) > 0

    def take(self, group: int, dest: str) -> str | None:
        """Someone of the group whose unit may still send: whoever named `dest` best (a higher wish,
        then a move of the previous proposal), else a volunteer, then the smallest staff id."""
        spec = self.spec[group]
        best: tuple[int, str] | None = None
        best_unit = ""
        for _, _, staff, unit in self.named.get((group, dest), ()):
            if staff not in self.taken and self._can_send(unit, spec):
                best, best_unit = (0, staff), unit
                break
        if best is None:
            for unit, waiting in self.left[group].items():
                while waiting and waiting[-1][1] in self.taken:
                    waiting.pop()
                if waiting and self._can_send(unit, spec) and (best is None or waiting[-1] < best):
                    best, best_unit = waiting[-1], unit
        if best is None:
            return None
        self.taken.add(best[1])
        self.free[best_unit, spec] -= 1
        if best_unit in self.cap_left:
            self.cap_left[best_unit] -= 1
        return best[1]


def greedy_plan(ctx: Context) -> Plan:
    moves = _lock_moves(ctx)
    filled = Counter((m.to_unit, m.post_specialty) for m in moves)
    people = _People(ctx, moves)
    index = candidate_index(ctx.net)
    inst = ctx.instance
    staff = {s.id: s for s in inst.staff}
    matches = match_table(inst)
    for p in _posts_in_priority_order(ctx):
        unit_idx, spec_idx = ctx.net.recv.pairs[p]
        unit, spec = inst.units[unit_idx].id, inst.specialties[spec_idx].id
        need = ctx.counts.deficit[unit, spec] - filled[unit, spec]
        for group, km in _nearest_first(ctx, index, p):
            while need > 0:
                staff_id = people.take(group, unit)
                if staff_id is None:
                    break
                person = staff[staff_id]
                moves.append(
                    Move(
                        staff_id,
                        person.unit,
                        unit,
                        spec,
                        person.specialty,
                        person.home_unit,
                        km,
                        matches[spec][person.specialty],
                        person.volunteer,
                        False,
                    )
                )
                need -= 1
            if need == 0:
                break
    moves.sort(key=lambda m: (m.to_unit, m.post_specialty, m.staff))
    return Plan(tuple(with_wishes_and_kept(inst, moves)), optimal=False, proven_levels=0)


def _posts_in_priority_order(ctx: Context) -> list[int]:
    inst = ctx.instance
    pairs = ctx.net.recv.pairs
    allowed = [p for p, (u, _) in enumerate(pairs) if inst.policy.allows_region(inst.units[u].region)]
    return sorted(
        allowed,
        key=lambda p: (-inst.units[pairs[p][0]].priority, inst.units[pairs[p][0]].id, inst.specialties[pairs[p][1]].id),
    )


def _nearest_first(ctx: Context, index: CandidateIndex, pair: int) -> list[tuple[int, float]]:
    """(group, km) of the candidates of a pair: nearest first, then better match."""
    feeds = index.feeds[pair]
    if not feeds:
        return []
    arcs = np.concatenate([index.arcs_of(a) for a, _ in feeds])
    match = np.concatenate([np.full(len(index.arcs_of(a)), m, dtype=np.int64) for a, m in feeds])
    group = ctx.net.arrivals.group[arcs]
    order = np.lexsort((group, -match, index.km_units[arcs]))
    return list(zip(group[order].tolist(), ctx.net.arrivals.km[arcs][order].tolist(), strict=True))


def _lock_moves(ctx: Context) -> list[Move]:
    """Locked moves, each on a post of its unit chosen by a best-match-first maximum matching."""
    inst, table = ctx.instance, ctx.table
    staff = {s.id: s for s in inst.staff}
    matches = match_table(inst)
    by_unit: dict[str, list[str]] = defaultdict(list)
    for lock in inst.locks:
        by_unit[lock.unit].append(lock.staff)
    moves = []
    for unit, locked in by_unit.items():
        slots = [k for k in matches for _ in range(ctx.counts.deficit.get((unit, k), 0))]
        owners = match_holders([staff[s].specialty for s in locked], slots, matches)
        for slot, owner in enumerate(owners):
            if owner is None:
                continue
            p = staff[locked[owner]]
            km = table.km(table.index[p.home_unit], table.index[unit])
            moves.append(
                Move(
                    p.id,
                    p.unit,
                    unit,
                    slots[slot],
                    p.specialty,
                    p.home_unit,
                    km,
                    matches[slots[slot]][p.specialty],
                    p.volunteer,
                    True,
                )
            )
    return moves
