"""Vietnamese collation, folding and name splitting."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from cq2c_desktop.domain.text import clean, fold, person_sort_key, sort_key, split_name


def test_vietnamese_alphabet_order() -> None:
    words = ["Bình", "Ân", "An", "Ăn", "Đức", "Dũng", "Yến", "Ơn", "Ôn", "On", "Ưng", "Uy"]
    assert sorted(words, key=sort_key) == [
        "An",
        "Ăn",
        "Ân",
        "Bình",
        "Dũng",
        "Đức",
        "On",
        "Ôn",
        "Ơn",
        "Uy",
        "Ưng",
        "Yến",
    ]


def test_tones_order_after_the_letter() -> None:
    assert sorted(["má", "mà", "ma", "mạ", "mã", "mả"], key=sort_key) == ["ma", "mà", "mả", "mã", "má", "mạ"]


def test_people_sort_by_given_name_first() -> None:
    names = ["Nguyễn Văn Bình", "Trần Thị An", "Lê Văn An"]
    assert sorted(names, key=person_sort_key) == ["Lê Văn An", "Trần Thị An", "Nguyễn Văn Bình"]


def test_fold_and_clean() -> None:
    assert fold("Đồng Lương") == "dong luong"
    nfd = unicodedata.normalize("NFD", "  Nguyễn   Thị  Ánh ")
    assert clean(nfd) == "Nguyễn Thị Ánh"
    assert split_name("Nguyễn Thị Thu Hà") == ("Nguyễn", "Thị Thu", "Hà")


@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệ", min_size=1, max_size=8))
def test_nfc_and_nfd_sort_alike(word: str) -> None:
    assert sort_key(unicodedata.normalize("NFD", word)) == sort_key(word)
