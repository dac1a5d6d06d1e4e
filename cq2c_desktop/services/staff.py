"""The roster as the views show it, and the officer's edits to a person's planning fields."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session, aliased

from cq2c_desktop.domain.enums import Exemption
from cq2c_desktop.domain.exemptions import allows_volunteer
from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.services import audit
from cq2c_desktop.services.conflicts import (
    PEOPLE,
    PERSON,
    PERSON_LABEL,
    ConflictError,
    StaleRow,
    race_message,
    stale_message,
)
from cq2c_desktop.services.units import FIELD_NOT_EDITABLE, UNKNOWN_UNIT
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import AuditEvent, Specialty, Staff, Unit

# The fields an officer edits in the roster; everything else comes from the commune's files.
EDITABLE_FIELDS = ("movable", "volunteer", "exemption", "home_unit_id")


UNKNOWN_EXEMPTION = Text("unknown_exemption", "Unknown exemption: {value}")
ONLY_MOVABLE_VOLUNTEER = Text("volunteer_not_movable", "Only a movable person can volunteer.")
UNKNOWN_STAFF = Text("staff_unknown", "Unknown staff id: {staff}")


class StaffEditError(ServiceError):
    """An edit that the rules refuse."""


class StaffConflictError(StaffEditError, ConflictError):
    """Another officer changed this person since the row was read; nothing was written."""


@dataclass(frozen=True, slots=True)  # slots: a national roster holds 150,000 of these
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
    version: int = 1  # pass back as expected_version so a change made meanwhile is not overwritten
    # Personal data: the views show it only through services.privacy's masks (Decree 13/2023/NĐ-CP).
    birth_date: dt.date | None = None
    cccd: str | None = None
    wishes: str = ""  # the units the person asks for, by name, first wish first ("Xã A; Xã B")


def _query() -> Any:
    unit = aliased(Unit)
    home = aliased(Unit)
    return (
        select(Staff, unit.name, home.name, Specialty.name)
        .join(unit, Staff.unit_id == unit.id)
        .outerjoin(home, Staff.home_unit_id == home.id)
        .join(Specialty, Staff.specialty_id == Specialty.id)
    )


def _row(person: Staff, unit_name: str, home_name: str | None, specialty_name: str, wishes: str = "") -> StaffRow:
    return StaffRow(
        id=person.id,
        full_name=person.full_name,
        gender=person.gender,
        birth_year=person.birth_date.year if person.birth_date else None,
        ethnicity=person.ethnicity or "",
        unit_id=person.unit_id,
        unit_name=unit_name,
        specialty_id=person.specialty_id,
        specialty_name=specialty_name,
        rank=person.rank or "",
        position=person.position or "",
        home_unit_id=person.home_unit_id or person.unit_id,
        home_unit_name=home_name or unit_name,
        movable=person.movable,
        exemption=person.exemption,
        volunteer=person.volunteer,
        version=person.version,
        birth_date=person.birth_date,
        cccd=person.cccd,
        wishes=wishes,
    )


def read_row(session: Session, staff_id: str) -> StaffRow:
    """One person as the roster shows them, after a change made in `session`."""
    session.flush()
    person, unit_name, home_name, specialty_name = session.execute(_query().where(Staff.id == staff_id)).one()
    names = dict(session.execute(select(Unit.id, Unit.name).where(Unit.id.in_(person.wishes))).all())
    return _row(person, unit_name, home_name, specialty_name, "; ".join(names.get(w, w) for w in person.wishes))


# Rows fetched per call to the driver: one fetch of a national roster's 150,000 rows holds Python's
# lock for stretches of 100 ms (measured), and a window waits on that lock while a worker reads.
FETCH_ROWS = 2000


def staff_rows(session: Session) -> list[StaffRow]:
    """Every person, read as plain columns (ORM objects cost ten times more for 150,000 rows)."""
    units = dict(session.execute(select(Unit.id, Unit.name)).all())
    specialties = dict(session.execute(select(Specialty.id, Specialty.name)).all())
    rows = session.execute(
        select(
            Staff.id,
            Staff.full_name,
            Staff.gender,
            Staff.birth_date,
            Staff.ethnicity,
            Staff.unit_id,
            Staff.specialty_id,
            Staff.rank,
            Staff.position,
            Staff.home_unit_id,
            Staff.movable,
            Staff.exemption,
            Staff.volunteer,
            Staff.version,
            Staff.cccd,
            Staff.wish_1_unit_id,
            Staff.wish_2_unit_id,
            Staff.wish_3_unit_id,
        )
        .order_by(Staff.id)
        .execution_options(yield_per=FETCH_ROWS)
    )
    # The driver makes a new string for every cell; codes, ranks and ethnicities repeat thousands of
    # times, so rows share one copy of each (a third of the memory, and far less to free on close).
    shared: dict[Any, Any] = {}
    one = shared.setdefault
    return [
        StaffRow(
            id=sid,
            full_name=name,
            gender=one(gender, gender),
            birth_year=birth.year if birth else None,
            ethnicity=one(ethnicity or "", ethnicity or ""),
            unit_id=one(unit, unit),
            unit_name=units[unit],
            specialty_id=one(spec, spec),
            specialty_name=specialties[spec],
            rank=one(rank or "", rank or ""),
            position=one(position or "", position or ""),
            home_unit_id=one(home or unit, home or unit),
            home_unit_name=units.get(home or unit, ""),
            movable=movable,
            exemption=one(exemption, exemption),
            volunteer=volunteer,
            version=version,
            birth_date=one(birth, birth),
            cccd=cccd,
            wishes="; ".join(str(units.get(w, w)) for w in (w1, w2, w3) if w) if w1 or w2 or w3 else "",
        )
        for (
            sid,
            name,
            gender,
            birth,
            ethnicity,
            unit,
            spec,
            rank,
            position,
            home,
            movable,
            exemption,
            volunteer,
            version,
            cccd,
            w1,
            w2,
            w3,
        ) in rows
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
            raise StaffEditError(UNKNOWN_EXEMPTION(value=value))
        person.exemption = value or None
        person.movable = person.exemption is None
        if not person.movable and not allows_volunteer(person.exemption):
            person.volunteer = False
    elif field == "volunteer":
        if value and not person.movable and not allows_volunteer(person.exemption):
            raise StaffEditError(ONLY_MOVABLE_VOLUNTEER())
        person.volunteer = bool(value)
    elif field == "home_unit_id":
        if session.get(Unit, value) is None:
            raise StaffEditError(UNKNOWN_UNIT(unit=value))
        person.home_unit_id = value
    else:
        raise StaffEditError(FIELD_NOT_EDITABLE(field=field))


def _last_editor(session: Session, staff_id: str) -> tuple[str | None, Any]:
    """Who last edited this person, from the audit log (for the conflict message only)."""
    recent = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.action.in_(("staff_edited", "staff_restored")))
        .order_by(AuditEvent.id.desc())
        .limit(500)
    )
    for event in recent:
        if event.details.get("staff") == staff_id:
            return event.user, event.at
    return None, None


def _claim(session: Session, person: Staff, expected_version: int | None) -> None:
    """Bump the person's version, only if it is still the one the officer (and this session) read."""
    if expected_version is not None and person.version != expected_version:
        who, at = _last_editor(session, person.id)
        label = PERSON_LABEL(id=person.id, name=person.full_name)
        raise StaffConflictError(stale_message([StaleRow(label, who, at)], what=PEOPLE))
    read = person.version
    # Compare-and-set in the database: it also catches a change committed between our read and now.
    result = session.execute(update(Staff).where(Staff.id == person.id, Staff.version == read).values(version=read + 1))
    if not isinstance(result, CursorResult) or result.rowcount != 1:
        raise StaffConflictError(race_message(what=PERSON))


