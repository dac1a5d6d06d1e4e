"""`cq2c shared init` on a real PostgreSQL server: each role's limits proven by trying, in SQL and
through the program. The server refuses; the program says so in one line."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from cq2c_desktop.cli import main
from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.services import approval, demo, review
from cq2c_desktop.services.audit import read_log
from cq2c_desktop.services.optimise import optimise
from cq2c_desktop.services.roles import plan_role
from cq2c_desktop.store.db import NotAllowedError, OpenPlan, open_plan
from solver.synth import data_dir, generate_instance, load_units_csv

pytestmark = pytest.mark.postgres
LOGINS = {"ana_planner": "cq2c_planner", "binh_approver": "cq2c_approver", "chi_reader": "cq2c_reader"}


@pytest.fixture
def shared(pg_url: str) -> Iterator[dict[str, str]]:
    """A plan with a run, set up for a department, and one login per role: their URLs."""
    units = load_units_csv(data_dir() / "thanh_hoa_units.csv")[:30]
    instance = generate_instance(units, seed=11, staff_per_unit=20)
    plan = open_plan(pg_url, create=True)
    try:
        demo._fill(plan, units, instance, demo._staff_rows(instance, {u["id"]: u for u in units}, 11), "Thanh Hóa", 11)
        optimise(plan, method="greedy")
    finally:
        plan.close()
    assert main(["shared", "init", pg_url]) == 0
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        for login, role in LOGINS.items():
            if not connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}):
                connection.execute(text(f"CREATE ROLE {login} LOGIN"))
            connection.execute(text(f"GRANT {role} TO {login}"))
    engine.dispose()
    yield {login.split("_")[1]: pg_url.replace("postgres@", f"{login}@") for login in LOGINS} | {"admin": pg_url}


def _refused(url: str, statement: str) -> str:
    """Run one statement as that login; return the server's refusal (fails if it was allowed)."""
    engine = create_engine(url)
    try:
        with pytest.raises(DBAPIError) as refused, engine.begin() as connection:
            connection.exec_driver_sql(statement)
    finally:
        engine.dispose()
    assert getattr(refused.value.orig, "sqlstate", None) == "42501", refused.value
    return str(refused.value.orig)


def _allowed(url: str, statement: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


def _first_move(url: str, status: str | None = None) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            where = f"WHERE status = '{status}'" if status else ""
            return int(connection.exec_driver_sql(f"SELECT min(id) FROM move {where}").scalar_one())
    finally:
        engine.dispose()


ANYONE_REFUSED = [
    "UPDATE audit_event SET action = 'x'",
    "DELETE FROM audit_event",
    "TRUNCATE audit_event",
    "DROP TRIGGER audit_event_no_change ON audit_event",
    "ALTER TABLE move DISABLE TRIGGER ALL",
    "CREATE TABLE stray (id int)",
]


def test_a_reader_can_read_but_not_write(shared: dict[str, str]) -> None:
    url = shared["reader"]
    _allowed(url, "SELECT count(*) FROM staff, move LIMIT 1")
    for statement in [
        *ANYONE_REFUSED,
        "UPDATE staff SET full_name = 'x'",
        "INSERT INTO run (status, label, method, seconds, policy, kpis) VALUES ('x', '', '', 0, '{}', '{}')",
        "UPDATE move SET status = 'approved'",
        "DELETE FROM move",
        "UPDATE setting SET value = '1'",
    ]:
        _refused(url, statement)
    plan = open_plan(url)
    try:
        role = plan_role(plan)
        assert (role.name, role.may_write, role.may_see_personal) == ("reader", False, False)
        with pytest.raises(NotAllowedError, match="Vai trò"):
            review.set_status(plan, [_first_move(url)], MoveStatus.ACCEPTED)
    finally:
        plan.close()


def test_a_planner_optimises_and_decides_but_never_approves(shared: dict[str, str]) -> None:
    url = shared["planner"]
    proposed = _first_move(url)
    for statement in [
        *ANYONE_REFUSED,
        f"UPDATE move SET status = 'approved' WHERE id = {proposed}",
        "INSERT INTO move (run_id, staff_id, from_unit_id, to_unit_id, specialty_id, km, match, volunteer, why, "
        "status, version) SELECT run_id, staff_id, from_unit_id, to_unit_id, specialty_id, km, match, volunteer, "
        f"why, 'approved', 1 FROM move WHERE id = {proposed}",
    ]:
        _refused(url, statement)
    _allowed(shared["approver"], f"UPDATE move SET status = 'approved', version = version + 1 WHERE id = {proposed}")
    for statement in [
        f"UPDATE move SET status = 'accepted' WHERE id = {proposed}",  # withdrawing is the approver's
        f"UPDATE move SET to_unit_id = from_unit_id WHERE id = {proposed}",
        f"DELETE FROM move WHERE id = {proposed}",
    ]:
        assert "approver" in _refused(url, statement)
    plan = open_plan(url)
    try:
        role = plan_role(plan)
        assert (role.name, role.may_optimise, role.may_approve) == ("planner", True, False)
        other = _first_move(url, "proposed")
        review.set_status(plan, [other], MoveStatus.ACCEPTED)  # deciding is the planner's
        with pytest.raises(NotAllowedError, match="approve"):
            approval.approve_moves(plan, move_ids=[other])
        newer = optimise(plan, method="greedy")  # the solve carries the approval over: allowed
        assert newer.status in ("OPTIMAL", "FEASIBLE", "GREEDY")
        with plan.begin() as session:
            carried = [m for m in review.move_rows(session, newer.run_id) if m.status == "approved"]
        assert len(carried) == 1
        assert {r.db_user for r in read_log(plan, limit=2)} == {"ana_planner"}  # the server's login, not ours
    finally:
        plan.close()


def test_an_approver_approves_and_withdraws_but_edits_nothing_else(shared: dict[str, str]) -> None:
    url = shared["approver"]
    move = _first_move(url)
    for statement in [
        *ANYONE_REFUSED,
        "UPDATE staff SET full_name = 'x'",
        f"UPDATE move SET to_unit_id = from_unit_id WHERE id = {move}",
        "INSERT INTO run (status, label, method, seconds, policy, kpis) VALUES ('x', '', '', 0, '{}', '{}')",
        "DELETE FROM move",
        "UPDATE quota SET posts = posts + 1",
    ]:
        _refused(url, statement)
    plan: OpenPlan = open_plan(url)
    try:
        role = plan_role(plan)
        assert (role.name, role.may_approve, role.may_optimise, role.may_see_personal) == (
            "approver",
            True,
            False,
            True,
        )
        assert approval.approve_moves(plan, move_ids=[move]).approved == [move]
        assert approval.withdraw_approval(plan, [move], reason="Hồ sơ thiếu") == [move]
        with pytest.raises(NotAllowedError):
            optimise(plan, method="greedy")
    finally:
        plan.close()


def test_the_command_line_says_a_refusal_in_one_line(
    shared: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["approve", shared["planner"], "--all"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and "Vai trò" in err
    assert main(["check", shared["admin"]]) == 0  # the chain holds every role's events
