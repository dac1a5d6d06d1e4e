"""The same plan code on PostgreSQL: migrate, fill, read back, export the same instance as SQLite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cq2c_desktop.cli import main
from cq2c_desktop.services import demo
from cq2c_desktop.store.db import open_plan
from solver.synth import data_dir, generate_instance, load_units_csv

pytestmark = pytest.mark.postgres


def _fill(target: str) -> None:
    units = load_units_csv(data_dir() / "thanh_hoa_units.csv")[:30]
    instance = generate_instance(units, seed=5, staff_per_unit=20)
    plan = open_plan(target, create=True)
    try:
        demo._fill(plan, units, instance, demo._staff_rows(instance, {u["id"]: u for u in units}, 5), "Thanh Hóa", 5)
    finally:
        plan.close()


def test_postgres_plan_exports_the_same_instance_as_sqlite(pg_url: str, tmp_path: Path) -> None:
    sqlite_path = tmp_path / "p.cq2c"
    _fill(str(sqlite_path))
    _fill(pg_url)
    assert main(["export-instance", str(sqlite_path), str(tmp_path / "a.json")]) == 0
    assert main(["export-instance", pg_url, str(tmp_path / "b.json")]) == 0
    a = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert a == b
    assert len(a["staff"]) > 300


def test_postgres_plan_reopens_without_migrating_again(pg_url: str) -> None:
    open_plan(pg_url, create=True).close()
    plan = open_plan(pg_url)
    with plan.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar() == 1
    plan.close()