def _edit(plan: OpenPlan, staff_id: str, expected_version: int | None, action: str, change: Any) -> StaffRow:
    with plan.begin() as session:
        person = session.get(Staff, staff_id)
        if person is None:
            raise StaffEditError(UNKNOWN_STAFF(staff=staff_id))
        _claim(session, person, expected_version)
        before = {f: getattr(person, f) for f in EDITABLE_FIELDS}
        change(person, session)
        after = {f: getattr(person, f) for f in EDITABLE_FIELDS}
        audit.record(session, action, staff=staff_id, before=before, after=after)
        return read_row(session, staff_id)


def update_staff(
    plan: OpenPlan, staff_id: str, field: str, value: Any, expected_version: int | None = None
) -> StaffRow:
    """Change one planning field of one person in one transaction, with an audit event.

    `expected_version` (the `version` of the StaffRow the officer saw): if another officer changed
    this person since, StaffConflictError is raised and nothing is written.
    """
    return _edit(
        plan, staff_id, expected_version, "staff_edited", lambda person, session: _apply(person, field, value, session)
    )


def restore_staff(
    plan: OpenPlan, staff_id: str, values: dict[str, Any], expected_version: int | None = None
) -> StaffRow:
    """Put back the planning fields exactly as they were (undo), with an audit event."""

    def put_back(person: Staff, _session: Session) -> None:
        for name in EDITABLE_FIELDS:
            if name in values:
                setattr(person, name, values[name])

    return _edit(plan, staff_id, expected_version, "staff_restored", put_back)


def planning_fields(row: StaffRow) -> dict[str, Any]:
    return {
        "movable": row.movable,
        "volunteer": row.volunteer,
        "exemption": row.exemption,
        "home_unit_id": row.home_unit_id,
    }
