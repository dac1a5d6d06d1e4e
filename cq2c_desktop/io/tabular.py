"""Read a spreadsheet or CSV file into a grid of cells, row 0 being the file's first row.

Spreadsheets (.xlsx, .xlsm, .xlsb, .xls, .ods) go through python-calamine: it is fast (a 150,000-row
roster in a few seconds), keeps real date cells as dates, and reports merged ranges. Which columns
are hidden it does not say, so for .xlsx we read that from the sheet's `<cols>` element directly
(openpyxl would load the whole sheet to tell us). CSV goes through `text_files.py`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from python_calamine import CalamineError, CalamineWorkbook, SheetVisibleEnum

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.io.file_limits import MAX_ROWS, FileLimitError, check_file, check_rows
from cq2c_desktop.io.text_files import FILE_UNREADABLE, TextFileError, read_csv_rows

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None
SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})
CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
CSV_SHEET = "CSV"


UNSUPPORTED_TYPE = Text("file_type_unsupported", "Unsupported file type «{suffix}»; save it as .xlsx or .csv.")
NOT_A_SPREADSHEET = Text(
    "file_not_a_spreadsheet", "Cannot read {file} (damaged, password-protected or not a spreadsheet): {reason}"
)
FILE_DAMAGED = Text("file_damaged", "{file} is damaged and cannot be read: {reason}")
NO_SUCH_SHEET = Text("sheet_missing", "No sheet «{sheet}» in the file; its sheets: {sheets}")
SHEET_UNREADABLE = Text("sheet_unreadable", "Cannot read sheet «{sheet}»: {reason}")


class ReadError(ServiceError):
    """The file cannot be read at all."""


@dataclass(frozen=True)
class SheetInfo:
    name: str
    visible: bool


@dataclass
class Grid:
    """One sheet's cells. `rows[i][j]` is Excel's row i + 1, column j (0 = A)."""

    file: str
    sheet: str
    rows: list[list[Cell]]
    hidden_columns: frozenset[int] = frozenset()
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    encoding: str | None = None  # CSV only: how the bytes were decoded

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        return "sheet"
    if suffix in CSV_SUFFIXES:
        return "csv"
    raise ReadError(UNSUPPORTED_TYPE(suffix=path.suffix))


def _open_workbook(path: Path) -> CalamineWorkbook:
    try:
        return CalamineWorkbook.from_path(os.fspath(path))
    except (CalamineError, OSError, ValueError) as exc:
        raise ReadError(NOT_A_SPREADSHEET(file=path.name, reason=str(exc))) from exc
    except Exception as exc:  # calamine raises its own errors for odd files; none may escape raw
        raise ReadError(FILE_UNREADABLE(file=path.name, reason=str(exc))) from exc


def list_sheets(path: str | os.PathLike[str]) -> list[SheetInfo]:
    file = Path(path)
    if _kind(file) == "csv":
        return [SheetInfo(CSV_SHEET, True)]
    workbook = _open_workbook(file)
    try:
        return [SheetInfo(m.name, m.visible == SheetVisibleEnum.Visible) for m in workbook.sheets_metadata]
    finally:
        workbook.close()


def _check_row_count(count: int, sheet: str) -> None:
    try:
        check_rows(count, sheet)
    except FileLimitError as exc:
        raise ReadError(exc.message) from exc


def read_grid(path: str | os.PathLike[str], sheet: str | None = None, *, max_rows: int | None = None) -> Grid:
    """The cells of `sheet` (default: the first visible sheet); `max_rows` reads only the top.

    A file beyond `file_limits` (zip or XML bombs, giant files, more than MAX_ROWS rows) is refused
    with a ReadError before it is unpacked, or as soon as the row cap is passed.
    """
    file = Path(path)
    try:
        check_file(file)
    except FileLimitError as exc:
        raise ReadError(exc.message) from exc
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        ValueError,
        KeyError,
        NotImplementedError,
        RuntimeError,
    ) as exc:  # a damaged or encrypted zip, met while checking
        raise ReadError(FILE_DAMAGED(file=file.name, reason=str(exc))) from exc
    cap = MAX_ROWS + 1 if max_rows is None else min(max_rows, MAX_ROWS + 1)
    if _kind(file) == "csv":
        try:
            text_rows, encoding = read_csv_rows(file, max_rows=cap)
        except TextFileError as exc:
            raise ReadError(exc.message) from exc
        _check_row_count(len(text_rows), CSV_SHEET)
        return Grid(file.name, CSV_SHEET, [list[Cell](r) for r in text_rows], encoding=encoding)
    workbook = _open_workbook(file)
    try:
        names = [m.name for m in workbook.sheets_metadata]
        visible = [m.name for m in workbook.sheets_metadata if m.visible == SheetVisibleEnum.Visible]
        name = sheet if sheet is not None else (visible or names or [""])[0]
        if name not in names:
            raise ReadError(NO_SUCH_SHEET(sheet=name, sheets=", ".join(names)))
        try:
            data = workbook.get_sheet_by_name(name)
            # skip_empty_area=False keeps row and column numbers as Excel shows them.
            rows = data.to_python(skip_empty_area=False, nrows=cap)
            merged = list(data.merged_cell_ranges or [])
        except Exception as exc:
            raise ReadError(SHEET_UNREADABLE(sheet=name, reason=str(exc))) from exc
    finally:
        workbook.close()
    _check_row_count(len(rows), name)
    hidden = _hidden_xlsx_columns(file, name) if file.suffix.lower() in (".xlsx", ".xlsm") else frozenset()
    return Grid(file.name, name, [list[Cell](r) for r in rows], hidden, merged)


_NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
_COL = re.compile(rb"<(?:\w+:)?col\b[^>]*>")
_ATTR = re.compile(rb'(\w+)="([^"]*)"')


def _sheet_part(archive: zipfile.ZipFile, sheet: str) -> str | None:
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


def _hidden_xlsx_columns(path: Path, sheet: str) -> frozenset[int]:
    """Hidden columns of an .xlsx sheet, read from `<cols>` before the (large) `<sheetData>`."""
    try:
        with zipfile.ZipFile(path) as archive:
            part = _sheet_part(archive, sheet)
            if part is None:
                return frozenset()
            head = b""
            with archive.open(part) as stream:
                while b"<sheetData" not in head and len(head) < 4_000_000:
                    chunk = stream.read(65536)
                    if not chunk:
                        break
                    head += chunk
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return frozenset()  # hidden columns are a nicety: never fail a read for them
    hidden: set[int] = set()
    for match in _COL.finditer(head.split(b"<sheetData")[0]):
        attrs = dict(_ATTR.findall(match.group(0)))
        if attrs.get(b"hidden") in (b"1", b"true"):
            lo, hi = int(attrs.get(b"min", b"1")), int(attrs.get(b"max", b"1"))
            hidden.update(range(lo - 1, min(hi, 16384)))
    return frozenset(hidden)
