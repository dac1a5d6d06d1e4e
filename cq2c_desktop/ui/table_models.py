"""Thin Qt table models over rows from a service; they hold no rules.

Sorting and searching happen inside the model on precomputed keys rather than through a
QSortFilterProxyModel: a proxy calls back into Python once per row (150,000 calls for a national
roster), while a list sort and a substring scan on cached strings stay well under 300 ms.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from cq2c_desktop.domain.text import fast_fold, fast_sort_key

Row = TypeVar("Row")
LARGE_TABLE = 20_000  # from this many rows, sorting and search text are prepared off the UI thread
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
        self._position_index: dict[Any, int] | None = None
        self._haystack: list[str] | None = None
        self._sorted: dict[int, list[int]] = {}
        self._generation = 0
        self._warming: threading.Thread | None = None
        self._needle = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.warm_columns: tuple[int, ...] = ()  # columns worth sorting ahead on large tables
        self._poll = QTimer(self)
        self._poll.setInterval(30)
        self._poll.timeout.connect(self._apply_deferred_sort)

    # --- content -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show new rows. A large table appears at once in the order the rows came; its search text
        and sort orders are built on a worker thread, and the sorted order follows when ready."""
        self.beginResetModel()
        self._generation += 1
        self._rows = list(rows)
        self._haystack = None
        self._sorted = {}
        self._position_index = None  # built on first use: costly on 150,000 rows
        large = len(self._rows) >= LARGE_TABLE
        deferred = large and self._sort is not None and not self._needle
        self._order = list(range(len(self._rows))) if deferred else self._compute_order()
        self.endResetModel()
        if large:
            sort_column = [self._sort[0]] if self._sort is not None else []
            self.warm_up(columns=(*sort_column, *self.warm_columns))
        if deferred:
            self._poll.start()

    def _apply_deferred_sort(self) -> None:
        if self._warming is not None and self._warming.is_alive():
            return  # still building; look again at the next tick
        self._poll.stop()
        if self._sort is not None:
            self.sort(*self._sort)

    def rows(self) -> list[Row]:
        return list(self._rows)

    @property
    def total_rows(self) -> int:
        """All rows, whatever the search shows (no copy: this runs on every keystroke)."""
        return len(self._rows)

    def row_at(self, view_row: int) -> Row:
        return self._rows[self._order[view_row]]

    @property
    def _position(self) -> dict[Any, int]:
        if self._position_index is None:
            key = self._key
            self._position_index = {key(r): i for i, r in enumerate(self._rows)} if key else {}
        return self._position_index

    def row_by_key(self, key: Any) -> Row | None:
        position = self._position.get(key)
        return None if position is None else self._rows[position]

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
        self._sorted = {}
        if self._haystack is not None:
            self._haystack[position] = self._search_text(row)
        view_row = self.view_row_of(self._key(row))
        if view_row is not None:
            self.dataChanged.emit(self.index(view_row, 0), self.index(view_row, len(self._columns) - 1))

    # --- sort and search -----------------------------------------------------------------
    def _search_text(self, row: Row) -> str:
        return "\x1f".join(fast_fold(_display(c.value(row))) for c in self._columns if c.searchable)

    def _build_haystack(self, rows: list[Row]) -> list[str]:
        # Fold rows a few thousand at a time: one C-level pass per chunk is fast, and short enough that
        # a worker thread building this does not hold Python's lock long enough to stall the UI.
        getters = [c.value for c in self._columns if c.searchable]
        haystack: list[str] = []
        for start in range(0, len(rows), 4000):
            block = "\x1e".join("\x1f".join(_display(g(r)) for g in getters) for r in rows[start:start + 4000])
            haystack.extend(fast_fold(block).split("\x1e"))
        return haystack

    def warm_up(self, columns: Sequence[int] = ()) -> None:
        """Build the search text and the sort orders of `columns` on a worker thread, so the first
        search or sort on a large table does not wait for them. The rows are immutable, so the
        worker only reads; its results are dropped if the rows changed meanwhile."""
        generation, rows = self._generation, self._rows

        def work() -> None:
            haystack = self._build_haystack(rows)
            orders = {c: self._order_of(c, rows) for c in columns}
            if generation == self._generation:
                self._haystack = self._haystack if self._haystack is not None else haystack
                for column, order in orders.items():
                    self._sorted.setdefault(column, order)

        self._warming = threading.Thread(target=work, name="table-warm-up", daemon=True)
        self._warming.start()

    def _wait_for_warm_up(self) -> None:
        if self._warming is not None:
            self._warming.join()
            self._warming = None

    def _order_of(self, column: int, rows: list[Row]) -> list[int]:
        value = self._columns[column].value
        raw = [value(r) for r in rows]
        if all(isinstance(v, str) for v in raw):
            keys: list[Any] = [fast_sort_key(v) for v in raw]
        elif all(isinstance(v, int | float | bool) for v in raw):
            keys = raw
        elif any(isinstance(v, str) for v in raw):  # mixed: compare as shown, blanks last
            keys = [(v is None, fast_sort_key(_display(v))) for v in raw]
        else:  # numbers with blanks: blanks last
            keys = [(v is None, 0 if v is None else v) for v in raw]
        return sorted(range(len(raw)), key=keys.__getitem__)

    def _ascending(self, column: int) -> list[int]:
        """Row positions in ascending order of a column, computed once per column."""
        self._wait_for_warm_up()
        order = self._sorted.get(column)
        if order is None:
            order = self._order_of(column, self._rows)
            self._sorted[column] = order
        return order

    def _compute_order(self) -> list[int]:
        if self._sort is not None:
            column, direction = self._sort
            ascending = self._ascending(column)
            order = ascending[::-1] if direction == Qt.SortOrder.DescendingOrder else list(ascending)
        else:
            order = list(range(len(self._rows)))
        if self._needle:
            self._wait_for_warm_up()
            if self._haystack is None:
                self._haystack = self._build_haystack(self._rows)
            haystack, needle = self._haystack, self._needle
            order = [i for i in order if needle in haystack[i]]
        return order

    def set_search(self, text: str) -> None:
        needle = fast_fold(" ".join(text.split()))
        if needle == self._needle:
            return
        narrowing = bool(self._needle) and needle.startswith(self._needle)
        self.beginResetModel()
        self._needle = needle
        if narrowing and self._haystack is not None:  # typing on: only the rows shown can still match
            haystack = self._haystack
            self._order = [i for i in self._order if needle in haystack[i]]
        else:
            self._order = self._compute_order()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        before = self._order
        self._sort = (column, order)
        self._order = self._compute_order()
        old = self.persistentIndexList()
        if old:  # only views with a current item or selection keep persistent indexes
            where = {source: view for view, source in enumerate(self._order)}
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
