"""The words for the states the plan stores as codes: a run's status, a proposal's status.

The optimiser reports OPTIMAL, FEASIBLE or INVALID (INSTANCE.md) and the plan keeps those codes;
the officer reads them here, in the interface language, wherever a run is named (the run list, the
status bar, the overview). Each state also has a colour and an icon, so a rejected or locked
proposal stands out from the others without reading its status (ui/status_style.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cq2c_desktop.domain.enums import MEASURE_TERMS, MOVE_KIND_TERMS, MoveKind, NeedMeasure, status_term
from cq2c_desktop.ui.messages import ui_language


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
    """The word of domain/enums.py's STATUS_TERMS (the import's messages use the same) in the
    interface language."""
    term = status_term(status)
    return term if isinstance(term, str) else term.in_language(ui_language())


def move_kind_label(kind: str) -> str:
    """Transfer or secondment (domain/enums.py MOVE_KIND_TERMS) in the interface language."""
    term = MOVE_KIND_TERMS.get(MoveKind(kind)) if kind in {k.value for k in MoveKind} else None
    return term.in_language(ui_language()) if term is not None else kind


def measure_label(measure: str) -> str:
    """A remaining need's measure (recruitment, rotation, contract, a later transfer) in the interface language."""
    term = MEASURE_TERMS.get(NeedMeasure(measure)) if measure in {m.value for m in NeedMeasure} else None
    return term.in_language(ui_language()) if term is not None else measure
