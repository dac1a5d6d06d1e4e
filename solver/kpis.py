"""Key figures of a plan (INSTANCE.md) and the fairness figures beside them."""

from __future__ import annotations

from collections import Counter
from typing import Any

from solver.counts import Counts
from solver.model import Instance, wish_score
from solver.plan import Move

KPI_KEYS = (
    "posts_short",
    "filled",
    "priority_filled",
    "match_sum",
    "volunteers",
    "wish_score",
    "wishes_granted",
    "kept",
    "total_km",
    "mean_km",
    "max_km",
)


def move_km(move: Move) -> float:
    """The distance reported for a move: to the metre, so totals add up from the reported moves."""
    return round(move.km, 3)


def kpis(instance: Instance, counts: Counts, moves: tuple[Move, ...] | list[Move]) -> dict[str, Any]:
    priority = {u.id: u.priority for u in instance.units}
    filled = len(moves)
    total_km = round(sum(move_km(m) for m in moves), 3)
    volunteers = sum(1 for m in moves if m.volunteer)
    shares = source_shares(counts, moves)
    return {
        "posts_short": sum(counts.deficit.values()),
        "filled": filled,
        "priority_filled": sum(priority[m.to_unit] for m in moves),
        # Scores have two decimals: add hundredths as integers so the sum is exact.
        "match_sum": sum(round(m.match * 100) for m in moves) / 100,
        "volunteers": volunteers,
        "wish_score": sum(wish_score(m.wish) for m in moves),
        "wishes_granted": sum(1 for m in moves if m.wish is not None),
        "kept": sum(1 for m in moves if m.kept),
        "total_km": total_km,
        "mean_km": round(total_km / filled, 3) if filled else 0.0,
        "max_km": max((move_km(m) for m in moves), default=0.0),
        # Beyond the contract's keys: what levels 4 and 5 could reach at most, and fairness.
        "wishers": sum(1 for s in instance.staff if s.wishes),
        "previous_moves": len(instance.previous),
        "volunteer_share": round(volunteers / filled, 4) if filled else 0.0,
        "source_units": len(shares),
        "max_source_share": max((s["share"] for s in shares), default=0.0),
        "max_source_moves": max((s["moved"] for s in shares), default=0),
    }


def source_shares(counts: Counts, moves: tuple[Move, ...] | list[Move]) -> list[dict[str, Any]]:
    """For each unit people leave: its surplus (all specialties), how many leave, and the share."""
    surplus: Counter[str] = Counter()
    for (unit, _), n in counts.surplus.items():
        surplus[unit] += n
    moved = Counter(m.from_unit for m in moves)
    ordered = sorted(moved.items(), key=lambda item: (-item[1] / max(1, surplus[item[0]]), -item[1], item[0]))
    return [
        {
            "unit": unit,
            "surplus": surplus[unit],
            "moved": n,
            "share": round(n / surplus[unit], 4) if surplus[unit] else 0.0,
        }
        for unit, n in ordered
    ]


def unfilled_counts(counts: Counts, moves: tuple[Move, ...] | list[Move]) -> dict[tuple[str, str], int]:
    """Posts still short per (unit, specialty) after the moves."""
    filled = Counter((m.to_unit, m.post_specialty) for m in moves)
    left = {pair: gap - filled[pair] for pair, gap in counts.deficit.items()}
    return {pair: n for pair, n in sorted(left.items()) if n > 0}
