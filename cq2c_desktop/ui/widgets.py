"""Small widget recipes the views share."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QTableView, QWidget

from cq2c_desktop.ui.table_models import RowTableModel
from cq2c_desktop.ui.user_settings import EXPORT_FOLDER, UserSettings

ROW_HEIGHT = 22  # compact rows, as officers know them from Excel
ROWS_MEASURED = 50  # "fit columns to contents" reads this many rows, not a thousand (it runs on the UI thread)
MAX_COLUMN = 320  # pixels: a column of long text (a reason) stops here; its tooltip holds the rest
ICON_ROOM = 36  # pixels beside a cell's text for its icon and margins


TITLE_BAR = 40  # pixels a window frame adds above what Qt calls its size


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """`width` × `height`, or less where the screen is smaller (a 1280×800 laptop, or 1920×1080 at
    150 %: 1280×720 pixels as Qt counts them), so no dialog opens taller than the screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    space = screen.availableGeometry()
    widget.resize(min(width, space.width()), min(height, space.height() - TITLE_BAR))


def wrap_headers(view: QTableView, columns: Sequence[int] | None = None, lines: int = 2) -> None:
    """Column headers on up to `lines` lines, those `columns` (default: all) as narrow as their title
    allows ("Tài chính - kế toán" in two lines), so a matrix of specialties, or columns of short
    answers under long titles, fit a dialog without cutting a title."""
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    metrics = header.fontMetrics()
    model = view.model()
    for column in range(header.count()) if columns is None else columns:
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        longest_word = max((metrics.horizontalAdvance(word) for word in title.split()), default=0)
        width = max(longest_word, math.ceil(metrics.horizontalAdvance(title) / lines) + metrics.averageCharWidth() * 3)
        header.resizeSection(column, max(56, width + 16))
    header.setMinimumHeight(metrics.lineSpacing() * (lines + 1) + 8)


def ask_export_path(parent: QWidget, settings: UserSettings, title: str, name: str, pattern: str) -> Path | None:
    """Where to write an output, starting in the folder of the last one (remembered in `settings`)."""
    folder = settings.folder(EXPORT_FOLDER)
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name), pattern)
    if not path:
        return None
    settings.remember_folder(EXPORT_FOLDER, path)
    return Path(path)


def data_table(model: QAbstractItemModel, widest: dict[int, list[str]] | None = None) -> QTableView:
    """A sortable table of whole-row selection, alternating colours and compact rows, whose columns
    fit their header and content the first time it has rows (the officer's widths are kept after)."""
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)
    fit_columns_once(view, widest)
    return view


def fit_columns(view: QTableView, widest: dict[int, list[str]] | None = None) -> None:
    """Every column as wide as its header and the rows measured (names and headers whole), at most
    MAX_COLUMN pixels; a column in `widest` at least as wide as the longest of its texts (a status
    that the first rows do not show yet). A last column that stretches keeps the room left, so its
    header shows whole instead of running past the edge."""
    header = view.horizontalHeader()
    last = header.count() - 1 if header.stretchLastSection() else -1
    for column in range(header.count()):
        if column == last:
            continue
        view.resizeColumnToContents(column)
        needed = max((view.fontMetrics().horizontalAdvance(text) for text in (widest or {}).get(column, [])), default=0)
        if needed:
            header.resizeSection(column, max(header.sectionSize(column), needed + ICON_ROOM))
        if header.sectionSize(column) > MAX_COLUMN:
            header.resizeSection(column, MAX_COLUMN)


def fit_columns_once(
    view: QTableView, widest: dict[int, list[str]] | None = None, then: Callable[[], object] | None = None
) -> None:
    """`fit_columns` when the model first shows rows, and not again (the officer may widen a column);
    `then` runs after it (narrowing some columns again)."""
    model = view.model()

    def fit() -> None:
        if model.rowCount() > 0:
            fit_columns(view, widest)
            if then is not None:
                then()
            model.modelReset.disconnect(fit)

    model.modelReset.connect(fit)
    fit()


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
