"""The wizard's last page: a dry run of the import, the file's rows with problem cells highlighted,
the rows not read as data with their role, and who would be removed (asked before it happens)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from cq2c_desktop.services.importing import ImportReport, preview, run_import
from cq2c_desktop.services.importing_detect import sample_rows
from cq2c_desktop.ui.formatting import file_cell_text
from cq2c_desktop.ui.jobs import Job
from cq2c_desktop.ui.messages import error_text, show_error, tr_message

if TYPE_CHECKING:
    from cq2c_desktop.ui.dialogs.import_wizard import ImportWizard

ERROR_COLOUR = QColor("#f4b6b6")
WARNING_COLOUR = QColor("#fbe7a1")
NOTE_COLOUR = QColor("#dbe9f7")
SKIPPED_COLOUR = QColor("#e6e6e6")
SAMPLE_ROWS = 300
NAMES_SHOWN = 30


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters.upper():
        index = index * 26 + ord(letter) - 64
    return index - 1


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.report: ImportReport | None = None
        self.job: Job | None = None
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Nothing has been written yet. Cells with problems are highlighted."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.grid = QTableWidget()
        self.problems = QTableWidget(0, 4)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")]
        )
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.cellClicked.connect(self._jump)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.grid)
        split.addWidget(self.problems)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.report = None
        self.completeChanged.emit()
        wizard = self._wizard
        options = wizard.mapping_page.options()
        plan, kind, path = wizard.workspace.plan, wizard.kind(), wizard.path()
        self.summary.setText(self.tr("Checking every row…"))
        self.job = Job(
            self,
            self.tr("Checking the file…"),
            lambda progress, stop: preview(plan, kind, path, options, progress=progress, should_stop=stop),
            self._show,
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self.summary.setText(error_text(error))

    def _show(self, report: ImportReport) -> None:
        self.job = None
        self.report = report
        self.summary.setText(
            self.tr(
                "{records} records read: {added} to add, {changed} to change, {removed} to remove, "
                "{unchanged} unchanged · {errors} errors, {warnings} warnings"
            ).format(
                records=report.records,
                added=report.added,
                changed=report.changed,
                removed=report.removed,
                unchanged=report.unchanged,
                errors=report.errors,
                warnings=report.warnings,
            )
            + ("" if report.ok else "\n" + self.tr("Fix the errors in the file (or the mapping) before importing."))
            + self._not_read(report)
        )
        self._fill_grid(report)
        self._fill_problems(report)
        self.completeChanged.emit()

    def _not_read(self, report: ImportReport) -> str:
        """One line: the rows not read as data, by role ("rows 1–4 title, 15 subtotal …")."""
        roles = {
            "title": self.tr("title"),
            "header": self.tr("header"),
            "numbering": self.tr("column numbers"),
            "group": self.tr("group"),
            "subtotal": self.tr("subtotal"),
            "footer": self.tr("footer"),
            "blank": self.tr("blank"),
            "hidden": self.tr("hidden"),
        }
        spans = [s for s in report.rows_not_read if s.role.value != "blank"]
        if not spans:
            return ""
        several = len({s.sheet for s in spans}) > 1
        parts = [
            (f"[{s.sheet}] " if several else "")
            + (str(s.first) if s.first == s.last else f"{s.first}–{s.last}")
            + f" {roles.get(s.role.value, s.role.value)}"
            for s in spans[:40]
        ]
        more = f" … (+{len(spans) - 40})" if len(spans) > 40 else ""
        return "\n" + self.tr("Rows not read as data: {rows}").format(rows=", ".join(parts) + more)

    def _fill_grid(self, report: ImportReport) -> None:
        first = max(1, report.header_row or 1)
        sheet = report.sheets[0].name if report.sheets else None
        rows = sample_rows(self._wizard.path(), sheet, first, SAMPLE_ROWS)
        width = max((len(r.cells) for r in rows), default=0)
        self.grid.clear()
        self.grid.setRowCount(len(rows))
        self.grid.setColumnCount(width)
        self.grid.setVerticalHeaderLabels([str(r.excel_row) for r in rows])
        self.grid.setHorizontalHeaderLabels([_letters(i) for i in range(width)])
        self._row_of = {r.excel_row: i for i, r in enumerate(rows)}
        for i, row in enumerate(rows):
            for j, value in enumerate(row.values or row.cells):
                # The file's cells in the interface's formats: 12/03/1988, 2,34 (not 1988-03-12 00:00:00)
                self.grid.setItem(i, j, QTableWidgetItem(file_cell_text(value)))
        for span in report.rows_not_read:
            if span.sheet != sheet:
                continue
            for number in range(span.first, span.last + 1):
                if number in self._row_of:
                    header = self.grid.verticalHeaderItem(self._row_of[number])
                    if header is not None:
                        header.setBackground(QBrush(SKIPPED_COLOUR))
                        header.setToolTip(span.role.value)
        for problem in report.problems:
            if problem.sheet and problem.sheet != sheet:
                continue
            item = self._cell(problem.row, problem.column)
            if item is not None:
                item.setBackground(QBrush(_colour(problem)))
                item.setToolTip(tr_message(problem.message))
        self.grid.resizeColumnsToContents()

    def _cell(self, row: int | None, column: str) -> QTableWidgetItem | None:
        if row is None or row not in self._row_of:
            return None
        col = _column_index(column) if column else 0
        item = self.grid.item(self._row_of[row], col)
        if item is None and col < self.grid.columnCount():
            item = QTableWidgetItem("")
            self.grid.setItem(self._row_of[row], col, item)
        return item

    def _fill_problems(self, report: ImportReport) -> None:
        self.problems.setRowCount(len(report.problems))
        for i, problem in enumerate(report.problems):
            values = (
                "" if problem.row is None else str(problem.row),
                problem.column,
                problem.value,
                tr_message(problem.message),
            )
            for j, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(_colour(problem)))
                self.problems.setItem(i, j, item)
        self.problems.resizeColumnsToContents()

    def _jump(self, row: int, _column: int) -> None:
        if self.report is None:
            return
        problem = self.report.problems[row]
        item = self._cell(problem.row, problem.column)
        if item is not None:
            self.grid.setCurrentItem(item)
            self.grid.scrollToItem(item)

    def isComplete(self) -> bool:  # noqa: N802
        return self.report is not None and self.report.ok

    def confirm_removals(self) -> bool:
        """An import that removes people names them and asks first; one that removes nobody goes on."""
        if self.report is None or not self.report.removals:
            return True
        names = self.report.removals
        shown = "\n".join(f"• {n}" for n in names[:NAMES_SHOWN])
        if len(names) > NAMES_SHOWN:
            shown += "\n" + self.tr("… and {count} more").format(count=len(names) - NAMES_SHOWN)
        answer = QMessageBox.question(
            self,
            self.tr("Remove from the plan?"),
            self.tr("This import removes {count} entries of the plan that the file does not list:").format(
                count=len(names)
            )
            + "\n\n"
            + shown
            + "\n\n"
            + self.tr("Remove them? (The import can be undone with Edit › Undo.)"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def start_import(self, accept: Callable[[], None]) -> None:
        """Run the real import (one transaction); close the wizard only when it is written."""
        if not self.confirm_removals():
            return
        wizard = self._wizard
        options = wizard.mapping_page.options()
        plan, kind, path = wizard.workspace.plan, wizard.kind(), wizard.path()

        def done(report: Any) -> None:
            self.job = None
            if isinstance(report, ImportReport) and report.written:
                wizard.imported.emit(report)
                accept()
            else:
                QMessageBox.warning(self, self.tr("Nothing was imported"), problems_text(report))

        self.job = Job(
            self,
            self.tr("Importing…"),
            lambda progress, stop: run_import(plan, kind, path, options, progress=progress, should_stop=stop),
            done,
            self._import_failed,
        )

    def _import_failed(self, error: BaseException) -> None:
        self.job = None
        show_error(self, self.tr("Nothing was imported"), error)


def _colour(problem: Any) -> QColor:
    return ERROR_COLOUR if problem.is_error else WARNING_COLOUR if problem.severity == "warning" else NOTE_COLOUR


def problems_text(report: ImportReport) -> str:
    """The report's summary and its problems, one a line, in the interface language."""
    lines = [tr_message(report.summary())]
    lines += [f"{p.row or ''} {p.column} {tr_message(p.message)}".strip() for p in report.problems if p.is_error][:20]
    return "\n".join(lines)


def _letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
