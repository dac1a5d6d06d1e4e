"""The main window: menus, the plan overview and the units table."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cq2c_desktop import __version__
from cq2c_desktop.domain.enums import REGION_LABELS_VI, Region
from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.services.balance import BalanceSummary
from cq2c_desktop.services.overview import UnitRow
from cq2c_desktop.services.staff import StaffRow
from cq2c_desktop.services.workspace import PlanError, Workspace, open_workspace
from cq2c_desktop.ui.background import Task, run_in_background
from cq2c_desktop.ui.table_models import Column, RowTableModel
from cq2c_desktop.ui.views.staff_view import StaffView

PLAN_FILTER = "CQ2C (*.cq2c)"


@dataclass(frozen=True)
class PlanSnapshot:
    """Everything the views show, read off the UI thread in one go."""

    units: list[UnitRow]
    staff: list[StaffRow]
    summary: BalanceSummary
    settings: PlanSettings


def read_snapshot(workspace: Workspace) -> PlanSnapshot:
    return PlanSnapshot(units=workspace.unit_rows(), staff=workspace.staff_rows(), summary=workspace.summary(),
                        settings=workspace.settings())


class MainWindow(QMainWindow):
    plan_opened = Signal(str)
    plan_loaded = Signal()

    def __init__(self, settings: QSettings, demo_path: Path) -> None:
        super().__init__()
        self._settings = settings
        self._demo_path = demo_path
        self.workspace: Workspace | None = None
        self.undo_stack = QUndoStack(self)
        self._loading: Task | None = None
        self.resize(1200, 760)
        self._tabs = QTabWidget()
        self._summary = QLabel()
        self._summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._tabs.addTab(self._summary, self.tr("Overview"))
        self._tabs.addTab(self._build_units_tab(), self.tr("Units"))
        self.staff_view = StaffView(self.undo_stack, self)
        self._tabs.addTab(self.staff_view, self.tr("Staff"))
        self.setCentralWidget(self._tabs)
        self._build_menus()
        self.statusBar().showMessage(self.tr("No plan open"))
        self._update_title()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _build_units_tab(self) -> QWidget:
        columns: list[Column[UnitRow]] = [
            Column(self.tr("Code"), lambda r: r.id),
            Column(self.tr("Unit"), lambda r: r.name),
            Column(self.tr("Region"), lambda r: REGION_LABELS_VI.get(Region(r.region), r.region)),
            Column(self.tr("Priority"), lambda r: r.priority, True),
            Column(self.tr("Posts"), lambda r: r.posts, True),
            Column(self.tr("Staff"), lambda r: r.staff, True),
            Column(self.tr("Short"), lambda r: r.shortage, True),
            Column(self.tr("Surplus"), lambda r: r.surplus, True),
        ]
        self.units_model: RowTableModel[UnitRow] = RowTableModel(columns, self, key=lambda r: r.id)
        self.units_view = QTableView()
        self.units_view.setModel(self.units_model)
        self.units_view.setSortingEnabled(True)
        self.units_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.units_search = QLineEdit()
        self.units_search.setPlaceholderText(self.tr("Search units (with or without diacritics)…"))
        self.units_search.setClearButtonEnabled(True)
        self.units_search.textChanged.connect(self.units_model.set_search)
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        form.addRow(self.tr("Search:"), self.units_search)
        layout.addLayout(form)
        layout.addWidget(self.units_view)
        return page

    def _action(self, text: str, slot: Any, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
                ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = self._action(self.tr("&Open plan…"), self._ask_open, QKeySequence.StandardKey.Open)
        file_menu.addAction(self.open_action)
        self.close_action = self._action(self.tr("&Close plan"), self.close_plan, QKeySequence.StandardKey.Close)
        file_menu.addAction(self.close_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("E&xit"), self.close, QKeySequence.StandardKey.Quit))
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.demo_action = self._action(self.tr("Open the &demo plan"), self.open_demo)
        help_menu.addAction(self.demo_action)
        help_menu.addAction(self._action(self.tr("&About CQ2C Planner"), self._about))

    def _ask_open(self) -> None:
        start = str(self._settings.value("plans/last_dir", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open plan"), start, PLAN_FILTER)
        if path:
            self.open_plan(path)

    def open_demo(self) -> None:
        self.open_plan(str(self._demo_path))

    def open_plan(self, location: str) -> bool:
        try:
            workspace = open_workspace(location)
        except PlanError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the plan"), str(exc))
            return False
        self.close_plan()
        self.workspace = workspace
        self._settings.setValue("plans/last", location)
        self._settings.setValue("plans/last_dir", str(Path(location).parent))
        self.refresh()
        self.plan_opened.emit(location)
        return True

    def close_plan(self) -> None:
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        self.undo_stack.clear()
        self.staff_view.set_workspace(None, [], [])
        self.units_model.set_rows([])
        self._summary.setText("")
        self.statusBar().showMessage(self.tr("No plan open"))
        self._update_title()

    def refresh(self) -> None:
        """Re-read the plan in the background; the views update when the data arrives."""
        workspace = self.workspace
        if workspace is None:
            return
        self.statusBar().showMessage(self.tr("Loading the plan…"))
        self._loading = run_in_background(
            lambda _progress, _stop: read_snapshot(workspace),
            lambda snapshot: self._show(workspace, snapshot),
            self._load_failed,
        )

    def _load_failed(self, error: BaseException) -> None:
        self._loading = None
        QMessageBox.warning(self, self.tr("Cannot read the plan"), str(error))
        self.statusBar().showMessage(self.tr("No plan open"))

    def _show(self, workspace: Workspace, snapshot: PlanSnapshot) -> None:
        self._loading = None
        if workspace is not self.workspace:  # the officer opened another plan meanwhile
            return
        self.units_model.set_rows(snapshot.units)
        self.staff_view.set_workspace(workspace, snapshot.staff, snapshot.units)
        summary = snapshot.summary
        self._summary.setText(self.tr(
            "<h2>{plan}</h2><p>Units: <b>{units}</b> &nbsp; Staff: <b>{staff}</b> "
            "(movable {movable}, volunteers {volunteers})</p>"
            "<p>Posts: <b>{posts}</b> &nbsp; Short: <b>{short}</b> in {units_short} units &nbsp; "
            "Surplus: <b>{surplus}</b> in {units_surplus} units</p>"
        ).format(plan=snapshot.settings.plan_name, units=summary.units, staff=summary.staff,
                 movable=summary.movable, volunteers=summary.volunteers, posts=summary.posts,
                 short=summary.shortage, units_short=summary.units_short, surplus=summary.surplus,
                 units_surplus=summary.units_surplus))
        self.statusBar().showMessage(self.tr("{units} units, {staff} staff").format(
            units=summary.units, staff=summary.staff))
        self._update_title()
        self.plan_loaded.emit()

    def _update_title(self) -> None:
        name = self.workspace.title if self.workspace is not None else ""
        self.setWindowTitle(f"{name} — CQ2C Planner" if name else "CQ2C Planner")

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About CQ2C Planner"), self.tr(
            "<b>CQ2C Planner</b> {version}<br>Planning the redeployment of commune civil servants.<br>"
            "Map data: Vietnam Cartographic Publishing House via vietnamese-provinces-database (MIT)."
        ).format(version=__version__))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._settings.setValue("window/geometry", self.saveGeometry())
        self.close_plan()
        super().closeEvent(event)
