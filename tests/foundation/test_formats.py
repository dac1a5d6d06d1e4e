"""One format for figures in both languages: 34.588,6 and 112,5 km in Vietnamese, dates dd/mm/yyyy."""

from __future__ import annotations

import datetime as dt

from cq2c_desktop.domain import formats


def test_vietnamese_separators() -> None:
    assert formats.decimal(34588.646) == "34.588,6"
    assert formats.km(112.5) == "112,5 km"
    assert formats.integer(6999) == "6.999"
    assert formats.money(4095000) == "4.095.000"
    assert formats.decimal(1234567.891, 2) == "1.234.567,89"


def test_english_separators() -> None:
    assert formats.decimal(34588.646, 1, "en") == "34,588.6"
    assert formats.km(112.5, "en") == "112.5 km"
    assert formats.integer(6999, "en") == "6,999"


def test_halves_round_up_as_written_as_excel_and_the_documents_show_them() -> None:
    assert formats.km(92.25) == "92,3 km"  # binary 92.25 would round to even (92.2) with format()
    assert formats.decimal(0.125, 2) == "0,13"
    assert formats.decimal(-0.04) == "0,0"  # no "-0,0"


def test_trimmed_decimals() -> None:
    assert formats.decimal(1.75, 2, trim=True) == "1,75"
    assert formats.decimal(2.0, 2, trim=True) == "2"
    assert formats.decimal(8725.3, 2, trim=True) == "8.725,3"


def test_number_keeps_integers_whole() -> None:
    assert formats.number(405) == "405" and formats.number(12345) == "12.345"
    assert formats.number(0.5, places=2) == "0,50"


def test_dates_day_first_in_both_languages() -> None:
    assert formats.date(dt.date(2025, 7, 1)) == "01/07/2025" == formats.date(dt.date(2025, 7, 1), "en")
    assert formats.date(None) == ""
    assert formats.date_time(dt.datetime(2025, 7, 1, 8, 5)) == "01/07/2025 08:05"
    assert formats.date_time(dt.datetime(2025, 7, 1, 8, 5, 9), seconds=True) == "01/07/2025 08:05:09"
