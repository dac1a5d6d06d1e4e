"""`cq2c copy`: a whole plan from a file to the real PostgreSQL server and back, all or nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from cq2c_desktop.cli import main
from cq2c_desktop.services.optimise import optimise
from cq2c_desktop.services.plan_copy import CopyError, CopyResult, copy_plan
from cq2c_desktop.store.db import open_plan
from tests.reliability.plan_state import fingerprint


@pytest.fixture(scope="module")
def solved_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo plan with an optimisation run and a decision, so every table has rows."""
    from cq2c_desktop.domain.enums import MoveStatus
    from cq2c_desktop.services.demo import build_demo
    from cq2c_desktop.services.review import set_status

    path = build_demo(tmp_path_factory.mktemp("copy") / "solved.cq2c", seed=5, staff_per_unit=8)
    plan = open_plan(path)
    try:
        run = optimise(plan, method="greedy")
        with plan.begin() as session:
            from cq2c_desktop.services.review import move_rows

            first = move_rows(session, run.run_id)[0].id
        set_status(plan, [first], MoveStatus.ACCEPTED)
    finally:
        plan.close()
    return path


def _copy(source: Path | str, target: Path | str) -> CopyResult:
    plan = open_plan(source)
    try:
        return copy_plan(plan, target)
    finally:
        plan.close()


def _without_audit(state: dict[str, tuple[int, str]]) -> dict[str, tuple[int, str]]:
    return {t: v for t, v in state.items() if t != "audit_event"}


@pytest.mark.postgres
def test_round_trip_through_postgresql_keeps_every_row(solved_plan: Path, pg_url: str, tmp_path: Path) -> None:
    there = _copy(solved_plan, pg_url)
    assert there.rows["staff"] > 1000 and there.rows["move"] > 0 and there.rows["audit_event"] >= 3
    back = tmp_path / "back.cq2c"
    _copy(pg_url, back)
    original, returned = fingerprint(solved_plan), fingerprint(back)
    assert _without_audit(returned) == _without_audit(original)
    assert returned["audit_event"][0] == original["audit_event"][0] + 2  # each copy is on record
    with sqlite3.connect(back) as connection:
        assert connection.execute("SELECT action FROM audit_event ORDER BY id DESC LIMIT 2").fetchall() == [
            ("plan_copied",),
            ("plan_copied",),
        ]
        assert connection.execute("SELECT count(*) FROM move WHERE version > 1").fetchone()[0] == 1
    for target, out in ((solved_plan, "a.json"), (pg_url, "b.json"), (back, "c.json")):
        assert main(["export-instance", str(target), str(tmp_path / out)]) == 0
    instances = [json.loads((tmp_path / n).read_text(encoding="utf-8")) for n in ("a.json", "b.json", "c.json")]
    assert instances[0] == instances[1] == instances[2]


@pytest.mark.postgres
def test_the_copy_on_postgresql_is_a_working_plan(solved_plan: Path, pg_url: str) -> None:
    assert main(["copy", str(solved_plan), pg_url, "--quiet"]) == 0
    plan = open_plan(pg_url)
    try:
        second = optimise(plan, method="greedy")  # new ids continue after the copied ones
        assert second.run_id == 2
    finally:
        plan.close()
    assert main(["check", pg_url]) == 0


@pytest.mark.postgres
def test_a_non_empty_target_is_refused_unless_forced(
    solved_plan: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _copy(solved_plan, pg_url)
    assert main(["copy", str(solved_plan), pg_url, "--quiet"]) == 2
    error = capsys.readouterr().err
    assert "--force" in error and error.count("\n") == 1 and "Traceback" not in error
    assert main(["copy", str(solved_plan), pg_url, "--quiet", "--force"]) == 0
    plan = open_plan(pg_url)
    try:
        with plan.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar() == 1
            assert conn.exec_driver_sql("SELECT count(*) FROM audit_event WHERE action = 'plan_copied'").scalar() == 1
    finally:
        plan.close()


@pytest.mark.postgres
def test_a_copy_that_fails_half_way_leaves_postgresql_empty(solved_plan: Path, pg_url: str, tmp_path: Path) -> None:
    broken = tmp_path / "broken.cq2c"
    broken.write_bytes(solved_plan.read_bytes())
    with sqlite3.connect(broken) as connection:  # a row SQLite let in with foreign keys off
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("UPDATE staff SET unit_id = 'NOWHERE' WHERE id = (SELECT max(id) FROM staff)")
    with pytest.raises(CopyError, match="Không sao chép được"):
        _copy(broken, pg_url)
    engine = create_engine(pg_url)
    try:
        assert inspect(engine).get_table_names() == []  # the schema went with the rows: one transaction
    finally:
        engine.dispose()


def test_file_to_file_and_refusals(solved_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "copy.cq2c"
    assert main(["copy", str(solved_plan), str(target), "--quiet"]) == 0
    assert _without_audit(fingerprint(target)) == _without_audit(fingerprint(solved_plan))
    assert main(["copy", str(solved_plan), str(target), "--quiet"]) == 2
    assert main(["copy", str(solved_plan), str(solved_plan), "--quiet"]) == 2
    assert main(["copy", str(solved_plan), "postgresql+psycopg://nobody@127.0.0.1:1/none", "--quiet"]) == 2
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 3 and all(e.startswith("cq2c: ") for e in errors)
    assert not list(tmp_path.glob("*.part"))
