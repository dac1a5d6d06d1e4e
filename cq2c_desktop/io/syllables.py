"""Does a string read as Vietnamese? A syllable check used to tell legacy-encoded text from Unicode.

A Vietnamese syllable is an onset, a vowel group and a final consonant, with at most one tone
mark. Text that decodes into more such syllables, and fewer stray symbols, is the better reading.
Two rules of Vietnamese spelling keep misreadings of legacy bytes out: a syllable closed by a stop
(c, ch, p, t) never carries the huyền, hỏi or ngã tone ("kết", "học", never "kễt"), and "y" alone
is never followed by a final consonant except as "quy-" ("Quỳnh", "quýt"; "in", "ích" are spelt
with "i"). Without them TCVN3 "YÕn" (Yến) also read as the VNI non-word "Ỹn".
"""

from __future__ import annotations

import re
import unicodedata

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_ALPHABET = frozenset("aăâbcdđeêghiklmnoôơpqrstuưvxy")
_ONSETS = (
    "ngh",
    "ng",
    "nh",
    "ch",
    "gh",
    "gi",
    "kh",
    "ph",
    "qu",
    "th",
    "tr",
    "b",
    "c",
    "d",
    "đ",
    "g",
    "h",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "x",
    "",
)
_CODAS = ("ch", "ng", "nh", "c", "m", "n", "p", "t", "")
_STOPS = frozenset(("c", "ch", "p", "t"))
_STOP_TONES = frozenset("\u0301\u0323")  # sắc, nặng: the only tones a stop-closed syllable takes
_NUCLEI = frozenset(
    (
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
        "au",
        "ay",
        "âu",
        "ây",
        "eo",
        "êu",
        "ia",
        "iê",
        "iu",
        "oa",
        "oă",
        "oe",
        "oi",
        "oo",
        "ôi",
        "ơi",
        "ua",
        "uâ",
        "uê",
        "ui",
        "uô",
        "uơ",
        "uy",
        "ưa",
        "ưi",
        "ươ",
        "ưu",
        "yê",
        "iêu",
        "oai",
        "oao",
        "oay",
        "oeo",
        "uây",
        "uôi",
        "uya",
        "uyê",
        "uyu",
        "ươi",
        "ươu",
        "yêu",
    )
)
# Characters that ordinary Vietnamese text does hold besides letters and digits.
_PLAIN = frozenset(" -.,;:/()'\"&%+_#")
_WORD = re.compile(r"[^\W\d_]+")


def _strip_tone(word: str) -> tuple[str, str]:
    """The word without its tone marks (NFC), and the tone marks it had."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = "".join(ch for ch in decomposed if ch in _TONE_MARKS)
    base = "".join(ch for ch in decomposed if ch not in _TONE_MARKS)
    return unicodedata.normalize("NFC", base), tones


def is_syllable(word: str) -> bool:
    """True for a well-formed Vietnamese syllable ("nguyễn", "khuya", "gì"), in any case."""
    base, tones = _strip_tone(word.lower())
    if len(tones) > 1 or not base or any(ch not in _ALPHABET for ch in base):
        return False
    for onset in _ONSETS:
        if not base.startswith(onset):
            continue
        rest = base[len(onset) :]
        for coda in _CODAS:
            nucleus = rest[: len(rest) - len(coda)]
            if not rest.endswith(coda) or nucleus not in _NUCLEI:
                continue
            if coda in _STOPS and tones and tones not in _STOP_TONES:
                continue  # "kễt", "hũt": no such syllables
            if nucleus == "y" and coda and onset != "qu":
                continue  # "ỹn", "yt": spelt with "i" ("in", "ít") or as "yê" ("yến")
            return True
    return False


def text_score(text: str) -> int:
    """Valid syllables count for, stray symbols and combining marks left over count against."""
    score = sum(1 for word in _WORD.findall(text) if is_syllable(word))
    for ch in text:
        if not (ch.isalnum() or ch in _PLAIN) or unicodedata.combining(ch):
            score -= 2
    return score
