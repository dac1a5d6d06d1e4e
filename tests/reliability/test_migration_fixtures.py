"""Plans written by every released schema open, upgrade to the head revision, and keep their data.

The fixture files live in tests/fixtures/plans/ (its README says how to add one per release).
Each test works on a copy; the fixtures themselves never change.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.services import review, staff
from cq2c_desktop.services.plan_check import check_plan
from cq2c_desktop.services.settings import load_settings
from cq2c_desktop.store.backups import list_backup_files
from cq2c_desktop.store.db import head_revision, open_plan
from cq2c_desktop.store.models import Base, Move, Staff
from tests.fixtures.plans.make_plan_fixture import BUILDERS, fill

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "plans"
RELEASED = sorted(p.stem.removeprefix("plan-") for p in FIXTURES.glob("plan-*.cq2c"))


def _copy(revision: str, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    path = tmp_path / f"plan-{revision}.cq2c"
    shutil.copyfile(FIXTURES / f"plan-{revision}.cq2c", path)
    return path, json.loads((FIXTURES / f"plan-{revision}.json").read_text(encoding="utf-8"))


def _rows(path: Path, table: str, columns: list[str]) -> list[list[Any]]:
    connection = sqlite3.connect(path)
    try:
        names = ", ".join(f'"{c}"' for c in columns)
        return sorted([list(r) for r in connection.execute(f'SELECT {names} FROM "{table}"')], key=repr)
    finally:
        connection.close()


def test_every_released_revision_has_a_fixture() -> None:
    assert sorted(BUILDERS) == RELEASED, "a fixture plan is missing or has no builder"
    assert "0001" in RELEASED


@pytest.mark.parametrize("revision", RELEASED)
def test_an_old_plan_opens_upgrades_and_keeps_every_value(revision: str, tmp_path: Path) -> None:
    path, expected = _copy(revision, tmp_path)
    plan = open_plan(path)
    try:
        with plan.engine.connect() as conn:
            context = MigrationContext.configure(conn)
            assert context.get_current_revision() == head_revision()
            assert compare_metadata(context, Base.metadata) == []  # the upgraded schema is today's schema
        with plan.begin() as session:
            assert load_settings(session).plan_name.startswith("Phương án thử nghiệm")
    finally:
        plan.close()
    for table, stored in expected["tables"].items():
        if table == "alembic_version":
            continue
        assert _rows(path, table, stored["columns"]) == stored["rows"], f"{table} changed in the upgrade"
    # The copy taken before the upgrade is the plan exactly as the old program left it.
    copies = list_backup_files(path)
    assert [c.reason for c in copies] == ["before-upgrade"]
    assert _rows(copies[0].path, "alembic_version", ["version_num"]) == [[revision]]


def test_0001_gets_row_versions_and_optimistic_locking_works(tmp_path: Path) -> None:
    path, _ = _copy("0001", tmp_path)
    plan = open_plan(path)
    try:
        with plan.begin() as session:
            assert set(session.scalars(select(Move.version))) == {1}
            assert set(session.scalars(select(Staff.version))) == {1}
        with plan.begin() as session:
            rows = review.move_rows(session, 1)
        assert {r.id: r.version for r in rows} == {1: 1, 2: 1}
        review.set_status(plan, [2], MoveStatus.ACCEPTED, expected_versions={2: 1})
        with pytest.raises(review.MoveConflictError):
            review.set_status(plan, [2], MoveStatus.REJECTED, expected_versions={2: 1})
        edited = staff.update_staff(plan, "CC0001", "volunteer", True, expected_version=1)
        assert edited.version == 2
    finally:
        plan.close()


def test_0001_fixture_passes_the_plan_check_after_upgrade(tmp_path: Path) -> None:
    path, _ = _copy("0001", tmp_path)
    open_plan(path).close()
    report = check_plan(path)
    assert report.ok, report.findings


@pytest.mark.postgres
def test_a_0001_database_on_postgresql_upgrades_in_place(pg_url: str) -> None:
    engine = sa.create_engine(pg_url)
    try:
        with engine.begin() as connection:
            fill(connection, "0001")
    finally:
        engine.dispose()
    plan = open_plan(pg_url)
    try:
        with plan.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
        with plan.begin() as session:
            assert [(m.id, m.status, m.version) for m in session.scalars(select(Move).order_by(Move.id))] == [
                (1, "accepted", 1),
                (2, "proposed", 1),
            ]
            assert session.get(Staff, "CC0002") is not None
        review.set_status(plan, [2], MoveStatus.LOCKED, expected_versions={2: 1})
    finally:
        plan.close()
