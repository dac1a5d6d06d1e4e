"""The staffing balance with approved moves counted at their destination: what it costs on a national plan.

    python benchmarks/bench_balance.py [--staff-per-unit 45] [--approved 20000]

Writes the national demo (3,321 real units), then an approved run of `--approved` moves (every tenth a
secondment) straight into the plan, and times, median of 5: `approved_placements` (who is where now),
`balance_cells` without and with the approved moves, the window's whole `Workspace.snapshot()` and the
figures it reads again after an approval (`Workspace.refigured`).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _median(work: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def _approved_run(plan: object, count: int) -> None:
    from sqlalchemy import insert, select

    from cq2c_desktop.store.models import Move, Run, Staff, Unit

    with plan.begin() as session:  # type: ignore[attr-defined]
        units = list(session.scalars(select(Unit.id)))
        people = session.execute(select(Staff.id, Staff.unit_id, Staff.specialty_id)).all()
        run = Run(label="bench", method="bench", status="optimal", seconds=0.0, round=1)
        session.add(run)
        session.flush()
        pick = random.Random(7)
        rows = [
            {
                "run_id": run.id,
                "staff_id": staff,
                "from_unit_id": unit,
                "to_unit_id": pick.choice(units),
                "specialty_id": specialty,
                "km": 10.0,
                "match": 1.0,
                "status": "approved",
                "kind": "secondment" if n % 10 == 0 else "transfer",
            }
            for n, (staff, unit, specialty) in enumerate(pick.sample(people, count))
        ]
        session.execute(insert(Move), rows)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--staff-per-unit", type=int, default=45)
    parser.add_argument("--approved", type=int, default=20_000)
    args = parser.parse_args()
    from cq2c_desktop.services.balance import balance_cells
    from cq2c_desktop.services.demo import build_demo
    from cq2c_desktop.services.instance import approved_placements
    from cq2c_desktop.services.workspace import open_workspace

    folder = Path(tempfile.mkdtemp(prefix="cq2c-bench-balance-"))
    path = build_demo(
        folder / "national.cq2c",
        units_csv=ROOT / "resources/data/vn_units_2025.csv",
        province="Toàn quốc",
        staff_per_unit=args.staff_per_unit,
    )
    workspace = open_workspace(path)
    plan = workspace.plan

    def timed(label: str) -> None:
        with plan.begin() as session:
            placements = approved_placements(session)
            figures = {
                "approved_placements": _median(lambda: approved_placements(session)),
                "balance_cells, approved moves left out": _median(lambda: balance_cells(session, {})),
                "balance_cells, approved moves made": _median(lambda: balance_cells(session)),
            }
        snapshot = workspace.snapshot()
        figures["Workspace.snapshot() (everything the views show)"] = _median(workspace.snapshot, 3)
        figures["Workspace.refigured() (after an approval)"] = _median(lambda: workspace.refigured(snapshot), 3)
        print(f"{label}: {len(placements):,} approved")
        for name, seconds in figures.items():
            print(f"  {name:<52} {seconds * 1000:8.0f} ms")

    timed("national plan, no run")
    _approved_run(plan, args.approved)
    timed("national plan, one approved run")
    workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
