"""The import wizard: file and the sheets to read → header, column mapping and options → preview
with problems and the rows not read → import.

Nothing is written before the last page: detection and preview are read-only, and the import itself
is one transaction (all or nothing) run in the background. By default an import adds and updates;
removing people missing from the file is a choice, and the wizard names them and asks first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.services.importing_detect import (
    IGNORE_FIELD,
    KINDS,
    Detection,
    ImportOptions,
    detect,
    field_choices,
    file_sheets,
    unit_choices,
)
from cq2c_desktop.services.workspace import Workspace
from cq2c_desktop.ui.dialogs.import_preview_page import PreviewPage
from cq2c_desktop.ui.messages import error_text, tr_message, ui_language
from cq2c_desktop.ui.user_settings import IMPORT_FOLDER, UserSettings
from cq2c_desktop.ui.widgets import resize_to_fit

FILE_FILTER = "Excel, ODS, CSV (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt);;*"


class FilePage(QWizardPage):
    def __init__(self, settings: UserSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("Rosters, quotas, units or distances as communes send them: Excel, ODS or CSV."))
        self._settings = settings
        self.kind = QComboBox()
        labels = {
            "units": self.tr("Units (communes, wards)"),
            "staff": self.tr("Staff roster"),
            "quotas": self.tr("Staffing quotas (posts per specialty)"),
            "distances": self.tr("Road distances"),
        }
        for kind in KINDS:
            self.kind.addItem(labels[kind], kind)
        self.kind.setCurrentIndex(KINDS.index("staff"))
        self.path = QLineEdit()
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.sheets = QListWidget()
        self.sheets.setToolTip(
            self.tr("Every ticked sheet that holds a list is imported; cover and summary sheets are skipped.")
        )
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("What the file holds:"), self.kind)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Sheets to read:"), self.sheets)
        self.path.editingFinished.connect(self._load_sheets)

    def _browse(self) -> None:
        start = self._settings.folder(IMPORT_FOLDER)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file to import"), start, FILE_FILTER)
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> None:
        self.path.setText(path)
        self._settings.remember_folder(IMPORT_FOLDER, path)
        self._load_sheets()

    def _load_sheets(self) -> None:
        self.sheets.clear()
        try:
            sheets = file_sheets(self.path.text())
        except (ServiceError, OSError):
            return
        for sheet in sheets:
            hidden = self.tr("hidden")
            item = QListWidgetItem(sheet.name if sheet.visible else f"{sheet.name} ({hidden})")
            item.setData(Qt.ItemDataRole.UserRole, sheet.name)
            item.setData(Qt.ItemDataRole.UserRole + 1, sheet.visible)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if sheet.visible else Qt.CheckState.Unchecked)
            self.sheets.addItem(item)

    def chosen_sheets(self) -> list[str] | None:
        """The ticked sheets; None when they are the file's visible sheets (the importer then reads
        those that hold a list and says which it skipped)."""
        items = [self.sheets.item(i) for i in range(self.sheets.count())]
        ticked = [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]
        visible = [i.data(Qt.ItemDataRole.UserRole) for i in items if i.data(Qt.ItemDataRole.UserRole + 1)]
        return None if ticked == visible else ticked

    def set_sheets(self, names: list[str]) -> None:
        """Tick exactly `names` (the importer's choice, or a test's)."""
        for i in range(self.sheets.count()):
            item = self.sheets.item(i)
            ticked = item.data(Qt.ItemDataRole.UserRole) in names
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return Path(self.path.text()).is_file()


class MappingPage(QWizardPage):
    """The detected header and the proposed column mapping, editable column by column."""

    detected = Signal(object)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.detection: Detection | None = None
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(self.tr("Each column of the file goes to a field of the plan; fields marked * are required."))
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 200)
        redetect = QPushButton(self.tr("Read again from this row"))
        redetect.clicked.connect(lambda: self.run_detection(self.header_row.value()))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header in the file"), self.tr("Field"), self.tr("Examples")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Keep them: the file only adds and updates"), "none")
        self.scope.addItem(self.tr("Remove those of the units in the file: it is their complete list"), "covered")
        self.scope.addItem(self.tr("Remove every one missing from the file"), "all")
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setToolTip(self.tr("For a list without a unit column: the unit of every row that names none."))
        self.hidden_rows = QCheckBox(self.tr("Also import the rows hidden in the file"))
        self.save_as = QLineEdit()
        self.save_as.setPlaceholderText(self.tr("optional: a name to reuse this mapping for the same source"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Header row:")))
        top.addWidget(self.header_row)
        top.addWidget(redetect)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        form = QFormLayout()
        form.addRow(self.tr("Unit of rows that name none:"), self.unit)
        form.addRow("", self.hidden_rows)
        form.addRow(self.tr("Rows of the plan missing from the file:"), self.scope)
        form.addRow(self.tr("Save the mapping as:"), self.save_as)
        layout.addLayout(form)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.unit.clear()
        self.unit.addItem(self.tr("(as the file says)"), None)
        for code, name in unit_choices(self._wizard.workspace.plan):
            self.unit.addItem(f"{name} ({code})", code)
        self.run_detection(None)

    def run_detection(self, header_row: int | None) -> None:
        options = ImportOptions(sheets=self._wizard.file_page.chosen_sheets(), header_row=header_row)
        try:
            detection = detect(self._wizard.workspace.plan, self._wizard.kind(), self._wizard.path(), options)
        except (ServiceError, OSError) as exc:
            self.notes.setText(error_text(exc))
            self.detection = None
            self.table.setRowCount(0)
            return
        self.detection = detection
        if detection.header_row is not None:
            self.header_row.setValue(detection.header_row)
        self._fill(detection)
        self.detected.emit(detection)

    def _fill(self, detection: Detection) -> None:
        language = ui_language()
        choices = [(IGNORE_FIELD, self.tr("(ignore this column)"))]
        choices += [
            (f.name, f.label.in_language(language) + (" *" if f.required else ""))
            for f in field_choices(self._wizard.kind())
        ]
        self.table.setRowCount(len(detection.columns))
        for row, column in enumerate(detection.columns):
            self.table.setItem(row, 0, QTableWidgetItem(column.letter))
            self.table.setItem(row, 1, QTableWidgetItem(column.header))
            combo = QComboBox()
            combo.addItem("", None)
            for name, label in choices:
                combo.addItem(label, name)
            known = combo.findData(column.field)
            if known < 0 and column.field:  # a wide-layout column (a specialty, a destination): keep it
                label = column.field_label.in_language(language) if column.field_label else column.field
                combo.addItem(label, column.field)
                known = combo.count() - 1
            combo.setCurrentIndex(max(known, 0))
            self.table.setCellWidget(row, 2, combo)
            self.table.setItem(row, 3, QTableWidgetItem(" · ".join(column.samples)))
        self.table.resizeColumnsToContents()
        messages = [tr_message(p.message) for p in detection.problems]
        if len(detection.list_sheets) > 1:
            messages.insert(0, self.tr("Sheets read: {sheets}").format(sheets=", ".join(detection.list_sheets)))
        if detection.title_unit:
            messages.append(
                self.tr("The title names {unit}: rows without a unit take it.").format(unit=detection.title_unit)
            )
        self.notes.setText("\n".join(messages[:8]) if messages else self.tr("Every required field has a column."))

    def overrides(self) -> list[str]:
        """The officer's changes to the proposed mapping, as "Cột X=field" (or "=-" to ignore)."""
        if self.detection is None:
            return []
        changes = []
        for row, column in enumerate(self.detection.columns):
            combo = self.table.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            chosen = combo.currentData()
            if chosen != column.field and chosen is not None:
                changes.append(f"Cột {column.letter}=" + ("-" if chosen == IGNORE_FIELD else str(chosen)))
        return changes

    def options(self) -> ImportOptions:
        assert self.detection is not None
        several = len(self.detection.list_sheets) > 1
        return ImportOptions(
            sheets=self._wizard.file_page.chosen_sheets() if several else [self.detection.sheet],
            header_row=None if several else self.header_row.value(),
            overrides=self.overrides(),
            save_mapping=self.save_as.text().strip() or None,
            scope=self.scope.currentData(),
            unit=self._unit_choice(),
            include_hidden=self.hidden_rows.isChecked(),
        )

    def _unit_choice(self) -> str | None:
        """The unit picked from the list (its code), or the name typed; None: as the file says."""
        text = self.unit.currentText().strip()
        index = self.unit.findText(text)
        if index >= 0:
            data = self.unit.itemData(index)
            return str(data) if data is not None else None
        return text or None

    def isComplete(self) -> bool:  # noqa: N802
        return self.detection is not None and self.detection.header_row is not None


class ImportWizard(QWizard):
    imported = Signal(object)  # the ImportReport of a written import

    def __init__(self, workspace: Workspace, settings: UserSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Import data"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = FilePage(settings, self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        resize_to_fit(self, 980, 680)

    def kind(self) -> str:
        return str(self.file_page.kind.currentData())

    def path(self) -> str:
        return self.file_page.path.text()

    def accept(self) -> None:
        self.preview_page.start_import(super().accept)
