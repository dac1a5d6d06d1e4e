"""Rounds: round 2 sees round 1's approvals as facts; each round and all together are reported. Remaining
needs: the posts a round leaves unfilled, per unit and specialty, with the officer's measure."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from cq2c_desktop.domain.enums import NeedMeasure
from cq2c_desktop.services.approval import approve_moves
from cq2c_desktop.services.instance import plan_instance
from cq2c_desktop.services.needs import NeedError, NeedRow, need_rows, needs_report, set_measure, write_needs_xlsx
from cq2c_desktop.services.optimise import optimise
from cq2c_desktop.services.rounds import RoundError, round_report, start_round
from cq2c_desktop.store.db import OpenPlan, open_plan
from cq2c_desktop.store.models import Move, Run, UnfilledPost


@pytest.fixture
def plan(demo_plan: Path) -> Iterator[OpenPlan]:
    opened = open_plan(demo_plan)
    yield opened
    opened.close()


def _moves(plan: OpenPlan, run_id: int) -> list[Move]:
    with plan.begin() as session:
        return list(session.scalars(select(Move).where(Move.run_id == run_id).order_by(Move.id)))


def test_round_2_sees_round_1_approvals_as_facts(plan: OpenPlan) -> None:
    first = optimise(plan)
    approved = _moves(plan, first.run_id)[:25]
    approve_moves(plan, move_ids=[m.id for m in approved])
    number = start_round(plan, "Đợt 2 (bổ sung)")
    assert number == 2
    staff = {p["id"]: p for p in plan_instance(plan)["staff"]}
    for move in approved:  # at the destination, in the post's specialty, not movable again
        person = staff[move.staff_id]
        assert (person["unit"], person["specialty"], person["movable"]) == (move.to_unit_id, move.specialty_id, False)
    second = optimise(plan)
    with plan.begin() as session:
        run = session.get(Run, second.run_id)
        assert run is not None and run.round == 2
    round_2 = _moves(plan, second.run_id)
    assert not {m.staff_id for m in round_2} & {m.staff_id for m in approved}  # nobody moved twice
    assert all(m.status == "proposed" for m in round_2)  # round 1's decisions are not carried into round 2's list
    # Round 1's approved arrivals filled posts: round 2 fills fewer than round 1 proposed.
    assert second.moves + second.unfilled <= first.moves + first.unfilled - len(approved)
    approve_moves(plan, move_ids=[m.id for m in round_2[:10]])
    with plan.begin() as session:
        report = round_report(session)
    assert report["current_round"] == 2
    assert [(r["round"], r["approved"]) for r in report["rounds"]] == [(1, 25), (2, 10)]
    assert report["rounds"][1]["label"] == "Đợt 2 (bổ sung)"
    assert report["cumulative"] == {"approved": 35, "transfers": 35, "secondments": 0}


def test_a_round_cannot_start_before_the_current_one_has_a_run(plan: OpenPlan) -> None:
    with pytest.raises(RoundError):
        start_round(plan)
    optimise(plan)
    assert start_round(plan) == 2
    with pytest.raises(RoundError):
        start_round(plan)


def test_the_needs_list_sums_to_the_unfilled_posts_and_keeps_the_measure(plan: OpenPlan, tmp_path: Path) -> None:
    run = optimise(plan)
    with plan.begin() as session:
        rows = need_rows(session)
        unfilled: Counter[tuple[str, str]] = Counter()
        for post in session.scalars(select(UnfilledPost).where(UnfilledPost.run_id == run.run_id)):
            unfilled[(post.unit_id, post.specialty_id)] += post.count
    assert sum(r.count for r in rows) == run.unfilled == sum(unfilled.values()) > 0
    assert {(r.unit_id, r.specialty_id): r.count for r in rows} == dict(unfilled)
    assert {r.measure for r in rows} == {NeedMeasure.RECRUITMENT.value}  # the default
    target = rows[0]
    before = set_measure(plan, 1, target.unit_id, target.specialty_id, NeedMeasure.CONTRACT.value, "Hợp đồng 68")
    assert before == (NeedMeasure.RECRUITMENT.value, "")
    with pytest.raises(NeedError):
        set_measure(plan, 1, target.unit_id, target.specialty_id, "tuyen_dung")
    with plan.begin() as session:
        report = needs_report(session)
    mine = next(n for n in report if (n["unit"], n["specialty"]) == (target.unit_id, target.specialty_id))
    assert (mine["count"], mine["measure"]) == (target.count, "contract")
    assert sum(n["count"] for n in report) == run.unfilled
    out = write_needs_xlsx(need_rows_of(plan), tmp_path / "nhu-cau.xlsx")
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=4)]
    assert values[-1][3] == run.unfilled and len(values) == len(rows) + 1
    assert "Hợp đồng lao động" in [v[4] for v in values]


def need_rows_of(plan: OpenPlan) -> list[NeedRow]:
    with plan.begin() as session:
        return need_rows(session)
