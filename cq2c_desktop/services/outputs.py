"""Outputs the officer signs: the approved transfer list (.xlsx), decision drafts (.pdf, .docx), the plan report.

Only approved moves leave the program. Each use case reads the plan in one short transaction,
renders outside it (the GUI runs these off the UI thread, with `progress` and `should_stop`), and
records the export in the audit trail, because the files carry personal data.
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
from typing import Any, Literal, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.domain.synthetic_people import office_for
from cq2c_desktop.io.documents_content import Decision as Decision  # what a print preview draws
from cq2c_desktop.io.documents_content import collective_decision, individual_decision
from cq2c_desktop.io.documents_pdf import write_decisions_pdf
from cq2c_desktop.io.export_common import ExportCancelledError as ExportCancelledError  # the UI reports it
from cq2c_desktop.io.export_common import Progress, ShouldStop
from cq2c_desktop.io.export_model import GroupBy, Shortage, TransferList, TransferRow, group_rows
from cq2c_desktop.io.printing import PrintSettings as PrintSettings  # what the print dialog chose
from cq2c_desktop.io.printing import print_decisions as print_decisions  # run in a child process
from cq2c_desktop.io.support_cost import CostSummary, describe, entitlement, format_km, format_vnd
from cq2c_desktop.services import audit
from cq2c_desktop.services.balance import balance_cells
from cq2c_desktop.services.child_process import ChildCancelledError, run_in_child
from cq2c_desktop.services.commands import ServiceError
from cq2c_desktop.services.document_settings import DocumentGaps, Output, SettingGap, require_settings
from cq2c_desktop.services.settings import load_settings
from cq2c_desktop.store.db import open_plan
from cq2c_desktop.store.models import Move, Run, Specialty, Staff, Unit

T = TypeVar("T")
DecisionFormat = Literal["pdf", "docx"]
APPROVED = (MoveStatus.APPROVED.value,)
# What a report prices as "the proposal": every move the officer has not rejected.
STANDING = tuple(s.value for s in MoveStatus if s is not MoveStatus.REJECTED)


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
            raise NothingApprovedError("Phương án chưa có lần chạy tối ưu nào / The plan has no optimisation run yet")
        return int(latest)
    if session.get(Run, run_id) is None:
        raise ServiceError(f"Không có lần chạy #{run_id} / No run #{run_id}")
    return run_id


def _no_approval_message(session: Session, run_id: int) -> str:
    others = session.execute(
        select(Move.run_id, func.count())
        .where(Move.status == MoveStatus.APPROVED.value, Move.run_id != run_id)
        .group_by(Move.run_id)
        .order_by(Move.run_id.desc())
    ).first()
    hint = (
        (
            f" Lần chạy #{others[0]} có {others[1]} đề xuất đã duyệt (dùng --run {others[0]}). / "
            f"Run #{others[0]} has {others[1]} approved (use --run {others[0]})."
        )
        if others
        else (" Hãy duyệt trước: cq2c approve PLAN --all | --ids … / Approve first: cq2c approve PLAN --all | --ids …")
    )
    return f"Lần chạy #{run_id} chưa có đề xuất nào được duyệt / Run #{run_id} has no approved move." + hint


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
    target: str | os.PathLike[str], run_id: int | None, include_cccd: bool, output: Output, blanks: bool
) -> tuple[int, TransferList, DocumentGaps]:
    """The approved moves, once the settings `output` needs are there (require_settings)."""
    plan = open_plan(target)
    try:
        with plan.begin() as session:
            chosen, data = load_transfer_list(session, run_id=run_id, include_cccd=include_cccd)
            if not data.rows:
                raise NothingApprovedError(_no_approval_message(session, chosen))
    finally:
        plan.close()
    return chosen, data, require_settings(data.settings, output, blanks)


def _record(target: str | os.PathLike[str], action: str, **details: Any) -> None:
    plan = open_plan(target)
    try:
        with plan.begin() as session:
            audit.record(session, action, **details)
    finally:
        plan.close()


@contextmanager
def _recorded(target: str | os.PathLike[str], action: str, details: dict[str, Any]) -> Iterator[None]:
    """Audit an export before its file appears, so no exported file ever lacks its record
    (a crash in between leaves a record of an export that did not finish, never the reverse);
    a failure is recorded too."""
    _record(target, action, **details)
    try:
        yield
    except BaseException as exc:
        _record(target, f"{action}_failed", path=details["path"], reason=exc.__class__.__name__)
        raise


def export_transfers(
    target: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    group_by: GroupBy = "destination",
    include_cccd: bool = False,
    run_id: int | None = None,
    blanks: bool = False,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> ExportResult:
    """Write the approved transfer list workbook; CCCD numbers only when `include_cccd`. Missing
    document settings stop it (MissingSettingsError) unless `blanks` leaves them to fill by hand."""
    # Imported here: openpyxl and python-docx cost the desktop app 0.35 s at start, and the window
    # writes its outputs in a child process anyway.
    from cq2c_desktop.io.export_transfers import write_transfer_list

    chosen, data, gaps = _approved(target, run_id, include_cccd, "transfers", blanks)
    details = {
        "run_id": chosen,
        "path": str(Path(out).resolve()),
        "people": len(data.rows),
        "include_cccd": include_cccd,
    }
    with _recorded(target, "export_transfers", details):
        path = write_transfer_list(
            data, out, group_by=group_by, include_cccd=include_cccd, progress=progress, should_stop=should_stop
        )
    return ExportResult(path, chosen, len(data.rows), data.costs.total_vnd, gaps.unverified)


def decision_format(out: str | os.PathLike[str]) -> DecisionFormat:
    suffix = Path(out).suffix.lower()
    if suffix not in (".pdf", ".docx"):
        raise ServiceError(f"Tệp quyết định phải là .pdf hoặc .docx / Decisions must be .pdf or .docx: {out}")
    return "pdf" if suffix == ".pdf" else "docx"


def export_decisions(
    target: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    collective: bool = False,
    run_id: int | None = None,
    blanks: bool = False,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> ExportResult:
    """Decision drafts for the approved moves: one per person, or one with the list annexed.
    Missing document settings stop it unless `blanks` (see export_transfers)."""
    from cq2c_desktop.io.documents_docx import write_decisions_docx  # see export_transfers

    kind = decision_format(out)
    chosen, data, gaps = _approved(target, run_id, False, "decisions", blanks)
    decisions = _decisions(data, collective)
    writer = write_decisions_pdf if kind == "pdf" else partial(write_decisions_docx, author=audit.current_user())
    details = {
        "run_id": chosen,
        "path": str(Path(out).resolve()),
        "people": len(data.rows),
        "collective": collective,
        "format": kind,
    }
    with _recorded(target, "export_decisions", details):
        path = writer(decisions, out, progress=progress, should_stop=should_stop)
    return ExportResult(path, chosen, len(data.rows), data.costs.total_vnd, gaps.unverified)


def _decisions(data: TransferList, collective: bool) -> list[Decision]:
    if collective:
        return [collective_decision(data)]
    ordered = [row for group in group_rows(data.rows, "destination") for row in group.rows]
    return [individual_decision(row, data.settings, data.issued) for row in ordered]


def decision_drafts(
    target: str | os.PathLike[str], *, run_id: int | None = None, move_ids: Collection[int] = (), blanks: bool = False
) -> list[Decision]:
    """What a print preview shows: the decisions of the approved moves among `move_ids`, one per
    person; without any, one collective decision with the list annexed (a few pages, not hundreds)."""
    _chosen, data, _gaps = _approved(target, run_id, False, "decisions", blanks)
    wanted = set(move_ids)
    chosen_rows = [row for row in data.rows if row.move_id in wanted]
    if not chosen_rows:
        return _decisions(data, collective=True)
    return _decisions(replace(data, rows=chosen_rows), collective=False)


def in_child(
    function: Callable[..., T],
    *args: Any,
    progress: Progress | None,
    should_stop: ShouldStop | None,
    name: str,
    **kwargs: Any,
) -> T:
    """`run_in_child` for the writers and the printer here: a window would stall on a thread (see
    child_process); a cancelled child is reported as ExportCancelledError, as a cancelled writer is."""
    try:
        result: T = run_in_child(function, *args, progress=progress, should_stop=should_stop, name=name, **kwargs)
    except ChildCancelledError as exc:
        raise ExportCancelledError() from exc
    return result


def write_preview(
    target: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    run_id: int | None = None,
    move_ids: Collection[int] = (),
    blanks: bool = False,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> list[Decision]:
    """The decisions of `decision_drafts` written as a PDF to `out`, for a print preview to show
    (page by page, as it scrolls); they are returned so that the preview can print them."""
    decisions = decision_drafts(target, run_id=run_id, move_ids=move_ids, blanks=blanks)
    write_decisions_pdf(decisions, out, progress=progress, should_stop=should_stop)
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


def plan_report(target: str | os.PathLike[str], *, run_id: int | None = None) -> PlanReport:
    plan = open_plan(target)
    try:
        with plan.begin() as session:
            chosen, approved = load_transfer_list(session, run_id=run_id)
            _, standing = load_transfer_list(session, run_id=chosen, statuses=STANDING)
            counts = session.execute(
                select(Move.status, func.count()).where(Move.run_id == chosen).group_by(Move.status)
            ).all()
    finally:
        plan.close()
    return PlanReport(
        run_id=chosen,
        statuses={status: int(n) for status, n in counts},
        approved=approved.costs,
        approved_km=approved.total_km,
        standing=standing.costs,
        standing_km=standing.total_km,
        still_short=sum(s.posts for s in approved.shortages),
    )


def format_report(report: PlanReport) -> str:
    def block(title: str, costs: CostSummary, km: float) -> list[str]:
        mean_km = km / costs.people if costs.people else 0.0
        return [
            title,
            f"  Số người / People: {costs.people} (thuộc diện hỗ trợ / eligible: {costs.eligible})",
            f"  Quãng đường / Distance: tổng / total {format_km(km)} km, bình quân / mean {format_km(mean_km)} km",
            f"  Kinh phí mỗi tháng / Per month: {format_vnd(costs.per_month_vnd)} đồng",
            f"  Tổng kinh phí hỗ trợ / Total support: {format_vnd(costs.total_vnd)} đồng",
            f"  Bình quân mỗi người / Per person: {format_vnd(costs.mean_vnd)} đồng",
        ]

    statuses = ", ".join(f"{k}: {v}" for k, v in sorted(report.statuses.items())) or "—"
    lines = [f"Lần chạy / Run #{report.run_id} — đề xuất / moves: {statuses}", ""]
    lines += block("Đã duyệt / Approved", report.approved, report.approved_km)
    lines += block("Phương án (trừ đề xuất bị loại) / Proposal (all but rejected)", report.standing, report.standing_km)
    lines += [
        "",
        f"Biên chế còn thiếu sau các điều động đã duyệt / Posts still short after approved moves: {report.still_short}",
        "Mức hỗ trợ theo chính sách nhập trong phương án; cần đối chiếu văn bản chính thức. / "
        "Support follows the policy entered in the plan; check it against the official resolution.",
    ]
    return "\n".join(lines)
