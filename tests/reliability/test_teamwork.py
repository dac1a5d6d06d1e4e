"""Teamwork on one plan, SQLite and a real PostgreSQL: every decision (approve, withdraw, reassign,
undo) carries the version it saw and is refused naming who changed it; decisions belong to a run,
and a newer run takes them over explicitly; a solve racing an approval stores nothing rather than
drop it; approvals keep their approver; a lock wait ends in one line, never a traceback."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select

from cq2c_desktop.cli import main
from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.services import approval, reassign, review
from cq2c_desktop.services import optimise as optimise_module
from cq2c_desktop.services.optimise import OptimiseError, optimise
from cq2c_desktop.store.db import OpenPlan, open_plan
from cq2c_desktop.store.models import Move, Run
from tests.reliability.small_plan import fill_small_plan


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def shared(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, OpenPlan, OpenPlan]]:
    target = str(tmp_path / "shared.cq2c") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    fill_small_plan(target)
    a, b = open_plan(target), open_plan(target)
    yield target, a, b
    a.close()
    b.close()


def _rows(plan: OpenPlan) -> dict[int, review.MoveRow]:
    with plan.begin() as session:
        run_id = max(r.id for r in review.runs(session))
        return {r.id: r for r in review.move_rows(session, run_id)}


def _as(monkeypatch: pytest.MonkeyPatch, user: str) -> None:
    monkeypatch.setenv("CQ2C_USER", user)


def test_approving_a_move_another_officer_just_rejected_is_refused(
    shared: tuple[str, OpenPlan, OpenPlan], monkeypatch: pytest.MonkeyPatch
) -> None:
    _target, a, b = shared
    move = min(_rows(a))
    seen = {move: _rows(a)[move].version}  # officer A's window
    _as(monkeypatch, "officer-b")
    review.set_status(b, [move], MoveStatus.REJECTED, expected_versions=seen)
    _as(monkeypatch, "officer-a")
    with pytest.raises(review.MoveConflictError) as refused:
        approval.approve_moves(a, move_ids=[move], expected_versions=seen)
    assert f"#{move}" in str(refused.value) and "officer-b" in str(refused.value)
    assert _rows(a)[move].status == MoveStatus.REJECTED.value  # B's decision kept, nothing of A's written


def test_withdrawing_an_approval_changed_meanwhile_is_refused(
    shared: tuple[str, OpenPlan, OpenPlan], monkeypatch: pytest.MonkeyPatch
) -> None:
    _target, a, b = shared
    move = min(_rows(a))
    _as(monkeypatch, "truong-phong")
    approval.approve_moves(a, move_ids=[move])
    seen = {move: _rows(b)[move].version}
    approval.withdraw_approval(a, [move], reason="Hồ sơ thiếu")
    approval.approve_moves(a, move_ids=[move])  # approved again: B's screen is two changes behind
    _as(monkeypatch, "officer-b")
    with pytest.raises(review.MoveConflictError, match="truong-phong"):
        approval.withdraw_approval(b, [move], reason="Nhầm", expected_versions=seen)
    assert _rows(a)[move].status == MoveStatus.APPROVED.value


def test_change_person_never_displaces_an_approved_move(
    shared: tuple[str, OpenPlan, OpenPlan], monkeypatch: pytest.MonkeyPatch
) -> None:
    _target, a, _b = shared
    rows = _rows(a)
    move = rows[min(rows)]
    approval.approve_moves(a, move_ids=[move.id])
    with a.begin() as session:
        run_id = session.scalar(select(Move.run_id).where(Move.id == move.id))
        people = reassign.candidates(session, run_id, move.to_unit_id, move.specialty_id)
    assert people
    with pytest.raises(review.MoveConflictError, match="phê duyệt"):
        reassign.reassign(a, run_id, move.to_unit_id, move.specialty_id, people[0].staff_id, move.id)
    assert _rows(a)[move.id].status == MoveStatus.APPROVED.value


def test_undoing_a_hand_change_someone_has_decided_on_is_refused(
    shared: tuple[str, OpenPlan, OpenPlan], monkeypatch: pytest.MonkeyPatch
) -> None:
    _target, a, b = shared
    with a.begin() as session:
        run_id = session.scalar(select(Run.id).order_by(Run.id.desc()).limit(1))
        for move in _rows(a).values():  # a proposal someone else could fill
            people = reassign.candidates(session, run_id, move.to_unit_id, move.specialty_id)
            people = [p for p in people if not p.busy_to]
            if people:
                break
    _as(monkeypatch, "officer-a")
    change = reassign.reassign(
        a, run_id, move.to_unit_id, move.specialty_id, people[0].staff_id, move.id, {move.id: move.version}
    )
    _as(monkeypatch, "officer-b")
    approval.approve_moves(b, move_ids=[change.move_id])
    with pytest.raises(review.MoveConflictError, match="officer-b"):
        reassign.undo_reassign(a, change)
    assert _rows(a)[change.move_id].status == MoveStatus.APPROVED.value


def test_a_newer_run_takes_over_and_decisions_on_the_old_run_are_refused(
    shared: tuple[str, OpenPlan, OpenPlan], monkeypatch: pytest.MonkeyPatch
) -> None:
    _target, a, b = shared
    old = _rows(b)  # officer B's window still shows the first run
    first = min(old)
    _as(monkeypatch, "giam-doc")
    approval.approve_moves(a, move_ids=[first])
    _as(monkeypatch, "officer-a")
    newer = optimise(a, method="greedy")
    with a.begin() as session:
        runs = {r.id: r.superseded_by for r in session.scalars(select(Run))}
        carried = session.scalars(
            select(Move).where(Move.run_id == newer.run_id, Move.status == MoveStatus.APPROVED.value)
        ).all()
    assert runs[newer.run_id - 1] == newer.run_id and runs[newer.run_id] is None
    assert [m.decided_by for m in carried] == ["giam-doc"]  # the approval keeps its approver
    _as(monkeypatch, "officer-b")
    other = sorted(old)[1]
    with pytest.raises(review.MoveConflictError, match=f"#{newer.run_id}.*officer-a"):
        review.set_status(b, [other], MoveStatus.ACCEPTED, expected_versions={other: old[other].version})
    with pytest.raises(review.MoveConflictError, match=f"#{newer.run_id}"):
        approval.approve_moves(b, move_ids=[other], expected_versions={other: old[other].version})


def test_a_solve_racing_an_approval_stores_nothing_and_loses_nothing(
    shared: tuple[str, OpenPlan, OpenPlan], monkeypatch: pytest.MonkeyPatch
) -> None:
    _target, a, b = shared
    move = min(_rows(a))
    solve = optimise_module._solve_document

    def approve_while_solving(*args: Any) -> Any:
        monkeypatch.setenv("CQ2C_USER", "truong-phong")
        approval.approve_moves(b, move_ids=[move])  # the other officer, while the solver runs
        monkeypatch.setenv("CQ2C_USER", "officer-a")
        return solve(*args)

    monkeypatch.setattr(optimise_module, "_solve_document", approve_while_solving)
    _as(monkeypatch, "officer-a")
    with pytest.raises(OptimiseError, match="truong-phong"):
        optimise(a, method="greedy")
    with a.begin() as session:
        assert session.scalar(select(Run.id).order_by(Run.id.desc()).limit(1)) == 1  # no run stored
    assert _rows(a)[move].status == MoveStatus.APPROVED.value
    monkeypatch.setattr(optimise_module, "_solve_document", solve)
    again = optimise(a, method="greedy")  # solving again carries the approval over
    with a.begin() as session:
        assert session.get_one(Move, move).run_id == 1
        carried = session.scalars(select(Move.staff_id).where(Move.run_id == again.run_id, Move.status == "approved"))
        assert list(carried) == [session.get_one(Move, move).staff_id]


def test_a_lock_wait_on_a_plan_file_ends_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "shared.cq2c"
    fill_small_plan(str(path))
    monkeypatch.setenv("CQ2C_LOCK_WAIT", "0.3")
    holder = sqlite3.connect(path)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        assert main(["approve", str(path), "--all"]) == 2
    finally:
        holder.rollback()
        holder.close()
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "đang bận" in err and "busy" in err
    assert main(["approve", str(path), "--all"]) == 0  # once the lock is released it goes through


@pytest.mark.postgres
def test_a_lock_wait_on_postgresql_ends_in_one_line(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_small_plan(pg_url)
    monkeypatch.setenv("CQ2C_LOCK_WAIT", "0.3")
    engine = create_engine(pg_url)
    holder = engine.connect()
    try:
        holder.exec_driver_sql("SELECT id FROM move FOR UPDATE")  # another officer's long transaction
        assert main(["approve", pg_url, "--all"]) == 2
    finally:
        holder.rollback()
        holder.close()
        engine.dispose()
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and "busy" in err
