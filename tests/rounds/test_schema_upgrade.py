"""A plan written at schema 0002 (before exemptions' evidence, secondments, rounds) opens and upgrades."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from cq2c_desktop.domain.enums import MoveKind
from cq2c_desktop.store.db import _alembic_config, head_revision, open_plan
from cq2c_desktop.store.models import Base, Move, PlanRound, RemainingNeed, Run, Staff
from tests.fixtures.plans.rows_0001 import ROWS_0001


def _plan_at_0002(path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{path.as_posix()}")
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            config = _alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "0002")
            for table, rows in ROWS_0001:  # 0002 only added row versions with a default: the rows still fit
                connection.execute(sa.insert(table), rows)
    finally:
        engine.dispose()


def test_a_0002_plan_opens_upgrades_and_keeps_its_moves(tmp_path: Path) -> None:
    path = tmp_path / "plan-0002.cq2c"
    _plan_at_0002(path)
    plan = open_plan(path)
    try:
        with plan.engine.connect() as conn:
            context = MigrationContext.configure(conn)
            assert context.get_current_revision() == head_revision()
            assert compare_metadata(context, Base.metadata) == []
        with plan.begin() as session:
            moves = list(session.scalars(select(Move).order_by(Move.id)))
            assert [m.id for m in moves] == [1, 2]
            assert {m.kind for m in moves} == {MoveKind.TRANSFER.value}  # every old move was a transfer
            assert {(m.term_months, m.start_date, m.end_date) for m in moves} == {(None, None, None)}
            assert {r.round for r in session.scalars(select(Run))} == {None}  # round 1, by reading
            assert all(p.exemption_note is None for p in session.scalars(select(Staff)))
            assert list(session.scalars(select(PlanRound))) == []
            assert list(session.scalars(select(RemainingNeed))) == []
    finally:
        plan.close()
