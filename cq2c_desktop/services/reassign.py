"""Changing a proposal by hand: ranked candidates for a post, and putting one of them on it.

A hand-made move is stored as LOCKED, so a re-optimisation keeps it; whatever it displaces is
marked REJECTED (and so forbidden next time). The rules of INSTANCE.md still hold: only movable
people, not to their own unit, never below the source unit's quota, never beyond the post's deficit.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from cq2c_desktop.domain.enums import Exemption, MoveKind, MoveStatus
from cq2c_desktop.domain.exemptions import may_move
from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.services import audit
from cq2c_desktop.services.decisions import explain_race, refuse_replaced_runs
from cq2c_desktop.services.review import MoveConflictError, check_decision
from cq2c_desktop.services.settings import load_settings
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Distance, Move, Quota, SpecialtyRelation, Staff, Unit
from solver.sphere import great_circle_km

# Stored with the move, in Vietnamese like the optimiser's own explanations (INSTANCE.md `why`).
MANUAL_WHY = "Cán bộ chọn thủ công"
NOT_MOVABLE = Text("reassign_not_movable", "This person cannot be moved.")
OWN_UNIT = Text("reassign_own_unit", "Cannot move a person to their own unit.")
NO_MATCH = Text("reassign_no_match", "The specialty does not match the post.")
POST_FILLED = Text("reassign_post_filled", "This post is already filled; choose the proposal to replace.")
APPROVED_IN_THE_WAY = Text(
    "reassign_approved",
    "The move of {name} to {unit} is approved: withdraw its approval first (with a reason), then change it.",
)
BELOW_QUOTA = Text("reassign_below_quota", "The source unit would fall below its quota.")


class ReassignError(ServiceError):
    """The change breaks a rule."""


@dataclass(frozen=True)
class Candidate:
    staff_id: str
    full_name: str
    unit_id: str
    unit_name: str
    specialty_id: str
    km: float
    match: float
    volunteer: bool
    busy_to: str | None  # where this run already sends the person, if anywhere
    beyond_max_km: bool
    # Why the rules exclude this person (an Exemption value; None: may be chosen). Listed, never chosen,
    # so the officer sees who was left out and why (Nghị định 170).
    excluded: str | None = None


@dataclass(frozen=True)
class Reassignment:
    move_id: int
    displaced: dict[int, str]  # moves set to REJECTED, with the status each had
    versions: dict[int, int] = field(default_factory=dict)  # the new and displaced moves' versions after it


def _active(session: Session, run_id: int) -> list[Move]:
    return list(session.scalars(select(Move).where(Move.run_id == run_id, Move.status != MoveStatus.REJECTED.value)))


def _headcount(session: Session, unit_id: str, specialty_id: str) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(Staff).where(Staff.unit_id == unit_id, Staff.specialty_id == specialty_id)
        )
        or 0
    )


def _posts(session: Session, unit_id: str, specialty_id: str) -> int:
    quota = session.get(Quota, (unit_id, specialty_id))
    return quota.posts if quota else 0


class _Km:
    """Road distance as INSTANCE.md defines it: a known distance either way, else great-circle × factor."""

    def __init__(self, session: Session) -> None:
        self.factor = load_settings(session).policy.road_factor
        self.known = {(d.from_unit_id, d.to_unit_id): d.km for d in session.scalars(select(Distance))}
        self.where = {u: (lat, lon) for u, lat, lon in session.execute(select(Unit.id, Unit.lat, Unit.lon))}

    def __call__(self, a: str, b: str) -> float:
        if a == b:
            return 0.0
        known = self.known.get((a, b), self.known.get((b, a)))
        if known is not None:
            return known
        return great_circle_km(*self.where[a], *self.where[b]) * self.factor


def _scores(session: Session, specialty_id: str) -> dict[str, float]:
    scores = {specialty_id: 1.0}
    for rel in session.scalars(select(SpecialtyRelation).where(SpecialtyRelation.specialty_id == specialty_id)):
        scores[rel.related_id] = rel.score
    return scores


def candidates(session: Session, run_id: int, unit_id: str, specialty_id: str, limit: int = 100) -> list[Candidate]:
    """People who could fill one post of (unit, specialty), best first: match, volunteer, distance.

    A handful of grouped queries, whatever the plan's size: the window waits for this list."""
    scores = _scores(session, specialty_id)
    related = list(scores)
    km = _Km(session)
    max_km = load_settings(session).policy.max_km
    active = session.execute(
        select(Move.staff_id, Move.from_unit_id, Move.to_unit_id, Staff.specialty_id)
        .join(Staff, Staff.id == Move.staff_id)
        .where(Move.run_id == run_id, Move.status != MoveStatus.REJECTED.value)
    ).all()
    leaving = Counter((from_unit, spec) for _sid, from_unit, _to, spec in active)
    busy = {sid: to_unit for sid, _from, to_unit, _spec in active}
    headcount = {
        (u, k): n
        for u, k, n in session.execute(
            select(Staff.unit_id, Staff.specialty_id, func.count())
            .where(Staff.specialty_id.in_(related))
            .group_by(Staff.unit_id, Staff.specialty_id)
        )
    }
    posts = {
        (u, k): n
        for u, k, n in session.execute(
            select(Quota.unit_id, Quota.specialty_id, Quota.posts).where(Quota.specialty_id.in_(related))
        )
    }
    names = dict(session.execute(select(Unit.id, Unit.name)).all())
    found = []
    people = session.execute(
        select(
            Staff.id,
            Staff.full_name,
            Staff.unit_id,
            Staff.specialty_id,
            Staff.home_unit_id,
            Staff.volunteer,
            Staff.movable,
            Staff.exemption,
        ).where(Staff.specialty_id.in_(related), Staff.unit_id != unit_id)
    )
    for sid, name, unit, spec, home, volunteer, movable, exemption in people:
        key = (unit, spec)
        already_leaving = leaving[key] - (1 if sid in busy else 0)
        if headcount.get(key, 0) - posts.get(key, 0) - already_leaving <= 0:
            continue
        distance = km(home or unit, unit_id)
        found.append(
            Candidate(
                sid,
                name,
                unit,
                names[unit],
                spec,
                round(distance, 1),
                scores[spec],
                volunteer,
                busy.get(sid),
                max_km is not None and distance > max_km,
                None if may_move(movable, exemption, volunteer) else (exemption or Exemption.OTHER.value),
            )
        )
    found.sort(key=lambda c: (c.beyond_max_km, -c.match, not c.volunteer, c.km))
    # The ones the rules exclude come after those who may be chosen, as many again at most.
    chosen = [c for c in found if c.excluded is None][:limit]
    return chosen + [c for c in found if c.excluded is not None][:limit]


