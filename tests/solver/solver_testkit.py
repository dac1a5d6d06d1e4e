"""Helpers for the solver tests: tiny instances, a brute-force exact solver, hypothesis strategies.

The brute force shares nothing with the solver beyond the parsed instance: it enumerates every
assignment of people to posts that keeps rules 1-4 and keeps the lexicographically best.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from solver.model import Instance

REGIONS = ("mountain", "highland", "lowland", "coastal", "urban")


def unit(uid: str, lat: float, lon: float, region: str = "mountain", priority: int = 1) -> dict[str, Any]:
    return {
        "id": uid,
        "name": f"Xã {uid}",
        "kind": "xa",
        "region": region,
        "lat": lat,
        "lon": lon,
        "priority": priority,
    }


def person(
    sid: str, unit_id: str, spec: str, *, home: str | None = None, movable: bool = True, volunteer: bool = False
) -> dict[str, Any]:
    doc: dict[str, Any] = {"id": sid, "unit": unit_id, "specialty": spec, "movable": movable, "volunteer": volunteer}
    if home is not None:
        doc["home_unit"] = home
    return doc


def instance(
    units: list[dict[str, Any]],
    staff: list[dict[str, Any]],
    quotas: dict[tuple[str, str], int],
    specialties: list[dict[str, Any]] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A cq2c-instance/1 document; `quotas` maps (unit, specialty) to posts."""
    doc: dict[str, Any] = {
        "format": "cq2c-instance/1",
        "name": "test",
        "units": units,
        "specialties": specialties or [{"id": "a", "name": "Đất đai"}, {"id": "b", "name": "Xây dựng"}],
        "staff": staff,
        "quotas": [{"unit": u, "specialty": k, "posts": n} for (u, k), n in quotas.items()],
    }
    doc.update(extra)
    return doc


def km_between(inst: Instance, origin: str, dest: str) -> float:
    given = inst.distances.km
    if (origin, dest) in given:
        return given[origin, dest]
    if (dest, origin) in given:
        return given[dest, origin]
    units = {u.id: u for u in inst.units}
    a, b = units[origin], units[dest]
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h))) * inst.distances.road_factor


Score = tuple[int, int, int, float, int]  # priority, match x 100, volunteers, km, moves


@dataclass(frozen=True)
class Best:
    priority: int
    match100: int
    volunteers: int
    km: float
    moves: int


def _options(inst: Instance, deficit: Counter[tuple[str, str]]) -> dict[str, list[tuple[str, str, float, int]]]:
    """Per person: the (unit, post specialty, km, match x 100) they may fill."""
    regions = {u.id: u.region for u in inst.units}
    forbidden = {(f.staff, f.unit) for f in inst.forbidden}
    locks: dict[str, list[str]] = {}
    for lk in inst.locks:
        locks.setdefault(lk.staff, []).append(lk.unit)
    options: dict[str, list[tuple[str, str, float, int]]] = {}
    for p in inst.staff:
        found = []
        for (d, k), gap in deficit.items():
            spec = next(s for s in inst.specialties if s.id == k)
            score = 1.0 if k == p.specialty else spec.related.get(p.specialty, 0.0)
            if gap <= 0 or score <= 0 or d == p.unit or not p.movable or (p.id, d) in forbidden:
                continue
            km = km_between(inst, p.home_unit, d)
            if p.id in locks:
                if d in locks[p.id]:
                    found.append((d, k, km, round(score * 100)))
                continue
            if inst.policy.max_km is not None and km > inst.policy.max_km:
                continue
            if inst.policy.destination_regions is not None and regions[d] not in inst.policy.destination_regions:
                continue
            found.append((d, k, km, round(score * 100)))
        options[p.id] = found
    return options


def brute_force(inst: Instance) -> Best | None:
    """The lexicographic optimum by enumeration, or None when the locks cannot hold."""
    current = Counter((s.unit, s.specialty) for s in inst.staff)
    posts = Counter({(q.unit, q.specialty): q.posts for q in inst.quotas})
    surplus = {pair: max(0, current[pair] - posts[pair]) for pair in set(current) | set(posts)}
    deficit = Counter({pair: max(0, posts[pair] - current[pair]) for pair in set(current) | set(posts)})
    options = _options(inst, deficit)
    priority = {u.id: u.priority for u in inst.units}
    locked = Counter(lk.staff for lk in inst.locks)
    people = list(inst.staff)
    best: list[Score | None] = [None]  # the best leaf so far

    def visit(i: int, out: Counter[tuple[str, str]], into: Counter[tuple[str, str]], score: Score) -> None:
        if i == len(people):
            b = best[0]
            key = score[:3]
            if b is None or key > b[:3] or (key == b[:3] and score[3] < b[3] - 1e-9):
                best[0] = score
            return
        p = people[i]
        if locked[p.id] > 1:
            return
        if not locked[p.id]:
            visit(i + 1, out, into, score)
        src = (p.unit, p.specialty)
        if out[src] >= surplus.get(src, 0):
            return
        for d, k, km, m in options[p.id]:
            if into[d, k] >= deficit[d, k]:
                continue
            out[src] += 1
            into[d, k] += 1
            visit(
                i + 1,
                out,
                into,
                (score[0] + priority[d], score[1] + m, score[2] + p.volunteer, score[3] + km, score[4] + 1),
            )
            out[src] -= 1
            into[d, k] -= 1

    visit(0, Counter(), Counter(), (0, 0, 0, 0.0, 0))
    found = best[0]
    return None if found is None else Best(*found)


