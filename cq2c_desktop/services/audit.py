"""The audit trail: who changed the plan, when, and how; and reading it back.

The log is insert-only for every role (the database's triggers refuse UPDATE and DELETE: the
migration `..._shared_safety`) and hash-chained (store/audit_chain.py). `append` is the ONE function
that writes an event: it takes the database login and the server's time, links the event to the one
before it and hashes it. Use cases `record` an event inside their own transaction (a session) or
`append` on a connection; `events` reads it back, on screen or as a CSV an officer opens in Excel.
A CSV cell that starts with = + - @ (or a tab / carriage return) would run as a formula in Excel,
and the log holds text that came from files and users, so such cells get a leading quote.
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

from sqlalchemy import Connection, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.store.audit_chain import event_hash, plain_details
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import AuditEvent

LOG_UNREADABLE = Text("audit_unreadable", "Cannot read the audit log: {reason}")


def current_user() -> str:
    """The operating-system user (the Windows login on an officer's laptop)."""
    try:
        return os.environ.get("CQ2C_USER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


# Appenders wait for each other until their transaction ends, so no two events ever claim the same
# predecessor. PostgreSQL: an advisory lock (any role may take one). SQLite: the driver starts the
# transaction only at the first write, so a write that changes nothing takes the file's write lock
# before the last hash is read.
_CHAIN_LOCK = "SELECT pg_advisory_xact_lock(4351324301)"
_SQLITE_WRITE_LOCK = "UPDATE alembic_version SET version_num = version_num WHERE 1 = 0"
_SQLITE_NOW = "SELECT strftime('%Y-%m-%d %H:%M:%f', 'now')"


def _server_identity(connection: Connection) -> tuple[str | None, dt.datetime]:
    """The database login and the server's clock (PostgreSQL: the transaction's `now()`, which its
    trigger also writes, so the hash the client computes is the hash of the row stored)."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(_CHAIN_LOCK)
        row = connection.exec_driver_sql("SELECT now(), session_user").one()
        return str(row[1]), row[0]
    connection.exec_driver_sql(_SQLITE_WRITE_LOCK)
    stamp = connection.exec_driver_sql(_SQLITE_NOW).scalar()
    return None, dt.datetime.fromisoformat(str(stamp)).replace(tzinfo=dt.UTC)


def append(connection: Connection, action: str, details: dict[str, Any], *, user: str | None = None) -> None:
    """Write one audit event at the end of the chain, inside the caller's transaction."""
    db_user, server_at = _server_identity(connection)
    previous = connection.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    event = {
        "at": dt.datetime.now(dt.UTC),
        "server_at": server_at,
        "user": user or current_user(),
        "db_user": db_user,
        "action": action,
        "details": plain_details(details),
    }
    connection.execute(insert(AuditEvent), [{**event, "prev_hash": previous, "hash": event_hash(previous, event)}])


def record(session: Session, action: str, **details: Any) -> None:
    """Write one audit event in the session's transaction (see `append`)."""
    append(session.connection(), action, details)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
HEADER = (
    "id",
    "thoi_gian/time",
    "nguoi_dung/user",
    "thao_tac/action",
    "chi_tiet/details",
    "dang_nhap_csdl/db_login",
    "gio_may_chu/server_time",
)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime  # UTC
    user: str
    action: str
    details: dict[str, Any]
    db_user: str | None = None  # the database login (PostgreSQL)
    server_at: dt.datetime | None = None  # the database server's clock

    def details_text(self) -> str:
        return json.dumps(self.details, ensure_ascii=False, sort_keys=True, default=str)

    def local_time(self) -> str:
        return _local(self.at)

    def server_time(self) -> str:
        return _local(self.server_at) if self.server_at is not None else ""


def _local(at: dt.datetime) -> str:
    at = at if at.tzinfo else at.replace(tzinfo=dt.UTC)
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
    rows = [
        AuditRow(e.id, e.at, e.user, e.action, dict(e.details or {}), e.db_user, e.server_at)
        for e in session.scalars(query)
    ]
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
        cells = (row.id, row.local_time(), row.user, row.action, row.details_text(), row.db_user, row.server_time())
        writer.writerow([safe_cell(v) for v in cells])
    return buffer.getvalue()


def write_csv(rows: list[AuditRow], out: str | os.PathLike[str]) -> Path:
    """UTF-8 with a byte-order mark (so Excel reads Vietnamese), written whole or not at all."""
    path = Path(out)
    partial = path.with_name(path.name + ".part")
    partial.write_text(to_csv(rows), encoding="utf-8-sig", newline="")
    if os.name == "posix":  # the log names people and what was done to their records
        partial.chmod(0o600)
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
