"""The balance read model (pure) and the balance view (heat map, filter, sort, charts)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from cq2c_desktop.domain.text import sort_key
from cq2c_desktop.services.balance import balance_cells, summarise
from cq2c_desktop.services.balance_views import (
    BalanceGrid,
    GridCell,
    GridRow,
    SpecialtyColumn,
    balance_grid,
    breakdown,
)
from cq2c_desktop.services.overview import unit_rows
from cq2c_desktop.services.workspace import Workspace, open_workspace
from cq2c_desktop.store.db import open_plan
from cq2c_desktop.ui.messages import set_ui_language, ui_language
from cq2c_desktop.ui.views import BALANCED_CELL, SHORT_COLOURS, SURPLUS_COLOURS, BalanceScale, range_text
from cq2c_desktop.ui.views.balance_view import REGION, SHORT, SURPLUS, UNIT, BalanceTableModel, BalanceView

SPECS = (SpecialtyColumn("dat_dai", "Đất đai", "Land"), SpecialtyColumn("y_te", "Y tế", "Health"))


def _small_grid() -> BalanceGrid:
    return BalanceGrid(
        SPECS,
        (
            GridRow("2", "Xã Ân Tiến", "highland", (GridCell(3, 0, 0), GridCell(1, 1, 1))),
            GridRow("1", "Phường Bắc Sơn", "urban", (GridCell(1, 3, 2), GridCell(0, 0, 0))),
            GridRow("3", "Xã Đông Hòa", "lowland", (GridCell(2, 1, 1), GridCell(0, 1, 1))),
        ),
    )


@pytest.fixture(autouse=True)
def vietnamese_interface() -> Iterator[None]:
    """The app sets the interface language; these tests expect Vietnamese names."""
    before = ui_language()
    set_ui_language("vi")
    yield
    set_ui_language(before)


@pytest.fixture
def workspace(demo_plan: Path) -> Iterator[Workspace]:
    ws = open_workspace(demo_plan)
    yield ws
    ws.close()


@pytest.fixture
def view(qtbot: QtBot) -> BalanceView:
    widget = BalanceView()
    qtbot.addWidget(widget)
    return widget


# --- the read model, without Qt ------------------------------------------------------------------------


def test_the_grid_has_every_unit_and_specialty_and_agrees_with_balance_cells(demo_plan: Path) -> None:
    plan = open_plan(demo_plan)
    try:
        with plan.begin() as session:
            grid = balance_grid(session)
            cells = {(c.unit_id, c.specialty_id): c for c in balance_cells(session)}
            units = {u.id: u for u in unit_rows(session)}
            summary = summarise(session)
    finally:
        plan.close()
    assert len(grid.rows) == 166 and len(grid.specialties) == 12
    assert [r.name for r in grid.rows] == sorted((r.name for r in grid.rows), key=sort_key)
    for row in grid.rows:
        for spec, cell in zip(grid.specialties, row.cells, strict=True):
            expected = cells.get((row.unit_id, spec.id))
            assert (cell.posts, cell.current, cell.movable) == (
                (expected.posts, expected.current, expected.movable) if expected else (0, 0, 0)
            )
        assert (row.shortage, row.surplus) == (units[row.unit_id].shortage, units[row.unit_id].surplus)
    parts = breakdown(grid)
    assert {t.key: t.shortage for t in parts.by_region if t.shortage} == summary.shortage_by_region
    assert {t.key: t.surplus for t in parts.by_specialty if t.surplus} == summary.surplus_by_specialty
    assert grid.regions == ("highland", "mountain", "lowland", "coastal", "urban")


def test_the_breakdown_by_specialty_follows_the_region() -> None:
    grid = _small_grid()
    everywhere = breakdown(grid)
    assert [(t.key, t.shortage, t.surplus) for t in everywhere.by_specialty] == [("dat_dai", 4, 2), ("y_te", 0, 1)]
    assert [(t.key, t.shortage, t.surplus) for t in everywhere.by_region] == [
        ("highland", 3, 0),
        ("lowland", 1, 1),
        ("urban", 0, 2),
    ]
    highland = breakdown(grid, "highland")
    assert [(t.key, t.shortage, t.surplus) for t in highland.by_specialty] == [("dat_dai", 3, 0), ("y_te", 0, 0)]
    assert highland.by_region == everywhere.by_region  # the region chart always shows the whole province
    assert (everywhere.shortage, everywhere.surplus) == (4, 3)


def test_the_workspace_hands_out_the_same_grid(workspace: Workspace, demo_plan: Path) -> None:
    plan = open_plan(demo_plan)
    try:
        with plan.begin() as session:
            assert workspace.balance_grid() == balance_grid(session)
    finally:
        plan.close()


def test_the_colour_scale_gives_the_darkest_shade_to_the_worst_value() -> None:
    scale = BalanceScale.for_values([-13, -1, 0, 4, 20])
    assert (scale.short_cap, scale.surplus_cap) == (13, 20)
    assert scale.colour(-13) == QColor(SHORT_COLOURS[-1]) and scale.colour(20) == QColor(SURPLUS_COLOURS[-1])
    assert scale.colour(-1) == QColor(SHORT_COLOURS[0]) and scale.colour(1) == QColor(SURPLUS_COLOURS[0])
    classes = scale.classes()
    assert [(lo, hi) for lo, hi, _ in classes] == [
        (-13, -10),
        (-9, -7),
        (-6, -4),
        (-3, -1),
        (0, 0),
        (1, 5),
        (6, 10),
        (11, 15),
        (16, 20),
    ]
    for low, high, colour in classes:  # every value of a class gets the class's colour
        assert all(scale.colour(v) == colour for v in range(low, high + 1))
    small = BalanceScale.for_values([-3, 1])  # fewer values than shades: light, middle, dark
    assert [scale_colour.name() for _, _, scale_colour in small.classes()[:3]] == [
        SHORT_COLOURS[3],
        SHORT_COLOURS[2],
        SHORT_COLOURS[0],
    ]
    assert range_text(-9, -7) == "-9 … -7" and range_text(0, 0) == "0" and range_text(3, 3) == "+3"


# --- the widget ----------------------------------------------------------------------------------------


def _source_index(view: BalanceView, unit_id: str, column: int) -> QModelIndex:
    return view.model.index(view.model.row_of(unit_id), column)


def test_cells_show_staff_minus_posts_in_red_and_blue_with_tooltips(view: BalanceView) -> None:
    view.set_grid(_small_grid())
    model = view.model
    short = _source_index(view, "2", SURPLUS + 1)  # Ân Tiến, Đất đai: 3 posts, nobody
    assert short.data() == "-3"
    assert short.data(Qt.ItemDataRole.BackgroundRole) == QColor(SHORT_COLOURS[-1])
    assert short.data(Qt.ItemDataRole.ForegroundRole) == QColor(Qt.GlobalColor.white)
    tip = short.data(Qt.ItemDataRole.ToolTipRole)
    assert "Xã Ân Tiến — Đất đai" in tip and "Posts: 3" in tip and "Staff: 0 (movable: 0)" in tip
    assert "Short: 3" in tip
    surplus = _source_index(view, "1", SURPLUS + 1)  # Bắc Sơn, Đất đai: 1 post, 3 people
    assert surplus.data() == "+2"
    assert surplus.data(Qt.ItemDataRole.BackgroundRole) == QColor(SURPLUS_COLOURS[-1])
    assert "Staff: 3 (movable: 2)" in surplus.data(Qt.ItemDataRole.ToolTipRole)
    balanced = _source_index(view, "2", SURPLUS + 2)
    assert balanced.data() == "0" and balanced.data(Qt.ItemDataRole.BackgroundRole) == QColor(BALANCED_CELL)
    empty = _source_index(view, "1", SURPLUS + 2)  # no posts, nobody: nothing to show
    assert empty.data() == "" and empty.data(Qt.ItemDataRole.BackgroundRole) is None
    assert _source_index(view, "2", SHORT).data() == "3" and _source_index(view, "3", REGION).data() == "Đồng bằng"
    assert model.headerData(SURPLUS + 2, Qt.Orientation.Horizontal) == "Y tế"
    assert model.columnCount() == 6


def test_specialties_are_named_in_the_interface_language(view: BalanceView) -> None:
    set_ui_language("en")
    view.set_grid(_small_grid())
    assert view.model.headerData(SURPLUS + 2, Qt.Orientation.Horizontal) == "Health"
    assert view.specialty_chart.categories.categories()[-1] == "Land"


def test_the_models_pass_the_model_tester(view: BalanceView, workspace: Workspace, qtmodeltester: object) -> None:
    view.set_grid(workspace.balance_grid())
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    view.set_region("highland")
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    view.sort_by_name()
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]


def test_sorts_by_vietnamese_name_and_by_total_shortage(view: BalanceView, workspace: Workspace) -> None:
    view.set_grid(workspace.balance_grid())
    model = view.model

    def column(col: int) -> list[str]:
        return [str(model.index(r, col).data()) for r in range(model.rowCount())]

    shortages = [int(v) for v in column(SHORT)]  # the default: the most urgent first
    assert shortages == sorted(shortages, reverse=True) and shortages[0] > 0
    view.sort_by_name()
    names = column(UNIT)
    assert names == sorted(names, key=sort_key)
    assert names.index("Phường Đông Sơn") > names.index("Phường Đào Duy Từ") > names.index("Phường Bỉm Sơn")
    view.sort_by_shortage()
    assert [int(v) for v in column(SHORT)] == shortages


def test_the_region_filter_narrows_the_table_and_the_specialty_chart(view: BalanceView, workspace: Workspace) -> None:
    grid = workspace.balance_grid()
    view.set_grid(grid)
    assert view.region_combo.count() == 6 and view.region_combo.itemText(0) == "All regions"
    assert view.model.rowCount() == 166
    view.set_region("highland")
    highland = [r for r in grid.rows if r.region == "highland"]
    assert view.model.rowCount() == len(highland) == Counter(r.region for r in grid.rows)["highland"]
    assert {view.model.index(r, REGION).data() for r in range(view.model.rowCount())} == {"Vùng cao"}
    chart = view.specialty_chart
    expected = [t.shortage for t in breakdown(grid, "highland").by_specialty]
    assert [chart.short_set.at(i) for i in range(chart.short_set.count())] == list(reversed(expected))
    assert chart.categories.categories()[-1] == grid.specialties[0].name  # the first specialty at the top
    assert "Vùng cao" in chart.chart().title()
    assert f"short {sum(r.shortage for r in highland)}" in view.totals.text()
    region_bars = view.region_chart.short_set
    assert region_bars.count() == 5  # the region chart keeps the whole province
    view.set_grid(grid)  # new data keeps the chosen region
    assert view.region() == "highland" and view.model.rowCount() == len(highland)
    view.set_region("")
    assert view.model.rowCount() == 166


def test_clicking_a_row_emits_the_unit_and_select_unit_does_not_echo(view: BalanceView, qtbot: QtBot) -> None:
    view.set_grid(_small_grid())
    view.show()
    view.sort_by_name()
    first = view.model.index(0, UNIT)
    assert first.data() == "Phường Bắc Sơn"
    rect = view.table.visualRect(first)
    with qtbot.waitSignal(view.unit_selected, timeout=1000) as signal:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["1"]
    with qtbot.assertNotEmitted(view.unit_selected):
        view.select_unit("3")
    assert view.table.currentIndex().data(BalanceTableModel.UnitIdRole) == "3"
    view.clear()
    assert view.model.rowCount() == 0 and view.region_combo.count() == 1


def test_rows_carry_their_shortage_and_surplus_per_specialty() -> None:
    row = _small_grid().rows[2]  # Đông Hòa: 2 land posts with 1 person, no health post but 1 person
    assert (row.deficits, row.surpluses, row.shortage, row.surplus) == ((1, 0), (0, 1), 1, 1)
    assert _small_grid().extremes() == (3, 2) and BalanceGrid((), ()).extremes() == (0, 0)


def test_sorting_by_a_specialty_keeps_ties_in_name_order(view: BalanceView) -> None:
    view.set_grid(_small_grid())
    view.table.sortByColumn(SURPLUS + 2, Qt.SortOrder.DescendingOrder)  # Y tế: Đông Hòa +1, others 0
    names = [view.model.index(r, UNIT).data() for r in range(view.model.rowCount())]
    assert names == ["Xã Đông Hòa", "Xã Ân Tiến", "Phường Bắc Sơn"]  # the grid's order among the zeros


def test_the_unit_picked_stays_picked_when_the_region_filter_still_shows_it(view: BalanceView) -> None:
    view.set_grid(_small_grid())
    view.select_unit("2")  # Ân Tiến, highland
    view.set_region("highland")
    assert view.table.currentIndex().data(BalanceTableModel.UnitIdRole) == "2"
    view.set_region("urban")
    assert not view.table.currentIndex().isValid()
    view.table.sortByColumn(UNIT, Qt.SortOrder.AscendingOrder)
    view.set_region("")
    view.select_unit("3")
    view.table.sortByColumn(SHORT, Qt.SortOrder.DescendingOrder)  # a sort moves the row, not the pick
    assert view.table.currentIndex().data(BalanceTableModel.UnitIdRole) == "3"
