"""The offline map: every commune's real boundary, coloured by staff minus posts, with moves as arrows.

One QGraphicsPathItem per unit and per source → destination pair, built once when the data
arrives; painting, hit testing and tooltips are then Qt's own work. Scene units are 1/8 km
(`SCENE_UNITS_PER_KM`). The legend, scale bar and credit are fixed to the view (map_legend.py),
and painted onto an exported PNG the same way; the arrows and their counts are map_flows.py's.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QImage, QImageWriter, QKeySequence, QPainter, QPainterPath
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsPathItem,
    QGraphicsScene,
    QLabel,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cq2c_desktop.services.balance_views import Projection, UnitShape, unit_shapes
from cq2c_desktop.services.overview import UnitRow
from cq2c_desktop.ui.background import Task, run_in_background
from cq2c_desktop.ui.event_loop import on_next_turn
from cq2c_desktop.ui.formatting import number
from cq2c_desktop.ui.user_settings import documents_folder
from cq2c_desktop.ui.views import BalanceScale, region_label
from cq2c_desktop.ui.views.map_canvas import Z_HOVER, Z_SELECTED, MapCanvas, _outline, _UnitItem, arrow_path, unit_path
from cq2c_desktop.ui.views.map_flows import FlowLayer
from cq2c_desktop.ui.views.map_legend import (
    NO_DATA_COLOUR,
    SCENE_UNITS_PER_KM,
    LegendContent,
    MapOverlay,
    credit_text,
    paint_furniture,
)

__all__ = ["NO_DATA_COLOUR", "MapView", "arrow_path"]

PNG_STRIPS = 8  # an exported map is drawn in this many bands, one per turn of the event loop
PNG_TEXT_WIDTH = 900  # an exported map's legend reads as on a map view this many pixels wide
Move = tuple[str, str, int]


class MapView(QWidget):
    """Feed it `Workspace.unit_rows()` with `set_units`, and proposed moves with `set_moves`."""

    unit_selected = Signal(str)
    png_exported = Signal(str, bool)  # the path, and whether the file was written

    def __init__(self, parent: QWidget | None = None, shapes: Mapping[str, UnitShape] | None = None) -> None:
        super().__init__(parent)
        self.shapes = dict(unit_shapes() if shapes is None else shapes)
        self.scene = QGraphicsScene(self)
        self._png_task: Task | None = None  # the file being encoded, kept until it is written
        self.canvas = MapCanvas(self.scene)
        self.canvas.unit_clicked.connect(self._clicked)
        self.overlay = MapOverlay(self.canvas)
        self.canvas.view_changed.connect(self._follow_view)
        self.projection = Projection.around(self.shapes.values(), SCENE_UNITS_PER_KM)
        self.unit_items: dict[str, _UnitItem] = {}
        self._rows: dict[str, UnitRow] = {}
        self._moves: dict[tuple[str, str], int] = {}
        self.flows = FlowLayer(self.scene, self.projection, self.shapes, self._name, self._arrow_tooltip)
        self._hover = _outline("#202020", 2.0, Z_HOVER)
        self._selected_halo = _outline("#111111", 5.0, Z_SELECTED)
        self._selected = _outline("#ffd400", 2.5, Z_SELECTED + 0.1)
        for item in (self._hover, self._selected_halo, self._selected):
            self.scene.addItem(item)
        self.selected_code = ""
        self._build_units()
        self.missing = QLabel()
        self.missing.setStyleSheet("color: #a50f15")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_toolbar())
        layout.addWidget(self.missing)
        self.missing.hide()
        layout.addWidget(self.canvas, 1)
        self.credit = QLabel(credit_text())  # under the map, not over it: a narrow map needs its corners
        self.credit.setWordWrap(True)
        self.credit.setStyleSheet("color: #606060; font-size: 8pt")
        layout.addWidget(self.credit)
        self._relayout()

    @property
    def arrow_items(self) -> list[QGraphicsPathItem]:
        return list(self.flows.arrows)

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar()
        for text, tip, slot, key in (
            (self.tr("Fit"), self.tr("Show the whole province (Ctrl+0)"), self.fit_to_view, QKeySequence("Ctrl+0")),
            ("+", self.tr("Zoom in"), lambda: self.canvas.zoom(1.5), QKeySequence.StandardKey.ZoomIn),
            ("−", self.tr("Zoom out"), lambda: self.canvas.zoom(1 / 1.5), QKeySequence.StandardKey.ZoomOut),
        ):
            action = bar.addAction(text, slot)
            action.setToolTip(tip)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # only while the map has focus
            self.addAction(action)
        self.moves_action = QAction(self.tr("Moves"), self)
        self.moves_action.setCheckable(True)
        self.moves_action.setChecked(True)
        self.moves_action.setToolTip(self.tr("Show the proposed moves as arrows"))
        self.moves_action.toggled.connect(self._show_arrows)
        bar.addAction(self.moves_action)
        bar.addSeparator()
        export = bar.addAction(self.tr("Save image…"), self._ask_export)
        export.setToolTip(self.tr("Save the map as a PNG image, with its legend"))
        return bar

    def _build_units(self) -> None:
        for code, shape in self.shapes.items():
            item = _UnitItem(code, unit_path(shape, self.projection), self._hovered)
            item.setBrush(QColor(NO_DATA_COLOUR))
            item.setToolTip(shape.name)
            self.scene.addItem(item)
            self.unit_items[code] = item

    # --- data in -----------------------------------------------------------------------------------

    @Slot(object)
    def set_units(self, rows: Sequence[UnitRow]) -> None:
        """Colour every unit by staff minus posts; units missing from `rows` show as "no data"."""
        self._rows = {r.id: r for r in rows}
        scale = self._scale()
        for code, item in self.unit_items.items():
            row = self._rows.get(code)
            item.setBrush(scale.colour(row.balance) if row is not None else QColor(NO_DATA_COLOUR))
        missing = sum(1 for r in rows if r.id not in self.unit_items)
        self.missing.setText(self.tr("%n unit(s) have no boundary on this map", "", missing) if missing else "")
        self.missing.setVisible(bool(missing))
        self._update_tooltips()
        self._relayout()

    @Slot(object)
    def set_moves(self, moves: Iterable[Move]) -> int:
        """Draw (from unit, to unit, people) as arrows, one per pair; returns how many were drawn."""
        totals: Counter[tuple[str, str]] = Counter()
        for source, target, count in moves:
            if source != target and count > 0:
                totals[(source, target)] += count
        self._moves = dict(totals)
        drawn = self.flows.set_moves(self._moves)
        self._show_arrows(self.moves_action.isChecked())
        self._update_tooltips()
        self._relayout()
        return drawn

    @Slot()
    def clear(self) -> None:
        self.set_moves([])
        self.set_units([])
        self.select_unit("")

    def _scale(self) -> BalanceScale:
        return BalanceScale.for_values(r.balance for r in self._rows.values() if r.id in self.unit_items)

    def _arrow_tooltip(self, source: str, target: str, count: int) -> str:
        return self.tr("{source} → {target}: {count} people").format(
            source=self._name(source), target=self._name(target), count=number(count)
        )

    def _show_arrows(self, visible: bool) -> None:
        self.flows.set_visible(visible)
        self._show_legend()

    def _name(self, code: str) -> str:
        row = self._rows.get(code)
        return row.name if row is not None else self.shapes[code].name if code in self.shapes else code

    def _update_tooltips(self) -> None:
        incoming: Counter[str] = Counter()
        outgoing: Counter[str] = Counter()
        for (source, target), count in self._moves.items():
            outgoing[source] += count
            incoming[target] += count
        for code, item in self.unit_items.items():
            row = self._rows.get(code)
            text = f"<b>{self._name(code)}</b>"
            if row is not None:
                text += self.tr(
                    "<br>{region}<br>Posts: {posts} · Staff: {staff}<br>Short: {short} · Surplus: {surplus}"
                ).format(
                    region=region_label(row.region),
                    posts=number(row.posts),
                    staff=number(row.staff),
                    short=number(row.shortage),
                    surplus=number(row.surplus),
                )
            if incoming[code] or outgoing[code]:
                text += self.tr("<br>Moves in: {incoming} · out: {outgoing}").format(
                    incoming=number(incoming[code]), outgoing=number(outgoing[code])
                )
            item.setToolTip(text)

    def legend_content(self) -> LegendContent:
        arrows = bool(self.flows.arrows) and self.moves_action.isChecked()
        selected = self._name(self.selected_code) if self.flows.has_flows(self.selected_code) else ""
        return LegendContent(self._scale(), with_units=bool(self._rows), with_arrows=arrows, selected=selected)

    def _show_legend(self) -> None:
        self.overlay.show_content(self.legend_content())

    def _relayout(self) -> None:
        """The scene is the map and a margin; refit if the officer has not zoomed."""
        map_rect = QRectF()
        for item in self.unit_items.values():
            map_rect = map_rect.united(item.sceneBoundingRect())
        margin = 0.03 * max(map_rect.width(), map_rect.height(), 1.0)
        self.scene.setSceneRect(map_rect.adjusted(-margin, -margin, margin, margin))
        if self.canvas.auto_fit:
            self.canvas.fit()
        self._show_legend()

    def _follow_view(self) -> None:
        self.overlay.setGeometry(self.canvas.viewport().geometry())
        self.overlay.set_scale(self.canvas.transform().m11() * SCENE_UNITS_PER_KM)

    # --- selection, view, export ------------------------------------------------------------------------

    def _hovered(self, item: _UnitItem | None) -> None:
        self._hover.setPath(item.path() if item is not None else QPainterPath())

    def _clicked(self, code: str) -> None:
        self.select_unit(code)
        self.unit_selected.emit(code)

    @Slot(str)
    def select_unit(self, code: str) -> None:
        """Outline `code` and colour its flows ("" clears); does not emit `unit_selected`."""
        item = self.unit_items.get(code)
        self.selected_code = code if item is not None else ""
        path = item.path() if item is not None else QPainterPath()
        self._selected.setPath(path)
        self._selected_halo.setPath(path)
        self.flows.highlight(self.selected_code)
        self._show_legend()
        if item is not None and not self.canvas.auto_fit:
            self.canvas.ensureVisible(item, 20, 20)

    @Slot()
    def fit_to_view(self) -> None:
        self.canvas.fit()

    def _blank_image(self, width: int) -> QImage:
        rect = self.scene.sceneRect()
        height = max(1, round(width * rect.height() / max(rect.width(), 1.0)))
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        return image

    def _render(self, image: QImage, rows: tuple[int, int]) -> None:
        """Draw the band of the map that falls on image rows rows[0]..rows[1]. Only the items in that
        band are drawn, so a band costs in proportion to what it shows (a clip would not)."""
        rect = self.scene.sceneRect()
        per_row = rect.height() / image.height()
        top, bottom = rows
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.scene.render(
            painter,
            QRectF(0, top, image.width(), bottom - top),
            QRectF(rect.left(), rect.top() + top * per_row, rect.width(), (bottom - top) * per_row),
            Qt.AspectRatioMode.IgnoreAspectRatio,
        )  # the image has the map's proportions
        painter.end()

    def _paint_furniture(self, image: QImage) -> None:
        """The legend, scale bar and credit on an exported image, as the view shows them."""
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        size = self.overlay.text_size() * image.width() / PNG_TEXT_WIDTH
        pixels_per_km = image.width() / max(self.scene.sceneRect().width(), 1.0) * SCENE_UNITS_PER_KM
        paint_furniture(painter, QRectF(image.rect()), self.legend_content(), pixels_per_km, size, credit=True)
        painter.end()

    def _hide_hover(self) -> QPainterPath:
        hover = self._hover.path()
        self._hover.setPath(QPainterPath())  # the mouse is not part of the map
        return hover

    def export_png(self, path: str | os.PathLike[str], width: int = 2400) -> bool:
        """Render the whole map (legend and credit included) at `width` pixels; False if not written.
        All at once, on this thread: for scripts and tests (the window uses `start_export_png`)."""
        image = self._blank_image(width)
        hover = self._hide_hover()
        self._render(image, (0, image.height()))
        self._paint_furniture(image)
        self._hover.setPath(hover)
        return _write_png(image, path)

    def start_export_png(self, path: str | os.PathLike[str], width: int = 2400) -> None:
        """`export_png` without pausing the window: the map is drawn in bands, one per turn of the
        event loop, and the file is encoded on a worker (at 2400 px: 90-100 ms of drawing and
        275-360 ms of PNG encoding, measured). `png_exported(path, written)` follows."""
        image = self._blank_image(width)
        hover = self._hide_hover()
        edges = [image.height() * i // PNG_STRIPS for i in range(PNG_STRIPS + 1)]
        strips = pairwise(edges)

        def next_strip() -> None:
            strip = next(strips, None)
            if strip is not None:
                self._render(image, strip)
                on_next_turn(self, next_strip)
                return
            self._paint_furniture(image)
            self._hover.setPath(hover)
            self._png_task = run_in_background(
                lambda _progress, _stop: _write_png(image, path),
                lambda written: self._png_written(os.fspath(path), bool(written)),
                lambda _error: self._png_written(os.fspath(path), False),
            )

        on_next_turn(self, next_strip)

    def _png_written(self, path: str, written: bool) -> None:
        self._png_task = None
        if not written:
            QMessageBox.warning(self, self.tr("Export the map"), self.tr("Could not write {path}").format(path=path))
        self.png_exported.emit(path, written)

    def _ask_export(self) -> None:
        start = str(Path(documents_folder()) / "ban-do.png")  # not the program's folder
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the map"), start, self.tr("PNG image (*.png)"))
        if path:
            self.start_export_png(path)


def _write_png(image: QImage, path: str | os.PathLike[str]) -> bool:
    # QImageWriter, not QImage.save: the PNG format must not depend on the file name's suffix.
    # It lets go of Python's lock while it encodes, so a worker can run it.
    return QImageWriter(os.fspath(path), QByteArray(b"png")).write(image)
