"""Turn an integral flow on the network into person-level moves, deterministically.

People inside a group are interchangeable for every level of the objective, so any choice is
optimal; we take them in staff-id order, and send them to arrivals and posts in index order.
Bonus groups (solver.bonus) first send people along their bonus arcs, the rest join their main
group; whatever the flow scores on levels 4 and 5, each move's `wish` and `kept` are read off the
instance, so the plan reports what it really does.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from solver.counts import match_table
from solver.geo import DistanceTable, IntArray
from solver.model import Instance
from solver.network import Network
from solver.plan import Move, with_wishes_and_kept


def decode_moves(instance: Instance, net: Network, flow: IntArray, table: DistanceTable) -> list[Move]:
    movers = _movers_by_group(net, flow)
    arriving: dict[int, list[tuple[str, float, bool]]] = defaultdict(list)  # arrival -> (staff, km, locked)
    for kind, arcs in (("bonus", net.bonus), ("arrival", net.arrivals)):
        if kind == "arrival":  # bonus people not sent along a bonus arc go on with their main group
            _join_main_groups(net, flow, movers)
        used = flow[net.kinds[kind]]
        for arc in np.flatnonzero(used):
            group, arrival = int(arcs.group[arc]), int(arcs.arrival[arc])
            taken, movers[group] = movers[group][: used[arc]], movers[group][used[arc] :]
            arriving[arrival].extend((staff, float(arcs.km[arc]), False) for staff in taken)
    staff = {s.id: s for s in instance.staff} if net.lock_arcs else {}
    for lock in net.lock_arcs:
        person = staff[lock.staff]
        km = table.km(table.index[person.home_unit], net.recv.arrivals[lock.arrival][0])
        arriving[lock.arrival].append((lock.staff, km, True))
    return _fill_posts(instance, net, flow, arriving)


def _movers_by_group(net: Network, flow: IntArray) -> dict[int, list[str]]:
    """For each group, the people who leave (the first volunteers and others by staff id from each
    unit, as many as the flow says), in id order."""
    movers: dict[int, list[str]] = defaultdict(list)
    join = flow[net.kinds["join"]]
    for arc in np.flatnonzero(join):
        group, unit = int(net.join_group[arc]), int(net.join_unit[arc])
        volunteers, volunteer = net.groups[group].volunteers, bool(net.join_volunteer[arc])
        ids = [i for i in dict(net.groups[group].members)[unit] if (i in volunteers) == volunteer]
        movers[group].extend(ids[: join[arc]])
    for people in movers.values():
        people.sort()
    return movers


def _join_main_groups(net: Network, flow: IntArray, movers: dict[int, list[str]]) -> None:
    used = flow[net.kinds["parent"]]
    for arc in np.flatnonzero(used):
        bonus = net.main_groups + int(arc)
        main = int(net.parent[arc])
        taken, movers[bonus] = movers[bonus][: used[arc]], movers[bonus][used[arc] :]
        movers[main] = sorted(movers[main] + taken)


def _fill_posts(
    instance: Instance, net: Network, flow: IntArray, arriving: dict[int, list[tuple[str, float, bool]]]
) -> list[Move]:
    staff = {s.id: s for s in instance.staff}
    units = instance.units
    spec_ids = [s.id for s in instance.specialties]
    matches = match_table(instance)
    post = flow[net.kinds["post"]]
    moves: list[Move] = []
    for people in arriving.values():
        people.sort()
    for arc in np.flatnonzero(post):
        arrival, pair = int(net.post_arrival[arc]), int(net.post_pair[arc])
        unit, post_spec = net.recv.pairs[pair]
        taken, arriving[arrival] = arriving[arrival][: post[arc]], arriving[arrival][post[arc] :]
        for staff_id, km, locked in taken:
            person = staff[staff_id]
            moves.append(
                Move(
                    staff=staff_id,
                    from_unit=person.unit,
                    to_unit=units[unit].id,
                    post_specialty=spec_ids[post_spec],
                    staff_specialty=person.specialty,
                    home_unit=person.home_unit,
                    km=km,
                    match=matches[spec_ids[post_spec]][person.specialty],
                    volunteer=person.volunteer,
                    locked=locked,
                )
            )
    moves.sort(key=lambda m: (m.to_unit, m.post_specialty, m.staff))
    return with_wishes_and_kept(instance, moves)
