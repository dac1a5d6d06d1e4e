"""The plan in figures for `cq2c report`: moves by status, the cost of the approved list and of the proposal."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from cq2c_desktop.io.support_cost import CostSummary
from cq2c_desktop.services.outputs import STANDING, load_transfer_list
from cq2c_desktop.services.review_wishes import wish_figures
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Move


@dataclass(frozen=True)
class PlanReport:
    """The plan in figures: moves by status, and the cost of the approved list and of the proposal."""

    run_id: int
    statuses: dict[str, int]
    approved: CostSummary
    approved_km: float
    standing: CostSummary
    standing_km: float
    still_short: int
    # Contract 1.1 over the run's moves still standing: wish score (3/2/1), wishes granted, moves kept.
    wish_score: int = 0
    wishes_granted: int = 0
    kept: int = 0


def plan_report(plan: OpenPlan, *, run_id: int | None = None) -> PlanReport:
    with plan.begin() as session:
        chosen, approved = load_transfer_list(session, run_id=run_id)
        _, standing = load_transfer_list(session, run_id=chosen, statuses=STANDING)
        counts = session.execute(
            select(Move.status, func.count()).where(Move.run_id == chosen).group_by(Move.status)
        ).all()
        wishes = wish_figures(session, chosen)
    return PlanReport(
        run_id=chosen,
        statuses={status: int(n) for status, n in counts},
        approved=approved.costs,
        approved_km=approved.total_km,
        standing=standing.costs,
        standing_km=standing.total_km,
        still_short=sum(s.posts for s in approved.shortages),
        wish_score=wishes.wish_score,
        wishes_granted=wishes.wishes_granted,
        kept=wishes.kept,
    )
