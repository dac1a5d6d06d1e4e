"""A stand-in optimisation run until `cq2c solve` lands: movable surplus staff from lowland, coastal
and urban units sent to highland and mountain units short of their specialty (greedy, nearest first;
someone of another specialty when none of the right one is left).

Test fixtures use it, and so can a developer:  python tests/outputs/fake_run.py PLAN [--moves N] [--approve]
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import defaultdict
from pathlib import Path

from sqlalchemy import select

from cq2c_desktop.services.balance import balance_cells
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("plan", type=Path)
    parser.add_argument("--moves", type=int, default=40)
    parser.add_argument("--approve", action="store_true", help="approve every move of the new run")
    args = parser.parse_args(argv)
    run_id = add_fake_run(args.plan, moves=args.moves, approve=args.moves if args.approve else 0)
    print(f"run #{run_id} added to {args.plan}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
