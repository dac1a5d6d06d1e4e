"""Writers of real files shaped like the ones communes send, for the importer's tests."""

from __future__ import annotations

import datetime as dt
import unicodedata
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook

Value = str | int | float | dt.date | None


def write_xlsx(
    path: Path,
    sheets: dict[str, Sequence[Sequence[Value]]],
    *,
    merged: dict[str, list[str]] | None = None,
    hidden_columns: dict[str, list[str]] | None = None,
    date_format: str = "DD/MM/YYYY",
) -> Path:
    """Each sheet's rows from A1; dates become real date cells; merged ranges and hidden columns."""
    workbook = Workbook()
    first = True
    for name, rows in sheets.items():
        sheet = workbook.active if first else workbook.create_sheet(name)
        assert sheet is not None
        sheet.title, first = name, False
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = sheet.cell(r, c, value)
                if isinstance(value, dt.date):
                    cell.number_format = date_format
        for cells in (merged or {}).get(name, []):
            sheet.merge_cells(cells)
        for letter in (hidden_columns or {}).get(name, []):
            sheet.column_dimensions[letter].hidden = True
    workbook.save(path)
    return path


def write_ods(path: Path, sheets: dict[str, Sequence[Sequence[Value]]]) -> Path:
    """A minimal OpenDocument spreadsheet written by hand (no writer library needed)."""
    tables = []
    for name, rows in sheets.items():
        lines = []
        for row in rows:
            cells = []
            for value in row:
                if value is None:
                    cells.append("<table:table-cell/>")
                elif isinstance(value, dt.date):
                    cells.append(
                        f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
                        f"<text:p>{value:%d/%m/%Y}</text:p></table:table-cell>"
                    )
                elif isinstance(value, (int, float)):
                    cells.append(
                        f'<table:table-cell office:value-type="float" office:value="{value}">'
                        f"<text:p>{value}</text:p></table:table-cell>"
                    )
                else:
                    cells.append(
                        f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p>'
                        "</table:table-cell>"
                    )
            lines.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        tables.append(f'<table:table table:name="{escape(name)}">{"".join(lines)}</table:table>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet>{''.join(tables)}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: a letter with its shape mark, then the tone
    as a separate combining byte (the code page has no room for all 134 toned letters)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in decomposed[1:] if m in "\u0300\u0301\u0303\u0309\u0323")
        shapes = "".join(m for m in decomposed[1:] if m not in tones)
        out.append((unicodedata.normalize("NFC", decomposed[0] + shapes) + tones).encode("cp1258"))
    return b"".join(out)


def write_csv(
    path: Path, rows: Sequence[Sequence[str]], *, encoding: str, delimiter: str = ";", bom: bool = False
) -> Path:
    """CSV bytes in one of the encodings communes use; `encoding` may be 'tcvn3' or 'vni'."""
    text = "\r\n".join(delimiter.join(f'"{c}"' if delimiter in c else c for c in row) for row in rows) + "\r\n"
    if encoding in ("tcvn3", "vni"):
        from tests.io.legacy_encoders import encode_tcvn3_bytes, encode_vni_bytes

        data = encode_tcvn3_bytes(text) if encoding == "tcvn3" else encode_vni_bytes(text)
    elif encoding == "cp1258":
        data = to_cp1258(text)
    else:
        data = text.encode(encoding)
        if bom and encoding == "utf-8":
            data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)
    return path
