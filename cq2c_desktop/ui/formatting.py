"""The formats of domain/formats.py in the interface language: what every view calls to show a figure.

Kept apart from the views so that a number, a distance or a date reads the same in a table, a
tooltip, the status bar, the overview and a dialog.
"""

from __future__ import annotations

import datetime as dt

from cq2c_desktop.domain import formats
from cq2c_desktop.ui.messages import ui_language


def number(value: float | int, places: int = 1) -> str:
    """6.999 for an integer, 34.588,6 for anything else (Vietnamese; English 6,999 and 34,588.6)."""
    return formats.number(value, ui_language(), places)


def decimal(value: float, places: int = 1, *, trim: bool = False) -> str:
    return formats.decimal(value, places, ui_language(), trim=trim)


def km(value: float) -> str:
    """112,5 km."""
    return formats.km(value, ui_language())


def score(value: float) -> str:
    """A match score between 0 and 1, to the hundredth: 0,50."""
    return formats.decimal(value, 2, ui_language())


def money(amount: int) -> str:
    return formats.money(amount, ui_language())


def date(value: dt.date | None) -> str:
    return formats.date(value, ui_language())


def date_time(value: dt.datetime | None, *, seconds: bool = False) -> str:
    return formats.date_time(value, ui_language(), seconds=seconds)


def cell_text(value: object) -> str:
    """A table cell's value as shown: numbers in the interface's format, dates as dd/mm/yyyy."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return formats.number(value, ui_language())
    if isinstance(value, dt.datetime):  # a spreadsheet's date is a date-time at midnight
        if value.time() == dt.time():
            return formats.date(value.date(), ui_language())
        return formats.date_time(value, ui_language())
    if isinstance(value, dt.date):
        return formats.date(value, ui_language())
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def file_cell_text(value: object) -> str:
    """A cell of an officer's file as it reads in the file: numbers ungrouped (a year, a code, a phone
    number), a decimal with the interface's decimal sign (2,34), dates as dd/mm/yyyy."""
    if isinstance(value, str):
        return " ".join(value.split())  # a line break inside a cell, as one line
    if isinstance(value, float):
        written = str(int(value)) if value.is_integer() else repr(value)
        return written.replace(".", ",") if ui_language() == "vi" else written
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return cell_text(value)
