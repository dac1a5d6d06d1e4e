"""The optimisation policy the officer sets before a run: distance, regions, priorities, match scores."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import delete, select

from cq2c_desktop.domain.enums import Region
from cq2c_desktop.domain.settings import Policy
from cq2c_desktop.services import audit
from cq2c_desktop.services.settings import load_settings, save_settings
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Specialty, SpecialtyRelation, Unit


class PolicyError(ValueError):
    """A policy value out of range; the message is for the user (Vietnamese / English)."""


@dataclass(frozen=True)
class PolicyState:
    policy: Policy
    priority_by_region: dict[str, int]  # the most common priority of each region's units
    specialties: list[tuple[str, str]]  # (id, name) in the plan's order
    scores: dict[tuple[str, str], float]  # (post specialty, holder specialty) -> score


def load_policy(plan: OpenPlan) -> PolicyState:
    with plan.begin() as session:
        policy = load_settings(session).policy
        by_region: dict[str, Counter[int]] = {}
        for region, priority in session.execute(select(Unit.region, Unit.priority)):
            by_region.setdefault(region, Counter())[priority] += 1
        specialties = list(session.execute(select(Specialty.id, Specialty.name).order_by(Specialty.sort_order)).all())
        scores = {(r.specialty_id, r.related_id): r.score for r in session.scalars(select(SpecialtyRelation))}
    return PolicyState(
        policy,
        {r: c.most_common(1)[0][0] for r, c in by_region.items()},
        [(sid, name) for sid, name in specialties],
        scores,
    )


def _check(policy: Policy, priorities: dict[str, int], scores: dict[tuple[str, str], float]) -> None:
    if policy.max_km is not None and not 0 < policy.max_km <= 2000:
        raise PolicyError("Khoảng cách tối đa phải trong (0, 2000] km / Max distance must be in (0, 2000] km")
    if not policy.destination_regions:
        raise PolicyError("Chọn ít nhất một vùng nhận / Choose at least one destination region")
    if any(r not in {x.value for x in Region} for r in [*policy.destination_regions, *priorities]):
        raise PolicyError("Vùng không hợp lệ / Unknown region")
    if any(p < 1 or p > 100 for p in priorities.values()):
        raise PolicyError("Mức ưu tiên phải từ 1 đến 100 / Priority must be 1 to 100")
    if any(not 0 < s < 1 or round(s, 2) != s for s in scores.values()):
        raise PolicyError(
            "Điểm phù hợp phải trong (0, 1), tối đa 2 chữ số thập phân / "
            "Match scores must be in (0, 1) with at most two decimals"
        )
    if any(post == holder for post, holder in scores):
        raise PolicyError("Một chuyên môn luôn phù hợp chính nó (điểm 1) / A specialty always matches itself")


def save_policy(
    plan: OpenPlan, policy: Policy, priority_by_region: dict[str, int], scores: dict[tuple[str, str], float]
) -> None:
    """Store the policy, set every unit's priority from its region, replace the match scores."""
    _check(policy, priority_by_region, scores)
    with plan.begin() as session:
        settings = load_settings(session)
        before = settings.to_items()["policy"]
        settings.policy = policy
        save_settings(session, settings)
        for region, priority in priority_by_region.items():
            for unit in session.scalars(select(Unit).where(Unit.region == region)):
                unit.priority = priority
        session.execute(delete(SpecialtyRelation))
        session.add_all(
            SpecialtyRelation(specialty_id=post, related_id=holder, score=score)
            for (post, holder), score in sorted(scores.items())
        )
        audit.record(
            session,
            "policy_changed",
            before=before,
            after=settings.to_items()["policy"],
            priorities=priority_by_region,
            scores=len(scores),
        )
