"""An independent checker of a `cq2c-result/1` against its instance.

It shares nothing with the optimiser beyond the parsed instance: it recounts surplus and deficit,
recomputes distances with its own great-circle formula, replays rules 1–5 of INSTANCE.md move by
move, checks each move's `wish` and `kept`, recomputes every KPI, and checks that every person
with wishes none of which is granted is explained. It returns the violations found (an empty
list: the plan is valid).
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from solver.model import Instance, Unit

KM_TOLERANCE = 2e-3  # reported distances are rounded to the metre


def _km(instance: Instance, units: dict[str, Unit], origin: str, dest: str) -> float:
    given = instance.distances.km
    if (origin, dest) in given:
        return given[origin, dest]
    if (dest, origin) in given:
        return given[dest, origin]
    a, b = units[origin], units[dest]
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    h = (
        math.sin((phi2 - phi1) / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h))) * instance.distances.road_factor


def _gaps(instance: Instance) -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """(surplus, deficit) per (unit, specialty), recounted from the staff list and quotas."""
    current = Counter((s.unit, s.specialty) for s in instance.staff)
    posts = Counter({(q.unit, q.specialty): q.posts for q in instance.quotas})
    surplus: Counter[tuple[str, str]] = Counter()
    deficit: Counter[tuple[str, str]] = Counter()
    for pair in set(current) | set(posts):
        surplus[pair] = max(0, current[pair] - posts[pair])
        deficit[pair] = max(0, posts[pair] - current[pair])
    return surplus, deficit


def check_result(instance: Instance, result: dict[str, Any]) -> list[str]:
    if result.get("status") == "INVALID":
        return [] if result.get("errors") else ["status INVALID without errors"]
    moves = result.get("moves", [])
    problems = _MoveChecker(instance).check(moves)
    problems += _check_locks(instance, moves)
    problems += _check_counts(instance, moves)
    problems += _check_max_out(instance, moves)
    problems += _check_kpis(instance, moves, result.get("kpis", {}))
    problems += _check_unfilled(instance, moves, result.get("unfilled", []))
    problems += _check_wishes_explained(instance, moves, result.get("wishes_not_granted", []))
    return problems


class _MoveChecker:
    """Rules 1, 3 (match) and 4 move by move, with the instance's lookups built once."""

    def __init__(self, instance: Instance) -> None:
        self.instance = instance
        self.staff = {s.id: s for s in instance.staff}
        self.specs = {s.id: s for s in instance.specialties}
        self.units = {u.id: u for u in instance.units}
        self.region = {u.id: u.region for u in instance.units}
        self.forbidden = {(f.staff, f.unit) for f in instance.forbidden}
        self.locks = {(lk.staff, lk.unit) for lk in instance.locks}
        self.previous = {(p.staff, p.unit) for p in instance.previous}
        self.wishers = any(s.wishes for s in instance.staff)

    def check(self, moves: list[dict[str, Any]]) -> list[str]:
        problems = []
        seen: set[str] = set()
        for i, m in enumerate(moves):
            where = f"moves[{i}] ({m.get('staff')})"
            if m.get("staff") not in self.staff:
                problems.append(f"{where}: unknown staff")
                continue
            if m["staff"] in seen:
                problems.append(f"{where}: moves twice (rule 1)")
            seen.add(m["staff"])
            problems += [f"{where}: {p}" for p in self._move(m)]
        return problems

    def _move(self, m: dict[str, Any]) -> list[str]:
        person = self.staff[m["staff"]]
        problems = []
        if not person.movable:
            problems.append("not movable (rule 1)")
        if m["from"] != person.unit:
            problems.append(f"from {m['from']} but works in {person.unit}")
        if m["to"] == person.unit:
            problems.append("moves to their own unit (rule 1)")
        spec = self.specs.get(m["specialty"])
        score = spec.score_of(person.specialty) if spec is not None else 0.0
        if score <= 0:
            problems.append(f"{person.specialty} does not match a {m['specialty']} post (rule 3)")
        elif abs(m["match"] - score) > 1e-9:
            problems.append(f"match {m['match']} but the score is {score}")
        if bool(m["volunteer"]) != (person.volunteer or bool(person.wishes)):
            problems.append("volunteer flag differs from the staff record (a person with wishes is a volunteer)")
        # A version-1 result (no `wish`, no `kept`) stays valid for an instance without the 1.1 keys.
        rank = person.wishes.index(m["to"]) + 1 if m["to"] in person.wishes else None
        if ("wish" in m or self.wishers) and m.get("wish") != rank:
            problems.append(f"wish is {m.get('wish', 'missing')} but the destination is wish {rank}")
        kept = (m["staff"], m["to"]) in self.previous
        if ("kept" in m or self.previous) and m.get("kept") is not kept:
            problems.append(f"kept is {m.get('kept', 'missing')} but the move is {'' if kept else 'not '}in previous")
        km = _km(self.instance, self.units, person.home_unit, m["to"])
        if abs(km - m["km"]) > KM_TOLERANCE:
            problems.append(f"km {m['km']} but home to destination is {km:.3f}")
        if not m.get("why"):
            problems.append("no explanation")
        return problems + self._rule4(m, km)

    def _rule4(self, m: dict[str, Any], km: float) -> list[str]:
        problems = []
        if (m["staff"], m["to"]) in self.forbidden:
            problems.append("forbidden move (rule 4)")
        is_lock = (m["staff"], m["to"]) in self.locks
        if bool(m["locked"]) != is_lock:
            problems.append(f"locked flag is {m['locked']} but the move is {'' if is_lock else 'not '}a lock")
        if is_lock:
            return problems
        policy = self.instance.policy
        if policy.max_km is not None and km > policy.max_km + 1e-9:
            problems.append(f"{km:.3f} km is beyond max_km (rule 4)")
        region = self.region[m["to"]]
        if policy.destination_regions is not None and region not in policy.destination_regions:
            problems.append(f"destination region {region} is not allowed (rule 4)")
        return problems


