"""Outputs the officer signs: the approved transfer list (.xlsx), decision drafts (.pdf, .docx), the plan report.

Only approved moves leave the program. Each use case reads the plan in one short transaction,
renders outside it, and records the export in the audit trail, because the files carry personal
data. The window runs them off the UI thread, with `progress` and `should_stop`, and asks for the
file to be written in a child process (`isolate=True`, as `optimise` does): writing a workbook or a PDF holds the
interpreter lock for long stretches (services/child_process.py). The plan is read here, through the
caller's open plan; the child only renders.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.domain.job_protocol import Progress, ServiceError, ShouldStop
from cq2c_desktop.domain.messages import Message, Text
from cq2c_desktop.domain.offices import office_for
from cq2c_desktop.io.documents_content import Decision as Decision  # what a print preview draws
from cq2c_desktop.io.documents_content import collective_decision, individual_decision
from cq2c_desktop.io.export_model import GroupBy, Shortage, TransferList, TransferRow, group_rows
from cq2c_desktop.io.support_cost import CostSummary, describe, entitlement
from cq2c_desktop.services import audit
from cq2c_desktop.services.balance import balance_cells
from cq2c_desktop.services.child_process import run_in_child
from cq2c_desktop.services.document_settings import DocumentGaps, Output, SettingGap, require_settings
from cq2c_desktop.services.review import NO_RUN_YET, NO_SUCH_RUN
from cq2c_desktop.services.settings import load_settings
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Move, Run, Specialty, Staff, Unit

DecisionFormat = Literal["pdf", "docx"]
APPROVED = (MoveStatus.APPROVED.value,)
# What a report prices as "the proposal": every move the officer has not rejected.
STANDING = tuple(s.value for s in MoveStatus if s is not MoveStatus.REJECTED)


NOTHING_APPROVED = Text("nothing_approved", "Run #{run} has no approved move: approve the moves first.")
NOTHING_APPROVED_HERE = Text(
    "nothing_approved_in_run", "Run #{run} has no approved move; run #{other} has {count} approved."
)
DECISIONS_FORMAT = Text("decisions_format", "Decisions must be written as .pdf or .docx: {path}")


class NothingApprovedError(ServiceError):
    """No approved move to export; the message says what to do."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    run_id: int
    people: int
    total_cost_vnd: int
    unverified: tuple[SettingGap, ...] = ()  # legal bases printed without the officer's check


def _pick_run(session: Session, run_id: int | None) -> int:
    if run_id is None:
        latest = session.scalar(select(func.max(Run.id)))
        if latest is None:
            raise NothingApprovedError(NO_RUN_YET())
        return int(latest)
    if session.get(Run, run_id) is None:
        raise ServiceError(NO_SUCH_RUN(run=run_id))
    return run_id


def _no_approval_message(session: Session, run_id: int) -> Message:
    others = session.execute(
        select(Move.run_id, func.count())
        .where(Move.status == MoveStatus.APPROVED.value, Move.run_id != run_id)
        .group_by(Move.run_id)
        .order_by(Move.run_id.desc())
    ).first()
    if others:
        return NOTHING_APPROVED_HERE(run=run_id, other=others[0], count=others[1])
    return NOTHING_APPROVED(run=run_id)


def _row(
    move: Move, staff: Staff, source: Unit, target: Unit, specialty: str, post: str, settings: Any, include_cccd: bool
) -> TransferRow:
    grant = entitlement(settings.support, target.region, move.km)
    return TransferRow(
        move_id=move.id,
        staff_id=staff.id,
        full_name=staff.full_name,
        birth_date=staff.birth_date,
        gender=staff.gender,
        position=staff.position or "",
        rank=staff.rank or "",
        specialty=specialty,
        from_unit=source.name,
        from_region=source.region,
        to_unit=target.name,
        to_region=target.region,
        to_office=office_for(move.specialty_id, ward=target.kind != "xa"),
        km=move.km,
        entitlement=grant,
        entitlement_text=describe(grant, settings.support, move.km),
        note="Tự nguyện" if move.volunteer else "",
        cccd=staff.cccd if include_cccd else None,
        post_specialty=post if post != specialty else "",
    )


def _rows(
    session: Session, run_id: int, statuses: Collection[str], settings: Any, include_cccd: bool
) -> list[TransferRow]:
    source, target = aliased(Unit), aliased(Unit)
    own, post = aliased(Specialty), aliased(Specialty)
    result = session.execute(
        select(Move, Staff, source, target, own.name, post.name)
        .join(Staff, Staff.id == Move.staff_id)
        .join(source, source.id == Move.from_unit_id)
        .join(target, target.id == Move.to_unit_id)
        .join(own, own.id == Staff.specialty_id)
        .join(post, post.id == Move.specialty_id)
        .where(Move.run_id == run_id, Move.status.in_(list(statuses)))
        .order_by(Move.id)
    )
    return [_row(m, s, a, b, spec, post_name, settings, include_cccd) for m, s, a, b, spec, post_name in result]


