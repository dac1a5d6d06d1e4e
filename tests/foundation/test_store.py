"""The plan file: round trip, migrations, integrity, and refusal of files that are not plans."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.services.settings import load_settings, save_settings
from cq2c_desktop.store.db import PlanError, head_revision, open_plan
from cq2c_desktop.store.models import (
    AuditEvent,
    Base,
    Distance,
    Move,
    Quota,
    Run,
    Specialty,
    SpecialtyRelation,
    Staff,
    Unit,
)


def _fill(path: Path) -> None:
    plan = open_plan(path, create=True)
    with plan.begin() as s:
        s.add_all(
            [
                Unit(id="38001", name="Xã Mường Lát", kind="xa", region="highland", lat=20.53, lon=104.61, priority=3),
                Unit(id="38123", name="Phường Hạc Thành", kind="phuong", region="urban", lat=19.8, lon=105.78),
                Specialty(id="dat_dai", name="Đất đai", sort_order=0),
                Specialty(id="dia_chinh", name="Địa chính", sort_order=1),
            ]
        )
        s.flush()
        s.add(SpecialtyRelation(specialty_id="dat_dai", related_id="dia_chinh", score=0.8))
        s.add(
            Staff(
                id="CC000123",
                full_name="Nguyễn Thị Ánh",
                gender="nu",
                birth_date=dt.date(1990, 2, 28),
                ethnicity="Kinh",
                unit_id="38123",
                position="Công chức",
                specialty_id="dia_chinh",
                rank="Chuyên viên",
                home_unit_id="38123",
                movable=True,
                volunteer=True,
                cccd="038190000001",
            )
        )
        s.add(Quota(unit_id="38001", specialty_id="dat_dai", posts=3))
        s.add(Distance(from_unit_id="38123", to_unit_id="38001", km=141.5))
        run = Run(status="OPTIMAL", seconds=0.4, kpis={"filled": 1}, policy={"max_km": 150})
        run.moves.append(
            Move(
                staff_id="CC000123",
                from_unit_id="38123",
                to_unit_id="38001",
                specialty_id="dat_dai",
                km=141.5,
                match=0.8,
                volunteer=True,
                why="Tự nguyện",
            )
        )
        s.add(run)
        s.add(AuditEvent(user="tester", action="test", details={"n": 1}))
        settings = PlanSettings(plan_name="Thử nghiệm")
        settings.policy.max_km = 120.0
        save_settings(s, settings)
    plan.close()


def test_round_trip_survives_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "p.cq2c"
    _fill(path)
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    plan = open_plan(path)
    with plan.begin() as s:
        person = s.get(Staff, "CC000123")
        assert person is not None
        assert (person.full_name, person.birth_date, person.volunteer) == ("Nguyễn Thị Ánh", dt.date(1990, 2, 28), True)
        spec = s.get(Specialty, "dat_dai")
        assert spec is not None and [(r.related_id, r.score) for r in spec.related] == [("dia_chinh", 0.8)]
        move = s.scalars(select(Move)).one()
        assert (move.status, move.km, move.run.kpis) == ("proposed", 141.5, {"filled": 1})
        assert s.get(Distance, ("38123", "38001")) is not None
        assert load_settings(s).policy.max_km == 120.0
        assert load_settings(s).plan_name == "Thử nghiệm"
    plan.close()


def test_migration_from_empty_database_matches_the_models(tmp_path: Path) -> None:
    plan = open_plan(tmp_path / "new.cq2c", create=True)
    with plan.engine.connect() as conn:
        context = MigrationContext.configure(conn)
        assert context.get_current_revision() == head_revision()
        assert compare_metadata(context, Base.metadata) == []
    plan.close()


def test_sqlite_runs_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    plan = open_plan(tmp_path / "p.cq2c", create=True)
    with plan.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    with pytest.raises(IntegrityError), plan.begin() as s:
        s.add(Staff(id="X", full_name="A", gender="nam", unit_id="nowhere", specialty_id="none"))
    plan.close()


def test_a_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "p.cq2c"
    _fill(path)
    plan = open_plan(path)
    with pytest.raises(IntegrityError), plan.begin() as s:
        s.add(Unit(id="38999", name="Xã Mới", kind="xa", region="mountain", lat=20.0, lon=105.0))
        s.add(Quota(unit_id="38999", specialty_id="unknown-specialty", posts=1))
    with plan.begin() as s:
        assert s.get(Unit, "38999") is None
    plan.close()


def test_check_constraints_reject_bad_values(tmp_path: Path) -> None:
    plan = open_plan(tmp_path / "p.cq2c", create=True)
    with pytest.raises(IntegrityError), plan.begin() as s:
        s.add(Unit(id="1", name="X", kind="tinh", region="urban", lat=0.0, lon=0.0))
    plan.close()


def test_a_plan_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.cq2c"
    open_plan(path, create=True).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(PlanError, match="phiên bản mới hơn"):
        open_plan(path)


@pytest.mark.parametrize("content", [b"not a database at all" * 100, b""])
def test_files_that_are_not_plans_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "junk.cq2c"
    path.write_bytes(content)
    with pytest.raises(PlanError):
        open_plan(path)


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(PlanError, match="không phải phương án"):
        open_plan(path)


def test_missing_file_is_not_created_by_accident(tmp_path: Path) -> None:
    with pytest.raises(PlanError, match="Không tìm thấy"):
        open_plan(tmp_path / "missing.cq2c")
    assert not (tmp_path / "missing.cq2c").exists()


def test_the_schema_head_constant_is_the_newest_migration() -> None:
    """Plans at SCHEMA_HEAD open without Alembic: a new migration must move the constant on."""
    from cq2c_desktop.store.db import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD
