"""TCVN3 and VNI back to Unicode: every letter with every tone, real strings, and properties."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cq2c_desktop.io.legacy_encodings import (
    Legacy,
    clear_vote,
    column_encoding,
    decode_tcvn3,
    decode_vni,
    repair,
    repair_as,
)
from cq2c_desktop.io.syllables import is_syllable, text_score
from tests.io.legacy_encoders import all_letters, encode_tcvn3, encode_vni

LETTERS = all_letters()


def test_every_letter_has_a_case_and_a_tone() -> None:
    assert len(LETTERS) == 12 * 6 * 2 + 2 == len(set(LETTERS))


@pytest.mark.parametrize("letter", LETTERS)
def test_every_letter_round_trips_through_tcvn3(letter: str) -> None:
    assert decode_tcvn3(encode_tcvn3(letter)) == letter


@pytest.mark.parametrize("letter", LETTERS)
def test_every_letter_round_trips_through_vni(letter: str) -> None:
    assert decode_vni(encode_vni(letter)) == letter


@pytest.mark.parametrize(
    ("legacy", "expected", "encoding"),
    [
        ("B¶o Th¾ng", "Bảo Thắng", Legacy.TCVN3),
        ("B¸t X¸t", "Bát Xát", Legacy.TCVN3),
        ("NguyÔn V¨n An", "Nguyễn Văn An", Legacy.TCVN3),
        ("Lª ThÞ Hµ", "Lê Thị Hà", Legacy.TCVN3),
        ("§ç §øc Th¾ng", "Đỗ Đức Thắng", Legacy.TCVN3),
        ("Tæng céng", "Tổng cộng", Legacy.TCVN3),
        ("Nguyeãn Vaên An", "Nguyễn Văn An", Legacy.VNI),
        ("Traàn Thò Höông", "Trần Thị Hương", Legacy.VNI),
        ("ÑOÃ ÑÖÙC THAÉNG", "ĐỖ ĐỨC THẮNG", Legacy.VNI),
    ],
)
def test_real_legacy_strings(legacy: str, expected: str, encoding: Legacy) -> None:
    assert repair(legacy) == (expected, encoding)


@pytest.mark.parametrize(
    ("legacy", "expected"),
    [("YÕn", "Yến"), ("yÕn", "yến"), ("YÕt", "Yết"), ("QuyÕt", "Quyết"), ("NguyÔn ThÞ YÕn", "Nguyễn Thị Yến")],
)
def test_tcvn3_e_circumflex_acute_is_not_the_vni_tilde(legacy: str, expected: str) -> None:
    """TCVN3 puts "ế" on 0xD5, which Windows shows as "Õ", the VNI ngã mark: "YÕn" also spells the
    VNI "Ỹn", which no Vietnamese word is (a lone "y" takes no final; a stop final no ngã)."""
    assert repair(legacy) == (expected, Legacy.TCVN3)
    assert clear_vote(legacy) is Legacy.TCVN3


@pytest.mark.parametrize("word", ["ỹn", "Ỹn", "yt", "ỹt", "quỹt", "kễt", "hũt", "bàc", "hỏp", "tìch"])
def test_spellings_vietnamese_never_has_are_not_syllables(word: str) -> None:
    assert not is_syllable(word)


@pytest.mark.parametrize("word", ["Quỳnh", "quýt", "huých", "huýt", "Yến", "kết", "học", "tịch", "Pắc", "y", "Mỹ"])
def test_close_spellings_stay_syllables(word: str) -> None:
    assert is_syllable(word)


@pytest.mark.parametrize(
    ("legacy", "readings"), [("HuÕ", ("Huế", "Hũ")), ("Thuû", ("Thuỷ", "Thủ")), ("Thö", ("Thử", "Thư"))]
)
def test_a_cell_two_encodings_read_as_well_casts_no_vote(legacy: str, readings: tuple[str, str]) -> None:
    assert clear_vote(legacy) is None
    assert column_encoding([legacy]) is None  # the sheet's encoding settles it
    assert (repair_as(legacy, Legacy.TCVN3), repair_as(legacy, Legacy.VNI)) == readings


def _every_short_syllable() -> list[str]:
    """Each letter (capitals and toned vowels too) + a toned lower-case vowel + a final or glide,
    where that spells a syllable: the pairs where a TCVN3 byte can pass for a VNI mark ("YÕn")."""
    words = set()
    firsts = sorted({letter.upper() for letter in LETTERS} | set("BCDĐGHKLMNPQRSTVX"))
    for first in firsts:
        for vowel in (letter for letter in LETTERS if letter.islower()):
            for end in ("", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u", "y"):
                word = first + vowel + end
                if is_syllable(word):
                    words.add(word)
    return sorted(words)


def test_no_word_casts_a_vote_for_the_wrong_encoding() -> None:
    """Exhaustive over `_every_short_syllable` (about 11,000 words), lower, title and upper case:
    each word typed in TCVN3 or VNI never clearly reads better in the other encoding, and reads
    back exactly in its own. (On a14e81d, whose looser check took 15,133 such words, 1,878 of the
    90,798 typed forms failed, 408 of them TCVN3 ones like "YÕn" voting for VNI "Ỹn".)"""
    wrong = []
    for word in _every_short_syllable():
        for form in {word.lower(), word[:1].upper() + word[1:].lower(), word.upper()}:
            for legacy, encode in ((Legacy.TCVN3, encode_tcvn3), (Legacy.VNI, encode_vni)):
                typed = encode(form)
                if typed != form and (clear_vote(typed) not in (legacy, None) or repair_as(typed, legacy) != form):
                    wrong.append((form, legacy.value, typed))
    assert wrong == []


@pytest.mark.parametrize(
    "text",
    [
        "Mai Xuân Hòa",
        "Bá",
        "Vân",
        "Hà Tĩnh",
        "Đặng Thị Ngọc Ánh",
        "UBND xã Nga Sơn",
        "Giàng A Chứ",
        "H'Mông",
        "CNTT",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
    ],
)
def test_unicode_text_is_left_alone(text: str) -> None:
    assert repair(text) == (text, None)


def test_nfd_text_comes_back_nfc() -> None:
    text = "Nguyễn Thị Thủy"
    assert repair(unicodedata.normalize("NFD", text)) == (text, None)


# ---------------------------------------------------------------- properties
_ONSETS = [
    "",
    "b",
    "c",
    "ch",
    "d",
    "đ",
    "g",
    "gh",
    "h",
    "kh",
    "l",
    "m",
    "n",
    "ng",
    "nh",
    "ph",
    "qu",
    "s",
    "t",
    "th",
    "tr",
    "v",
    "x",
]
_NUCLEI = [
    "a",
    "ă",
    "â",
    "e",
    "ê",
    "i",
    "o",
    "ô",
    "ơ",
    "u",
    "ư",
    "y",
    "ai",
    "ao",
    "âu",
    "ây",
    "ia",
    "iê",
    "oa",
    "oi",
    "ôi",
    "ơi",
    "ua",
    "uô",
    "ươ",
    "ưa",
    "uy",
    "yê",
    "ươi",
    "uyê",
]
_CODAS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
_TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]


@st.composite
def syllables(draw: st.DrawFn) -> str:
    # Only spellings Vietnamese text holds: a stop final (c ch p t) takes sắc or nặng (or, in
    # names, no tone), never huyền / hỏi / ngã ("àc"); and "y" alone takes a final only as "quy-".
    # Such non-words are exactly what a misread legacy byte makes (TCVN3 "YÕn" read as VNI "Ỹn").
    nucleus = draw(st.sampled_from(_NUCLEI))
    onset = draw(st.sampled_from(_ONSETS))
    coda = draw(st.sampled_from(_CODAS if nucleus != "y" or onset == "qu" else [""]))
    tones = _TONES if coda not in ("c", "ch", "p", "t") else ["", "\u0301", "\u0323"]
    at = draw(st.integers(0, len(nucleus) - 1))
    toned = nucleus[: at + 1] + draw(st.sampled_from(tones)) + nucleus[at + 1 :]
    word = unicodedata.normalize("NFC", onset + toned + coda)
    case = draw(st.sampled_from(["lower", "title", "upper"]))
    return {"lower": word, "title": word[:1].upper() + word[1:], "upper": word.upper()}[case]


names = st.lists(syllables(), min_size=1, max_size=5).map(" ".join)
full_names = st.lists(syllables(), min_size=2, max_size=4).map(" ".join)
vietnamese_text = st.text(
    alphabet=st.sampled_from([*all_letters(), *"bcdghklmnpqrstvx BCDGHKLMNPQRSTVX0123456789-,."]), max_size=40
)


@given(vietnamese_text)
def test_any_text_round_trips_through_both_encodings(text: str) -> None:
    assert decode_tcvn3(encode_tcvn3(text)) == text
    assert decode_vni(encode_vni(text)) == text


@given(vietnamese_text)
def test_nfd_text_is_unicode_and_comes_back_nfc(text: str) -> None:
    nfc, nfd = unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)
    if nfd != nfc:  # combining marks: never legacy bytes
        assert repair(nfd) == (nfc, None)
    assert unicodedata.is_normalized("NFC", repair(text)[0])


@given(names)
def test_valid_unicode_names_are_never_converted(name: str) -> None:
    assert all(is_syllable(word) for word in name.split())
    assert repair(name) == (name, None)


@settings(max_examples=150)
@given(names, st.sampled_from([Legacy.TCVN3, Legacy.VNI]))
def test_legacy_names_come_back_or_stay_only_when_they_read_as_vietnamese(name: str, legacy: Legacy) -> None:
    encoded = encode_tcvn3(name) if legacy is Legacy.TCVN3 else encode_vni(name)
    fixed, used = repair(encoded)
    if used is None:
        # The legacy bytes happen to spell valid Vietnamese (TCVN3 "bá" is "bỏ"): only a column can tell.
        assert fixed == unicodedata.normalize("NFC", encoded)
        assert all(is_syllable(w) for w in fixed.split())
    elif used is legacy:
        assert fixed == name
    else:  # a short text both encodings can spell (VNI "ö" is ư, TCVN3 "ö" is ử): no better reading lost
        assert text_score(fixed) >= text_score(name)
    assert repair_as(encoded, legacy) in (name, None)
    if encoded != name:
        assert repair_as(encoded, legacy) == name


@settings(max_examples=60)
@given(st.lists(full_names, min_size=6, max_size=12), st.sampled_from([Legacy.TCVN3, Legacy.VNI]))
def test_a_legacy_column_is_recognised(column: list[str], legacy: Legacy) -> None:
    encode = encode_tcvn3 if legacy is Legacy.TCVN3 else encode_vni
    cells = [encode(n) for n in column]
    # A cell votes only when it reads strictly better in one encoding (clear_vote): "ẻ" alone, say,
    # spells Vietnamese in both and must leave the column to its neighbours.
    clear = [c for c in cells if clear_vote(c) is legacy]
    could_be = [c for c in cells if repair_as(c, legacy) is not None or clear_vote(c) is not None]
    if clear and len(clear) >= 0.8 * len(could_be):
        assert column_encoding(cells) is legacy
        assert [repair_as(c, legacy) or c for c in cells] == column
