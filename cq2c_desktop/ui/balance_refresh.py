"""Approved decisions are facts: when the officer approves moves (or withdraws, or undoes an approval),
the balance, the map, the units, the posts and the overview are read again, so they count the approved
people at their destination (services/balance.py) without the officer reopening the plan.

The proposals table says when its moves changed (`ReviewView.moves_changed`); only a change of the
approved moves of a run already shown starts a read, in the background, and the views other than the
proposals get the new figures (the proposals keep their run, selection and scroll).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.services.review import MoveRow
from cq2c_desktop.services.workspace import PlanSnapshot, Workspace
from cq2c_desktop.ui.background import Task, run_in_background
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
        self._task = run_in_background(
            lambda _progress, _stop: workspace.snapshot(),
            lambda snapshot: self._show(workspace, snapshot),
            self._failed,
        )

    def _show(self, workspace: Workspace, snapshot: PlanSnapshot) -> None:
        self._task = None
        window = self._window
        if workspace is not window.workspace:  # another plan was opened meanwhile
            return
        window._snapshot = snapshot
        window.balance_view.set_grid(snapshot.grid)
        window.map_view.set_units(snapshot.units)
        window.units_view.set_workspace(workspace, snapshot.units)
        window.quotas_view.set_rows(snapshot.quotas)
        window.overview.show_plan(snapshot, workspace.runs())
        self.refreshed.emit()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        show_error(self._window, self.tr("Cannot read the plan"), error)
