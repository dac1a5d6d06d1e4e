"""Has another officer changed the plan since this window read it?

Every change to a plan writes an audit event (services/audit.py), so the audit log's newest event is
the plan's change counter on both backends, without a trigger or a listening connection: a window
asks every few seconds (one indexed query) and is told of the events written since by someone else
(another login on PostgreSQL, another officer's name on a shared file). Its own changes are not news.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from cq2c_desktop.services import audit
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import AuditEvent


@dataclass(frozen=True)
class OthersChanges:
    last_id: int  # the newest event seen: ask again from there
    who: list[str]  # the other officers who wrote since, oldest first
    actions: list[str]


def latest_event(plan: OpenPlan) -> int:
    with plan.begin() as session:
        return int(session.scalar(select(func.max(AuditEvent.id))) or 0)


def changes_since(plan: OpenPlan, last_id: int) -> OthersChanges:
    """The events after `last_id` written by anyone but this program's user on this connection."""
    me = audit.current_user()
    with plan.begin() as session:
        rows = session.execute(
            select(AuditEvent.id, AuditEvent.user, AuditEvent.db_user, AuditEvent.action)
            .where(AuditEvent.id > last_id)
            .order_by(AuditEvent.id)
        ).all()
        login = session.scalar(select(func.session_user())) if plan.engine.dialect.name == "postgresql" else None
    others = [(user, action) for _id, user, db_user, action in rows if user != me or (login and db_user != login)]
    newest = rows[-1][0] if rows else last_id
    return OthersChanges(newest, list(dict.fromkeys(user for user, _a in others)), [a for _u, a in others])