def _shortages(session: Session, run_id: int, statuses: Collection[str]) -> list[Shortage]:
    """Posts still unfilled once the moves are made, by destination region and specialty."""
    cells = balance_cells(session)
    after = {(c.unit_id, c.specialty_id): c.current for c in cells}
    posts = {(c.unit_id, c.specialty_id): c.posts for c in cells}
    moves = session.execute(
        select(Move.from_unit_id, Staff.specialty_id, Move.to_unit_id, Move.specialty_id)
        .join(Staff, Staff.id == Move.staff_id)
        .where(Move.run_id == run_id, Move.status.in_(list(statuses)))
    )
    for source, own, target, post in moves:
        after[(source, own)] = after.get((source, own), 0) - 1
        after[(target, post)] = after.get((target, post), 0) + 1
    regions: dict[str, str] = dict(session.execute(select(Unit.id, Unit.region)).all())
    names: dict[str, str] = dict(session.execute(select(Specialty.id, Specialty.name)).all())
    short: dict[tuple[str, str], int] = defaultdict(int)
    for (unit, spec), count in posts.items():
        missing = count - after.get((unit, spec), 0)
        if missing > 0:
            short[(regions.get(unit, "?"), names.get(spec, spec))] += missing
    return [Shortage(region, spec, n) for (region, spec), n in sorted(short.items())]


def load_transfer_list(
    session: Session, *, run_id: int | None = None, include_cccd: bool = False, statuses: Collection[str] = APPROVED
) -> tuple[int, TransferList]:
    """The run's moves with the given statuses, as every output sees them."""
    chosen = _pick_run(session, run_id)
    settings = load_settings(session)
    rows = _rows(session, chosen, statuses, settings, include_cccd)
    run = session.get(Run, chosen)
    label = f"lần chạy #{chosen}" + (f": {run.label}" if run is not None and run.label else "")
    return chosen, TransferList(
        settings=settings,
        rows=rows,
        shortages=_shortages(session, chosen, statuses),
        run_label=label,
        issued=dt.date.today(),
    )


def _approved(
    plan: OpenPlan, run_id: int | None, include_cccd: bool, output: Output, blanks: bool
) -> tuple[int, TransferList, DocumentGaps]:
    """The approved moves, once the settings `output` needs are there (require_settings)."""
    with plan.begin() as session:
        chosen, data = load_transfer_list(session, run_id=run_id, include_cccd=include_cccd)
        if not data.rows:
            raise NothingApprovedError(_no_approval_message(session, chosen))
    return chosen, data, require_settings(data.settings, output, blanks)


def _record(plan: OpenPlan, action: str, **details: Any) -> None:
    with plan.begin() as session:
        audit.record(session, action, **details)


@contextmanager
def _recorded(plan: OpenPlan, action: str, details: dict[str, Any]) -> Iterator[None]:
    """Audit an export before its file appears, so no exported file ever lacks its record
    (a crash in between leaves a record of an export that did not finish, never the reverse);
    a failure is recorded too."""
    _record(plan, action, **details)
    try:
        yield
    except BaseException as exc:
        _record(plan, f"{action}_failed", path=details["path"], reason=exc.__class__.__name__)
        raise


def _write(
    writer: Callable[..., Path],
    *args: Any,
    isolate: bool,
    progress: Progress | None,
    should_stop: ShouldStop | None,
    **kwargs: Any,
) -> Path:
    """`writer(*args, progress=…, should_stop=…, **kwargs)` here, or in a child process."""
    if not isolate:
        return writer(*args, progress=progress, should_stop=should_stop, **kwargs)
    path: Path = run_in_child(writer, *args, progress=progress, should_stop=should_stop, name="cq2c-export", **kwargs)
    return path


def export_transfers(
    plan: OpenPlan,
    out: str | os.PathLike[str],
    *,
    group_by: GroupBy = "destination",
    include_cccd: bool = False,
    run_id: int | None = None,
    blanks: bool = False,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
    isolate: bool = False,
) -> ExportResult:
    """Write the approved transfer list workbook; CCCD numbers only when `include_cccd`. Missing
    document settings stop it (MissingSettingsError) unless `blanks` leaves them to fill by hand."""
    # Imported here: openpyxl and python-docx cost the desktop app 0.35 s at start, and the window
    # writes its outputs in a child process anyway.
    from cq2c_desktop.io.export_transfers import write_transfer_list

    chosen, data, gaps = _approved(plan, run_id, include_cccd, "transfers", blanks)
    details = {
        "run_id": chosen,
        "path": str(Path(out).resolve()),
        "people": len(data.rows),
        "include_cccd": include_cccd,
    }
    with _recorded(plan, "export_transfers", details):
        path = _write(
            write_transfer_list,
            data,
            out,
            group_by=group_by,
            include_cccd=include_cccd,
            isolate=isolate,
            progress=progress,
            should_stop=should_stop,
        )
    return ExportResult(path, chosen, len(data.rows), data.costs.total_vnd, gaps.unverified)


