"""Thin Qt table models over rows from a service; they hold no rules.

Sorting and searching happen inside the model on precomputed keys rather than through a
QSortFilterProxyModel: a proxy calls back into Python once per row (150,000 calls for a national
roster), while a list sort and a substring scan on cached strings stay well under 300 ms.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from cq2c_desktop.domain.text import fast_fold
from cq2c_desktop.ui.event_loop import TurnTimer
from cq2c_desktop.ui.model_roles import Index, RoleData, reorder, role_items
from cq2c_desktop.ui.prepared_rows import PreparedRows, display_text, matching, narrows

Row = TypeVar("Row")
RELEASE_SLICE = 10_000  # rows freed per turn of the event loop (~5 ms)
PREPARE_BUDGET = 0.025  # seconds of idle preparation per turn; a slice may run past it by ~20 ms
LARGE_TABLE = 20_000  # from this many rows, sort orders and search text are prepared in idle slices
# Roles as plain integers: comparing Qt's enum members costs more than the look-up they guard.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_EDIT = Qt.ItemDataRole.EditRole.value
_CHECK_STATE = Qt.ItemDataRole.CheckStateRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


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
    icon: Callable[[Row], Any] | None = None  # a QIcon before the text (a status), or None


@dataclass(frozen=True)
class RowLook:
    """A whole row's colours and font (None: the table's own)."""

    background: QColor | None = None
    foreground: QColor | None = None
    font: QFont | None = None


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of a frozen dataclass through a list of columns, with in-model sort and search.

    Edits are not applied here: `edit_requested(row, field, value)` lets the view turn them into
    undoable commands that call a service, which then hands back the new row (`replace_row`).
    """

    edit_requested = Signal(object, str, object)
    prepared = Signal()  # a large table now shows the sort and search asked for while it was preparing

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        parent: Any = None,
        key: Callable[[Row], Any] | None = None,
        look: Callable[[Row], RowLook] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._look = look  # a whole row's colours and font (a proposal's status), if any
        self._prepared: PreparedRows[Row] = self._prepare([])
        self._order: list[int] = []
        self._key = key
        self._position_index: dict[Any, int] | None = None
        self._needle = ""  # the search asked for
        self._sort: tuple[int, Qt.SortOrder] | None = None  # the sort asked for
        self._shown: tuple[str, tuple[int, Qt.SortOrder] | None] = ("", None)  # what `_order` shows
        self.warm_columns: tuple[int, ...] = ()  # columns worth sorting ahead on large tables
        self.read_only = False  # a plan opened read-only: no cell is editable
        self._idle = TurnTimer(self, self._prepare_slice)  # one slice per turn of the event loop
        self._released: list[list[Any]] = []  # lists of replaced rows, freed a slice per turn
        self._releasing = TurnTimer(self, self._release_slice)

    # --- content -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show new rows. A large table appears at once in the order the rows came; its search text
        and sort orders are prepared in idle slices, and the sorted order follows when ready."""
        self.beginResetModel()
        self._release(self._prepared.lists())
        self._prepared = self._prepare(list(rows))
        self._position_index = None  # built on first use: costly on 150,000 rows
        if self._large:
            self._order = list(range(len(rows)))
            self._shown = ("", None)
            self._schedule()
        else:
            self._idle.stop()
            self._order = self._compute_order()
            self._shown = (self._needle, self._sort)
        self.endResetModel()

    def _release(self, lists: list[list[Any]]) -> None:
        """Free the replaced rows a slice per turn of the event loop: freeing the 150,000 rows of a
        closed national plan at once holds the UI thread for ~80 ms. (Once the table has let go of
        them, nothing else holds these lists: they are the table's own copies.)"""
        if sum(len(rows) for rows in lists) < LARGE_TABLE:
            return  # small: freed at once when the last reference goes
        self._released.extend(lists)
        self._releasing.start()

    def _release_slice(self) -> None:
        budget = RELEASE_SLICE
        while self._released and budget > 0:
            rows = self._released[-1]
            count = min(budget, len(rows))
            del rows[-count:]
            budget -= count
            if not rows:
                self._released.pop()
        if self._released:
            self._releasing.start()

    def _prepare(self, rows: list[Row]) -> PreparedRows[Row]:
        return PreparedRows(rows, [c.value for c in self._columns if c.searchable], [c.value for c in self._columns])

    @property
    def _rows(self) -> list[Row]:
        return self._prepared.rows

    @property
    def _large(self) -> bool:
        return len(self._rows) >= LARGE_TABLE

    def _ready(self) -> bool:
        """Everything the asked sort and search need is prepared."""
        prepared = self._prepared
        return (not self._needle or prepared.ready_haystack() is not None) and (
            self._sort is None or prepared.has_order(self._sort[0])
        )

    def _schedule(self) -> None:
        """Prepare the search text and the orders asked for (and the warm columns) in idle slices."""
        sort_column = (self._sort[0],) if self._sort is not None else ()
        self._prepared.start((*sort_column, *self.warm_columns))
        self._idle.start()

    def _prepare_slice(self) -> None:
        # Several slices per turn, up to a time budget: one slice per turn spent as much time going
        # round the event loop as preparing (a first sort by unit: ~250 ms until shown, now less).
        deadline = time.perf_counter() + PREPARE_BUDGET
        while self._prepared.step():
            if time.perf_counter() >= deadline:
                self._idle.start()
                return
        self._show_asked()
        self.prepared.emit()

    @property
    def preparing(self) -> bool:
        """A large table is still preparing what an asked sort or search needs (see `prepared`)."""
        return self._idle.isActive()

    def finish_preparing(self) -> None:
        """Do the rest of the idle preparation now and show its result (tests and benchmarks)."""
        if self.preparing:
            self._idle.stop()
            self._prepared.finish()
            self._prepare_slice()

    def _ask(self) -> None:
        """The sort or search asked for changed: show it now, or once a large table has prepared it."""
        if self._large and not self._ready():
            self._schedule()
        else:
            self._show_asked()

    def _show_asked(self) -> None:
        needle, sort = self._needle, self._sort
        shown_needle, shown_sort = self._shown
        if (needle, sort) == self._shown:
            return
        if needle == shown_needle:  # a new sort: the selection follows its rows

            def show(after: list[int]) -> None:
                self._order = after

            reorder(self, self._order, self._compute_order(), show)
        else:
            self.beginResetModel()
            haystack = self._prepared.ready_haystack()
            if sort == shown_sort and shown_needle and narrows(shown_needle, needle) and haystack is not None:
                self._order = matching(self._order, haystack, needle)  # typing on narrows what is shown
            else:
                self._order = self._compute_order()
            self.endResetModel()
        self._shown = (needle, sort)

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
        self._prepared.replace(self._position[self._key(row)], row)
        view_row = self.view_row_of(self._key(row))
        if view_row is not None:
            self.dataChanged.emit(self.index(view_row, 0), self.index(view_row, len(self._columns) - 1))

    # --- sort and search -----------------------------------------------------------------
    def _compute_order(self) -> list[int]:
        if self._sort is not None:
            column, direction = self._sort
            ascending = self._prepared.ascending(column)
            order = ascending[::-1] if direction == Qt.SortOrder.DescendingOrder else list(ascending)
        else:
            order = list(range(len(self._rows)))
        if self._needle:
            order = matching(order, self._prepared.haystack(), self._needle)
        return order

    def set_search(self, text: str) -> None:
        """Show the rows where every word of `text` is found somewhere in the row, with or without
        diacritics ("xa ba thuoc giao duc": Xã Bá Thước in one column, Giáo dục in another)."""
        needle = " ".join(fast_fold(text).split())
        if needle != self._needle:
            self._needle = needle
            self._ask()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._columns):
            self._sort = (column, order)
            self._ask()

    # --- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._order):
            return None
        return self._value(self._columns[index.column()], self._rows[self._order[index.row()]], int(role))

    def _value(self, column: Column[Row], row: Row, role: int) -> Any:
        if role == _DISPLAY:
            return "" if column.checkable else display_text(column.value(row))
        if role == _CHECK_STATE and column.checkable:
            return Qt.CheckState.Checked if column.value(row) else Qt.CheckState.Unchecked
        if role == _EDIT:
            return (column.edit_value or column.value)(row)
        if role == _ALIGNMENT and column.align_right:
            return _RIGHT
        if role == _TOOLTIP and column.tooltip is not None:
            return column.tooltip(row)
        if role == _DECORATION and column.icon is not None:
            return column.icon(row)
        if self._look is not None and role in (_BACKGROUND, _FOREGROUND, _FONT):
            look = self._look(row)
            return look.background if role == _BACKGROUND else look.foreground if role == _FOREGROUND else look.font
        return None

    def multiData(self, index: Index, roles: RoleData) -> None:  # noqa: N802 - Qt's name
        """Every role of a cell with one look-up of its row and column (see `fill_roles`): painting
        the proposals after a decision spent 22 ms here answering role by role through `data`."""
        each = role_items(roles)
        if not index.isValid() or not 0 <= index.row() < len(self._order):
            for role_data in each:
                role_data.clearData()
            return
        column, row = self._columns[index.column()], self._rows[self._order[index.row()]]
        for role_data in each:
            value = self._value(column, row, role_data.role())
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid() or self.read_only:
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

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._order):
            return str(section + 1)
        return None
