"""A roster's wishes (nguyện vọng): ranked units a person asks to be sent to (INSTANCE.md 1.1).

Communes write them as one column per rank ("Nguyện vọng 1", "NV2" …: plain UNIT fields) or as one
cell listing them in order ("Nguyện vọng", "Xin đến": "Xã A; Xã B"), which `read_unit_list` reads. A
unit is resolved like the unit column (code or name, with the same notes); a unit the plan does not
know is an error on its cell, never dropped. `settle_wishes` puts a row's wishes together: the
columns per rank first, then the list, each unit once, at most three; a person with a wish is a
volunteer, and a list cell holding only a mark (x, có) makes the person a volunteer without a wish.
"""

from __future__ import annotations

import re
from typing import Any

from cq2c_desktop.domain.messages import Text
from cq2c_desktop.io.parse_common import PlanRefs
from cq2c_desktop.io.rows import RowReader
from cq2c_desktop.io.values import BadValueError, parse_flag

WISH_KEYS = ("wish_1_unit_id", "wish_2_unit_id", "wish_3_unit_id")
WISH_LIST_KEY = "wishes"  # the list cell's record key: split into WISH_KEYS, never stored itself
WISH_FIELDS = ("wish_1", "wish_2", "wish_3", "wishes")
MAX_WISHES = 3

TOO_MANY_WISHES = Text(
    "too_many_wishes", "{count} wishes: a person names at most three; keep the first three in order of preference"
)
WISH_OWN_UNIT = Text("wish_own_unit", "A wish for the person's own unit {unit} can never be granted")
_SEPARATORS = re.compile(r"[;\n,]+|\s+-\s+")


def read_unit_list(reader: RowReader, name: str, refs: PlanRefs) -> Any:
    """The units a list cell names, in order; True for a mark alone (a volunteer without a wish)."""
    text = reader.text(name)
    if not text:
        return None
    try:
        if parse_flag(text):
            return True
    except BadValueError:
        pass  # not a mark: the units
    units: list[str] = []
    for part in _SEPARATORS.split(text):
        part = part.strip(" .")
        if not part:
            continue
        try:
            match = refs.units.resolve(part)
        except BadValueError as exc:
            reader.problem(name, exc, value=part)
            return None
        reader.note(name, match.note)
        units.append(str(match.id))
    return units


def settle_wishes(reader: RowReader, plain: dict[str, Any], unit: str | None) -> bool:
    """Fill the record's wish keys from the row's wish columns; whether the row names a volunteer."""
    listed = plain.pop(WISH_LIST_KEY, None)
    if not any(reader.has(name) for name in WISH_FIELDS):
        return False
    wishes = [plain.get(key) for key in WISH_KEYS]
    ordered = [w for w in wishes if w]
    if isinstance(listed, list):
        ordered += listed
    ordered = list(dict.fromkeys(ordered))
    if len(ordered) > MAX_WISHES:
        where = "wishes" if reader.has("wishes") else "wish_3"
        reader.problem(where, BadValueError(TOO_MANY_WISHES(count=len(ordered))))
        ordered = ordered[:MAX_WISHES]
    if unit is not None and unit in ordered:
        where = "wishes" if reader.has("wishes") else next(n for n in WISH_FIELDS if reader.has(n))
        reader.problem(where, BadValueError(WISH_OWN_UNIT(unit=unit)), warning=True)
    for key, wish in zip(WISH_KEYS, [*ordered, None, None, None], strict=False):
        plain[key] = wish
    return bool(ordered) or listed is True
