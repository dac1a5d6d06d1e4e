"""The window's plan holder: the plan it has open, and the read models its views show.

The window opens a plan only through `open_workspace` (on a worker thread), which also takes the
session's rolling copy ("open"): every change the officer makes afterwards is undoable or on record,
and the copy is the way back from the rest. Use cases then get `workspace.plan`, never a location."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from cq2c_desktop.domain.locations import display_location
from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.services.backups import SafetyCopy, take_safety_copy
from cq2c_desktop.services.balance import BalanceSummary, balance_cells, summarise
from cq2c_desktop.services.balance_views import BalanceGrid, balance_grid
from cq2c_desktop.services.compare import RunComparison, compare_runs
from cq2c_desktop.services.instance import approved_placements
from cq2c_desktop.services.opening import open_location
from cq2c_desktop.services.overview import QuotaRow, UnitRow, quota_rows, unit_rows
from cq2c_desktop.services.plan_access import lock_plan
from cq2c_desktop.services.reassign import Candidate, candidates
from cq2c_desktop.services.review import MoveRow, RunRow, UnfilledRow, move_rows, runs, unfilled_rows
from cq2c_desktop.services.review_wishes import WishRow, wishes_not_granted
from cq2c_desktop.services.roles import EVERYTHING, Role, plan_role
from cq2c_desktop.services.run_changes import RunChanges, run_changes
from cq2c_desktop.services.settings import load_settings
from cq2c_desktop.services.staff import StaffRow, staff_rows
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.plan_lock import PlanLock

__all__ = ["PlanSnapshot", "ReviewData", "Workspace", "open_workspace"]


@dataclass(frozen=True)
class PlanSnapshot:
    """Everything the main views show, read in one go (off the UI thread)."""

    units: list[UnitRow]
    staff: list[StaffRow]
    summary: BalanceSummary
    settings: PlanSettings
    grid: BalanceGrid
    quotas: list[QuotaRow]


@dataclass(frozen=True)
class ReviewData:
    runs: list[RunRow]
    run_id: int | None
    moves: list[MoveRow]
    unfilled: list[UnfilledRow]
    # Volunteers whose wishes the run does not grant; None when not read (they change only with the run).
    wishes: list[WishRow] | None = None
    changes: RunChanges = field(default_factory=lambda: RunChanges(None))  # against the run before


@dataclass
class Workspace:
    plan: OpenPlan
    location: str
    safety_copy: SafetyCopy = field(default_factory=SafetyCopy)  # taken when the window opened the plan
    role: Role = EVERYTHING  # what the signed-in database role may do (a plan file: everything)
    lock: PlanLock | None = None  # one plan file, one writer (services/plan_access.py)
    read_only: bool = False  # opened while another window holds it: nothing may be written

    @property
    def path(self) -> Path | None:
        """The plan file; None for a plan on a PostgreSQL server."""
        return self.plan.path

    @property
    def title(self) -> str:
        return self.path.name if self.path is not None else display_location(self.location)

    def settings(self) -> PlanSettings:
        with self.plan.begin() as session:
            return load_settings(session)

    def summary(self) -> BalanceSummary:
        with self.plan.begin() as session:
            return summarise(session)

    def unit_rows(self) -> list[UnitRow]:
        with self.plan.begin() as session:
            return unit_rows(session)

    def quota_rows(self) -> list[QuotaRow]:
        with self.plan.begin() as session:
            return quota_rows(session)

    def staff_rows(self) -> list[StaffRow]:
        with self.plan.begin() as session:
            return staff_rows(session)

    def balance_grid(self) -> BalanceGrid:
        with self.plan.begin() as session:
            return balance_grid(session)

    def runs(self) -> list[RunRow]:
        with self.plan.begin() as session:
            return runs(session)

    def review(self, run_id: int | None = None, *, with_wishes: bool = True) -> ReviewData:
        """The runs, and the proposals and unfilled posts of `run_id` (default: the latest run), in
        one read: a worker thread reads them, the proposals table only shows them."""
        with self.plan.begin() as session:
            all_runs = runs(session)
            chosen = run_id if run_id is not None else (all_runs[-1].id if all_runs else None)
            if chosen is None:
                return ReviewData(all_runs, None, [], [])
            moves = move_rows(session, chosen)
            changes = run_changes(session, chosen, moves)
            wishes = wishes_not_granted(session, chosen) if with_wishes else None
            return ReviewData(all_runs, chosen, moves, unfilled_rows(session, chosen), wishes, changes)

    def candidates(self, run_id: int, unit_id: str, specialty_id: str) -> list[Candidate]:
        with self.plan.begin() as session:
            return candidates(session, run_id, unit_id, specialty_id)

    def compare(self, run_a: int, run_b: int) -> RunComparison:
        with self.plan.begin() as session:
            return compare_runs(session, run_a, run_b)

    def snapshot(self) -> PlanSnapshot:
        """Everything the views show, in one transaction (so they agree even while another officer
        imports into a shared plan), with the balance counted once for all of them."""
        with self.plan.begin() as session:
            figures = _figures(session)
            return PlanSnapshot(
                units=figures["units"],
                staff=staff_rows(session),
                summary=figures["summary"],
                settings=load_settings(session),
                grid=figures["grid"],
                quotas=figures["quotas"],
            )

    def refigured(self, snapshot: PlanSnapshot) -> PlanSnapshot:
        """`snapshot` with its balance figures read again (units, summary, grid, quotas), after a
        change of the approved moves: the staff rows and the settings it has are kept."""
        with self.plan.begin() as session:
            return replace(snapshot, **_figures(session))

    def close(self) -> None:
        if self.lock is not None:
            self.lock.release()
        self.plan.close()


def _figures(session: Session) -> dict[str, Any]:
    """What the balance decides in a snapshot, with the approved moves and the cells read once."""
    placements = approved_placements(session)
    cells = balance_cells(session, placements)
    return {
        "units": unit_rows(session, cells),
        "summary": summarise(session, cells, placements),
        "grid": balance_grid(session, cells, placements),
        "quotas": quota_rows(session, cells),
    }


def open_workspace(target: str | os.PathLike[str], *, read_only: bool = False) -> Workspace:
    """The plan at `target`, open for a session in the window, locked for it (PlanInUseError if another
    window has it), with the session's rolling copy; `read_only`: neither lock nor copy."""
    location = os.fspath(target)
    plan = open_location(Path(location) if "://" not in location else location)
    lock = None
    try:
        lock = None if read_only else lock_plan(plan)
        copy = SafetyCopy() if read_only else take_safety_copy(plan, "open")
        role = plan_role(plan)
    except BaseException:
        if lock is not None:
            lock.release()
        plan.close()
        raise
    return Workspace(plan=plan, location=location, safety_copy=copy, role=role, lock=lock, read_only=read_only)
