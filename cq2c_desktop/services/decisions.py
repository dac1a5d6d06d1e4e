"""Decisions belong to a run: what a decision on a replaced run, or one that lost a race, is told.

An optimisation takes over the decisions of the run it started from and records it
(`Run.superseded_by`, services/optimise.py); a decision on a run that a newer one has replaced would
be ignored by every later step, so it is refused with the name of the newer run and who made it.

On PostgreSQL a decision holds its run in SHARE mode until it commits and a solve that takes the run
over holds it exclusively (a transaction-level advisory lock, which every role may take, unlike a row
lock that needs UPDATE on the run), so the two wait for each other instead of crossing: either the
decision commits first and the solve sees it changed (and refuses to store a run without it), or
the solve commits first and the decision is refused here. SQLite has one writer at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from cq2c_desktop.domain.messages import Message, Text
from cq2c_desktop.services.conflicts import MOVE, MOVE_LABEL, MOVES, SOMEONE_ELSE, StaleRow, race_message, stale_message
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import AuditEvent, Move, Run, Staff

RUN_REPLACED = Text(
    "run_replaced",
    "Run #{run} has been replaced by run #{newer} ({who}, {at}); its decisions now belong to the new run. "
    "Your change was NOT saved; reload and decide on run #{newer}.",
)


_RUN_LOCK = 4351324302  # the first key of the two-key advisory lock: the second is the run id


def hold_run(session: Session, run_id: int, *, exclusive: bool) -> None:
    """Until the transaction ends: decisions on a run share it, a solve taking it over holds it alone."""
    if session.get_bind().dialect.name == "postgresql":
        function = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
        session.execute(text(f"SELECT {function}(:key, :run)"), {"key": _RUN_LOCK % 2**31, "run": run_id})


def newer_run(session: Session, run_id: int) -> int | None:
    """The run that replaced `run_id`, if any (recorded by the solve, or simply a newer run)."""
    hold_run(session, run_id, exclusive=False)
    run = session.get(Run, run_id, populate_existing=True)
    if run is not None and run.superseded_by is not None:
        return run.superseded_by
    latest = session.scalar(select(func.max(Run.id)))
    return latest if latest is not None and latest > run_id else None


def _author(session: Session, run_id: int) -> tuple[str | Message, str]:
    """Who stored a run and when, from the audit log (the run row has no user)."""
    events = session.execute(
        select(AuditEvent.user, AuditEvent.at, AuditEvent.details)
        .where(AuditEvent.action == "optimised")
        .order_by(AuditEvent.id.desc())
        .limit(200)
    )
    for user, at, details in events:
        if isinstance(details, dict) and details.get("run") == run_id:
            when = at if at.tzinfo else at.replace(tzinfo=dt.UTC)
            return user, when.astimezone().strftime("%H:%M %d/%m/%Y")
    return SOMEONE_ELSE(), ""


def refuse_replaced_runs(session: Session, run_ids: Iterable[int], error: type[Exception]) -> None:
    """Raise `error(message)` when one of these runs has been taken over by a newer run."""
    for run_id in sorted(set(run_ids)):
        newer = newer_run(session, run_id)
        if newer is not None:
            who, at = _author(session, newer)
            raise error(RUN_REPLACED(run=run_id, newer=newer, who=who, at=at))


def stale_moves(session: Session, moves: list[Move], expected: dict[int, int] | None) -> Message | None:
    """The message naming who changed the moves that are no longer at the version the officer saw."""
    stale = [m for m in moves if expected and m.id in expected and m.version != expected[m.id]]
    if not stale:
        return None
    names = dict(
        session.execute(select(Staff.id, Staff.full_name).where(Staff.id.in_([m.staff_id for m in stale]))).all()
    )
    rows = [
        StaleRow(MOVE_LABEL(id=m.id, name=names.get(m.staff_id, m.staff_id)), m.decided_by, m.decided_at) for m in stale
    ]
    return stale_message(rows, what=MOVES)


def explain_race(
    plan: OpenPlan, move_ids: Iterable[int], expected: dict[int, int] | None, exc: StaleDataError
) -> Message:
    """After a versioned UPDATE found nothing: who won, read afresh, when the caller said what it saw."""
    del exc
    if expected:
        with plan.begin() as session:
            moves = list(session.scalars(select(Move).where(Move.id.in_(list(move_ids)))))
            found = stale_moves(session, moves, expected)
            if found is not None:
                return found
    return race_message(what=MOVE)
