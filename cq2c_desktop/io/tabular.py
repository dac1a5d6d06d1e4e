"""Read a spreadsheet, web-page table or CSV file into a grid of cells, row 0 being the file's first row.

The format is told by content (formats.py), never by the file's name. Workbooks (.xlsx, .xlsm,
.xlsb, .xls, .ods) go through python-calamine: fast, real date cells stay dates, merged ranges
known. What calamine does not say about an .xlsx (hidden rows and columns, formulas saved without
a value, cells far outside the table) comes from xlsx_parts.py. HTML tables and XML Spreadsheet
2003 have readers of their own; CSV goes through text_files.py. The used range is the data's:
trailing blank rows (one stray space on row 1,048,576) are dropped, never counted.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook, PasswordError, SheetVisibleEnum

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.io.file_limits import MAX_ROWS, FileLimitError, check_file, check_rows
from cq2c_desktop.io.formats import SUFFIX_OF, Format, sniff
from cq2c_desktop.io.formulas import NotSimpleError, evaluate
from cq2c_desktop.io.html_tables import read_html_tables
from cq2c_desktop.io.ods_parts import scan_ods
from cq2c_desktop.io.spreadsheet_xml import DeclarationError, read_spreadsheet_xml
from cq2c_desktop.io.text_files import FILE_UNREADABLE, TextFileError, decode_bytes, read_csv_rows
from cq2c_desktop.io.xls_parts import scan_xls
from cq2c_desktop.io.xlsx_parts import SheetScan, scan_sheet

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None
CSV_SHEET = "CSV"
_FAR_CELLS = 50_000_000  # a rectangle from A1 this large is a stray cell, not a roster


NOT_A_SPREADSHEET = Text(
    "file_not_a_spreadsheet",
    "{file} is not a spreadsheet the importer can read ({reason}); save it from Excel as .xlsx and import that.",
)
PASSWORD_PROTECTED = Text(
    "file_password",
    "{file} is protected with a password; open it in Excel, remove the password (File › Info › Protect "
    "Workbook) and save it again.",
)
FILE_DAMAGED = Text(
    "file_damaged", "{file} is damaged and cannot be read ({reason}); ask the sender for the file again."
)
NO_SUCH_SHEET = Text("sheet_missing", "No sheet «{sheet}» in the file; its sheets: {sheets}")
SHEET_UNREADABLE = Text(
    "sheet_unreadable", "Cannot read sheet «{sheet}» ({reason}); save the file again from Excel as .xlsx."
)
FAR_CELLS = Text(
    "sheet_far_cells",
    "Sheet «{sheet}» has cells far outside the table (e.g. {cells}); delete those columns in Excel and save.",
)


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
    encoding: str | None = None  # text files only: how the bytes were decoded
    hidden_rows: frozenset[int] = frozenset()  # 0-based
    formula_cells: frozenset[tuple[int, int]] = frozenset()  # formulas saved without a value, not worked out
    computed: dict[tuple[int, int], str] = field(default_factory=dict)  # formulas without a value, worked out
    stray_bytes: dict[tuple[int, int], str] = field(default_factory=dict)  # cells with bytes not UTF-8
    format: str = ""
    _legacy: tuple[str | None] | None = field(default=None, repr=False, compare=False)

    @property
    def legacy(self) -> str | None:
        """The legacy encoding (tcvn3 / vni) the sheet is typed in, if its cells say so clearly."""
        if self._legacy is None:
            from cq2c_desktop.io.legacy_encodings import sheet_encoding

            texts = (c for row in self.rows[:3000] for c in row if isinstance(c, str))
            found = sheet_encoding(texts)
            self._legacy = (found.value if found is not None else None,)
        return self._legacy[0]

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def _is_blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and (cell == "" or cell.isspace()))


def trim_blank_tail(rows: list[list[Cell]]) -> list[list[Cell]]:
    end = len(rows)
    while end and all(_is_blank(c) for c in rows[end - 1]):
        end -= 1
    del rows[end:]
    return rows


def _limit_error(exc: FileLimitError) -> ReadError:
    return ReadError(exc.message)


class _Book:
    """An open file of any format: its sheets and how to read one."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.format = sniff(path)
        name = path.name
        if self.format is Format.ENCRYPTED:
            raise ReadError(PASSWORD_PROTECTED(file=name))
        if self.format is Format.UNKNOWN:
            raise ReadError(NOT_A_SPREADSHEET(file=name, reason=path.suffix or "?"))
        try:
            check_file(path, zipped=self.format in (Format.XLSX, Format.XLSB, Format.ODS))
        except FileLimitError as exc:
            raise _limit_error(exc) from exc
        except Exception as exc:  # a damaged or encrypted zip, met while checking
            raise ReadError(FILE_DAMAGED(file=name, reason=str(exc))) from exc
        self._markup: dict[str, Grid] = {}
        self.sheets: list[SheetInfo] = []
        if self.format is Format.TEXT:
            self.sheets = [SheetInfo(CSV_SHEET, True)]
        elif self.format is Format.HTML:
            self._read_html()
        elif self.format is Format.XML2003:
            self._read_xml()
        else:
            workbook = self._workbook()
            try:
                self.sheets = [
                    SheetInfo(m.name, m.visible == SheetVisibleEnum.Visible) for m in workbook.sheets_metadata
                ]
            finally:
                workbook.close()

    def _workbook(self) -> CalamineWorkbook:
        name = self.path.name
        try:
            if self.path.suffix.lower() == SUFFIX_OF[self.format] or (
                self.format is Format.XLSX and self.path.suffix.lower() == ".xlsm"
            ):
                return CalamineWorkbook.from_path(os.fspath(self.path))
            with self.path.open("rb") as handle:  # named for another format: calamine reads it by content
                return CalamineWorkbook.from_filelike(handle)
        except PasswordError as exc:
            raise ReadError(PASSWORD_PROTECTED(file=name)) from exc
        except (CalamineError, OSError, ValueError) as exc:
            raise ReadError(FILE_DAMAGED(file=name, reason=str(exc)[:200])) from exc
        except Exception as exc:  # calamine raises its own errors for odd files; none may escape raw
            raise ReadError(FILE_UNREADABLE(file=name, reason=str(exc)[:200])) from exc

    def _text(self) -> str:
        return decode_bytes(self.path.read_bytes())[0]

    def _read_html(self) -> None:
        tables = read_html_tables(self._text())
        for table in tables:
            rows = trim_blank_tail([list[Cell](r) for r in table.rows])
            grid = Grid(
                self.path.name,
                table.name,
                rows,
                merged=table.merged,
                hidden_rows=frozenset(table.hidden_rows),
                format=self.format.value,
            )
            self._markup[table.name] = grid
            self.sheets.append(SheetInfo(table.name, True))
        if not tables:
            raise ReadError(NOT_A_SPREADSHEET(file=self.path.name, reason="HTML"))

    def _read_xml(self) -> None:
        try:
            sheets = read_spreadsheet_xml(self.path.read_bytes())
        except DeclarationError as exc:
            raise ReadError(FILE_DAMAGED(file=self.path.name, reason=str(exc))) from exc
        except Exception as exc:  # malformed XML
            raise ReadError(FILE_DAMAGED(file=self.path.name, reason=str(exc)[:200])) from exc
        for sheet in sheets:
            grid = Grid(
                self.path.name,
                sheet.name,
                trim_blank_tail([list[Cell](r) for r in sheet.rows]),
                frozenset(sheet.hidden_columns),
                sheet.merged,
                hidden_rows=frozenset(sheet.hidden_rows),
                formula_cells=frozenset(sheet.formula_cells),
                format=self.format.value,
            )
            self._markup[sheet.name] = grid
            self.sheets.append(SheetInfo(sheet.name, sheet.visible))

    def read(self, sheet: str | None, max_rows: int | None) -> Grid:
        cap = MAX_ROWS + 1 if max_rows is None else min(max_rows, MAX_ROWS + 1)
        names = [s.name for s in self.sheets]
        visible = [s.name for s in self.sheets if s.visible]
        name = sheet if sheet is not None else (visible or names or [""])[0]
        if name not in names:
            raise ReadError(NO_SUCH_SHEET(sheet=name, sheets=", ".join(names)))
        if self.format is Format.TEXT:
            return self._read_csv(cap)
        if name in self._markup:
            grid = self._markup[name]
            _check_row_count(len(grid.rows), name)
            return Grid(**{**grid.__dict__, "rows": grid.rows[:cap]})
        return self._read_sheet(name, cap)

    def _read_csv(self, cap: int) -> Grid:
        try:
            text = read_csv_rows(self.path, max_rows=cap)
        except TextFileError as exc:
            raise ReadError(exc.message) from exc
        rows = trim_blank_tail([list[Cell](r) for r in text.rows])
        _check_row_count(len(rows), CSV_SHEET)
        return Grid(self.path.name, CSV_SHEET, rows, encoding=text.encoding, stray_bytes=text.stray, format="csv")

    def _read_sheet(self, name: str, cap: int) -> Grid:
        scan = scan_sheet(self.path, name) if self.format is Format.XLSX else SheetScan()
        if scan.far_cells and scan.last_row * 16384 > _FAR_CELLS:
            raise ReadError(FAR_CELLS(sheet=name, cells=", ".join(scan.far_cells[:3])))
        workbook = self._workbook()
        try:
            data = workbook.get_sheet_by_name(name)
            if data.height * max(data.width, 1) > _FAR_CELLS:
                raise ReadError(FAR_CELLS(sheet=name, cells=f"{data.height:,} × {data.width:,}"))
            rows = _rows_of(data, cap)
            merged = list(data.merged_cell_ranges or [])
        except ReadError:
            raise
        except Exception as exc:
            raise ReadError(SHEET_UNREADABLE(sheet=name, reason=str(exc)[:200])) from exc
        finally:
            workbook.close()
        _check_row_count(len(rows), name)
        hidden_columns, hidden_rows = set(scan.hidden_columns), set(scan.hidden_rows)
        if self.format is Format.XLS:
            extra = scan_xls(self.path, name)
            hidden_columns |= extra.hidden_columns
            hidden_rows |= extra.hidden_rows
        elif self.format is Format.ODS:
            ods = scan_ods(self.path).get(name)
            if ods is not None:
                hidden_columns |= ods.hidden_columns
                hidden_rows |= ods.hidden_rows
                merged = sorted(set(merged) | set(ods.merged))
        unknown, computed = work_out(rows, scan.formula_cells)
        return Grid(
            self.path.name,
            name,
            rows,
            frozenset(hidden_columns),
            merged,
            hidden_rows=frozenset(hidden_rows),
            formula_cells=frozenset(unknown),
            computed=computed,
            format=self.format.value,
        )


