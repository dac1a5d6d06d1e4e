"""Edit in place: a person (every field, wishes included), a unit (its sending cap), a quota; add and
remove a person by hand. Each is audited and can be put back exactly (what the window's undo calls)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cq2c_desktop.domain.messages import english
from cq2c_desktop.services.approval import approve_moves
from cq2c_desktop.services.optimise import optimise
from cq2c_desktop.services.person_edit import (
    add_person,
    edit_person,
    person_values,
    remove_person,
    restore_person,
)
from cq2c_desktop.services.quota_edit import QuotaEditError, set_posts
from cq2c_desktop.services.review import move_rows
from cq2c_desktop.services.staff import StaffConflictError, StaffEditError
from cq2c_desktop.services.units import UnitEditError, edit_unit, restore_unit, unit_values
from cq2c_desktop.store.db import OpenPlan, open_plan
from cq2c_desktop.store.models import AuditEvent, Move, Quota, Staff, Unit


@pytest.fixture
def plan(demo_plan: Path) -> OpenPlan:
    opened = open_plan(demo_plan)
    yield opened  # type: ignore[misc]
    opened.close()


def _events(plan: OpenPlan, action: str) -> list[dict[str, object]]:
    with plan.begin() as s:
        return [e.details for e in s.scalars(select(AuditEvent).where(AuditEvent.action == action))]


def _someone(plan: OpenPlan) -> tuple[str, list[str]]:
    with plan.begin() as s:
        person = s.scalars(select(Staff).where(Staff.movable.is_(True), Staff.wish_1_unit_id.is_(None))).first()
        units = list(s.scalars(select(Unit.id).where(Unit.region == "mountain").order_by(Unit.id).limit(3)))
    assert person is not None
    return person.id, units


def test_editing_every_field_of_a_person_then_putting_it_back(plan: OpenPlan) -> None:
    staff_id, (a, b, c) = _someone(plan)
    seen = person_values(plan, staff_id)
    change = {
        "full_name": "NGUYỄN VĂN SỬA",
        "gender": "nu",
        "birth_date": dt.date(1987, 6, 5),
        "ethnicity": "Mường",
        "position": "Công chức Địa chính",
        "rank": "Chuyên viên chính",
        "home_unit_id": a,
        "cccd": "038087000999",
        "wishes": [b, c],
    }
    before, row = edit_person(plan, staff_id, change, expected_version=seen["version"])
    after = person_values(plan, staff_id)
    assert row.full_name == "Nguyễn Văn Sửa" and row.gender == "nu" and row.home_unit_id == a
    assert after["wishes"] == [b, c] and after["volunteer"] is True  # a person who names a wish volunteers
    assert after["cccd"] == "038087000999" and after["birth_date"] == dt.date(1987, 6, 5)
    event = _events(plan, "staff_edited")[-1]
    assert event["staff"] == staff_id and event["after"]["wishes"] == [b, c]  # type: ignore[index]
    assert event["before"]["full_name"] == seen["full_name"]  # type: ignore[index]

    # The window's undo: the values it had, at the version it now sees.
    edit_person(plan, staff_id, before, expected_version=after["version"])
    assert {k: v for k, v in person_values(plan, staff_id).items() if k != "version"} == {
        k: v for k, v in seen.items() if k != "version"
    }
    with pytest.raises(StaffConflictError):  # a change made on a stale read is refused, not overwritten
        edit_person(plan, staff_id, {"rank": "Cán sự"}, expected_version=seen["version"])


def test_an_exemption_makes_a_person_not_movable_and_wrong_values_are_refused(plan: OpenPlan) -> None:
    staff_id, (a, *_rest) = _someone(plan)
    edit_person(plan, staff_id, {"volunteer": True})
    edit_person(plan, staff_id, {"exemption": "illness"})  # made exempt: no longer a volunteer
    values = person_values(plan, staff_id)
    assert (values["movable"], values["exemption"], values["volunteer"]) == (False, "illness", False)
    edit_person(plan, staff_id, {"exemption": None})
    assert person_values(plan, staff_id)["movable"] is True
    for wrong in (
        {"unit_id": "NO-SUCH"},
        {"wishes": [a, "NO-SUCH"]},
        {"wishes": ["1", "2", "3", "4"]},
        {"full_name": "  "},
        {"cccd": "12ab"},
        {"exemption": "holiday"},
        {"specialty_id": "astrology"},
    ):
        with pytest.raises(StaffEditError):
            edit_person(plan, staff_id, wrong)
    with plan.begin() as s:
        other = s.scalars(select(Staff).where(Staff.cccd.is_not(None), Staff.id != staff_id)).first()
        assert other is not None
    with pytest.raises(StaffEditError) as taken:
        edit_person(plan, staff_id, {"cccd": other.cccd})
    assert other.id in english(taken.value.message)


def test_adding_and_removing_a_person_by_hand_with_undo(plan: OpenPlan) -> None:
    _staff_id, (a, b, _c) = _someone(plan)
    with plan.begin() as s:
        count = s.scalar(select(func.count()).select_from(Staff))
    row = add_person(
        plan,
        "TAY-001",
        {"full_name": "Lò Thị Mới", "gender": "nu", "unit_id": a, "specialty_id": "cntt", "wishes": [b]},
    )
    assert row.unit_id == a and row.volunteer is True
    with pytest.raises(StaffEditError):
        add_person(plan, "TAY-001", {"full_name": "Trùng Mã", "gender": "nam", "unit_id": a, "specialty_id": "cntt"})
    assert _events(plan, "staff_added")[-1]["staff"] == "TAY-001"

    run = optimise(plan)
    with plan.begin() as s:
        moves = move_rows(s, run.run_id)
    mover = moves[0].staff_id
    removed = remove_person(plan, mover)
    with plan.begin() as s:
        assert s.get(Staff, mover) is None
        assert s.scalar(select(func.count()).select_from(Move).where(Move.staff_id == mover)) == 0
    assert _events(plan, "staff_removed")[-1]["moves"] == 1
    restore_person(plan, removed)  # undo: the person and their proposed move, as they were
    with plan.begin() as s:
        assert s.get(Staff, mover) is not None
        assert [m.staff_id for m in move_rows(s, run.run_id)] == [m.staff_id for m in moves]
        assert s.scalar(select(func.count()).select_from(Staff)) == (count or 0) + 1


def test_a_person_in_an_approved_move_is_never_removed(plan: OpenPlan) -> None:
    run = optimise(plan)
    with plan.begin() as s:
        move = move_rows(s, run.run_id)[0]
    approve_moves(plan, move_ids=[move.id])
    with pytest.raises(StaffEditError) as refused:
        remove_person(plan, move.staff_id)
    said = english(refused.value.message)
    assert move.full_name in said and move.to_name in said and "Withdraw the approval" in said
    with plan.begin() as s:
        assert s.get(Staff, move.staff_id) is not None


def test_a_unit_s_sending_cap_and_a_quota_are_edited_and_put_back(plan: OpenPlan) -> None:
    with plan.begin() as s:
        unit = s.scalars(select(Unit).order_by(Unit.id)).first()
        quota = s.scalars(select(Quota).where(Quota.unit_id == unit.id)).first()  # type: ignore[union-attr]
    assert unit is not None and quota is not None
    before = edit_unit(plan, unit.id, {"region": "highland", "priority": 4, "max_out": 2})
    assert unit_values(plan, unit.id) | {"name": ""} == {"name": "", "region": "highland", "priority": 4, "max_out": 2}
    edit_unit(plan, unit.id, {"max_out": ""})
    assert unit_values(plan, unit.id)["max_out"] is None
    with pytest.raises(UnitEditError):
        edit_unit(plan, unit.id, {"max_out": -1})
    restore_unit(plan, unit.id, before)
    assert unit_values(plan, unit.id)["max_out"] is None and unit_values(plan, unit.id)["region"] == unit.region
    assert _events(plan, "unit_edited")[0]["after"]["max_out"] == 2  # type: ignore[index]

    old = set_posts(plan, quota.unit_id, quota.specialty_id, quota.posts + 3)
    assert old == quota.posts
    with plan.begin() as s:
        assert s.get(Quota, (quota.unit_id, quota.specialty_id)).posts == quota.posts + 3  # type: ignore[union-attr]
    set_posts(plan, quota.unit_id, quota.specialty_id, 0)
    with plan.begin() as s:
        assert s.get(Quota, (quota.unit_id, quota.specialty_id)) is None  # no posts, no row
    set_posts(plan, quota.unit_id, quota.specialty_id, old)
    with pytest.raises(QuotaEditError):
        set_posts(plan, quota.unit_id, quota.specialty_id, "nhiều")
    assert [e["after"] for e in _events(plan, "quota_edited")] == [quota.posts + 3, 0, quota.posts]
