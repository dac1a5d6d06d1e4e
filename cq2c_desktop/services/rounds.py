"""Rounds (đợt 1, đợt 2 …): a plan holds them, the newest is current, and a run belongs to the round it
was made in. What an earlier round approved is a fact for the later ones (services/instance.py
`approved_facts`); the report counts each round and all of them together.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cq2c_desktop.domain.enums import MoveKind, MoveStatus
from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.domain.text import clean
from cq2c_desktop.services import audit
from cq2c_desktop.services.instance import current_round, latest_run_in
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Move, PlanRound, Run, UnfilledPost

ROUND_WITHOUT_RUN = Text(
    "round_without_run", "Round {round} has no optimisation run yet: optimise and decide it before starting another."
)
ROUND_LABEL_LONG = Text("round_label_long", "A round's name is at most 200 characters.")


class RoundError(ServiceError):
    """A round cannot be started as asked."""


@dataclass(frozen=True)
class RoundRow:
    number: int
    label: str
    created_at: dt.datetime | None
    runs: int
    latest_run: int | None
    approved: int  # approved moves of the round's latest run: its decisions
    transfers: int
    secondments: int
    unfilled: int  # posts the round's latest run left unfilled
    current: bool


def _label(number: int, stored: str) -> str:
    return stored or f"Đợt {number}"


def round_rows(session: Session) -> list[RoundRow]:
    current = current_round(session)
    stored = {r.number: r for r in session.scalars(select(PlanRound))}
    runs: dict[int, int] = {}
    for number, count in session.execute(select(func.coalesce(Run.round, 1), func.count()).group_by(Run.round)):
        runs[int(number)] = runs.get(int(number), 0) + int(count)
    rows = []
    for number in range(1, current + 1):
        latest = latest_run_in(session, number)
        kinds: dict[str, int] = {}
        unfilled = 0
        if latest is not None:
            kinds = {
                str(kind): int(n)
                for kind, n in session.execute(
                    select(Move.kind, func.count())
                    .where(Move.run_id == latest, Move.status == MoveStatus.APPROVED.value)
                    .group_by(Move.kind)
                )
            }
            unfilled = session.scalar(select(func.sum(UnfilledPost.count)).where(UnfilledPost.run_id == latest)) or 0
        found = stored.get(number)
        rows.append(
            RoundRow(
                number,
                _label(number, found.label if found else ""),
                found.created_at if found else None,
                runs.get(number, 0),
                latest,
                sum(kinds.values()),
                kinds.get(MoveKind.TRANSFER.value, 0),
                kinds.get(MoveKind.SECONDMENT.value, 0),
                int(unfilled),
                number == current,
            )
        )
    return rows


def start_round(plan: OpenPlan, label: str = "") -> int:
    """Open the next round; the current one must have a run (its approved moves become facts)."""
    label = clean(label)
    if len(label) > 200:
        raise RoundError(ROUND_LABEL_LONG())
    with plan.begin() as session:
        current = current_round(session)
        if latest_run_in(session, current) is None:
            raise RoundError(ROUND_WITHOUT_RUN(round=current))
        if session.get(PlanRound, current) is None:  # round 1 of a plan from before rounds: on record now
            session.add(PlanRound(number=current, label=_label(current, "")))
        number = current + 1
        session.add(PlanRound(number=number, label=_label(number, label)))
        session.flush()
        audit.record(session, "round_started", round=number, label=_label(number, label))
        return number


def round_report(session: Session) -> dict[str, Any]:
    """Each round's figures and all rounds together (Thanh Hóa: 176 in the first decision, 260+ by late 2025)."""
    rows = round_rows(session)
    return {
        "current_round": current_round(session),
        "rounds": [
            {
                "round": r.number,
                "label": r.label,
                "runs": r.runs,
                "latest_run": r.latest_run,
                "approved": r.approved,
                "transfers": r.transfers,
                "secondments": r.secondments,
                "unfilled": r.unfilled,
            }
            for r in rows
        ],
        "cumulative": {
            "approved": sum(r.approved for r in rows),
            "transfers": sum(r.transfers for r in rows),
            "secondments": sum(r.secondments for r in rows),
        },
    }
