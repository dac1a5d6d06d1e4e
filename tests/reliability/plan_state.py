"""What a plan holds, as a fingerprint two states can be compared by (row counts and a content hash).

Columns that differ between two identical runs of the same command (clock times, solver seconds,
timestamped file names in the audit log) are left out, so "the state after" is one value.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

TABLES = (
    "setting",
    "unit",
    "specialty",
    "specialty_relation",
    "staff",
    "quota",
    "distance",
    "run",
    "move",
    "unfilled_post",
    "audit_event",
)
VOLATILE = {
    "run": {"created_at", "seconds"},
    "move": {"decided_at"},
    "audit_event": {"at", "server_at", "prev_hash", "hash"},
}
VOLATILE_DETAILS = {"safety_copy", "seconds", "elapsed", "file", "path", "from", "copy"}

Fingerprint = dict[str, tuple[int, str]]


def _stable(table: str, columns: list[str], row: tuple[Any, ...]) -> str:
    values = {c: v for c, v in zip(columns, row, strict=True) if c not in VOLATILE.get(table, set())}
    if table == "audit_event" and isinstance(values.get("details"), str):
        details = json.loads(values["details"])
        values["details"] = {k: v for k, v in details.items() if k not in VOLATILE_DETAILS}
    if table == "run" and isinstance(values.get("kpis"), str):
        values["kpis"] = {k: v for k, v in json.loads(values["kpis"]).items() if "second" not in k}
    return json.dumps(values, sort_keys=True, default=str)


def fingerprint(path: Path) -> Fingerprint:
    """Row count and content hash of every table (a plain sqlite3 read: it also recovers a hot WAL)."""
    connection = sqlite3.connect(path)
    try:
        state: Fingerprint = {}
        for table in TABLES:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            columns = [d[0] for d in cursor.description]
            rows = sorted(_stable(table, columns, row) for row in cursor)
            state[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16])
        return state
    finally:
        connection.close()


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return ", ".join(str(row[0]) for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()


def differences(a: Fingerprint, b: Fingerprint) -> dict[str, tuple[Any, Any]]:
    return {t: (a.get(t), b.get(t)) for t in set(a) | set(b) if a.get(t) != b.get(t)}
