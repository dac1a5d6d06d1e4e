"""The words for the states the plan stores as codes: a run's status, a proposal's status.

The optimiser reports OPTIMAL, FEASIBLE or INVALID (INSTANCE.md) and the plan keeps those codes;
the officer reads them here, in the interface language, wherever a run is named (the run list, the
status bar, the overview). Each state also has a colour and an icon, so a rejected or locked
proposal stands out from the others without reading its status (ui/status_style.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cq2c_desktop.domain.enums import MoveStatus


def run_status_label(status: str, method: str = "optimal") -> str:
    """OPTIMAL → "proven optimal"; FEASIBLE → "best found, not proven optimal" (or the nearest-first
    baseline); INVALID → "not run: the data must be fixed"."""
    if status == "OPTIMAL":
        return QCoreApplication.translate("Labels", "proven optimal")
    if status == "FEASIBLE":
        return (
            QCoreApplication.translate("Labels", "nearest first")
            if method == "greedy"
            else QCoreApplication.translate("Labels", "best found in the time limit")
        )
    if status == "INVALID":
        return QCoreApplication.translate("Labels", "not run: the data must be fixed")
    return status.lower()


def move_status_label(status: str) -> str:
    labels = {
        MoveStatus.PROPOSED.value: QCoreApplication.translate("Labels", "Proposed"),
        MoveStatus.ACCEPTED.value: QCoreApplication.translate("Labels", "Accepted"),
        MoveStatus.REJECTED.value: QCoreApplication.translate("Labels", "Rejected"),
        MoveStatus.LOCKED.value: QCoreApplication.translate("Labels", "Locked"),
        MoveStatus.APPROVED.value: QCoreApplication.translate("Labels", "Approved"),
    }
    return labels.get(status, status)