def _rows_of(data: object, cap: int) -> list[list[Cell]]:
    """The sheet's rows from A1 (row and column numbers as Excel shows them), without trailing blank
    rows. A sheet taller than the cap is walked row by row, so only its real rows are kept."""
    height = getattr(data, "height", 0)
    if height <= cap:
        rows: list[list[Cell]] = data.to_python(skip_empty_area=False, nrows=cap)  # type: ignore[attr-defined]
        if getattr(data, "width", 0) > 702:  # a stray cell far right: keep each row's real cells
            rows = [_trim_row(r) for r in rows]
        return trim_blank_tail(rows)
    start_row, start_col = getattr(data, "start", None) or (0, 0)
    rows = [[] for _ in range(start_row)]
    pending = 0
    for row in data.iter_rows():  # type: ignore[attr-defined]
        if all(_is_blank(c) for c in row):
            pending += 1
            continue
        if len(rows) + pending >= cap:
            return rows + [[]] * (cap - len(rows))  # too many real rows: the caller refuses the sheet
        rows.extend([] for _ in range(pending))
        pending = 0
        rows.append([None] * start_col + list(row))
    return rows


def work_out(
    rows: list[list[Cell]], formulas: dict[tuple[int, int], str]
) -> tuple[set[tuple[int, int]], dict[tuple[int, int], str]]:
    """Put the value of each simple formula saved without one into its cell; (still unknown, worked out)."""
    unknown: set[tuple[int, int]] = set()
    computed: dict[tuple[int, int], str] = {}
    busy: set[tuple[int, int]] = set()

    def value(r: int, c: int) -> Any:
        if (r, c) in formulas and (r, c) not in computed:
            if (r, c) in busy or (r, c) in unknown:
                raise NotSimpleError("cycle")
            busy.add((r, c))
            solve(r, c)
        row = rows[r] if r < len(rows) else []
        return row[c] if c < len(row) else None

    def solve(r: int, c: int) -> None:
        try:
            result = evaluate(formulas[(r, c)], r, value)
        except (NotSimpleError, RecursionError, IndexError):
            unknown.add((r, c))
            return
        while len(rows) <= r:
            rows.append([])
        while len(rows[r]) <= c:
            rows[r].append(None)
        rows[r][c] = result
        computed[(r, c)] = formulas[(r, c)]

    for key in sorted(formulas):
        if key not in computed and key not in unknown and formulas[key]:
            busy.clear()
            solve(*key)
        elif not formulas[key]:
            unknown.add(key)
    return unknown, computed


