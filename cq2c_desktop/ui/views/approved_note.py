"""The line above the staffing balance that says its figures have the approved decisions made.

The balance, the map and the overview count an approved person where the move puts them
(services/balance.py); this says so, and how a secondee (biệt phái) is counted, in the officer's words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cq2c_desktop.ui.formatting import number


def approved_note(moves: int, secondments: int) -> str:
    """ "" when no approved move is counted; else one sentence naming how many (and the secondments)."""
    if not moves:
        return ""
    if not secondments:
        return QCoreApplication.translate(
            "ApprovedNote", "Figures include {moves} approved moves: each person counts at the destination."
        ).format(moves=number(moves))
    return QCoreApplication.translate(
        "ApprovedNote",
        "Figures include {moves} approved moves, {secondments} of them secondments, counted where the person works.",
    ).format(moves=number(moves), secondments=number(secondments))


def approved_tooltip() -> str:
    return QCoreApplication.translate(
        "ApprovedNote",
        "Approved decisions are facts: a transfer counts at its destination and no longer at its source. "
        "A seconded person counts at the unit where they work during the secondment, although they stay "
        "on the source unit's payroll.",
    )
