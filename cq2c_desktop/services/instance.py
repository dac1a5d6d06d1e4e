"""Build the optimiser's `cq2c-instance/1` document from a plan (INSTANCE.md, to the letter)."""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from cq2c_desktop.domain.enums import MoveKind, MoveStatus
from cq2c_desktop.domain.exemptions import may_move
from cq2c_desktop.services.sending_caps import UnitCap, sending_caps
from cq2c_desktop.services.settings import load_settings
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import (
    Distance,
    Move,
    PlanRound,
    Quota,
    Run,
    Specialty,
    SpecialtyRelation,
    Staff,
    Unit,
)

INSTANCE_FORMAT = "cq2c-instance/1"
# The officer's decisions that bind the optimiser as locks. An APPROVED move is more than a lock: it is
# a fact (the person counts at the destination, in the specialty of the post filled), so new data can
# never make it INVALID; see `approved_facts`.
LOCK_STATUSES = (MoveStatus.ACCEPTED.value, MoveStatus.LOCKED.value)


def current_round(session: Session) -> int:
    """The round new runs belong to: the newest of the plan (1 in a plan that never started another)."""
    return session.scalar(select(func.max(PlanRound.number))) or 1


def round_of(run: Run) -> int:
    return run.round or 1  # runs written before rounds existed belong to round 1


def _in_round(number: int) -> Any:
    return Run.round == number if number != 1 else or_(Run.round == 1, Run.round.is_(None))


def latest_run_in(session: Session, number: int) -> int | None:
    return session.scalar(select(func.max(Run.id)).where(_in_round(number)))


class Placement(NamedTuple):
    """Where an approved move puts a person now, and where the plan's data still has them."""

    unit: str  # the destination
    specialty: str  # the specialty of the post filled there
    from_unit: str  # the person's unit in the staff data (a secondee stays on its payroll)
    from_specialty: str
    movable: bool  # the staff data's flag, before the approval fixed the person
    secondment: bool  # biệt phái: works at the destination for a term, paid by the source unit


def approved_placements(session: Session) -> dict[str, Placement]:
    """Who is where now, after the approved decisions: staff id → `Placement`, for the approved moves of
    the latest run of each round up to the current one (what earlier rounds decided is a fact for later
    ones). The one answer the optimiser, the staffing balance and the report share: a transfer
    (điều động) and a secondment (biệt phái) both count where the person works, at the destination."""
    current = current_round(session)
    runs = [run for run in (latest_run_in(session, n) for n in range(1, current + 1)) if run is not None]
    if not runs:
        return {}
    rows = session.execute(
        select(
            Move.staff_id,
            Move.to_unit_id,
            Move.specialty_id,
            Staff.unit_id,
            Staff.specialty_id,
            Staff.movable,
            Move.kind,
        )
        .join(Run, Run.id == Move.run_id)
        .join(Staff, Staff.id == Move.staff_id)
        .where(Move.run_id.in_(runs), Move.status == MoveStatus.APPROVED.value)
        .order_by(Run.id)
    )
    return {
        staff: Placement(unit, specialty, home, own, bool(movable), kind == MoveKind.SECONDMENT.value)
        for staff, unit, specialty, home, own, movable, kind in rows
    }


def approved_facts(session: Session) -> dict[str, tuple[str, str]]:
    """Staff id → (destination, specialty of the post filled): `approved_placements` as the optimiser
    reads it."""
    return {staff: (p.unit, p.specialty) for staff, p in approved_placements(session).items()}


def approved_leavers(session: Session, facts: dict[str, tuple[str, str]]) -> Counter[str]:
    """How many approved moves leave each unit (they count against its sending quota)."""
    if not facts:
        return Counter()
    rows = session.execute(select(Staff.id, Staff.unit_id))
    return Counter(unit for sid, unit in rows if sid in facts)


def instance_caps(session: Session, facts: dict[str, tuple[str, str]]) -> dict[str, UnitCap]:
    """The sending quota of each capped unit and what is left of it for a run (services/sending_caps.py)."""
    return sending_caps(session, load_settings(session).policy, approved_leavers(session, facts))


def _units(session: Session, caps: dict[str, UnitCap]) -> list[dict[str, Any]]:
    units = []
    for u in session.scalars(select(Unit).order_by(Unit.id)):
        unit: dict[str, Any] = {
            "id": u.id,
            "name": u.name,
            "kind": u.kind,
            "region": u.region,
            "lat": u.lat,
            "lon": u.lon,
            "priority": u.priority,
        }
        if u.id in caps:
            unit["max_out"] = caps[u.id].left
        units.append(unit)
    return units


def _specialties(session: Session) -> list[dict[str, Any]]:
    related: dict[str, dict[str, float]] = defaultdict(dict)
    for rel in session.scalars(select(SpecialtyRelation)):
        related[rel.specialty_id][rel.related_id] = round(rel.score, 2)
    return [
        {"id": s.id, "name": s.name, "related": dict(sorted(related[s.id].items()))}
        for s in session.scalars(select(Specialty).order_by(Specialty.sort_order, Specialty.id))
    ]


