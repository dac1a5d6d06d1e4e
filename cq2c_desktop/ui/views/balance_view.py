"""The balance view: a unit × specialty heat map of staff minus posts, and bar charts of it.

It shows what `services.balance_views` computes; only colours and labels are decided here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget

from cq2c_desktop.domain.text import sort_key
from cq2c_desktop.services.balance_views import REGION_ORDER, BalanceGrid, GridCell, breakdown
from cq2c_desktop.ui.model_roles import RoleData, fill_roles, reorder
from cq2c_desktop.ui.views import (
    BALANCED_CELL,
    SHORT_COLOURS,
    BalanceScale,
    range_text,
    region_label,
    specialty_label,
)
from cq2c_desktop.ui.views.approved_note import approved_note, approved_tooltip
from cq2c_desktop.ui.views.balance_chart import BalanceChart

Index = QModelIndex | QPersistentModelIndex

UNIT, REGION, SHORT, SURPLUS = range(4)  # the fixed columns; specialties follow


class BalanceTableModel(QAbstractTableModel):
    """One row per unit, one column per specialty; a cell is staff minus posts.

    The region filter and the sort happen here, on numbers the grid worked out once: a
    QSortFilterProxyModel would call back into Python for every comparison, seconds of a frozen
    window on the 3,321 units of the whole country."""

    RegionRole = Qt.ItemDataRole.UserRole + 2
    UnitIdRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._grid = BalanceGrid((), ())
        self._scale = BalanceScale(1, 1)
        self._region: str | None = None
        self._sort: tuple[int, Qt.SortOrder] = (UNIT, Qt.SortOrder.AscendingOrder)
        self._order: list[int] = []  # positions in `grid.rows` of the rows shown, top to bottom

    def set_grid(self, grid: BalanceGrid) -> None:
        self.beginResetModel()
        self._grid = grid
        worst_short, worst_surplus = grid.extremes()
        self._scale = BalanceScale.for_values((-worst_short, worst_surplus))
        self._order = self._compute_order()
        self.endResetModel()

    def set_region(self, region: str | None) -> None:
        """Show only `region`'s units (None: all)."""
        if region == self._region:
            return
        self.beginResetModel()
        self._region = region
        self._order = self._compute_order()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        before = self._order
        self._sort = (column, order)

        def show(after: list[int]) -> None:
            self._order = after

        reorder(self, before, self._compute_order(), show)

    def _sort_keys(self, column: int) -> list[Any]:
        rows = self._grid.rows
        if column == UNIT:
            return [sort_key(r.name) for r in rows]
        if column == REGION:
            rank = {region: i for i, region in enumerate(REGION_ORDER)}
            return [rank.get(r.region, len(REGION_ORDER)) for r in rows]
        if column == SHORT:
            return [r.shortage for r in rows]
        if column == SURPLUS:
            return [r.surplus for r in rows]
        specialty = column - SURPLUS - 1
        return [r.surpluses[specialty] - r.deficits[specialty] for r in rows]

    def _compute_order(self) -> list[int]:
        rows, region = self._grid.rows, self._region
        shown = [i for i, r in enumerate(rows) if region is None or r.region == region]
        column, order = self._sort
        if not rows or column >= self.columnCount():
            return shown
        keys = self._sort_keys(column)
        # reverse=True keeps ties in the grid's order (by name), as the ascending sort does
        return sorted(shown, key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    @property
    def grid(self) -> BalanceGrid:
        return self._grid

    @property
    def scale(self) -> BalanceScale:
        return self._scale

    def row_of(self, unit_id: str) -> int:
        """The row showing `unit_id`, or -1 when it is filtered out or unknown."""
        rows = self._grid.rows
        return next((view for view, i in enumerate(self._order) if rows[i].unit_id == unit_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else SURPLUS + 1 + len(self._grid.specialties)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._order):
            return None
        row = self._grid.rows[self._order[index.row()]]
        if role == self.RegionRole:
            return row.region
        if role == self.UnitIdRole:
            return row.unit_id
        if index.column() > SURPLUS:
            return self._cell_data(
                row.name, index.column() - SURPLUS - 1, row.cells[index.column() - SURPLUS - 1], role
            )
        return self._unit_data(index.column(), row.name, row.region, row.shortage, row.surplus, role)

    def multiData(self, index: Index, roles: RoleData) -> None:  # noqa: N802 - Qt's name
        fill_roles(self, index, roles)

    def _unit_data(self, column: int, name: str, region: str, short: int, surplus: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (name, region_label(region), str(short), str(surplus))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SHORT, SURPLUS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == SHORT and short:
            return QColor(SHORT_COLOURS[-1])
        return None

    def _cell_data(self, unit: str, column: int, cell: GridCell, role: int) -> Any:
        empty = cell.posts == 0 and cell.current == 0
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if empty else (f"{cell.balance:+d}" if cell.balance else "0")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and not empty:
            return self._scale.colour(cell.balance) if cell.balance else QColor(BALANCED_CELL)
        if role == Qt.ItemDataRole.ForegroundRole and not empty and self._scale.is_dark(cell.balance):
            return QColor(Qt.GlobalColor.white)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(
                "{unit} — {specialty}\nPosts: {posts}\nStaff: {current} (movable: {movable})\n"
                "Short: {short}   Surplus: {surplus}"
            ).format(
                unit=unit,
                specialty=specialty_label(self._grid.specialties[column]),
                posts=cell.posts,
                current=cell.current,
                movable=cell.movable,
                short=cell.deficit,
                surplus=cell.surplus,
            )
        return None

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Vertical or not 0 <= section < self.columnCount():
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section > SURPLUS:
            return specialty_label(self._grid.specialties[section - SURPLUS - 1])
        fixed = (self.tr("Unit"), self.tr("Region"), self.tr("Short"), self.tr("Surplus"))
        if role == Qt.ItemDataRole.ToolTipRole:
            fixed = (
                self.tr("Unit"),
                self.tr("Region"),
                self.tr("Posts not filled, all specialties"),
                self.tr("Staff above posts, all specialties"),
            )
        return fixed[section]


class BalanceView(QWidget):
    """A heat map tab and a charts tab under one region filter. Feed it `Workspace.balance_grid()`
    with `set_grid`; `unit_selected` / `select_unit` keep it in step with the map."""

    unit_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._syncing = False
        self.model = BalanceTableModel(self)
        self.table = self._build_table()
        self.region_combo = QComboBox()
        self.region_combo.currentIndexChanged.connect(self._region_changed)
        self.totals = QLabel()
        self.legend = QLabel()
        self.approved = QLabel()  # "figures include N approved moves", hidden when there is none
        self.approved.setToolTip(approved_tooltip())
        self.approved.setWordWrap(True)
        self.approved.hide()
        self.region_chart = BalanceChart()
        self.specialty_chart = BalanceChart()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Region:")))
        top.addWidget(self.region_combo)
        top.addSpacing(16)
        top.addWidget(self.legend)
        top.addStretch(1)
        top.addWidget(self.totals)
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.region_chart)
        charts.addWidget(self.specialty_chart)
        charts.setSizes([400, 600])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("Heat map"))
        self.tabs.addTab(charts, self.tr("Charts"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.approved)
        layout.addWidget(self.tabs, 1)
        self._fill_regions(())

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.sortByColumn(SHORT, Qt.SortOrder.DescendingOrder)  # the most urgent units first
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.verticalHeader().setDefaultSectionSize(22)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(48)  # two lines: specialty names are long
        header.setDefaultSectionSize(76)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        return table

    @Slot(object)
    def set_grid(self, grid: BalanceGrid) -> None:
        region = self.region()
        self.model.set_grid(grid)
        self.table.setColumnWidth(UNIT, 170)
        self.table.setColumnWidth(REGION, 80)
        self.table.setColumnWidth(SHORT, 56)
        self.table.setColumnWidth(SURPLUS, 56)
        self._fill_regions(grid.regions, region)
        self.approved.setText(approved_note(grid.approved_moves, grid.secondments))
        self.approved.setVisible(bool(grid.approved_moves))
        self._refresh_summaries()
        self._show_legend()

    @Slot()
    def clear(self) -> None:
        self.set_grid(BalanceGrid((), ()))

    def region(self) -> str | None:
        value = self.region_combo.currentData()
        return str(value) if value else None

    @Slot(str)
    def set_region(self, region: str) -> None:
        """Show one region's units ("" for all)."""
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(region or None)))

    @Slot()
    def sort_by_name(self) -> None:
        self.table.sortByColumn(UNIT, Qt.SortOrder.AscendingOrder)

    @Slot()
    def sort_by_shortage(self) -> None:
        self.table.sortByColumn(SHORT, Qt.SortOrder.DescendingOrder)

    @Slot(str)
    def select_unit(self, unit_id: str) -> None:
        """Make `unit_id` the current row, without echoing `unit_selected` back."""
        row = self.model.row_of(unit_id)
        index = self.model.index(row, UNIT) if row >= 0 else QModelIndex()
        self._syncing = True
        try:
            if index.isValid():
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                self.table.selectionModel().setCurrentIndex(index, flags)
                self.table.scrollTo(index)
            else:
                self.table.clearSelection()
        finally:
            self._syncing = False

    def _fill_regions(self, regions: Sequence[str], keep: str | None = None) -> None:
        self.region_combo.blockSignals(True)
        self.region_combo.clear()
        self.region_combo.addItem(self.tr("All regions"), None)
        for region in regions:
            self.region_combo.addItem(region_label(region), region)
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(keep)) if keep else 0)
        self.region_combo.blockSignals(False)
        self._apply_filter()

    def _region_changed(self, _index: int) -> None:
        self._apply_filter()
        self._refresh_summaries()

    def _apply_filter(self) -> None:
        current = self.table.currentIndex().data(BalanceTableModel.UnitIdRole)
        self.model.set_region(self.region())
        if current is not None:  # the filter resets the table: keep the unit picked if it is still shown
            self.select_unit(str(current))

    def _refresh_summaries(self) -> None:
        grid, region = self.model.grid, self.region()
        parts = breakdown(grid, region)
        self.region_chart.show_tallies(
            self.tr("By region"), [region_label(t.key) for t in parts.by_region], parts.by_region
        )
        where = region_label(region) if region else self.tr("all regions")
        self.specialty_chart.show_tallies(
            self.tr("By specialty: {where}").format(where=where),
            [specialty_label(s) for s in grid.specialties],
            parts.by_specialty,
        )
        shown = [t for t in parts.by_region if region is None or t.key == region]
        self.totals.setText(
            self.tr("{units} units · short {short} · surplus {surplus}").format(
                units=self.model.rowCount(), short=sum(t.shortage for t in shown), surplus=sum(t.surplus for t in shown)
            )
        )

    def _show_legend(self) -> None:
        """Colour chips of the table's classes, from the worst shortage to the largest surplus."""
        chips = "".join(
            f'<td bgcolor="{(colour if low else QColor(BALANCED_CELL)).name()}" style="color:'
            f'{"white" if self.model.scale.is_dark(high) else "black"}">&nbsp;{range_text(low, high)}&nbsp;</td>'
            for low, high, colour in self.model.scale.classes()
        )
        title = self.tr("Staff − posts:")
        self.legend.setText(f'<table cellspacing="0"><tr><td>{title}&nbsp;</td>{chips}</tr></table>')
        self.legend.setVisible(bool(self.model.grid.rows))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid():
            self.unit_selected.emit(str(current.data(BalanceTableModel.UnitIdRole)))
