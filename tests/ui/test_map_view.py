"""The offline map: real boundaries, balance colours, arrows, tooltips, clicks, zoom and PNG export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem
from pytestqt.qtbot import QtBot

from cq2c_desktop.services.overview import UnitRow
from cq2c_desktop.services.workspace import open_workspace
from cq2c_desktop.ui.views import BALANCED_COLOUR, SHORT_COLOURS, SURPLUS_COLOURS
from cq2c_desktop.ui.views.map_legend import (
    ARROW_COLOUR,
    DIMMED_COLOUR,
    IN_COLOUR,
    OUT_COLOUR,
    legend_texts,
    round_km,
)
from cq2c_desktop.ui.views.map_view import NO_DATA_COLOUR, MapView, arrow_path


@pytest.fixture
def rows(demo_plan: Path) -> Iterator[list[UnitRow]]:
    workspace = open_workspace(demo_plan)
    yield workspace.unit_rows()
    workspace.close()


@pytest.fixture
def view(qtbot: QtBot) -> MapView:
    widget = MapView()
    widget.resize(900, 760)
    qtbot.addWidget(widget)
    return widget


def _viewport_point(view: MapView, code: str) -> QPoint:
    anchor = view.projection(*view.shapes[code].anchor)
    return view.canvas.mapFromScene(QPointF(*anchor))


def _texts(view: MapView) -> list[str]:
    """What the legend, scale bar and credit over the map say."""
    return legend_texts(view.legend_content())


def test_draws_all_166_communes_and_credits_the_map_source(view: MapView) -> None:
    assert len(view.unit_items) == 166
    assert len([i for i in view.scene.items() if i in view.unit_items.values()]) == 166
    assert any("Vietnam Cartographic Publishing House" in text for text in _texts(view))
    assert all(item.brush().color() == QColor(NO_DATA_COLOUR) for item in view.unit_items.values())


def test_the_scale_bar_shows_a_round_distance_that_fits() -> None:
    assert round_km(5.0) == 20  # 20 km is 100 pixels, 50 km would be 250
    assert round_km(0.5) == 200 and round_km(200.0) == 1


def test_units_are_coloured_by_staff_minus_posts(view: MapView, rows: list[UnitRow]) -> None:
    view.set_units(rows)
    worst = min(rows, key=lambda r: r.balance)
    best = max(rows, key=lambda r: r.balance)
    assert worst.balance < 0 < best.balance
    assert view.unit_items[worst.id].brush().color() == QColor(SHORT_COLOURS[-1])
    assert view.unit_items[best.id].brush().color() == QColor(SURPLUS_COLOURS[-1])
    for row in rows:
        colour = view.unit_items[row.id].brush().color()
        assert colour.red() > colour.blue() if row.balance < 0 else colour.blue() > colour.red(), row.name
    legend = _texts(view)
    assert "Staff minus posts" in legend and "No data" in legend and f"{worst.balance:+d}" in legend
    assert f"{best.balance:+d}" in legend and "short" in legend and "surplus" in legend
    balanced = [UnitRow("14758", "Phường Hàm Rồng", "phuong", "urban", 1, 10, 10, 0, 0)]
    view.set_units(balanced)
    assert view.unit_items["14758"].brush().color() == QColor(BALANCED_COLOUR)
    assert view.unit_items["14797"].brush().color() == QColor(NO_DATA_COLOUR)


def test_the_tooltip_tells_name_region_and_numbers(view: MapView, rows: list[UnitRow]) -> None:
    view.set_units(rows)
    row = next(r for r in rows if r.name == "Xã Mường Lát")
    tip = view.unit_items[row.id].toolTip()
    assert "<b>Xã Mường Lát</b>" in tip and "Vùng cao" in tip
    assert f"Posts: {row.posts} · Staff: {row.staff}" in tip
    assert f"Short: {row.shortage} · Surplus: {row.surplus}" in tip


def test_hovering_outlines_the_unit_under_the_mouse(
    view: MapView, rows: list[UnitRow], qtbot: QtBot, tmp_path: Path
) -> None:
    view.set_units(rows)
    view.show()
    qtbot.waitExposed(view)
    code = rows_by_name(rows)["Xã Mường Lát"]
    point = QPointF(_viewport_point(view, code))
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        point,
        view.canvas.viewport().mapToGlobal(point),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.canvas.viewport(), move)
    assert view._hover.path() == view.unit_items[code].path()
    tips = [item.toolTip() for item in view.canvas.items(point.toPoint()) if item.toolTip()]
    assert tips[0].startswith("<b>Xã Mường Lát</b>")  # Qt shows the topmost tooltip: the outline has none
    assert view.export_png(tmp_path / "map.png", width=10)  # the export leaves the hover out, then puts it back
    assert view._hover.path() == view.unit_items[code].path()


def test_moves_become_one_arrow_per_pair(view: MapView, rows: list[UnitRow]) -> None:
    view.set_units(rows)
    hac_thanh, muong_lat, quan_son = "14797", rows_by_name(rows)["Xã Mường Lát"], rows_by_name(rows)["Xã Quan Sơn"]
    drawn = view.set_moves(
        [
            (hac_thanh, muong_lat, 2),
            (hac_thanh, muong_lat, 1),  # the same pair: one arrow of 3
            (hac_thanh, quan_son, 1),
            (quan_son, hac_thanh, 1),  # both ways: two arrows
            (hac_thanh, hac_thanh, 4),  # not a move
            ("99999", muong_lat, 1),  # a unit without a boundary cannot be drawn
        ]
    )
    assert drawn == 3 == len(view.arrow_items)
    tips = sorted(item.toolTip() for item in view.arrow_items)
    assert "Phường Hạc Thành → Xã Mường Lát: 3 people" in tips
    assert "Moves in: 4 · out: 0" in view.unit_items[muong_lat].toolTip()  # the undrawn move counts too
    assert "Moves in: 1 · out: 4" in view.unit_items[hac_thanh].toolTip()
    assert "Moves (thicker: more people)" in _texts(view)
    counts = {(a.source, a.target): (a.count, a.label.isVisible(), a.label.text) for a in view.flows.arrows}
    assert counts[(hac_thanh, muong_lat)] == (3, True, "3")  # its count on the arrow
    assert counts[(hac_thanh, quan_son)] == (1, False, "1")  # one person: the thinnest arrow says it
    view.moves_action.setChecked(False)
    assert not any(item.isVisible() for item in view.arrow_items)
    assert "Moves (thicker: more people)" not in _texts(view)
    view.moves_action.setChecked(True)
    assert view.set_moves([]) == 0 and "Moves (thicker: more people)" not in _texts(view)


def test_selecting_a_unit_highlights_its_flows(view: MapView, rows: list[UnitRow]) -> None:
    view.set_units(rows)
    ids = rows_by_name(rows)
    hac_thanh, muong_lat, quan_son = "14797", ids["Xã Mường Lát"], ids["Xã Quan Sơn"]
    view.set_moves([(hac_thanh, muong_lat, 1), (quan_son, hac_thanh, 1), (ids["Phường Sầm Sơn"], quan_son, 2)])
    view.select_unit(hac_thanh)
    looks = {(a.source, a.target): (a.brush().color(), a.label.isVisible()) for a in view.flows.arrows}
    assert looks[(hac_thanh, muong_lat)] == (OUT_COLOUR, True)
    assert looks[(quan_son, hac_thanh)] == (IN_COLOUR, True)
    assert looks[(ids["Phường Sầm Sơn"], quan_son)] == (DIMMED_COLOUR, False)
    assert "Leaving Phường Hạc Thành" in _texts(view) and "Coming to Phường Hạc Thành" in _texts(view)
    view.select_unit("")
    assert all(a.brush().color() == ARROW_COLOUR for a in view.flows.arrows)


def test_the_legend_is_fixed_to_the_view_not_to_the_map(view: MapView, rows: list[UnitRow], qtbot: QtBot) -> None:
    view.set_units(rows)
    view.show()
    qtbot.waitExposed(view)
    assert view.overlay.parent() is view.canvas  # not the viewport, whose content scrolls
    assert not any(isinstance(item, QGraphicsSimpleTextItem) for item in view.scene.items())
    assert view.overlay.geometry() == view.canvas.viewport().geometry()

    def swatches() -> set[tuple[int, int]]:
        """Where the legend's darkest red and blue chips are on the screen (they are opaque)."""
        shown = view.canvas.grab().toImage()
        bottom = view.canvas.viewport().geometry().bottom()
        region = [(x, bottom - y) for x in range(4, 260) for y in range(4, 160)]
        return {p for p in region if shown.pixelColor(*p).name() in (SHORT_COLOURS[-1], SURPLUS_COLOURS[-1])}

    before, scale_before = swatches(), view.overlay.pixels_per_km
    assert len(before) > 40
    view.canvas.zoom(4)
    view.canvas.horizontalScrollBar().setValue(view.canvas.horizontalScrollBar().maximum())
    assert view.overlay.pixels_per_km == pytest.approx(scale_before * 4)  # the scale bar follows the zoom
    after = swatches()
    assert len(before & after) > 0.9 * len(before)  # the legend stayed where it was on the screen


