"""Opening a plan by its location: the one door for the command line and the window's plan holder.

Use cases take an open plan (store/db.py `OpenPlan`) and never open one themselves; only the
command line (through `opened`) and the window's plan holder (workspace.py) turn a location into an
open plan. A command that writes names the copy it needs: `copy_before="approve"` takes a rolling
copy named "before-approve" first (services/backups.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from cq2c_desktop.domain.messages import Message
from cq2c_desktop.services.backups import take_safety_copy
from cq2c_desktop.services.credentials import with_password
from cq2c_desktop.store.db import OpenPlan, open_plan


def open_location(location: str | os.PathLike[str], *, password: str | None = None) -> OpenPlan:
    """The plan at `location` (a .cq2c file or a PostgreSQL URL), open and at the current schema; a URL
    without a password gets `password` or the credential store's (services/credentials.py)."""
    return open_plan(with_password(location, password))


@contextmanager
def opened(
    location: str | os.PathLike[str],
    *,
    copy_before: str | None = None,
    warn: Callable[[Message], None] | None = None,
) -> Iterator[OpenPlan]:
    """The plan at `location`, open while the block runs; `warn` hears why a copy could not be taken."""
    plan = open_location(location)
    try:
        if copy_before is not None:
            copy = take_safety_copy(plan, f"before-{copy_before}")
            if copy.warning is not None and warn is not None:
                warn(copy.warning)
        yield plan
    finally:
        plan.close()
