"""Encoders into TCVN3 and VNI, written for the tests from the published code charts, independently
of the decoders' tables: a letter-by-tone grid of byte values (TCVN 5712:1993, VN1) and of VNI
key sequences. Text comes out as Excel shows legacy bytes: through Windows-1252."""

from __future__ import annotations

import unicodedata

# Tone order of the grids: none, huyền, hỏi, ngã, sắc, nặng.
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
VOWELS = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")

TCVN3_GRID: dict[str, tuple[int, ...]] = {
    "a": (0x61, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0x65, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (0x69, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0x6F, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0x75, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (0x79, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
    "A": (0x41, 0x80, 0x81, 0x82, 0x83, 0x84),
    "Ă": (0xA1, 0xAF, 0xBA, 0xBF, 0xC0, 0x85),
    "Â": (0xA2, 0xC1, 0xC2, 0xC3, 0xC4, 0x86),
    "E": (0x45, 0x87, 0x88, 0x89, 0x8A, 0x8B),
    "Ê": (0xA3, 0xC5, 0xCD, 0xD9, 0xDA, 0x8C),
    "I": (0x49, 0x8D, 0x8E, 0x8F, 0x90, 0x91),
    "O": (0x4F, 0x92, 0x93, 0x94, 0x95, 0x96),
    "Ô": (0xA4, 0xDB, 0xE0, 0xF0, 0xFF, 0x97),
    "Ơ": (0xA5, 0x98, 0x99, 0x9A, 0x9B, 0x9C),
    "U": (0x55, 0x9D, 0x9E, 0x9F, 0x01, 0x02),
    "Ư": (0xA6, 0x04, 0x05, 0x06, 0x11, 0x12),
    "Y": (0x59, 0x13, 0x14, 0x15, 0x16, 0x17),
}
TCVN3_D = {"đ": 0xAE, "Đ": 0xA7}

# VNI: base letter, then the shape-and-tone key; ơ ư đ and the toned i / ỵ are single keys.
VNI_GRID: dict[str, tuple[str, ...]] = {
    "a": ("a", "aø", "aû", "aõ", "aù", "aï"),
    "ă": ("aê", "aè", "aú", "aü", "aé", "aë"),
    "â": ("aâ", "aà", "aå", "aã", "aá", "aä"),
    "e": ("e", "eø", "eû", "eõ", "eù", "eï"),
    "ê": ("eâ", "eà", "eå", "eã", "eá", "eä"),
    "i": ("i", "ì", "æ", "ó", "í", "ò"),
    "o": ("o", "oø", "oû", "oõ", "où", "oï"),
    "ô": ("oâ", "oà", "oå", "oã", "oá", "oä"),
    "ơ": ("ô", "ôø", "ôû", "ôõ", "ôù", "ôï"),
    "u": ("u", "uø", "uû", "uõ", "uù", "uï"),
    "ư": ("ö", "öø", "öû", "öõ", "öù", "öï"),
    "y": ("y", "yø", "yû", "yõ", "yù", "î"),
}
VNI_D = {"đ": "ñ", "Đ": "Ñ"}


def _split(letter: str) -> tuple[str, int] | None:
    """A precomposed Vietnamese vowel -> (vowel without tone, tone index), else None."""
    decomposed = unicodedata.normalize("NFD", letter)
    tone = next((TONES.index(m) for m in decomposed if m in TONES[1:]), 0)
    base = unicodedata.normalize("NFC", "".join(m for m in decomposed if m not in TONES[1:]))
    return (base, tone) if base.lower() in VOWELS else None


def _windows_view(data: bytes) -> str:
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def encode_tcvn3_bytes(text: str) -> bytes:
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        split = _split(ch)
        if split is not None:
            out.append(TCVN3_GRID[split[0]][split[1]])
        elif ch in TCVN3_D:
            out.append(TCVN3_D[ch])
        else:
            out += ch.encode("ascii")
    return bytes(out)


def encode_tcvn3(text: str) -> str:
    return _windows_view(encode_tcvn3_bytes(text))


def encode_vni(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        split = _split(ch)
        if split is not None:
            base, tone = split
            keys = VNI_GRID[base.lower()][tone]
            out.append(keys.upper() if base.isupper() else keys)
        else:
            out.append(VNI_D.get(ch, ch))
    return "".join(out)


def encode_vni_bytes(text: str) -> bytes:
    return encode_vni(text).encode("cp1252")


def all_letters() -> list[str]:
    """Every Vietnamese vowel with every tone, lower and upper case, and đ / Đ."""
    letters = []
    for vowel in VOWELS:
        for tone in TONES:
            letter = unicodedata.normalize("NFC", vowel + tone)
            letters += [letter, letter.upper()]
    return [*letters, "đ", "Đ"]