def _trim_row(row: list[Cell]) -> list[Cell]:
    end = len(row)
    while end and _is_blank(row[end - 1]):
        end -= 1
    return row[:end]


def _check_row_count(count: int, sheet: str) -> None:
    try:
        check_rows(count, sheet)
    except FileLimitError as exc:
        raise _limit_error(exc) from exc


def list_sheets(path: str | os.PathLike[str]) -> list[SheetInfo]:
    return _Book(Path(path)).sheets


def read_grid(path: str | os.PathLike[str], sheet: str | None = None, *, max_rows: int | None = None) -> Grid:
    """The cells of `sheet` (default: the first visible sheet); `max_rows` reads only the top.

    A file beyond `file_limits` (zip or XML bombs, giant files, more than MAX_ROWS rows) is refused
    with a ReadError before it is unpacked, or as soon as the row cap is passed.
    """
    return _Book(Path(path)).read(sheet, max_rows)


def read_grids(path: str | os.PathLike[str], sheets: list[str], *, max_rows: int | None = None) -> list[Grid]:
    """Several sheets of one file, opened once."""
    book = _Book(Path(path))
    return [book.read(name, max_rows) for name in sheets]


def open_sheets(path: str | os.PathLike[str]) -> tuple[list[SheetInfo], str]:
    """The file's sheets and its format's name (xlsx, xls, ods, html, xml2003, text)."""
    book = _Book(Path(path))
    return book.sheets, book.format.value
