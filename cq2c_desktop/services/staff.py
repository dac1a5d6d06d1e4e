"""The roster as the views show it, and the officer's edits to a person's planning fields."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from cq2c_desktop.domain.enums import Exemption
from cq2c_desktop.services import audit
from cq2c_desktop.store.db import Plan
from cq2c_desktop.store.models import Specialty, Staff, Unit

# The fields an officer edits in the roster; everything else comes from the commune's files.
EDITABLE_FIELDS = ("movable", "volunteer", "exemption", "home_unit_id")


class StaffEditError(ValueError):
    """An edit that the rules refuse; the message is for the user (Vietnamese / English)."""


@dataclass(frozen=True)
class StaffRow:
    id: str
    full_name: str
    gender: str
    birth_year: int | None
    ethnicity: str
    unit_id: str
    unit_name: str
    specialty_id: str
    specialty_name: str
    rank: str
    position: str
    home_unit_id: str
    home_unit_name: str
    movable: bool
    exemption: str | None
    volunteer: bool


def _query() -> Any:
    unit = aliased(Unit)
    home = aliased(Unit)
    return (
        select(Staff, unit.name, home.name, Specialty.name)
        .join(unit, Staff.unit_id == unit.id)
        .outerjoin(home, Staff.home_unit_id == home.id)
        .join(Specialty, Staff.specialty_id == Specialty.id)
    )


def _row(person: Staff, unit_name: str, home_name: str | None, specialty_name: str) -> StaffRow:
    return StaffRow(
        id=person.id, full_name=person.full_name, gender=person.gender,
        birth_year=person.birth_date.year if person.birth_date else None, ethnicity=person.ethnicity or "",
        unit_id=person.unit_id, unit_name=unit_name, specialty_id=person.specialty_id,
        specialty_name=specialty_name, rank=person.rank or "", position=person.position or "",
        home_unit_id=person.home_unit_id or person.unit_id, home_unit_name=home_name or unit_name,
        movable=person.movable, exemption=person.exemption, volunteer=person.volunteer,
    )


def staff_rows(session: Session) -> list[StaffRow]:
    """Every person, read as plain columns (ORM objects cost ten times more for 150,000 rows)."""
    units = dict(session.execute(select(Unit.id, Unit.name)).all())
    specialties = dict(session.execute(select(Specialty.id, Specialty.name)).all())
    rows = session.execute(select(
        Staff.id, Staff.full_name, Staff.gender, Staff.birth_date, Staff.ethnicity, Staff.unit_id,
        Staff.specialty_id, Staff.rank, Staff.position, Staff.home_unit_id, Staff.movable, Staff.exemption,
        Staff.volunteer,
    ).order_by(Staff.id))
    return [
        StaffRow(
            id=sid, full_name=name, gender=gender, birth_year=birth.year if birth else None,
            ethnicity=ethnicity or "", unit_id=unit, unit_name=units[unit], specialty_id=spec,
            specialty_name=specialties[spec], rank=rank or "", position=position or "",
            home_unit_id=home or unit, home_unit_name=units.get(home or unit, ""), movable=movable,
            exemption=exemption, volunteer=volunteer,
        )
        for sid, name, gender, birth, ethnicity, unit, spec, rank, position, home, movable, exemption, volunteer
        in rows
    ]


def _apply(person: Staff, field: str, value: Any, session: Session) -> None:
    if field == "movable":
        person.movable = bool(value)
        # A movable person has no exemption; one made immovable by hand needs a reason on record.
        person.exemption = None if person.movable else (person.exemption or Exemption.OTHER.value)
        if not person.movable:
            person.volunteer = False
    elif field == "exemption":
        if value not in (None, "") and value not in {e.value for e in Exemption}:
            raise StaffEditError(f"Lý do miễn không hợp lệ / Unknown exemption: {value}")
        person.exemption = value or None
        person.movable = person.exemption is None
        if not person.movable:
            person.volunteer = False
    elif field == "volunteer":
        if value and not person.movable:
            raise StaffEditError("Người không thể điều động thì không thể tự nguyện / "
                                 "Only a movable person can volunteer")
        person.volunteer = bool(value)
    elif field == "home_unit_id":
        if session.get(Unit, value) is None:
            raise StaffEditError(f"Không có đơn vị / Unknown unit: {value}")
        person.home_unit_id = value
    else:
        raise StaffEditError(f"Trường không sửa được / Field cannot be edited: {field}")


def update_staff(plan: Plan, staff_id: str, field: str, value: Any) -> StaffRow:
    """Change one planning field of one person in one transaction, with an audit event."""
    with plan.begin() as session:
        person = session.get(Staff, staff_id)
        if person is None:
            raise StaffEditError(f"Không có cán bộ / Unknown staff id: {staff_id}")
        before = {f: getattr(person, f) for f in EDITABLE_FIELDS}
        _apply(person, field, value, session)
        after = {f: getattr(person, f) for f in EDITABLE_FIELDS}
        audit.record(session, "staff_edited", staff=staff_id, before=before, after=after)
        session.flush()
        return _row(*session.execute(_query().where(Staff.id == staff_id)).one())


def restore_staff(plan: Plan, staff_id: str, values: dict[str, Any]) -> StaffRow:
    """Put back the planning fields exactly as they were (undo), with an audit event."""
    with plan.begin() as session:
        person = session.get(Staff, staff_id)
        if person is None:
            raise StaffEditError(f"Không có cán bộ / Unknown staff id: {staff_id}")
        before = {f: getattr(person, f) for f in EDITABLE_FIELDS}
        for name in EDITABLE_FIELDS:
            if name in values:
                setattr(person, name, values[name])
        audit.record(session, "staff_restored", staff=staff_id, before=before, after=dict(values))
        session.flush()
        return _row(*session.execute(_query().where(Staff.id == staff_id)).one())


def planning_fields(row: StaffRow) -> dict[str, Any]:
    return {"movable": row.movable, "volunteer": row.volunteer, "exemption": row.exemption,
            "home_unit_id": row.home_unit_id}
