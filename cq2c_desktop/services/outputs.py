"""Outputs the officer signs: the approved transfer list (.xlsx), decision drafts (.pdf, .docx), the plan report.

Only approved moves leave the program. Each use case reads the plan in one short transaction, renders
outside it and records the export in the audit trail (the files carry personal data). The window runs
them off the UI thread; writing a workbook or a PDF holds the interpreter lock for long stretches, so
the file is written in a child process (`isolate=True`, services/child_process.py); the child only renders.
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

from cq2c_desktop.domain.enums import MoveKind, MoveStatus
from cq2c_desktop.domain.job_protocol import Progress, ServiceError, ShouldStop
from cq2c_desktop.domain.messages import Message, Text
from cq2c_desktop.domain.offices import office_for
from cq2c_desktop.io.documents_content import Decision as Decision  # what a print preview draws
from cq2c_desktop.io.documents_content import collective_decision, individual_decision
from cq2c_desktop.io.documents_secondment import collective_secondment, secondment_decision
from cq2c_desktop.io.export_model import GroupBy, Shortage, TransferList, TransferRow, group_rows
from cq2c_desktop.io.support_cost import describe, entitlement
from cq2c_desktop.services import audit
from cq2c_desktop.services.balance import balance_cells
from cq2c_desktop.services.child_process import run_in_child
from cq2c_desktop.services.document_settings import DocumentGaps, Output, SettingGap, require_settings
from cq2c_desktop.services.instance import approved_placements
from cq2c_desktop.services.personal_exports import owner_only, require_personal_right
from cq2c_desktop.services.review import NO_RUN_YET, NO_SUCH_RUN
from cq2c_desktop.services.secondment_dates import secondment_dates
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
    seconded = move.kind == MoveKind.SECONDMENT.value
    term = (move.term_months or settings.rules.secondment_months) if seconded else None
    start, end = secondment_dates(move, settings) if seconded else (None, None)
    grant = entitlement(settings.support, target.region, move.km, term)
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
        note="; ".join(part for part in (_term_note(term, start, end), "Tự nguyện" if move.volunteer else "") if part),
        cccd=staff.cccd if include_cccd else None,
        post_specialty=post if post != specialty else "",
        kind=move.kind,
        term_months=term,
        start_date=start,
        end_date=end,
        birth_masked=not include_cccd,
    )


def _term_note(term: int | None, start: dt.date | None, end: dt.date | None) -> str:
    """A secondment in the list's note: "Biệt phái 24 tháng (01/10/2025 - 30/09/2027)"."""
    if term is None:
        return ""
    dates = f" ({start:%d/%m/%Y} - {end:%d/%m/%Y})" if start and end else ""
    return f"Biệt phái {term} tháng{dates}"


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
    """Posts still unfilled once the moves are made, by destination region and specialty. The balance
    has the approved decisions made already (`balance_cells`): the run's moves of people they place
    are not made twice."""
    placements = approved_placements(session)
    cells = balance_cells(session, placements)
    after = {(c.unit_id, c.specialty_id): c.current for c in cells}
    posts = {(c.unit_id, c.specialty_id): c.posts for c in cells}
    moves = session.execute(
        select(Move.staff_id, Move.from_unit_id, Staff.specialty_id, Move.to_unit_id, Move.specialty_id)
        .join(Staff, Staff.id == Move.staff_id)
        .where(Move.run_id == run_id, Move.status.in_(list(statuses)))
    )
    for staff, source, own, target, post in moves:
        if staff in placements:
            continue
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
    """The approved moves, once the settings `output` needs are there (require_settings); full
    birth dates and citizen IDs only when asked, and only for a role that may see them."""
    require_personal_right(plan, include_cccd)
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
    """`writer(*args, progress=…, should_stop=…, **kwargs)` here, or in a child process; the file is
    left readable by its owner only (it holds people's names and postings)."""
    if not isolate:
        return owner_only(writer(*args, progress=progress, should_stop=should_stop, **kwargs))
    path: Path = run_in_child(writer, *args, progress=progress, should_stop=should_stop, name="cq2c-export", **kwargs)
    return owner_only(path)


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
    include_personal: bool = False,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
    isolate: bool = False,
) -> ExportResult:
    """Decision drafts for the approved moves: one per person, or one with the list annexed.
    Missing document settings stop it unless `blanks` (see export_transfers)."""
    from cq2c_desktop.io.documents_docx import write_decisions_docx  # see export_transfers
    from cq2c_desktop.io.documents_pdf import write_decisions_pdf

    kind = decision_format(out)
    chosen, data, gaps = _approved(plan, run_id, include_personal, "decisions", blanks)
    decisions = _decisions(data, collective)
    writer = write_decisions_pdf if kind == "pdf" else partial(write_decisions_docx, author=audit.current_user())
    details = {
        "run_id": chosen,
        "path": str(Path(out).resolve()),
        "people": len(data.rows),
        "collective": collective,
        "format": kind,
        "include_personal": include_personal,
    }
    with _recorded(plan, "export_decisions", details):
        path = _write(writer, decisions, out, isolate=isolate, progress=progress, should_stop=should_stop)
    return ExportResult(path, chosen, len(data.rows), data.costs.total_vnd, gaps.unverified)


def _decisions(data: TransferList, collective: bool) -> list[Decision]:
    """One decision per person, or one per kind of move: transfers and secondments are different acts."""
    transfers = [row for row in data.rows if not row.is_secondment]
    secondments = [row for row in data.rows if row.is_secondment]
    if collective:
        found = [collective_decision(replace(data, rows=transfers))] if transfers or not secondments else []
        return found + ([collective_secondment(replace(data, rows=secondments))] if secondments else [])
    ordered = [row for group in group_rows(data.rows, "destination") for row in group.rows]
    return [
        (secondment_decision if row.is_secondment else individual_decision)(row, data.settings, data.issued)
        for row in ordered
    ]


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
