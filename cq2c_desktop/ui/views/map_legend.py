"""The map's legend, scale bar and credit, drawn in scene units so they zoom with the map.

Its words are translated in the MapView context, as when they were part of the map view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from cq2c_desktop.ui.views import BalanceScale, range_text
from cq2c_desktop.ui.views.map_canvas import arrow_path

SCENE_UNITS_PER_KM = 8.0
NO_DATA_COLOUR = "#f4f4f4"
ARROW_COLOUR = QColor("#262626")  # opaque: translucent fills paint twice as slowly


def map_legend(map_rect: QRectF, scale: BalanceScale, *, with_units: bool, with_arrows: bool) -> QGraphicsItem:
    """Legend at the map's lower left, a scale bar at its lower right, the map credit below."""
    size = max(map_rect.height(), 1.0) * 0.016
    root = QGraphicsRectItem()  # an invisible parent, so one removeItem() clears them all
    root.setPen(Qt.PenStyle.NoPen)
    box = QGraphicsRectItem(root)
    box.setPen(QPen(QColor("#9a9a9a"), 0))
    box.setBrush(QColor(255, 255, 255, 225))
    entries = (
        [
            (QColor(c), QCoreApplication.translate("MapView", "Balanced") if lo == hi == 0 else range_text(lo, hi))
            for lo, hi, c in scale.classes()
        ]
        if with_units
        else []
    )
    width = (
        _text(box, QCoreApplication.translate("MapView", "Staff minus posts"), size, size * 0.6, size * 0.6, bold=True)
        .boundingRect()
        .width()
    )
    y = size * 2.3
    for colour, label in [
        *entries,
        (QColor(NO_DATA_COLOUR), QCoreApplication.translate("MapView", "No data")),
        (ARROW_COLOUR, ""),
    ]:
        if not label:  # the last row: the arrow sample, only when arrows are drawn
            if not with_arrows:
                break
            swatch: QGraphicsPathItem | QGraphicsRectItem = QGraphicsPathItem(
                arrow_path(QPointF(size * 0.5, y + size), QPointF(size * 2.0, y + size * 0.1), 1), box
            )
            label = QCoreApplication.translate("MapView", "Proposed move")
        else:
            swatch = QGraphicsRectItem(size * 0.6, y, size * 1.4, size, box)
            swatch.setPen(QPen(QColor("#9a9a9a"), 0))
        swatch.setBrush(colour)
        width = max(width, size * 2.0 + _text(box, label, size, size * 2.6, y - size * 0.1).boundingRect().width())
        y += size * 1.45
    box.setRect(0, 0, width + size * 1.2, y + size * 0.3)
    box.setPos(map_rect.left(), map_rect.bottom() - box.rect().height())
    _add_scale_bar(root, map_rect, size)
    credit = _text(
        root,
        QCoreApplication.translate(
            "MapView", "Boundaries: Vietnam Cartographic Publishing House, via vietnamese-provinces-database (MIT)"
        ),
        size * 0.75,
        0,
        0,
        colour="#606060",
    )
    credit.setPos(map_rect.right() - credit.boundingRect().width(), map_rect.bottom() + size * 0.6)
    return root


def _add_scale_bar(root: QGraphicsItem, map_rect: QRectF, size: float) -> None:
    """20 km: a round distance, about a seventh of the province, to judge a commute by eye."""
    length = 20 * SCENE_UNITS_PER_KM
    left, base = map_rect.right() - length, map_rect.bottom() - size * 0.4
    path = QPainterPath(QPointF(left, base - size * 0.5))
    for x, y in ((left, base), (left + length, base), (left + length, base - size * 0.5)):
        path.lineTo(x, y)
    bar = QGraphicsPathItem(path, root)
    bar.setPen(QPen(QColor("#303030"), size * 0.15))
    label = _text(root, QCoreApplication.translate("MapView", "{km} km").format(km=20), size * 0.85, 0, 0)
    label.setPos(left + (length - label.boundingRect().width()) / 2, base - size * 1.6)


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
