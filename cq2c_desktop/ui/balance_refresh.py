"""Approved decisions are facts: when the officer approves moves (or withdraws, or undoes an approval),
the balance, the map, the units, the posts and the overview are read again, so they count the approved
people at their destination (services/balance.py) without the officer reopening the plan.

The proposals table says when its moves changed (`ReviewView.moves_changed`); only a change of the
approved moves of a run already shown starts a read, in the background, and the views other than the
proposals get the new figures (the proposals keep their run, selection and scroll).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.services.review import MoveRow
from cq2c_desktop.services.workspace import PlanSnapshot, Workspace
from cq2c_desktop.ui.background import Task, run_in_background
from cq2c_desktop.ui.event_loop import on_next_turn
from cq2c_desktop.ui.interpreter import building_long_lived
from cq2c_desktop.ui.messages import show_error

if TYPE_CHECKING:
    from cq2c_desktop.ui.main_window import MainWindow


class BalanceRefresh(QObject):
    """Keeps the window's figures in step with the approved moves."""

    refreshed = Signal()  # the views show the figures read after the last change of the approved moves

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._workspace: Workspace | None = None
        self._approved: dict[int, frozenset[tuple[int, str]]] = {}  # run → its approved moves, as last seen
        self._task: Task | None = None
        self._reads = 0  # reads started: only the latest one's figures are shown
        window.review_view.moves_changed.connect(self._moves_changed)

    def _moves_changed(self, moves: list[MoveRow]) -> None:
        workspace, run = self._window.workspace, self._window.review_view.current_run()
        if workspace is not self._workspace:
            self._workspace, self._approved = workspace, {}
        if workspace is None or run is None:
            return
        approved = frozenset((m.id, m.kind) for m in moves if m.status == MoveStatus.APPROVED.value)
        before = self._approved.get(run)
        self._approved[run] = approved
        if before is not None and before != approved:
            self.refresh(workspace)

    def refresh(self, workspace: Workspace) -> None:
        """Read the figures again in the background; the views get them one per pass of the event loop."""
        snapshot = self._window._snapshot
        if snapshot is None:
            return

        def read(_progress: object, _stop: object) -> PlanSnapshot:
            with building_long_lived():
                return workspace.refigured(snapshot)

        self._reads += 1
        number = self._reads
        self._task = run_in_background(read, lambda new: self._show(workspace, new, number), self._failed)

    def _show(self, workspace: Workspace, snapshot: PlanSnapshot, number: int) -> None:
        window = self._window
        if workspace is not window.workspace or number != self._reads:  # another plan, or a newer read
            return
        self._task = None
        window._snapshot = snapshot  # the window's copy, for its status line and a change of language
        self._steps(
            workspace,
            iter(
                (
                    partial(window.balance_view.set_grid, snapshot.grid),
                    partial(window.map_view.set_units, snapshot.units),
                    partial(window.units_view.set_workspace, workspace, snapshot.units),
                    lambda: window.overview.show_plan(snapshot, workspace.runs()),
                    partial(window.quotas_view.set_rows, snapshot.quotas),
                    self.refreshed.emit,
                )
            ),
        )

    def _steps(self, workspace: Workspace, steps: Iterator[Callable[[], object]]) -> None:
        if workspace is not self._window.workspace:
            return
        step = next(steps, None)
        if step is not None:
            step()
            on_next_turn(self, partial(self._steps, workspace, steps))

    def _failed(self, error: BaseException) -> None:
        self._task = None
        show_error(self._window, self.tr("Cannot read the plan"), error)
