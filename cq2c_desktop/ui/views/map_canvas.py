"""The map's drawing pieces: unit shapes, arrows and the zoomable, clickable view."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPen, QPolygonF, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene, QGraphicsSceneHoverEvent, QGraphicsView, QWidget

from cq2c_desktop.services.balance_views import Projection, UnitShape

Z_UNIT, Z_HOVER, Z_SELECTED, Z_ARROW = 0, 2, 3, 4


class _UnitItem(QGraphicsPathItem):
    """A commune's boundary; it only reports hovering, everything else is plain Qt."""

    def __init__(self, code: str, path: QPainterPath, on_hover: Callable[[_UnitItem | None], None]) -> None:
        super().__init__(path)
        self.code = code
        self._on_hover = on_hover
        self.setAcceptHoverEvents(True)
        self.setZValue(Z_UNIT)
        self.setPen(QPen(QColor("white"), 0))  # width 0: a one-pixel line at any zoom

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt's name
        self._on_hover(self)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self._on_hover(None)
        super().hoverLeaveEvent(event)


def _outline(colour: str, width: float, z: float) -> QGraphicsPathItem:
    item = QGraphicsPathItem()
    pen = QPen(QColor(colour), width)
    pen.setCosmetic(True)  # a constant width on screen, whatever the zoom
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    item.setPen(pen)
    item.setBrush(Qt.BrushStyle.NoBrush)
    item.setZValue(z)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return item


def unit_path(shape: UnitShape, projection: Projection) -> QPainterPath:
    path = QPainterPath()  # odd-even fill by default, so holes stay holes
    for polygon in shape.polygons:
        for ring in polygon:
            path.addPolygon(QPolygonF([QPointF(x, y) for x, y in projection.ring(ring)]))
            path.closeSubpath()
    return path


def arrow_path(start: QPointF, end: QPointF, count: int) -> QPainterPath:
    """A curved arrow, thicker for more people; it bends to its right, so A→B and B→A stay apart.
    Its two sides are quadratic curves that Qt draws natively: a few hundred arrows are built in a
    few milliseconds (sampling the sides point by point in Python took ~40 ms)."""
    (x0, y0), (x2, y2) = (start.x(), start.y()), (end.x(), end.y())
    length = math.hypot(x2 - x0, y2 - y0) or 1.0
    cx = (x0 + x2) / 2 - (y2 - y0) * 0.18
    cy = (y0 + y2) / 2 + (x2 - x0) * 0.18
    half_width = (3.0 + 2.0 * math.sqrt(count)) / 2
    head = min(length * 0.45, 10.0 + 6.0 * half_width)
    tx, ty = _unit(x2 - cx, y2 - cy)  # the curve's direction where it arrives
    bx, by = x2 - tx * head, y2 - ty * head  # the shaft ends where the head begins
    sx, sy = _unit(cx - x0, cy - y0)  # its direction where it leaves
    ex, ey = _unit(bx - cx, by - cy)
    path = QPainterPath()
    left = _offset_curve((x0, y0), (cx, cy), (bx, by), (sx, sy), (ex, ey), half_width)
    right = _offset_curve((bx, by), (cx, cy), (x0, y0), (-ex, -ey), (-sx, -sy), half_width)
    path.moveTo(*left[0])
    path.quadTo(*left[1], *left[2])
    half = head * 0.55
    path.lineTo(bx - ty * half, by + tx * half)
    path.lineTo(x2, y2)
    path.lineTo(bx + ty * half, by - tx * half)
    path.lineTo(*right[0])
    path.quadTo(*right[1], *right[2])
    path.closeSubpath()
    return path


def arrow_middle(start: QPointF, end: QPointF) -> QPointF:
    """The middle of `arrow_path`'s curve (where its count is written): half its bend off the chord."""
    (x0, y0), (x2, y2) = (start.x(), start.y()), (end.x(), end.y())
    return QPointF((x0 + x2) / 2 - (y2 - y0) * 0.09, (y0 + y2) / 2 + (x2 - x0) * 0.09)


Point = tuple[float, float]


def _offset_curve(p0: Point, control: Point, p2: Point, d0: Point, d2: Point, offset: float) -> tuple[Point, ...]:
    """The quadratic curve p0-control-p2 moved `offset` to the left of its travel: ends moved along
    their normals, the control point where the moved end tangents (directions d0, d2) meet."""
    a = (p0[0] - d0[1] * offset, p0[1] + d0[0] * offset)
    b = (p2[0] - d2[1] * offset, p2[1] + d2[0] * offset)
    cross = d0[0] * d2[1] - d0[1] * d2[0]
    if abs(cross) < 1e-9:  # a straight run
        return a, ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2), b
    along = ((b[0] - a[0]) * d2[1] - (b[1] - a[1]) * d2[0]) / cross
    return a, (a[0] + d0[0] * along, a[1] + d0[1] * along), b


def _unit(x: float, y: float) -> tuple[float, float]:
    size = math.hypot(x, y) or 1.0
    return x / size, y / size


class MapCanvas(QGraphicsView):
    """Wheel to zoom around the cursor, drag to pan, click to pick a unit."""

    unit_clicked = Signal(str)
    view_changed = Signal()  # zoomed, fitted or resized: what is fixed to the view follows
    MAX_ZOOM = 40.0

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QColor("#fbfbf8"))
        self.auto_fit = True  # refit on resize until the user zooms
        self._pressed_at: QPointF | None = None

    def fit(self) -> None:
        self.auto_fit = True
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.view_changed.emit()

    def zoom(self, factor: float) -> None:
        fitted = min(
            self.viewport().width() / max(1.0, self.sceneRect().width()),
            self.viewport().height() / max(1.0, self.sceneRect().height()),
        )
        current = self.transform().m11()
        target = min(max(current * factor, fitted * 0.5), fitted * self.MAX_ZOOM)
        self.auto_fit = False
        self.scale(target / current, target / current)
        self.view_changed.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(1.25**steps)
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.auto_fit:
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.view_changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._pressed_at = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        pressed, self._pressed_at = self._pressed_at, None
        if (
            event.button() != Qt.MouseButton.LeftButton
            or pressed is None
            or (event.position() - pressed).manhattanLength() > 4
        ):  # a drag pans; only a click picks
            return
        for item in self.items(event.position().toPoint()):
            if isinstance(item, _UnitItem):
                self.unit_clicked.emit(item.code)
                return
