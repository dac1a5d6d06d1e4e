"""Reading the audit log back: on screen, and as a CSV an officer opens in Excel.

The log itself is append-only (store/models.py refuses UPDATE and DELETE of its rows); this module
only reads. A CSV cell that starts with = + - @ (or a tab / carriage return) would run as a formula in
Excel, and the log holds text that came from files and users, so such cells get a leading quote.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cq2c_desktop.store.models import AuditEvent

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


def format_table(rows: list[AuditRow]) -> str:
    lines = [f"{'#':>6}  {'Thời gian / Time':<19}  {'Người dùng / User':<18}  {'Thao tác / Action':<22}  Chi tiết"]
    for row in rows:
        details = row.details_text()
        if len(details) > 100:
            details = details[:99] + "…"
        lines.append(f"{row.id:>6}  {row.local_time():<19}  {row.user[:18]:<18}  {row.action[:22]:<22}  {details}")
    return "\n".join(lines)