@st.composite
def tiny_instances(draw: st.DrawFn, *, locks: bool = True) -> dict[str, Any]:
    """Random small instances that brute force can enumerate, drawn from a seeded Random so that
    sizes and mixes are uniform rather than biased towards the smallest values."""
    rng = random.Random(draw(st.integers(0, 2**32)))
    units = [
        unit(f"U{i}", rng.uniform(19.0, 19.8), rng.uniform(105.0, 105.8), rng.choice(REGIONS), rng.randint(1, 3))
        for i in range(rng.randint(2, 5))
    ]
    ids = [u["id"] for u in units]
    specs = ["a", "b", "c"][: rng.randint(1, 3)]
    specialties = [
        {
            "id": k,
            "name": f"Chuyên môn {k}",
            "related": {o: rng.choice([0.3, 0.5, 0.8]) for o in specs if o != k and rng.random() < 0.5},
        }
        for k in specs
    ]
    staff = [
        person(
            f"P{i}",
            rng.choice(ids),
            rng.choice(specs),
            home=rng.choice([None, None, *ids]),
            movable=rng.random() < 0.8,
            volunteer=rng.random() < 0.4,
        )
        for i in range(rng.randint(3, 7))
    ]
    current = Counter((s["unit"], s["specialty"]) for s in staff)
    # Surplus where people are, deficits where they are not: most instances then have moves to make.
    quotas = {
        (u, k): max(0, current[u, k] - rng.choice([2, 1, 1, 0, -1])) if current[u, k] else rng.choice([0, 1, 1, 2])
        for u in ids
        for k in specs
    }
    return instance(units, staff, quotas, specialties, **_extras(rng, ids, [s["id"] for s in staff], locks))


def _extras(rng: Any, ids: list[str], staff_ids: list[str], locks: bool) -> dict[str, Any]:
    policy: dict[str, Any] = {}
    if rng.random() < 0.35:
        policy["max_km"] = rng.uniform(40, 250)
    if rng.random() < 0.35:
        policy["destination_regions"] = rng.sample(REGIONS, rng.randint(1, 4))
    extra: dict[str, Any] = {"policy": policy}
    if rng.random() < 0.4:
        extra["distances"] = {
            "road_factor": rng.choice([1.0, 1.3, 1.5]),
            "km": {rng.choice(ids): {rng.choice(ids): rng.uniform(0, 250)}},
        }
    extra["forbidden"] = [{"staff": rng.choice(staff_ids), "unit": rng.choice(ids)} for _ in range(rng.randint(0, 2))]
    if locks:
        extra["locks"] = [{"staff": rng.choice(staff_ids), "unit": rng.choice(ids)} for _ in range(rng.randint(1, 2))]
    return extra


@st.composite
def locked_instances(draw: st.DrawFn) -> dict[str, Any]:
    """Instances whose locks are mostly moves some plan makes (valid), sometimes arbitrary ones."""
    from solver import solve_json

    doc = draw(tiny_instances(locks=False))
    moves = solve_json(doc)["moves"]
    chosen = draw(st.lists(st.sampled_from(moves), unique_by=lambda m: m["staff"], max_size=3)) if moves else []
    doc["locks"] = [{"staff": m["staff"], "unit": m["to"]} for m in chosen]
    if draw(st.integers(0, 3)) == 0 or not chosen:
        doc["locks"].append(
            {
                "staff": draw(st.sampled_from([s["id"] for s in doc["staff"]])),
                "unit": draw(st.sampled_from([u["id"] for u in doc["units"]])),
            }
        )
    return doc


def levels(result: dict[str, Any]) -> tuple[int, int, int, float]:
    k = result["kpis"]
    return k["priority_filled"], round(k["match_sum"] * 100), k["volunteers"], k["total_km"]
