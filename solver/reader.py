"""Typed access to a JSON document that records every problem under its JSON path.

Errors read `staff[41].unit: unknown unit "TH-9999"`: the path, a colon, what is wrong. The
reader keeps going after an error so that one run lists everything the author must fix.
"""

from __future__ import annotations

import json
import math
from typing import Any

MAX_ERRORS = 200


def describe(value: Any) -> str:
    """A short JSON rendering of a value for an error message."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + "..."


def join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


class Reader:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self._dropped = 0

    def error(self, path: str, message: str) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(f"{path or '$'}: {message}")
        else:
            self._dropped += 1

    def all_errors(self) -> list[str]:
        tail = [f"... and {self._dropped} more errors"] if self._dropped else []
        return self.errors + tail

    def obj(self, value: Any, path: str) -> dict[str, Any] | None:
        if isinstance(value, dict):
            return value
        self.error(path, f"expected an object, got {describe(value)}")
        return None

    def present(self, obj: dict[str, Any], key: str, path: str, required: bool) -> bool:
        """Whether `key` holds a value; a required key that is absent or null is an error."""
        if key in obj and obj[key] is not None:
            return True
        if required:
            self.error(join(path, key), "missing required key")
        return False

    def array(self, obj: dict[str, Any], key: str, path: str, required: bool) -> list[tuple[str, dict[str, Any]]]:
        """The objects of an array with their paths; non-objects are reported and skipped."""
        if not self.present(obj, key, path, required):
            return []
        value = obj[key]
        where = join(path, key)
        if not isinstance(value, list):
            self.error(where, f"expected an array, got {describe(value)}")
            return []
        items: list[tuple[str, dict[str, Any]]] = []
        for index, item in enumerate(value):
            item_path = f"{where}[{index}]"
            checked = self.obj(item, item_path)
            if checked is not None:
                items.append((item_path, checked))
        return items

    def ident(self, obj: dict[str, Any], key: str, path: str, required: bool = True) -> str | None:
        """An identifier: a non-empty string (integers are accepted and read as their digits)."""
        if not self.present(obj, key, path, required):
            return None
        value = obj[key]
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, str) and value.strip():
            return value
        self.error(join(path, key), f"expected a non-empty string, got {describe(value)}")
        return None

    def text(self, obj: dict[str, Any], key: str, path: str, default: str) -> str:
        if not self.present(obj, key, path, False):
            return default
        value = obj[key]
        if isinstance(value, str):
            return value
        self.error(join(path, key), f"expected a string, got {describe(value)}")
        return default

    def number(self, obj: dict[str, Any], key: str, path: str, required: bool = True) -> float | None:
        if not self.present(obj, key, path, required):
            return None
        value = obj[key]
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            return float(value)
        self.error(join(path, key), f"expected a number, got {describe(value)}")
        return None

    def integer(self, obj: dict[str, Any], key: str, path: str, required: bool = True) -> int | None:
        """An integer; a float with no fractional part (as spreadsheets write them) is accepted."""
        number = self.number(obj, key, path, required)
        if number is None:
            return None
        if number != int(number):
            self.error(join(path, key), f"expected an integer, got {describe(obj[key])}")
            return None
        return int(number)

    def boolean(self, obj: dict[str, Any], key: str, path: str, default: bool | None) -> bool | None:
        """A boolean; with `default` None the key is required."""
        if not self.present(obj, key, path, default is None):
            return default
        value = obj[key]
        if isinstance(value, bool):
            return value
        self.error(join(path, key), f"expected true or false, got {describe(value)}")
        return default
