"""The audit trail: who changed the plan, when, and how."""

from __future__ import annotations

import getpass
import os
from typing import Any

from sqlalchemy.orm import Session

from cq2c_desktop.store.models import AuditEvent


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
