"""The keys of version 1.1 for a synthetic instance: wishes, sending caps and a previous proposal.

Deterministic for a seed, and shaped like a real round: wishers are mostly movable people of the
surplus the province asked for volunteers from, naming receiving communes near their home that
lack their specialty, sometimes their home commune (going back home), now and then any nearby
unit; caps bind on a share of the units that have surplus to send; the previous proposal is a
sample of a plan.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from typing import Any

from solver.catalog import REGIONS
from solver.synth import nearest_units

NEAREST = 60  # units a wisher chooses among: the ones nearest their home


def add_wishes(doc: dict[str, Any], share: float, seed: int = 17) -> int:
    """Give 1-3 ranked wishes to about `share` of the staff; returns how many wishers."""
    rng = random.Random(seed)
    units = doc["units"]
    position = {u["id"]: i for i, u in enumerate(units)}
    near = nearest_units(units, NEAREST)
    receiving = set(doc.get("policy", {}).get("destination_regions") or REGIONS)
    short = _short_specialties(doc, {u["id"] for u in units if u["region"] in receiving})
    staff = doc["staff"]
    current = Counter((s["unit"], s["specialty"]) for s in staff)
    posts = {(q["unit"], q["specialty"]): q["posts"] for q in doc["quotas"]}
    is_likely = [
        bool(s["movable"] and current[s["unit"], s["specialty"]] > posts.get((s["unit"], s["specialty"]), 0))
        for s in staff
    ]
    likely = [s for s, ok in zip(staff, is_likely, strict=True) if ok]
    others = [s for s, ok in zip(staff, is_likely, strict=True) if not ok]
    count = round(share * len(staff))
    chosen = rng.sample(likely, min(len(likely), round(count * 0.85)))
    chosen += rng.sample(others, min(len(others), count - len(chosen)))
    for person in chosen:
        home = person.get("home_unit") or person["unit"]
        around = [units[j]["id"] for j in near[position[home]]]
        person["wishes"] = _wishes_of(rng, person, home, around, short)
    return len(chosen)


def _short_specialties(doc: dict[str, Any], receiving: set[str]) -> dict[str, set[str]]:
    """Per receiving unit, the specialties whose posts outnumber the people holding them."""
    current = Counter((s["unit"], s["specialty"]) for s in doc["staff"])
    short: dict[str, set[str]] = {}
    for q in doc["quotas"]:
        if q["unit"] in receiving and q["posts"] > current[q["unit"], q["specialty"]]:
            short.setdefault(q["unit"], set()).add(q["specialty"])
    return short


def _wishes_of(
    rng: random.Random, person: dict[str, Any], home: str, around: Sequence[str], short: dict[str, set[str]]
) -> list[str]:
    wanted = [u for u in around if person["specialty"] in short.get(u, ())][:12]
    picks: list[str] = []
    if home != person["unit"] and rng.random() < 0.2:
        picks.append(home)
    for _ in range(rng.choice((1, 1, 2, 2, 3))):
        pool = wanted if wanted and rng.random() < 0.9 else list(around[: NEAREST // 3])
        pick = rng.choice(pool) if pool else None
        if pick is not None and pick not in picks:
            picks.append(pick)
    return picks[:3] or [rng.choice(list(around) or [home])]


def cap_sending_units(doc: dict[str, Any], share: float, seed: int = 19) -> int:
    """Give `max_out` to about `share` of the units with surplus staff: between a third and two
    thirds of their surplus, so that most caps bind; returns how many units are capped."""
    rng = random.Random(seed)
    current = Counter((s["unit"], s["specialty"]) for s in doc["staff"])
    surplus: Counter[str] = Counter()
    for q in doc["quotas"]:
        surplus[q["unit"]] += max(0, current[q["unit"], q["specialty"]] - q["posts"])
    sending = sorted(u for u, n in surplus.items() if n > 0)
    capped = rng.sample(sending, round(share * len(sending)))
    by_id = {u["id"]: u for u in doc["units"]}
    for uid in capped:
        by_id[uid]["max_out"] = max(0, round(surplus[uid] * rng.uniform(0.33, 0.67)))
    return len(capped)


def previous_from(moves: Sequence[dict[str, Any]], count: int | None = None, seed: int = 23) -> list[dict[str, str]]:
    """A previous proposal: `count` moves of a plan (all of them by default), in the plan's order."""
    chosen = list(moves)
    if count is not None and count < len(chosen):
        keep = set(random.Random(seed).sample(range(len(chosen)), count))
        chosen = [m for i, m in enumerate(chosen) if i in keep]
    return [{"staff": m["staff"], "unit": m["to"]} for m in chosen]
