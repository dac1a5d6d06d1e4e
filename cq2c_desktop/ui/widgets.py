"""Small widget recipes the views share."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QTableView, QWidget

from cq2c_desktop.ui.table_models import RowTableModel
from cq2c_desktop.ui.user_settings import EXPORT_FOLDER, UserSettings

ROW_HEIGHT = 22  # compact rows, as officers know them from Excel
ROWS_MEASURED = 50  # "fit columns to contents" reads this many rows, not a thousand (it runs on the UI thread)


def ask_export_path(parent: QWidget, settings: UserSettings, title: str, name: str, pattern: str) -> Path | None:
    """Where to write an output, starting in the folder of the last one (remembered in `settings`)."""
    folder = settings.folder(EXPORT_FOLDER)
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name), pattern)
    if not path:
        return None
    settings.remember_folder(EXPORT_FOLDER, path)
    return Path(path)


def data_table(model: QAbstractItemModel) -> QTableView:
    """A sortable table of whole-row selection, alternating colours and compact rows."""
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)
    return view


class SearchBar(QWidget):
    """A search box over a table model and a "shown of total" count that follows the model (a
    large table answers a search once it has prepared its search text, not at the keystroke)."""

    def __init__(
        self,
        model: RowTableModel[Any],
        placeholder: str,
        count_text: Callable[[int, int], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._model, self._count_text = model, count_text
        self.search = QLineEdit()
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(model.set_search)
        self.count = QLabel()
        for signal in (model.modelReset, model.layoutChanged, model.prepared):
            signal.connect(self.update_count)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.count)
        self.update_count()

    def update_count(self) -> None:
        self.count.setText(self._count_text(self._model.rowCount(), self._model.total_rows))
