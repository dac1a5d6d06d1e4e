"""Optimise a plan, review the proposals, change them by hand, re-optimise: decisions carry over."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from cq2c_desktop.cli import main
from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.services.compare import compare_runs
from cq2c_desktop.services.instance import build_instance
from cq2c_desktop.services.optimise import optimise
from cq2c_desktop.services.reassign import ReassignError, candidates, reassign, undo_reassign
from cq2c_desktop.services.review import ReviewError, move_rows, restore_statuses, set_status, unfilled_rows
from cq2c_desktop.store.db import OpenPlan, open_plan
from cq2c_desktop.store.models import AuditEvent, Move, Run, Staff
from solver import check_result, parse_instance


@pytest.fixture
def plan(demo_plan: Path) -> OpenPlan:
    opened = open_plan(demo_plan)
    yield opened  # type: ignore[misc]
    opened.close()


def _result_of(plan: OpenPlan, run_id: int) -> dict[str, object]:
    with plan.begin() as s:
        moves = [
            {
                "staff": m.staff_id,
                "from": m.from_unit_id,
                "to": m.to_unit_id,
                "specialty": m.specialty_id,
                "km": m.km,
                "match": m.match,
                "volunteer": m.volunteer,
                "locked": m.status in ("locked", "accepted", "approved"),
                "why": m.why,
                "wish": m.wish,
                "kept": m.kept,
            }
            for m in s.scalars(select(Move).where(Move.run_id == run_id, Move.status != "rejected"))
        ]
        run = s.get(Run, run_id)
        not_granted = list(run.wishes_not_granted or []) if run is not None else []
    return {
        "format": "cq2c-result/1",
        "status": "OPTIMAL",
        "moves": moves,
        "unfilled": [],
        "kpis": {},
        "wishes_not_granted": not_granted,  # stored with the run, as the optimiser gave them
    }


def test_a_run_is_stored_valid_explained_and_audited(plan: OpenPlan) -> None:
    with plan.begin() as s:
        instance = parse_instance(build_instance(s))  # as the solver saw it: no previous run yet
    summary = optimise(plan)
    assert summary.status == "OPTIMAL" and 200 <= summary.moves <= 600
    with plan.begin() as s:
        rows = move_rows(s, summary.run_id)
        unfilled = unfilled_rows(s, summary.run_id)
        events = [e.action for e in s.scalars(select(AuditEvent))]
    assert len(rows) == summary.moves and all(r.why and r.status == "proposed" for r in rows)
    assert sum(u.count for u in unfilled) == summary.unfilled and all(u.why for u in unfilled)
    checked = check_result(instance, _result_of(plan, summary.run_id))
    violations = [v for v in checked if not v.startswith(("kpis", "unfilled"))]
    assert violations == []
    assert "optimised" in events


def test_decisions_carry_over_to_the_next_run(plan: OpenPlan) -> None:
    first = optimise(plan)
    with plan.begin() as s:
        rows = move_rows(s, first.run_id)
    accepted, rejected, locked = rows[0], rows[1], rows[2]
    set_status(plan, [accepted.id], MoveStatus.ACCEPTED)
    set_status(plan, [rejected.id], MoveStatus.REJECTED)
    set_status(plan, [locked.id], MoveStatus.LOCKED)
    second = optimise(plan)
    with plan.begin() as s:
        new = {(r.staff_id, r.to_unit_id): r.status for r in move_rows(s, second.run_id)}
    assert new[(accepted.staff_id, accepted.to_unit_id)] == "accepted"
    assert new[(locked.staff_id, locked.to_unit_id)] == "locked"
    assert (rejected.staff_id, rejected.to_unit_id) not in new
    comparison = None
    with plan.begin() as s:
        comparison = compare_runs(s, first.run_id, second.run_id)
    assert comparison.same + sum(1 for d in comparison.differences if d.in_b is not None) == second.moves


def test_after_one_rejection_a_re_optimisation_changes_only_what_must_change(plan: OpenPlan) -> None:
    first = optimise(plan)
    with plan.begin() as s:
        rows = move_rows(s, first.run_id)
        assert build_instance(s)["previous"] == sorted(
            ({"staff": r.staff_id, "unit": r.to_unit_id} for r in rows), key=lambda m: m["staff"]
        )
    rejected = rows[0]
    set_status(plan, [rejected.id], MoveStatus.REJECTED)
    second = optimise(plan)
    with plan.begin() as s:
        before = {r.staff_id: r.to_unit_id for r in rows}
        after = {r.staff_id: r.to_unit_id for r in move_rows(s, second.run_id)}
    changed = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
    # The rejected person leaves that post; at most a short chain refills it: never dozens of people reshuffled.
    assert rejected.staff_id in changed
    assert after.get(rejected.staff_id) != rejected.to_unit_id
    assert len(changed) <= 4, sorted(changed)
    assert second.kpis["kept"] == len(before.keys() & after.keys()) - sum(
        1 for p in before.keys() & after.keys() if before[p] != after[p]
    )


def test_undo_restores_statuses_and_approved_moves_are_frozen(plan: OpenPlan) -> None:
    run = optimise(plan)
    with plan.begin() as s:
        move = move_rows(s, run.run_id)[0]
    before = set_status(plan, [move.id], MoveStatus.REJECTED)
    restore_statuses(plan, before)
    with plan.begin() as s:
        stored = s.get(Move, move.id)
        assert stored is not None and stored.status == "proposed"
        stored.status = "approved"
    with pytest.raises(ReviewError, match="phê duyệt"):
        set_status(plan, [move.id], MoveStatus.REJECTED)


def test_hand_reassignment_keeps_the_rules_and_undoes_cleanly(plan: OpenPlan) -> None:
    run = optimise(plan)
    with plan.begin() as s:
        moves = move_rows(s, run.run_id)
        ranked_by_move = {m.id: candidates(s, run.run_id, m.to_unit_id, m.specialty_id) for m in moves[:40]}
    for ranked in ranked_by_move.values():
        keys = [(c.excluded is not None, c.beyond_max_km, -c.match, not c.volunteer, c.km) for c in ranked]
        assert keys == sorted(keys)  # those the rules exclude (Nghị định 170) come last, with their reason
    move, free = next(
        (m, c)
        for m in moves[:40]
        for c in ranked_by_move[m.id]
        if c.staff_id != m.staff_id and not c.beyond_max_km and c.excluded is None
    )
    with pytest.raises(ReassignError, match="đủ người"):
        reassign(plan, run.run_id, move.to_unit_id, move.specialty_id, free.staff_id)
    change = reassign(plan, run.run_id, move.to_unit_id, move.specialty_id, free.staff_id, replace_move_id=move.id)
    assert move.id in change.displaced
    assert len(change.displaced) == (2 if free.busy_to else 1)  # a busy person's other move is displaced too
    with plan.begin() as s:
        made = s.get(Move, change.move_id)
        replaced = s.get(Move, move.id)
        assert made is not None and made.status == "locked" and made.staff_id == free.staff_id
        assert replaced is not None and replaced.status == "rejected"
        active = list(s.scalars(select(Move).where(Move.run_id == run.run_id, Move.status != "rejected")))
        assert len({m.staff_id for m in active}) == len(active), "nobody moves twice"
    undo_reassign(plan, change)
    with plan.begin() as s:
        assert s.get(Move, change.move_id) is None
        statuses = {m.id: m.status for m in s.scalars(select(Move).where(Move.id.in_(list(change.displaced))))}
    assert statuses == change.displaced


def test_reassignment_refuses_what_the_rules_forbid(plan: OpenPlan) -> None:
    run = optimise(plan)
    with plan.begin() as s:
        post = unfilled_rows(s, run.run_id)[0]
        stuck = s.scalars(select(Staff).where(Staff.movable.is_(False))).first()
        local = s.scalars(select(Staff).where(Staff.unit_id == post.unit_id, Staff.movable)).first()
    assert stuck is not None and local is not None
    with pytest.raises(ReassignError, match="không thể điều động"):
        reassign(plan, run.run_id, post.unit_id, post.specialty_id, stuck.id)
    with pytest.raises(ReassignError, match="chính đơn vị"):
        reassign(plan, run.run_id, post.unit_id, post.specialty_id, local.id)


def test_cli_solve_prints_kpis_and_json(demo_plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["solve", str(demo_plan), "--quiet"]) == 0
    assert "OPTIMAL" in capsys.readouterr().out
    assert main(["solve", str(demo_plan), "--json", "--method", "greedy"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["run"] == 2 and out["method"] == "greedy" and out["kpis"]["filled"] == out["moves"]


def test_cli_solve_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["solve", str(tmp_path / "none.cq2c")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    with pytest.raises(SystemExit) as exc:
        main(["solve", "x.cq2c", "--time-limit", "0"])
    assert exc.value.code == 2


def test_a_child_process_solve_gives_the_same_run(plan: OpenPlan) -> None:
    inline = optimise(plan)
    isolated = optimise(plan, isolate=True)
    assert (isolated.status, isolated.moves, isolated.kpis["total_km"]) == (
        inline.status,
        inline.moves,
        inline.kpis["total_km"],
    )


def test_cancel_stops_a_child_process_solve_and_stores_nothing(plan: OpenPlan) -> None:
    from cq2c_desktop.domain.job_protocol import Cancelled

    with pytest.raises(Cancelled):
        optimise(plan, isolate=True, should_stop=lambda: True)
    with plan.begin() as s:
        assert s.scalars(select(Move)).first() is None
