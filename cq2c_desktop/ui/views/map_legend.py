"""The map's legend, scale bar and credit, fixed to the view: they do not move or grow with the zoom.

They are painted by `MapOverlay`, a transparent widget over the map view (a child of the view, not
of its viewport, so scrolling never carries it along), and by the PNG export onto the image, both
through the same painting functions. The scale bar follows the zoom: it shows a round distance
that spans at most `SCALE_BAR_PIXELS` at the current scale.

Its words are translated in the MapView context, as when they were part of the map view."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from cq2c_desktop.ui.views import BalanceScale, range_text
from cq2c_desktop.ui.views.map_canvas import arrow_path

SCENE_UNITS_PER_KM = 8.0
NO_DATA_COLOUR = "#f4f4f4"
ARROW_COLOUR = QColor("#262626")  # opaque: translucent fills paint twice as slowly
OUT_COLOUR = QColor("#d94801")  # the selected unit's people leaving
IN_COLOUR = QColor("#1a7a3a")  # people coming to the selected unit
DIMMED_COLOUR = QColor("#c4c4c4")  # the other moves while a unit is selected
SCALE_BAR_PIXELS = 110
ROUND_KM = (1, 2, 5, 10, 20, 50, 100, 200, 500)
MARGIN = 8.0


@dataclass(frozen=True)
class LegendContent:
    scale: BalanceScale = field(default_factory=lambda: BalanceScale(1, 1))
    with_units: bool = False
    with_arrows: bool = False
    selected: str = ""  # the selected unit's name: its flows get their own colours


def legend_rows(content: LegendContent) -> list[tuple[str, QColor, str]]:
    """The rows under the colour ramp, top to bottom: (kind, colour, label), kind "box" or "arrow"."""
    rows: list[tuple[str, QColor, str]] = [
        ("box", QColor(NO_DATA_COLOUR), QCoreApplication.translate("MapView", "No data"))
    ]
    if content.with_arrows:
        if content.selected:
            rows.append(
                (
                    "arrow",
                    OUT_COLOUR,
                    QCoreApplication.translate("MapView", "Leaving {unit}").format(unit=content.selected),
                )
            )
            rows.append(
                (
                    "arrow",
                    IN_COLOUR,
                    QCoreApplication.translate("MapView", "Coming to {unit}").format(unit=content.selected),
                )
            )
            rows.append(("arrow", DIMMED_COLOUR, QCoreApplication.translate("MapView", "Other moves")))
        else:
            rows.append(("arrow", ARROW_COLOUR, QCoreApplication.translate("MapView", "Moves (thicker: more people)")))
    return rows


def ramp(content: LegendContent) -> list[tuple[QColor, str]]:
    """The classes of staff minus posts, worst shortage first: a chip each, with its range."""
    if not content.with_units:
        return []
    return [
        (colour, QCoreApplication.translate("MapView", "Balanced") if low == high == 0 else range_text(low, high))
        for low, high, colour in content.scale.classes()
    ]


def legend_texts(content: LegendContent) -> list[str]:
    """Every word the legend, the scale bar and the credit show (tests and the translation walk)."""
    ends = _ramp_ends(content)
    return [
        QCoreApplication.translate("MapView", "Staff minus posts"),
        *ends,
        *(label for _, _, label in legend_rows(content)),
        credit_text(),
    ]


def _ramp_ends(content: LegendContent) -> list[str]:
    classes = content.scale.classes() if content.with_units else []
    if not classes:
        return []
    return [
        f"{classes[0][0]:+d}",
        QCoreApplication.translate("MapView", "short"),
        "0",
        QCoreApplication.translate("MapView", "surplus"),
        f"{classes[-1][1]:+d}",
    ]


def credit_text() -> str:
    return QCoreApplication.translate(
        "MapView", "Boundaries: Vietnam Cartographic Publishing House, via vietnamese-provinces-database (MIT)"
    )


def _font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


def paint_legend(painter: QPainter, bottom_left: QPointF, content: LegendContent, size: float) -> QRectF:
    """The legend box with its lower left corner at `bottom_left`; `size` is the text height in pixels.

    The classes are a row of colour chips (worst shortage on the left, largest surplus on the right)
    with the extremes written under it: a dozen rows of ranges made the legend as tall as the map."""
    title_font, font = _font(size, bold=True), _font(size)
    metrics = QFontMetricsF(font)
    rows, chips = legend_rows(content), ramp(content)
    title = QCoreApplication.translate("MapView", "Staff minus posts")
    line, chip = size * 1.45, size * 1.5
    label_x = size * 2.8
    ramp_height = (chip * 0.8 + line) if chips else 0.0
    width = max(
        QFontMetricsF(title_font).horizontalAdvance(title) if chips else 0.0,
        chip * len(chips),
        *(label_x - size * 0.6 + metrics.horizontalAdvance(label) for _, _, label in rows),
    )
    box = QRectF(0, 0, width + size * 1.2, size * 0.6 + (size * 1.6 if chips else 0) + ramp_height + line * len(rows))
    box.moveBottomLeft(bottom_left)
    painter.save()
    painter.translate(box.topLeft())
    painter.setPen(QPen(QColor("#9a9a9a"), 1))
    painter.setBrush(QColor(255, 255, 255, 235))
    painter.drawRect(QRectF(0, 0, box.width(), box.height()))
    y = size * 0.6
    if chips:
        painter.setPen(QColor("#202020"))
        painter.setFont(title_font)
        painter.drawText(QPointF(size * 0.6, y + size * 0.9), title)
        y += size * 1.6
        _paint_ramp(painter, QPointF(size * 0.6, y), chips, chip, _ramp_ends(content), font)
        y += ramp_height
    painter.setFont(font)
    for kind, colour, label in rows:
        if kind == "box":
            painter.setPen(QPen(QColor("#9a9a9a"), 1))
            painter.setBrush(colour)
            painter.drawRect(QRectF(size * 0.6, y + size * 0.15, size * 1.6, size * 0.95))
        else:
            painter.setPen(QPen(QColor("white"), 0))
            painter.setBrush(colour)
            painter.drawPath(arrow_path(QPointF(size * 0.5, y + size), QPointF(size * 2.3, y + size * 0.1), 1))
        painter.setPen(QColor("#202020"))
        painter.drawText(QPointF(label_x, y + size * 0.95), label)
        y += line
    painter.restore()
    return box


def _paint_ramp(
    painter: QPainter, at: QPointF, chips: list[tuple[QColor, str]], chip: float, ends: list[str], font: QFont
) -> None:
    """The chips in a row, then under them: the worst shortage, "short", 0, "surplus", the largest surplus."""
    painter.setPen(QPen(QColor("#9a9a9a"), 1))
    balanced = next((i for i, (_, label) in enumerate(chips) if not label.startswith(("+", "-"))), len(chips) // 2)
    for i, (colour, _) in enumerate(chips):
        painter.setBrush(colour)
        painter.drawRect(QRectF(at.x() + i * chip, at.y(), chip, chip * 0.8))
    painter.setFont(font)
    painter.setPen(QColor("#202020"))
    metrics = QFontMetricsF(font)
    base = at.y() + chip * 0.8 + metrics.ascent() + 1
    left, right = at.x(), at.x() + chip * len(chips)
    middle = at.x() + (balanced + 0.5) * chip
    worst, short, zero, surplus, best = ends
    painter.drawText(QPointF(left, base), worst)
    painter.drawText(QPointF(middle - metrics.horizontalAdvance(zero) / 2, base), zero)
    painter.drawText(QPointF(right - metrics.horizontalAdvance(best), base), best)
    painter.save()
    painter.setPen(QColor("#606060"))
    gap_left = (left + metrics.horizontalAdvance(worst), middle - metrics.horizontalAdvance(zero) / 2)
    gap_right = (middle + metrics.horizontalAdvance(zero) / 2, right - metrics.horizontalAdvance(best))
    for (a, b), word in ((gap_left, short), (gap_right, surplus)):
        if metrics.horizontalAdvance(word) + 4 <= b - a:
            painter.drawText(QPointF((a + b - metrics.horizontalAdvance(word)) / 2, base), word)
    painter.restore()


def round_km(pixels_per_km: float, longest: float = SCALE_BAR_PIXELS) -> int:
    """The longest round distance whose bar fits in `longest` pixels."""
    fitting = [km for km in ROUND_KM if km * pixels_per_km <= longest]
    return fitting[-1] if fitting else ROUND_KM[0]


def paint_scale_bar(painter: QPainter, bottom_right: QPointF, pixels_per_km: float, size: float) -> QRectF:
    km = round_km(pixels_per_km, SCALE_BAR_PIXELS * size / 11)
    length = km * pixels_per_km
    right, base = bottom_right.x(), bottom_right.y()
    left = right - length
    path = QPainterPath(QPointF(left, base - size * 0.5))
    for x, y in ((left, base), (right, base), (right, base - size * 0.5)):
        path.lineTo(x, y)
    painter.save()
    painter.setPen(QPen(QColor("#303030"), max(1.0, size * 0.15)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setFont(_font(size))
    label = QCoreApplication.translate("MapView", "{km} km").format(km=km)
    advance = QFontMetricsF(painter.font()).horizontalAdvance(label)
    painter.drawText(QPointF(left + (length - advance) / 2, base - size * 0.8), label)
    painter.restore()
    return QRectF(left, base - size * 2, length, size * 2)


def paint_credit(painter: QPainter, bottom_right: QPointF, size: float) -> QRectF:
    painter.save()
    painter.setFont(_font(size * 0.8))
    painter.setPen(QColor("#606060"))
    text = credit_text()
    metrics = QFontMetricsF(painter.font())
    rect = QRectF(0, 0, metrics.horizontalAdvance(text), metrics.height())
    rect.moveBottomRight(bottom_right)
    painter.drawText(rect, Qt.AlignmentFlag.AlignRight, text)
    painter.restore()
    return rect


def paint_furniture(
    painter: QPainter, area: QRectF, content: LegendContent, pixels_per_km: float, size: float, *, credit: bool
) -> None:
    """Legend at the lower left of `area`, the scale bar (and the credit) at its lower right; on a map
    too narrow for both side by side, the scale bar goes above the legend's top instead."""
    margin = MARGIN * size / 11
    corner = area.bottomRight() - QPointF(margin, margin * 0.5)
    if credit:
        corner = QPointF(corner.x(), paint_credit(painter, corner, size).top() - margin * 0.5)
    legend = paint_legend(painter, area.bottomLeft() + QPointF(margin, -margin), content, size)
    if corner.x() - SCALE_BAR_PIXELS * size / 11 - margin < legend.right() and corner.y() > legend.top():
        corner = QPointF(corner.x(), legend.top() - margin)
    paint_scale_bar(painter, corner, pixels_per_km, size)


class MapOverlay(QWidget):
    """The legend, scale bar and credit over the map view, where the officer's zoom cannot move them."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # clicks and the wheel reach the map
        self.content = LegendContent()
        self.pixels_per_km = 1.0

    def show_content(self, content: LegendContent) -> None:
        self.content = content
        self.update()

    def set_scale(self, pixels_per_km: float) -> None:
        if pixels_per_km != self.pixels_per_km:
            self.pixels_per_km = pixels_per_km
            self.update()

    def text_size(self) -> float:
        return max(9.0, QFontMetricsF(self.font()).height() * 0.78)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        # The credit is a label under the map (MapView): over a narrow map it would hide the legend.
        paint_furniture(painter, QRectF(self.rect()), self.content, self.pixels_per_km, self.text_size(), credit=False)
        painter.end()
