"""Reading a cq2c-instance/1 document: defaults, and errors that name the JSON path."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from solver_testkit import instance, person, unit

from solver import InstanceError, parse_instance, solve_json
from solver.parse import parse_json_text


def _doc() -> dict[str, Any]:
    return instance(
        [unit("A", 19.8, 105.7, "urban"), unit("B", 20.5, 104.6, "mountain", priority=3)],
        [person("S1", "A", "a", home="B"), person("S2", "A", "a"), person("S3", "B", "b", volunteer=True)],
        {("A", "a"): 1, ("B", "a"): 1},
        specialties=[{"id": "a", "name": "Đất đai", "related": {"b": 0.8}}, {"id": "b", "name": "Địa chính"}],
    )


def _errors(doc: Any) -> list[str]:
    with pytest.raises(InstanceError) as caught:
        parse_instance(doc)
    return caught.value.errors


def test_defaults_and_unknown_keys() -> None:
    doc = _doc()
    doc["units"][0].pop("priority")
    doc["units"][0]["extra"] = {"anything": 1}
    doc["whatever"] = [1, 2]
    inst = parse_instance(doc)
    assert inst.units[0].priority == 1
    assert inst.staff[1].home_unit == "A"
    assert inst.staff[0].home_unit == "B"
    assert inst.distances.road_factor == 1.3
    assert inst.policy.max_km is None
    assert inst.policy.destination_regions is None
    assert inst.specialties[0].score_of("b") == 0.8
    assert inst.specialties[0].score_of("a") == 1.0
    assert inst.specialties[1].score_of("a") == 0.0


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["staff"][1].update(unit="TH-9999"), 'staff[1].unit: unknown unit "TH-9999"'),
        (lambda d: d["staff"][0].update(home_unit="Z"), 'staff[0].home_unit: unknown unit "Z"'),
        (lambda d: d["staff"][2].update(specialty="zz"), 'staff[2].specialty: unknown specialty "zz"'),
        (lambda d: d["staff"][0].pop("movable"), "staff[0].movable: missing required key"),
        (lambda d: d["staff"][0].update(movable="yes"), 'staff[0].movable: expected true or false, got "yes"'),
        (lambda d: d["staff"][2].update(id="S1"), 'staff[2].id: duplicate staff id "S1"'),
        (lambda d: d["units"][1].update(region="moon"), "units[1].region: unknown region"),
        (lambda d: d["units"][1].update(lat="abc"), 'units[1].lat: expected a number, got "abc"'),
        (lambda d: d["units"][1].update(lat=95), "units[1].lat: latitude 95.0 is outside"),
        (lambda d: d["units"][0].update(priority=0), "units[0].priority: expected an integer from 1"),
        (lambda d: d["units"][0].update(priority=10**7), "units[0].priority: expected an integer from 1"),
        (lambda d: d["units"][0].update(priority=1.5), "units[0].priority: expected an integer"),
        (lambda d: d["units"][0].update(kind="tinh"), "units[0].kind: unknown kind"),
        (lambda d: d["units"].append(copy.deepcopy(d["units"][0])), 'units[2].id: duplicate unit id "A"'),
        (lambda d: d["quotas"][1].update(posts=-1), "quotas[1].posts: expected an integer from 0"),
        (lambda d: d["quotas"][0].update(specialty="x"), 'quotas[0].specialty: unknown specialty "x"'),
        (lambda d: d["quotas"].append({"unit": "A", "specialty": "a", "posts": 2}), "quotas[2]: a second quota"),
        (lambda d: d["specialties"][0]["related"].update(b=1.2), "specialties[0].related.b: expected a match score"),
        (lambda d: d["specialties"][0]["related"].update(b=0.123), "specialties[0].related.b: a match score has at"),
        (lambda d: d["specialties"][0]["related"].update(q=0.5), 'specialties[0].related.q: unknown specialty "q"'),
        (lambda d: d["specialties"][0]["related"].update(a=0.5), "specialties[0].related.a: a specialty always"),
        (lambda d: d.update(distances={"km": {"A": {"Q": 3}}}), 'distances.km.A.Q: unknown unit "Q"'),
        (lambda d: d.update(distances={"km": {"A": {"B": -3}}}), "distances.km.A.B: expected a distance from 0"),
        (lambda d: d.update(distances={"road_factor": 0}), "distances.road_factor: expected a number > 0 and"),
        (lambda d: d.update(policy={"max_km": -1}), "policy.max_km: expected a distance >= 0"),
        (lambda d: d.update(policy={"destination_regions": ["hill"]}), "policy.destination_regions[0]: unknown region"),
        (lambda d: d.update(locks=[{"staff": "NOPE", "unit": "B"}]), 'locks[0].staff: unknown staff "NOPE"'),
        (lambda d: d.update(forbidden=[{"staff": "S1", "unit": "Q"}]), 'forbidden[0].unit: unknown unit "Q"'),
        (lambda d: d.update(format="cq2c-instance/2"), 'format: expected "cq2c-instance/1"'),
        (lambda d: d.pop("format"), "format: expected"),
        (lambda d: d.pop("staff"), "staff: missing required key"),
        (lambda d: d.update(units={}), "units: expected an array"),
        (lambda d: d["staff"].append(7), "staff[3]: expected an object, got 7"),
        # version 1.1
        (lambda d: d["staff"][0].update(wishes=["B", "Q"]), 'staff[0].wishes[1]: unknown unit "Q"'),
        (lambda d: d["staff"][0].update(wishes=["B", "A", "B"]), 'staff[0].wishes[2]: unit "B" is already wish 1'),
        (lambda d: d["staff"][0].update(wishes=["A", "B", "A", "B"]), "staff[0].wishes: at most 3 wishes, got 4"),
        (lambda d: d["staff"][0].update(wishes="B"), 'staff[0].wishes: expected an array of 1 to 3 unit ids, got "B"'),
        (lambda d: d["staff"][0].update(wishes=[{"unit": "B"}]), "staff[0].wishes[0]: expected a unit id"),
        (lambda d: d["staff"][0].update(wishes=[""]), 'staff[0].wishes[0]: expected a unit id, got ""'),
        (lambda d: d["units"][0].update(max_out=-1), "units[0].max_out: expected an integer >= 0, got -1"),
        (lambda d: d["units"][0].update(max_out=1.5), "units[0].max_out: expected an integer, got 1.5"),
        (lambda d: d["units"][0].update(max_out="2"), 'units[0].max_out: expected a number, got "2"'),
        (lambda d: d.update(previous=[{"staff": "NOPE", "unit": "B"}]), 'previous[0].staff: unknown staff "NOPE"'),
        (lambda d: d.update(previous=[{"staff": "S1", "unit": "Q"}]), 'previous[0].unit: unknown unit "Q"'),
        (lambda d: d.update(previous=[{"staff": "S1"}]), "previous[0].unit: missing required key"),
        (
            lambda d: d.update(previous=[{"staff": "S1", "unit": "B"}, {"staff": "S1", "unit": "A"}]),
            'previous[1].staff: "S1" is already in previous[0]',
        ),
        (lambda d: d.update(previous={"S1": "B"}), "previous: expected an array"),
    ],
)
def test_errors_name_the_path(change: Any, expected: str) -> None:
    doc = _doc()
    change(doc)
    errors = _errors(doc)
    assert any(e.startswith(expected) for e in errors), errors


def test_every_error_is_reported_at_once() -> None:
    doc = _doc()
    doc["staff"][0]["unit"] = "X1"
    doc["staff"][2]["specialty"] = "X2"
    doc["quotas"][0]["unit"] = "X3"
    assert len(_errors(doc)) == 3


def test_not_an_object_and_bad_json() -> None:
    assert _errors([1, 2]) == ["$: expected an object, got [1, 2]"]
    with pytest.raises(InstanceError) as caught:
        parse_json_text("{oops")
    assert caught.value.errors[0].startswith("$: not valid JSON")


def test_solve_json_returns_invalid_not_an_exception() -> None:
    doc = _doc()
    doc["staff"][1]["unit"] = "TH-9999"
    result = solve_json(doc)
    assert result["status"] == "INVALID"
    assert result["errors"] == ['staff[1].unit: unknown unit "TH-9999"']
    assert result["moves"] == [] and result["unfilled"] == []
    assert set(result["kpis"]) >= {
        "posts_short",
        "filled",
        "priority_filled",
        "match_sum",
        "volunteers",
        "total_km",
        "mean_km",
        "max_km",
    }


def test_integer_ids_and_integral_floats_are_accepted() -> None:
    doc = _doc()
    doc["units"][0]["id"] = 38001
    for s in doc["staff"][:2]:
        s["unit"] = 38001
    doc["quotas"][0]["unit"] = "38001"
    doc["quotas"][0]["posts"] = 1.0
    inst = parse_instance(doc)
    assert inst.units[0].id == "38001"
    assert inst.quotas[0].posts == 1


def test_version_1_1_keys() -> None:
    doc = _doc()
    doc["format"] = "cq2c-instance/1.1"  # 1.1 keeps the format string; a document saying 1.1 is read too
    doc["units"][0]["max_out"] = 2
    doc["units"][1]["max_out"] = 0.0  # a whole float, as a spreadsheet writes it
    doc["staff"][0]["wishes"] = ["B", "A"]  # the own unit may be named: it is simply never granted
    doc["staff"][1]["wishes"] = []  # no wishes, as a roster export writes for people who named none
    doc["staff"][2]["wishes"] = None
    doc["previous"] = [{"staff": "S1", "unit": "B"}, {"staff": "S3", "unit": "B"}]  # S3 works in B: never kept
    inst = parse_instance(doc)
    assert [u.max_out for u in inst.units] == [2, 0]
    assert [s.wishes for s in inst.staff] == [("B", "A"), (), ()]
    assert (
        inst.staff[0].volunteer is True and inst.staff[0].wish_rank("A") == 2 and inst.staff[0].wish_rank("Q") is None
    )
    assert inst.staff[1].volunteer is False
    assert [(p.staff, p.unit) for p in inst.previous] == [("S1", "B"), ("S3", "B")]


def test_version_1_defaults() -> None:
    inst = parse_instance(_doc())
    assert all(u.max_out is None for u in inst.units)
    assert all(s.wishes == () for s in inst.staff)
    assert inst.previous == ()


def test_integer_unit_ids_in_wishes() -> None:
    doc = _doc()
    doc["units"][1]["id"] = 38001
    doc["quotas"][1]["unit"] = "38001"
    doc["staff"][0]["home_unit"] = "38001"
    doc["staff"][2]["unit"] = "38001"
    doc["staff"][0]["wishes"] = [38001]
    assert parse_instance(doc).staff[0].wishes == ("38001",)
