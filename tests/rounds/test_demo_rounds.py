"""The demo the app writes on first start holds a round as the rules define it."""

from __future__ import annotations

from pathlib import Path

from cq2c_desktop.services.demo import build_demo
from cq2c_desktop.services.round_report import round_figures
from cq2c_desktop.store.db import open_plan


def test_the_demo_holds_exempt_people_secondments_and_two_rounds(tmp_path: Path) -> None:
    path = build_demo(tmp_path / "demo.cq2c", seed=5, staff_per_unit=20, rounds=True)
    plan = open_plan(path)
    try:
        figures = round_figures(plan)
    finally:
        plan.close()
    assert figures["current_round"] == 2
    first, second = figures["rounds"]
    assert first["approved"] > 0 and first["secondments"] > 0 and second["runs"] == 1 and second["approved"] == 0
    assert {s["round"] for s in figures["secondments"]} == {1}
    assert all(s["start"] == "2025-10-01" and s["term_months"] == 24 for s in figures["secondments"])
    reasons = figures["exemptions"]["by_reason"]
    assert {"discipline", "illness", "study", "seconded", "family", "hardship", "other"} <= set(reasons)
    assert figures["remaining_needs"] and sum(n["count"] for n in figures["remaining_needs"]) == second["unfilled"]
