"""The bundled demo: real Thanh Hóa units (or another province's list), synthetic staff."""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from cq2c_desktop.domain.job_protocol import DONE, Progress, no_progress
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.domain.synthetic_people import make_person
from cq2c_desktop.domain.text import clean
from cq2c_desktop.io.staff_wishes import WISH_KEYS
from cq2c_desktop.paths import resource_path
from cq2c_desktop.services import audit
from cq2c_desktop.services.demo_rounds import add_rounds, with_evidence
from cq2c_desktop.services.settings import save_settings
from cq2c_desktop.store.db import FILE_EXISTS, OpenPlan, PlanError, open_plan
from cq2c_desktop.store.models import Quota, Specialty, SpecialtyRelation, Staff, Unit
from solver.catalog import SPECIALTIES

DEFAULT_UNITS_CSV = "data/thanh_hoa_units.csv"
# Contract 1.1 on first start: a few volunteers name ranked wishes, and a unit sends at most 10 % of its staff.
DEMO_WISHERS = 0.03
DEMO_SEND_SHARE_PERCENT = 10.0
UNITS_UNREADABLE = Text("demo_units_unreadable", "Cannot read the unit list {path}: {reason}")
GENERATING = Text("demo_generating", "Generating synthetic staff")
WRITING = Text("demo_writing", "Writing the plan file")
FINISHING = Text("demo_finishing", "Finishing")


def _write_reference(session: Session, units: list[dict[str, Any]], province: str) -> None:
    session.execute(
        insert(Unit),
        [
            {
                "id": u["id"],
                "name": clean(u["name"]),
                "kind": u["kind"],
                "region": u["region"],
                "lat": u["lat"],
                "lon": u["lon"],
                "area_km2": u.get("area_km2"),
                "priority": u["priority"],
                "province": province,
            }
            for u in units
        ],
    )
    session.execute(
        insert(Specialty),
        [{"id": s.id, "name": s.name, "name_en": s.name_en, "sort_order": i} for i, s in enumerate(SPECIALTIES)],
    )
    session.execute(
        insert(SpecialtyRelation),
        [
            {"specialty_id": s.id, "related_id": other, "score": score}
            for s in SPECIALTIES
            for other, score in s.related.items()
        ],
    )


def _staff_rows(instance: dict[str, Any], units: dict[str, dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed * 7919 + 1)
    seen_cccd: set[str] = set()
    rows = []
    for item in instance["staff"]:
        unit = units[item["unit"]]
        person = make_person(
            rng,
            region=unit["region"],
            specialty=item["specialty"],
            ward=unit["kind"] == "phuong",
            exemption=item.get("exemption"),
        )
        cccd = person.cccd
        while cccd in seen_cccd:
            cccd = cccd[:6] + f"{rng.randrange(10**6):06d}"
        seen_cccd.add(cccd)
        rows.append(
            {
                "id": item["id"],
                "full_name": person.full_name,
                "gender": person.gender,
                "birth_date": person.birth_date,
                "ethnicity": person.ethnicity,
                "unit_id": item["unit"],
                "position": person.position,
                "specialty_id": item["specialty"],
                "rank": person.rank,
                "home_unit_id": item["home_unit"],
                "movable": item["movable"],
                "exemption": item.get("exemption"),
                "volunteer": item["volunteer"] or bool(item.get("wishes") and item["movable"]),
                "cccd": cccd,
                **dict(zip(WISH_KEYS, [*item.get("wishes", []), None, None, None], strict=False)),
            }
        )
    return with_evidence(rows, seed)


def build_demo(
    target: str | os.PathLike[str],
    *,
    seed: int = 2025,
    staff_per_unit: int = 44,
    units_csv: str | os.PathLike[str] | None = None,
    province: str = "Thanh Hóa",
    overwrite: bool = False,
    progress: Progress | None = None,
    rounds: bool = False,
) -> Path:
    """Write a complete demo plan to `target`; the file appears only once it is whole. With `rounds`,
    round 1 is optimised and approved and round 2 started and optimised (services/demo_rounds.py)."""
    from solver.synth import generate_instance, load_units_csv  # NumPy: not at the app's start
    from solver.synth_wishes import add_wishes

    path = Path(target)
    if path.exists() and not overwrite:
        raise PlanError(FILE_EXISTS(path=path))
    source = Path(units_csv) if units_csv else resource_path(DEFAULT_UNITS_CSV)
    try:
        units = load_units_csv(source)
    except (OSError, KeyError, ValueError) as exc:
        raise PlanError(UNITS_UNREADABLE(path=source, reason=str(exc))) from exc
    report = progress or no_progress
    report(0, 3, GENERATING())
    instance = generate_instance(units, seed=seed, staff_per_unit=staff_per_unit, name=f"{province} — demo")
    add_wishes(instance, DEMO_WISHERS, seed=seed)
    staff_rows = _staff_rows(instance, {u["id"]: u for u in units}, seed)
    partial = path.with_name(path.name + ".part")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    report(1, 3, WRITING())
    plan = open_plan(partial, create=True)
    try:
        _fill(plan, units, instance, staff_rows, province, seed)
        if rounds:
            add_rounds(plan)
    finally:
        plan.close()
    report(2, 3, FINISHING())
    os.replace(partial, path)
    report(3, 3, DONE())
    return path


def _fill(
    plan: OpenPlan,
    units: list[dict[str, Any]],
    instance: dict[str, Any],
    staff_rows: list[dict[str, Any]],
    province: str,
    seed: int,
) -> None:
    with plan.begin() as session:
        _write_reference(session, units, province)
        session.execute(insert(Staff), staff_rows)
        session.execute(
            insert(Quota),
            [{"unit_id": q["unit"], "specialty_id": q["specialty"], "posts": q["posts"]} for q in instance["quotas"]],
        )
        settings = PlanSettings(plan_name=f"{province} — phương án mẫu (dữ liệu cán bộ giả lập)", province=province)
        settings.documents.issuing_body_parent = f"UBND TỈNH {province.upper()}"
        settings.documents.place = province
        settings.policy.send_share_percent = DEMO_SEND_SHARE_PERCENT
        save_settings(session, settings)
        audit.record(session, "demo_created", seed=seed, units=len(units), staff=len(staff_rows))
