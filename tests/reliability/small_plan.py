"""A small plan with a run (30 Thanh Hóa units, 20 staff each), for the tests where officers share it."""

from __future__ import annotations

from cq2c_desktop.services import demo
from cq2c_desktop.services.optimise import optimise
from cq2c_desktop.store.db import open_plan
from solver.synth import data_dir, generate_instance, load_units_csv


def fill_small_plan(target: str) -> None:
    """Write the plan at `target` (a file path or a database URL) and optimise it once."""
    units = load_units_csv(data_dir() / "thanh_hoa_units.csv")[:30]
    instance = generate_instance(units, seed=11, staff_per_unit=20)
    plan = open_plan(target, create=True)
    try:
        demo._fill(plan, units, instance, demo._staff_rows(instance, {u["id"]: u for u in units}, 11), "Thanh Hóa", 11)
        optimise(plan, method="greedy")
    finally:
        plan.close()
