"""The officer sets the posts of one (unit, specialty) by hand: one transaction, one audit event."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.services import audit
from cq2c_desktop.services.units import UNKNOWN_UNIT
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Quota, Specialty, Unit

POSTS_RANGE = Text("quota_posts_range", "Posts must be a whole number from 0 to 1000: {value}")
UNKNOWN_SPECIALTY = Text("quota_specialty_unknown", "Unknown specialty: {specialty}")


class QuotaEditError(ServiceError):
    """A quota the rules refuse."""


def _posts(value: Any) -> int:
    try:
        posts = int(value)
    except (TypeError, ValueError) as exc:
        raise QuotaEditError(POSTS_RANGE(value=value)) from exc
    if not 0 <= posts <= 1000:
        raise QuotaEditError(POSTS_RANGE(value=value))
    return posts


def _store(session: Session, unit_id: str, specialty_id: str, posts: int) -> int:
    row = session.get(Quota, (unit_id, specialty_id))
    before = row.posts if row is not None else 0
    if posts == 0:  # no row and no posts mean the same (INSTANCE.md)
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(Quota(unit_id=unit_id, specialty_id=specialty_id, posts=posts))
    else:
        row.posts = posts
    return before


def set_posts(plan: OpenPlan, unit_id: str, specialty_id: str, posts: Any) -> int:
    """Set the posts of a unit in a specialty; returns the posts it had (0 for none)."""
    count = _posts(posts)
    with plan.begin() as session:
        if session.get(Unit, unit_id) is None:
            raise QuotaEditError(UNKNOWN_UNIT(unit=unit_id))
        if session.get(Specialty, specialty_id) is None:
            raise QuotaEditError(UNKNOWN_SPECIALTY(specialty=specialty_id))
        before = _store(session, unit_id, specialty_id, count)
        audit.record(session, "quota_edited", unit=unit_id, specialty=specialty_id, before=before, after=count)
    return before
