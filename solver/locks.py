"""Check that the officer's locks can hold (rules 1–3 and 5 of INSTANCE.md); broken locks make the
instance INVALID, with one message per problem naming the lock's path.

A lock may go beyond `max_km` and `destination_regions`, so those are not checked here.
"""

from __future__ import annotations

from collections import defaultdict

from solver.counts import Counts, match_table
from solver.model import Instance, Staff


def lock_errors(instance: Instance, counts: Counts) -> list[str]:
    staff = {s.id: s for s in instance.staff}
    forbidden = {(f.staff, f.unit): i for i, f in enumerate(instance.forbidden)}
    matches = match_table(instance)
    errors: list[str] = []
    first_lock: dict[str, int] = {}
    kept: list[tuple[int, Staff, str]] = []
    for index, lock in enumerate(instance.locks):
        person = staff[lock.staff]
        problem = _single_lock_problem(index, person, lock.unit, first_lock, forbidden)
        if problem is None and not counts.matching_posts(matches, lock.unit, person.specialty):
            problem = (
                f'locks[{index}].unit: unit "{lock.unit}" has no post with a deficit that '
                f'specialty "{person.specialty}" can fill'
            )
        first_lock.setdefault(person.id, index)
        if problem is not None:
            errors.append(problem)
        else:
            kept.append((index, person, lock.unit))
    errors.extend(_surplus_errors(kept, counts))
    errors.extend(_max_out_errors(kept, instance))
    errors.extend(_destination_errors(kept, counts, matches))
    return errors


def _single_lock_problem(
    index: int, person: Staff, unit: str, first_lock: dict[str, int], forbidden: dict[tuple[str, str], int]
) -> str | None:
    where = f"locks[{index}]"
    if person.id in first_lock:
        return f'{where}.staff: "{person.id}" is already locked by locks[{first_lock[person.id]}]'
    if not person.movable:
        return f'{where}.staff: "{person.id}" is not movable'
    if unit == person.unit:
        return f'{where}.unit: "{person.id}" already works in unit "{unit}"'
    if (person.id, unit) in forbidden:
        clash = forbidden[person.id, unit]
        return f'{where}: the move of "{person.id}" to "{unit}" is also forbidden (forbidden[{clash}])'
    return None


def _surplus_errors(kept: list[tuple[int, Staff, str]], counts: Counts) -> list[str]:
    """Rule 2: locks out of (unit, specialty) may not exceed its surplus."""
    out: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, person, _ in kept:
        out[person.unit, person.specialty].append(index)
    errors = []
    for (unit, spec), indices in out.items():
        surplus = counts.surplus.get((unit, spec), 0)
        if len(indices) > surplus:
            listed = ", ".join(f"locks[{i}]" for i in indices)
            errors.append(
                f'locks[{indices[surplus]}].staff: {len(indices)} people of specialty "{spec}" are '
                f'locked out of unit "{unit}" ({listed}) but its surplus is {surplus}'
            )
    return errors


def _max_out_errors(kept: list[tuple[int, Staff, str]], instance: Instance) -> list[str]:
    """Rule 5: locks count towards the sending unit's `max_out`."""
    position = {u.id: i for i, u in enumerate(instance.units)}
    out: dict[str, list[int]] = defaultdict(list)
    for index, person, _ in kept:
        out[person.unit].append(index)
    errors = []
    for unit, indices in out.items():
        cap = instance.units[position[unit]].max_out
        if cap is not None and len(indices) > cap:
            listed = ", ".join(f"locks[{i}]" for i in indices)
            errors.append(
                f"locks[{indices[cap]}].staff: {len(indices)} {'person is' if len(indices) == 1 else 'people are'} "
                f'locked out of unit "{unit}" ({listed}) but its max_out (units[{position[unit]}].max_out) is {cap}'
            )
    return errors


def _destination_errors(
    kept: list[tuple[int, Staff, str]], counts: Counts, matches: dict[str, dict[str, float]]
) -> list[str]:
    """Rule 3: the people locked to one unit must fill distinct posts with a deficit there."""
    by_unit: dict[str, list[tuple[int, Staff]]] = defaultdict(list)
    for index, person, unit in kept:
        by_unit[unit].append((index, person))
    errors = []
    for unit, locks in by_unit.items():
        slots = [
            k
            for k, scores in matches.items()
            for _ in range(counts.deficit.get((unit, k), 0))
            if any(p.specialty in scores for _, p in locks)
        ]
        matched = _max_matching([p.specialty for _, p in locks], slots, matches)
        if matched < len(locks):
            listed = ", ".join(f"locks[{i}]" for i, _ in locks)
            errors.append(
                f'locks: the {len(locks)} people locked to unit "{unit}" ({listed}) cannot all fill '
                f"a post with a deficit there: at most {matched} can"
            )
    return errors


def _max_matching(holders: list[str], slots: list[str], matches: dict[str, dict[str, float]]) -> int:
    return sum(1 for owner in match_holders(holders, slots, matches) if owner is not None)


def match_holders(holders: list[str], slots: list[str], matches: dict[str, dict[str, float]]) -> list[int | None]:
    """A maximum matching of holders (their specialties) to post slots (the posts' specialties),
    by Kuhn's augmenting paths, each holder trying its best-matching slots first; locks are few.
    Returns the holder index owning each slot, or None."""
    owner: list[int | None] = [None] * len(slots)
    preference = [_slots_by_score(holder, slots, matches) for holder in holders]

    def augment(holder: int, seen: set[int]) -> bool:
        for slot in preference[holder]:
            if slot in seen:
                continue
            seen.add(slot)
            current = owner[slot]
            if current is None or augment(current, seen):
                owner[slot] = holder
                return True
        return False

    for holder in range(len(holders)):
        augment(holder, set())
    return owner


def _slots_by_score(holder: str, slots: list[str], matches: dict[str, dict[str, float]]) -> list[int]:
    usable = [s for s in range(len(slots)) if holder in matches[slots[s]]]
    return sorted(usable, key=lambda s: -matches[slots[s]][holder])
