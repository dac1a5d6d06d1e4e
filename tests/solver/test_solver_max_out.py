"""Rule 5 (INSTANCE.md 1.1): at most `max_out` people leave a unit, locks included; locks that break
it make the instance INVALID with the reason."""

from __future__ import annotations

from typing import Any

import pytest
from solver_testkit import instance, person, unit

from solver import check_result, greedy_json, parse_instance, solve_json

SPECS: list[dict[str, Any]] = [{"id": "a", "name": "Đất đai"}, {"id": "b", "name": "Xây dựng"}]


def world(max_out: int | None, **extra: Any) -> dict[str, Any]:
    """L1 has a surplus of two a-holders and two b-holders; M1 and M2 lack two of each."""
    l1 = unit("L1", 19.8, 105.8, "urban")
    if max_out is not None:
        l1["max_out"] = max_out
    units = [l1, unit("M1", 20.3, 105.2, "mountain", priority=2), unit("M2", 20.0, 105.5, "mountain")]
    staff = [person(f"{k.upper()}{i}", "L1", k) for k in "ab" for i in range(2)]
    quotas = {("L1", "a"): 0, ("L1", "b"): 0, ("M1", "a"): 1, ("M1", "b"): 1, ("M2", "a"): 1, ("M2", "b"): 1}
    return instance(units, staff, quotas, SPECS, **extra)


def checked(doc: dict[str, Any]) -> dict[str, Any]:
    result = solve_json(doc)
    if result["status"] != "INVALID":
        inst = parse_instance(doc)
        assert check_result(inst, result) == []
        assert check_result(inst, greedy_json(doc)) == []
    return result


@pytest.mark.parametrize(("max_out", "filled"), [(None, 4), (5, 4), (4, 4), (3, 3), (1, 1), (0, 0)])
def test_at_most_max_out_people_leave_in_all_specialties(max_out: int | None, filled: int) -> None:
    result = checked(world(max_out))
    assert result["status"] == "OPTIMAL" and result["kpis"]["filled"] == filled
    if filled == 1:  # the one who leaves goes to the higher-priority unit
        assert [m["to"] for m in result["moves"]] == ["M1"]


def test_a_unit_that_may_send_nobody_explains_its_posts() -> None:
    result = checked(world(0))
    reasons = {(u["unit"], u["specialty"]): u for u in result["unfilled"]}
    assert {u["reason"] for u in reasons.values()} == {"max_out"}
    assert "đã đủ số người được cử đi (max_out)" in reasons["M1", "a"]["why"]
    assert "sending limit (max_out)" in reasons["M1", "a"]["why_en"]


def test_candidates_held_back_by_the_cap_are_counted() -> None:
    result = checked(world(2))
    left = [u for u in result["unfilled"] if u["unit"] == "M2"]
    assert {u["reason"] for u in left} == {"taken"}
    assert all("không thể đi vì đơn vị của họ đã đủ số người được cử đi" in u["why"] for u in left)


def test_locks_count_towards_max_out() -> None:
    locks = [{"staff": "A0", "unit": "M2"}]
    result = checked(world(1, locks=locks))
    assert [(m["staff"], m["to"], m["locked"]) for m in result["moves"]] == [("A0", "M2", True)]


def test_locks_beyond_max_out_make_the_instance_invalid() -> None:
    locks = [{"staff": "A0", "unit": "M2"}, {"staff": "B0", "unit": "M1"}, {"staff": "B1", "unit": "M2"}]
    result = checked(world(2, locks=locks))
    assert result["status"] == "INVALID"
    assert result["errors"] == [
        'locks[2].staff: 3 people are locked out of unit "L1" (locks[0], locks[1], locks[2]) '
        "but its max_out (units[0].max_out) is 2"
    ]
    assert result["kpis"]["posts_short"] == 4 and result["moves"] == []
    assert greedy_json(world(2, locks=locks))["status"] == "INVALID"


def test_max_out_zero_with_a_lock_is_invalid() -> None:
    result = checked(world(0, locks=[{"staff": "A0", "unit": "M1"}]))
    assert result["status"] == "INVALID"
    assert result["errors"] == [
        'locks[0].staff: 1 person is locked out of unit "L1" (locks[0]) but its max_out (units[0].max_out) is 0'
    ]
