"""Explanations: ranks and reasons are consistent with the plan, and optimal plans never leave a
nearer, equally suited person free (that would contradict optimality)."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from solver_testkit import instance, person, unit

from solver import solve_json
from solver.candindex import candidate_index
from solver.context import prepare
from solver.decode import decode_moves
from solver.facts import group_status, move_facts
from solver.greedy_plan import greedy_plan
from solver.lexflow import solve_lexicographic
from solver.network import flow_problem
from solver.parse import parse_instance
from solver.synth import default_units, generate_instance
from solver.synth_wishes import add_wishes, cap_sending_units, previous_from


def _post_with_three_candidates(volunteer: str | None = None) -> dict[str, Any]:
    units = [
        unit("N1", 20.0, 105.2, "lowland"),
        unit("N2", 20.0, 105.4, "lowland"),
        unit("N3", 20.0, 105.6, "lowland"),
        unit("M", 20.0, 105.0, "mountain"),
    ]
    staff = [person(sid, uid, "a", volunteer=sid == volunteer) for sid, uid in (("X", "N1"), ("Y", "N2"), ("Z", "N3"))]
    return instance(units, staff, {("N1", "a"): 0, ("N2", "a"): 0, ("N3", "a"): 0, ("M", "a"): 1})


def test_nearest_candidate_is_rank_one() -> None:
    move = solve_json(_post_with_three_candidates())["moves"][0]
    assert move["staff"] == "X"
    assert "gần thứ 1 trong 3 người" in move["why"]
    assert "nearest no. 1 of the 3" in move["why_en"]


def test_volunteer_beats_distance_and_says_why() -> None:
    move = solve_json(_post_with_three_candidates(volunteer="Z"))["moves"][0]
    assert move["staff"] == "Z" and move["volunteer"]
    assert "gần thứ 3 trong 3" in move["why"]
    assert "2 người kém phù hợp hơn" in move["why"]
    assert "Có nguyện vọng" in move["why"]


def test_forbidden_reason() -> None:
    doc = _post_with_three_candidates()
    doc["forbidden"] = [{"staff": s, "unit": "M"} for s in ("X", "Y", "Z")]
    result = solve_json(doc)
    assert result["moves"] == []
    assert result["unfilled"][0]["reason"] == "forbidden"
    assert unicodedata.is_normalized("NFC", result["unfilled"][0]["why"])


def _with_wishes(seed: int) -> dict[str, Any]:
    """A second run: wishes and sending caps added, the first run's moves (half of them) as previous."""
    doc = generate_instance(default_units(40), seed=seed, staff_per_unit=30)
    moves = solve_json(doc)["moves"]
    add_wishes(doc, 0.1, seed)
    cap_sending_units(doc, 0.3, seed)
    doc["previous"] = previous_from(moves, len(moves) // 2, seed)
    return doc


@pytest.mark.parametrize(("seed", "v11"), [(1, False), (2, False), (1, True), (2, True)])
def test_optimal_plans_leave_no_better_free_candidate(seed: int, v11: bool) -> None:
    """Levels 2-5 and distance: a free nearer candidate that ranks level with or above the mover
    would contradict optimality, bonus people (wishers, previous moves) included."""
    doc = _with_wishes(seed) if v11 else generate_instance(default_units(40), seed=seed, staff_per_unit=30)
    ctx = prepare(parse_instance(doc))
    flow = solve_lexicographic(flow_problem(ctx.net)).flow
    moves = decode_moves(ctx.instance, ctx.net, flow, ctx.table)
    facts = move_facts(
        candidate_index(ctx.net), ctx.net, group_status(ctx.instance, ctx.counts, ctx.net, moves), ctx.instance, moves
    )
    assert moves
    if v11:
        assert any(m.wish for m in moves) and any(m.kept for m in moves) and len(ctx.net.parent)
    for move, fact in zip(moves, facts, strict=True):
        nearer = (
            fact.nearer_moved + fact.nearer_blocked + fact.nearer_capped + fact.nearer_less_suited + fact.nearer_other
        )
        assert nearer == fact.rank - 1 and 1 <= fact.rank <= fact.candidates
        assert fact.nearer_other == 0, move
    result = solve_json(doc)
    assert all(u["reason"] != "not_reached" for u in result["unfilled"])
    assert all(m["why"] and unicodedata.is_normalized("NFC", m["why"]) for m in result["moves"])


@pytest.mark.parametrize("v11", [False, True])
def test_greedy_facts_add_up(v11: bool) -> None:
    doc = _with_wishes(3) if v11 else generate_instance(default_units(40), seed=3, staff_per_unit=30)
    ctx = prepare(parse_instance(doc))
    moves = list(greedy_plan(ctx).moves)
    facts = move_facts(
        candidate_index(ctx.net), ctx.net, group_status(ctx.instance, ctx.counts, ctx.net, moves), ctx.instance, moves
    )
    for fact in facts:
        parts = (fact.nearer_moved, fact.nearer_blocked, fact.nearer_capped, fact.nearer_less_suited, fact.nearer_other)
        assert sum(parts) == fact.rank - 1 and min(parts) >= 0
