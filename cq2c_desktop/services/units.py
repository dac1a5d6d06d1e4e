"""The officer's edits to a unit's planning fields (region and priority are planning defaults, not law)."""

from __future__ import annotations

from typing import Any

from cq2c_desktop.domain.enums import Region
from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.services import audit
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Unit

EDITABLE_UNIT_FIELDS = ("region", "priority", "max_out")


UNKNOWN_UNIT = Text("unit_unknown", "Unknown unit: {unit}")
UNKNOWN_REGION = Text("region_unknown", "Unknown region: {region}")
PRIORITY_NOT_WHOLE = Text("priority_not_whole", "Priority must be a whole number: {value}")
PRIORITY_RANGE = Text("priority_range", "Priority must be 1 to 100.")
MAX_OUT_RANGE = Text("max_out_range", "The sending cap must be a whole number from 0 (empty: no cap): {value}")
FIELD_NOT_EDITABLE = Text("field_not_editable", "This field cannot be edited: {field}")


class UnitEditError(ServiceError):
    """An edit the rules refuse."""


def update_unit(plan: OpenPlan, unit_id: str, field: str, value: Any) -> dict[str, Any]:
    """Change a unit's region, priority or sending cap in one transaction; returns the values it had."""
    return edit_unit(plan, unit_id, {field: value})


def _set(unit: Unit, field: str, value: Any) -> None:
    if field == "region":
        if value not in {r.value for r in Region}:
            raise UnitEditError(UNKNOWN_REGION(region=value))
        unit.region = str(value)
    elif field == "priority":
        try:
            priority = int(value)
        except (TypeError, ValueError) as exc:
            raise UnitEditError(PRIORITY_NOT_WHOLE(value=value)) from exc
        if not 1 <= priority <= 100:
            raise UnitEditError(PRIORITY_RANGE())
        unit.priority = priority
    elif field == "max_out":
        unit.max_out = _max_out(value)
    else:
        raise UnitEditError(FIELD_NOT_EDITABLE(field=field))


def _max_out(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        cap = int(value)
    except (TypeError, ValueError) as exc:
        raise UnitEditError(MAX_OUT_RANGE(value=value)) from exc
    if cap < 0:
        raise UnitEditError(MAX_OUT_RANGE(value=value))
    return cap


def edit_unit(plan: OpenPlan, unit_id: str, values: dict[str, Any]) -> dict[str, Any]:
    """Set several planning fields of a unit (the unit dialog), each checked as `update_unit` does,
    in one transaction with one audit event; returns the values it had."""
    with plan.begin() as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise UnitEditError(UNKNOWN_UNIT(unit=unit_id))
        before = {f: getattr(unit, f) for f in EDITABLE_UNIT_FIELDS}
        for field, value in values.items():
            _set(unit, field, value)
        after = {f: getattr(unit, f) for f in EDITABLE_UNIT_FIELDS}
        audit.record(session, "unit_edited", unit=unit_id, before=before, after=after)
    return before


def restore_unit(plan: OpenPlan, unit_id: str, values: dict[str, Any]) -> None:
    with plan.begin() as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise UnitEditError(UNKNOWN_UNIT(unit=unit_id))
        for name in EDITABLE_UNIT_FIELDS:
            if name in values:
                setattr(unit, name, values[name])
        audit.record(session, "unit_restored", unit=unit_id, after=dict(values))


def unit_values(plan: OpenPlan, unit_id: str) -> dict[str, Any]:
    """A unit's planning fields as the unit dialog starts from them."""
    with plan.begin() as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise UnitEditError(UNKNOWN_UNIT(unit=unit_id))
        return {"name": unit.name, **{f: getattr(unit, f) for f in EDITABLE_UNIT_FIELDS}}
