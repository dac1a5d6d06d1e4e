"""Helpers for the solver tests: tiny instances, a brute-force exact solver, hypothesis strategies.

The brute force shares nothing with the solver beyond the parsed instance: it enumerates every
assignment of people to posts that keeps rules 1-5 and keeps the lexicographically best on the six
levels of the objective.
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
    sid: str,
    unit_id: str,
    spec: str,
    *,
    home: str | None = None,
    movable: bool = True,
    volunteer: bool = False,
    wishes: list[str] | None = None,
) -> dict[str, Any]:
    doc: dict[str, Any] = {"id": sid, "unit": unit_id, "specialty": spec, "movable": movable, "volunteer": volunteer}
    if home is not None:
        doc["home_unit"] = home
    if wishes is not None:
        doc["wishes"] = wishes
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


# priority, match x 100, volunteers, wish score, kept, km, moves
Score = tuple[int, int, int, int, int, float, int]


@dataclass(frozen=True)
class Best:
    priority: int
    match100: int
    volunteers: int
    wish_score: int
    kept: int
    km: float
    moves: int

    def exact(self) -> tuple[int, int, int, int, int]:
        """Levels 1-5 (integers); level 6 (km) is compared with a tolerance."""
        return (self.priority, self.match100, self.volunteers, self.wish_score, self.kept)


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
    max_out = {u.id: u.max_out for u in inst.units if u.max_out is not None}
    previous = {(p.staff, p.unit) for p in inst.previous}
    options = _options(inst, deficit)
    priority = {u.id: u.priority for u in inst.units}
    locked = Counter(lk.staff for lk in inst.locks)
    people = list(inst.staff)
    best: list[Score | None] = [None]  # the best leaf so far

    def visit(i: int, out: Counter[Any], into: Counter[tuple[str, str]], score: Score) -> None:
        if i == len(people):
            b = best[0]
            if b is None or score[:5] > b[:5] or (score[:5] == b[:5] and score[5] < b[5] - 1e-9):
                best[0] = score
            return
        p = people[i]
        if locked[p.id] > 1:
            return
        if not locked[p.id]:
            visit(i + 1, out, into, score)
        src = (p.unit, p.specialty)
        if out[src] >= surplus.get(src, 0) or out[p.unit] >= max_out.get(p.unit, len(people)):
            return
        volunteer = p.volunteer or bool(p.wishes)  # INSTANCE.md 1.1: a person with wishes is a volunteer
        for d, k, km, m in options[p.id]:
            if into[d, k] >= deficit[d, k]:
                continue
            wish = 3 - p.wishes.index(d) if d in p.wishes else 0
            out[src] += 1
            out[p.unit] += 1
            into[d, k] += 1
            visit(
                i + 1,
                out,
                into,
                (
                    score[0] + priority[d],
                    score[1] + m,
                    score[2] + volunteer,
                    score[3] + wish,
                    score[4] + ((p.id, d) in previous),
                    score[5] + km,
                    score[6] + 1,
                ),
            )
            out[src] -= 1
            out[p.unit] -= 1
            into[d, k] -= 1

    visit(0, Counter(), Counter(), (0, 0, 0, 0, 0, 0.0, 0))
    found = best[0]
    return None if found is None else Best(*found)


@st.composite
def tiny_instances(draw: st.DrawFn, *, locks: bool = True, v11: bool = True) -> dict[str, Any]:
    """Random small instances that brute force can enumerate, drawn from a seeded Random so that
    sizes and mixes are uniform rather than biased towards the smallest values. With `v11` they
    carry the keys of version 1.1 at random (wishes, max_out, previous), without it none."""
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
    extra = _extras(rng, ids, [s["id"] for s in staff], locks)
    if v11:
        _version_11(rng, units, staff, extra)
    return instance(units, staff, quotas, specialties, **extra)


def _version_11(rng: Any, units: list[dict[str, Any]], staff: list[dict[str, Any]], extra: dict[str, Any]) -> None:
    """Wishes (1-3 units, sometimes the own unit, sometimes with `volunteer` false), caps on sending
    units (0 included) and a previous proposal (sometimes moves no plan can make)."""
    ids = [u["id"] for u in units]
    for s in staff:
        if rng.random() < 0.4:
            s["wishes"] = rng.sample(ids, rng.randint(1, min(3, len(ids))))
            s["volunteer"] = rng.random() < 0.5
    for u in units:
        if rng.random() < 0.3:
            u["max_out"] = rng.choice([0, 1, 1, 2])
    if rng.random() < 0.6:
        people = rng.sample(staff, rng.randint(0, len(staff)))
        extra["previous"] = [{"staff": s["id"], "unit": rng.choice(ids)} for s in people]


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


def levels(result: dict[str, Any]) -> tuple[int, int, int, int, int, float]:
    """The six levels of the objective of a result, from its KPIs."""
    k = result["kpis"]
    return (
        k["priority_filled"],
        round(k["match_sum"] * 100),
        k["volunteers"],
        k["wish_score"],
        k["kept"],
        k["total_km"],
    )


@st.composite
def reoptimised_instances(draw: st.DrawFn) -> dict[str, Any]:
    """The officer's second run: `previous` is the optimum of the instance, then one change (a move
    ruled out, a unit capped, a post more or less, a new wish) before solving again."""
    from solver import solve_json

    doc = draw(tiny_instances(locks=False))
    doc.pop("previous", None)
    moves = solve_json(doc)["moves"]
    doc["previous"] = [{"staff": m["staff"], "unit": m["to"]} for m in moves]
    rng = random.Random(draw(st.integers(0, 2**32)))
    change = rng.choice(("forbid", "cap", "quota", "wish", "nothing"))
    if change == "forbid" and moves:
        m = rng.choice(moves)
        doc.setdefault("forbidden", []).append({"staff": m["staff"], "unit": m["to"]})
    elif change == "cap":
        rng.choice(doc["units"])["max_out"] = rng.randint(0, 1)
    elif change == "quota":
        quota = rng.choice(doc["quotas"])
        quota["posts"] = max(0, quota["posts"] + rng.choice((-1, 1)))
    elif change == "wish":
        rng.choice(doc["staff"])["wishes"] = [rng.choice(doc["units"])["id"]]
    return doc
