"""A setting's value as the officer types it, and back: what the settings dialog shows in each field.

`value_text` is the inverse of domain/settings_keys.parse_value for every kind (a date as dd/mm/yyyy,
lines one per line, a record as JSON), so the window and `cq2c settings` read and write the same text.
`put_value` stores a value as it was (for undo), without the checks typed text goes through.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from typing import Any

from cq2c_desktop.domain.legal_bases import parse_date
from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.domain.settings_keys import SettingKey


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def value_text(known: SettingKey, value: Any) -> str:
    if value is None:
        return ""
    if known.kind == "date":
        if not value:
            return ""
        date = parse_date(str(value))
        return f"{date.day:02d}/{date.month:02d}/{date.year}"
    if known.kind == "lines":
        return "\n".join(str(line) for line in value)
    if known.kind == "bool":
        return "có" if value else "không"
    if known.kind == "json":
        return json.dumps(_plain(value), ensure_ascii=False)
    if known.kind == "float" and isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _step(node: Any, part: str) -> Any:
    return node[int(part) - 1] if isinstance(node, list) else getattr(node, part)


def put_value(settings: PlanSettings, key: str, value: Any) -> PlanSettings:
    """A copy of `settings` with the value at `key` replaced as it is."""
    updated = copy.deepcopy(settings)
    *path, last = key.split(".")
    node: Any = updated
    for part in path:
        node = _step(node, part)
    if isinstance(node, list):
        node[int(last) - 1] = copy.deepcopy(value)
    else:
        setattr(node, last, copy.deepcopy(value))
    return updated
