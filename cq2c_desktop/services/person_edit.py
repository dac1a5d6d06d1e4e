"""Edit a person in place, add one by hand, remove one: each in one transaction with an audit event,
each returning what undo needs to put the plan back exactly.

A person's values are a plain dict keyed by the `staff` table's columns (`PERSON_FIELDS`; the wishes
as the list `wishes`), so a later field (an exemption's date, a secondment) is one more key checked
in `_checked`. The same rules as the importer: a unit, home and wish must be units of the plan, a
citizen ID twelve digits and unique, an exempt person not movable and no volunteer, a person who
names a wish a volunteer. A person in an approved move is a decision on record: never removed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from cq2c_desktop.domain.enums import Exemption, Gender, MoveStatus
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.io.values import BadValueError, parse_cccd, tidy_person_name
from cq2c_desktop.services import audit
from cq2c_desktop.services.staff import (
    ONLY_MOVABLE_VOLUNTEER,
    UNKNOWN_EXEMPTION,
    UNKNOWN_STAFF,
    StaffEditError,
    StaffRow,
    _claim,
    read_row,
)
from cq2c_desktop.services.units import UNKNOWN_UNIT
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Move, Specialty, Staff, Unit

# Every field of a person the officer sets (the id is the key, set once when the person is added).
PERSON_FIELDS = (
    "full_name",
    "gender",
    "birth_date",
    "ethnicity",
    "unit_id",
    "position",
    "specialty_id",
    "rank",
    "home_unit_id",
    "movable",
    "exemption",
    "volunteer",
    "cccd",
    "wishes",
)
_MOVE_COLUMNS = tuple(c.name for c in Move.__table__.columns)

NAME_REQUIRED = Text("person_name_required", "A person needs a full name.")
ID_REQUIRED = Text("person_id_required", "A person needs a staff id.")
ID_TAKEN = Text("person_id_taken", "Staff id {staff} is already in the plan.")
UNKNOWN_GENDER = Text("person_gender", "Unknown gender: {value}")
UNKNOWN_SPECIALTY = Text("person_specialty", "Unknown specialty: {value}")
CCCD_HELD = Text("person_cccd_taken", "This citizen ID already belongs to staff {owner}.")
TOO_MANY = Text("person_too_many_wishes", "A person names at most three wishes.")
BIRTH_RANGE = Text("person_birth_range", "Birth date {date} is not plausible for a civil servant.")
HAS_APPROVED_MOVE = Text(
    "person_has_approved_move",
    "{name} cannot be removed: their transfer to {unit} is approved. Withdraw the approval (with its reason) "
    "first, if the person really leaves the plan.",
)


@dataclass(frozen=True)
class RemovedPerson:
    """What removing a person took out of the plan: enough to put it all back."""

    values: dict[str, Any]  # the staff row's columns, wishes as columns
    moves: list[dict[str, Any]]  # the person's moves in every run (deleted with them)


def person_values(plan: OpenPlan, staff_id: str) -> dict[str, Any]:
    """The person's editable values (PERSON_FIELDS) and their row version."""
    with plan.begin() as session:
        person = _person(session, staff_id)
        return {**_values(person), "version": person.version}


def _person(session: Session, staff_id: str) -> Staff:
    person = session.get(Staff, staff_id)
    if person is None:
        raise StaffEditError(UNKNOWN_STAFF(staff=staff_id))
    return person


def _values(person: Staff) -> dict[str, Any]:
    return {name: (list(person.wishes) if name == "wishes" else getattr(person, name)) for name in PERSON_FIELDS}


def _unit(session: Session, value: Any, *, optional: bool = False) -> str | None:
    if optional and not value:
        return None
    if not value or session.get(Unit, str(value)) is None:
        raise StaffEditError(UNKNOWN_UNIT(unit=value))
    return str(value)


def _cccd(session: Session, value: Any, staff_id: str) -> str | None:
    if not value:
        return None
    try:
        cccd = parse_cccd(str(value))
    except BadValueError as exc:
        raise StaffEditError(exc.message) from exc
    owner = session.scalar(select(Staff.id).where(Staff.cccd == cccd, Staff.id != staff_id))
    if owner is not None:
        raise StaffEditError(CCCD_HELD(owner=owner))
    return cccd


def _checked(session: Session, staff_id: str, values: dict[str, Any]) -> dict[str, Any]:
    """The values as stored, or StaffEditError naming the first one that cannot be right."""
    out = dict(values)
    if "full_name" in values:
        out["full_name"] = tidy_person_name(str(values["full_name"] or ""))
        if not out["full_name"]:
            raise StaffEditError(NAME_REQUIRED())
    if "gender" in values and values["gender"] not in {g.value for g in Gender}:
        raise StaffEditError(UNKNOWN_GENDER(value=values["gender"]))
    born = values.get("birth_date")
    if born is not None and not (isinstance(born, dt.date) and 1940 <= born.year <= dt.date.today().year - 16):
        raise StaffEditError(BIRTH_RANGE(date=born))
    if "unit_id" in values:
        out["unit_id"] = _unit(session, values["unit_id"])
    if "home_unit_id" in values:
        out["home_unit_id"] = _unit(session, values["home_unit_id"], optional=True)
    if "specialty_id" in values and session.get(Specialty, str(values["specialty_id"] or "")) is None:
        raise StaffEditError(UNKNOWN_SPECIALTY(value=values["specialty_id"]))
    for name in ("ethnicity", "position", "rank"):
        if name in values:
            out[name] = str(values[name]).strip() or None if values[name] is not None else None
    if "cccd" in values:
        out["cccd"] = _cccd(session, values["cccd"], staff_id)
    if "exemption" in values:
        exemption = values["exemption"] or None
        if exemption is not None and exemption not in {e.value for e in Exemption}:
            raise StaffEditError(UNKNOWN_EXEMPTION(value=exemption))
        out["exemption"] = exemption
        out["movable"] = exemption is None  # an exemption is the reason a person is not movable
    if "wishes" in values:
        wishes = list(dict.fromkeys(str(w) for w in values["wishes"] or [] if w))
        if len(wishes) > 3:
            raise StaffEditError(TOO_MANY())
        out["wishes"] = [_unit(session, w) for w in wishes]
        if out["wishes"] and out.get("movable", True):
            out["volunteer"] = True  # a person who names a wish is a volunteer (INSTANCE.md 1.1)
    if out.get("volunteer") and out.get("movable") is False:
        raise StaffEditError(ONLY_MOVABLE_VOLUNTEER())
    return out


