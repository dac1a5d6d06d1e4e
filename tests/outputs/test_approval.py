"""Approval: what gets approved, what is left alone, and the audit trail of who did it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.services.approval import approve_moves, withdraw_approval
from cq2c_desktop.store.db import OpenPlan, open_plan
from cq2c_desktop.store.models import AuditEvent, Move

from .conftest import APPROVED, PROPOSED


def _statuses(path: Path) -> dict[int, str]:
    plan = open_plan(path)
    try:
        with plan.begin() as session:
            return {m.id: m.status for m in session.scalars(select(Move))}
    finally:
        plan.close()


def _set_status(path: Path, move_id: int, status: str) -> None:
    plan = open_plan(path)
    try:
        with plan.begin() as session:
            move = session.get(Move, move_id)
            assert move is not None
            move.status = status
    finally:
        plan.close()


def _events(path: Path) -> list[AuditEvent]:
    plan = open_plan(path)
    try:
        with plan.begin() as session:
            return list(session.scalars(select(AuditEvent).where(AuditEvent.action.like("%approv%"))))
    finally:
        plan.close()


def test_all_approves_everything_but_rejected_moves(approved: OpenPlan, approved_plan: Path) -> None:
    pending = [i for i, s in _statuses(approved_plan).items() if s != "approved"]
    assert len(pending) == PROPOSED - APPROVED
    _set_status(approved_plan, pending[0], "rejected")
    result = approve_moves(approved, all_moves=True)
    assert result.run_id == 1 and sorted(result.approved) == pending[1:]
    assert result.skipped == [pending[0]] and len(result.unchanged) == APPROVED
    statuses = _statuses(approved_plan)
    assert statuses[pending[0]] == "rejected" and list(statuses.values()).count("approved") == PROPOSED - 1
    (event,) = _events(approved_plan)
    assert event.user == "test-officer" and event.details["selection"] == "all"
    assert event.details["previous"] == {str(i): "proposed" for i in pending[1:]}


def test_ids_approve_exactly_those_even_a_rejected_one(approved: OpenPlan, approved_plan: Path) -> None:
    pending = [i for i, s in _statuses(approved_plan).items() if s != "approved"]
    _set_status(approved_plan, pending[0], "rejected")
    result = approve_moves(approved, move_ids=[pending[0], pending[1], 9999])
    assert sorted(result.approved) == pending[:2] and result.missing == [9999]
    assert _statuses(approved_plan)[pending[2]] == "proposed"
    assert _events(approved_plan)[0].details["previous"][str(pending[0])] == "rejected"


def test_withdraw_puts_moves_back_to_accepted(approved: OpenPlan, approved_plan: Path) -> None:
    ids = [i for i, s in _statuses(approved_plan).items() if s == "approved"]
    assert withdraw_approval(approved, ids[:2]) == ids[:2]
    assert [_statuses(approved_plan)[i] for i in ids[:2]] == ["accepted", "accepted"]
    assert [e.action for e in _events(approved_plan)] == ["approval_withdrawn"]


def test_one_approved_move_per_person_and_run(approved: OpenPlan, approved_plan: Path) -> None:
    plan = open_plan(approved_plan)
    try:
        with plan.begin() as session:
            first = session.scalars(select(Move).where(Move.status == "approved")).first()
            assert first is not None
            twin = Move(
                run_id=first.run_id,
                staff_id=first.staff_id,
                from_unit_id=first.from_unit_id,
                to_unit_id=first.from_unit_id,
                specialty_id=first.specialty_id,
                km=1.0,
                match=1.0,
            )
            session.add(twin)
            session.flush()
            twin_id = twin.id
    finally:
        plan.close()
    with pytest.raises(ServiceError, match="đã có đề xuất"):
        approve_moves(approved, move_ids=[twin_id])


def test_either_all_or_ids(approved: OpenPlan) -> None:
    with pytest.raises(ServiceError):
        approve_moves(approved)
    with pytest.raises(ServiceError):
        approve_moves(approved, move_ids=[1], all_moves=True)


def test_cli_withdraws_with_a_reason_audited_and_refuses_without_one(
    approved_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cq2c_desktop.cli import main

    ids = [i for i, s in _statuses(approved_plan).items() if s == "approved"]
    assert main(["withdraw", str(approved_plan), "--ids", str(ids[0]), "--reason", "   "]) == 2
    assert "reason goes into the audit log" in capsys.readouterr().err
    assert _statuses(approved_plan)[ids[0]] == "approved"

    reason = "Bà con đang điều trị bệnh dài ngày"
    assert main(["withdraw", str(approved_plan), "--ids", str(ids[0]), str(ids[1]), "--reason", reason]) == 0
    assert [_statuses(approved_plan)[i] for i in ids[:2]] == ["accepted", "accepted"]
    event = _events(approved_plan)[0]
    assert event.action == "approval_withdrawn" and event.details["reason"] == reason
    assert sorted(event.details["moves"]) == sorted(ids[:2])

    assert main(["withdraw", str(approved_plan), "--ids", str(ids[0]), "--reason", reason]) == 2
    assert f"not approved: {ids[0]}" in capsys.readouterr().err
