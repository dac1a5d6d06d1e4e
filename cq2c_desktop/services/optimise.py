"""Optimise a plan: build the instance, solve it, store the run and its proposals in the plan file.

The officer's decisions carry over: moves they kept (accepted, locked, approved) are sent to the
solver as locks and come back with the same status; moves they rejected are sent as forbidden.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cq2c_desktop.domain.enums import KEPT_STATUSES, MoveKind, MoveStatus
from cq2c_desktop.domain.job_protocol import DONE, Cancelled, Progress, ServiceError, ShouldStop, no_progress
from cq2c_desktop.domain.messages import Message, Text
from cq2c_desktop.services import audit
from cq2c_desktop.services.conflicts import MOVE_LABEL, SOMEONE_ELSE, StaleRow, describe_changes
from cq2c_desktop.services.decisions import hold_run, refuse_replaced_runs
from cq2c_desktop.services.instance import (
    approved_facts,
    build_instance,
    current_round,
    instance_caps,
    latest_run_id,
)
from cq2c_desktop.services.sending_caps import locks_over_caps, over_cap_warnings
from cq2c_desktop.services.settings import load_settings
from cq2c_desktop.services.solver_process import solve_in_child
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Move, Run, Staff, UnfilledPost
from solver.cancel import Cancelled as SolverCancelled

METHODS = ("optimal", "greedy")
UNKNOWN_METHOD = Text("optimise_method", "Unknown optimisation method: {method}")
CANNOT_SOLVE = Text("optimise_invalid", "Cannot solve: the fixed decisions contradict the data ({errors})")
CANCELLED = Text("optimise_cancelled", "Optimisation cancelled; nothing was stored.")
READING = Text("optimise_reading", "Reading the plan")
OPTIMISING = Text("optimise_solving", "Optimising")
OPTIMISING_STEP = Text("optimise_step", "Optimising: step {step} of {steps}")
SAVING = Text("optimise_saving", "Saving the run")
LOCKS_BREAK_CAPS = Text("locks_break_caps", "Cannot optimise: the decisions break a sending quota. {reasons}")
DECIDED_MEANWHILE = Text(
    "optimise_decided_meanwhile",
    "Decisions changed while the plan was being optimised, and the new run would not have kept them. "
    "No run was stored; optimise again. ({changes})",
)
APPROVED_OVER_POSTS = Text(
    "approved_over_posts",
    "{unit}, {specialty}: with the approved moves of {people} the unit has {count} people for {posts} posts. "
    "Withdraw an approval (with its reason) or raise the posts.",
)


class OptimiseError(ServiceError):
    """The plan cannot be optimised as it stands; `errors` are the optimiser's own words."""

    def __init__(self, message: Message, errors: list[str] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or []


@dataclass(frozen=True)
class RunSummary:
    run_id: int
    status: str
    method: str
    seconds: float
    moves: int
    unfilled: int
    kpis: dict[str, Any]
    # Approved moves are facts: when new data leaves a unit with more people than posts because of them,
    # the run still works and these say where, who and how many.
    warnings: tuple[Message, ...] = ()


# From this many staff a solve is long enough that the desktop app runs it in a child process.
ISOLATE_FROM_STAFF = 30_000


def _solve_document(
    doc: dict[str, Any],
    method: str,
    time_limit: float | None,
    progress: Progress | None,
    should_stop: ShouldStop | None,
    isolate: bool,
) -> dict[str, Any]:
    # The optimiser words its steps itself (solver/ knows nothing of this program's messages): the
    # officer is told which step of how many it has reached.
    def steps(done: int, total: int, _text: object) -> None:
        if progress is not None:
            progress(done, total, OPTIMISING_STEP(step=min(done + 1, total), steps=total))

    try:
        if isolate:
            return solve_in_child(doc, method=method, time_limit=time_limit, progress=steps, should_stop=should_stop)
        from solver import greedy_json, solve_json  # OR-Tools costs the window 0.2 s at start: load it here

        if method == "greedy":
            return greedy_json(doc)
        return solve_json(doc, time_limit=time_limit, progress=steps, should_stop=should_stop)
    except (SolverCancelled, Cancelled) as exc:
        raise Cancelled(CANCELLED()) from exc


def _previous_statuses(session: Session) -> dict[tuple[str, str], str]:
    latest = latest_run_id(session)
    if latest is None:
        return {}
    rows = session.execute(
        select(Move.staff_id, Move.to_unit_id, Move.status).where(
            Move.run_id == latest, Move.status.in_([s.value for s in KEPT_STATUSES])
        )
    ).all()
    return {(staff, unit): status for staff, unit, status in rows}


_CARRIED = (
    "staff_id",
    "from_unit_id",
    "to_unit_id",
    "specialty_id",
    "km",
    "match",
    "volunteer",
    "why",
    "wish",
    "kept",
)
_TERMS = ("kind", "term_months", "start_date", "end_date")


def _terms(session: Session) -> dict[tuple[str, str], dict[str, Any]]:
    """Transfer or secondment, as the officer set it on each move of the latest run: a new run keeps it;
    a new proposal is what the plan's rules make a move by default."""
    latest = latest_run_id(session)
    found: dict[tuple[str, str], dict[str, Any]] = {}
    if latest is not None:
        for move in session.scalars(select(Move).where(Move.run_id == latest)):
            found[(move.staff_id, move.to_unit_id)] = {name: getattr(move, name) for name in _TERMS}
    rules = load_settings(session).rules
    secondment = rules.move_kind == MoveKind.SECONDMENT.value
    found[("", "")] = {
        "kind": rules.move_kind,
        "term_months": rules.secondment_months if secondment else None,
        "start_date": None,
        "end_date": None,
    }
    return found


def _approved_moves(session: Session) -> list[dict[str, Any]]:
    """The approved moves of the latest run, as they are: a new run carries them over unchanged."""
    latest = latest_run_id(session)
    if latest is None:
        return []
    moves = session.scalars(
        select(Move).where(Move.run_id == latest, Move.status == MoveStatus.APPROVED.value).order_by(Move.id)
    )
    return [
        {
            **{name: getattr(m, name) for name in (*_CARRIED, *_TERMS)},
            "decided_by": m.decided_by,
            "decided_at": m.decided_at,
        }
        for m in moves
    ]


def over_posts(doc: dict[str, Any], facts: dict[str, tuple[str, str]]) -> list[Message]:
    """Where approved arrivals leave a (unit, specialty) with more people than posts."""
    people = Counter((p["unit"], p["specialty"]) for p in doc["staff"])
    posts = {(q["unit"], q["specialty"]): q["posts"] for q in doc["quotas"]}
    names = {u["id"]: u["name"] for u in doc["units"]}
    fields = {k["id"]: k["name"] for k in doc["specialties"]}
    arrivals: dict[tuple[str, str], list[str]] = {}
    for staff, pair in sorted(facts.items()):
        arrivals.setdefault(pair, []).append(staff)
    return [
        APPROVED_OVER_POSTS(
            unit=names.get(unit, unit),
            specialty=fields.get(specialty, specialty),
            people=", ".join(staff),
            count=people[(unit, specialty)],
            posts=posts.get((unit, specialty), 0),
        )
        for (unit, specialty), staff in sorted(arrivals.items())
        if people[(unit, specialty)] > posts.get((unit, specialty), 0)
    ]


def _decision_versions(session: Session, run_id: int | None) -> dict[int, int]:
    if run_id is None:
        return {}
    return dict(session.execute(select(Move.id, Move.version).where(Move.run_id == run_id)).all())


def _refuse_if_decided_meanwhile(session: Session, base: int | None, seen: dict[int, int]) -> None:
    """A decision taken while the solver ran would be lost by a run built without it: refuse to store.

    The base run is held exclusively (PostgreSQL) until this run is stored, so a decision on it
    either committed before (and is seen here) or waits and is then refused as on a replaced run."""
    if base is not None:
        hold_run(session, base, exclusive=True)
    latest = latest_run_id(session)
    if latest != base:
        refuse_replaced_runs(session, [base] if base is not None else [], OptimiseError)
    now = _decision_versions(session, base)
    if now == seen:
        return
    moves = list(session.scalars(select(Move).where(Move.run_id == base)))
    changed = [m for m in moves if seen.get(m.id) != m.version]
    names = dict(session.execute(select(Staff.id, Staff.full_name)).all())
    rows = [
        StaleRow(MOVE_LABEL(id=m.id, name=names.get(m.staff_id, m.staff_id)), m.decided_by, m.decided_at)
        for m in changed
    ]
    raise OptimiseError(DECIDED_MEANWHILE(changes=describe_changes(rows[:3]) if rows else SOMEONE_ELSE()))


def _store(
    session: Session,
    result: dict[str, Any],
    doc: dict[str, Any],
    method: str,
    label: str,
    kept: dict[tuple[str, str], str],
    approved: list[dict[str, Any]],
    terms: dict[tuple[str, str], dict[str, Any]],
) -> Run:
    run = Run(
        round=current_round(session),
        label=label,
        method=method,
        status=result["status"],
        seconds=float(result.get("seconds", 0.0)),
        policy=dict(doc.get("policy", {})),
        kpis=dict(result.get("kpis", {})),
        wishes_not_granted=[
            {key: item.get(key) for key in ("staff", "unit", "moved_to", "reason", "wishes", "why")}
            for item in result.get("wishes_not_granted", [])
        ],
    )
    for move in result.get("moves", []):
        status = (
            kept.get((move["staff"], move["to"]), MoveStatus.PROPOSED.value)
            if move.get("locked")
            else (MoveStatus.PROPOSED.value)
        )
        run.moves.append(
            Move(
                staff_id=move["staff"],
                from_unit_id=move["from"],
                to_unit_id=move["to"],
                specialty_id=move["specialty"],
                km=float(move["km"]),
                match=float(move["match"]),
                volunteer=bool(move.get("volunteer", False)),
                why=str(move.get("why", "")),
                wish=move.get("wish"),
                kept=bool(move.get("kept", False)),
                status=status,
                **terms.get((move["staff"], move["to"]), terms[("", "")]),
            )
        )
    for fact in approved:
        run.moves.append(Move(**fact, status=MoveStatus.APPROVED.value))
    for post in result.get("unfilled", []):
        run.unfilled.append(
            UnfilledPost(
                unit_id=post["unit"],
                specialty_id=post["specialty"],
                count=int(post["count"]),
                why=str(post.get("why", "")),
            )
        )
    session.add(run)
    session.flush()
    return run


def optimise(
    plan: OpenPlan,
    *,
    method: str = "optimal",
    time_limit: float | None = None,
    label: str = "",
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
    isolate: bool | None = False,
) -> RunSummary:
    """Solve the plan as it stands and store the run; nothing is written if the solve fails.

    `isolate` runs the solver in a child process (None: only for plans of `ISOLATE_FROM_STAFF`
    staff or more), which keeps a GUI responsive and makes Cancel immediate.
    """
    if method not in METHODS:
        raise OptimiseError(UNKNOWN_METHOD(method=method))
    report = progress or no_progress
    report(0, 3, READING())
    with plan.begin() as session:
        doc = build_instance(session)
        kept = _previous_statuses(session)
        approved = _approved_moves(session)
        base = latest_run_id(session)
        seen = _decision_versions(session, base)
        terms = _terms(session)
        facts = approved_facts(session)
        caps = instance_caps(session, facts)
        warnings = tuple(over_posts(doc, facts)) + tuple(over_cap_warnings(caps))
        origin = {p["id"]: p["unit"] for p in doc["staff"]}
        breaking = locks_over_caps(caps, Counter(origin[lock["staff"]] for lock in doc["locks"]))
    if breaking:  # the optimiser would answer INVALID: say it in the officer's words instead
        raise OptimiseError(LOCKS_BREAK_CAPS(reasons=tuple(breaking[:3])), [])
    report(1, 3, OPTIMISING())
    if isolate is None:
        isolate = len(doc["staff"]) >= ISOLATE_FROM_STAFF
    result = _solve_document(doc, method, time_limit, progress, should_stop, isolate)
    if result.get("status") == "INVALID":
        errors = [str(e) for e in result.get("errors", [])]
        raise OptimiseError(CANNOT_SOLVE(errors="; ".join(errors[:3])), errors)
    report(2, 3, SAVING())
    with plan.begin() as session:
        _refuse_if_decided_meanwhile(session, base, seen)
        run = _store(session, result, doc, method, label, kept, approved, terms)
        if base is not None:  # the new run takes over the decisions of the one it started from
            session.get_one(Run, base).superseded_by = run.id
        audit.record(
            session,
            "optimised",
            run=run.id,
            method=method,
            status=run.status,
            moves=len(run.moves),
            unfilled=sum(p.count for p in run.unfilled),
            locks=len(doc["locks"]),
            forbidden=len(doc["forbidden"]),
            approved=len(approved),
            over_posts=len(warnings),
            took_over=base,
        )
        summary = RunSummary(
            run.id,
            run.status,
            method,
            run.seconds,
            len(run.moves),
            sum(p.count for p in run.unfilled),
            dict(run.kpis),
            warnings,
        )
    report(3, 3, DONE())
    return summary
