"""Rows of the unit list, quota tables (long and wide) and distance tables (list and matrix)."""

from __future__ import annotations

from typing import Any

from cq2c_desktop.domain.enums import KIND_PREFIX_VI, UnitKind
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.io.fields import KM_PREFIX, POSTS_PREFIX, Kind, field_label
from cq2c_desktop.io.parse_common import Layout, PlanRefs, TableState
from cq2c_desktop.io.rows import RowReader
from cq2c_desktop.io.values import (
    BadValueError,
    is_blank,
    kind_from_name,
    parse_number,
    parse_region,
    parse_unit_kind,
)

OUT_OF_RANGE = Text("out_of_range", "«{value}» exceeds {high}")
SAME_UNIT = Text("same_unit", "From and to are the same unit")


def _number(
    reader: RowReader, name: str, *, integer: bool = False, low: float | None = 0.0, high: float | None = None
) -> float | None:
    cell = reader.cell(name)
    if is_blank(cell):
        return None
    try:
        value = parse_number(cell, integer=integer, minimum=low)
    except BadValueError as exc:
        reader.problem(name, exc)
        return None
    if high is not None and value > high:
        reader.problem(name, BadValueError(OUT_OF_RANGE(value=str(cell), high=f"{high:g}")))
        return None
    return value


def unit_row(reader: RowReader, refs: PlanRefs, state: TableState) -> dict[str, Any] | None:
    """A unit; absent optional columns stay None so an update keeps the plan's values."""
    errors_before = reader.log.errors
    code = reader.text("id")
    name = reader.text("name")
    if not code:
        reader.missing("id", field_label(Kind.UNITS, "id"))
    if not name:
        reader.missing("name", field_label(Kind.UNITS, "name"))
    kind = None
    if reader.text("kind"):
        try:
            kind = parse_unit_kind(reader.text("kind")).value
        except BadValueError as exc:
            reader.problem("kind", exc)
    named_kind = kind_from_name(name)
    if kind is None and named_kind is not None:
        kind = named_kind.value
    if name and kind and named_kind is None:
        # The plan names units in full ("Xã Nga Sơn"); a list of bare names gets the prefix.
        name = f"{KIND_PREFIX_VI[UnitKind(kind)]} {name}"
    region = None
    if reader.text("region"):
        try:
            region = parse_region(reader.text("region")).value
        except BadValueError as exc:
            reader.problem("region", exc)
    record = {
        "id": code,
        "name": name,
        "kind": kind,
        "region": region,
        "lat": _number(reader, "lat", low=-90, high=90),
        "lon": _number(reader, "lon", low=-180, high=180),
        "area_km2": _number(reader, "area_km2"),
        "priority": _number(reader, "priority", integer=True, low=1),
        "province": reader.text("province") or None,
    }
    if record["priority"] is not None:
        record["priority"] = int(record["priority"])
    if reader.log.errors > errors_before:
        return None
    state.cover(code)
    return record


def _unit(reader: RowReader, refs: PlanRefs, state: TableState, name: str) -> str | None:
    text = reader.text(name)
    if not text and name == "unit" and reader.section is not None:
        return reader.section[0]
    if not text and name == "unit" and state.context.file_unit is not None:
        return state.context.file_unit
    if not text:
        reader.missing(name, field_label(state.kind, name))
        return None
    try:
        match = refs.units.resolve(text)
    except BadValueError as exc:
        reader.problem(name, exc)
        return None
    reader.note(name, match.note)
    return match.id


def quota_rows(reader: RowReader, refs: PlanRefs, state: TableState) -> list[dict[str, Any]]:
    unit = _unit(reader, refs, state, "unit")
    if state.layout == Layout.WIDE:
        records = []
        for column in state.header.wide_columns(POSTS_PREFIX):
            column_specialty = column.field[len(POSTS_PREFIX) :] if column.field else ""
            cell = reader.cell_at(column.index)
            if is_blank(cell):  # not given: the plan's number stays (a 0 is written as 0)
                continue
            try:
                posts = int(parse_number(cell, integer=True))
            except BadValueError as exc:
                reader.problem(column.index, exc)
                continue
            if unit is not None:
                records.append({"unit_id": unit, "specialty_id": column_specialty, "posts": posts})
            state.covered_specialties.add(column_specialty)
        if unit is not None:
            state.cover(unit)
        return records
    specialty_text = reader.text("specialty")
    specialty = None
    if not specialty_text:
        reader.missing("specialty", field_label(Kind.QUOTAS, "specialty"))
    else:
        try:
            match = refs.specialties.resolve(specialty_text)
            specialty = match.id
            reader.note("specialty", match.note)
        except BadValueError as exc:
            reader.problem("specialty", exc)
    posts_value = _number(reader, "posts", integer=True)
    if posts_value is None and is_blank(reader.cell("posts")):
        reader.missing("posts", field_label(Kind.QUOTAS, "posts"))
    if unit is None or specialty is None or posts_value is None:
        return []
    state.cover(unit)
    state.covered_specialties.add(specialty)
    return [{"unit_id": unit, "specialty_id": specialty, "posts": int(posts_value)}]


def distance_rows(reader: RowReader, refs: PlanRefs, state: TableState) -> list[dict[str, Any]]:
    origin = _unit(reader, refs, state, "from_unit")
    if state.layout == Layout.MATRIX:
        records = []
        for column in state.header.wide_columns(KM_PREFIX):
            target = column.field[len(KM_PREFIX) :] if column.field else ""
            cell = reader.cell_at(column.index)
            if is_blank(cell) or (isinstance(cell, str) and cell.strip() in ("-", "x", "X")) or target == origin:
                continue
            try:
                km = parse_number(cell)
            except BadValueError as exc:
                reader.problem(column.index, exc)
                continue
            if origin is not None:
                records.append({"from_unit_id": origin, "to_unit_id": target, "km": km})
        if origin is not None:
            state.cover(origin)
        return records
    destination = _unit(reader, refs, state, "to_unit")
    distance = _number(reader, "km")
    if distance is None and is_blank(reader.cell("km")):
        reader.missing("km", field_label(Kind.DISTANCES, "km"))
    if origin is None or destination is None or distance is None:
        return []
    state.cover(origin)
    if origin == destination:
        reader.problem("to_unit", BadValueError(SAME_UNIT()))
        return []
    return [{"from_unit_id": origin, "to_unit_id": destination, "km": distance}]
