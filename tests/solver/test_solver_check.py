"""The independent checker finds what a wrong result gets wrong: rule 5, `wish` and `kept` on a move,
the new KPIs, and wishers left unexplained."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from solver_testkit import instance, person, unit

from solver import check_result, parse_instance, solve_json


def _doc() -> dict[str, Any]:
    units = [
        {**unit("L1", 19.8, 105.8, "urban"), "max_out": 2},
        unit("M1", 20.3, 105.2, "mountain"),
        unit("M2", 20.1, 105.5, "mountain"),
    ]
    staff = [
        person("A1", "L1", "a", wishes=["M2", "M1"]),
        person("A2", "L1", "a", volunteer=True),  # A3 volunteers too: it named a wish
        person("A3", "L1", "a", wishes=["L1"]),
    ]
    quotas = {("L1", "a"): 0, ("M1", "a"): 1, ("M2", "a"): 1}
    return instance(units, staff, quotas, previous=[{"staff": "A2", "unit": "M1"}])


@pytest.fixture
def good() -> dict[str, Any]:
    result = solve_json(_doc())
    assert result["status"] == "OPTIMAL"
    assert {(m["staff"], m["to"], m["wish"], m["kept"]) for m in result["moves"]} == {
        ("A1", "M2", 1, False),
        ("A2", "M1", None, True),
    }
    assert check_result(parse_instance(_doc()), result) == []
    return result


def _problems(result: dict[str, Any]) -> list[str]:
    return check_result(parse_instance(_doc()), result)


def test_rule_5(good: dict[str, Any]) -> None:
    bad = copy.deepcopy(good)
    bad["moves"].append({**bad["moves"][0], "staff": "A3", "to": "M1", "wish": None, "kept": False, "km": 0.0})
    assert any("people leave L1, max_out 2 (rule 5)" in p for p in _problems(bad))


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("wish", None, "wish is None but the destination is wish 1"),
        ("wish", 2, "wish is 2 but the destination is wish 1"),
        ("kept", True, "kept is True but the move is not in previous"),
        ("volunteer", False, "volunteer flag differs from the staff record"),
    ],
)
def test_wish_kept_and_volunteer_of_a_move(good: dict[str, Any], field: str, value: Any, expected: str) -> None:
    bad = copy.deepcopy(good)
    next(m for m in bad["moves"] if m["staff"] == "A1")[field] = value
    assert any(expected in p for p in _problems(bad)), _problems(bad)


@pytest.mark.parametrize(("key", "value"), [("wish_score", 2), ("wishes_granted", 0), ("kept", 0)])
def test_new_kpis(good: dict[str, Any], key: str, value: int) -> None:
    bad = copy.deepcopy(good)
    bad["kpis"][key] = value
    assert any(p.startswith(f"kpis.{key}: ") for p in _problems(bad))


def test_every_wisher_not_granted_is_explained(good: dict[str, Any]) -> None:
    assert [w["staff"] for w in good["wishes_not_granted"]] == ["A3"]
    assert good["wishes_not_granted"][0]["reason"] == "own_unit"
    bad = copy.deepcopy(good)
    bad["wishes_not_granted"] = []
    assert _problems(bad) == ["wishes_not_granted: A3 has no wish granted but is not explained"]
    bad = copy.deepcopy(good)
    bad["wishes_not_granted"].append({**good["wishes_not_granted"][0], "staff": "A1"})
    assert _problems(bad) == ["wishes_not_granted: A1 is listed but has a wish granted or none"]
    bad = copy.deepcopy(good)
    bad["wishes_not_granted"][0]["why"] = ""
    assert _problems(bad) == ["wishes_not_granted: A3 has no explanation"]


def test_a_version_1_result_stays_valid_without_the_new_keys() -> None:
    """A result of version 1 (no `wish`, `kept`, new KPIs) is valid for an instance without the 1.1
    keys, and not for one with them."""
    doc = _doc()
    doc["units"][0].pop("max_out")
    doc.pop("previous")
    for s in doc["staff"]:
        s.pop("wishes", None)
    result = solve_json(doc)
    for m in result["moves"]:
        del m["wish"], m["kept"]
    for key in ("wish_score", "wishes_granted", "kept", "wishers", "previous_moves"):
        del result["kpis"][key]
    del result["wishes_not_granted"]
    assert check_result(parse_instance(doc), result) == []
    problems = check_result(parse_instance(_doc()), result)
    assert any("wish is missing" in p for p in problems) and any("kpis.wish_score: missing" in p for p in problems)
