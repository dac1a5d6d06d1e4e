"""What calamine does not tell about an .xlsx sheet, read from the sheet's XML in one streaming pass:
hidden columns and rows, formulas saved without a computed value, and how far the cells reach.

The pass reads the part in blocks and looks only at row tags and formula cells, so a 150,000-row
sheet costs a fraction of a second. Reaching far matters because calamine allocates the whole
rectangle from A1 to the farthest cell: one stray space in XFD1048576 would ask for 17 billion cells.
"""

from __future__ import annotations

import html
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from cq2c_desktop.io.problems import column_index

_NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
_COL = re.compile(rb"<(?:\w+:)?col\b[^>]*>")
_ATTR = re.compile(rb'(\w+)="([^"]*)"')
_CELL_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')
_FAR_CELL = re.compile(rb'r="([A-Z]{3})([0-9]+)"')
_ROW_NUMBER = re.compile(rb' r="([0-9]+)"')
_VALUE = re.compile(rb"<(?:\w+:)?v>[^<]")
_FORMULA_TEXT = re.compile(rb"<(?:\w+:)?f(?:\s[^>]*)?>([^<]*)</")
_BLOCK = 1 << 20
FAR_COLUMN = 702  # beyond ZZ: no roster is that wide


@dataclass
class SheetScan:
    hidden_columns: frozenset[int] = frozenset()
    hidden_rows: set[int] = field(default_factory=set)  # 0-based
    formula_cells: dict[tuple[int, int], str] = field(default_factory=dict)  # 0-based -> formulas without a value
    last_row: int = 0  # 1-based number of the last <row>
    far_cells: list[str] = field(default_factory=list)  # references of cells beyond column ZZ


def sheet_part(archive: zipfile.ZipFile, sheet: str) -> str | None:
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.findall("rel:Relationship", _NS)}
    for node in workbook.iterfind("m:sheets/m:sheet", _NS):
        if node.get("name") == sheet:
            target = targets.get(node.get(f"{{{_NS['r']}}}id"), "")
            if target.startswith("/"):
                return target.lstrip("/")
            return str(PurePosixPath("xl") / target)
    return None


def _hidden_columns(head: bytes) -> frozenset[int]:
    hidden: set[int] = set()
    for match in _COL.finditer(head.split(b"<sheetData")[0]):
        attrs = dict(_ATTR.findall(match.group(0)))
        if attrs.get(b"hidden") in (b"1", b"true"):
            lo, hi = int(attrs.get(b"min", b"1")), int(attrs.get(b"max", b"1"))
            hidden.update(range(lo - 1, min(hi, 16384)))
    return frozenset(hidden)


def _finds(block: bytes, needle: bytes) -> list[int]:
    found, at = [], block.find(needle)
    while at >= 0:
        found.append(at)
        at = block.find(needle, at + 1)
    return found


def _scan_block(block: bytes, scan: SheetScan) -> None:
    """Literal searches only (Python's regex engine is slow on a pattern without a literal start)."""
    for at in _finds(block, b'hidden="1"') + _finds(block, b'hidden="true"'):
        start = block.rfind(b"<", 0, at)
        if block.startswith(b"<row", start) or block.startswith(b"row", block.find(b":", start, at) + 1):
            number = _ROW_NUMBER.search(block, start, at)
            if number:
                scan.hidden_rows.add(int(number.group(1)) - 1)
    last = block.rfind(b"<row ")
    if last >= 0:
        number = _ROW_NUMBER.search(block, last, last + 200)
        if number:
            scan.last_row = int(number.group(1))
    for match in _FAR_CELL.finditer(block):
        if column_index(match.group(1).decode()) >= FAR_COLUMN and len(scan.far_cells) < 5:
            scan.far_cells.append(match.group(1).decode() + match.group(2).decode())
    for at in sorted(_finds(block, b"<f>") + _finds(block, b"<f ") + _finds(block, b"<f/")):
        start = block.rfind(b"<c ", 0, at)
        end = block.find(b"</c>", at)
        if start < 0 or end < 0:
            continue
        inner = block[start:end]
        if _VALUE.search(inner):
            continue
        ref = _CELL_REF.search(inner)
        if ref:
            text = _FORMULA_TEXT.search(inner)
            formula = html.unescape(text.group(1).decode("utf-8", errors="replace")) if text else ""
            scan.formula_cells[(int(ref.group(2)) - 1, column_index(ref.group(1).decode()))] = formula


def scan_sheet(path: Path, sheet: str) -> SheetScan:
    """One pass over the sheet's XML; an unreadable part gives an empty scan (calamine says why)."""
    scan = SheetScan()
    try:
        with zipfile.ZipFile(path) as archive:
            part = sheet_part(archive, sheet)
            if part is None:
                return scan
            with archive.open(part) as stream:
                carry = b""
                first = True
                while True:
                    chunk = stream.read(_BLOCK)
                    data = carry + chunk
                    if first:
                        scan.hidden_columns = _hidden_columns(data[:4_000_000])
                        first = False
                    if not chunk:
                        _scan_block(data, scan)
                        break
                    cut = data.rfind(b"</row>")
                    cut = cut + len(b"</row>") if cut >= 0 else max(0, len(data) - 4096)
                    _scan_block(data[:cut], scan)
                    carry = data[cut:]
    except (
        OSError,
        KeyError,
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        ElementTree.ParseError,
        RuntimeError,
        ValueError,
    ):
        return SheetScan()  # hidden rows and formulas are extras: the reader reports a damaged file itself
    return scan
