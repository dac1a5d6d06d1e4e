"""Write one logical workbook (sheets of cells, merged ranges, hidden rows) in every format communes
send: .xlsx (openpyxl), .xls (xlwt, BIFF8), .ods, an HTML table, XML Spreadsheet 2003, CSV and TSV.
Each writer is ours and independent of the importer's readers."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

Value = str | int | float | dt.date | None
FORMATS = ("xlsx", "xls", "ods", "html", "xml2003", "csv", "tsv")


@dataclass
class Sheet:
    name: str
    rows: list[list[Value]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1 (0-based, inclusive)
    hidden_rows: set[int] = field(default_factory=set)  # 0-based
    hidden: bool = False  # the sheet itself


def _a1(r: int, c: int) -> str:
    return f"{get_column_letter(c + 1)}{r + 1}"


def write_xlsx(path: Path, sheets: Sequence[Sheet], *, date_format: str = "DD/MM/YYYY") -> Path:
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for spec in sheets:
        sheet = book.create_sheet(spec.name)
        for r, row in enumerate(spec.rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = sheet.cell(r, c, value)
                if isinstance(value, dt.date):
                    cell.number_format = date_format
        for r0, c0, r1, c1 in spec.merged:
            sheet.merge_cells(f"{_a1(r0, c0)}:{_a1(r1, c1)}")
        for r in spec.hidden_rows:
            sheet.row_dimensions[r + 1].hidden = True
        if spec.hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


def write_xls(path: Path, sheets: Sequence[Sheet]) -> Path:
    import xlwt  # type: ignore[import-untyped]

    book = xlwt.Workbook(encoding="utf-8")
    dates = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    for spec in sheets:
        sheet = book.add_sheet(spec.name[:31], cell_overwrite_ok=True)
        merged_cells = {(r0, c0): (r1, c1) for r0, c0, r1, c1 in spec.merged}
        covered = {
            (r, c) for r0, c0, r1, c1 in spec.merged for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)
        } - set(merged_cells)
        for r, row in enumerate(spec.rows):
            for c, value in enumerate(row):
                if (r, c) in covered:
                    continue
                if (r, c) in merged_cells:
                    r1, c1 = merged_cells[(r, c)]
                    sheet.write_merge(r, r1, c, c1, value if value is not None else "")
                elif isinstance(value, dt.date):
                    sheet.write(r, c, value, dates)
                elif value is not None:
                    sheet.write(r, c, value)
        for r in spec.hidden_rows:
            sheet.row(r).hidden = True
        if spec.hidden:
            sheet.visibility = 1
    book.save(str(path))
    return path


def _ods_cell(value: Value, span: tuple[int, int] | None) -> str:
    attrs = f' table:number-rows-spanned="{span[0]}" table:number-columns-spanned="{span[1]}"' if span else ""
    if value is None:
        return f"<table:table-cell{attrs}/>"
    if isinstance(value, dt.date):
        return (
            f'<table:table-cell{attrs} office:value-type="date" office:date-value="{value.isoformat()}">'
            f"<text:p>{value:%d/%m/%Y}</text:p></table:table-cell>"
        )
    if isinstance(value, (int, float)):
        return (
            f'<table:table-cell{attrs} office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return f'<table:table-cell{attrs} office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'


def write_ods(path: Path, sheets: Sequence[Sheet]) -> Path:
    tables = []
    for spec in sheets:
        spans = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in spec.merged}
        rows = []
        for r, row in enumerate(spec.rows):
            hidden = ' table:visibility="collapse"' if r in spec.hidden_rows else ""
            cells = "".join(_ods_cell(v, spans.get((r, c))) for c, v in enumerate(row))
            rows.append(f"<table:table-row{hidden}>{cells}</table:table-row>")
        tables.append(f'<table:table table:name="{escape(spec.name)}">{"".join(rows)}</table:table>')
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
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def _text(value: Value, date_format: str) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.strftime(date_format)
    return str(value)


def write_html(path: Path, sheets: Sequence[Sheet], *, date_format: str = "%d/%m/%Y") -> Path:
    """What a web system exports as "Excel": one table (the first sheet), spans as rowspan/colspan."""
    spec = sheets[0]
    spans = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in spec.merged}
    covered = {(r, c) for r0, c0, r1, c1 in spec.merged for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
    lines = [
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">',
        f"<title>{escape(spec.name)}</title></head><body><table border=1>",
    ]
    for r, row in enumerate(spec.rows):
        style = ' style="display:none"' if r in spec.hidden_rows else ""
        cells = []
        for c, value in enumerate(row):
            if (r, c) in covered and (r, c) not in spans:
                continue
            span = spans.get((r, c))
            attrs = f' rowspan="{span[0]}" colspan="{span[1]}"' if span else ""
            cells.append(f"<td{attrs}>{escape(_text(value, date_format))}</td>")
        lines.append(f"<tr{style}>{''.join(cells)}</tr>")
    lines.append("</table></body></html>")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def write_xml2003(path: Path, sheets: Sequence[Sheet]) -> Path:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?><?mso-application progid="Excel.Sheet"?>',
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:x="urn:schemas-microsoft-com:office:excel">',
    ]
    for spec in sheets:
        spans = {(r0, c0): (r1 - r0, c1 - c0) for r0, c0, r1, c1 in spec.merged}
        covered = {(r, c) for r0, c0, r1, c1 in spec.merged for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        out.append(f'<Worksheet ss:Name="{escape(spec.name)}"><Table>')
        for r, row in enumerate(spec.rows):
            hidden = ' ss:Hidden="1"' if r in spec.hidden_rows else ""
            out.append(f'<Row ss:Index="{r + 1}"{hidden}>')
            for c, value in enumerate(row):
                if value is None or ((r, c) in covered and (r, c) not in spans):
                    continue
                down, across = spans.get((r, c), (0, 0))
                merge = (f' ss:MergeAcross="{across}"' if across else "") + (f' ss:MergeDown="{down}"' if down else "")
                if isinstance(value, dt.date):
                    data = f'<Data ss:Type="DateTime">{value.isoformat()}T00:00:00.000</Data>'
                elif isinstance(value, (int, float)):
                    data = f'<Data ss:Type="Number">{value}</Data>'
                else:
                    data = f'<Data ss:Type="String">{escape(value)}</Data>'
                out.append(f'<Cell ss:Index="{c + 1}"{merge}>{data}</Cell>')
            out.append("</Row>")
        out.append("</Table>")
        if spec.hidden:
            out.append("<x:WorksheetOptions><x:Visible>SheetHidden</x:Visible></x:WorksheetOptions>")
        out.append("</Worksheet>")
    out.append("</Workbook>")
    path.write_text("".join(out), encoding="utf-8")
    return path


def write_text(
    path: Path, sheets: Sequence[Sheet], *, delimiter: str = ";", encoding: str = "utf-8", date_format: str = "%d/%m/%Y"
) -> Path:
    """CSV / TSV of the first sheet; merged cells hold their value in the top-left cell only."""
    from tests.io.messy_files import write_csv

    rows = [[_text(v, date_format) for v in row] for row in sheets[0].rows]
    return write_csv(path, rows, encoding=encoding, delimiter=delimiter, bom=encoding == "utf-8")


def write_book(path: Path, fmt: str, sheets: Sequence[Sheet], **options: str) -> Path:
    """Write `sheets` as format `fmt` at `path` (whatever its extension)."""
    if fmt == "xlsx":
        return write_xlsx(path, sheets)
    if fmt == "xls":
        return write_xls(path, sheets)
    if fmt == "ods":
        return write_ods(path, sheets)
    if fmt == "html":
        return write_html(path, sheets)
    if fmt == "xml2003":
        return write_xml2003(path, sheets)
    if fmt == "csv":
        return write_text(path, sheets, delimiter=";", **options)
    if fmt == "tsv":
        return write_text(path, sheets, delimiter="\t", **options)
    raise ValueError(fmt)
