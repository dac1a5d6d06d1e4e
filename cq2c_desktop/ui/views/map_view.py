"""The offline map: every commune's real boundary, coloured by staff minus posts, with moves as arrows.

One QGraphicsPathItem per unit and per arrow, built once when the data arrives; painting, hit
testing and tooltips are then Qt's own work. Scene units are 1/8 km (`SCENE_UNITS_PER_KM`), so the
province is about 1,400 units across and text sizes can be given in scene units.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QImage,
    QImageWriter,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
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
from cq2c_desktop.ui.views import BalanceScale, region_label
from cq2c_desktop.ui.views.map_canvas import (
    Z_ARROW,
    Z_HOVER,
    Z_LEGEND,
    Z_SELECTED,
    MapCanvas,
    _outline,
    _UnitItem,
    arrow_path,
    unit_path,
)
from cq2c_desktop.ui.views.map_legend import ARROW_COLOUR, NO_DATA_COLOUR, SCENE_UNITS_PER_KM, map_legend

PNG_STRIPS = 8  # an exported map is drawn in this many bands, one per turn of the event loop
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
        self.projection = Projection.around(self.shapes.values(), SCENE_UNITS_PER_KM)
        self.unit_items: dict[str, _UnitItem] = {}
        self.arrow_items: list[QGraphicsPathItem] = []
        self._rows: dict[str, UnitRow] = {}
        self._moves: dict[tuple[str, str], int] = {}
        self._legend: QGraphicsItem | None = None
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
        layout.addWidget(self.canvas, 1)
        self._relayout()

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar()
        for text, slot, key in (
            (self.tr("Fit"), self.fit_to_view, QKeySequence("Ctrl+0")),
            (self.tr("Zoom in"), lambda: self.canvas.zoom(1.5), QKeySequence.StandardKey.ZoomIn),
            (self.tr("Zoom out"), lambda: self.canvas.zoom(1 / 1.5), QKeySequence.StandardKey.ZoomOut),
        ):
            action = bar.addAction(text, slot)
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
        bar.addAction(self.tr("Export PNG…"), self._ask_export)
        bar.addSeparator()
        bar.addWidget(self.missing)
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
        scale = BalanceScale.for_values(r.balance for r in rows if r.id in self.unit_items)
        for code, item in self.unit_items.items():
            row = self._rows.get(code)
            item.setBrush(scale.colour(row.balance) if row is not None else QColor(NO_DATA_COLOUR))
        missing = sum(1 for r in rows if r.id not in self.unit_items)
        self.missing.setText(self.tr("%n unit(s) have no boundary on this map", "", missing) if missing else "")
        self._update_tooltips()
        self._relayout(scale)

    @Slot(object)
    def set_moves(self, moves: Iterable[Move]) -> int:
        """Draw (from unit, to unit, people) as arrows, one per pair; returns how many were drawn."""
        totals: Counter[tuple[str, str]] = Counter()
        for source, target, count in moves:
            if source != target and count > 0:
                totals[(source, target)] += count
        self._moves = dict(totals)
        for item in self.arrow_items:
            self.scene.removeItem(item)
        self.arrow_items = [
            self._arrow(s, t, n) for (s, t), n in totals.items() if s in self.shapes and t in self.shapes
        ]
        self._show_arrows(self.moves_action.isChecked())
        self._update_tooltips()
        self._relayout()
        return len(self.arrow_items)

    @Slot()
    def clear(self) -> None:
        self.set_moves([])
        self.set_units([])
        self.select_unit("")

    def _arrow(self, source: str, target: str, count: int) -> QGraphicsPathItem:
        project = self.projection
        start, end = (QPointF(*project(*self.shapes[code].anchor)) for code in (source, target))
        item = QGraphicsPathItem(arrow_path(start, end, count))
        item.setBrush(ARROW_COLOUR)
        item.setPen(QPen(QColor("white"), 0))  # a hairline halo keeps dark arrows on dark red legible
        item.setZValue(Z_ARROW)
        item.setToolTip(
            self.tr("{source} → {target}: {count} people").format(
                source=self._name(source), target=self._name(target), count=count
            )
        )
        self.scene.addItem(item)
        return item

    def _show_arrows(self, visible: bool) -> None:
        for item in self.arrow_items:
            item.setVisible(visible)

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
                    posts=row.posts,
                    staff=row.staff,
                    short=row.shortage,
                    surplus=row.surplus,
                )
            if incoming[code] or outgoing[code]:
                text += self.tr("<br>Moves in: {incoming} · out: {outgoing}").format(
                    incoming=incoming[code], outgoing=outgoing[code]
                )
            item.setToolTip(text)

    def _relayout(self, scale: BalanceScale | None = None) -> None:
        """Place the legend, scale bar and credit beside the map, and refit if the user has not zoomed."""
        if scale is None:
            scale = BalanceScale.for_values(r.balance for r in self._rows.values() if r.id in self.unit_items)
        if self._legend is not None:
            self.scene.removeItem(self._legend)
        map_rect = QRectF()
        for item in self.unit_items.values():
            map_rect = map_rect.united(item.sceneBoundingRect())
        self._legend = map_legend(map_rect, scale, with_units=bool(self._rows), with_arrows=bool(self.arrow_items))
        self._legend.setZValue(Z_LEGEND)
        self.scene.addItem(self._legend)
        bounds = map_rect.united(self._legend.childrenBoundingRect())
        margin = 0.02 * max(bounds.width(), bounds.height(), 1.0)
        self.scene.setSceneRect(bounds.adjusted(-margin, -margin, margin, margin))
        if self.canvas.auto_fit:
            self.canvas.fit()

    # --- selection, view, export ------------------------------------------------------------------------

    def _hovered(self, item: _UnitItem | None) -> None:
        self._hover.setPath(item.path() if item is not None else QPainterPath())

    def _clicked(self, code: str) -> None:
        self.select_unit(code)
        self.unit_selected.emit(code)

    @Slot(str)
    def select_unit(self, code: str) -> None:
        """Outline `code` ("" clears); does not emit `unit_selected`."""
        item = self.unit_items.get(code)
        self.selected_code = code if item is not None else ""
        path = item.path() if item is not None else QPainterPath()
        self._selected.setPath(path)
        self._selected_halo.setPath(path)
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
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the map"), "map.png", self.tr("PNG image (*.png)"))
        if path:
            self.start_export_png(path)


def _write_png(image: QImage, path: str | os.PathLike[str]) -> bool:
    # QImageWriter, not QImage.save: the PNG format must not depend on the file name's suffix.
    # It lets go of Python's lock while it encodes, so a worker can run it.
    return QImageWriter(os.fspath(path), QByteArray(b"png")).write(image)


def _text(
    parent: QGraphicsItem, text: str, pixels: float, x: float, y: float, bold: bool = False, colour: str = "#202020"
) -> QGraphicsSimpleTextItem:
    item = QGraphicsSimpleTextItem(text, parent)
    font = QFont()
    font.setPixelSize(max(1, round(pixels)))  # scene units: the text zooms with the map
    font.setBold(bold)
    item.setFont(font)
    item.setBrush(QColor(colour))
    item.setPos(x, y)
    return item
