"""The optimiser's six levels equal brute force on random small instances (with wishes, max_out and
a previous proposal drawn at random), and every plan passes the independent checker; the
level-by-level path (the default: one phase per level on optimal faces) and the combined
single-phase path reach the same optimum."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from solver_testkit import brute_force, levels, locked_instances, reoptimised_instances, tiny_instances

from solver import check_result, parse_instance, solve_json
from solver.model import InstanceError

PROPERTY = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _assert_matches_brute_force(doc: dict[str, Any], result: dict[str, Any]) -> None:
    inst = parse_instance(doc)
    best = brute_force(inst)
    if best is None:
        assert result["status"] == "INVALID", result
        assert result["errors"]
        return
    assert result["status"] == "OPTIMAL", result.get("errors")
    found = levels(result)
    assert found[:5] == best.exact(), (found, best)
    assert abs(found[5] - best.km) <= 1e-2, (found[5], best.km)
    assert check_result(inst, result) == []


@PROPERTY
@given(tiny_instances(locks=False))
def test_optimum_equals_brute_force(doc: dict[str, Any]) -> None:
    try:
        parse_instance(doc)
    except InstanceError:  # pragma: no cover - the strategy writes valid documents
        raise AssertionError("the strategy produced an invalid document") from None
    _assert_matches_brute_force(doc, solve_json(doc))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tiny_instances(locks=False, v11=False))
def test_version_1_instances_equal_brute_force(doc: dict[str, Any]) -> None:
    """Without the keys of version 1.1, levels 4 and 5 are 0 for every plan: version 1 as before."""
    result = solve_json(doc)
    _assert_matches_brute_force(doc, result)
    assert result["kpis"]["wish_score"] == result["kpis"]["kept"] == 0
    assert all(m["wish"] is None and m["kept"] is False for m in result["moves"])
    assert result["wishes_not_granted"] == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reoptimised_instances())
def test_reoptimising_keeps_what_need_not_change(doc: dict[str, Any]) -> None:
    """A second run with the first run's moves as `previous`: brute force on all six levels, and the
    moves kept never cost anything on levels 1-4."""
    result = solve_json(doc)
    _assert_matches_brute_force(doc, result)
    without = solve_json({**doc, "previous": []})
    assert levels(without)[:4] == levels(result)[:4]
    assert result["kpis"]["kept"] == sum(1 for m in result["moves"] if m["kept"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(locked_instances())
def test_locks_hold_or_the_instance_is_invalid(doc: dict[str, Any]) -> None:
    """INVALID exactly when no plan keeps every lock (rules 1-3 and 5); otherwise the optimum keeps them all."""
    _assert_matches_brute_force(doc, solve_json(doc))


@PROPERTY
@given(tiny_instances(locks=False))
def test_combined_levels_give_the_same_optimum(doc: dict[str, Any]) -> None:
    """By default every level is its own phase (optimal faces and potentials do the work); with
    combine_levels all six levels of a small instance fit one weighted cost."""
    combined = solve_json(doc, combine_levels=True)
    _assert_matches_brute_force(doc, combined)
    by_level = solve_json(doc)
    if by_level["status"] == "OPTIMAL":
        assert levels(combined)[:5] == levels(by_level)[:5]
        assert abs(levels(combined)[5] - levels(by_level)[5]) <= 1e-2
