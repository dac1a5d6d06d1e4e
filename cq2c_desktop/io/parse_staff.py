"""Roster rows -> staff records (the `staff` table's columns), with every problem located.

Plain fields (fields.py: `reads` and `stores`) are read by `READERS`; the fields with rules of their
own are read here: the name (whole, or joined from Họ | Đệm | Tên), birth date and gender (a gender
column, the date written under Nam or Nữ, or an x under Nam or Nữ), the unit (the cell, else the group
row above, else the file's unit), the specialty, and the exemption that makes a person not movable.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from typing import Any

from cq2c_desktop.domain.enums import Gender
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.domain.text import fold
from cq2c_desktop.io.fields import FIELDS, Kind, Reads, field_label
from cq2c_desktop.io.parse_common import PlanRefs, TableState
from cq2c_desktop.io.problems import ProblemLog
from cq2c_desktop.io.rows import RowReader
from cq2c_desktop.io.staff_wishes import WISH_FIELDS, WISH_KEYS, read_unit_list, settle_wishes
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
    tidy_person_name,
)

_LABEL = {name: field_label(Kind.STAFF, name) for name in ("full_name", "unit", "specialty", "gender", "birth_date")}
TWO_BIRTH_DATES = Text("two_birth_dates", "A birth date under both Nam and Nữ: keep the one under the person's gender")
TWO_GENDER_MARKS = Text("two_gender_marks", "Marked under both Nam and Nữ: keep the mark under the person's gender")
GENDERS_DIFFER = Text(
    "genders_differ", "The gender column says {said}, but the row is marked {marked}: correct one of them"
)
BIRTH_IN_FUTURE = Text("impossible_date", "Birth date {date} is in the future: correct it")
DUPLICATE_ID = Text("duplicate_id", "Same staff id as row {row} of sheet {sheet}: each person once, with their own id")
DUPLICATE_CCCD = Text(
    "duplicate_cccd", "Same citizen ID as row {row} of sheet {sheet}: each person once, with their own citizen ID"
)
# Which record keys each special field fills; plain fields fill their `stores` key.
_SPECIAL_STORES: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "full_name": ("full_name",),
    "family_name": ("full_name",),
    "middle_name": ("full_name",),
    "given_name": ("full_name",),
    "gender": ("gender",),
    "male_mark": ("gender",),
    "female_mark": ("gender",),
    "birth_date": ("birth_date",),
    "birth_date_male": ("gender", "birth_date"),
    "birth_date_female": ("gender", "birth_date"),
    "unit": ("unit_id",),
    "specialty": ("specialty_id",),
    "movable": ("movable",),
    "exemption": ("exemption", "movable"),
}
STAFF_STORES: dict[str, tuple[str, ...]] = (
    _SPECIAL_STORES
    | {f.name: (f.stores,) for f in FIELDS[Kind.STAFF] if f.reads is not None and f.stores}
    # Any wish column gives the person's whole ranked list: all three ranks are written.
    | dict.fromkeys(WISH_FIELDS, WISH_KEYS)
)


def derived_staff_id(cccd: str | None, name: str, born: dt.date | None, unit: str) -> str:
    """A stable id for a roster without an id column, so a re-import finds the same person:
    from the CCCD when there is one (hashed: the id travels where the CCCD must not)."""
    basis = cccd or f"{fold(name)}|{born.isoformat() if born else unit}"
    return "CB-" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:10].upper()


def _name(reader: RowReader) -> str:
    given = reader.text("given_name")
    given = tidy_person_name(given) if given else ""
    if reader.has("full_name"):
        full = tidy_person_name(reader.text("full_name"))
        if given and full and not fold(full).endswith(fold(given)):
            return f"{full} {given}"  # "Họ và tên đệm" | "Tên" under one "Họ và tên"
        return full or given
    parts = [tidy_person_name(t) for t in (reader.text("family_name"), reader.text("middle_name")) if t] + [given]
    return " ".join(p for p in parts if p)


def _marked_gender(reader: RowReader) -> Gender | None:
    """An x (or ✓, 1 …) under "Nam" or "Nữ"."""
    marked: Gender | None = None
    for name, gender in (("male_mark", Gender.MALE), ("female_mark", Gender.FEMALE)):
        text = reader.text(name)
        if not text:
            continue
        try:
            ticked = parse_flag(text) or fold(text) in ("nam", "nu")
        except BadValueError as exc:
            reader.problem(name, exc)
            continue
        if ticked and marked is not None:
            reader.problem(name, BadValueError(TWO_GENDER_MARKS()))
            return None
        if ticked:
            marked = gender
    return marked


def _gender(reader: RowReader, implied: Gender | None) -> Gender | None:
    said: Gender | None = None
    if reader.has("gender") and reader.text("gender"):
        try:
            said = parse_gender(reader.text("gender"))
        except BadValueError as exc:
            reader.problem("gender", exc)
            return None
    errors = reader.log.errors
    marked = _marked_gender(reader) or implied
    if reader.log.errors > errors:
        return None  # marked twice: said so on the marks
    if said is not None and marked is not None and said is not marked:
        reader.problem("gender", BadValueError(GENDERS_DIFFER(said=said.value, marked=marked.value)))
        return None
    found = said or marked
    if found is None:
        where = next((n for n in ("gender", "male_mark", "birth_date_male", "birth_date") if reader.has(n)), "gender")
        reader.missing(where, _LABEL["gender"])
    return found


def _birth_and_gender(reader: RowReader, refs: PlanRefs, state: TableState) -> tuple[dt.date | None, Gender | None]:
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
    if isinstance(cell, str):
        cell = reader.text(source)  # "năm 1985" typed in TCVN3 reads as Unicode first
    try:
        parsed = parse_date(cell, today=refs.today, order=state.context.date_order)
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


def _unit(reader: RowReader, refs: PlanRefs, state: TableState) -> str | None:
    """The row's unit: its own cell, else the group row above it, else the file's unit."""
    if reader.text("unit"):
        return _lookup(reader, "unit", refs.units.resolve)
    if reader.section is not None:
        unit, _label, row = reader.section
        state.section_rows.setdefault(row, []).append(reader.number)
        return unit
    if state.context.file_unit is not None:
        state.file_unit_rows.append(reader.number)
        return state.context.file_unit
    if reader.has("unit"):
        reader.missing("unit", _LABEL["unit"])
    else:
        state.unitless_rows.append(reader.number)  # one error for them all, after the rows
    return None


def _flag(reader: RowReader, name: str, default: bool) -> bool:
    text = reader.text(name)
    if not reader.has(name):
        return default
    try:
        return parse_flag(text)
    except BadValueError as exc:
        reader.problem(name, exc)
        return default


def _text(reader: RowReader, name: str, refs: PlanRefs) -> Any:
    return reader.text(name) or None


def _unit_field(reader: RowReader, name: str, refs: PlanRefs) -> Any:
    return _lookup(reader, name, refs.units.resolve)


def _flag_field(reader: RowReader, name: str, refs: PlanRefs) -> Any:
    return _flag(reader, name, False)


def _cccd(reader: RowReader, name: str, refs: PlanRefs) -> Any:
    text = reader.text(name)
    if not text:
        return None
    try:
        return parse_cccd(text)
    except BadValueError as exc:
        reader.problem(name, exc)
        return None


def _date_field(reader: RowReader, name: str, refs: PlanRefs) -> Any:
    cell = reader.cell(name)
    if is_blank(cell):
        return None
    try:
        parsed = parse_date(reader.text(name) if isinstance(cell, str) else cell, today=refs.today)
    except BadValueError as exc:
        reader.problem(name, exc)
        return None
    reader.note(name, parsed.note)
    return parsed.value


READERS: dict[Reads, Callable[[RowReader, str, PlanRefs], Any]] = {
    Reads.DATE: _date_field,
    Reads.TEXT: _text,
    Reads.UNIT: _unit_field,
    Reads.FLAG: _flag_field,
    Reads.CCCD: _cccd,
    Reads.UNITS: read_unit_list,
}
_PLAIN = tuple(f for f in FIELDS[Kind.STAFF] if f.reads is not None and f.stores)
_PLAIN_STORES = tuple(f.stores for f in _PLAIN if f.stores)


def _present_plain(reader: RowReader) -> list[tuple[str, str, Callable[[RowReader, str, PlanRefs], Any]]]:
    """The plain fields this sheet has a column for, with how to read each (worked out once)."""
    found = reader.memo.get("plain")
    if found is None:
        found = [(f.name, f.stores, READERS[f.reads]) for f in _PLAIN if f.reads and f.stores and reader.has(f.name)]
        reader.memo["plain"] = found
    return found


def staff_row(reader: RowReader, refs: PlanRefs, state: TableState) -> dict[str, Any] | None:
    errors_before = reader.log.errors
    full_name = _name(reader)
    name_field = "full_name" if reader.has("full_name") else "given_name"
    if not full_name:
        where = next((n for n in ("full_name", "given_name", "family_name") if reader.has(n)), "full_name")
        reader.missing(where, _LABEL["full_name"])
    elif (warning := formula_warning(full_name)) is not None:
        reader.problem(name_field, warning, warning=True)
    unit = _unit(reader, refs, state)
    specialty = _lookup(reader, "specialty", refs.specialties.resolve)
    if not reader.text("specialty"):
        reader.missing("specialty", _LABEL["specialty"])
    born, implied = _birth_and_gender(reader, refs, state)
    gender = _gender(reader, implied)
    plain = dict.fromkeys(_PLAIN_STORES)
    for name, stores, read in _present_plain(reader):
        plain[stores] = read(reader, name, refs)
    cccd = plain.get("cccd")
    wisher = settle_wishes(reader, plain, unit)
    exemption = parse_exemption(reader.text("exemption")) if reader.has("exemption") else None
    movable = _flag(reader, "movable", exemption is None)
    if exemption is not None:
        movable = False  # the rules exempt this person whatever the "movable" mark says
    staff_id = reader.text("id")  # an id typed as a number keeps no ".0"; one typed as text its zeros
    # Duplicates are checked on every row, including rows with other errors.
    if staff_id:
        state.keys.append(("id", staff_id, reader.number))
    if cccd:
        state.keys.append(("cccd", str(cccd), reader.number))
    if reader.log.errors > errors_before or unit is None or specialty is None or gender is None:
        return None
    if not staff_id:
        staff_id = derived_staff_id(cccd, full_name, born, unit)
        state.derived_ids += 1
        state.keys.append(("id", staff_id, reader.number))
    state.cover(unit)
    return {
        **{key: plain.get(key) for key in ("ethnicity", "position", "rank", "home_unit_id", "cccd")},
        **plain,
        "id": staff_id,
        "full_name": full_name,
        "gender": gender.value,
        "birth_date": born,
        "unit_id": unit,
        "specialty_id": specialty,
        "movable": movable,
        "exemption": exemption,
        "volunteer": bool(plain.get("volunteer", False)) or (wisher and movable),
    }


def canonical_id(staff_id: str) -> str:
    """Ids typed "00001" one month and 1 the next are one id."""
    return staff_id.lstrip("0") or "0" if staff_id.isdigit() else staff_id


StaffKey = tuple[str, str, str, int, str, str]  # what, value, sheet, row, column letter, header


def staff_keys(state: TableState, sheet: str) -> list[StaffKey]:
    columns = {"id": state.column("id"), "cccd": state.column("cccd")}
    return [(what, value, sheet, row, *columns[what]) for what, value, row in state.keys]


def check_staff_duplicates(keys: list[StaffKey], log: ProblemLog) -> None:
    """The same id or the same CCCD on two rows (of any sheet) is an error on the second row."""
    first_seen: dict[tuple[str, str], tuple[str, int]] = {}
    for what, value, sheet, row, letter, header in keys:
        key = (what, canonical_id(value) if what == "id" else value)
        first = first_seen.setdefault(key, (sheet, row))
        if first == (sheet, row):
            continue
        text = DUPLICATE_ID if what == "id" else DUPLICATE_CCCD
        log.error(text(row=first[1], sheet=first[0]), sheet=sheet, row=row, column=letter, header=header, value=value)
