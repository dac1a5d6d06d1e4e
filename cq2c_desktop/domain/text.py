"""Vietnamese text rules: NFC everywhere, Vietnamese collation, diacritic-insensitive search."""

from __future__ import annotations

import unicodedata

# Vietnamese alphabetical order of base letters; tones sort after the letter in this order.
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # ngang, huyền, hỏi, ngã, sắc, nặng


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean(text: str) -> str:
    """NFC with runs of whitespace collapsed and the ends stripped."""
    return " ".join(nfc(text).split())


def fold(text: str) -> str:
    """Lower case without diacritics ("Đồng" -> "dong"), for search."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d")


def _letter_key(ch: str) -> tuple[int, int]:
    parts = unicodedata.normalize("NFD", ch.lower())
    base, marks = parts[0], parts[1:]
    tone = 0
    for mark in marks:
        if mark in _TONES:
            tone = _TONES.index(mark)
        elif mark == "\u0306" and base == "a":
            base = "ă"
        elif mark == "\u0302" and base in "aeo":
            base = {"a": "â", "e": "ê", "o": "ô"}[base]
        elif mark == "\u031b" and base in "ou":
            base = {"o": "ơ", "u": "ư"}[base]
    position = _ALPHABET.find(base)
    if position < 0:
        return (1000 + ord(base), tone)
    return (position, tone)


def sort_key(text: str) -> tuple[tuple[int, int], ...]:
    """Key that orders words the Vietnamese way (a < ă < â < b …, đ after d, tones last)."""
    return tuple(_letter_key(ch) for ch in nfc(text))


def person_sort_key(full_name: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Vietnamese name order: by given name, then family name, then middle names."""
    words = clean(full_name).split(" ")
    if not words or words == [""]:
        return ()
    given, family, middle = words[-1], words[0], words[1:-1]
    return (sort_key(given), sort_key(family), *[sort_key(w) for w in middle])


def split_name(full_name: str) -> tuple[str, str, str]:
    """(family, middle, given) of a Vietnamese full name."""
    words = clean(full_name).split(" ")
    if len(words) == 1:
        return ("", "", words[0])
    return (words[0], " ".join(words[1:-1]), words[-1])
