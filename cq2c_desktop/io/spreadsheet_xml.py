"""XML Spreadsheet 2003 (SpreadsheetML): what many government systems save as ".xls".

One <Worksheet> per sheet; a cell may skip ahead (ss:Index), span (ss:MergeAcross / MergeDown),
hold a typed value (<Data ss:Type="Number|DateTime|String|Boolean">) or a formula with its value.
A document type declaration is refused before parsing (Office never writes one; it is how an XML
entity bomb starts).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from xml.etree import ElementTree

SS = "urn:schemas-microsoft-com:office:spreadsheet"
X = "urn:schemas-microsoft-com:office:excel"
_S = f"{{{SS}}}"
MAX_COLUMNS = 16384

XmlCell = str | float | bool | dt.datetime | None


class DeclarationError(ValueError):
    """The XML declares a document type (possibly an entity bomb)."""


@dataclass
class XmlSheet:
    name: str
    visible: bool = True
    rows: list[list[XmlCell]] = field(default_factory=list)
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)
    formula_cells: dict[tuple[int, int], str] = field(default_factory=dict)  # formulas without a value


def _index(element: ElementTree.Element, current: int) -> int:
    raw = element.get(f"{_S}Index")
    if raw and raw.isdigit():
        return min(int(raw) - 1, MAX_COLUMNS * 64)
    return current


def _value(data: ElementTree.Element | None) -> XmlCell:
    if data is None:
        return None
    text = "".join(data.itertext())
    kind = data.get(f"{_S}Type", "String")
    if kind == "Number":
        try:
            return float(text)
        except ValueError:
            return text
    if kind == "DateTime":
        try:
            return dt.datetime.fromisoformat(text[:19])
        except ValueError:
            return text
    if kind == "Boolean":
        return text.strip() == "1"
    return text if text != "" else None


def _read_table(sheet: XmlSheet, table: ElementTree.Element) -> None:
    column = 0
    for node in table.findall(f"{_S}Column"):
        column = _index(node, column)
        span = int(node.get(f"{_S}Span", "0") or 0) + 1
        if node.get(f"{_S}Hidden") == "1":
            sheet.hidden_columns.update(range(column, min(column + span, MAX_COLUMNS)))
        column += span
    r = 0
    for row in table.findall(f"{_S}Row"):
        r = _index(row, r)
        if r > 1_100_000:
            break
        while len(sheet.rows) <= r:
            sheet.rows.append([])
        if row.get(f"{_S}Hidden") == "1":
            sheet.hidden_rows.add(r)
        cells = sheet.rows[r]
        c = 0
        for cell in row.findall(f"{_S}Cell"):
            c = _index(cell, c)
            if c >= MAX_COLUMNS:
                break
            value = _value(cell.find(f"{_S}Data"))
            while len(cells) <= c:
                cells.append(None)
            cells[c] = value
            if value is None and cell.get(f"{_S}Formula"):
                sheet.formula_cells[(r, c)] = ""  # R1C1 notation: not worked out here
            across = int(cell.get(f"{_S}MergeAcross", "0") or 0)
            down = int(cell.get(f"{_S}MergeDown", "0") or 0)
            if across or down:
                sheet.merged.append(((r, c), (r + down, c + across)))
            c += 1 + across
        r += 1


def read_spreadsheet_xml(data: bytes) -> list[XmlSheet]:
    head = data[:65536]
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise DeclarationError("<!DOCTYPE>")
    root = ElementTree.fromstring(data)
    sheets: list[XmlSheet] = []
    for worksheet in root.iter(f"{_S}Worksheet"):
        sheet = XmlSheet(worksheet.get(f"{_S}Name") or f"Sheet{len(sheets) + 1}")
        visible = worksheet.find(f"{{{X}}}WorksheetOptions/{{{X}}}Visible")
        sheet.visible = visible is None or (visible.text or "").strip() not in ("SheetHidden", "SheetVeryHidden")
        table = worksheet.find(f"{_S}Table")
        if table is not None:
            _read_table(sheet, table)
        sheets.append(sheet)
    return sheets
