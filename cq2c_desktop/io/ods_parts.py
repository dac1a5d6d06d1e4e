"""What calamine does not tell about an OpenDocument sheet: its merged cells and hidden rows and
columns, read from content.xml. Only files that have any are parsed (a byte search says so first)."""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_T = f"{{{_TABLE}}}"
_MARKS = (b"number-rows-spanned", b"number-columns-spanned", b'visibility="collapse"', b'visibility="filter"')
_MAX_REPEAT = 1_100_000


@dataclass
class OdsSheet:
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)


def _repeat(element: ElementTree.Element, name: str) -> int:
    try:
        return max(1, min(_MAX_REPEAT, int(element.get(f"{_T}{name}", "1"))))
    except ValueError:
        return 1


def _table(table: ElementTree.Element) -> OdsSheet:
    sheet = OdsSheet()
    column = 0
    for node in table.iter(f"{_T}table-column"):
        count = _repeat(node, "number-columns-repeated")
        if node.get(f"{_T}visibility") in ("collapse", "filter"):
            sheet.hidden_columns.update(range(column, min(column + count, 16384)))
        column += count
    row = 0
    for node in table.iter(f"{_T}table-row"):
        count = _repeat(node, "number-rows-repeated")
        if node.get(f"{_T}visibility") in ("collapse", "filter") and count < 10_000:
            sheet.hidden_rows.update(range(row, row + count))
        c = 0
        for cell in node:
            if cell.tag not in (f"{_T}table-cell", f"{_T}covered-table-cell"):
                continue
            rows = int(cell.get(f"{_T}number-rows-spanned", "1") or 1)
            columns = int(cell.get(f"{_T}number-columns-spanned", "1") or 1)
            if rows > 1 or columns > 1:
                sheet.merged.append(((row, c), (row + rows - 1, c + columns - 1)))
            c += _repeat(cell, "number-columns-repeated")
        row += count
    return sheet


def scan_ods(path: Path) -> dict[str, OdsSheet]:
    """Per sheet name; empty when the file has no merged or hidden cells (or cannot be read here)."""
    try:
        with zipfile.ZipFile(path) as archive:
            data = archive.read("content.xml")
        if not any(mark in data for mark in _MARKS) or b"<!DOCTYPE" in data[:65536]:
            return {}
        root = ElementTree.fromstring(data)
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
        return {}
    return {t.get(f"{_T}name", ""): _table(t) for t in root.iter(f"{_T}table")}
