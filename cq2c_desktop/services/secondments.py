"""Transfer or secondment, move by move; and the secondments that end soon (someone returns, a post opens).

A move is a transfer (điều động: the person leaves the source's headcount for good) or a secondment
(biệt phái: a term of at most 36 months, the person stays on the source unit's payroll and returns).
The plan's rules say what a new move is; the officer changes it here, one move or many, with undo.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from cq2c_desktop.domain.enums import MOVE_KIND_TERMS, MoveKind, MoveStatus
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.domain.secondment_terms import MAX_MONTHS, add_months, end_of_term, within_term
from cq2c_desktop.io.export_model import date_text
from cq2c_desktop.io.export_table import write_table_xlsx
from cq2c_desktop.services import audit
from cq2c_desktop.services.instance import current_round, latest_run_in, round_of
from cq2c_desktop.services.review import APPROVED_IS_FINAL, MOVE_GONE, ReviewError, check_decision
from cq2c_desktop.services.secondment_dates import secondment_dates
from cq2c_desktop.services.settings import load_settings
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Move, Run, Staff, Unit

TERM_TOO_LONG = Text("secondment_term", "A secondment lasts 1 to {most} months, not {months}.")
_TERMS = ("kind", "term_months", "start_date", "end_date")


@dataclass(frozen=True)
class KindChange:
    """What `set_move_kind` replaced, move by move, so that undo puts it back."""

    before: dict[int, dict[str, Any]]
    after_versions: dict[int, int]


def set_move_kind(
    plan: OpenPlan,
    move_ids: list[int],
    kind: MoveKind,
    *,
    term_months: int | None = None,
    start: dt.date | None = None,
    expected_versions: dict[int, int] | None = None,
) -> KindChange:
    """Make moves transfers or secondments (with a term, default the plan's, and an optional start date)."""
    with plan.begin() as session:
        rules = load_settings(session).rules
        months = term_months if term_months is not None else rules.secondment_months
        if kind == MoveKind.SECONDMENT and not within_term(months):
            raise ReviewError(TERM_TOO_LONG(most=MAX_MONTHS, months=months))
        moves = list(session.scalars(select(Move).where(Move.id.in_(move_ids))))
        if len(moves) != len(set(move_ids)):
            raise ReviewError(MOVE_GONE())
        check_decision(session, moves, expected_versions)
        if any(m.status == MoveStatus.APPROVED.value for m in moves):
            raise ReviewError(APPROVED_IS_FINAL())
        before = {m.id: {name: getattr(m, name) for name in _TERMS} for m in moves}
        seconded = kind == MoveKind.SECONDMENT
        for move in moves:
            move.kind = kind.value
            move.term_months = months if seconded else None
            move.start_date = start if seconded else None
            move.end_date = end_of_term(start, months) if seconded and start is not None else None
        audit.record(
            session,
            "move_kind",
            moves=sorted(before),
            kind=kind.value,
            term_months=months if seconded else None,
            start=start.isoformat() if seconded and start else None,
        )
        session.flush()
        return KindChange(before, {m.id: m.version for m in moves})


def restore_move_kind(plan: OpenPlan, change: KindChange) -> None:
    """Undo `set_move_kind` (refused if a move changed since)."""
    with plan.begin() as session:
        moves = list(session.scalars(select(Move).where(Move.id.in_(list(change.before)))))
        check_decision(session, moves, change.after_versions)
        for move in moves:
            for name, value in change.before[move.id].items():
                setattr(move, name, value)
        audit.record(session, "move_kind_undone", moves=sorted(change.before))


@dataclass(frozen=True)
class SecondmentRow:
    move_id: int
    round: int
    staff_id: str
    full_name: str
    from_name: str
    to_name: str
    term_months: int
    start: dt.date | None
    end: dt.date | None


def approved_secondments(session: Session) -> list[SecondmentRow]:
    """Every approved secondment of the plan, round by round (the latest run of each round), by end date."""
    settings = load_settings(session)
    runs = [r for r in (latest_run_in(session, n) for n in range(1, current_round(session) + 1)) if r is not None]
    src, dst = aliased(Unit), aliased(Unit)
    rows = session.execute(
        select(Move, Run, Staff.full_name, src.name, dst.name)
        .join(Run, Run.id == Move.run_id)
        .join(Staff, Staff.id == Move.staff_id)
        .join(src, src.id == Move.from_unit_id)
        .join(dst, dst.id == Move.to_unit_id)
        .where(
            Move.run_id.in_(runs),
            Move.status == MoveStatus.APPROVED.value,
            Move.kind == MoveKind.SECONDMENT.value,
        )
    )
    found = []
    for move, run, name, source, target in rows:
        start, end = secondment_dates(move, settings)
        term = move.term_months or settings.rules.secondment_months
        found.append(SecondmentRow(move.id, round_of(run), move.staff_id, name, source, target, term, start, end))
    return sorted(found, key=lambda r: (r.end or dt.date.max, r.full_name))


def ending_within(rows: list[SecondmentRow], months: int, today: dt.date | None = None) -> list[SecondmentRow]:
    """The secondments that end from today up to `months` months ahead (the officer plans each return)."""
    start = today or dt.date.today()
    limit = add_months(start, months)
    return [r for r in rows if r.end is not None and start <= r.end <= limit]


def secondments_ending(plan: OpenPlan, months: int, today: dt.date | None = None) -> list[SecondmentRow]:
    with plan.begin() as session:
        return ending_within(approved_secondments(session), months, today)


SECONDMENT_HEADERS = (
    "STT",
    "Họ và tên",
    "Đơn vị cử biệt phái",
    "Đơn vị đến",
    "Đợt",
    "Thời hạn (tháng)",
    "Từ ngày",
    "Đến ngày",
)


def write_secondments_xlsx(rows: list[SecondmentRow], months: int, out: str | os.PathLike[str]) -> Path:
    """The list as an Excel workbook, in Vietnamese like every document the program writes."""
    title = (
        f"DANH SÁCH CÔNG CHỨC {MOVE_KIND_TERMS[MoveKind.SECONDMENT].vi.upper()} HẾT THỜI HẠN TRONG {months} THÁNG TỚI"
    )
    values: list[list[str | int | float | None]] = [
        [i, r.full_name, r.from_name, r.to_name, r.round, r.term_months, date_text(r.start), date_text(r.end)]
        for i, r in enumerate(rows, start=1)
    ]
    return write_table_xlsx(out, title, SECONDMENT_HEADERS, values, "Biệt phái")
