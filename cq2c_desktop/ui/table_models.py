"""Thin Qt table models over rows from a service; they hold no rules.

Sorting and searching happen inside the model on precomputed keys rather than through a
QSortFilterProxyModel: a proxy calls back into Python once per row (150,000 calls for a national
roster), while a list sort and a substring scan on cached strings stay well under 300 ms.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from cq2c_desktop.domain.text import fast_fold, sort_key

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    value: Callable[[Row], Any]
    align_right: bool = False
    field: str = ""  # the row's field this column edits, if any
    checkable: bool = False  # shown as a check box (bool values)
    searchable: bool = True
    tooltip: Callable[[Row], str] | None = None
    edit_value: Callable[[Row], Any] | None = None  # what an editor starts from, when not the shown value


def _display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.1f}"
    return str(value)


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of a frozen dataclass through a list of columns, with in-model sort and search.

    Edits are not applied here: `edit_requested(row, field, value)` lets the view turn them into
    undoable commands that call a service, which then hands back the new row (`replace_row`).
    """

    edit_requested = Signal(object, str, object)

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None,
                 key: Callable[[Row], Any] | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._order: list[int] = []
        self._key = key
        self._position: dict[Any, int] = {}
        self._haystack: list[str] | None = None
        self._sort_keys: dict[int, list[Any]] = {}
        self._needle = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- content -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._haystack = None
        self._sort_keys = {}
        self._position = {self._key(r): i for i, r in enumerate(self._rows)} if self._key else {}
        self._order = self._compute_order()
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, view_row: int) -> Row:
        return self._rows[self._order[view_row]]

    def view_row_of(self, key: Any) -> int | None:
        position = self._position.get(key)
        if position is None:
            return None
        try:
            return self._order.index(position)
        except ValueError:
            return None

    def replace_row(self, row: Row) -> None:
        """Show a row the service changed, in place (no re-sort, so the officer keeps their place)."""
        if self._key is None:
            raise ValueError("replace_row needs a key function")
        position = self._position[self._key(row)]
        self._rows[position] = row
        self._sort_keys = {}
        if self._haystack is not None:
            self._haystack[position] = self._search_text(row)
        view_row = self.view_row_of(self._key(row))
        if view_row is not None:
            self.dataChanged.emit(self.index(view_row, 0), self.index(view_row, len(self._columns) - 1))

    # --- sort and search -----------------------------------------------------------------
    def _search_text(self, row: Row) -> str:
        return "\x1f".join(fast_fold(_display(c.value(row))) for c in self._columns if c.searchable)

    def _column_keys(self, column: int) -> list[Any]:
        keys = self._sort_keys.get(column)
        if keys is None:
            value = self._columns[column].value
            raw = [value(r) for r in self._rows]
            keys = [(0, sort_key(v)) if isinstance(v, str) else (1, "") if v is None else (0, v) for v in raw]
            if any(isinstance(v, str) for v in raw) and not all(isinstance(v, str) or v is None for v in raw):
                keys = [(0, sort_key(_display(v))) for v in raw]
            self._sort_keys[column] = keys
        return keys

    def _compute_order(self) -> list[int]:
        order = list(range(len(self._rows)))
        if self._sort is not None:
            column, direction = self._sort
            keys = self._column_keys(column)
            order.sort(key=keys.__getitem__, reverse=direction == Qt.SortOrder.DescendingOrder)
        if self._needle:
            if self._haystack is None:
                self._haystack = [self._search_text(r) for r in self._rows]
            haystack, needle = self._haystack, self._needle
            order = [i for i in order if needle in haystack[i]]
        return order

    def set_search(self, text: str) -> None:
        needle = fast_fold(" ".join(text.split()))
        if needle == self._needle:
            return
        self.beginResetModel()
        self._needle = needle
        self._order = self._compute_order()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        before = self._order
        self._sort = (column, order)
        self._order = self._compute_order()
        where = {source: view for view, source in enumerate(self._order)}
        old = self.persistentIndexList()
        new = [
            self.index(where[before[i.row()]], i.column()) if before[i.row()] in where else QModelIndex()
            for i in old
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # --- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._order):
            return None
        column = self._columns[index.column()]
        row = self._rows[self._order[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if column.checkable else _display(column.value(row))
        if role == Qt.ItemDataRole.CheckStateRole and column.checkable:
            return Qt.CheckState.Checked if column.value(row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole:
            return (column.edit_value or column.value)(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        column = self._columns[index.column()]
        if column.field and column.checkable:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if column.field:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        column = self._columns[index.column()]
        if not column.field:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and column.checkable:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[self._order[index.row()]]
        if (column.edit_value or column.value)(row) == value:
            return False
        self.edit_requested.emit(row, column.field, value)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._order):
            return str(section + 1)
        return None
