"""Exemptions from transfer (Nghị định 170/2025/NĐ-CP): a person's reason, its evidence and its date.

An exempt person is not movable; a volunteer of a group the decree lets volunteer is moved all the
same (domain/exemptions.py `may_move`, which the optimiser's instance and the hand change both use).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cq2c_desktop.domain.enums import EXEMPTION_TERMS, Exemption
from cq2c_desktop.domain.exemptions import ExemptionBasis, allows_volunteer, exemption_basis, may_move
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.domain.text import clean
from cq2c_desktop.services import audit
from cq2c_desktop.services.settings import load_settings
from cq2c_desktop.services.staff import (
    UNKNOWN_EXEMPTION,
    UNKNOWN_STAFF,
    StaffEditError,
    StaffRow,
    _claim,
    _query,
    _row,
)
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Staff, Unit

VOLUNTEER_NOT_ALLOWED = Text(
    "exemption_no_volunteer",
    "«{reason}»: the decree allows no volunteer override for this group; the person cannot be moved.",
)
EVIDENCE_IN_FUTURE = Text("exemption_date_future", "The evidence is dated {date}, after today.")
NOTE_TOO_LONG = Text("exemption_note_long", "The note of the evidence is longer than 500 characters.")


@dataclass(frozen=True)
class ExemptionRecord:
    staff_id: str
    full_name: str
    unit_name: str
    exemption: str | None
    note: str
    date: dt.date | None
    volunteer: bool
    may_move: bool  # a volunteer of a group the decree lets volunteer
    basis: ExemptionBasis | None
    version: int


def _record(session: Session, person: Staff) -> ExemptionRecord:
    bases = load_settings(session).rules.exemptions
    unit = session.get(Unit, person.unit_id)
    return ExemptionRecord(
        person.id,
        person.full_name,
        unit.name if unit else person.unit_id,
        person.exemption,
        person.exemption_note or "",
        person.exemption_date,
        person.volunteer,
        may_move(person.movable, person.exemption, person.volunteer),
        exemption_basis(bases, person.exemption) if person.exemption else None,
        person.version,
    )


def exemption_of(plan: OpenPlan, staff_id: str) -> ExemptionRecord:
    with plan.begin() as session:
        person = session.get(Staff, staff_id)
        if person is None:
            raise StaffEditError(UNKNOWN_STAFF(staff=staff_id))
        return _record(session, person)


def exempt_people(session: Session) -> list[ExemptionRecord]:
    """Everyone with an exemption, by unit and name (the report and the command line list them)."""
    people = session.scalars(select(Staff).where(Staff.exemption.is_not(None)).order_by(Staff.unit_id, Staff.id))
    return [_record(session, person) for person in people]


def set_exemption(
    plan: OpenPlan,
    staff_id: str,
    exemption: str | None,
    *,
    note: str = "",
    date: dt.date | None = None,
    volunteer: bool = False,
    expected_version: int | None = None,
) -> ExemptionRecord:
    """Record (or, with `exemption` None, lift) a person's exemption in one audited transaction.

    `volunteer` is refused for a group the decree does not let volunteer; `expected_version` is the
    person's version the officer saw (another officer's change meanwhile is refused, not overwritten)."""
    if exemption is not None and exemption not in {e.value for e in Exemption}:
        raise StaffEditError(UNKNOWN_EXEMPTION(value=exemption))
    if exemption is not None and volunteer and not allows_volunteer(exemption):
        raise StaffEditError(VOLUNTEER_NOT_ALLOWED(reason=EXEMPTION_TERMS[Exemption(exemption)]))
    if date is not None and date > dt.date.today():
        raise StaffEditError(EVIDENCE_IN_FUTURE(date=date.strftime("%d/%m/%Y")))
    note = clean(note)
    if len(note) > 500:
        raise StaffEditError(NOTE_TOO_LONG())
    with plan.begin() as session:
        person = session.get(Staff, staff_id)
        if person is None:
            raise StaffEditError(UNKNOWN_STAFF(staff=staff_id))
        _claim(session, person, expected_version)
        before = _fields(person)
        person.exemption = exemption
        person.movable = exemption is None
        person.exemption_note = (note or None) if exemption else None
        person.exemption_date = date if exemption else None
        person.volunteer = volunteer
        audit.record(session, "staff_exemption", staff=staff_id, before=before, after=_fields(person))
        session.flush()
        session.refresh(person)
        return _record(session, person)


def _fields(person: Staff) -> dict[str, object]:
    return {
        "exemption": person.exemption,
        "note": person.exemption_note,
        "date": person.exemption_date.isoformat() if person.exemption_date else None,
        "volunteer": person.volunteer,
        "movable": person.movable,
    }


def staff_row(plan: OpenPlan, staff_id: str) -> StaffRow:
    """The person as the roster shows them (after an exemption changed)."""
    with plan.begin() as session:
        return _row(*session.execute(_query().where(Staff.id == staff_id)).one())
