"""The facts behind each explanation, computed from a plan and the candidate index.

For a move: its distance rank among the feasible candidates of its post and what became of the
nearer ones (moved, their unit's surplus used up, their unit's `max_out` reached, less suited on
match, volunteering, wish or the previous proposal, other).
For an unfilled post: the binding reason (region, no holder anywhere, none in range or all
forbidden, all candidates taken) with the counts that support it. Works for any plan (optimal,
stopped early or greedy): it states what the plan did, never what the optimiser intended.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

from solver.candindex import CandidateIndex
from solver.counts import Counts
from solver.geo import BoolArray, IntArray
from solver.model import Instance, wish_score
from solver.network import DISTANCE, Network
from solver.plan import Move


@dataclass(frozen=True, slots=True)
class MoveFacts:
    rank: int  # 1 + number of candidates strictly nearer
    candidates: int
    nearer_moved: int
    nearer_blocked: int  # not moved because their unit's surplus was used up by others
    nearer_less_suited: int  # free, but lower on match, then volunteering, wish score, kept
    nearer_other: int
    nearer_capped: int = 0  # not moved because their unit's max_out was reached


@dataclass(frozen=True, slots=True)
class GroupStatus:
    """Per group (arrays indexed by group): how many members moved, are blocked (their unit's
    surplus in their specialty is used up), capped (their unit's `max_out` is reached) or free."""

    moved: IntArray
    blocked: IntArray
    free: IntArray
    capped: IntArray
    free_nonvolunteer: IntArray  # of `free`, those who do not volunteer


def group_status(instance: Instance, counts: Counts, net: Network, moves: list[Move]) -> GroupStatus:
    """Per group; a main group's figures include its bonus groups' people (they are its candidates)."""
    moved_ids = {m.staff for m in moves}
    out = Counter((m.from_unit, m.staff_specialty) for m in moves)
    out_of_unit = Counter(m.from_unit for m in moves)
    units = [u.id for u in instance.units]
    specs = [s.id for s in instance.specialties]
    cap = [u.max_out for u in instance.units]
    n = len(net.groups)
    moved, blocked, free, capped, free_nv = (np.zeros(n, dtype=np.int64) for _ in range(5))
    for index, group in enumerate(net.groups):
        counted = {index, net.main_group_of(index)}
        for unit, ids in group.members:
            pair = (units[unit], specs[group.spec])
            gone = sum(1 for staff in ids if staff in moved_ids)
            limit = cap[unit]
            if out[pair] >= counts.surplus.get(pair, 0):
                state = blocked
            elif limit is not None and out_of_unit[units[unit]] >= limit:
                state = capped
            else:
                state = free
                staying = sum(1 for i in ids if i not in moved_ids and i not in group.volunteers)
                for g in counted:
                    free_nv[g] += staying
            for g in counted:
                moved[g] += gone
                state[g] += len(ids) - gone
    return GroupStatus(moved, blocked, free, capped, free_nv)


def _suit_code(volunteer: IntArray, wish: IntArray, kept: IntArray) -> IntArray:
    """Levels 3-5 of one move as one integer, ordered as the objective orders them."""
    result: IntArray = volunteer * 8 + wish * 2 + kept
    return result


def move_facts(
    index: CandidateIndex, net: Network, status: GroupStatus, instance: Instance, moves: list[Move]
) -> list[MoveFacts]:
    unit_of = {u.id: i for i, u in enumerate(instance.units)}
    spec_of = {s.id: i for i, s in enumerate(instance.specialties)}
    q_move, q_arrival, q_match = [], [], []
    for i, m in enumerate(moves):
        for arrival, match in index.feeds[index.pair_of[unit_of[m.to_unit], spec_of[m.post_specialty]]]:
            q_move.append(i)
            q_arrival.append(arrival)
            q_match.append(match)
    qi, qa, qm = (np.array(v, dtype=np.int64) for v in (q_move, q_arrival, q_match))
    move_units = np.array([round(m.km * net.km_scale) for m in moves], dtype=np.int64)
    move_match = np.array([round(m.match * 100) for m in moves], dtype=np.int64)
    move_code = _suit_code(
        np.array([m.volunteer for m in moves], dtype=np.int64),
        np.array([wish_score(m.wish) for m in moves], dtype=np.int64),
        np.array([m.kept for m in moves], dtype=np.int64),
    )
    pos = index.position(qa, move_units[qi]) if len(qi) else qi
    lo, hi = index.start[qa], index.start[qa + 1]
    sums = {}
    group = net.arrivals.group[index.order]
    sizes = np.array([g.size for g in net.groups], dtype=np.int64)
    for name, per_group in (
        ("size", sizes),
        ("moved", status.moved),
        ("blocked", status.blocked),
        ("capped", status.capped),
        ("free", status.free),
    ):
        cum = np.concatenate([[0], np.cumsum(per_group[group])])
        sums[name] = cum[pos] - cum[lo]
        if name == "size":
            sums["total"] = cum[hi] - cum[lo]
    less = _less_suited(net, index, status, qm, move_match[qi], move_code[qi], lo, pos, sums["free"])
    sums["less"] = less - _bonus_not_less(net, status, qa, qm == move_match[qi], move_code[qi], move_units[qi])
    per_move = {k: np.bincount(qi, weights=v, minlength=len(moves)).astype(np.int64) for k, v in sums.items()}
    locked = np.array([m.locked for m in moves], dtype=np.int64)
    return [
        MoveFacts(
            int(per_move["size"][i]) + 1,
            int(per_move["total"][i] + locked[i]),
            int(per_move["moved"][i]),
            int(per_move["blocked"][i]),
            int(per_move["less"][i]),
            int(per_move["free"][i] - per_move["less"][i]),
            int(per_move["capped"][i]),
        )
        for i in range(len(moves))
    ]


def _less_suited(
    net: Network,
    index: CandidateIndex,
    status: GroupStatus,
    q_match: IntArray,
    m_match: IntArray,
    m_code: IntArray,
    lo: IntArray,
    pos: IntArray,
    free: IntArray,
) -> IntArray:
    """Free nearer candidates that the objective ranks below the mover on this post: a lower match,
    or the same match and lower on volunteering, then wish score, then kept (levels 2-5), counting
    everyone at the main group's level 3 (bonus people are corrected by `_bonus_not_less`)."""
    less = np.where(q_match < m_match, free, 0)
    tie = q_match == m_match
    if not tie.any():
        return less
    group = net.arrivals.group[index.order]
    cum = np.concatenate([[0], np.cumsum(status.free_nonvolunteer[group])])
    free_nonvolunteer = cum[pos] - cum[lo]
    # A main group's candidates score 8 (volunteers) or 0: below a mover's code when it exceeds theirs.
    less = np.where(tie & (m_code > 8), free, less)
    return np.where(tie & (m_code > 0) & (m_code <= 8), free_nonvolunteer, less)


def _bonus_not_less(
    net: Network, status: GroupStatus, q_arrival: IntArray, tie: BoolArray, m_code: IntArray, m_units: IntArray
) -> IntArray:
    """Free people of bonus groups that `_less_suited` counted below the mover at their main
    group's level but whose wish or previous move at this unit ranks them level with or above it."""
    fix = np.zeros(len(q_arrival), dtype=np.int64)
    if not len(net.parent) or not tie.any():
        return fix
    wish, kept = net.bonus.scores()
    km_units = net.costs[DISTANCE, net.kinds["bonus"]]
    at: dict[int, list[tuple[int, int, int, int]]] = defaultdict(list)
    for arc, group in enumerate(net.bonus.group.tolist()):
        nonvolunteers = int(status.free_nonvolunteer[group])
        for base, free in ((8, int(status.free[group]) - nonvolunteers), (0, nonvolunteers)):
            code = base + 2 * int(wish[arc]) + int(kept[arc])
            if free and code > base:
                at[int(net.bonus.arrival[arc])].append((int(km_units[arc]), base, code, free))
    for j in np.flatnonzero(tie).tolist():
        for units, base, code, free in at.get(int(q_arrival[j]), ()):
            if units < m_units[j] and base < m_code[j] <= code:
                fix[j] += free
    return fix