def rows_by_name(rows: list[UnitRow]) -> dict[str, str]:
    return {r.name: r.id for r in rows}


def test_an_arrow_is_thicker_for_more_people_and_ends_at_its_target() -> None:
    one = arrow_path(QPointF(0, 0), QPointF(400, 0), 1)
    nine = arrow_path(QPointF(0, 0), QPointF(400, 0), 9)
    assert nine.boundingRect().height() > one.boundingRect().height()
    assert one.boundingRect().right() == pytest.approx(400, abs=0.5)
    assert one.contains(QPointF(399, 0))  # the tip reaches the target's anchor


def test_a_click_emits_the_unit_and_select_unit_highlights_without_echo(
    view: MapView, rows: list[UnitRow], qtbot: QtBot
) -> None:
    view.set_units(rows)
    view.show()
    qtbot.waitExposed(view)
    code = rows_by_name(rows)["Xã Mường Lát"]
    with qtbot.waitSignal(view.unit_selected, timeout=1000) as signal:
        qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=_viewport_point(view, code))
    assert signal.args == [code] and view.selected_code == code
    assert view._selected.path() == view.unit_items[code].path()
    other = "14797"
    with qtbot.assertNotEmitted(view.unit_selected):
        view.select_unit(other)
    assert view.selected_code == other and view._selected.path() == view.unit_items[other].path()
    view.select_unit("")
    assert view._selected.path().isEmpty()


