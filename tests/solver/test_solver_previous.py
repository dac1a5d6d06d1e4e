"""The previous proposal (INSTANCE.md 1.1): re-optimising keeps what need not change (level 5),
never at the cost of levels 1-4; entries that can no longer be made are simply not kept."""

from __future__ import annotations

from typing import Any

import pytest
from solver_testkit import instance, person, unit

from solver import check_result, parse_instance, solve_json


def world(**extra: Any) -> dict[str, Any]:
    """Two mountain posts of a; L1 has three a-holders with the same home (interchangeable for
    levels 1-4 and 6), L2 one nearer M2."""
    units = [
        unit("L1", 19.8, 105.8, "urban"),
        unit("L2", 20.0, 105.6, "lowland"),
        unit("M1", 20.3, 105.2, "mountain"),
        unit("M2", 20.1, 105.5, "mountain"),
    ]
    staff = [person("A1", "L1", "a"), person("A2", "L1", "a"), person("A3", "L1", "a"), person("B1", "L2", "a")]
    return instance(units, staff, {("L1", "a"): 0, ("L2", "a"): 0, ("M1", "a"): 1, ("M2", "a"): 1}, **extra)


def solved(doc: dict[str, Any]) -> dict[str, Any]:
    result = solve_json(doc)
    assert result["status"] == "OPTIMAL", result.get("errors")
    assert check_result(parse_instance(doc), result) == []
    return result


def moves_of(result: dict[str, Any]) -> dict[str, str]:
    return {m["staff"]: m["to"] for m in result["moves"]}


def test_ties_keep_the_previous_proposal() -> None:
    first = solved(world())
    assert moves_of(first) == {"A1": "M1", "B1": "M2"}  # the smaller staff id of three equals
    again = solved(world(previous=[{"staff": "A3", "unit": "M1"}, {"staff": "B1", "unit": "M2"}]))
    assert moves_of(again) == {"A3": "M1", "B1": "M2"}
    assert all(m["kept"] for m in again["moves"]) and again["kpis"]["kept"] == 2
    assert all("Giữ nguyên như phương án trước." in m["why"] for m in again["moves"])
    assert all("Kept from the previous proposal." in m["why_en"] for m in again["moves"])


def test_rejecting_one_move_leaves_the_others_alone() -> None:
    """The officer rules out B1 -> M2; A3 stays on M1 (kept) and another person takes M2."""
    previous = [{"staff": "A3", "unit": "M1"}, {"staff": "B1", "unit": "M2"}]
    result = solved(world(previous=previous, forbidden=[{"staff": "B1", "unit": "M2"}]))
    assert moves_of(result)["A3"] == "M1" and "B1" not in moves_of(result)
    assert result["kpis"]["kept"] == 1 and result["kpis"]["filled"] == 2


def test_previous_never_costs_a_higher_level() -> None:
    """Keeping B1 -> M1 costs distance only (M2 then goes to someone from L1, farther away): level 6
    is below level 5, so it is kept. With A2 a volunteer, level 3 comes first: A2 moves, and the
    number of volunteers is what it is without `previous`."""
    previous = [{"staff": "B1", "unit": "M1"}]
    kept = solved(world(previous=previous))
    assert moves_of(kept)["B1"] == "M1" and kept["kpis"]["kept"] == 1
    doc = world(previous=previous)
    doc["staff"][1]["volunteer"] = True
    doc["staff"][3]["volunteer"] = False
    result = solved(doc)
    assert "A2" in moves_of(result)
    assert result["kpis"]["volunteers"] == solved({**doc, "previous": []})["kpis"]["volunteers"] == 1


@pytest.mark.parametrize(
    "entry",
    [
        {"staff": "A1", "unit": "L1"},  # own unit
        {"staff": "A1", "unit": "L2"},  # no deficit there
        {"staff": "N1", "unit": "M1"},  # not movable
    ],
)
def test_moves_that_can_no_longer_be_made_are_not_kept(entry: dict[str, str]) -> None:
    doc = world(previous=[entry])
    doc["staff"].append(person("N1", "L1", "a", movable=False))
    result = solved(doc)
    assert result["kpis"]["kept"] == 0 and result["kpis"]["previous_moves"] == 1
    assert result["kpis"]["filled"] == 2


def test_a_forbidden_or_out_of_range_previous_move_is_not_kept() -> None:
    previous = [{"staff": "A1", "unit": "M1"}, {"staff": "B1", "unit": "M2"}]
    doc = world(previous=previous, forbidden=[{"staff": "A1", "unit": "M1"}], policy={"max_km": 40})
    result = solved(doc)
    assert all(m["staff"] != "A1" or m["to"] != "M1" for m in result["moves"])
    assert all(m["km"] <= 40 for m in result["moves"])
    assert result["kpis"]["kept"] == sum(1 for m in result["moves"] if (m["staff"], m["to"]) == ("B1", "M2"))


def test_a_locked_move_in_previous_counts_as_kept() -> None:
    result = solved(world(locks=[{"staff": "A2", "unit": "M2"}], previous=[{"staff": "A2", "unit": "M2"}]))
    lock = next(m for m in result["moves"] if m["staff"] == "A2")
    assert lock["locked"] and lock["kept"] and result["kpis"]["kept"] == 1
