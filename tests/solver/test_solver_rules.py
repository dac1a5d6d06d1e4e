"""Rules 1-4 on hand-made instances: max_km, regions, forbidden, related specialties, distances,
locks (valid and INVALID), and the shape of the result."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from solver_testkit import instance, person, unit

from solver import check_result, parse_instance, solve_json

SPECS: list[dict[str, Any]] = [{"id": "a", "name": "Đất đai", "related": {"b": 0.8}}, {"id": "b", "name": "Địa chính"}]


def scenario(**extra: Any) -> dict[str, Any]:
    """Surplus in two lowland units; posts short in two mountain units and one far highland unit."""
    units = [
        unit("L1", 19.8, 105.8, "urban"),
        unit("L2", 19.9, 105.9, "lowland"),
        unit("M1", 20.3, 105.2, "mountain", priority=3),
        unit("M2", 20.0, 105.5, "mountain", priority=2),
        unit("H1", 21.5, 104.0, "highland", priority=3),
    ]
    staff = [
        person("A1", "L1", "a"),
        person("A2", "L1", "a", volunteer=True),
        person("A3", "L1", "a"),
        person("B1", "L2", "b"),
        person("B2", "L2", "b", home="M2"),
        person("N1", "M1", "b", movable=False),
    ]
    quotas = {("L1", "a"): 1, ("M1", "a"): 1, ("M2", "a"): 1, ("H1", "a"): 1, ("M2", "b"): 1, ("M1", "b"): 1}
    return instance(units, staff, quotas, SPECS, **extra)


def solved(doc: dict[str, Any], **options: Any) -> dict[str, Any]:
    result = solve_json(doc, **options)
    if result["status"] != "INVALID":
        assert check_result(parse_instance(doc), result) == []
    return result


def moves_of(result: dict[str, Any]) -> dict[str, tuple[str, str]]:
    return {m["staff"]: (m["to"], m["specialty"]) for m in result["moves"]}


def unfilled_reasons(result: dict[str, Any]) -> dict[tuple[str, str], str]:
    return {(u["unit"], u["specialty"]): u["reason"] for u in result["unfilled"]}


def test_no_policy_fills_everything_it_can() -> None:
    result = solved(scenario())
    assert result["status"] == "OPTIMAL"
    k = result["kpis"]
    assert k["posts_short"] == 4 and k["filled"] == 4
    # Two a-holders and two b-holders: the b-holders take M2's b post and one a post at 0.8.
    assert k["priority_filled"] == 3 + 2 + 3 + 2
    assert k["match_sum"] == pytest.approx(3.8)
    assert k["volunteers"] == 1
    assert moves_of(result)["B2"] == ("M2", "b")  # lives in M2: 0 km


def test_max_km_leaves_the_far_unit_unfilled() -> None:
    result = solved(scenario(policy={"max_km": 150}))
    assert "H1" not in {to for to, _ in moves_of(result).values()}
    assert unfilled_reasons(result) == {("H1", "a"): "out_of_range"}
    why = result["unfilled"][0]["why"]
    assert "150" in why and "km" in why


def test_destination_regions() -> None:
    result = solved(scenario(policy={"destination_regions": ["mountain"]}))
    assert unfilled_reasons(result) == {("H1", "a"): "region"}
    assert "vùng cao" in result["unfilled"][0]["why"]


def test_forbidden_and_related_specialty() -> None:
    doc = scenario(policy={"max_km": 150}, forbidden=[{"staff": s, "unit": "M1"} for s in ("A1", "A2", "A3")])
    result = solved(doc)
    moved = moves_of(result)
    assert all(moved.get(s, ("", ""))[0] != "M1" for s in ("A1", "A2", "A3"))
    # M1's a post (priority 3) goes to a b-holder at match 0.8 rather than stay empty.
    filler = [m for m in result["moves"] if m["to"] == "M1"]
    assert len(filler) == 1 and filler[0]["match"] == 0.8 and filler[0]["specialty"] == "a"
    assert "0,80" in filler[0]["why"]


def test_no_holder_anywhere() -> None:
    doc = scenario()
    doc["specialties"].append({"id": "c", "name": "Công nghệ thông tin"})
    doc["quotas"].append({"unit": "M1", "specialty": "c", "posts": 2})
    result = solved(doc)
    assert unfilled_reasons(result)[("M1", "c")] == "no_holder"
    assert [u["count"] for u in result["unfilled"] if u["specialty"] == "c"] == [2]


def test_taken_by_higher_priority() -> None:
    doc = scenario(policy={"max_km": 150})
    doc["staff"] = [s for s in doc["staff"] if s["id"] in ("A1", "N1")]
    doc["quotas"] = [q for q in doc["quotas"] if q["unit"] != "L1"]
    result = solved(doc)
    assert moves_of(result) == {"A1": ("M1", "a")}
    assert unfilled_reasons(result)[("M2", "a")] == "taken"
    why = next(u["why_en"] for u in result["unfilled"] if u["unit"] == "M2" and u["specialty"] == "a")
    assert "higher priority" in why


def test_explicit_distances_either_direction() -> None:
    doc = scenario(distances={"road_factor": 1.3, "km": {"M1": {"L1": 12.5}}})
    result = solved(doc)
    from_l1 = [m for m in result["moves"] if m["to"] == "M1" and m["from"] == "L1"]
    assert from_l1 and from_l1[0]["km"] == 12.5


def test_result_shape_and_explanations() -> None:
    result = solved(scenario(policy={"max_km": 150}))
    assert result["format"] == "cq2c-result/1"
    assert {
        "posts_short",
        "filled",
        "priority_filled",
        "match_sum",
        "volunteers",
        "total_km",
        "mean_km",
        "max_km",
    } <= set(result["kpis"])
    for item in result["moves"] + result["unfilled"]:
        assert item["why"] and item["why_en"]
        assert unicodedata.is_normalized("NFC", item["why"])
    for m in result["moves"]:
        assert set(m) >= {"staff", "from", "to", "specialty", "km", "match", "volunteer", "locked", "why"}
    assert isinstance(result["seconds"], float)


# --- locks -------------------------------------------------------------------------------------


def test_lock_beyond_policy_holds() -> None:
    doc = scenario(policy={"max_km": 150, "destination_regions": ["mountain"]}, locks=[{"staff": "A3", "unit": "H1"}])
    result = solved(doc)
    assert result["status"] == "OPTIMAL"
    lock = next(m for m in result["moves"] if m["staff"] == "A3")
    assert lock["to"] == "H1" and lock["locked"] is True and lock["km"] > 150
    assert "khóa" in lock["why"]
    assert all(not m["locked"] for m in result["moves"] if m["staff"] != "A3")


def test_lock_chooses_the_best_post_at_its_unit() -> None:
    doc = scenario(locks=[{"staff": "B1", "unit": "M2"}])
    doc["staff"] = [s for s in doc["staff"] if s["id"] != "B2"]  # B2 lives in M2: it would take the b post
    result = solved(doc)
    lock = next(m for m in result["moves"] if m["staff"] == "B1")
    assert (lock["to"], lock["specialty"], lock["match"]) == ("M2", "b", 1.0)


@pytest.mark.parametrize(
    ("locks", "forbidden", "expected"),
    [
        ([{"staff": "N1", "unit": "M2"}], [], 'locks[0].staff: "N1" is not movable'),
        ([{"staff": "A1", "unit": "L1"}], [], 'locks[0].unit: "A1" already works in unit "L1"'),
        ([{"staff": "A1", "unit": "M1"}, {"staff": "A1", "unit": "M2"}], [], 'locks[1].staff: "A1" is already locked'),
        (
            [{"staff": "A1", "unit": "M1"}, {"staff": "A2", "unit": "M2"}, {"staff": "A3", "unit": "H1"}],
            [],
            'locks[2].staff: 3 people of specialty "a" are locked out of unit "L1"',
        ),
        ([{"staff": "B1", "unit": "L2"}], [], 'locks[0].unit: "B1" already works'),
        ([{"staff": "A1", "unit": "L2"}], [], 'locks[0].unit: unit "L2" has no post with a deficit'),
        ([{"staff": "A1", "unit": "M2"}, {"staff": "A2", "unit": "M2"}], [], 'locks: the 2 people locked to unit "M2"'),
        (
            [{"staff": "A1", "unit": "M1"}],
            [{"staff": "A1", "unit": "M1"}],
            'locks[0]: the move of "A1" to "M1" is also',
        ),
    ],
)
def test_broken_locks_make_the_instance_invalid(
    locks: list[dict[str, str]], forbidden: list[dict[str, str]], expected: str
) -> None:
    result = solved(scenario(locks=locks, forbidden=forbidden))
    assert result["status"] == "INVALID"
    assert any(e.startswith(expected) for e in result["errors"]), result["errors"]
    assert result["kpis"]["posts_short"] == 4


def test_related_lock_pair_is_consistent() -> None:
    """Two people locked to M2: one a-holder and one b-holder, for the a and b posts."""
    result = solved(scenario(locks=[{"staff": "B1", "unit": "M2"}, {"staff": "A1", "unit": "M2"}]))
    got = {m["staff"]: m["specialty"] for m in result["moves"] if m["to"] == "M2"}
    assert got == {"A1": "a", "B1": "b"}
