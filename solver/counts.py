"""Headcount, posts, surplus and deficit per (unit, specialty), as INSTANCE.md defines them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from solver.model import Instance

Pair = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Counts:
    current: dict[Pair, int]
    posts: dict[Pair, int]
    surplus: dict[Pair, int]
    deficit: dict[Pair, int]

    def matching_posts(self, matches: dict[str, dict[str, float]], unit: str, holder: str) -> list[str]:
        """Specialties of `unit` with a deficit that a holder of `holder` may fill (`matches`: see
        `match_table`)."""
        return [k for k, scores in matches.items() if holder in scores and self.deficit.get((unit, k), 0) > 0]


def count(instance: Instance) -> Counts:
    current: Counter[Pair] = Counter((s.unit, s.specialty) for s in instance.staff)
    posts = {(q.unit, q.specialty): q.posts for q in instance.quotas}
    surplus: dict[Pair, int] = {}
    deficit: dict[Pair, int] = {}
    for pair in set(current) | set(posts):
        gap = posts.get(pair, 0) - current.get(pair, 0)
        if gap > 0:
            deficit[pair] = gap
        elif gap < 0:
            surplus[pair] = -gap
    return Counts(dict(current), posts, surplus, deficit)


def match_table(instance: Instance) -> dict[str, dict[str, float]]:
    """For each post specialty, the holder specialties that match it and their score (itself: 1)."""
    return {s.id: {s.id: 1.0, **s.related} for s in instance.specialties}
