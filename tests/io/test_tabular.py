"""Reading real files: xlsx (dates, merged titles, hidden columns), xls, ods, CSV in every encoding."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from cq2c_desktop.io.tabular import ReadError, list_sheets, read_grid
from cq2c_desktop.io.text_files import decode_bytes
from tests.io.messy_files import to_cp1258, write_csv, write_ods, write_xlsx

ROWS = [
    ["STT", "Họ và tên", "Ngày sinh", "Đơn vị"],
    ["1", "Nguyễn Văn Ánh", "05/03/1985", "Xã Nga Sơn"],
    ["2", "Lò Thị Hường", "12/11/1990", "Phường Hàm Rồng"],
]


@pytest.mark.parametrize(
    ("encoding", "delimiter", "bom"),
    [
        ("utf-8", ";", False),
        ("utf-8", ",", True),
        ("utf-16", ";", False),
        ("utf-16-le", ",", False),
        ("cp1258", ";", False),
        ("tcvn3", ";", False),
        ("vni", ",", False),
    ],
)
def test_csv_in_every_encoding(tmp_path: Path, encoding: str, delimiter: str, bom: bool) -> None:
    path = write_csv(tmp_path / "ds.csv", ROWS, encoding=encoding, delimiter=delimiter, bom=bom)
    grid = read_grid(path)
    assert grid.rows == ROWS
    assert all(unicodedata.is_normalized("NFC", c) for r in grid.rows for c in r if isinstance(c, str))
    if encoding in ("tcvn3", "vni", "cp1258"):
        assert grid.encoding == encoding


def test_cp1258_combining_tones_come_back_precomposed() -> None:
    text, encoding = decode_bytes(to_cp1258("Nguyễn Thị Hường"))
    assert (text, encoding) == ("Nguyễn Thị Hường", "cp1258")


def test_csv_with_excel_sep_line_and_quoted_newline(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text('sep=,\nHọ và tên,Ghi chú\nAn,"dòng 1\ndòng 2"\n', encoding="utf-8")
    assert read_grid(path).rows == [["Họ và tên", "Ghi chú"], ["An", "dòng 1\ndòng 2"]]


def test_xlsx_keeps_positions_dates_merges_and_hidden_columns(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "a.xlsx",
        {
            "Ghi chú": [["Tệp gửi Sở Nội vụ"]],
            "DS": [
                ["DANH SÁCH CÁN BỘ"],
                [],
                ["STT", "Họ và tên", "Ngày sinh", "Cũ"],
                [1, "An", dt.date(1985, 3, 5), "x"],
            ],
        },
        merged={"DS": ["A1:D1"]},
        hidden_columns={"DS": ["D"]},
    )
    assert [s.name for s in list_sheets(path)] == ["Ghi chú", "DS"]
    grid = read_grid(path, "DS")
    assert grid.rows[3][1] == "An" and grid.rows[3][2] == dt.date(1985, 3, 5)
    assert grid.rows[2][0] == "STT"  # row 3 in Excel: row numbers are kept
    assert grid.hidden_columns == frozenset({3})
    assert ((0, 0), (0, 3)) in grid.merged
    assert read_grid(path).sheet == "Ghi chú"


def test_ods(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "a.ods", {"Sheet1": [["Họ và tên", "Ngày sinh"], ["An", dt.date(1985, 3, 5)]]})
    grid = read_grid(path)
    assert grid.rows[1][0] == "An"
    assert grid.rows[1][1] in (dt.date(1985, 3, 5), dt.datetime(1985, 3, 5))


def test_xls(tmp_path: Path) -> None:
    xlwt = pytest.importorskip("xlwt")
    workbook = xlwt.Workbook(encoding="utf-8")
    sheet = workbook.add_sheet("DS")
    for c, value in enumerate(["Họ và tên", "Ngày sinh"]):
        sheet.write(0, c, value)
    sheet.write(1, 0, "Nguyễn Văn An")
    sheet.write(1, 1, dt.date(1985, 3, 5), xlwt.easyxf(num_format_str="DD/MM/YYYY"))
    workbook.save(str(tmp_path / "a.xls"))
    grid = read_grid(tmp_path / "a.xls")
    assert grid.rows[1] == ["Nguyễn Văn An", dt.date(1985, 3, 5)]


@pytest.mark.parametrize(("name", "content"), [("a.xlsx", b"not a zip"), ("a.pdf", b"%PDF"), ("a.ods", b"")])
def test_unreadable_files_raise_a_read_error(tmp_path: Path, name: str, content: bytes) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(ReadError) as caught:
        read_grid(tmp_path / name)
    assert " / " in str(caught.value)


def test_unknown_sheet(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"DS": [["x"]]})
    with pytest.raises(ReadError, match="Không có trang"):
        read_grid(path, "Khác")
