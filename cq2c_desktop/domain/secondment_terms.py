"""A secondment's term (biệt phái: at most 36 months; the person returns to the source unit at its end)."""

from __future__ import annotations

import calendar
import datetime as dt

MAX_MONTHS = 36


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the month's last day when it has no such day: 31/01 + 1 → 28/02)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def end_of_term(start: dt.date, months: int) -> dt.date:
    """The last day of a term of `months` from `start` (01/01/2027 and 36 months: 31/12/2029)."""
    return add_months(start, months) - dt.timedelta(days=1)


def within_term(months: int) -> bool:
    return 1 <= months <= MAX_MONTHS