def decision_format(out: str | os.PathLike[str]) -> DecisionFormat:
    suffix = Path(out).suffix.lower()
    if suffix not in (".pdf", ".docx"):
        raise ServiceError(DECISIONS_FORMAT(path=str(out)))
    return "pdf" if suffix == ".pdf" else "docx"


def export_decisions(
    plan: OpenPlan,
    out: str | os.PathLike[str],
    *,
    collective: bool = False,
    run_id: int | None = None,
    blanks: bool = False,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
    isolate: bool = False,
) -> ExportResult:
    """Decision drafts for the approved moves: one per person, or one with the list annexed.
    Missing document settings stop it unless `blanks` (see export_transfers)."""
    from cq2c_desktop.io.documents_docx import write_decisions_docx  # see export_transfers
    from cq2c_desktop.io.documents_pdf import write_decisions_pdf

    kind = decision_format(out)
    chosen, data, gaps = _approved(plan, run_id, False, "decisions", blanks)
    decisions = _decisions(data, collective)
    writer = write_decisions_pdf if kind == "pdf" else partial(write_decisions_docx, author=audit.current_user())
    details = {
        "run_id": chosen,
        "path": str(Path(out).resolve()),
        "people": len(data.rows),
        "collective": collective,
        "format": kind,
    }
    with _recorded(plan, "export_decisions", details):
        path = _write(writer, decisions, out, isolate=isolate, progress=progress, should_stop=should_stop)
    return ExportResult(path, chosen, len(data.rows), data.costs.total_vnd, gaps.unverified)


def _decisions(data: TransferList, collective: bool) -> list[Decision]:
    if collective:
        return [collective_decision(data)]
    ordered = [row for group in group_rows(data.rows, "destination") for row in group.rows]
    return [individual_decision(row, data.settings, data.issued) for row in ordered]


def decision_drafts(
    plan: OpenPlan,
    *,
    run_id: int | None = None,
    move_ids: Collection[int] = (),
    blanks: bool = False,
    collective: bool | None = None,
) -> list[Decision]:
    """What a print preview shows: the decisions of the approved moves among `move_ids` (without any,
    of every approved move), one per person or (`collective`) one with the list annexed, as Export
    writes them. `collective=None`: one per person for the moves named, else the collective one."""
    _chosen, data, _gaps = _approved(plan, run_id, False, "decisions", blanks)
    wanted = set(move_ids)
    chosen_rows = [row for row in data.rows if row.move_id in wanted]
    if collective is None:
        collective = not chosen_rows
    return _decisions(replace(data, rows=chosen_rows) if chosen_rows else data, collective=collective)


def write_preview(
    plan: OpenPlan,
    out: str | os.PathLike[str],
    *,
    run_id: int | None = None,
    move_ids: Collection[int] = (),
    blanks: bool = False,
    collective: bool | None = None,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
    isolate: bool = False,
) -> list[Decision]:
    """The decisions of `decision_drafts` written as a PDF to `out`, for a print preview to show
    (page by page, as it scrolls); they are returned so that the preview can print them."""
    from cq2c_desktop.io.documents_pdf import write_decisions_pdf

    decisions = decision_drafts(plan, run_id=run_id, move_ids=move_ids, blanks=blanks, collective=collective)
    _write(write_decisions_pdf, decisions, out, isolate=isolate, progress=progress, should_stop=should_stop)
    return decisions


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


def plan_report(plan: OpenPlan, *, run_id: int | None = None) -> PlanReport:
    with plan.begin() as session:
        chosen, approved = load_transfer_list(session, run_id=run_id)
        _, standing = load_transfer_list(session, run_id=chosen, statuses=STANDING)
        counts = session.execute(
            select(Move.status, func.count()).where(Move.run_id == chosen).group_by(Move.status)
        ).all()
    return PlanReport(
        run_id=chosen,
        statuses={status: int(n) for status, n in counts},
        approved=approved.costs,
        approved_km=approved.total_km,
        standing=standing.costs,
        standing_km=standing.total_km,
        still_short=sum(s.posts for s in approved.shortages),
    )
