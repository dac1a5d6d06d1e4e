"""A stand-in optimisation run until `cq2c solve` lands: movable surplus staff from lowland, coastal
and urban units sent to highland and mountain units short of their specialty (greedy, nearest first;
someone of another specialty when none of the right one is left).

Test fixtures use it, and so can a developer:
    python tests/outputs/fake_run.py PLAN [--moves N] [--approve] [--sample-settings]
`--sample-settings` enters the document settings an officer would (signer, Tờ trình, the support
resolution's date and title) with sample values, and a travel allowance and a one-off amount, so
that every column of the outputs shows.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import defaultdict
from pathlib import Path

from sqlalchemy import select

from cq2c_desktop.domain.settings_keys import set_value
from cq2c_desktop.services.balance import balance_cells
from cq2c_desktop.services.settings import load_settings, save_settings
from cq2c_desktop.store.db import open_plan
from cq2c_desktop.store.models import Move, Run, Staff, Unit

DESTINATIONS = ("highland", "mountain")


def _km(a: Unit, b: Unit, road_factor: float = 1.3) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return round(2 * 6371.0 * math.asin(math.sqrt(h)) * road_factor, 1)


def add_fake_run(plan_path: str | Path, *, moves: int = 40, approve: int = 0, label: str = "giả lập") -> int:
    """Add a run with up to `moves` proposals; approve the first `approve` of them. Returns the run id."""
    plan = open_plan(plan_path)
    try:
        with plan.begin() as session:
            units = {u.id: u for u in session.scalars(select(Unit))}
            cells = balance_cells(session)
            surplus = {
                (c.unit_id, c.specialty_id): c.surplus
                for c in cells
                if c.surplus and units[c.unit_id].region not in DESTINATIONS
            }
            deficits = [c for c in cells if c.deficit and units[c.unit_id].region in DESTINATIONS]
            pool: dict[str, list[Staff]] = defaultdict(list)
            for person in session.scalars(select(Staff).where(Staff.movable).order_by(Staff.id)):
                if surplus.get((person.unit_id, person.specialty_id), 0) > 0:
                    pool[person.specialty_id].append(person)
            run = Run(label=label, method="dev-fake", status="optimal", seconds=0.0)
            session.add(run)
            session.flush()
            made = 0
            for cell in sorted(deficits, key=lambda c: (units[c.unit_id].region, c.unit_id, c.specialty_id)):
                target = units[cell.unit_id]
                for _ in range(cell.deficit):
                    candidates = [p for p in pool[cell.specialty_id] if surplus[(p.unit_id, p.specialty_id)] > 0]
                    if not candidates:  # no one of the specialty left: anyone movable (a weaker match)
                        candidates = [
                            p for group in pool.values() for p in group if surplus[(p.unit_id, p.specialty_id)] > 0
                        ]
                    if not candidates or made >= moves:
                        break
                    person = min(
                        candidates, key=lambda p: (p.specialty_id != cell.specialty_id, _km(units[p.unit_id], target))
                    )
                    pool[person.specialty_id].remove(person)
                    surplus[(person.unit_id, person.specialty_id)] -= 1
                    made += 1
                    session.add(
                        Move(
                            run_id=run.id,
                            staff_id=person.id,
                            from_unit_id=person.unit_id,
                            to_unit_id=target.id,
                            specialty_id=cell.specialty_id,
                            km=_km(units[person.unit_id], target),
                            match=1.0 if person.specialty_id == cell.specialty_id else 0.5,
                            volunteer=person.volunteer,
                            why="nearest surplus of the specialty (dev stand-in)",
                            status="approved" if made <= approve else "proposed",
                        )
                    )
            return int(run.id)
    finally:
        plan.close()


# What an officer enters before printing; sample values (no real document has these numbers).
DOCUMENT_SETTINGS = {
    "documents.signer_name": "Nguyễn Văn An",
    "documents.proposal_number": "125/TTr-SNV",
    "documents.proposal_date": "01/12/2026",
    "documents.list_signer_name": "Lê Thị Bình",
    "documents.list_preparer_name": "Trần Văn Cường",
    "support.resolution.number": "12/2026/NQ-HĐND",
    "support.resolution.date": "10/07/2026",
    "support.resolution.title": (
        "quy định chính sách hỗ trợ đối với công chức được điều động đến công tác tại các xã miền núi"
    ),
    "legal_bases.6.cited": "không",  # the amendment of Nghị định 150: its date is not known here
}
# A travel allowance and a one-off amount, so that every column of the outputs shows.
SAMPLE_POLICY = {
    "support.one_off_vnd": "5000000",
    "support.travel_bands": (
        '[{"from_km": 0, "to_km": 60, "monthly_vnd": 0}, {"from_km": 60, "to_km": 120, "monthly_vnd": 300000},'
        ' {"from_km": 120, "monthly_vnd": 500000, "one_off_vnd": 2000000}]'
    ),
}
SAMPLE_SETTINGS = {**DOCUMENT_SETTINGS, **SAMPLE_POLICY}


def fill_sample_settings(plan_path: str | Path, values: dict[str, str] | None = None) -> None:
    """Enter settings (SAMPLE_SETTINGS, or `values`) through the settings keys, as an officer would."""
    plan = open_plan(plan_path)
    try:
        with plan.begin() as session:
            settings = load_settings(session)
            for key, value in (SAMPLE_SETTINGS if values is None else values).items():
                settings = set_value(settings, key, value)
            save_settings(session, settings)
    finally:
        plan.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("plan", type=Path)
    parser.add_argument("--moves", type=int, default=40)
    parser.add_argument("--approve", action="store_true", help="approve every move of the new run")
    parser.add_argument("--sample-settings", action="store_true", help="enter sample document settings")
    args = parser.parse_args(argv)
    run_id = add_fake_run(args.plan, moves=args.moves, approve=args.moves if args.approve else 0)
    if args.sample_settings:
        fill_sample_settings(args.plan)
    print(f"run #{run_id} added to {args.plan}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
