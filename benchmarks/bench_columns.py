"""The person-level candidate columns of an instance, for the MILP comparison (see bench_milp.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from solver.context import Context
from solver.model import wish_score


def candidate_counts(ctx: Context) -> tuple[int, int]:
    """(candidate person-post pairs, group-level arrival arcs)."""
    net = ctx.net
    posts_per_arrival = np.bincount(net.post_arrival, minlength=len(net.recv.arrivals))
    sizes = np.array([g.size for g in net.groups[: net.main_groups]], dtype=np.int64)
    return int((sizes[net.arrivals.group] * posts_per_arrival[net.arrivals.arrival]).sum()), len(net.arrivals.group)


def _people(ctx: Context) -> tuple[list[list[str]], list[list[int]]]:
    """Per main group, everyone it stands for (its members and its bonus groups') and their units."""
    net = ctx.net
    staff: list[list[str]] = [[] for _ in range(net.main_groups)]
    units: list[list[int]] = [[] for _ in range(net.main_groups)]
    for g, group in enumerate(net.groups):
        main = net.main_group_of(g)
        for unit, ids in group.members:
            staff[main].extend(ids)
            units[main].extend([unit] * len(ids))
    return staff, units


def write_columns(ctx: Context, path: Path) -> None:
    """One column per (person, post pair): its person, source and post rows and its six levels.

    The columns come from the optimiser's candidate arcs (the same rules), expanded to people, with
    each person's own volunteer flag, wish score and kept flag for the unit of the post."""
    net, inst = ctx.net, ctx.instance
    order = np.argsort(net.post_arrival, kind="stable")
    starts = np.searchsorted(net.post_arrival[order], np.arange(len(net.recv.arrivals) + 1))
    per_arc = starts[net.arrivals.arrival + 1] - starts[net.arrivals.arrival]
    arc = np.repeat(np.arange(len(net.arrivals.group)), per_arc)
    post_arc = order[
        starts[net.arrivals.arrival[arc]] + np.arange(len(arc)) - np.repeat(np.cumsum(per_arc) - per_arc, per_arc)
    ]
    staff, units = _people(ctx)
    source_of = {pair: i for i, pair in enumerate(net.source_pairs)}
    person_source = [source_of[u, net.groups[m].spec] for m in range(net.main_groups) for u in units[m]]
    person_staff = [s for people in staff for s in people]
    sizes = np.array([len(people) for people in staff], dtype=np.int64)
    reps = sizes[net.arrivals.group[arc]]
    col_arc, col_post = np.repeat(arc, reps), np.repeat(post_arc, reps)
    first = np.concatenate([[0], np.cumsum(sizes)])
    person = first[net.arrivals.group[col_arc]] + np.arange(len(col_arc)) - np.repeat(np.cumsum(reps) - reps, reps)
    pair = net.post_pair[col_post]
    units_, specs = inst.units, inst.specialties
    priority = np.array([units_[u].priority for u, _ in net.recv.pairs], dtype=np.float64)
    record = {s.id: s for s in inst.staff}
    volunteer = np.array([record[s].volunteer for s in person_staff], dtype=np.float64)
    dest = np.array([u for u, _ in net.recv.pairs], dtype=np.int64)[pair]
    wish, kept = _wish_and_kept(ctx, person_staff, person, dest)
    np.savez(
        path,
        person=person,
        source=np.array(person_source, dtype=np.int64)[person],
        pair=pair,
        n_people=np.array(len(person_source)),
        free=np.array([ctx.counts.surplus[units_[u].id, specs[k].id] for u, k in net.source_pairs], dtype=np.float64),
        deficit=np.array([ctx.counts.deficit[units_[u].id, specs[k].id] for u, k in net.recv.pairs], dtype=np.float64),
        unit_of_source=np.array([u for u, _ in net.source_pairs], dtype=np.int64),
        max_out=np.array([-1 if u.max_out is None else u.max_out for u in units_], dtype=np.int64),
        levels=np.vstack(
            [
                priority[pair],
                net.post_match[col_post].astype(np.float64),
                volunteer[person],
                wish,
                kept,
                net.arrivals.km[col_arc],
            ]
        ),
    )


def _wish_and_kept(ctx: Context, staff: list[str], person: np.ndarray, dest: np.ndarray) -> tuple[np.ndarray, ...]:
    """Per column, the person's wish score and kept flag for the destination unit (few are nonzero)."""
    inst = ctx.instance
    index = {u.id: i for i, u in enumerate(inst.units)}
    named: dict[tuple[int, int], tuple[int, int]] = {}
    position = {s: i for i, s in enumerate(staff)}
    for s in inst.staff:
        for rank, unit in enumerate(s.wishes, 1):
            if s.id in position:
                named[position[s.id], index[unit]] = (wish_score(rank), 0)
    for p in inst.previous:
        if p.staff in position:
            w, _ = named.get((position[p.staff], index[p.unit]), (0, 0))
            named[position[p.staff], index[p.unit]] = (w, 1)
    wish = np.zeros(len(person))
    kept = np.zeros(len(person))
    if named:
        width = len(inst.units)
        keys = np.array([p * width + u for p, u in named], dtype=np.int64)
        values = np.array(list(named.values()), dtype=np.float64)
        order = np.argsort(keys)
        keys, values = keys[order], values[order]
        col = person * width + dest
        at = np.minimum(np.searchsorted(keys, col), len(keys) - 1)
        hit = keys[at] == col
        wish[hit], kept[hit] = values[at[hit], 0], values[at[hit], 1]
    return wish, kept
