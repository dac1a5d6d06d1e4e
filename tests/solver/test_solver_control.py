"""Progress, cancellation and the time limit."""

from __future__ import annotations

from typing import Any

import pytest
from solver_testkit import instance, person, unit

from solver import Cancelled, check_result, parse_instance, solve
from solver import solve as solve_module_function
from solver.solving import _Clock


def _doc() -> dict[str, Any]:
    units = [
        unit("L1", 19.8, 105.8, "urban"),
        unit("L2", 19.9, 105.6, "lowland"),
        unit("M1", 20.3, 105.2, "mountain", priority=3),
        unit("M2", 20.0, 105.5, "mountain", priority=2),
    ]
    staff = [person(f"S{i}", "L1" if i % 2 else "L2", "a", volunteer=i % 3 == 0) for i in range(8)]
    return instance(units, staff, {("L1", "a"): 1, ("L2", "a"): 1, ("M1", "a"): 3, ("M2", "a"): 2})


def test_progress_reports_every_stage() -> None:
    calls: list[tuple[int, int, str]] = []
    result = solve(_doc(), progress=lambda done, total, message: calls.append((done, total, message)))
    assert result.status == "OPTIMAL"
    dones = [c[0] for c in calls]
    assert dones == sorted(dones) and calls[-1][0] == calls[-1][1]
    assert all(message for _, _, message in calls)


def test_cancel_raises() -> None:
    with pytest.raises(Cancelled):
        solve(_doc(), should_stop=lambda: True)
    asked: list[int] = []

    def stop_later() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(Cancelled):
        solve(_doc(), should_stop=stop_later)


def test_time_limit_zero_returns_a_feasible_plan() -> None:
    doc = _doc()
    result = solve(doc, time_limit=0)
    assert result.status == "FEASIBLE" and result.proven_levels == 0
    assert check_result(parse_instance(doc), result.to_dict()) == []
    assert result.moves and all(m.why for m in result.moves)


def test_time_running_out_between_phases_keeps_the_proven_levels(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _doc()
    checks: list[int] = []

    def expired(self: _Clock) -> bool:
        checks.append(1)
        return len(checks) > 1  # the first check (before optimising) passes, the next one fails

    monkeypatch.setattr(_Clock, "expired", expired)
    result = solve_module_function(doc, time_limit=10)
    assert result.status == "FEASIBLE" and result.proven_levels == 1  # one phase per level by default
    assert check_result(parse_instance(doc), result.to_dict()) == []
    monkeypatch.undo()
    best = solve(doc)
    assert best.kpis["priority_filled"] == result.kpis["priority_filled"]
