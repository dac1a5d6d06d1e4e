"""File → Restore from backup…: pick one of the plan's rolling copies, confirm, and hand it back.

The dialog only chooses. The main window closes the plan, calls `services.backups.restore_backup`
(which first copies the current plan aside, so a restore can be undone by restoring that copy) and
opens the plan again, so no view ever shows rows from before the restore.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cq2c_desktop.services.backup_labels import backup_label
from cq2c_desktop.services.backups import Backup, list_backups
from cq2c_desktop.ui.formatting import date_time
from cq2c_desktop.ui.messages import tr_message
from cq2c_desktop.ui.table_models import Column, RowTableModel
from cq2c_desktop.ui.widgets import resize_to_fit


class RestoreDialog(QDialog):
    def __init__(self, plan_path: Path, parent: QWidget | None = None, *, confirm: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore the plan from a backup copy"))
        self._confirm = confirm
        self._chosen: Backup | None = None
        columns: list[Column[Backup]] = [
            Column(self.tr("Taken at"), lambda b: date_time(b.taken_at, seconds=True)),
            Column(self.tr("Taken"), lambda b: tr_message(backup_label(b.reason))),
            Column(self.tr("Staff"), lambda b: "" if b.staff is None else b.staff, align_right=True),
            Column(self.tr("Runs"), lambda b: "" if b.runs is None else b.runs, align_right=True),
            Column(self.tr("Size (KB)"), lambda b: round(b.size / 1024), align_right=True),
            Column(self.tr("File"), lambda b: b.path.name),
        ]
        self.model: RowTableModel[Backup] = RowTableModel(columns, self)
        self.model.set_rows(list_backups(plan_path))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.resizeColumnsToContents()
        self.table.doubleClicked.connect(lambda _index: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button: QPushButton = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.restore_button.setEnabled(self._selected() is not None)
        )
        empty = self.model.rowCount() == 0
        note = QLabel(
            self.tr("No backup copies of this plan yet: one is taken each time a changed plan is opened.")
            if empty
            else self.tr(
                "The plan's content is replaced by the copy you choose. "
                "The plan as it is now is copied first, so this can be undone."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Backup copies of {name}, newest first:").format(name=plan_path.name)))
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        resize_to_fit(self, 760, 420)

    def _selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_row(self, view_row: int) -> None:
        self.table.selectRow(view_row)

    def chosen(self) -> Backup | None:
        """The copy to restore, once the dialog was accepted."""
        return self._chosen

    def accept(self) -> None:
        backup = self._selected()
        if backup is None:
            return
        if (
            self._confirm
            and QMessageBox.question(
                self,
                self.tr("Restore the plan?"),
                self.tr(
                    "Replace the plan with the copy taken at {when}? The plan as it is now is kept as a copy."
                ).format(when=date_time(backup.taken_at, seconds=True)),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self._chosen = backup
        super().accept()
