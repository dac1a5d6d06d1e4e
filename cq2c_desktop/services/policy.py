"""The optimisation policy the officer sets before a run: distance, regions, priorities, match scores."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import delete, select

from cq2c_desktop.domain.enums import Region
from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.domain.settings import Policy
from cq2c_desktop.services import audit
from cq2c_desktop.services.settings import load_settings, save_settings
from cq2c_desktop.services.units import PRIORITY_RANGE
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Specialty, SpecialtyRelation, Unit

MAX_KM_RANGE = Text("policy_max_km", "The maximum distance must be more than 0 and at most 2000 km.")
NO_DESTINATION = Text("policy_no_destination", "Choose at least one receiving region.")
UNKNOWN_REGION = Text("policy_region", "Unknown region.")
SCORE_RANGE = Text("policy_score", "Match scores must be between 0 and 1, with at most two decimals.")
NOT_A_SCORE = Text("policy_score_number", "Not a number: {value}")
SEND_QUOTA_RANGE = Text("policy_send_quota", "The sending quota must be a share of 0 to 100 % and a cap of 0 or more.")
SELF_MATCH = Text("policy_self_match", "A specialty always matches itself (score 1).")


class PolicyError(ServiceError):
    """A policy value out of range."""


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
        raise PolicyError(MAX_KM_RANGE())
    if not policy.destination_regions:
        raise PolicyError(NO_DESTINATION())
    share, cap = policy.send_share_percent, policy.send_cap
    if (share is not None and not 0 <= share <= 100) or (cap is not None and cap < 0):
        raise PolicyError(SEND_QUOTA_RANGE())
    if any(r not in {x.value for x in Region} for r in [*policy.destination_regions, *priorities]):
        raise PolicyError(UNKNOWN_REGION())
    if any(p < 1 or p > 100 for p in priorities.values()):
        raise PolicyError(PRIORITY_RANGE())
    if any(not 0 < s < 1 or round(s, 2) != s for s in scores.values()):
        raise PolicyError(SCORE_RANGE())
    if any(post == holder for post, holder in scores):
        raise PolicyError(SELF_MATCH())


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