def test_a_drag_pans_and_does_not_select(view: MapView, rows: list[UnitRow], qtbot: QtBot) -> None:
    view.set_units(rows)
    view.show()
    qtbot.waitExposed(view)
    view.canvas.zoom(4)  # the whole province fits the view at first: there is nothing to pan to
    viewport = view.canvas.viewport()
    centre = viewport.rect().center()
    before = view.canvas.mapToScene(centre)
    start = centre - QPoint(40, 30)
    with qtbot.assertNotEmitted(view.unit_selected):
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        for step in range(1, 9):  # QTest.mouseMove would move with no button held: no drag
            at = QPointF(start + QPoint(10 * step, 8 * step))
            moved = QMouseEvent(
                QEvent.Type.MouseMove,
                at,
                viewport.mapToGlobal(at),
                Qt.MouseButton.NoButton,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(viewport, moved)
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(80, 64))
    after = view.canvas.mapToScene(centre)
    # Dragging the map right and down brings what lay up and to the left into the middle of the view.
    assert after.x() < before.x() - 10 and after.y() < before.y() - 10


def test_the_wheel_zooms_and_fit_restores_the_whole_province(view: MapView, qtbot: QtBot) -> None:
    view.show()
    qtbot.waitExposed(view)
    fitted = view.canvas.transform().m11()
    centre = QPointF(view.canvas.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        view.canvas.mapToGlobal(centre),
        QPoint(),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.canvas.viewport(), wheel)
    assert view.canvas.transform().m11() == pytest.approx(fitted * 1.25**2)
    assert not view.canvas.auto_fit
    view.canvas.zoom(1000.0)  # clamped: nobody needs to see one village from 2 cm away
    assert view.canvas.transform().m11() == pytest.approx(fitted * view.canvas.MAX_ZOOM, rel=0.02)
    view.fit_to_view()
    assert view.canvas.transform().m11() == pytest.approx(fitted)
    view.activateWindow()
    view.canvas.setFocus()
    qtbot.waitUntil(view.canvas.hasFocus, timeout=2000)
    QTest.keyClick(view.canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)  # the keyboard zooms too
    assert view.canvas.transform().m11() == pytest.approx(fitted * 1.5)
    QTest.keyClick(view.canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.canvas.transform().m11() == pytest.approx(fitted)
    assert (
        view.canvas.mapToScene(view.canvas.viewport().rect()).boundingRect().contains(view.scene.sceneRect().center())
    )


def test_export_png_writes_the_whole_coloured_map(view: MapView, rows: list[UnitRow], tmp_path: Path) -> None:
    view.set_units(rows)
    ids = rows_by_name(rows)
    view.set_moves([(ids["Phường Sầm Sơn"], ids["Xã Mường Lát"], 2)])  # an arrow away from the units sampled below
    path = tmp_path / "map"  # no suffix: still a PNG
    assert view.export_png(path, width=1200)
    image = QImage(str(path), "PNG")
    rect = view.scene.sceneRect()
    assert image.width() == 1200 and image.height() == round(1200 * rect.height() / rect.width())

    def pixel(code: str) -> QColor:
        x, y = view.projection(*view.shapes[code].anchor)
        scale = 1200 / rect.width()
        return image.pixelColor(round((x - rect.left()) * scale), round((y - rect.top()) * scale))

    worst = min(rows, key=lambda r: r.balance)
    best = max(rows, key=lambda r: r.balance)
    assert pixel(worst.id) == QColor(SHORT_COLOURS[-1])
    assert pixel(best.id) == QColor(SURPLUS_COLOURS[-1])
    assert image.pixelColor(2, 2) == QColor("white")  # outside the province
    sample = {image.pixelColor(x, y).name() for x in range(0, 1200, 37) for y in range(0, image.height(), 37)}
    assert len(sample) > 12  # a map, not a blank page
    legend = [image.pixelColor(x, image.height() - y) for x in range(10, 400, 2) for y in range(20, 260, 2)]
    assert {c.name() for c in legend} >= {SHORT_COLOURS[-1], SURPLUS_COLOURS[-1]}  # the legend is in the image
    assert not view.export_png(tmp_path / "missing" / "map.png")


def test_the_window_exports_the_map_in_strips_and_writes_it_on_a_worker(
    qtbot: QtBot, view: MapView, rows: list[UnitRow], tmp_path: Path
) -> None:
    view.set_units(rows)
    whole, stripped = tmp_path / "whole.png", tmp_path / "stripped.png"
    assert view.export_png(whole, width=900)
    with qtbot.waitSignal(view.png_exported, timeout=30_000) as blocker:
        view.start_export_png(stripped, width=900)
    assert blocker.args == [str(stripped), True]
    a, b = QImage(str(stripped), "PNG"), QImage(str(whole), "PNG")
    assert a.size() == b.size()
    points = [(x, y) for x in range(a.width()) for y in range(0, a.height(), 2)]
    differ = sum(a.pixel(x, y) != b.pixel(x, y) for x, y in points)
    assert differ <= len(points) // 1000  # the bands join without a seam (rounding may touch a pixel)
