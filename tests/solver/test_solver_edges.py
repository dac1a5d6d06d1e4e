"""Degenerate instances: nothing to do, nobody to move, locks alone, zero distance limits."""

from __future__ import annotations

from typing import Any

import pytest
from solver_testkit import instance, person, unit

from solver import check_result, greedy_json, parse_instance, solve_json


def _both(doc: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    best, base = solve_json(doc), greedy_json(doc)
    inst = parse_instance(doc)
    assert check_result(inst, best) == [] and check_result(inst, base) == []
    return best, base


@pytest.mark.parametrize(
    "doc",
    [
        instance([unit("A", 20, 105)], [], {}),
        instance([unit("A", 20, 105)], [person("S", "A", "a")], {}),
        instance([unit("A", 20, 105), unit("B", 20.1, 105)], [person("S", "A", "a")], {("B", "a"): 2}),
        instance([unit("A", 20, 105), unit("B", 20.1, 105)], [person("S", "A", "a", movable=False)], {("B", "a"): 1}),
        instance(
            [unit("A", 20, 105), unit("B", 20.1, 105)], [person("S", "A", "a")], {("B", "a"): 1}, policy={"max_km": 0}
        ),
    ],
)
def test_degenerate_instances_solve(doc: dict[str, Any]) -> None:
    best, base = _both(doc)
    assert best["status"] == "OPTIMAL" and base["status"] == "FEASIBLE"
    assert best["kpis"]["posts_short"] - best["kpis"]["filled"] == sum(u["count"] for u in best["unfilled"])


def test_home_equal_to_destination_is_zero_km() -> None:
    doc = instance(
        [unit("A", 20, 105, "urban"), unit("B", 20.5, 105.5)], [person("S", "A", "a", home="B")], {("B", "a"): 1}
    )
    best, _ = _both(doc)
    assert best["moves"][0]["km"] == 0.0 and "ngay tại" in best["moves"][0]["why"]
    assert best["kpis"]["total_km"] == 0.0


def test_lock_into_a_region_nobody_else_may_enter() -> None:
    doc = instance(
        [unit("A", 20, 105, "urban"), unit("B", 20.5, 105.5, "lowland")],
        [person("S", "A", "a"), person("T", "A", "a")],
        {("B", "a"): 2},
        policy={"destination_regions": ["mountain"]},
        locks=[{"staff": "S", "unit": "B"}],
    )
    best, base = _both(doc)
    assert [(m["staff"], m["locked"]) for m in best["moves"]] == [("S", True)]
    assert [(m["staff"], m["locked"]) for m in base["moves"]] == [("S", True)]
    assert best["unfilled"][0]["reason"] == "region" and best["unfilled"][0]["count"] == 1


def test_moving_back_into_ones_own_unit_is_never_proposed() -> None:
    """A surplus a-holder in A, whose unit also lacks a b post their specialty may fill."""
    specs = [{"id": "a", "name": "Đất đai"}, {"id": "b", "name": "Quy hoạch", "related": {"a": 0.5}}]
    doc = instance(
        [unit("A", 20, 105), unit("B", 20.2, 105)],
        [person("S", "A", "a"), person("T", "A", "a")],
        {("A", "a"): 1, ("A", "b"): 1, ("B", "b"): 1},
        specs,
    )
    best, base = _both(doc)
    assert [(m["to"], m["specialty"]) for m in best["moves"]] == [("B", "b")]
    assert [(m["to"], m["specialty"]) for m in base["moves"]] == [("B", "b")]
    assert best["unfilled"][0]["unit"] == "A"
