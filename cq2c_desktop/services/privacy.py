"""Personal data (Decree 13/2023/NĐ-CP): citizen ID numbers and birth dates are masked wherever they
are shown or exported, unless the officer switches on "show personal data".

The switch belongs to the running program, not to a plan (no plan file can turn it on for the next
reader) and starts OFF at every start. Every change of it is written to the open plan's audit log
with the user and the reason; a plan opened while it is on gets the same record, so each plan's log
says when its personal data could be seen.
"""

from __future__ import annotations

import datetime as dt
import threading

from cq2c_desktop.services import audit
from cq2c_desktop.store.db import OpenPlan

MASK = "*"
_CCCD_VISIBLE = 3  # the last three digits are enough to tell two people apart on screen


class _Switch:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.show = False
        self.reason = ""


_switch = _Switch()


def showing() -> bool:
    """Whether personal data is shown unmasked right now."""
    return _switch.show


def mask_cccd(cccd: str | None, *, show: bool | None = None) -> str:
    """ "*********001" (or the whole number when shown); `show=None` follows the switch."""
    if not cccd:
        return ""
    if showing() if show is None else show:
        return cccd
    return MASK * max(len(cccd) - _CCCD_VISIBLE, 0) + cccd[-_CCCD_VISIBLE:]


def mask_birth_date(birth: dt.date | None, *, show: bool | None = None) -> str:
    """ "**/**/1990": the year stays (age matters to the rules), day and month are personal."""
    if birth is None:
        return ""
    if showing() if show is None else show:
        return birth.strftime("%d/%m/%Y")
    return f"{MASK * 2}/{MASK * 2}/{birth.year:04d}"


def set_show_personal_data(plan: OpenPlan, show: bool, *, reason: str = "") -> bool:
    """Turn the switch on or off and write the change to the plan's audit log; True if it changed."""
    with _switch.lock:
        if show == _switch.show:
            return False
        with plan.begin() as session:
            audit.record(session, "personal_data_shown" if show else "personal_data_hidden", reason=reason)
        _switch.show, _switch.reason = show, reason if show else ""
        return True


def note_plan_opened(plan: OpenPlan) -> None:
    """Call when a plan is opened: if personal data is being shown, that plan's log records it too."""
    with _switch.lock:
        if _switch.show:
            with plan.begin() as session:
                audit.record(session, "personal_data_shown", reason=_switch.reason, carried_over=True)
