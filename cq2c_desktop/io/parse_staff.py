"""Roster rows -> staff records (the `staff` table's columns), with every problem located."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from cq2c_desktop.domain.enums import Gender
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.domain.text import fold
from cq2c_desktop.io.fields import Kind, field_label
from cq2c_desktop.io.parse_common import PlanRefs, TableState
from cq2c_desktop.io.rows import RowReader
from cq2c_desktop.io.values import (
    BadValueError,
    check_birth_date,
    formula_warning,
    is_blank,
    parse_cccd,
    parse_date,
    parse_exemption,
    parse_flag,
    parse_gender,
    staff_id_text,
    tidy_person_name,
)

_LABEL = {name: field_label(Kind.STAFF, name) for name in ("full_name", "unit", "specialty", "gender", "birth_date")}
TWO_BIRTH_DATES = Text("two_birth_dates", "A birth date under both Nam and Nữ")
BIRTH_IN_FUTURE = Text("impossible_date", "Birth date {date} is in the future")
DUPLICATE_ID = Text("duplicate_id", "Same staff id as row {row}")
DUPLICATE_CCCD = Text("duplicate_cccd", "Same citizen ID as row {row}")


def derived_staff_id(cccd: str | None, name: str, born: dt.date | None, unit: str) -> str:
    """A stable id for a roster without an id column, so a re-import finds the same person:
    from the CCCD when there is one (hashed: the id travels where the CCCD must not)."""
    basis = cccd or f"{fold(name)}|{born.isoformat() if born else unit}"
    return "CB-" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:10].upper()


def _name(reader: RowReader) -> str:
    if reader.has("full_name"):
        return tidy_person_name(reader.text("full_name"))
    parts = [reader.text("family_name"), reader.text("given_name")]
    return tidy_person_name(" ".join(p for p in parts if p))


def _birth_and_gender(reader: RowReader, refs: PlanRefs) -> tuple[dt.date | None, Gender | None]:
    """The birth date, and the gender when the layout writes the date under "Nam" or "Nữ"."""
    gender: Gender | None = None
    source = "birth_date"
    for name, implied in (("birth_date_male", Gender.MALE), ("birth_date_female", Gender.FEMALE)):
        if reader.has(name) and not is_blank(reader.cell(name)):
            if gender is not None:
                reader.problem(name, BadValueError(TWO_BIRTH_DATES()))
                return None, None
            gender, source = implied, name
    cell = reader.cell(source)
    if is_blank(cell):
        return None, gender
    try:
        parsed = parse_date(cell, today=refs.today)
    except BadValueError as exc:
        reader.problem(source, exc)
        return None, gender
    reader.note(source, parsed.note)
    born = parsed.value
    assert isinstance(born, dt.date)
    if born > refs.today:
        reader.problem(source, BadValueError(BIRTH_IN_FUTURE(date=f"{born:%d/%m/%Y}")))
        return None, gender
    try:
        check_birth_date(born, refs.today)
    except BadValueError as exc:
        reader.problem(source, exc, warning=True)
    return born, gender


def _lookup(reader: RowReader, name: str, resolve: Any) -> str | None:
    text = reader.text(name)
    if not text:
        return None
    try:
        match = resolve(text)
    except BadValueError as exc:
        reader.problem(name, exc)
        return None
    reader.note(name, match.note)
    return str(match.id)


def _flag(reader: RowReader, name: str, default: bool) -> bool:
    text = reader.text(name)
    if not reader.has(name):
        return default
    try:
        return parse_flag(text)
    except BadValueError as exc:
        reader.problem(name, exc)
        return default


def staff_row(reader: RowReader, refs: PlanRefs, state: TableState) -> dict[str, Any] | None:
    errors_before = reader.log.errors
    full_name = _name(reader)
    name_field = "full_name" if reader.has("full_name") else "given_name"
    if not full_name:
        reader.missing(name_field, _LABEL["full_name"])
    elif (warning := formula_warning(full_name)) is not None:
        reader.problem(name_field, warning, warning=True)
    unit = _lookup(reader, "unit", refs.units.resolve)
    if not reader.text("unit"):
        reader.missing("unit", _LABEL["unit"])
    specialty = _lookup(reader, "specialty", refs.specialties.resolve)
    if not reader.text("specialty"):
        reader.missing("specialty", _LABEL["specialty"])
    born, gender = _birth_and_gender(reader, refs)
    if reader.has("gender") and reader.text("gender"):
        try:
            gender = parse_gender(reader.text("gender"))
        except BadValueError as exc:
            reader.problem("gender", exc)
    elif gender is None:
        reader.missing("gender" if reader.has("gender") else "birth_date", _LABEL["gender"])
    cccd = None
    if reader.text("cccd"):
        try:
            cccd = parse_cccd(reader.text("cccd"))
        except BadValueError as exc:
            reader.problem("cccd", exc)
    exemption = parse_exemption(reader.text("exemption")) if reader.has("exemption") else None
    movable = _flag(reader, "movable", exemption is None)
    if exemption is not None:
        movable = False  # the rules exempt this person whatever the "movable" mark says
    home = _lookup(reader, "home_unit", refs.units.resolve) if reader.has("home_unit") else None
    volunteer = _flag(reader, "volunteer", False)
    staff_id = staff_id_text(reader.cell("id")) if reader.has("id") else ""
    # Duplicates are checked on every row, including rows with other errors.
    if staff_id:
        state.keys.append(("id", staff_id, reader.number))
    if cccd:
        state.keys.append(("cccd", cccd, reader.number))
    if reader.log.errors > errors_before or unit is None or specialty is None or gender is None:
        return None
    if not staff_id:
        staff_id = derived_staff_id(cccd, full_name, born, unit)
        state.derived_ids += 1
        state.keys.append(("id", staff_id, reader.number))
    state.cover(unit)
    return {
        "id": staff_id,
        "full_name": full_name,
        "gender": gender.value,
        "birth_date": born,
        "ethnicity": reader.text("ethnicity") or None,
        "unit_id": unit,
        "position": reader.text("position") or None,
        "specialty_id": specialty,
        "rank": reader.text("rank") or None,
        "home_unit_id": home,
        "movable": movable,
        "exemption": exemption,
        "volunteer": volunteer,
        "cccd": cccd,
    }


def check_staff_duplicates(state: TableState) -> None:
    """The same id or the same CCCD on two rows is an error on the second row."""
    columns = {"id": state.column("id"), "cccd": state.column("cccd")}
    first_row: dict[tuple[str, str], int] = {}
    for what, value, row in state.keys:
        first = first_row.setdefault((what, value), row)
        if first == row:
            continue
        letter, header = columns[what]
        if what == "id":
            state.log.error(
                DUPLICATE_ID(row=first),
                row=row,
                column=letter,
                header=header,
                value=value,
            )
        else:
            state.log.error(
                DUPLICATE_CCCD(row=first),
                row=row,
                column=letter,
                header=header,
                value=value,
            )
