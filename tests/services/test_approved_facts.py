"""Approved moves are decisions, i.e. facts: new data after an approval never makes a run INVALID.

The dead end of issue 16: approve all → a receiving commune sends a roster that fills the posts the
approved people came for → the optimiser refused ("locks[…]: no post with a deficit"). Now the run
works, the approved moves stay approved in it, and a warning names the unit, the people and the numbers.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.domain.messages import english
from cq2c_desktop.services.approval import approve_moves, withdraw_approval
from cq2c_desktop.services.instance import build_instance
from cq2c_desktop.services.optimise import optimise
from cq2c_desktop.services.review import move_rows
from cq2c_desktop.store.db import OpenPlan, open_plan
from cq2c_desktop.store.models import Move, Quota, Staff, Unit


@pytest.fixture
def plan(demo_plan: Path) -> OpenPlan:
    opened = open_plan(demo_plan)
    yield opened  # type: ignore[misc]
    opened.close()


def _busiest_destination(plan: OpenPlan, run_id: int) -> tuple[str, str, list[str]]:
    with plan.begin() as s:
        moves = move_rows(s, run_id)
    (unit, specialty), _ = Counter((m.to_unit_id, m.specialty_id) for m in moves).most_common(1)[0]
    return unit, specialty, [m.staff_id for m in moves if (m.to_unit_id, m.specialty_id) == (unit, specialty)]


def _hire_locally(plan: OpenPlan, unit: str, specialty: str, count: int) -> None:
    """The commune's own roster arrives: `count` new people of that specialty already there."""
    with plan.begin() as s:
        for n in range(count):
            s.add(
                Staff(id=f"NEW{n:03d}", full_name=f"Người Mới {n}", gender="nam", unit_id=unit, specialty_id=specialty)
            )


def test_new_data_after_approve_all_gives_a_working_run_and_a_warning(plan: OpenPlan) -> None:
    first = optimise(plan)
    approve_moves(plan, all_moves=True)
    unit, specialty, people = _busiest_destination(plan, first.run_id)
    _hire_locally(plan, unit, specialty, 6)

    second = optimise(plan)  # refused before: the approved moves were locks with no deficit left

    assert second.status == "OPTIMAL"
    with plan.begin() as s:
        rows = move_rows(s, second.run_id)
        posts = s.scalar(select(Quota.posts).where(Quota.unit_id == unit, Quota.specialty_id == specialty))
        name = s.scalar(select(Unit.name).where(Unit.id == unit))
    approved = {r.staff_id for r in rows if r.status == MoveStatus.APPROVED.value}
    assert approved == {m.staff_id for m in _all_moves(plan, first.run_id)}  # every decision carried over
    texts = [english(w) for w in second.warnings]
    assert len(texts) == 1 and str(name) in texts[0] and all(p in texts[0] for p in people)
    assert f"for {posts} posts" in texts[0] and "Withdraw an approval" in texts[0]

    # The way out: withdraw one approval with its reason; that person can be proposed again.
    withdraw_approval(plan, [next(r.id for r in rows if r.staff_id == people[0])], reason="Đơn vị đã đủ người")
    with plan.begin() as s:
        instance = build_instance(s)
    person = next(p for p in instance["staff"] if p["id"] == people[0])
    assert person["unit"] != unit and person["movable"] is True  # back at home, free to be proposed


def test_an_approved_person_counts_at_the_destination_in_the_post_filled(plan: OpenPlan) -> None:
    run = optimise(plan)
    with plan.begin() as s:
        move = s.scalars(select(Move).where(Move.run_id == run.run_id).order_by(Move.id)).first()
        assert move is not None
        move_id, staff, to, post = move.id, move.staff_id, move.to_unit_id, move.specialty_id
    approve_moves(plan, move_ids=[move_id])
    with plan.begin() as s:
        instance = build_instance(s)
    person = next(p for p in instance["staff"] if p["id"] == staff)
    assert (person["unit"], person["specialty"], person["movable"]) == (to, post, False)
    assert all(lock["staff"] != staff for lock in instance["locks"])
    assert all(prev["staff"] != staff for prev in instance["previous"])


def _all_moves(plan: OpenPlan, run_id: int) -> list[Move]:
    with plan.begin() as s:
        return list(s.scalars(select(Move).where(Move.run_id == run_id)))
