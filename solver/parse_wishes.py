"""Reading the version 1.1 keys of a person and a unit: `staff[].wishes` and `units[].max_out`.

Where INSTANCE.md is silent we choose: an empty `wishes` list (or null) means no wishes, as a
roster export writes for people who named none; more than 3 wishes, the same unit twice, a
non-string or an unknown unit are errors that name the path, since each would make the ranks
ambiguous. A wish for the person's own unit is valid and simply never granted (INSTANCE.md).
"""

from __future__ import annotations

from typing import Any

from solver.model import MAX_WISHES
from solver.reader import Reader, describe, join


def quick_wishes(value: Any, unit_ids: set[str]) -> tuple[str, ...] | None:
    """The wishes of a well-formed record, or None to send it through the checked path."""
    if value is None:
        return ()
    if type(value) is not list or len(value) > MAX_WISHES:
        return None
    for unit in value:
        if type(unit) is not str or unit not in unit_ids:
            return None
    return tuple(value) if len(set(value)) == len(value) else None


def wishes(reader: Reader, item: dict[str, Any], path: str, unit_ids: set[str]) -> tuple[str, ...]:
    """`staff[i].wishes`, every problem reported under its path; the valid wishes are kept."""
    if not reader.present(item, "wishes", path, False):
        return ()
    where = join(path, "wishes")
    raw = item["wishes"]
    if not isinstance(raw, list):
        reader.error(where, f"expected an array of 1 to {MAX_WISHES} unit ids, got {describe(raw)}")
        return ()
    if len(raw) > MAX_WISHES:
        reader.error(where, f"at most {MAX_WISHES} wishes, got {len(raw)}")
    found: list[str] = []
    for index, value in enumerate(raw):
        at = f"{where}[{index}]"
        unit = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
        if not isinstance(unit, str) or not unit.strip():
            reader.error(at, f"expected a unit id, got {describe(value)}")
        elif unit not in unit_ids:
            reader.error(at, f'unknown unit "{unit}"')
        elif unit in found:
            reader.error(at, f'unit "{unit}" is already wish {found.index(unit) + 1}')
        else:
            found.append(unit)
    return tuple(found[:MAX_WISHES])


def max_out(reader: Reader, item: dict[str, Any], path: str) -> int | None:
    """`units[i].max_out`: an integer >= 0 (a whole float, as spreadsheets write, is accepted)."""
    cap = reader.integer(item, "max_out", path, required=False)
    if cap is not None and cap < 0:
        reader.error(join(path, "max_out"), f"expected an integer >= 0, got {cap}")
        return None
    return cap
