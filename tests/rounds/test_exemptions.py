"""Nghị định 170 exemptions: an exempt person is never proposed; a volunteer moves only where the decree allows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from cq2c_desktop.domain.enums import Exemption, MoveStatus
from cq2c_desktop.services.exemptions import exemption_of, set_exemption
from cq2c_desktop.services.instance import plan_instance
from cq2c_desktop.services.optimise import optimise
from cq2c_desktop.services.plan_check_rules import move_rules
from cq2c_desktop.services.reassign import ReassignError, candidates, reassign
from cq2c_desktop.services.staff import StaffEditError
from cq2c_desktop.store.db import OpenPlan, open_plan
from cq2c_desktop.store.models import Move, Staff


@pytest.fixture
def plan(demo_plan: Path) -> Iterator[OpenPlan]:
    opened = open_plan(demo_plan)
    yield opened
    opened.close()


def _proposed(plan: OpenPlan, run_id: int) -> list[Move]:
    with plan.begin() as session:
        return list(session.scalars(select(Move).where(Move.run_id == run_id).order_by(Move.id)))


def _movable_in_instance(plan: OpenPlan) -> dict[str, bool]:
    return {p["id"]: p["movable"] for p in plan_instance(plan)["staff"]}


def test_an_exempt_person_is_never_proposed_whatever_group(plan: OpenPlan) -> None:
    first = optimise(plan)
    chosen = [m.staff_id for m in _proposed(plan, first.run_id)][: len(Exemption)]
    for staff_id, reason in zip(chosen, Exemption, strict=True):
        set_exemption(plan, staff_id, reason.value, note="Giấy xác nhận số 12/GXN", date=dt.date(2026, 9, 1))
    movable = _movable_in_instance(plan)
    assert not any(movable[s] for s in chosen)
    second = optimise(plan)
    assert not {m.staff_id for m in _proposed(plan, second.run_id)} & set(chosen)
    record = exemption_of(plan, chosen[0])
    assert (record.note, record.date, record.may_move) == ("Giấy xác nhận số 12/GXN", dt.date(2026, 9, 1), False)
    assert record.basis is not None and not record.basis.verified  # the default citation is unverified


def test_a_volunteer_override_works_only_where_the_decree_allows_it(plan: OpenPlan) -> None:
    first = optimise(plan)
    chosen = [m.staff_id for m in _proposed(plan, first.run_id)][:6]
    with pytest.raises(StaffEditError, match=r"tự nguyện|volunteer"):
        set_exemption(plan, chosen[0], Exemption.ILLNESS.value, volunteer=True)
    # Even when the data says so (an older import, a hand edit in the database), illness is no volunteer case.
    with plan.begin() as session:
        person = session.get(Staff, chosen[0])
        assert person is not None
        person.exemption, person.movable, person.volunteer = Exemption.ILLNESS.value, False, True
    for staff_id in chosen[1:3]:
        set_exemption(plan, staff_id, Exemption.FAMILY.value, volunteer=True)
    for staff_id in chosen[3:5]:
        set_exemption(plan, staff_id, Exemption.HARDSHIP.value, volunteer=True)
    set_exemption(plan, chosen[5], Exemption.FAMILY.value, volunteer=False)
    movable = _movable_in_instance(plan)
    assert [movable[s] for s in chosen] == [False, True, True, True, True, False]
    second = optimise(plan)
    proposed = {m.staff_id for m in _proposed(plan, second.run_id)}
    assert chosen[0] not in proposed and chosen[5] not in proposed
    assert proposed & set(chosen[1:5])  # volunteers of the override groups are moved again
    with plan.engine.connect() as connection:  # and the plan check agrees they may be
        assert not [f for f in move_rules(connection, [second.run_id]) if f.code == "rule1_not_movable"]


def test_the_candidate_list_says_why_a_person_is_excluded_and_refuses_them(plan: OpenPlan) -> None:
    run = optimise(plan)
    move = _proposed(plan, run.run_id)[0]
    with plan.begin() as session:
        before = candidates(session, run.run_id, move.to_unit_id, move.specialty_id)
    person = next(c for c in before if c.excluded is None and c.staff_id != move.staff_id)
    set_exemption(plan, person.staff_id, Exemption.STUDY.value, note="QĐ cử đi học 05/QĐ")
    with plan.begin() as session:
        after = candidates(session, run.run_id, move.to_unit_id, move.specialty_id)
    listed = next(c for c in after if c.staff_id == person.staff_id)
    assert listed.excluded == Exemption.STUDY.value
    assert after.index(listed) > max(i for i, c in enumerate(after) if c.excluded is None)  # listed last
    with pytest.raises(ReassignError):
        reassign(plan, run.run_id, move.to_unit_id, move.specialty_id, person.staff_id, replace_move_id=move.id)
    with plan.begin() as session:
        assert session.scalar(select(Move.status).where(Move.id == move.id)) == MoveStatus.PROPOSED.value
