"""Interchangeable movable people, and the receiving sides of the network.

People of the same specialty and home are interchangeable for levels 1, 2 and 6 of the
objective, whichever unit they leave from: the unit only counts against its surplus and `max_out`
(the arcs from its source node say how many leave) and forbids moving back into it, and level 3
sits on those arcs too (one for the volunteers of a unit, one for the others). So a group is keyed
by (home, specialty, blocked unit); `blocked` is the person's own unit only where that unit could
receive their specialty, which keeps groups large. People with a
`forbidden` entry get a group of their own. People with wishes or a move in `previous` (a few per
cent) belong to their group too; `solver.bonus` gives those whose wishes or previous move are
possible a small group of their own that joins the big one (see there).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from solver.counts import Counts, match_table
from solver.model import Instance, Staff

NO_UNIT = -1
NO_GROUP = -1


@dataclass(frozen=True, slots=True)
class Group:
    home: int
    spec: int
    volunteers: frozenset[str]  # the members who volunteer (INSTANCE.md: or who named wishes)
    blocked: int
    # (unit index, staff ids sorted) for each source unit that contributes people.
    members: tuple[tuple[int, tuple[str, ...]], ...]
    forbidden: frozenset[int]
    size: int  # people the group moves: its members and, for a main group, its bonus groups'
    wishes: tuple[int, ...] = ()  # a bonus group's wishes: unit indices, first wish first
    previous: int = NO_UNIT  # a bonus group's unit in `previous`
    parent: int = NO_GROUP  # a bonus group's main group


@dataclass(frozen=True, slots=True)
class Special:
    """A movable person with wishes or a move in `previous` (unit indices), in main group `group`."""

    staff: str
    unit: int
    group: int
    wishes: tuple[int, ...]
    previous: int


@dataclass(frozen=True, slots=True)
class Receivers:
    """Post pairs (unit, specialty) with a deficit that may receive people, and arrival nodes."""

    pairs: tuple[tuple[int, int], ...]  # (unit index, post specialty index)
    # Arrival nodes (unit index, holder specialty index); `open` ones take any candidate,
    # the others exist only for locks into units outside `destination_regions`.
    arrivals: tuple[tuple[int, int], ...]
    open_arrival: tuple[bool, ...]


def receivers(instance: Instance, counts: Counts, locked_to: dict[str, int]) -> Receivers:
    """Deficit pairs of allowed units, plus those of units that locks go to."""
    unit_index = {u.id: i for i, u in enumerate(instance.units)}
    spec_index = {s.id: i for i, s in enumerate(instance.specialties)}
    regions = {u.id: u.region for u in instance.units}
    lock_units = set(locked_to.values())
    matches = match_table(instance)
    pairs = sorted(
        (unit_index[u], spec_index[k])
        for (u, k), gap in counts.deficit.items()
        if gap > 0 and (instance.policy.allows_region(regions[u]) or unit_index[u] in lock_units)
    )
    spec_ids = [s.id for s in instance.specialties]
    arrivals: dict[tuple[int, int], bool] = {}
    for unit, post in pairs:
        if instance.policy.allows_region(instance.units[unit].region):
            for holder in matches[spec_ids[post]]:
                arrivals[unit, spec_index[holder]] = True
    staff_spec = {s.id: spec_index[s.specialty] for s in instance.staff if s.id in locked_to}
    for staff_id, unit in locked_to.items():
        arrivals.setdefault((unit, staff_spec[staff_id]), False)
    ordered = sorted(arrivals)
    return Receivers(tuple(pairs), tuple(ordered), tuple(arrivals[a] for a in ordered))


def movable_groups(
    instance: Instance, free: dict[tuple[str, str], int], locked: set[str], receiving: set[tuple[int, int]]
) -> list[Group]:
    """Groups of movable, unlocked people from (unit, specialty) pairs with free surplus.

    `receiving` holds the open arrival nodes (unit, holder specialty): a person whose own unit
    receives their specialty must not be sent back there, so they carry it as `blocked`.
    """
    unit_index = {u.id: i for i, u in enumerate(instance.units)}
    spec_index = {s.id: i for i, s in enumerate(instance.specialties)}
    forbidden: dict[str, set[int]] = defaultdict(set)
    for entry in instance.forbidden:
        forbidden[entry.staff].add(unit_index[entry.unit])
    buckets: dict[tuple[int, int, int, str], dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    volunteers: dict[tuple[int, int, int, str], set[str]] = defaultdict(set)
    for person in instance.staff:
        if not _can_leave(person, free, locked):
            continue
        unit, spec = unit_index[person.unit], spec_index[person.specialty]
        blocked = unit if (unit, spec) in receiving else NO_UNIT
        single = person.id if person.id in forbidden else ""
        key = (unit_index[person.home_unit], spec, blocked, single)
        buckets[key][unit].append(person.id)
        if person.volunteer:
            volunteers[key].add(person.id)
    groups = []
    for key in sorted(buckets):
        home, spec, blocked, single = key
        members = tuple((u, tuple(sorted(ids))) for u, ids in sorted(buckets[key].items()))
        groups.append(
            Group(
                home,
                spec,
                frozenset(volunteers.get(key, ())),
                blocked,
                members,
                frozenset(forbidden.get(single, ())),
                sum(len(ids) for _, ids in members),
            )
        )
    return groups


def special_people(instance: Instance, groups: list[Group]) -> list[Special]:
    """The members of `groups` with wishes or a move in `previous`, in staff-id order."""
    unit_index = {u.id: i for i, u in enumerate(instance.units)}
    wishes = {s.id: tuple(unit_index[w] for w in s.wishes) for s in instance.staff if s.wishes}
    previous = {p.staff: unit_index[p.unit] for p in instance.previous}
    if not wishes and not previous:
        return []
    found = [
        Special(staff, unit, g, wishes.get(staff, ()), previous.get(staff, NO_UNIT))
        for g, group in enumerate(groups)
        for unit, ids in group.members
        for staff in ids
        if staff in wishes or staff in previous
    ]
    return sorted(found, key=lambda s: s.staff)


def _can_leave(person: Staff, free: dict[tuple[str, str], int], locked: set[str]) -> bool:
    """`free` holds the (unit, specialty) pairs that may still send someone after the locks (rules 2 and 5)."""
    return person.movable and person.id not in locked and free.get((person.unit, person.specialty), 0) > 0
