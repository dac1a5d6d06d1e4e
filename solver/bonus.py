"""Levels 4 and 5 without copying the network: bonus groups for wishers and moves of `previous`.

A person with wishes or a previous move differs from the rest of their (main) group only on the
arcs to the units they named. Giving each such person the main group's full fan-out of candidate
arcs would add a quarter to a national network; instead, the people whose wishes or previous move
the main group can reach (same home, specialty, blocked unit and forbidden entries, so the same
arcs) and who share those targets form a bonus group:

    source (u,k) -> bonus group -> main group      (they may go anywhere their main group goes)
    bonus group  -> arrival (d,k) for d named      (the same arc as the main group's, plus the score)

A bonus arc carries the move's levels 4 (-wish score), 5 (-1 if kept) and 6 (distance); the
main group's arcs score 0 on levels 4 and 5 for everyone. Exactness: every flow decodes to a plan
whose levels 1-3 and 6 equal the flow's and whose levels 4 and 5 are at least the flow's (a bonus
person sent through the main group to a unit they named scores in the plan, not in the flow); and
every plan is the decoding of a flow with the plan's exact levels (send the bonus moves along
bonus arcs). So the lexicographic optimum of the flows is that of the plans, and the optimal flow
decodes to an optimal plan: a decoding that scored more than its flow would be a plan better than
the optimum.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

import numpy as np

from solver.candidates import ArrivalArcs
from solver.geo import IntArray
from solver.groups import NO_UNIT, Group, Special
from solver.model import wish_score


@dataclass(frozen=True)
class BonusSplit:
    groups: list[Group]  # the main groups (first, same indices) then the bonus groups
    bonus: ArrivalArcs  # bonus group -> arrival, with wish and kept
    parent: IntArray  # per bonus group (in order): its main group


def split_bonus(groups: list[Group], arcs: ArrivalArcs, arrival_unit: IntArray, specials: list[Special]) -> BonusSplit:
    """Move the special people whose wishes or previous move their main group reaches into bonus
    groups keyed by (main group, wishes, previous); the others stay ordinary members."""
    targets = _targets(sorted({(p.group, p.wishes, p.previous) for p in specials}), arcs, arrival_unit)
    buckets: dict[tuple[int, tuple[int, ...], int], dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for person in specials:
        key = (person.group, person.wishes, person.previous)
        if key in targets:
            buckets[key][person.unit].append(person.staff)
    if not buckets:
        empty = np.zeros(0, dtype=np.int64)
        return BonusSplit(groups, ArrivalArcs(empty, empty, np.zeros(0), empty, empty), empty)
    leaving: dict[int, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    out = list(groups)
    parent, rows = [], []
    for key in sorted(buckets):
        main = groups[key[0]]
        members = tuple((u, tuple(sorted(ids))) for u, ids in sorted(buckets[key].items()))
        size = sum(len(ids) for _, ids in members)
        for u, ids in members:
            leaving[key[0]][u].update(ids)
        index = len(out)
        mine = frozenset(i for _, ids in members for i in ids)
        out.append(
            replace(
                main,
                volunteers=main.volunteers & mine,
                members=members,
                size=size,
                wishes=key[1],
                previous=key[2],
                parent=key[0],
            )
        )
        parent.append(key[0])
        rows += [(index, a, km, wish, kept) for a, km, wish, kept in targets[key]]
    for g, gone in leaving.items():  # the main group keeps its size: bonus people pass through it
        kept_members = tuple((u, tuple(i for i in ids if i not in gone[u])) for u, ids in out[g].members)
        left = frozenset(i for _, ids in kept_members for i in ids)
        out[g] = replace(
            out[g], members=tuple((u, ids) for u, ids in kept_members if ids), volunteers=out[g].volunteers & left
        )
    table = np.array([(r[0], r[1], r[3], r[4]) for r in rows], dtype=np.int64)
    km = np.array([r[2] for r in rows], dtype=np.float64)
    bonus = ArrivalArcs(table[:, 0], table[:, 1], km, table[:, 2], table[:, 3])
    return BonusSplit(out, bonus, np.array(parent, dtype=np.int64))


def _targets(
    keys: list[tuple[int, tuple[int, ...], int]], arcs: ArrivalArcs, arrival_unit: IntArray
) -> dict[tuple[int, tuple[int, ...], int], list[tuple[int, float, int, int]]]:
    """For each (main group, wishes, previous unit): (arrival, km, wish score, kept) of the main
    group's arcs into the units named, if any. A group has one arrival per unit (its specialty's),
    so an arc is found by its (group, unit)."""
    named = [
        (i, g, unit, wish_score(wishes.index(unit) + 1 if unit in wishes else None), int(unit == previous))
        for i, (g, wishes, previous) in enumerate(keys)
        for unit in dict.fromkeys([*wishes, *([previous] if previous != NO_UNIT else [])])
    ]
    if not named or not len(arcs.group):
        return {}
    table = np.array(named, dtype=np.int64)
    width = int(max(arrival_unit.max(initial=0), table[:, 2].max())) + 1
    arc_key = arcs.group * width + arrival_unit[arcs.arrival]
    order = np.argsort(arc_key)
    wanted = table[:, 1] * width + table[:, 2]
    at = np.minimum(np.searchsorted(arc_key[order], wanted), len(order) - 1)
    hit = arc_key[order[at]] == wanted
    found: dict[tuple[int, tuple[int, ...], int], list[tuple[int, float, int, int]]] = defaultdict(list)
    for row, arc in zip(table[hit].tolist(), order[at[hit]].tolist(), strict=True):
        found[keys[row[0]]].append((int(arcs.arrival[arc]), float(arcs.km[arc]), row[3], row[4]))
    return found
