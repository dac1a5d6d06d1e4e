"""CSV files as communes save them: UTF-8 with or without BOM, UTF-16 ("Unicode text"),
Windows-1258, or bytes typed in TCVN3 / VNI; separated by `;` (Excel with a Vietnamese locale)
or `,`. Everything comes out as NFC text.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from collections import Counter
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


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text in NFC, the encoding it was read with)."""
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


def read_csv_rows(path: Path, *, max_rows: int | None = None) -> tuple[list[list[str]], str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TextFileError(FILE_UNREADABLE(file=path.name, reason=str(exc))) from exc
    text, encoding = decode_bytes(data)
    first, _, rest = text.partition("\n")
    if first.lower().startswith("sep=") and len(first.rstrip("\r")) == 5:
        delimiter = first[4]  # Excel's "sep=;" hint line
        text = rest
    else:
        delimiter = _delimiter(text[:_SAMPLE].splitlines()[:50])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    for row in reader:
        rows.append(row)
        if max_rows is not None and len(rows) >= max_rows:
            break
    return rows, encoding