def _check_locks(instance: Instance, moves: list[dict[str, Any]]) -> list[str]:
    made = {(m["staff"], m["to"]) for m in moves}
    return [
        f"locks[{i}]: {lk.staff} -> {lk.unit} is not in the plan (rule 4)"
        for i, lk in enumerate(instance.locks)
        if (lk.staff, lk.unit) not in made
    ]


def _check_counts(instance: Instance, moves: list[dict[str, Any]]) -> list[str]:
    surplus, deficit = _gaps(instance)
    staff = {s.id: s for s in instance.staff}
    out = Counter((m["from"], staff[m["staff"]].specialty) for m in moves if m["staff"] in staff)
    into = Counter((m["to"], m["specialty"]) for m in moves)
    problems = [
        f"{n} people of {k} leave {u}, surplus {surplus[u, k]} (rule 2)"
        for (u, k), n in out.items()
        if n > surplus[u, k]
    ]
    problems += [
        f"{n} moves fill {k} at {u}, deficit {deficit[u, k]} (rule 3)"
        for (u, k), n in into.items()
        if n > deficit[u, k]
    ]
    return problems


def _check_max_out(instance: Instance, moves: list[dict[str, Any]]) -> list[str]:
    """Rule 5: at most max_out(u) people leave unit u, locks included."""
    out = Counter(m["from"] for m in moves)
    return [
        f"{out[u.id]} people leave {u.id}, max_out {u.max_out} (rule 5)"
        for u in instance.units
        if u.max_out is not None and out[u.id] > u.max_out
    ]


def _check_kpis(instance: Instance, moves: list[dict[str, Any]], kpis: dict[str, Any]) -> list[str]:
    _, deficit = _gaps(instance)
    priority = {u.id: u.priority for u in instance.units}
    total = sum(m["km"] for m in moves)
    wishes = {s.id: s.wishes for s in instance.staff if s.wishes}
    previous = {(p.staff, p.unit) for p in instance.previous}
    ranks = [wishes[m["staff"]].index(m["to"]) + 1 for m in moves if m["to"] in wishes.get(m["staff"], ())]
    expected = {
        "posts_short": sum(deficit.values()),
        "filled": len(moves),
        "priority_filled": sum(priority[m["to"]] for m in moves),
        "match_sum": sum(m["match"] for m in moves),
        "volunteers": sum(1 for m in moves if m["volunteer"]),
        "wish_score": sum(4 - r for r in ranks),
        "wishes_granted": len(ranks),
        "kept": sum(1 for m in moves if (m["staff"], m["to"]) in previous),
        "total_km": total,
        "mean_km": total / len(moves) if moves else 0.0,
        "max_km": max((m["km"] for m in moves), default=0.0),
    }
    if wishes or previous:  # beyond the contract's keys, checked where given
        expected.update(wishers=len(wishes), previous_moves=len(instance.previous))
    optional = () if wishes or previous else ("wish_score", "wishes_granted", "kept")  # a version-1 result
    problems = []
    for key, value in expected.items():
        if key not in kpis:
            if key not in optional and key not in ("wishers", "previous_moves"):
                problems.append(f"kpis.{key}: missing")
        elif abs(float(kpis[key]) - value) > 1e-6 + 1e-3 * (key in ("total_km", "mean_km", "max_km")):
            problems.append(f"kpis.{key}: {kpis[key]} but recomputed {value}")
    return problems


def _check_unfilled(instance: Instance, moves: list[dict[str, Any]], unfilled: list[dict[str, Any]]) -> list[str]:
    _, deficit = _gaps(instance)
    into = Counter((m["to"], m["specialty"]) for m in moves)
    expected = {pair: deficit[pair] - into[pair] for pair in deficit if deficit[pair] > into[pair]}
    reported = {(u["unit"], u["specialty"]): u["count"] for u in unfilled}
    problems = [
        f"unfilled: {u} {k} should be {n}, reported {reported.get((u, k), 0)}"
        for (u, k), n in expected.items()
        if reported.get((u, k)) != n
    ]
    problems += [f"unfilled: {u} {k} reported but filled" for (u, k) in reported if (u, k) not in expected]
    problems += [f"unfilled: {u['unit']} {u['specialty']} has no explanation" for u in unfilled if not u.get("why")]
    return problems


def _check_wishes_explained(
    instance: Instance, moves: list[dict[str, Any]], explained: list[dict[str, Any]]
) -> list[str]:
    """Every person with wishes none of which the plan grants is listed, with a reason; nobody else."""
    moved_to = {m["staff"]: m["to"] for m in moves}
    expected = {s.id for s in instance.staff if s.wishes and moved_to.get(s.id) not in s.wishes}
    listed = {e.get("staff"): e for e in explained}
    problems = [f"wishes_not_granted: {sid} has no wish granted but is not explained" for sid in expected - set(listed)]
    problems += [
        f"wishes_not_granted: {sid} is listed but has a wish granted or none" for sid in set(listed) - expected
    ]
    for sid in expected & set(listed):
        entry = listed[sid]
        if not entry.get("why") or not entry.get("wishes"):
            problems.append(f"wishes_not_granted: {sid} has no explanation")
        if entry.get("moved_to") != moved_to.get(sid):
            problems.append(
                f"wishes_not_granted: {sid} moved_to {entry.get('moved_to')} but moves to {moved_to.get(sid)}"
            )
    return problems
