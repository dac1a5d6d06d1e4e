"""Approved decisions are facts everywhere the officer looks: the staffing balance, the overview's
figures, the report's `still_short` and the remaining needs count an approved person at the destination
(a secondee where they work) and no longer at the source, as the optimiser does (`approved_placements`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from cq2c_desktop.cli import main
from cq2c_desktop.domain.enums import MoveKind
from cq2c_desktop.services.approval import approve_moves
from cq2c_desktop.services.balance import BalanceCell, balance_cells, summarise
from cq2c_desktop.services.balance_views import balance_grid
from cq2c_desktop.services.instance import approved_facts, approved_placements
from cq2c_desktop.services.needs import NeedRow, need_rows
from cq2c_desktop.services.optimise import optimise
from cq2c_desktop.services.overview import plan_info
from cq2c_desktop.services.plan_report import plan_report
from cq2c_desktop.services.secondments import set_move_kind
from cq2c_desktop.store.db import OpenPlan, open_plan
from cq2c_desktop.store.models import Move, Staff

Pair = tuple[str, str]


@pytest.fixture
def plan(demo_plan: Path) -> Iterator[OpenPlan]:
    opened = open_plan(demo_plan)
    yield opened
    opened.close()


def _cells(plan: OpenPlan) -> dict[Pair, BalanceCell]:
    with plan.begin() as session:
        return {(c.unit_id, c.specialty_id): c for c in balance_cells(session)}


def _moves(plan: OpenPlan, run_id: int) -> list[tuple[int, Pair, Pair]]:
    """(move id, (source unit, own specialty), (destination, post's specialty)) of the run's moves."""
    with plan.begin() as session:
        rows = session.execute(
            select(Move.id, Staff.unit_id, Staff.specialty_id, Move.to_unit_id, Move.specialty_id)
            .join(Staff, Staff.id == Move.staff_id)
            .where(Move.run_id == run_id)
            .order_by(Move.id)
        )
        return [(m, (u, k), (t, p)) for m, u, k, t, p in rows]


def test_approving_moves_moves_the_balance(plan: OpenPlan) -> None:
    run = optimise(plan)
    before = _cells(plan)
    with plan.begin() as session:
        summary_before = summarise(session)
    assert summary_before.approved_moves == 0
    chosen = _moves(plan, run.run_id)[:30]
    seconded = chosen[0][0]
    set_move_kind(plan, [seconded], MoveKind.SECONDMENT, term_months=24)
    approve_moves(plan, move_ids=[m for m, _, _ in chosen])

    after = _cells(plan)
    leaving = Counter(source for _, source, _ in chosen)
    arriving = Counter(target for _, _, target in chosen)
    for pair in set(before) | set(after) | set(leaving) | set(arriving):
        was = before[pair].current if pair in before else 0
        now = after[pair].current if pair in after else 0
        assert now == was - leaving[pair] + arriving[pair], pair
    # The optimiser takes people from surpluses to shortages: every source's surplus and every
    # destination's shortage drops by the people who left or came.
    for pair, n in leaving.items():
        assert after[pair].surplus == before[pair].surplus - n
    for pair, n in arriving.items():
        assert after[pair].deficit == before[pair].deficit - n
    with plan.begin() as session:
        summary = summarise(session)
        grid = balance_grid(session)
        placements = approved_placements(session)
        facts = approved_facts(session)
    assert summary.shortage == summary_before.shortage - len(chosen)
    assert summary.surplus == summary_before.surplus - len(chosen)
    assert summary.staff == summary_before.staff  # nobody appears or disappears
    assert (summary.approved_moves, summary.secondments) == (30, 1)
    assert (grid.approved_moves, grid.secondments) == (30, 1)
    assert sum(r.shortage for r in grid.rows) == summary.shortage
    # one answer for the optimiser and the balance
    assert facts == {staff: (p.unit, p.specialty) for staff, p in placements.items()}
    info = plan_info(plan)  # `cq2c info` and the overview read the same summary
    assert (info["shortage"], info["surplus"]) == (summary.shortage, summary.surplus)


def test_a_secondee_counts_where_they_work(plan: OpenPlan) -> None:
    run = optimise(plan)
    move_id, source, target = _moves(plan, run.run_id)[0]
    before = _cells(plan)
    set_move_kind(plan, [move_id], MoveKind.SECONDMENT, term_months=12)
    approve_moves(plan, move_ids=[move_id])
    after = _cells(plan)
    assert after[target].current == before[target].current + 1
    assert after[source].current == before[source].current - 1
    with plan.begin() as session:
        (placement,) = approved_placements(session).values()
    assert placement.secondment and (placement.from_unit, placement.from_specialty) == source


def test_the_reports_still_short_agrees_with_the_balance(
    plan: OpenPlan, demo_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = optimise(plan)
    approve_moves(plan, move_ids=[m for m, _, _ in _moves(plan, run.run_id)[:40]])
    with plan.begin() as session:
        shortage = summarise(session).shortage
    report = plan_report(plan)
    assert report.still_short == shortage  # the approved moves are not made twice
    assert main(["info", str(demo_plan)]) == 0
    text = capsys.readouterr().out
    assert f"Thiếu / Short: {shortage} " in text and "Đã tính 40 điều động đã phê duyệt" in text


def test_the_remaining_needs_agree_with_the_balance_after_a_run(plan: OpenPlan) -> None:
    run = optimise(plan)
    approve_moves(plan, all_moves=True)
    needs = {(r.unit_id, r.specialty_id): r.count for r in need_rows_of(plan)}
    deficits = {pair: c.deficit for pair, c in _cells(plan).items() if c.deficit}
    assert sum(needs.values()) == run.unfilled
    assert needs == deficits
    assert plan_report(plan).still_short == sum(needs.values())


def need_rows_of(plan: OpenPlan) -> list[NeedRow]:
    with plan.begin() as session:
        return need_rows(session)
