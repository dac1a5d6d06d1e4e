"""The round's figures `cq2c report --json` adds to the plan's: rounds (each and all together), the
remaining needs, the approved secondments with their dates, and the exemptions by reason."""

from __future__ import annotations

from collections import Counter
from typing import Any

from cq2c_desktop.services.exemptions import exempt_people
from cq2c_desktop.services.needs import needs_report
from cq2c_desktop.services.rounds import round_report
from cq2c_desktop.services.secondments import approved_secondments
from cq2c_desktop.store.db import OpenPlan


def round_figures(plan: OpenPlan) -> dict[str, Any]:
    with plan.begin() as session:
        figures = round_report(session)
        figures["remaining_needs"] = needs_report(session)
        figures["secondments"] = [
            {
                "move": r.move_id,
                "round": r.round,
                "staff": r.staff_id,
                "from": r.from_name,
                "to": r.to_name,
                "term_months": r.term_months,
                "start": r.start.isoformat() if r.start else None,
                "end": r.end.isoformat() if r.end else None,
            }
            for r in approved_secondments(session)
        ]
        people = exempt_people(session)
        figures["exemptions"] = {
            "people": len(people),
            "volunteers_moved_anyway": sum(1 for p in people if p.may_move),
            "by_reason": dict(sorted(Counter(p.exemption or "" for p in people).items())),
        }
    return figures
