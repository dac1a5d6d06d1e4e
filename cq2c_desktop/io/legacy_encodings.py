"""Vietnamese text typed in the legacy TCVN3 (ABC) and VNI encodings, turned back into Unicode.

Offices that still type with .VnTime (TCVN3) or VNI-Times fonts store one byte (TCVN3) or one or
two bytes (VNI) per letter; once Excel or a CSV reader shows those bytes as Windows-1252 text the
names look like "NguyÔn V¨n An" (TCVN3) or "Nguyeãn Vaên An" (VNI). We get the bytes back from the
Windows-1252 (or Latin-1) view, then map them with the published definitions:

- TCVN3: TCVN 5712:1993, table VN1 (the superset of the VN3/ABC subset that .VnTime fonts use:
  VN3 has only the lower-case toned letters, VN1 adds upper-case ones in 0x01-0x17 and 0x80-0x9F),
  as in the TCVN5712-1 charmap that glibc ships;
- VNI (VNI-Windows): a base letter followed by a mark byte (á = "a" + "ù"), a few letters in one
  byte (ơ = "ô", ư = "ö", đ = "ñ", ĩ = "ó" …), as the VNI keyboard driver writes them.

Whether a string is legacy text is a guess: we convert only when the result reads as more valid
Vietnamese syllables than the original (see `syllables.py`), so ordinary Unicode text is never
touched.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from enum import StrEnum
from functools import lru_cache

from cq2c_desktop.io.syllables import text_score


class Legacy(StrEnum):
    TCVN3 = "tcvn3"
    VNI = "vni"


# TCVN 5712:1993 VN1, bytes 0x80-0xFF (glibc charmap TCVN5712-1). 0xB0-0xB4 are combining tones.
_TCVN3_HIGH = (
    "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ"  # 0x80
    "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"  # 0x90
    "\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ"  # 0xa0
    "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"  # 0xb0
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"  # 0xc0
    "éẹềểễếệìỉỄẾỒĩíịò"  # 0xd0
    "Ổỏõóọồổỗốộờởỡớợù"  # 0xe0
    "ỖủũúụừửữứựỳỷỹýỵỐ"  # 0xf0
)
# VN1 also puts twelve upper-case letters on control codes; VN3 files never use them.
_TCVN3_LOW = {
    0x01: "Ú",
    0x02: "Ụ",
    0x04: "Ừ",
    0x05: "Ử",
    0x06: "Ữ",
    0x11: "Ứ",
    0x12: "Ự",
    0x13: "Ỳ",
    0x14: "Ỷ",
    0x15: "Ỹ",
    0x16: "Ý",
    0x17: "Ỵ",
}
TCVN3_TABLE: dict[int, str] = {0x80 + i: ch for i, ch in enumerate(_TCVN3_HIGH)} | _TCVN3_LOW
_LOW_CODES = re.compile("[" + "".join(chr(b) for b in _TCVN3_LOW) + "]")

# Windows-1252 puts printable characters on 0x80-0x9F; Excel shows legacy bytes through it.
# 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no character there: Windows keeps them as C1 controls.
_CP1252_BYTES: dict[str, int] = {bytes([b]).decode("cp1252", errors="replace"): b for b in range(0x80, 0xA0)}
_CP1252_BYTES.pop("\ufffd", None)


def _byte_of(ch: str) -> int | None:
    """The legacy byte a character stands for in the Windows-1252 / Latin-1 view, if any."""
    code = ord(ch)
    if code <= 0xFF:
        return code
    return _CP1252_BYTES.get(ch)


def decode_tcvn3(text: str) -> str:
    out = []
    for ch in text:
        byte = _byte_of(ch)
        out.append(TCVN3_TABLE.get(byte, ch) if byte is not None else ch)
    return unicodedata.normalize("NFC", "".join(out))


# VNI: tone marks after a vowel, and the marks that also carry the vowel's shape.
_VNI_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_CIRCUMFLEX = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
_VNI_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
# One-byte letters (lower case; the upper-case byte is the Latin-1 upper case of each).
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}


def _vni_sequences() -> dict[str, str]:
    """Every VNI sequence (one or two characters, either case) -> the Unicode letter."""
    table: dict[str, str] = {}
    lower: dict[str, str] = {}
    for base in "aeouy":
        for mark, tone in _VNI_TONES.items():
            if not (base == "y" and mark == "ï"):  # ỵ is the single byte "î"
                lower[base + mark] = base + tone
    for base in "aeo":
        for mark, tone in _VNI_CIRCUMFLEX.items():
            lower[base + mark] = base + "\u0302" + tone
    for mark, tone in _VNI_BREVE.items():
        lower["a" + mark] = "a\u0306" + tone
    for byte, letter in _VNI_SINGLE.items():
        lower[byte] = letter
    for horn_byte, horn in (("ô", "ơ"), ("ö", "ư")):
        for mark, tone in _VNI_TONES.items():
            lower[horn_byte + mark] = horn + tone
    for sequence, letter in lower.items():
        letter = unicodedata.normalize("NFC", letter)
        table[sequence] = letter
        # A capital base letter keeps its capital; the mark byte comes in either case.
        for first in {sequence[0], sequence[0].upper()}:
            for rest in {sequence[1:], sequence[1:].upper()}:
                table.setdefault(first + rest, letter.upper() if first.isupper() else letter)
    return table


VNI_TABLE: dict[str, str] = _vni_sequences()


def decode_vni(text: str) -> str:
    out = []
    index = 0
    while index < len(text):
        pair = text[index : index + 2]
        if len(pair) == 2 and pair in VNI_TABLE:
            out.append(VNI_TABLE[pair])
            index += 2
            continue
        out.append(VNI_TABLE.get(text[index], text[index]))
        index += 1
    return unicodedata.normalize("NFC", "".join(out))


_DECODERS = {Legacy.TCVN3: decode_tcvn3, Legacy.VNI: decode_vni}


def _plain_ascii(text: str) -> bool:
    """ASCII with none of the control codes VN1 uses for capitals: nothing to repair."""
    return text.isascii() and _LOW_CODES.search(text) is None


_SPECIALS = "".join(_CP1252_BYTES)
# A character no legacy byte can stand for (ơ, ư, ễ, a combining mark …) makes a string Unicode.
_NOT_LEGACY = re.compile(f"[^\\x00-\\xff{_SPECIALS}]")
_HIGH = re.compile(f"[\\x80-\\xff{_SPECIALS}{''.join(chr(b) for b in _TCVN3_LOW)}]")


def _may_be_legacy(text: str) -> bool:
    """Legacy text is made only of characters that have a Windows-1252 byte, some of them high."""
    return _NOT_LEGACY.search(text) is None and _HIGH.search(text) is not None


@lru_cache(maxsize=65536)
def repair(text: str) -> tuple[str, Legacy | None]:
    """`text` in NFC, converted from TCVN3 or VNI when that reads better; and which one it was."""
    if _plain_ascii(text) or not _may_be_legacy(text):
        return unicodedata.normalize("NFC", text), None
    original = text_score(text)
    best, best_score, used = text, (original, 0), None
    for legacy, decode in _DECODERS.items():
        candidate = decode(text)
        # Between two readings that score the same, VNI wins when it joined letter-and-mark
        # pairs. Only a guess for a lone cell: TCVN3 "HuÕ" (Huế) also reads as VNI "Hũ", so such
        # ties cast no vote for a column (`clear_vote`) and the column's or sheet's encoding wins.
        score = (text_score(candidate), int(legacy is Legacy.VNI and len(candidate) < len(text)))
        if score[0] > original and score > best_score:
            best, best_score, used = candidate, score, legacy
    return unicodedata.normalize("NFC", best), used


@lru_cache(maxsize=65536)
def clear_vote(text: str) -> Legacy | None:
    """The legacy encoding `text` reads strictly better in than as it is and than in the other
    one; None when it is no legacy text or when two readings tie. TCVN3 "HuÕ" is "Huế" and VNI
    "Hũ", "Thuû" is "Thuỷ" or "Thủ": such a cell must not decide a column's encoding (the TCVN3
    byte of "ế" is the VNI ngã mark "Õ", that of "ỷ" the hỏi mark "û"), its neighbours do."""
    if _plain_ascii(text) or not _may_be_legacy(text):
        return None
    scores = {legacy: text_score(decode(text)) for legacy, decode in _DECODERS.items()}
    best = max(scores, key=scores.__getitem__)
    if scores[best] <= text_score(text) or sum(1 for s in scores.values() if s == scores[best]) > 1:
        return None
    return best


def repair_as(text: str, legacy: Legacy) -> str | None:
    """`text` decoded from an encoding known for its column, unless that reads worse; None when
    the text cannot be legacy text. Settles the rare words whose legacy form is itself valid
    Vietnamese (TCVN3 "bá" is "bỏ")."""
    if _plain_ascii(text) or not _may_be_legacy(text):
        return None
    decoded = _DECODERS[legacy](text)
    return decoded if text_score(decoded) >= text_score(text) else None


def column_encoding(texts: Iterable[str]) -> Legacy | None:
    """The legacy encoding a column is typed in: the one at least 80 % of the cells that could be
    legacy text clearly read better in (`clear_vote`). A column mixing Unicode and legacy cells
    gets none, and each of its cells is judged alone (or by the sheet's encoding)."""
    votes: Counter[Legacy] = Counter()
    candidates = 0
    for text in texts:
        if _plain_ascii(text) or not _may_be_legacy(text):
            continue
        candidates += 1
        used = clear_vote(text)
        if used is not None:
            votes[used] += 1
    if not votes:
        return None
    legacy, count = votes.most_common(1)[0]
    return legacy if count >= 0.8 * candidates else None


def sheet_encoding(texts: Iterable[str], *, sample: int = 5000) -> Legacy | None:
    """The legacy encoding a whole sheet is typed in, when its cells say so clearly: at least three
    cells read better in it and they are at least a third of the cells that could be legacy text.
    Then a cell that reads as well either way ("Xaõ" is also the syllable "xão") is read in it too."""
    votes: Counter[Legacy] = Counter()
    candidates = 0
    for index, text in enumerate(texts):
        if index >= sample:
            break
        if _plain_ascii(text) or not _may_be_legacy(text):
            continue
        candidates += 1
        used = clear_vote(text)
        if used is not None:
            votes[used] += 1
    if not votes:
        return None
    legacy, count = votes.most_common(1)[0]
    return legacy if count >= 3 and count * 3 >= candidates else None
