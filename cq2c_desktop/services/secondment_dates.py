"""When a secondment starts and ends: its own dates, else the effective date, else the day of approval."""

from __future__ import annotations

import datetime as dt

from cq2c_desktop.domain.secondment_terms import end_of_term
from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.store.models import Move


def secondment_dates(move: Move, settings: PlanSettings) -> tuple[dt.date | None, dt.date | None]:
    """(start, end) of a secondment; (None, None) while nothing fixes its start (a proposal not yet decided)."""
    start = move.start_date
    if start is None and settings.documents.effective_date.strip():
        start = dt.date.fromisoformat(settings.documents.effective_date.strip())
    if start is None and move.decided_at is not None and move.status == "approved":
        start = move.decided_at.date()
    if start is None:
        return None, move.end_date
    term = move.term_months or settings.rules.secondment_months
    return start, move.end_date or end_of_term(start, term)
