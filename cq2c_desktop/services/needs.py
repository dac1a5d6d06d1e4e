"""The needs a round leaves: posts its latest run left unfilled, per unit and specialty, with the measure
the officer chooses to fill them (tuyển dụng, luân chuyển, hợp đồng lao động, or a later round of
điều động), for the recruitment side. The counts are the run's; only the measure and a note are stored.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cq2c_desktop.domain.enums import MEASURE_TERMS, NeedMeasure
from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.domain.text import clean, sort_key
from cq2c_desktop.io.export_table import write_table_xlsx
from cq2c_desktop.services import audit
from cq2c_desktop.services.instance import current_round, latest_run_in
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import RemainingNeed, Specialty, UnfilledPost, Unit

DEFAULT_MEASURE = NeedMeasure.RECRUITMENT
UNKNOWN_MEASURE = Text("need_measure_unknown", "Unknown measure: {value}")
NOT_A_NEED = Text("need_unknown", "{unit}, {specialty}: round {round} left no post unfilled there.")


class NeedError(ServiceError):
    """A measure for a need that cannot be set."""


@dataclass(frozen=True)
class NeedRow:
    round: int
    unit_id: str
    unit_name: str
    specialty_id: str
    specialty_name: str
    count: int
    measure: str
    note: str


def needs_round(session: Session) -> int:
    """The round whose needs are shown: the current one once it has a run, else the one before."""
    current = current_round(session)
    return current if latest_run_in(session, current) is not None or current == 1 else current - 1


def need_rows(session: Session, number: int | None = None) -> list[NeedRow]:
    number = needs_round(session) if number is None else number
    run = latest_run_in(session, number)
    if run is None:
        return []
    chosen = {
        (n.unit_id, n.specialty_id): n
        for n in session.scalars(select(RemainingNeed).where(RemainingNeed.round == number))
    }
    rows = session.execute(
        select(UnfilledPost.unit_id, Unit.name, UnfilledPost.specialty_id, Specialty.name, func.sum(UnfilledPost.count))
        .join(Unit, Unit.id == UnfilledPost.unit_id)
        .join(Specialty, Specialty.id == UnfilledPost.specialty_id)
        .where(UnfilledPost.run_id == run)
        .group_by(UnfilledPost.unit_id, Unit.name, UnfilledPost.specialty_id, Specialty.name)
    )
    found = []
    for unit, unit_name, spec, spec_name, count in rows:
        need = chosen.get((unit, spec))
        measure = need.measure if need else DEFAULT_MEASURE.value
        found.append(NeedRow(number, unit, unit_name, spec, spec_name, int(count), measure, need.note if need else ""))
    return sorted(found, key=lambda r: (sort_key(r.unit_name), sort_key(r.specialty_name)))


def set_measure(
    plan: OpenPlan, number: int, unit_id: str, specialty_id: str, measure: str, note: str | None = None
) -> tuple[str, str]:
    """Choose the measure (and a note) for one need; returns the (measure, note) it had, for undo."""
    if measure not in {m.value for m in NeedMeasure}:
        raise NeedError(UNKNOWN_MEASURE(value=measure))
    with plan.begin() as session:
        rows = {(r.unit_id, r.specialty_id): r for r in need_rows(session, number)}
        row = rows.get((unit_id, specialty_id))
        if row is None:
            raise NeedError(NOT_A_NEED(unit=unit_id, specialty=specialty_id, round=number))
        stored = session.get(RemainingNeed, (number, unit_id, specialty_id))
        before = (row.measure, row.note)
        if stored is None:
            stored = RemainingNeed(round=number, unit_id=unit_id, specialty_id=specialty_id, measure=measure, note="")
            session.add(stored)
        stored.measure = measure
        if note is not None:
            stored.note = clean(note)[:500]
        audit.record(session, "need_measure", round=number, unit=unit_id, specialty=specialty_id, measure=measure)
        return before


def needs_report(session: Session) -> list[dict[str, Any]]:
    """The `remaining_needs` of `cq2c report --json`: {unit, specialty, count, measure} per need."""
    return [
        {
            "round": r.round,
            "unit": r.unit_id,
            "unit_name": r.unit_name,
            "specialty": r.specialty_id,
            "count": r.count,
            "measure": r.measure,
        }
        for r in need_rows(session)
    ]


NEED_HEADERS = ("STT", "Đơn vị", "Chuyên môn", "Số biên chế còn thiếu", "Biện pháp", "Ghi chú")


def write_needs_xlsx(rows: list[NeedRow], out: str | os.PathLike[str]) -> Path:
    """The needs as an Excel workbook for the recruitment side, in Vietnamese like every document."""
    number = rows[0].round if rows else 1
    title = f"NHU CẦU BIÊN CHẾ CÒN THIẾU SAU ĐỢT {number} (CHƯA ĐIỀU ĐỘNG ĐƯỢC)"
    values: list[list[str | int | float | None]] = [
        [i, r.unit_name, r.specialty_name, r.count, MEASURE_TERMS[NeedMeasure(r.measure)].vi, r.note]
        for i, r in enumerate(rows, start=1)
    ]
    values.append(["", "Tổng cộng", "", sum(r.count for r in rows), "", ""])
    return write_table_xlsx(out, title, NEED_HEADERS, values, "Nhu cầu")
