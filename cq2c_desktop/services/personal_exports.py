"""Personal data in files that leave the program: who may ask for it, and who may read the file.

Birth dates and citizen ID numbers are masked in every export (the year of birth stays: the rules
need the age) unless the officer asks for them (`--cccd`, or the window's "show personal data"
switch), and on a shared plan only a role allowed to see them (the approver) may ask; the request
is in the audit log with the export. Exports, backups and audit CSVs are written readable by their
owner only (0600 on POSIX; on Windows a file in the user's profile is private already).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Term, Text
from cq2c_desktop.services.roles import plan_role
from cq2c_desktop.store.db import OpenPlan

PERSONAL_NEEDS_APPROVER = Text(
    "personal_needs_approver",
    "Only an approver may export full birth dates and citizen ID numbers (signed in as {login}, {role}).",
)

ROLE_WORDS = {
    "owner": Term("toàn quyền", "full rights"),
    "planner": Term("người lập phương án", "planner"),
    "approver": Term("người phê duyệt", "approver"),
    "reader": Term("người xem", "reader"),
}


def require_personal_right(plan: OpenPlan, asked: bool) -> None:
    """Refuse a request for personal data from a role that may not see it."""
    if not asked:
        return
    role = plan_role(plan)
    if not role.may_see_personal:
        raise ServiceError(PERSONAL_NEEDS_APPROVER(login=role.login or "", role=ROLE_WORDS[role.name]))


def owner_only(path: str | os.PathLike[str]) -> Path:
    """Make a file the program wrote readable and writable by its owner only (POSIX)."""
    target = Path(path)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            target.chmod(0o600)
    return target
