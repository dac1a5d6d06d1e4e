"""How a proposal's status looks in a table: a row colour and an icon as well as the word.

An officer scanning 400 proposals must see the rejected and locked ones without reading the status
column (and a colour-blind officer must see them too): rejected rows are grey and struck through
with a red cross, locked rows amber with a padlock, accepted rows green with a tick, approved rows a
deeper green with a seal. The icons are drawn here, so they need no image files and stay sharp at
any display scaling.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPainterPath, QPen, QPixmap

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.ui.table_models import RowLook

ICON_SIZE = 16


def _font(*, strike: bool = False, bold: bool = False) -> QFont:
    font = QFont()
    font.setStrikeOut(strike)
    font.setBold(bold)
    return font


@cache
def row_look(status: str) -> RowLook:
    """The row's colours and font for a proposal of `status` (proposed rows look as usual)."""
    if status == MoveStatus.REJECTED.value:
        return RowLook(QColor("#ececec"), QColor("#6f6f6f"), _font(strike=True))
    if status == MoveStatus.LOCKED.value:
        return RowLook(QColor("#fff1c1"))
    if status == MoveStatus.ACCEPTED.value:
        return RowLook(QColor("#e3f4dd"))
    if status == MoveStatus.APPROVED.value:
        return RowLook(QColor("#c8e8bd"), None, _font(bold=True))
    return RowLook()


def _pixmap() -> tuple[QPixmap, QPainter]:
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0
    pixmap = QPixmap(round(ICON_SIZE * ratio), round(ICON_SIZE * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def _pen(colour: str, width: float) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _tick(painter: QPainter, colour: str) -> None:
    path = QPainterPath(QPointF(3.5, 8.5))
    path.lineTo(6.5, 11.5)
    path.lineTo(12.5, 4.5)
    painter.setPen(_pen(colour, 2.2))
    painter.drawPath(path)


def _draw(status: str) -> QIcon | None:
    if status == MoveStatus.PROPOSED.value:
        return None
    pixmap, painter = _pixmap()
    if status == MoveStatus.REJECTED.value:
        painter.setPen(_pen("#c62828", 2.4))
        painter.drawLine(QPointF(4, 4), QPointF(12, 12))
        painter.drawLine(QPointF(12, 4), QPointF(4, 12))
    elif status == MoveStatus.LOCKED.value:
        painter.setPen(_pen("#8a5a00", 1.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(5, 2, 6, 8), 0, 180 * 16)  # the shackle
        painter.drawLine(QPointF(5, 6), QPointF(5, 8))
        painter.drawLine(QPointF(11, 6), QPointF(11, 8))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#b07800"))
        painter.drawRoundedRect(QRectF(3, 7.5, 10, 7), 1.5, 1.5)
    elif status == MoveStatus.ACCEPTED.value:
        _tick(painter, "#2e7d32")
    elif status == MoveStatus.APPROVED.value:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1b5e20"))
        painter.drawEllipse(QRectF(1, 1, 14, 14))
        _tick(painter, "#ffffff")
    painter.end()
    return QIcon(pixmap)


_icons: dict[str, QIcon | None] = {}


def status_icon(status: str) -> QIcon | None:
    """The status's icon (None for a plain proposal), drawn once per status."""
    if status not in _icons:
        _icons[status] = _draw(status)
    return _icons[status]
