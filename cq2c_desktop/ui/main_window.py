"""The main window: menus, tabs and docks, and the flows that join the views to the services."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.services.importing import ImportReport
from cq2c_desktop.services.privacy import note_plan_opened, set_show_personal_data
from cq2c_desktop.services.review import MoveRow
from cq2c_desktop.services.workspace import PlanSnapshot, Workspace, open_workspace
from cq2c_desktop.ui.background import Task, run_in_background
from cq2c_desktop.ui.balance_refresh import BalanceRefresh
from cq2c_desktop.ui.credentials_prompt import ask_password, shown
from cq2c_desktop.ui.decision_actions import DecisionActions
from cq2c_desktop.ui.dialogs.import_wizard import ImportWizard
from cq2c_desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from cq2c_desktop.ui.event_loop import TurnTimer, on_next_turn
from cq2c_desktop.ui.file_actions import FileActions
from cq2c_desktop.ui.formatting import number
from cq2c_desktop.ui.help_actions import HelpActions
from cq2c_desktop.ui.interpreter import building_long_lived
from cq2c_desktop.ui.messages import error_text, show_error, tr_message
from cq2c_desktop.ui.output_actions import OutputActions
from cq2c_desktop.ui.plan_watch import PlanWatch
from cq2c_desktop.ui.read_only import ReadOnlyMode, same_plan
from cq2c_desktop.ui.review_actions import ReviewActions
from cq2c_desktop.ui.role_guard import apply_role
from cq2c_desktop.ui.roster_actions import RosterActions
from cq2c_desktop.ui.round_actions import RoundActions
from cq2c_desktop.ui.settings_actions import SettingsActions
from cq2c_desktop.ui.stale_state import StaleWatch
from cq2c_desktop.ui.undo_commands import ImportCommand
from cq2c_desktop.ui.user_settings import WINDOW_GEOMETRY, WINDOW_STATE, UserSettings
from cq2c_desktop.ui.views.balance_view import BalanceView
from cq2c_desktop.ui.views.map_view import MapView
from cq2c_desktop.ui.views.overview_view import OverviewView
from cq2c_desktop.ui.views.quotas_view import QuotasView
from cq2c_desktop.ui.views.review_view import ReviewView
from cq2c_desktop.ui.views.staff_view import StaffView
from cq2c_desktop.ui.views.units_view import UnitsView
from cq2c_desktop.ui.widgets import resize_to_fit
from cq2c_desktop.ui.window_menus import WindowMenus


def _read_snapshot(workspace: Workspace) -> PlanSnapshot:
    with building_long_lived():  # a national plan's rows must not be walked by every GC pass
        return workspace.snapshot()


def _read_plan(location: str, read_only: bool = False) -> tuple[Workspace, PlanSnapshot]:
    """Open a plan and read what the views show (on a worker: a large plan takes seconds)."""
    workspace = open_workspace(location, read_only=read_only)
    try:
        note_plan_opened(workspace.plan)  # if personal data is shown, this plan's audit log says so too
        return workspace, _read_snapshot(workspace)
    except BaseException:
        workspace.close()
        raise


class MainWindow(QMainWindow):
    plan_opened = Signal(str)
    plan_loaded = Signal()
    plan_failed = Signal(str)
    run_finished = Signal(object)

    def __init__(self, settings: UserSettings, demo_path: Path) -> None:
        super().__init__()
        self._settings = settings
        self._demo_path = demo_path
        self.workspace: Workspace | None = None
        self.undo_stack = QUndoStack(self)
        self._loading: Task | None = None
        self._snapshot: PlanSnapshot | None = None
        self._map_pairs: Counter[tuple[str, str]] = Counter()
        resize_to_fit(self, 1280, 800)
        self.tabs = QTabWidget()
        self.overview = OverviewView(self)
        self.units_view = UnitsView(self.undo_stack, self)
        self.staff_view = StaffView(self.undo_stack, self)
        self.review_view = ReviewView(self.undo_stack, self)
        self.balance_view = BalanceView(self)
        self.quotas_view = QuotasView(self)
        for widget, title in (
            (self.overview, self.tr("Overview")),
            (self.units_view, self.tr("Units")),
            (self.staff_view, self.tr("Staff")),
            (self.quotas_view, self.tr("Quotas")),
            (self.balance_view, self.tr("Balance")),
            (self.review_view, self.tr("Proposals")),
        ):
            self.tabs.addTab(widget, title)
        self.setCentralWidget(self.tabs)
        self.map_view = MapView(self)
        self.map_dock = QDockWidget(self.tr("Map"), self)
        self.map_dock.setObjectName("map_dock")
        self.map_dock.setWidget(self.map_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.map_dock)
        self._moves_timer = TurnTimer(self, self._draw_moves)  # one redraw however often the moves changed
        self._connect_selection()
        self.outputs = OutputActions(self, self.review_view, self.undo_stack, settings, lambda: self.workspace)
        self.balance_refresh = BalanceRefresh(self)  # approvals move the balance (ui/balance_refresh.py)
        self.review = ReviewActions(self, lambda: self.workspace)
        self.roster = RosterActions(self, lambda: self.workspace)  # edit in place: person, unit, quota
        self.rounds = RoundActions(self, settings, lambda: self.workspace)
        self.files = FileActions(self, settings)
        self.help = HelpActions(self, settings)
        self.plan_watch = PlanWatch(self)  # another officer's change: a Reload button in the status bar
        self.decisions = DecisionActions(self, lambda: self.workspace)
        self.plan_settings = SettingsActions(self, lambda: self.workspace)
        self.menus = menus = WindowMenus(self)
        self.undo_action, self.redo_action = menus.undo_action, menus.redo_action
        self.import_action = menus.import_action
        self.optimise_action, self.compare_action = menus.optimise_action, menus.compare_action
        self.new_action, self.close_action, self.personal_data_action = (
            menus.new_action,
            menus.close_action,
            menus.personal_data_action,
        )
        menus.set_plan_actions_enabled(False)
        self.stale = StaleWatch(self)
        self.read_only = ReadOnlyMode(self)
        self.statusBar().showMessage(self.tr("No plan open"))
        self._update_title()
        geometry, state = settings.get(WINDOW_GEOMETRY), settings.get(WINDOW_STATE)
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self._dock_sized = state is not None  # the officer's own layout wins over the default below

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._dock_sized:
            self._dock_sized = True
            # The map takes a quarter of the window (320 px at least): on a 1280-pixel screen the tables beside
            # it keep room for their columns (the status of a proposal must be in sight).
            self.resizeDocks([self.map_dock], [max(320, self.width() // 4)], Qt.Orientation.Horizontal)

    def _connect_selection(self) -> None:
        """A unit picked in one view is shown in the others (the views never echo it back)."""
        self.map_view.unit_selected.connect(self.balance_view.select_unit)
        self.map_view.unit_selected.connect(self.units_view.select_unit)
        self.balance_view.unit_selected.connect(self.map_view.select_unit)
        self.review_view.moves_changed.connect(self._show_moves_on_map)

    def _show_moves_on_map(self, moves: list[MoveRow]) -> None:
        pairs = Counter((m.from_unit_id, m.to_unit_id) for m in moves)
        if pairs == self._map_pairs:  # accepting or locking does not move anyone on the map
            return
        self._map_pairs = pairs
        # Drawn on the next turn of the event loop: a few hundred arrows take ~50 ms, and the
        # proposals table that changed them has just taken its own share of this turn.
        self._moves_timer.start()

    def _draw_moves(self) -> None:
        self.map_view.set_moves([(a, b, n) for (a, b), n in sorted(self._map_pairs.items())])

    # --- plans -------------------------------------------------------------------------------
    def toggle_personal_data(self, checked: bool) -> None:
        if self.workspace is None:
            return
        set_show_personal_data(self.workspace.plan, checked, reason="staff table")  # written to the audit log
        self.staff_view.personal_data_changed()

    def open_demo(self) -> None:
        self.open_plan(str(self._demo_path))

    def open_plan(self, location: str, read_only: bool = False) -> None:
        """Open and read a plan in the background; the views show it when it is read (`plan_loaded`).
        If it cannot be opened, a message says why (`plan_failed`) and the plan open before stays open."""
        if self.workspace is not None and same_plan(self.workspace.location, location):
            self.close_plan()  # opened again: this window's own lock must not keep it out
        self.statusBar().showMessage(self.tr("Opening the plan…"))
        self._loading = run_in_background(
            lambda _progress, _stop: _read_plan(location, read_only),
            lambda result: self._opened(location, *result),
            partial(self._open_failed, location),
        )

    def _opened(self, location: str, workspace: Workspace, snapshot: PlanSnapshot) -> None:
        self.close_plan()
        self.workspace = workspace
        self._settings.remember_plan(location)
        self.menus.set_plan_actions_enabled(True)
        apply_role(self, workspace.role)  # a shared plan's role greys out what the server would refuse
        self.plan_opened.emit(location)
        self._show(workspace, snapshot)

    def _open_failed(self, location: str, error: BaseException) -> None:
        self._loading = None
        if ask_password(self, location, error, retry=self.open_plan):  # the server wants a password
            return
        if self.read_only.offer(location, error):  # in use by another window: read-only?
            return
        text = error_text(error) if isinstance(error, ServiceError) else f"{shown(location)}: {error_text(error)}"
        self.statusBar().showMessage(self._plan_status())
        show_error(self, self.tr("Cannot open the plan"), error, text)
        self.plan_failed.emit(text)

    def close_plan(self) -> None:
        self.plan_watch.stop()  # its listener thread and file watch end with the plan
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        self.undo_stack.clear()
        self.staff_view.set_workspace(None, [], [])
        self.review_view.set_workspace(None)
        self.units_view.set_workspace(None, [])
        self.balance_view.clear()
        self._map_pairs = Counter()
        self.quotas_view.set_rows([])
        self.map_view.clear()
        self.overview.clear_plan()
        self._snapshot = None
        self.menus.set_plan_actions_enabled(False)
        self.statusBar().showMessage(self.tr("No plan open"))
        self._update_title()

    def refresh(self) -> None:
        """Re-read the plan in the background; the views update when the data arrives."""
        workspace = self.workspace
        if workspace is None:
            return
        self.statusBar().showMessage(self.tr("Loading the plan…"))
        self._loading = run_in_background(
            lambda _progress, _stop: _read_snapshot(workspace),
            lambda snapshot: self._show(workspace, snapshot),
            self._load_failed,
        )

    def _load_failed(self, error: BaseException) -> None:
        self._loading = None
        show_error(self, self.tr("Cannot read the plan"), error)
        self.statusBar().showMessage(self.tr("No plan open"))

    def _show(self, workspace: Workspace, snapshot: PlanSnapshot) -> None:
        """Fill the views one per event-loop turn, so the window repaints and answers in between. The
        large tables come last: they go on preparing search text and sort orders in idle slices."""
        self._loading = None
        if workspace is not self.workspace:  # the officer opened another plan meanwhile
            return
        self._snapshot = snapshot
        steps = iter(
            (
                partial(self.units_view.set_workspace, workspace, snapshot.units),
                partial(self.balance_view.set_grid, snapshot.grid),
                partial(self.map_view.set_units, snapshot.units),
                partial(self.review_view.set_workspace, workspace),
                lambda: self.overview.show_plan(snapshot, workspace.runs()),
                partial(self.quotas_view.set_rows, snapshot.quotas),
                partial(self.staff_view.set_workspace, workspace, snapshot.staff, snapshot.units),
                partial(self._shown, workspace),
            )
        )
        self._next_step(workspace, steps)

    def _next_step(self, workspace: Workspace, steps: Iterator[Callable[[], object]]) -> None:
        if workspace is not self.workspace:  # closed, or another plan opened, half-way
            return
        step = next(steps, None)
        if step is not None:
            step()
            on_next_turn(self, partial(self._next_step, workspace, steps))

    def _shown(self, workspace: Workspace) -> None:
        self.statusBar().showMessage(self._plan_status())
        if workspace.safety_copy.warning is not None:
            self.statusBar().showMessage(tr_message(workspace.safety_copy.warning))
        self._update_title()
        self.plan_loaded.emit()

    def _plan_status(self) -> str:
        if self.workspace is None or self._snapshot is None:
            return self.tr("No plan open")
        summary = self._snapshot.summary
        return self.tr("{units} units, {staff} staff").format(units=number(summary.units), staff=number(summary.staff))

    def _update_title(self) -> None:
        name = self.workspace.title if self.workspace is not None else ""
        self.setWindowTitle(f"{name} — CQ2C Planner" if name else "CQ2C Planner")

    # --- import ------------------------------------------------------------------------------------
    def ask_import(self) -> ImportWizard | None:
        if self.workspace is None:
            return None
        wizard = ImportWizard(self.workspace, self._settings, self)
        wizard.imported.connect(self._imported)
        wizard.open()
        return wizard

    def _imported(self, report: ImportReport) -> None:
        if self.workspace is not None and report.receipt is not None:  # the whole import: one undo step
            text = self.tr("Import {file}").format(file=report.file)
            self.undo_stack.push(ImportCommand(self.workspace, report.receipt, self.refresh, text))
        self.statusBar().showMessage(tr_message(report.summary()), 10_000)
        self.refresh()

    # --- optimise and review (ui/review_actions.py) ----------------------------------------------
    def start_optimise(self, method: str = "optimal", time_limit: float | None = 60.0) -> None:
        """Optimise in the background; `run_finished` says how it ended (a RunSummary or the error)."""
        self.review.start_optimise(method, time_limit)

    def show_runs_in_overview(self) -> None:
        if self.workspace is not None and self._snapshot is not None:
            self.overview.show_plan(self._snapshot, self.workspace.runs())

    # --- misc ----------------------------------------------------------------------------------
    def show_preferences(self) -> None:
        PreferencesDialog(self._settings, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        for job in (self.review.job, self.outputs.job):
            if job is not None:
                job.task.cancel()
        # A worker may still be reading or writing the plan: let it finish before the plan closes.
        QThreadPool.globalInstance().waitForDone(30_000)
        self._settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self._settings.set(WINDOW_STATE, self.saveState())
        self.close_plan()
        super().closeEvent(event)
