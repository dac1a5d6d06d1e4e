"""The audit log is insert-only in the database itself and hash-chained: `cq2c check` names the first
event that was changed, removed or slipped in by hand, on SQLite and on PostgreSQL."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from cq2c_desktop.cli import main
from cq2c_desktop.services import audit, new_plan
from cq2c_desktop.services import optimise as optimise_module
from cq2c_desktop.store.db import _alembic_config, open_plan
from cq2c_desktop.store.models import AuditAppendOnlyError, AuditEvent


def _plan_with_events(location: str) -> None:
    plan = open_plan(location, create=True)
    try:
        for number in range(1, 5):
            with plan.begin() as session:
                audit.record(session, "moves_approved", moves=[number], note="Phê duyệt đợt 1")
    finally:
        plan.close()


def _check(location: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    status = main(["check", location])
    return status, capsys.readouterr().out


SQLITE_TAMPERING: dict[str, tuple[str, str]] = {  # what an officer with sqlite3 did → the event named
    "update": ("UPDATE audit_event SET user = 'giam_doc' WHERE id = 3", "#3 (moves_approved) was changed"),
    "delete": ("DELETE FROM audit_event WHERE id = 2", "#3 (moves_approved) does not follow"),
    "insert": (
        "INSERT INTO audit_event (id, at, user, action, details) VALUES "
        "(99, datetime('now', '-1 hour'), 'giam_doc', 'moves_approved', '{\"moves\": [7]}')",
        "#99 (moves_approved) has no hash",
    ),
    "forged hash": ("UPDATE audit_event SET details = '{\"moves\": [9]}', hash = prev_hash WHERE id = 4", "#4"),
}


@pytest.mark.parametrize("how", list(SQLITE_TAMPERING))
def test_sqlite_tampering_is_refused_and_once_forced_reported(
    how: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.cq2c"
    new_plan.create_empty_plan(path)
    _plan_with_events(str(path))
    assert _check(str(path), capsys)[0] == 0
    statement, named = SQLITE_TAMPERING[how]
    connection = sqlite3.connect(path)
    if not statement.startswith("INSERT"):
        with pytest.raises(sqlite3.IntegrityError, match="cq2c_audit_insert_only"):
            connection.execute(statement)
    connection.execute("DROP TRIGGER audit_event_no_update")
    connection.execute("DROP TRIGGER audit_event_no_delete")
    connection.execute(statement)
    connection.commit()
    connection.close()
    status, out = _check(str(path), capsys)
    assert status == 1
    assert named in out
    assert "trigger audit_event_no_update is missing" in out


def test_the_program_says_the_database_refused_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "plan.cq2c"
    _plan_with_events(str(path))
    plan = open_plan(path)
    try:
        with pytest.raises(AuditAppendOnlyError, match="chỉ được ghi thêm"), plan.begin() as session:
            session.execute(text("/* x */ DELETE FROM audit_event"))
        with plan.begin() as session:
            assert session.query(AuditEvent).count() == 4
    finally:
        plan.close()


def test_events_carry_the_server_time_and_chain_in_order(tmp_path: Path) -> None:
    path = tmp_path / "plan.cq2c"
    _plan_with_events(str(path))
    plan = open_plan(path)
    try:
        with plan.begin() as session:
            events = session.query(AuditEvent).order_by(AuditEvent.id).all()
        assert all(e.server_at is not None and e.hash for e in events)
        assert [e.prev_hash for e in events[1:]] == [e.hash for e in events[:-1]]
        assert events[0].prev_hash is None
    finally:
        plan.close()


def test_a_0002_plan_upgrades_and_its_old_events_are_chained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.cq2c"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        for number in range(3):
            connection.exec_driver_sql(
                "INSERT INTO audit_event (at, user, action, details) VALUES "
                f"('2026-01-0{number + 1} 08:00:00.000000', 'old', 'imported', '{{\"rows\": {number}}}')"
            )
    engine.dispose()
    _plan_with_events(str(path))  # opening upgrades it; new events join the chain
    status, out = _check(str(path), capsys)
    assert status == 0, out
    assert "7 sự kiện / events" in out


def _pg_tamper(url: str, statements: list[str]) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


PG_TAMPERING: dict[str, tuple[str, str]] = {
    "update": ("UPDATE audit_event SET \"user\" = 'giam_doc' WHERE id = 3", "#3 (moves_approved) was changed"),
    "delete": ("DELETE FROM audit_event WHERE id = 2", "#3 (moves_approved) does not follow"),
    "insert": (
        'INSERT INTO audit_event (id, at, "user", action, details) VALUES '
        "(99, now() - interval '1 hour', 'giam_doc', 'moves_approved', '{\"moves\": [7]}')",
        "#99 (moves_approved) has no hash",
    ),
}


@pytest.mark.postgres
@pytest.mark.parametrize("how", list(PG_TAMPERING))
def test_pg_tampering_refused_then_reported(how: str, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    _plan_with_events(pg_url)
    assert _check(pg_url, capsys)[0] == 0
    statement, named = PG_TAMPERING[how]
    if not statement.startswith("INSERT"):  # even the owner (a superuser here) is refused by the trigger
        with pytest.raises(AuditAppendOnlyError):
            _pg_tamper(pg_url, [statement])
    with pytest.raises(AuditAppendOnlyError):
        _pg_tamper(pg_url, ["TRUNCATE audit_event"])
    _pg_tamper(pg_url, ["DROP TRIGGER audit_event_no_change ON audit_event", statement])
    status, out = _check(pg_url, capsys)
    assert status == 1
    assert named in out
    assert "audit_event_no_change is missing" in out


@pytest.mark.postgres
def test_postgres_events_record_the_login_and_the_server_time(pg_url: str) -> None:
    _plan_with_events(pg_url)
    engine = create_engine(pg_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT db_user, server_at, hash FROM audit_event")).all()
    finally:
        engine.dispose()
    assert rows and all(db_user == "postgres" and at is not None and digest for db_user, at, digest in rows)


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_officers_appending_at_once_keep_one_chain(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]
) -> None:
    location = str(tmp_path / "plan.cq2c") if backend == "sqlite" else request.getfixturevalue("pg_url")
    _plan_with_events(location)
    plans = [open_plan(location) for _ in range(3)]

    def append(plan: object, number: int) -> None:
        for step in range(15):
            with plans[number].begin() as session:
                audit.record(session, "exported", officer=number, step=step)

    try:
        threads = [threading.Thread(target=append, args=(plan, n)) for n, plan in enumerate(plans)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        for plan in plans:
            plan.close()
    status, out = _check(location, capsys)
    assert status == 0, out
    assert "49 sự kiện / events" in out


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_a_move_set_to_approved_by_hand_is_reported(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]
) -> None:
    from cq2c_desktop.services.approval import approve_moves
    from tests.reliability.small_plan import fill_small_plan

    location = str(tmp_path / "plan.cq2c") if backend == "sqlite" else request.getfixturevalue("pg_url")
    fill_small_plan(location)
    plan = open_plan(location)
    try:
        approve_moves(plan, move_ids=[1, 2])  # through the program: on record
        optimise_module.optimise(plan, method="greedy")  # carried into run 2 under new ids: still on record
    finally:
        plan.close()
    status, out = _check(location, capsys)
    assert status == 0, out
    engine = create_engine(location if backend == "postgres" else f"sqlite:///{location}")
    with engine.begin() as connection:  # psql / sqlite3: no trigger stands in the way of the owner
        forged = connection.execute(text("SELECT max(id) FROM move WHERE status = 'proposed'")).scalar_one()
        connection.execute(text("UPDATE move SET status = 'approved' WHERE id = :m"), {"m": forged})
    engine.dispose()
    status, out = _check(location, capsys)
    assert status == 1
    assert f"move #{forged}" in out and "no approval of it is in the audit log" in out