def _staff(session: Session, facts: dict[str, tuple[str, str]]) -> list[dict[str, Any]]:
    known = set(session.scalars(select(Unit.id)))
    rows = session.execute(
        select(
            Staff.id,
            Staff.unit_id,
            Staff.specialty_id,
            Staff.home_unit_id,
            Staff.movable,
            Staff.volunteer,
            Staff.exemption,
            Staff.wish_1_unit_id,
            Staff.wish_2_unit_id,
            Staff.wish_3_unit_id,
        ).order_by(Staff.id)
    )
    staff = []
    for sid, unit, spec, home, movable, volunteer, exemption, *wished in rows:
        # The importer and the edits accept only units of the plan; a wish whose unit has since left
        # the plan (the importer refuses to remove it, but a hand-written plan may) is not passed on.
        wishes = list(dict.fromkeys(w for w in wished if w and w in known))
        person: dict[str, Any] = {
            "id": sid,
            "unit": unit,
            "specialty": spec,
            "home_unit": home or unit,
            # Nghị định 170: an exempt person is never proposed, unless a volunteer where the decree allows
            # (the officer's volunteer mark, not a wish: a wish may predate the exemption)
            "movable": may_move(bool(movable), exemption, bool(volunteer)),
            "volunteer": bool(volunteer),
        }
        if sid in facts:  # approved: already at the destination, holding the post it fills
            person["unit"], person["specialty"] = facts[sid]
            person["movable"] = person["volunteer"] = False
        elif wishes:  # an exempt person's wishes too: the run then explains why they were not granted
            person["wishes"] = wishes
        staff.append(person)
    return staff


def _distances(session: Session, road_factor: float) -> dict[str, Any]:
    km: dict[str, dict[str, float]] = defaultdict(dict)
    for d in session.scalars(select(Distance)):
        km[d.from_unit_id][d.to_unit_id] = d.km
    return {"road_factor": road_factor, "km": dict(km)}


def latest_run_id(session: Session) -> int | None:
    """The latest run of the current round: its decisions are the ones a new run carries on."""
    return latest_run_in(session, current_round(session))


def _decisions(session: Session) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The officer's locks (kept moves of the latest run) and forbidden moves (ever rejected)."""
    locks: list[dict[str, str]] = []
    latest = latest_run_id(session)
    if latest is not None:
        kept = session.scalars(
            select(Move).where(Move.run_id == latest, Move.status.in_(LOCK_STATUSES)).order_by(Move.staff_id)
        )
        locks = [{"staff": m.staff_id, "unit": m.to_unit_id} for m in kept]
    locked_pairs = {(lock["staff"], lock["unit"]) for lock in locks}
    rejected = session.execute(
        select(Move.staff_id, Move.to_unit_id)
        .where(Move.status == MoveStatus.REJECTED.value)
        .distinct()
        .order_by(Move.staff_id, Move.to_unit_id)
    )
    forbidden = [{"staff": s, "unit": u} for s, u in rejected if (s, u) not in locked_pairs]
    return locks, forbidden


def _previous(session: Session, settled: set[str]) -> list[dict[str, str]]:
    """The last run's proposal (contract 1.1 `previous`), so that re-optimising after one decision keeps
    every move that need not change. Rejected moves are forbidden anyway and locks hold by themselves."""
    latest = latest_run_id(session)
    if latest is None:
        return []
    rows = session.execute(
        select(Move.staff_id, Move.to_unit_id)
        .where(Move.run_id == latest, Move.status != MoveStatus.REJECTED.value)
        .order_by(Move.staff_id, Move.id)
    )
    previous: dict[str, str] = {}
    for staff, unit in rows:
        if staff not in settled:
            previous.setdefault(staff, unit)  # the contract takes each person once
    return [{"staff": staff, "unit": unit} for staff, unit in previous.items()]


def build_instance(session: Session) -> dict[str, Any]:
    settings = load_settings(session)
    policy: dict[str, Any] = {"destination_regions": list(settings.policy.destination_regions)}
    if settings.policy.max_km is not None:
        policy["max_km"] = settings.policy.max_km
    facts = approved_facts(session)
    locks, forbidden = _decisions(session)
    forbidden = [f for f in forbidden if f["staff"] not in facts]
    return {
        "format": INSTANCE_FORMAT,
        "name": settings.plan_name,
        "units": _units(session, instance_caps(session, facts)),
        "specialties": _specialties(session),
        "staff": _staff(session, facts),
        "quotas": [
            {"unit": q.unit_id, "specialty": q.specialty_id, "posts": q.posts}
            for q in session.scalars(select(Quota).order_by(Quota.unit_id, Quota.specialty_id))
        ],
        "distances": _distances(session, settings.policy.road_factor),
        "policy": policy,
        "locks": locks,
        "forbidden": forbidden,
        "previous": _previous(session, {lock["staff"] for lock in locks} | facts.keys()),
    }


def plan_instance(plan: OpenPlan) -> dict[str, Any]:
    """The plan as the optimiser's `cq2c-instance/1` document, read in one transaction."""
    with plan.begin() as session:
        return build_instance(session)


def write_instance(plan: OpenPlan, out: str | os.PathLike[str]) -> int:
    """The plan as a `cq2c-instance/1` JSON file (written whole or not at all); the number of staff."""
    instance = plan_instance(plan)
    out_path = Path(out)
    partial = out_path.with_name(out_path.name + ".part")
    partial.write_text(json.dumps(instance, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(partial, out_path)
    return len(instance["staff"])
