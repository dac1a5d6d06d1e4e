"""The greedy baseline keeps the rules (rule 5 included) and never beats the optimum."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from solver_testkit import instance, levels, locked_instances, person, tiny_instances, unit

from solver import check_result, greedy_json, parse_instance, solve_json


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tiny_instances(locks=False))
def test_greedy_keeps_the_rules_and_is_not_better(doc: dict[str, Any]) -> None:
    base, best = greedy_json(doc), solve_json(doc)
    assert base["status"] == "FEASIBLE"
    assert check_result(parse_instance(doc), base) == []
    assert levels(best)[:5] >= levels(base)[:5]
    if levels(best)[:5] == levels(base)[:5]:
        assert levels(best)[5] <= levels(base)[5] + 1e-2


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(locked_instances())
def test_greedy_keeps_locks(doc: dict[str, Any]) -> None:
    base, best = greedy_json(doc), solve_json(doc)
    assert (base["status"] == "INVALID") == (best["status"] == "INVALID")
    if base["status"] != "INVALID":
        assert check_result(parse_instance(doc), base) == []


def test_greedy_takes_the_nearest_for_the_most_important_post_first() -> None:
    units = [
        unit("NEAR", 20.0, 105.0, "lowland"),
        unit("FAR", 20.6, 105.0, "lowland"),
        unit("P3", 20.1, 105.0, "mountain", priority=3),
        unit("P1", 20.2, 105.0, "mountain", priority=1),
    ]
    staff = [person("X", "NEAR", "a"), person("Y", "FAR", "a")]
    doc = instance(units, staff, {("P3", "a"): 1, ("P1", "a"): 1})
    moves = {m["to"]: m["staff"] for m in greedy_json(doc)["moves"]}
    assert moves == {"P3": "X", "P1": "Y"}
