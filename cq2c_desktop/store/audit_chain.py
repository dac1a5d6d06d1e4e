"""The audit log's hash chain: each event carries the hash of the one before it and of its own content.

A row changed, removed or slipped in by hand (with the guard triggers dropped by the owner) no longer
hashes to what the next event says, so `cq2c check` finds the first broken event. The hash has no
secret: someone who rewrites every event after the change rewrites the chain too, which only a copy
of the head hash kept elsewhere reveals (`cq2c check` prints it). Pure functions, shared by the
writer (services/audit.py), the check and the migration that chains the events written before it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

# The marker the guard triggers put in their error, so the program can say it in plain words.
INSERT_ONLY_MARKER = "cq2c_audit_insert_only"
CHAINED = ("at", "server_at", "user", "db_user", "action", "details")


def timestamp(value: dt.datetime | str | None) -> str | None:
    """One spelling of a time whatever the database returned: UTC, microseconds (naive means UTC)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def plain_details(details: Any) -> Any:
    """The details as the database hands them back (JSON: lists, string keys)."""
    if isinstance(details, str):
        return json.loads(details)
    return json.loads(json.dumps(details if details is not None else {}, ensure_ascii=False))


def canonical(event: dict[str, Any]) -> str:
    """The event's own content, one way only: sorted keys, no spaces, UTF-8."""
    content = {
        "at": timestamp(event.get("at")),
        "server_at": timestamp(event.get("server_at")),
        "user": event.get("user"),
        "db_user": event.get("db_user"),
        "action": event.get("action"),
        "details": plain_details(event.get("details")),
    }
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_hash(previous: str | None, event: dict[str, Any]) -> str:
    digest = hashlib.sha256()
    digest.update((previous or "").encode("ascii"))
    digest.update(b"\n")
    digest.update(canonical(event).encode("utf-8"))
    return digest.hexdigest()
