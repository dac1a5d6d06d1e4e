"""Draw the application icon: `resources/icons/cq2c.png` (256 px) and `cq2c.ico` (16–256 px).

`python scripts/make_icon.py` redraws both; the files are committed, because the installer build
and the app read them. The icon is vector-drawn with QPainter at each size (no text, so it stays
legible at 16 px): two communes joined by a transfer arrow on the department's red.
The .ico holds one PNG per size, which every Windows since Vista reads.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QImageWriter, QPainter, QPainterPath, QPen, QPolygonF

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
RED = QColor("#b71c1c")
GOLD = QColor("#ffc107")
WHITE = QColor("#ffffff")


def draw(size: int) -> QImage:
    """The icon at `size` pixels, drawn on a 256-unit canvas."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(RED))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    # the route: from the lowland commune (bottom left) up to the mountain commune (top right)
    route = QPainterPath(QPointF(70, 186))
    route.cubicTo(QPointF(70, 110), QPointF(120, 84), QPointF(168, 84))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(WHITE, 22, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(route)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(WHITE))
    painter.drawPolygon(QPolygonF([QPointF(160, 48), QPointF(208, 84), QPointF(160, 120)]))
    painter.setBrush(QBrush(GOLD))
    painter.drawEllipse(QPointF(70, 190), 34, 34)
    painter.drawEllipse(QPointF(200, 190), 22, 22)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise RuntimeError(f"cannot encode the icon as PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (ICONDIR, then one ICONDIRENTRY per size)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = [], []
    for size, blob in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_bytes(draw(size)) for size in ICO_SIZES}
    (ICONS / "cq2c.png").write_bytes(pngs[256])
    (ICONS / "cq2c.ico").write_bytes(ico_bytes(pngs))
    print(f"wrote {ICONS / 'cq2c.png'} and {ICONS / 'cq2c.ico'} ({', '.join(map(str, ICO_SIZES))} px)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
