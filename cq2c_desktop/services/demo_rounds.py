"""The demo's round rules: exempt people with Nghị định 170's reasons and their evidence, and (for the
plan the app opens on first start) two rounds: round 1 optimised and mostly approved, with a few
secondments, and round 2 started and optimised, so that every screen of a real round has something to show."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from cq2c_desktop.domain.enums import Exemption, MoveKind
from cq2c_desktop.services.approval import approve_moves
from cq2c_desktop.services.optimise import optimise
from cq2c_desktop.services.review import move_rows
from cq2c_desktop.services.rounds import start_round
from cq2c_desktop.services.secondments import set_move_kind
from cq2c_desktop.store.db import OpenPlan

# The synthetic roster exempts leaders, those near retirement, pregnancy and illness (solver/synth.py);
# every tenth leader is given one of the decree's other groups instead, so that all of them appear.
_RELABELLED = (Exemption.DISCIPLINE, Exemption.STUDY, Exemption.SECONDED, Exemption.HARDSHIP, Exemption.OTHER)
_EVIDENCE = {
    Exemption.DISCIPLINE: "Quyết định xem xét kỷ luật số {n}/QĐ-UBND",
    Exemption.ILLNESS: "Giấy ra viện, bệnh án điều trị dài ngày số {n}/BV",
    Exemption.STUDY: "Quyết định cử đi học số {n}/QĐ-SNV",
    Exemption.SECONDED: "Quyết định biệt phái số {n}/QĐ-UBND",
    Exemption.FAMILY: "Giấy khai sinh của con, số {n}",
    Exemption.HARDSHIP: "Xác nhận hoàn cảnh khó khăn của UBND xã, số {n}/XN-UBND",
    Exemption.OTHER: "Văn bản của Chủ tịch UBND xã số {n}/UBND",
}
SECONDMENT_START = dt.date(2025, 10, 1)


def with_evidence(rows: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """The roster rows with the decree's reasons spread over some leaders, and an evidence note and date
    for every exempt person (its own random stream: the rest of the demo is unchanged)."""
    rng = random.Random(seed * 104729 + 7)
    leaders = 0
    for row in rows:
        reason = row.get("exemption")
        if reason == Exemption.LEADER.value:
            leaders += 1
            if leaders % 10 == 0:
                reason = _RELABELLED[(leaders // 10) % len(_RELABELLED)].value
        row["exemption"] = reason
        template = _EVIDENCE.get(Exemption(reason)) if reason else None
        row["exemption_note"] = template.format(n=rng.randrange(10, 999)) if template else None
        row["exemption_date"] = dt.date(2025, rng.randrange(1, 10), rng.randrange(1, 28)) if template else None
    return rows


def add_rounds(plan: OpenPlan) -> None:
    """Round 1: optimised, one proposal in 25 made a 24-month secondment, three fifths of it approved;
    round 2: started and optimised on round 1's decisions (it proposes the rest)."""
    first = optimise(plan, time_limit=60)
    with plan.begin() as session:
        moves = move_rows(session, first.run_id)
    seconded = [m.id for m in moves[::25]]  # one in 25, spread over the destinations
    set_move_kind(plan, seconded, MoveKind.SECONDMENT, term_months=24, start=SECONDMENT_START)
    # The first decision covers part of the proposal (Thanh Hóa: 176 people first, more than 260 by late
    # 2025): the destinations first in order, the rest is left to round 2.
    first_decision = [m.id for m in moves[: len(moves) * 3 // 5]]
    approve_moves(plan, move_ids=sorted({*first_decision, *seconded}), run_id=first.run_id)
    start_round(plan, "Đợt 2")
    optimise(plan, time_limit=60)