def _refuse_approved(session: Session, moves: list[Move]) -> None:
    """An approved move is a decision: a hand change never turns it into a rejection silently."""
    for move in moves:
        if move.status == MoveStatus.APPROVED.value:
            person, unit = session.get(Staff, move.staff_id), session.get(Unit, move.to_unit_id)
            name = person.full_name if person is not None else move.staff_id
            raised = APPROVED_IN_THE_WAY(name=name, unit=unit.name if unit is not None else move.to_unit_id)
            raise MoveConflictError(raised)


def reassign(
    plan: OpenPlan,
    run_id: int,
    unit_id: str,
    specialty_id: str,
    staff_id: str,
    replace_move_id: int | None = None,
    expected_versions: dict[int, int] | None = None,
) -> Reassignment:
    """Put `staff_id` on a post of (unit, specialty) in this run, by hand.

    `expected_versions`: the versions of the moves the officer saw (the one replaced); a move changed
    since, an approved move displaced or a run replaced by a newer one is refused, nothing written."""
    try:
        with plan.begin() as session:
            return _reassign(session, run_id, unit_id, specialty_id, staff_id, replace_move_id, expected_versions)
    except StaleDataError as exc:
        ids = list(expected_versions or {})
        raise MoveConflictError(explain_race(plan, ids, expected_versions, exc)) from exc


