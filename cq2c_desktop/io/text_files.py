"""CSV files as communes save them: UTF-8 with or without BOM, UTF-16 ("Unicode text"),
Windows-1258, or bytes typed in TCVN3 / VNI; separated by `;` (Excel with a Vietnamese locale),
`,` or a tab. Everything comes out as NFC text.

A UTF-8 file with a few stray bytes (one cell pasted from an old program) stays UTF-8: only those
bytes are read as Windows-1258, and the cells that held them are reported, never the whole file
re-decoded in a legacy encoding. A leading apostrophe (Excel's "this is text" mark, typed literally)
is dropped.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.io.legacy_encodings import decode_tcvn3, decode_vni
from cq2c_desktop.io.syllables import text_score

_DELIMITERS = (";", ",", "\t", "|")
_SAMPLE = 65536


FILE_UNREADABLE = Text("file_unreadable", "Cannot read the file {file}: {reason}")


class TextFileError(ServiceError):
    """A text file that cannot be read."""


# Bytes as Windows-1252 shows them, undefined bytes kept as C1 controls (what Excel does).
_WINDOWS_VIEW = {b: bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256)}


def _windows_bytes_view(data: bytes) -> str:
    return data.decode("latin-1").translate(_WINDOWS_VIEW)


_STRAY = re.compile("[\udc80-\udcff]+")


def _stray_byte(ch: str) -> str:
    byte = bytes([ord(ch) - 0xDC00])
    return byte.decode("cp1258", errors="replace")


def repair_stray(text: str) -> str:
    """Stray bytes (kept as lone surrogates) read as Windows-1258, in NFC."""
    return unicodedata.normalize("NFC", _STRAY.sub(lambda m: "".join(map(_stray_byte, m.group(0))), text))


def show_stray(text: str) -> str:
    """The cell as it came, its stray bytes written \\xNN."""
    return _STRAY.sub(lambda m: "".join(f"\\x{ord(ch) - 0xDC00:02X}" for ch in m.group(0)), text)


def _mostly_utf8(data: bytes) -> str | None:
    """The text of a UTF-8 file with a few invalid bytes (kept as lone surrogates), or None."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = sum(len(m.group(0)) for m in _STRAY.finditer(text))
    valid = len(text) - len(text.encode("ascii", "ignore")) - stray
    return text if valid >= 1 and stray * 4 <= valid else None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text in NFC, the encoding it was read with); stray bytes of a UTF-8 file read as Windows-1258."""
    text, encoding = decode_text(data)
    return (repair_stray(text) if encoding == "utf-8+stray" else text), encoding


def decode_text(data: bytes) -> tuple[str, str]:
    """(text in NFC, the encoding); "utf-8+stray" keeps its stray bytes as lone surrogates."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return unicodedata.normalize("NFC", data.decode(name, errors="replace")), name
    head = data[:4096]
    if len(head) >= 4 and head.count(0) > len(head) // 4:
        # UTF-16 without BOM: ASCII characters leave a zero byte beside them.
        name = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        return unicodedata.normalize("NFC", data.decode(name, errors="replace")), name
    try:
        return unicodedata.normalize("NFC", data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return unicodedata.normalize("NFC", mostly), "utf-8+stray"
    # An 8-bit file: Windows-1258 (Vietnamese Windows), or TCVN3 / VNI bytes. Read the start
    # each way and keep the reading with the most valid Vietnamese syllables.
    sample = data[:_SAMPLE]
    view = _windows_bytes_view(sample)
    readings = {
        "cp1258": sample.decode("cp1258", errors="replace"),
        "tcvn3": decode_tcvn3(view),
        "vni": decode_vni(view),
    }
    best = max(readings, key=lambda k: text_score(unicodedata.normalize("NFC", readings[k])))
    if best == "cp1258":
        text = data.decode("cp1258", errors="replace")
    else:
        full = _windows_bytes_view(data)
        text = decode_tcvn3(full) if best == "tcvn3" else decode_vni(full)
    return unicodedata.normalize("NFC", text), best


def _delimiter(lines: list[str]) -> str:
    """The separator that splits the first lines into the most, and most regular, fields."""
    best, best_key = ",", (0, 0)
    for delimiter in _DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter) if any(c.strip() for c in row)]
        if not counts:
            continue
        width, often = Counter(counts).most_common(1)[0]
        key = (often, width) if width > 1 else (0, 0)
        if key > best_key:
            best, best_key = delimiter, key
    return best


@dataclass
class TextRows:
    rows: list[list[str]]
    encoding: str
    stray: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column) -> the cell as it came


def _tidy(row: list[str], r: int, stray: dict[tuple[int, int], str] | None) -> list[str]:
    if stray is None and not any(cell[:1] == "'" for cell in row):
        return row
    out = []
    for c, cell in enumerate(row):
        if stray is not None and _STRAY.search(cell):
            stray[(r, c)] = show_stray(cell)
            cell = repair_stray(cell)
        if cell.startswith("'") and len(cell) > 1 and not cell.startswith("''"):
            cell = cell[1:]
        out.append(cell)
    return out


def read_csv_rows(path: Path, *, max_rows: int | None = None) -> TextRows:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TextFileError(FILE_UNREADABLE(file=path.name, reason=str(exc))) from exc
    text, encoding = decode_text(data)
    first, _, rest = text.partition("\n")
    if first.lower().startswith("sep=") and len(first.rstrip("\r")) == 5:
        delimiter = first[4]  # Excel's "sep=;" hint line
        text = rest
    else:
        delimiter = _delimiter(text[:_SAMPLE].splitlines()[:50])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    stray: dict[tuple[int, int], str] = {}
    watch = stray if encoding == "utf-8+stray" else None
    for row in reader:
        rows.append(_tidy(row, len(rows), watch))
        if max_rows is not None and len(rows) >= max_rows:
            break
    return TextRows(rows, "utf-8" if encoding == "utf-8+stray" else encoding, stray)
