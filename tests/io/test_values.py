"""Cell values as communes type them."""

from __future__ import annotations

import datetime as dt

import pytest

from cq2c_desktop.domain.enums import Gender, Region, UnitKind
from cq2c_desktop.domain.messages import english, vietnamese
from cq2c_desktop.io.values import (
    BadValueError,
    is_total_label,
    kind_from_name,
    parse_cccd,
    parse_date,
    parse_exemption,
    parse_flag,
    parse_gender,
    parse_number,
    parse_region,
    tidy_person_name,
)

TODAY = dt.date(2025, 10, 1)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (dt.datetime(1985, 3, 5), dt.date(1985, 3, 5)),
        (dt.date(1990, 12, 31), dt.date(1990, 12, 31)),
        (31111.0, dt.date(1985, 3, 5)),  # an Excel serial number
        ("05/03/1985", dt.date(1985, 3, 5)),
        ("5/3/1985", dt.date(1985, 3, 5)),
        ("5-3-85", dt.date(1985, 3, 5)),
        ("05.03.1985", dt.date(1985, 3, 5)),
        ("1985-03-05", dt.date(1985, 3, 5)),
        ("ngày 05 tháng 3 năm 1985", dt.date(1985, 3, 5)),
        ("5-3-05", dt.date(2005, 3, 5)),
        (" 05 / 03 / 1985 ", dt.date(1985, 3, 5)),
    ],
)
def test_dates(cell: object, expected: dt.date) -> None:
    assert parse_date(cell, today=TODAY).value == expected  # type: ignore[arg-type]


def test_two_digit_years_stay_in_working_age() -> None:
    assert parse_date("1-1-12", today=TODAY).value == dt.date(1912, 1, 1)


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("1985", "year_only"),
        (1985, "year_only"),
        ("03/1985", "month_only"),
        ("12/25/1985", "month_first"),
    ],
)
def test_dates_with_a_warning(cell: object, code: str) -> None:
    parsed = parse_date(cell, today=TODAY)  # type: ignore[arg-type]
    assert parsed.note is not None and parsed.note.code == code


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("31/02/1990", "impossible_date"),
        ("00/01/1990", "impossible_date"),
        ("hôm qua", "bad_date"),
        ("13/13/1990", "impossible_date"),
        (True, "bad_date"),
        (-5.0, "bad_date"),
        ("1850", "impossible_date"),
    ],
)
def test_bad_dates(cell: object, code: str) -> None:
    with pytest.raises(BadValueError) as caught:
        parse_date(cell, today=TODAY)  # type: ignore[arg-type]
    assert caught.value.code == code and vietnamese(caught.value.message) != english(caught.value.message)


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Nam", Gender.MALE),
        ("nam", Gender.MALE),
        ("M", Gender.MALE),
        ("Male", Gender.MALE),
        ("Nữ", Gender.FEMALE),
        ("NỮ", Gender.FEMALE),
        ("Nu", Gender.FEMALE),
        ("F", Gender.FEMALE),
        ("Nu\u0303", Gender.FEMALE),
    ],
)
def test_genders(text: str, gender: Gender) -> None:
    assert parse_gender(text) is gender


def test_unknown_gender() -> None:
    with pytest.raises(BadValueError):
        parse_gender("?")


def test_flags_regions_kinds_exemptions() -> None:
    assert parse_flag("x") and parse_flag("Có") and not parse_flag("") and not parse_flag("Không")
    assert parse_region("Vùng cao") is Region.HIGHLAND and parse_region("mien nui") is Region.MOUNTAIN
    assert parse_region("urban") is Region.URBAN
    assert kind_from_name("Phường Hàm Rồng") is UnitKind.PHUONG and kind_from_name("Hàm Rồng") is None
    assert kind_from_name("Đặc khu Hòn Mê") is UnitKind.DAC_KHU
    assert parse_exemption("Sắp nghỉ hưu") == "near_retirement"
    assert parse_exemption("Mang thai / nuôi con dưới 36 tháng") == "family"
    assert parse_exemption("") is None and parse_exemption("lý do riêng") == "other"


def test_numbers() -> None:
    assert parse_number("12,5") == 12.5 and parse_number(3) == 3.0 and parse_number("1.234") == 1234
    with pytest.raises(BadValueError):
        parse_number("-1")
    with pytest.raises(BadValueError):
        parse_number("2,5", integer=True)
    with pytest.raises(BadValueError):
        parse_number("nan")


def test_cccd_keeps_or_restores_its_zero() -> None:
    assert parse_cccd("038 085 000 123") == "038085000123"
    assert parse_cccd("38085000123") == "038085000123"  # Excel took it for a number
    with pytest.raises(BadValueError):
        parse_cccd("12345")


@pytest.mark.parametrize(
    "text",
    [
        "Tổng cộng",
        "TỔNG CỘNG:",
        "Cộng",
        "Tổng số",
        "Tong cong",
        "Cộng toàn tỉnh",
        "Tổng số (166 xã)",
        "Tổng cộng: 42 người",
    ],
)
def test_total_labels(text: str) -> None:
    assert is_total_label(text)


@pytest.mark.parametrize(
    "text", ["Công chức", "Công nghệ thông tin", "Nguyễn Văn Cộng", "Tổng hợp", "Tống Công Long", "Tống Công Minh Đức"]
)
def test_not_total_labels(text: str) -> None:
    assert not is_total_label(text)


def test_person_names() -> None:
    assert tidy_person_name("NGUYỄN  VĂN AN ") == "Nguyễn Văn An"
    assert tidy_person_name("lò thị hà") == "Lò Thị Hà"
    assert tidy_person_name("GIÀNG A CHỨ") == "Giàng A Chứ"
    assert tidy_person_name("Nguyễn Văn An") == "Nguyễn Văn An"