def _reassign(
    session: Session,
    run_id: int,
    unit_id: str,
    specialty_id: str,
    staff_id: str,
    replace_move_id: int | None,
    expected: dict[int, int] | None,
) -> Reassignment:
    refuse_replaced_runs(session, [run_id], MoveConflictError)
    person = session.get(Staff, staff_id)
    if person is None or not may_move(person.movable, person.exemption, person.volunteer):
        raise ReassignError(NOT_MOVABLE())
    if person.unit_id == unit_id:
        raise ReassignError(OWN_UNIT())
    match = _scores(session, specialty_id).get(person.specialty_id)
    if match is None:
        raise ReassignError(NO_MATCH())
    active = _active(session, run_id)
    displacing = [m for m in active if m.staff_id == staff_id or m.id == replace_move_id]
    check_decision(session, displacing, expected)
    _refuse_approved(session, displacing)  # withdraw the approval first, with its reason
    displaced = {m.id: m.status for m in displacing}
    deficit = _posts(session, unit_id, specialty_id) - _headcount(session, unit_id, specialty_id)
    filling = sum(
        1 for m in active if m.to_unit_id == unit_id and m.specialty_id == specialty_id and m.id not in displaced
    )
    if filling >= deficit:
        raise ReassignError(POST_FILLED())
    staff_spec = dict(session.execute(select(Staff.id, Staff.specialty_id)).all())
    leaving = sum(
        1
        for m in active
        if m.id not in displaced and m.from_unit_id == person.unit_id and staff_spec[m.staff_id] == person.specialty_id
    )
    surplus = _headcount(session, person.unit_id, person.specialty_id) - _posts(
        session, person.unit_id, person.specialty_id
    )
    if leaving >= surplus:
        raise ReassignError(BELOW_QUOTA())
    user, now = audit.current_user(), dt.datetime.now(dt.UTC)
    for move in displacing:
        move.status, move.decided_by, move.decided_at = MoveStatus.REJECTED.value, user, now
    km = _Km(session)(person.home_unit_id or person.unit_id, unit_id)
    rules = load_settings(session).rules
    move = Move(
        kind=rules.move_kind,
        term_months=rules.secondment_months if rules.move_kind == MoveKind.SECONDMENT.value else None,
        run_id=run_id,
        staff_id=staff_id,
        from_unit_id=person.unit_id,
        to_unit_id=unit_id,
        specialty_id=specialty_id,
        km=round(km, 1),
        match=match,
        volunteer=person.volunteer or bool(person.wishes),
        # A hand move to a unit the person asked for grants that wish (INSTANCE.md 1.1).
        wish=person.wishes.index(unit_id) + 1 if unit_id in person.wishes else None,
        why=MANUAL_WHY,
        status=MoveStatus.LOCKED.value,
        decided_by=user,
        decided_at=now,
    )
    session.add(move)
    session.flush()  # also the versioned UPDATEs of the displaced moves
    audit.record(
        session,
        "move_reassigned",
        run=run_id,
        move=move.id,
        staff=staff_id,
        unit=unit_id,
        specialty=specialty_id,
        displaced={str(k): v for k, v in displaced.items()},
    )
    versions = {m.id: m.version for m in displacing} | {move.id: move.version}
    return Reassignment(move.id, displaced, versions)


def undo_reassign(plan: OpenPlan, change: Reassignment) -> None:
    """Take the hand change back, unless someone changed its moves since (then nothing is written)."""
    ids = [change.move_id, *change.displaced]
    try:
        with plan.begin() as session:
            moves = list(session.scalars(select(Move).where(Move.id.in_(ids))))
            check_decision(session, moves, change.versions or None)
            session.execute(delete(Move).where(Move.id == change.move_id))
            for move in moves:
                if move.id in change.displaced:
                    move.status = change.displaced[move.id]
            audit.record(session, "move_reassign_undone", move=change.move_id)
    except StaleDataError as exc:
        raise MoveConflictError(explain_race(plan, ids, change.versions, exc)) from exc
