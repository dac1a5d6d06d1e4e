"""The person-level candidate columns of an instance, for the MILP comparison (see bench_milp.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from solver.context import Context


def candidate_counts(ctx: Context) -> tuple[int, int]:
    """(candidate person-post pairs, group-level arrival arcs)."""
    net = ctx.net
    posts_per_arrival = np.bincount(net.post_arrival, minlength=len(net.recv.arrivals))
    sizes = np.array([g.size for g in net.groups], dtype=np.int64)
    return int((sizes[net.arrivals.group] * posts_per_arrival[net.arrivals.arrival]).sum()), len(net.arrivals.group)


def write_columns(ctx: Context, path: Path) -> None:
    """One column per (person, post pair): its person, source and post rows and its four levels."""
    net = ctx.net
    order = np.argsort(net.post_arrival, kind="stable")
    starts = np.searchsorted(net.post_arrival[order], np.arange(len(net.recv.arrivals) + 1))
    per_arc = starts[net.arrivals.arrival + 1] - starts[net.arrivals.arrival]
    arc = np.repeat(np.arange(len(net.arrivals.group)), per_arc)
    post_arc = order[
        starts[net.arrivals.arrival[arc]] + np.arange(len(arc)) - np.repeat(np.cumsum(per_arc) - per_arc, per_arc)
    ]
    source_of = {pair: i for i, pair in enumerate(net.source_pairs)}
    person_source = [source_of[unit, g.spec] for g in net.groups for unit, ids in g.members for _ in ids]
    sizes = np.array([g.size for g in net.groups], dtype=np.int64)
    reps = sizes[net.arrivals.group[arc]]
    col_arc, col_post = np.repeat(arc, reps), np.repeat(post_arc, reps)
    first = np.concatenate([[0], np.cumsum(sizes)])
    person = first[net.arrivals.group[col_arc]] + np.arange(len(col_arc)) - np.repeat(np.cumsum(reps) - reps, reps)
    pair = net.post_pair[col_post]
    units, specs = ctx.instance.units, ctx.instance.specialties
    priority = np.array([units[u].priority for u, _ in net.recv.pairs], dtype=np.float64)
    volunteer = np.array([g.volunteer for g in net.groups], dtype=np.float64)
    np.savez(
        path,
        person=person,
        source=np.array(person_source, dtype=np.int64)[person],
        pair=pair,
        n_people=np.array(len(person_source)),
        free=np.array([ctx.counts.surplus[units[u].id, specs[k].id] for u, k in net.source_pairs], dtype=np.float64),
        deficit=np.array([ctx.counts.deficit[units[u].id, specs[k].id] for u, k in net.recv.pairs], dtype=np.float64),
        levels=np.vstack(
            [
                priority[pair],
                net.post_match[col_post].astype(np.float64),
                volunteer[net.arrivals.group[col_arc]],
                net.arrivals.km[col_arc],
            ]
        ),
    )
