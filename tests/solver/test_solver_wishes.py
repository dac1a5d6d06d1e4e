"""Wishes (INSTANCE.md 1.1): level 4 of the objective on hand-made instances, and the explanation of
every wish granted or not, with its binding reason."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from solver_testkit import instance, person, unit

from solver import check_result, greedy_json, parse_instance, solve_json

UNITS = [
    unit("L1", 19.8, 105.8, "urban"),
    unit("L2", 19.9, 105.9, "lowland"),
    unit("M1", 20.3, 105.2, "mountain", priority=2),
    unit("M2", 20.0, 105.5, "mountain", priority=2),
    unit("H1", 20.6, 105.0, "highland", priority=3),
]
KM = {"L1": {"M1": 60, "M2": 30, "H1": 90}, "L2": {"M1": 70, "M2": 20, "H1": 100}}


def world(staff: list[dict[str, Any]], posts: dict[str, int], **extra: Any) -> dict[str, Any]:
    """Staff of specialty a in L1 and L2, where a has no posts (all surplus); `posts` of a elsewhere."""
    quotas = {("L1", "a"): 0, ("L2", "a"): 0, **{(u, "a"): n for u, n in posts.items()}}
    extra.setdefault("distances", {"road_factor": 1.3, "km": KM})
    return instance(UNITS, staff, quotas, **extra)


def solved(doc: dict[str, Any]) -> dict[str, Any]:
    result = solve_json(doc)
    assert result["status"] == "OPTIMAL", result.get("errors")
    inst = parse_instance(doc)
    assert check_result(inst, result) == []
    assert check_result(inst, greedy_json(doc)) == []
    for item in result["moves"] + result["wishes_not_granted"]:
        assert item["why"] and item["why_en"]
        assert unicodedata.is_normalized("NFC", item["why"])
    return result


def moved(result: dict[str, Any]) -> dict[str, str]:
    return {m["staff"]: m["to"] for m in result["moves"]}


def not_granted(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {w["staff"]: w for w in result["wishes_not_granted"]}


def test_a_wish_outranks_distance_and_makes_a_volunteer() -> None:
    staff = [person("X", "L1", "a", volunteer=True), person("Y", "L2", "a", wishes=["M1"])]
    result = solved(world(staff, {"M1": 1}))
    assert moved(result) == {"Y": "M1"}  # 70 km, X lives 60 km away: both volunteer, Y named M1
    move = result["moves"][0]
    assert move["wish"] == 1 and move["volunteer"] is True and move["kept"] is False
    assert "Được đáp ứng nguyện vọng 1 (Xã M1)." in move["why"]
    assert "Grants wish 1 (Xã M1)." in move["why_en"]
    k = result["kpis"]
    assert (k["wish_score"], k["wishes_granted"], k["volunteers"], k["wishers"]) == (3, 1, 1, 1)
    assert result["wishes_not_granted"] == []
    staff[1].pop("wishes")  # without the wish, the nearer volunteer goes
    assert moved(solved(world(staff, {"M1": 1}))) == {"X": "M1"}


def test_a_higher_priority_post_outranks_a_wish() -> None:
    result = solved(world([person("Y", "L2", "a", wishes=["M1"])], {"M1": 1, "H1": 1}))
    assert moved(result) == {"Y": "H1"}
    entry = not_granted(result)["Y"]
    assert entry["moved_to"] == "H1" and entry["reason"] == "higher_level"
    assert entry["wishes"] == [{"rank": 1, "unit": "M1", "reason": "higher_level", "also": []}]
    assert "mức ưu tiên cao hơn tại Xã H1 (3 so với 2)" in entry["why"]
    assert "Nguyện vọng 1 (Xã M1) không được đáp ứng" in result["moves"][0]["why"]
    assert result["kpis"]["wish_score"] == 0


def test_the_first_wish_before_the_second_even_further_away() -> None:
    result = solved(world([person("Y", "L2", "a", wishes=["M1", "M2"])], {"M1": 1, "M2": 1}))
    assert moved(result) == {"Y": "M1"} and result["moves"][0]["wish"] == 1  # 70 km against 20
    result = solved(world([person("Y", "L2", "a", wishes=["H1", "M2"])], {"M1": 1, "M2": 1}))
    assert moved(result) == {"Y": "M2"} and result["moves"][0]["wish"] == 2
    why = result["moves"][0]["why"]
    assert "Được đáp ứng nguyện vọng 2 (Xã M2)." in why
    assert "Nguyện vọng 1 (Xã H1) không được đáp ứng: Xã H1 không thiếu vị trí nào" in why
    assert result["kpis"]["wish_score"] == 2


def test_the_higher_ranked_wish_takes_the_post() -> None:
    staff = [person("Y", "L1", "a", wishes=["M2", "M1"]), person("Z", "L2", "a", wishes=["M1"])]
    result = solved(world(staff, {"M1": 1}))
    assert moved(result) == {"Z": "M1"}  # Z's first wish (3) against Y's second (2), though Y lives nearer
    entry = not_granted(result)["Y"]
    assert entry["moved_to"] is None and entry["reason"] == "no_deficit"
    assert [(w["unit"], w["reason"]) for w in entry["wishes"]] == [("M2", "no_deficit"), ("M1", "posts_taken")]
    assert "1 người có nguyện vọng xếp trên" in entry["why"]
    assert "1 with a higher-ranked wish" in entry["why_en"]


@pytest.mark.parametrize(
    ("change", "reason", "text"),
    [
        (lambda d: d["staff"][0].update(wishes=["L2"]), "own_unit", "đó là đơn vị đang công tác"),
        (lambda d: d["staff"][0].update(movable=False), "not_movable", "không điều động"),
        (lambda d: d["quotas"].__setitem__(1, {"unit": "L2", "specialty": "a", "posts": 1}), "no_surplus", "dôi dư"),
        (lambda d: d.update(forbidden=[{"staff": "Y", "unit": "M1"}]), "forbidden", "loại trừ"),
        (lambda d: d.update(policy={"destination_regions": ["highland"]}), "region", "vùng miền núi"),
        (lambda d: d.update(policy={"max_km": 50}), "too_far", "70,0 km, vượt giới hạn 50,0 km"),
        (lambda d: d["staff"][0].update(wishes=["M2"]), "no_deficit", "Xã M2 không thiếu vị trí nào"),
        (lambda d: d.update(locks=[{"staff": "Y", "unit": "H1"}]), "locked_elsewhere", "đã chốt điều động đến Xã H1"),
    ],
)
def test_reasons_that_hold_whatever_the_plan(change: Any, reason: str, text: str) -> None:
    doc = world([person("Y", "L2", "a", wishes=["M1"])], {"M1": 1, "H1": 1})
    change(doc)
    entry = not_granted(solved(doc))["Y"]
    assert entry["reason"] == reason
    assert text in entry["why"], entry["why"]


def test_the_sending_units_quota_was_reached() -> None:
    staff = [person("X", "L1", "a", wishes=["M1"]), person("W", "L1", "a", wishes=["M2"])]
    doc = world(staff, {"M1": 1, "M2": 1})
    doc["units"] = [dict(u, max_out=1) if u["id"] == "L1" else u for u in doc["units"]]
    result = solved(doc)
    assert len(result["moves"]) == 1 and result["kpis"]["wish_score"] == 3
    (left,) = result["wishes_not_granted"]
    assert left["reason"] == "max_out" and "đủ số người được cử đi (max_out)" in left["why"]
    assert left["wishes"][0]["also"] == []  # the post there is still open: only the quota binds
    (post,) = result["unfilled"]
    assert post["reason"] == "taken" and "max_out" in post["why"]


def test_the_surplus_went_to_someone_else() -> None:
    staff = [person("X", "L1", "a", wishes=["M2"]), person("W", "L1", "a")]
    doc = world(staff, {"M2": 1, "H1": 1}, forbidden=[{"staff": "X", "unit": "H1"}])
    doc["quotas"][0]["posts"] = 1  # L1 keeps one of its two a-holders: one may leave
    result = solved(doc)
    assert moved(result) == {"W": "H1"}  # priority 3 first; X may not go there
    entry = not_granted(result)["X"]
    assert entry["reason"] == "surplus_used" and "đã dành cho người khác" in entry["why"]


def test_greedy_plans_say_when_a_wish_was_not_reached() -> None:
    """Greedy fills H1 with the nearest (X), though Y wished for it: the reason says X ranks behind."""
    staff = [person("X", "L1", "a"), person("Y", "L2", "a", wishes=["H1"])]
    result = greedy_json(world(staff, {"H1": 1}))
    assert moved(result) == {"X": "H1"}
    entry = not_granted(result)["Y"]
    assert entry["reason"] == "posts_taken" and "1 người xếp sau theo thứ tự mục tiêu" in entry["why"]
    best = solved(world(staff, {"H1": 1}))
    assert moved(best) == {"Y": "H1"} and best["kpis"]["wish_score"] == 3