def _write(person: Staff, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if name == "wishes":
            person.wishes = list(value)
        elif name in PERSON_FIELDS:
            setattr(person, name, value)


def _changed(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    names = [n for n in PERSON_FIELDS if before.get(n) != after.get(n)]
    return {n: _plain(before.get(n)) for n in names}, {n: _plain(after.get(n)) for n in names}


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _read_row(session: Session, staff_id: str) -> StaffRow:
    return read_row(session, staff_id)


def edit_person(
    plan: OpenPlan, staff_id: str, values: dict[str, Any], expected_version: int | None = None
) -> tuple[dict[str, Any], StaffRow]:
    """Set any of PERSON_FIELDS; returns the values the person had (for undo) and the new row.

    Refused with StaffConflictError if another officer changed the person since `expected_version`."""
    with plan.begin() as session:
        person = _person(session, staff_id)
        _claim(session, person, expected_version)
        before = _values(person)
        merged = {**before, **values}
        if values.get("exemption") and "volunteer" not in values:
            merged["volunteer"] = False  # made exempt: no longer a volunteer, unless the form says so
        checked = _checked(session, staff_id, merged)
        _write(person, checked)
        old, new = _changed(before, _values(person))
        audit.record(session, "staff_edited", staff=staff_id, before=old, after=new)
        return before, _read_row(session, staff_id)


def add_person(plan: OpenPlan, staff_id: str, values: dict[str, Any]) -> StaffRow:
    """A person added by hand (a new recruit, a file that never came)."""
    staff_id = staff_id.strip()
    if not staff_id:
        raise StaffEditError(ID_REQUIRED())
    with plan.begin() as session:
        if session.get(Staff, staff_id) is not None:
            raise StaffEditError(ID_TAKEN(staff=staff_id))
        defaults: dict[str, Any] = {"movable": True, "volunteer": False, "exemption": None, "wishes": []}
        checked = _checked(session, staff_id, {**defaults, **values})
        person = Staff(id=staff_id)
        _write(person, checked)
        session.add(person)
        audit.record(session, "staff_added", staff=staff_id, after={n: _plain(v) for n, v in _values(person).items()})
        return _read_row(session, staff_id)


def remove_person(plan: OpenPlan, staff_id: str, expected_version: int | None = None) -> RemovedPerson:
    """Take a person out of the plan with their proposed moves; refused for a person whose transfer is
    approved (a decision on record)."""
    with plan.begin() as session:
        person = _person(session, staff_id)
        approved = session.execute(
            select(Unit.name)
            .join(Move, Move.to_unit_id == Unit.id)
            .where(Move.staff_id == staff_id, Move.status == MoveStatus.APPROVED.value)
        ).first()
        if approved is not None:
            raise StaffEditError(HAS_APPROVED_MOVE(name=person.full_name, unit=approved[0]))
        _claim(session, person, expected_version)
        session.refresh(person)
        values = {c.name: getattr(person, c.name) for c in Staff.__table__.columns}
        moves = [
            {name: row[name] for name in _MOVE_COLUMNS}
            for row in session.execute(select(Move.__table__).where(Move.staff_id == staff_id)).mappings()
        ]
        session.execute(delete(Move).where(Move.staff_id == staff_id).execution_options(synchronize_session=False))
        session.delete(person)
        audit.record(
            session,
            "staff_removed",
            staff=staff_id,
            name=values["full_name"],
            unit=values["unit_id"],
            moves=len(moves),
        )
        return RemovedPerson(values, moves)


def restore_person(plan: OpenPlan, removed: RemovedPerson) -> StaffRow:
    """Undo a removal: the person and their moves, as they were."""
    with plan.begin() as session:
        session.execute(insert(Staff), [removed.values])
        if removed.moves:
            session.execute(insert(Move), removed.moves)
        staff_id = removed.values["id"]
        audit.record(session, "staff_restored", staff=staff_id, moves=len(removed.moves))
        return _read_row(session, staff_id)


def roster_choices(plan: OpenPlan) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The units (by name) and specialties (in the plan's order) a person's form offers."""
    with plan.begin() as session:
        units = [(uid, name) for uid, name in session.execute(select(Unit.id, Unit.name).order_by(Unit.name))]
        specialties = [
            (sid, name)
            for sid, name in session.execute(select(Specialty.id, Specialty.name).order_by(Specialty.sort_order))
        ]
    return units, specialties
