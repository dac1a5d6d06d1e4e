"""The round's lists: secondments ending soon, the rounds (each and all together), the needs a round leaves.

Each reads its rows through a service (a few small queries) and writes its Excel file as a Job, off
the UI thread; the needs' measure is edited in the table, with undo (ui/round_commands.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cq2c_desktop.domain.enums import NeedMeasure
from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.services.needs import NeedRow, need_rows, set_measure, write_needs_xlsx
from cq2c_desktop.services.rounds import RoundRow, round_rows, start_round
from cq2c_desktop.services.secondments import SecondmentRow, secondments_ending, write_secondments_xlsx
from cq2c_desktop.services.workspace import Workspace
from cq2c_desktop.ui.delegates import ChoiceDelegate
from cq2c_desktop.ui.formatting import date, number
from cq2c_desktop.ui.jobs import Job
from cq2c_desktop.ui.labels import measure_label
from cq2c_desktop.ui.messages import show_error
from cq2c_desktop.ui.round_commands import NeedMeasureCommand
from cq2c_desktop.ui.table_models import Column, RowTableModel
from cq2c_desktop.ui.user_settings import UserSettings
from cq2c_desktop.ui.widgets import ask_export_path, data_table, resize_to_fit


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _export(parent: QWidget, settings: UserSettings, title: str, name: str, write: Callable[[Path], Any]) -> None:
    path = ask_export_path(parent, settings, title, name, parent.tr("Excel workbook (*.xlsx)"))
    if path is None:
        return
    Job(parent, title, lambda _progress, _stop: write(path), lambda _done: None)


class SecondmentsDialog(QDialog):
    """Approved secondments that end within the next N months: someone returns, a post opens."""

    def __init__(self, workspace: Workspace, settings: UserSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Secondments ending soon"))
        self._workspace, self._settings = workspace, settings
        columns: list[Column[SecondmentRow]] = [
            Column(self.tr("Full name"), lambda r: r.full_name),
            Column(self.tr("Seconded from"), lambda r: r.from_name),
            Column(self.tr("To"), lambda r: r.to_name),
            Column(self.tr("Round"), lambda r: r.round, True),
            Column(self.tr("Term (months)"), lambda r: r.term_months, True),
            Column(self.tr("Starts"), lambda r: date(r.start)),
            Column(self.tr("Until"), lambda r: date(r.end)),
        ]
        self.model: RowTableModel[SecondmentRow] = RowTableModel(columns, self)
        self.table = data_table(self.model)
        self.months = QSpinBox()
        self.months.setRange(1, 36)
        self.months.setValue(6)
        self.months.setSuffix(self.tr(" months"))
        self.months.valueChanged.connect(lambda _v: self.reload())
        self.count = QLabel()
        export = QPushButton(self.tr("Export to Excel…"))
        export.clicked.connect(self.export)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ending within the next")))
        top.addWidget(self.months)
        top.addStretch(1)
        top.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(_close_buttons(self))
        self.reload()
        resize_to_fit(self, 900, 520)

    def reload(self) -> None:
        rows = secondments_ending(self._workspace.plan, self.months.value())
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n secondment(s) end in this time.", "", len(rows)))

    def export(self) -> None:
        rows, months = self.model.rows(), self.months.value()
        _export(
            self,
            self._settings,
            self.tr("Export the secondments ending soon"),
            "biet-phai-het-han.xlsx",
            lambda path: write_secondments_xlsx(rows, months, path),
        )


class RoundsDialog(QDialog):
    """The plan's rounds with their decisions, all rounds together, and starting the next one."""

    def __init__(self, workspace: Workspace, on_started: Callable[[int], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rounds"))
        self._workspace, self._on_started = workspace, on_started
        columns: list[Column[RoundRow]] = [
            Column(self.tr("Round"), lambda r: r.label + (self.tr(" (current)") if r.current else "")),
            Column(self.tr("Runs"), lambda r: r.runs, True),
            Column(self.tr("Approved"), lambda r: r.approved, True),
            Column(self.tr("Transfers"), lambda r: r.transfers, True),
            Column(self.tr("Secondments"), lambda r: r.secondments, True),
            Column(self.tr("Posts left unfilled"), lambda r: r.unfilled, True),
        ]
        self.model: RowTableModel[RoundRow] = RowTableModel(columns, self)
        self.table = data_table(self.model)
        self.total = QLabel()
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("Name of the next round (optional)"))
        self.start = QPushButton(self.tr("Start the next round"))
        self.start.clicked.connect(self.start_next)
        note = QLabel(
            self.tr(
                "The approved moves of a round are decisions: the next round counts each person at the new unit "
                "and never moves them again. A new round starts from an empty proposal list."
            )
        )
        note.setWordWrap(True)
        start = QHBoxLayout()
        start.addWidget(self.label, 1)
        start.addWidget(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(note)
        layout.addLayout(start)
        layout.addWidget(_close_buttons(self))
        self.reload()
        resize_to_fit(self, 860, 440)

    def reload(self) -> None:
        with self._workspace.plan.begin() as session:
            rows = round_rows(session)
        self.model.set_rows(rows)
        self.total.setText(
            self.tr(
                "All rounds together: {approved} approved ({transfers} transfers, {secondments} secondments)"
            ).format(
                approved=number(sum(r.approved for r in rows)),
                transfers=number(sum(r.transfers for r in rows)),
                secondments=number(sum(r.secondments for r in rows)),
            )
        )

    def start_next(self) -> None:
        try:
            number_ = start_round(self._workspace.plan, self.label.text())
        except ServiceError as exc:
            show_error(self, self.tr("Cannot start the next round"), exc)
            return
        self.label.clear()
        self.reload()
        self._on_started(number_)


class NeedsDialog(QDialog):
    """The posts a round left unfilled, per unit and specialty, with the measure chosen for each."""

    def __init__(
        self, workspace: Workspace, settings: UserSettings, undo: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remaining needs"))
        self._workspace, self._settings, self._undo = workspace, settings, undo
        measures = [(m.value, measure_label(m.value)) for m in NeedMeasure]
        columns: list[Column[NeedRow]] = [
            Column(self.tr("Unit"), lambda r: r.unit_name),
            Column(self.tr("Specialty"), lambda r: r.specialty_name),
            Column(self.tr("Posts unfilled"), lambda r: r.count, True),
            Column(
                self.tr("Measure"), lambda r: measure_label(r.measure), field="measure", edit_value=lambda r: r.measure
            ),
        ]
        self.model: RowTableModel[NeedRow] = RowTableModel(columns, self, key=lambda r: (r.unit_id, r.specialty_id))
        self.model.edit_requested.connect(self._edit)
        self.table = data_table(self.model)
        self.table.setItemDelegateForColumn(3, ChoiceDelegate(measures, self.table))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.total = QLabel()
        export = QPushButton(self.tr("Export to Excel…"))
        export.clicked.connect(self.export)
        hint = QLabel(
            self.tr(
                "What transfer could not fill: choose for each how it is to be filled (double-click the measure). "
                "The list goes to the recruitment side as an Excel workbook."
            )
        )
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(hint, 1)
        top.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(_close_buttons(self))
        self.reload()
        resize_to_fit(self, 900, 560)

    def reload(self) -> None:
        with self._workspace.plan.begin() as session:
            rows = need_rows(session)
        self.model.set_rows(rows)
        round_ = rows[0].round if rows else 1
        self.total.setText(
            self.tr("Round {round}: {posts} posts unfilled in {pairs} unit × specialty pairs").format(
                round=round_, posts=number(sum(r.count for r in rows)), pairs=number(len(rows))
            )
        )

    def _edit(self, row: NeedRow, field: str, value: Any) -> None:
        if field != "measure" or value == row.measure:
            return
        try:
            before = set_measure(self._workspace.plan, row.round, row.unit_id, row.specialty_id, str(value))
        except ServiceError as exc:
            show_error(self, self.tr("Cannot choose the measure"), exc)
            return
        self.reload()
        text = self.tr("Measure for {unit}, {specialty}").format(unit=row.unit_name, specialty=row.specialty_name)
        self._undo.push(NeedMeasureCommand(self._workspace, row, before[0], str(value), self.reload, text))

    def export(self) -> None:
        rows = self.model.rows()
        _export(
            self,
            self._settings,
            self.tr("Export the remaining needs"),
            "nhu-cau-con-thieu.xlsx",
            lambda path: write_needs_xlsx(rows, path),
        )
