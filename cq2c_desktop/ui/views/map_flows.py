"""The moves on the map: one arrow per source → destination pair, as thick as the people it carries,
with its count on it; selecting a unit colours its flows (leaving, coming) and greys the others.

Four hundred proposals between 166 communes are a few hundred pairs: drawn all alike they were a
black tangle. A count on every arrow of two people or more, and on every arrow of the selected
unit, says how many without hovering; the counts keep their size on screen whatever the zoom.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from cq2c_desktop.services.balance_views import Projection, UnitShape
from cq2c_desktop.ui.formatting import number
from cq2c_desktop.ui.views.map_canvas import Z_ARROW, arrow_middle, arrow_path
from cq2c_desktop.ui.views.map_legend import ARROW_COLOUR, DIMMED_COLOUR, IN_COLOUR, OUT_COLOUR

Z_FLOW = Z_ARROW + 1  # the selected unit's flows, above the others
LABEL_FROM = 2  # arrows carrying at least this many people show their count


class CountLabel(QGraphicsItem):
    """A small white pill with a number, the same size on screen at any zoom."""

    def __init__(self, count: int, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.text = number(count)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._font = QFont()
        self._font.setPixelSize(10)
        self._font.setBold(True)
        metrics = QFontMetricsF(self._font)
        width, height = metrics.horizontalAdvance(self.text) + 6, metrics.height() + 1
        self._rect = QRectF(-width / 2, -height / 2, width, height)
        self.colour = ARROW_COLOUR

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(QPen(self.colour, 1))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(self._rect, 4, 4)
        painter.setFont(self._font)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text)


class FlowArrow(QGraphicsPathItem):
    def __init__(self, source: str, target: str, count: int, start: QPointF, end: QPointF) -> None:
        super().__init__(arrow_path(start, end, count))
        self.source, self.target, self.count = source, target, count
        self.setPen(QPen(QColor("white"), 0))  # a hairline halo keeps dark arrows on dark red legible
        self.label = CountLabel(count, self)
        self.label.setPos(arrow_middle(start, end))
        self.paint_as(ARROW_COLOUR, Z_ARROW, count >= LABEL_FROM)

    def paint_as(self, colour: QColor, z: float, labelled: bool) -> None:
        self.setBrush(colour)
        self.setZValue(z)
        self.label.colour = colour
        self.label.setVisible(labelled)
        self.label.update()


class FlowLayer:
    """The arrows of the moves in one scene; `highlight` picks out one unit's flows."""

    def __init__(
        self,
        scene: QGraphicsScene,
        projection: Projection,
        shapes: Mapping[str, UnitShape],
        name: Callable[[str], str],
        tooltip: Callable[[str, str, int], str],
    ) -> None:
        self._scene, self._projection, self._shapes = scene, projection, shapes
        self._name, self._tooltip = name, tooltip
        self.arrows: list[FlowArrow] = []
        self.highlighted = ""

    def set_moves(self, totals: Mapping[tuple[str, str], int]) -> int:
        """One arrow per pair whose two units have a boundary; returns how many were drawn."""
        for arrow in self.arrows:
            self._scene.removeItem(arrow)
        self.arrows = []
        project = self._projection
        for (source, target), count in totals.items():
            if source not in self._shapes or target not in self._shapes:
                continue
            start, end = (QPointF(*project(*self._shapes[code].anchor)) for code in (source, target))
            arrow = FlowArrow(source, target, count, start, end)
            arrow.setToolTip(self._tooltip(source, target, count))
            self._scene.addItem(arrow)
            self.arrows.append(arrow)
        self.highlight(self.highlighted)
        return len(self.arrows)

    def set_visible(self, visible: bool) -> None:
        for arrow in self.arrows:
            arrow.setVisible(visible)

    def highlight(self, code: str) -> None:
        """Colour `code`'s flows, leaving and coming, and grey the others ("" shows all alike)."""
        self.highlighted = code
        for arrow in self.arrows:
            if not code:
                arrow.paint_as(ARROW_COLOUR, Z_ARROW, arrow.count >= LABEL_FROM)
            elif arrow.source == code:
                arrow.paint_as(OUT_COLOUR, Z_FLOW, True)
            elif arrow.target == code:
                arrow.paint_as(IN_COLOUR, Z_FLOW, True)
            else:
                arrow.paint_as(DIMMED_COLOUR, Z_ARROW, False)

    def has_flows(self, code: str) -> bool:
        return any(code in (arrow.source, arrow.target) for arrow in self.arrows)
