"""Contract 1.1 in the application: wishes and sending caps stored, passed to the optimiser exactly,
the policy's sending quota turned into `max_out`, and a plan of schema 0002 upgraded."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import select

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.domain.messages import english
from cq2c_desktop.domain.settings import Policy
from cq2c_desktop.services.approval import approve_moves
from cq2c_desktop.services.instance import build_instance
from cq2c_desktop.services.optimise import OptimiseError, optimise
from cq2c_desktop.services.review import change_status, move_rows
from cq2c_desktop.services.sending_caps import unit_quota
from cq2c_desktop.services.settings import change_setting
from cq2c_desktop.store.db import OpenPlan, _alembic_config, open_plan
from cq2c_desktop.store.models import Move, Staff, Unit


@pytest.fixture
def plan(demo_plan: Path) -> OpenPlan:
    opened = open_plan(demo_plan)
    yield opened  # type: ignore[misc]
    opened.close()


def test_a_plan_of_schema_0002_opens_and_upgrades_keeping_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.cq2c"
    engine = sa.create_engine(f"sqlite:///{path}")
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.execute(
            sa.text(
                "INSERT INTO unit (id, name, kind, region, lat, lon, priority) "
                "VALUES ('A', 'Xã A', 'xa', 'mountain', 20, 105, 3)"
            )
        )
        connection.execute(sa.text("INSERT INTO specialty (id, name, sort_order) VALUES ('cntt', 'CNTT', 0)"))
        connection.execute(
            sa.text(
                "INSERT INTO staff (id, full_name, gender, unit_id, specialty_id, movable, volunteer) "
                "VALUES ('P1', 'Lê Văn Một', 'nam', 'A', 'cntt', 1, 0)"
            )
        )
        connection.execute(
            sa.text(
                "INSERT INTO run (id, created_at, label, method, status, seconds, policy, kpis) "
                "VALUES (1, '2026-01-01', '', 'optimal', 'OPTIMAL', 0, '{}', '{}')"
            )
        )
        connection.execute(
            sa.text(
                "INSERT INTO move (run_id, staff_id, from_unit_id, to_unit_id, specialty_id, km, match, volunteer, "
                "why, status) VALUES (1, 'P1', 'A', 'A', 'cntt', 0, 1, 0, '', 'proposed')"
            )
        )
    engine.dispose()

    plan = open_plan(path)
    try:
        with plan.begin() as s:
            person = s.get(Staff, "P1")
            unit = s.get(Unit, "A")
            move = s.scalars(select(Move)).one()
            assert person is not None and unit is not None
            assert person.wishes == [] and unit.max_out is None
            assert (move.wish, move.kept, move.run.wishes_not_granted) == (None, False, None)
            person.wishes = ["A"]
        with plan.begin() as s:
            again = s.get(Staff, "P1")
            assert again is not None and again.wishes == ["A"] and again.wish_2_unit_id is None
    finally:
        plan.close()


def _first_people(plan: OpenPlan, count: int) -> list[Staff]:
    with plan.begin() as s:
        return list(s.scalars(select(Staff).where(Staff.movable.is_(True)).order_by(Staff.id).limit(count)))


def test_wishes_and_max_out_are_passed_exactly_per_the_contract(plan: OpenPlan) -> None:
    change_setting(plan, "policy.send_share_percent", "")  # the demo's 10 % quota off: only the unit's own cap
    person = _first_people(plan, 1)[0]
    with plan.begin() as s:
        mountain = list(s.scalars(select(Unit.id).where(Unit.region == "mountain").order_by(Unit.id).limit(2)))
        staff = s.get(Staff, person.id)
        assert staff is not None
        staff.wishes = [*mountain, "NO-SUCH-UNIT"]  # a unit that has left the plan is not passed on
        s.get(Unit, person.unit_id).max_out = 7  # type: ignore[union-attr]
    with plan.begin() as s:
        doc = build_instance(s)
    entry = next(p for p in doc["staff"] if p["id"] == person.id)
    assert entry["wishes"] == mountain
    with plan.begin() as s:
        stored = {p.id: p.wishes for p in s.scalars(select(Staff)) if p.wishes and p.id != person.id}
    assert stored and {p["id"]: p["wishes"] for p in doc["staff"] if "wishes" in p and p["id"] != person.id} == stored
    capped = [u for u in doc["units"] if "max_out" in u]
    assert capped == [next(u for u in doc["units"] if u["id"] == person.unit_id)] and capped[0]["max_out"] == 7


def test_the_sending_quota_is_the_smallest_cap_with_the_share_rounded_down() -> None:
    assert unit_quota(None, 44, Policy()) is None
    assert unit_quota(None, 44, Policy(send_share_percent=10)) == 4  # 4.4 → 4: never more than the share
    assert unit_quota(None, 30, Policy(send_share_percent=10)) == 3
    assert unit_quota(None, 9, Policy(send_share_percent=10)) == 0
    assert unit_quota(5, 44, Policy(send_share_percent=10)) == 4
    assert unit_quota(2, 44, Policy(send_share_percent=10, send_cap=3)) == 2
    assert unit_quota(None, 44, Policy(send_share_percent=50, send_cap=3)) == 3


def test_the_policy_share_caps_every_unit_and_the_run_keeps_it(plan: OpenPlan) -> None:
    change_setting(plan, "policy.send_share_percent", "5")
    change_setting(plan, "policy.send_cap", "")
    with plan.begin() as s:
        doc = build_instance(s)
        headcount = Counter(s.scalars(select(Staff.unit_id)))
    caps = {u["id"]: u["max_out"] for u in doc["units"]}
    assert caps == {unit: int(headcount[unit] * 5 / 100) for unit in caps}
    run = optimise(plan)
    with plan.begin() as s:
        leaving = Counter(m.from_unit_id for m in move_rows(s, run.run_id))
    assert leaving and all(count <= caps[unit] for unit, count in leaving.items())


def test_approved_moves_use_up_the_quota_and_locks_over_it_are_explained(plan: OpenPlan) -> None:
    run = optimise(plan)
    with plan.begin() as s:
        rows = move_rows(s, run.run_id)
    source, count = Counter(m.from_unit_id for m in rows).most_common(1)[0]
    from_source = [m.id for m in rows if m.from_unit_id == source]
    approve_moves(plan, move_ids=from_source[:1])
    change_status(plan, from_source[1:], MoveStatus.LOCKED)
    with plan.begin() as s:
        s.get(Unit, source).max_out = count - 1  # type: ignore[union-attr]
        name = s.get(Unit, source).name  # type: ignore[union-attr]
    with plan.begin() as s:
        doc = build_instance(s)
    assert next(u for u in doc["units"] if u["id"] == source)["max_out"] == count - 2  # one approved leaver

    with pytest.raises(OptimiseError) as refused:  # the optimiser would say INVALID
        optimise(plan)
    said = english(refused.value.message)
    assert name in said and f"{count - 1} accepted or locked moves" in said and "set some of them back" in said

    with plan.begin() as s:
        s.get(Unit, source).max_out = 0  # type: ignore[union-attr]
    change_status(plan, from_source[1:], MoveStatus.PROPOSED)
    second = optimise(plan)  # the approved leaver is a fact: the run works, a warning names the unit
    assert second.status == "OPTIMAL"
    assert any(name in english(w) and "more than its sending quota of 0" in english(w) for w in second.warnings)
    with plan.begin() as s:
        again = move_rows(s, second.run_id)
    assert [m.status for m in again if m.from_unit_id == source] == [MoveStatus.APPROVED.value]


def test_a_demo_run_grants_some_wishes_explains_the_others_and_keeps_them_after_reopening(
    demo_plan: Path, tmp_path: Path
) -> None:
    from cq2c_desktop.cli import main
    from cq2c_desktop.services.review_wishes import WISH_REASONS, wish_figures, wishes_not_granted

    plan = open_plan(demo_plan)
    try:
        with plan.begin() as s:
            wishers = s.scalars(select(Staff).where(Staff.wish_1_unit_id.is_not(None))).all()
            share = len(wishers) / (s.scalar(select(sa.func.count()).select_from(Staff)) or 1)
        assert 0.01 < share < 0.06 and all(p.volunteer for p in wishers if p.movable)
        first = optimise(plan)
        second = optimise(plan)
    finally:
        plan.close()
    assert first.kpis["wishes_granted"] > 0 and first.kpis["kept"] == 0
    assert second.kpis["kept"] == second.moves  # nothing changed: every move is kept from the last run

    plan = open_plan(demo_plan)  # stored with the moves: survives closing the plan
    try:
        with plan.begin() as s:
            rows = move_rows(s, second.run_id)
            not_granted = wishes_not_granted(s, second.run_id)
            figures = wish_figures(s, second.run_id)
            wishes = {p.id: p.wishes for p in s.scalars(select(Staff).where(Staff.wish_1_unit_id.is_not(None)))}
    finally:
        plan.close()
    granted = [r for r in rows if r.wish]
    assert granted and all(r.to_unit_id == wishes[r.staff_id][r.wish - 1] for r in granted)
    assert all(r.kept for r in rows)
    assert len(granted) == figures.wishes_granted == second.kpis["wishes_granted"]
    assert figures.wish_score == second.kpis["wish_score"] and figures.kept == second.moves
    assert not_granted and {r.staff_id for r in not_granted} == set(wishes) - {r.staff_id for r in granted}
    assert all(r.reason.text in WISH_REASONS.values() and r.why for r in not_granted)
    assert any(r.reason.code == "wish_max_out" for r in not_granted)  # the demo's 10 % quota binds somewhere

    import contextlib
    import io
    import json

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["report", str(demo_plan), "--json"]) == 0
    report = json.loads(out.getvalue())
    assert (report["wish_score"], report["wishes_granted"], report["kept"]) == (
        figures.wish_score,
        figures.wishes_granted,
        figures.kept,
    )


def test_the_command_line_sets_the_sending_quota_and_refuses_a_wrong_one(demo_plan: Path) -> None:
    from cq2c_desktop.cli import main

    assert main(["settings", str(demo_plan), "policy.send_cap", "2"]) == 0
    assert main(["settings", str(demo_plan), "policy.send_share_percent", "150"]) == 2
    plan = open_plan(demo_plan)
    try:
        with plan.begin() as s:
            doc = build_instance(s)
    finally:
        plan.close()
    caps = [u["max_out"] for u in doc["units"]]
    assert len(caps) == len(doc["units"]) and max(caps) == 2  # 10 % of 44 is 4: the cap of 2 is smaller
