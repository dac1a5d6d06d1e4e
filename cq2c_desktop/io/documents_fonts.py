"""The bundled serif face for PDF decisions, registered with Qt under a private family name.

Liberation Serif 2.x (SIL OFL, Times New Roman metrics, full Vietnamese) ships in
`resources/fonts/`. Qt cannot tell two fonts of the same family apart: on a machine that also has
the older Liberation Serif 1.x installed (common on Linux, and without the Vietnamese letters
U+1EA0–U+1EF9) the system copy wins and the diacritics fall back to another face. So the bundled
files are registered from memory under the family "CQ2C Serif"; the renamed copy only ever lives
in memory and, as a subset, inside the documents we write (which the OFL leaves free).
"""

from __future__ import annotations

import os
import struct
import threading

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.paths import resource_path

FAMILY = "CQ2C Serif"
_POSTSCRIPT = "CQ2CSerif"
_FILES = {
    "Regular": "LiberationSerif-Regular.ttf",
    "Bold": "LiberationSerif-Bold.ttf",
    "Italic": "LiberationSerif-Italic.ttf",
    "Bold Italic": "LiberationSerif-BoldItalic.ttf",
}
# name IDs that carry the family: family, full name, PostScript name, typographic family.
_FAMILY_IDS = (1, 4, 6, 16)
_CHECKSUM_MAGIC = 0xB1B0AFBA

_lock = threading.Lock()
_loaded = False


NEEDS_GUI_APPLICATION = Text("fonts_need_gui", "A QGuiApplication is needed to render text.")
FONT_MISSING = Text("font_missing", "Missing font {path}: {reason}")
FONT_UNLOADABLE = Text("font_unloadable", "Cannot load font {path}")


class FontError(ServiceError):
    """The bundled fonts cannot be loaded (a broken installation)."""


def _checksum(data: bytes) -> int:
    padded = data + b"\0" * (-len(data) % 4)
    words: tuple[int, ...] = struct.unpack(f">{len(padded) // 4}I", padded)
    return sum(words) & 0xFFFFFFFF


def _table_records(data: bytes) -> dict[bytes, tuple[int, int, int]]:
    """tag -> (record offset, table offset, table length)."""
    count = struct.unpack_from(">H", data, 4)[0]
    records = {}
    for i in range(count):
        tag, _sum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        records[tag] = (12 + 16 * i, offset, length)
    return records


def _name_string(name_id: int, platform: int, style: str) -> bytes | None:
    if name_id not in _FAMILY_IDS:
        return None
    text = {1: FAMILY, 16: FAMILY, 4: f"{FAMILY} {style}", 6: f"{_POSTSCRIPT}-{style.replace(' ', '')}"}[name_id]
    return text.encode("utf-16-be") if platform in (0, 3) else text.encode("mac_roman")


def _renamed_name_table(table: bytes, style: str) -> bytes:
    _fmt, count, string_offset = struct.unpack_from(">HHH", table, 0)
    records, strings = [], bytearray()
    for k in range(count):
        platform, encoding, language, name_id, length, offset = struct.unpack_from(">6H", table, 6 + 12 * k)
        value = _name_string(name_id, platform, style)
        if value is None:
            value = table[string_offset + offset : string_offset + offset + length]
        records.append(struct.pack(">6H", platform, encoding, language, name_id, len(value), len(strings)))
        strings += value
    header = struct.pack(">HHH", 0, count, 6 + 12 * count)
    return header + b"".join(records) + bytes(strings)


def renamed_font(data: bytes, style: str) -> bytes:
    """The font file with its family renamed to FAMILY; glyphs and metrics untouched."""
    records = _table_records(data)
    record_at, offset, length = records[b"name"]
    table = _renamed_name_table(data[offset : offset + length], style)
    out = bytearray(data + b"\0" * (-len(data) % 4))
    new_offset = len(out)
    out += table + b"\0" * (-len(table) % 4)
    struct.pack_into(">III", out, record_at + 4, _checksum(table), new_offset, len(table))
    # The whole-file checksum lives in head.checkSumAdjustment; recompute it so validators agree.
    head_offset = records[b"head"][1]
    struct.pack_into(">I", out, head_offset + 8, 0)
    struct.pack_into(">I", out, head_offset + 8, (_CHECKSUM_MAGIC - _checksum(bytes(out))) & 0xFFFFFFFF)
    return bytes(out)


def ensure_gui_application() -> None:
    """Qt paints text only inside a QGuiApplication; the CLI has none, so make a windowless one."""
    app = QCoreApplication.instance()
    if app is None:
        platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication(["cq2c", "-platform", platform])
    elif not isinstance(app, QGuiApplication):
        raise FontError(NEEDS_GUI_APPLICATION())


def ensure_fonts() -> str:
    """Register the bundled faces once (any thread) and return the family to ask for."""
    global _loaded
    with _lock:
        if _loaded:
            return FAMILY
        ensure_gui_application()
        for style, file_name in _FILES.items():
            path = resource_path(f"fonts/{file_name}")
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise FontError(FONT_MISSING(path=str(path), reason=str(exc))) from exc
            if QFontDatabase.addApplicationFontFromData(renamed_font(data, style)) < 0:
                raise FontError(FONT_UNLOADABLE(path=str(path)))
        _loaded = True
        return FAMILY
