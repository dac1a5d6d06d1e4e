"""Header rows under merged titles, two-row headers, abbreviations, English, and the user's mapping."""

from __future__ import annotations

import pytest

from cq2c_desktop.io.fields import IGNORE, Kind
from cq2c_desktop.io.header_overrides import apply_overrides, parse_override
from cq2c_desktop.io.headers import detect_header
from cq2c_desktop.io.specialties import SpecialtyRef, SpecialtyResolver
from cq2c_desktop.io.tabular import Cell, Grid


def grid(
    rows: list[list[Cell]],
    merged: list[tuple[tuple[int, int], tuple[int, int]]] | None = None,
    hidden: frozenset[int] = frozenset(),
) -> Grid:
    return Grid("f.xlsx", "DS", rows, hidden, merged or [])


def fields(info: object) -> dict[str, str]:
    return {c.letter: c.field for c in info.columns if c.field}  # type: ignore[attr-defined]


def test_header_under_merged_title_rows() -> None:
    g = grid(
        [
            ["UBND TỈNH THANH HÓA"],
            ["DANH SÁCH CÁN BỘ, CÔNG CHỨC"],
            [],
            ["STT", "HỌ VÀ TÊN", "NS", "Giới tính", "Đơn vị công tác", "Chuyên ngành đào tạo", "Ghi chú"],
            [1, "An", "1985", "Nam", "Xã A", "Kế toán", ""],
        ]
    )
    info = detect_header(g, Kind.STAFF)
    assert info is not None and info.header_row == 3 and info.data_row == 4
    assert fields(info) == {
        "A": IGNORE,
        "B": "full_name",
        "C": "birth_date",
        "D": "gender",
        "E": "unit",
        "F": "specialty",
        "G": IGNORE,
    }


@pytest.mark.parametrize(
    "labels",
    [
        ["Ho ten", "Ngay sinh", "Don vi", "Chuyen mon"],
        ["Họ và tên (ghi đầy đủ)", "Ngày, tháng, năm sinh", "Đơn vị", "Chuyên môn:"],
        ["Full name", "Date of birth", "Unit", "Specialty"],
        ["HO VA TEN CAN BO", "DOB", "NƠI CÔNG TÁC", "LĨNH VỰC"],
        ["Ho\u0323 va\u0300 tên", "Nga\u0300y sinh", "Đơn vi\u0323", "Chuyên môn"],  # NFD headers
    ],
)
def test_header_spellings(labels: list[Cell]) -> None:
    info = detect_header(grid([labels, ["a", "b", "c", "d"]]), Kind.STAFF)
    assert info is not None
    assert [c.field for c in info.columns] == ["full_name", "birth_date", "unit", "specialty"]


def test_two_row_header_with_birth_date_under_nam_and_nu() -> None:
    g = grid(
        [
            ["STT", "Họ và tên", "Ngày, tháng, năm sinh", None, "Đơn vị"],
            [None, None, "Nam", "Nữ", None],
            ["(1)", "(2)", "(3)", "(4)", "(5)"],
            [1, "An", "1985", None, "Xã A"],
        ],
        merged=[((0, 2), (0, 3)), ((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 4), (1, 4))],
    )
    info = detect_header(g, Kind.STAFF)
    assert info is not None and info.header_row == 0 and info.data_row == 3  # the numbering row is skipped
    assert fields(info) == {
        "A": IGNORE,
        "B": "full_name",
        "C": "birth_date_male",
        "D": "birth_date_female",
        "E": "unit",
    }


def test_hidden_duplicate_column_gives_way_to_the_visible_one() -> None:
    g = grid([["Họ và tên", "Đơn vị cũ", "Đơn vị công tác"], ["An", "Xã Cũ", "Xã Mới"]], hidden=frozenset({1}))
    info = detect_header(g, Kind.STAFF)
    assert info is not None
    assert fields(info) == {"A": "full_name", "C": "unit"}


def test_no_header() -> None:
    assert detect_header(grid([["a", "b"], [1, 2]]), Kind.STAFF) is None


def test_wide_quota_header() -> None:
    specialties = SpecialtyResolver([SpecialtyRef("dat_dai", "Đất đai"), SpecialtyRef("cntt", "Công nghệ thông tin")])
    g = grid([["Đơn vị", "Đất đai", "CNTT", "Tổng"], ["Xã A", 3, 1, 4]])
    info = detect_header(g, Kind.QUOTAS, wide=lambda t: f"posts:{s}" if (s := specialties.resolve_header(t)) else None)
    assert info is not None
    assert fields(info) == {"A": "unit", "B": "posts:dat_dai", "C": "posts:cntt"}


def test_overrides_by_letter_and_by_header() -> None:
    g = grid([["Họ và tên", "Trình độ", "Xã", "Cột lạ"], ["An", "Kế toán", "Xã A", "?"]])
    info = detect_header(g, Kind.STAFF, header_row=0)
    assert info is not None
    overrides = [
        parse_override("Cột B=specialty", Kind.STAFF),
        parse_override("Xã=unit", Kind.STAFF),
        parse_override("D=-", Kind.STAFF),
        parse_override("Cột Z=gender", Kind.STAFF),
    ]
    mapped, unmatched = apply_overrides(info, overrides, g)
    assert fields(mapped) == {"A": "full_name", "B": "specialty", "C": "unit", "D": IGNORE}
    assert [o.selector for o in unmatched] == ["Cột Z"]


def test_override_fields_by_vietnamese_label_and_errors() -> None:
    assert parse_override("C=Chuyên môn", Kind.STAFF).field == "specialty"
    assert parse_override("Cột X=ngày sinh", Kind.STAFF).field == "birth_date"
    for bad in ("C", "=specialty", "C=không có trường này"):
        with pytest.raises(ValueError):
            parse_override(bad, Kind.STAFF)
