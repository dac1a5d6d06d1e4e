"""How wide a text prints in Times New Roman, read from the bundled metric twin (Liberation Serif).

Liberation Serif has the advance widths of Times New Roman glyph for glyph, so its `hmtx` table
tells how wide Word, LibreOffice or our PDF will set a line: enough to size table columns so that
an amount never breaks, and a rule exactly as long as the motto. Pure Python (no Qt), so the Word
and Excel writers can use it anywhere; kerning is ignored, as Word does by default.
"""

from __future__ import annotations

import struct
from functools import lru_cache

from cq2c_desktop.paths import resource_path

_FILES = {
    (False, False): "LiberationSerif-Regular.ttf",
    (True, False): "LiberationSerif-Bold.ttf",
    (False, True): "LiberationSerif-Italic.ttf",
    (True, True): "LiberationSerif-BoldItalic.ttf",
}
MM_PER_PT = 25.4 / 72


class _Face:
    """Advance widths by character of one TrueType face, in font units."""

    def __init__(self, data: bytes) -> None:
        tables = {}
        for index in range(struct.unpack_from(">H", data, 4)[0]):
            tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
            tables[tag] = (offset, length)
        self.units_per_em = struct.unpack_from(">H", data, tables[b"head"][0] + 18)[0]
        metrics = struct.unpack_from(">H", data, tables[b"hhea"][0] + 34)[0]
        start = tables[b"hmtx"][0]
        self.advances = [struct.unpack_from(">H", data, start + 4 * i)[0] for i in range(metrics)]
        self.glyphs = self._bmp_cmap(data, tables[b"cmap"][0])

    @staticmethod
    def _bmp_cmap(data: bytes, cmap: int) -> dict[int, int]:
        """Code point -> glyph from the Windows Unicode BMP subtable (format 4)."""
        for index in range(struct.unpack_from(">H", data, cmap + 2)[0]):
            platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * index)
            at = cmap + offset
            if (platform, encoding) == (3, 1) and struct.unpack_from(">H", data, at)[0] == 4:
                break
        else:
            raise ValueError("no Unicode BMP cmap")
        segments = struct.unpack_from(">H", data, at + 6)[0] // 2
        ends = struct.unpack_from(f">{segments}H", data, at + 14)
        starts = struct.unpack_from(f">{segments}H", data, at + 16 + 2 * segments)
        deltas = struct.unpack_from(f">{segments}h", data, at + 16 + 4 * segments)
        range_at = at + 16 + 6 * segments
        ranges = struct.unpack_from(f">{segments}H", data, range_at)
        glyphs: dict[int, int] = {}
        for seg, (first, last, delta, offset) in enumerate(zip(starts, ends, deltas, ranges, strict=True)):
            for code in range(first, min(last, 0xFFFE) + 1):
                if offset == 0:
                    glyph = (code + delta) & 0xFFFF
                else:
                    where = range_at + 2 * seg + offset + 2 * (code - first)
                    glyph = struct.unpack_from(">H", data, where)[0]
                    glyph = (glyph + delta) & 0xFFFF if glyph else 0
                glyphs[code] = glyph
        return glyphs

    def advance(self, char: str) -> int:
        glyph = self.glyphs.get(ord(char), 0)
        advance: int = self.advances[min(glyph, len(self.advances) - 1)]
        return advance


@lru_cache(maxsize=4)
def _face(bold: bool, italic: bool) -> _Face:
    return _Face(resource_path(f"fonts/{_FILES[(bold, italic)]}").read_bytes())


@lru_cache(maxsize=65536)  # the same names, units and words come back on every row
def text_width_pt(text: str, size_pt: float, *, bold: bool = False, italic: bool = False) -> float:
    """The width of one line of `text` set at `size_pt`, in points."""
    face = _face(bold, italic)
    units: int = face.units_per_em
    return sum(face.advance(char) for char in text) * size_pt / units


def text_width_mm(text: str, size_pt: float, *, bold: bool = False, italic: bool = False) -> float:
    return text_width_pt(text, size_pt, bold=bold, italic=italic) * MM_PER_PT


def longest_word_mm(text: str, size_pt: float, *, bold: bool = False) -> float:
    """The narrowest a column can be without breaking a word of `text`."""
    words = text.split()
    return max((text_width_mm(word, size_pt, bold=bold) for word in words), default=0.0)
