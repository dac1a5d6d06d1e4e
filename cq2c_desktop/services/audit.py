"""The audit trail: who changed the plan, when, and how; and reading it back.

The log is append-only (store/models.py refuses UPDATE and DELETE of its rows): use cases `record`
an event inside their own transaction; `events` reads it back, on screen or as a CSV an officer opens
in Excel. A CSV cell that starts with = + - @ (or a tab / carriage return) would run as a formula in
Excel, and the log holds text that came from files and users, so such cells get a leading quote.
"""

from __future__ import annotations

import csv
import datetime as dt
import getpass
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import AuditEvent

LOG_UNREADABLE = Text("audit_unreadable", "Cannot read the audit log: {reason}")


def current_user() -> str:
    """The operating-system user (the Windows login on an officer's laptop)."""
    try:
        return os.environ.get("CQ2C_USER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def record(session: Session, action: str, **details: Any) -> AuditEvent:
    event = AuditEvent(user=current_user(), action=action, details=details)
    session.add(event)
    return event


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
HEADER = ("id", "thoi_gian/time", "nguoi_dung/user", "thao_tac/action", "chi_tiet/details")


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime  # UTC
    user: str
    action: str
    details: dict[str, Any]

    def details_text(self) -> str:
        return json.dumps(self.details, ensure_ascii=False, sort_keys=True, default=str)

    def local_time(self) -> str:
        at = self.at if self.at.tzinfo else self.at.replace(tzinfo=dt.UTC)
        return at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def events(
    session: Session, *, action: str | None = None, user: str | None = None, limit: int | None = None
) -> list[AuditRow]:
    """Events oldest first (the last `limit` when given)."""
    query = select(AuditEvent).order_by(AuditEvent.id.desc())
    if action:
        query = query.where(AuditEvent.action == action)
    if user:
        query = query.where(AuditEvent.user == user)
    if limit:
        query = query.limit(limit)
    rows = [AuditRow(e.id, e.at, e.user, e.action, dict(e.details or {})) for e in session.scalars(query)]
    return rows[::-1]


def safe_cell(value: object) -> str:
    """A CSV cell Excel shows as text, never evaluates."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(rows: list[AuditRow]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow([safe_cell(v) for v in (row.id, row.local_time(), row.user, row.action, row.details_text())])
    return buffer.getvalue()


def write_csv(rows: list[AuditRow], out: str | os.PathLike[str]) -> Path:
    """UTF-8 with a byte-order mark (so Excel reads Vietnamese), written whole or not at all."""
    path = Path(out)
    partial = path.with_name(path.name + ".part")
    partial.write_text(to_csv(rows), encoding="utf-8-sig", newline="")
    os.replace(partial, path)
    return path


def read_log(
    plan: OpenPlan, *, action: str | None = None, user: str | None = None, limit: int | None = None
) -> list[AuditRow]:
    """The plan's audit events, oldest first (the last `limit` when given)."""
    try:
        with plan.begin() as session:
            return events(session, action=action, user=user, limit=limit)
    except SQLAlchemyError as exc:
        raise ServiceError(LOG_UNREADABLE(reason=str(exc).splitlines()[0])) from exc
