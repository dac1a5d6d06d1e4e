"""Find the plan's unit or specialty a cell names: by code, by name, or by a close spelling.

Units are written "14758", "Hàm Rồng", "Phường Hàm Rồng", "P. Hàm Rồng" or "UBND xã Nga Sơn";
specialties by their id, their name, the name of a degree ("Quản lý đất đai", "Kế toán") or a
misspelling. What is close but not certain comes back with a suggestion, never as a silent guess.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from cq2c_desktop.domain.messages import Message, Text
from cq2c_desktop.domain.text import fold
from cq2c_desktop.io.values import BadValueError

AMBIGUOUS_UNIT = Text("ambiguous_unit", "«{value}» could be: {names}; add Xã/Phường or use the code")
UNIT_SPELLING = Text("unit_spelling", "Read «{value}» as «{name}»")
UNKNOWN_UNIT_GUESS = Text("unknown_unit", "Unknown unit «{value}»; did you mean «{name}»?")
UNKNOWN_UNIT = Text("unknown_unit", "Unknown unit «{value}»: not in the plan")
SPECIALTY_SPELLING = Text("specialty_spelling", "Read «{value}» as «{name}»")
UNKNOWN_SPECIALTY_GUESS = Text("unknown_specialty", "Unknown specialty «{value}»; did you mean «{name}»?")
UNKNOWN_SPECIALTY = Text("unknown_specialty", "Unknown specialty «{value}»; the plan's specialties: {names}")

# Degree and office names that mean a catalogue specialty (solver/catalog.py ids). A plan whose
# specialties have other ids simply does not use these.
SPECIALTY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "dat_dai": ("quan ly dat dai", "dat dai", "qldd", "ql dat dai", "dia chinh dat dai"),
    "dia_chinh": ("dia chinh", "trac dia", "trac dia ban do", "dia chinh xay dung", "kinh te dia chinh"),
    "quy_hoach": ("quy hoach", "quy hoach do thi", "quy hoach vung", "kien truc quy hoach"),
    "xay_dung": ("xay dung", "ky thuat xay dung", "kien truc", "xay dung dan dung", "giao thong", "ha tang"),
    "tai_chinh": (
        "tai chinh",
        "ke toan",
        "tai chinh ke toan",
        "tai chinh ngan hang",
        "kiem toan",
        "ke toan ngan sach",
        "ngan sach",
    ),
    "cntt": ("cong nghe thong tin", "cntt", "tin hoc", "it", "khoa hoc may tinh", "chuyen doi so"),
    "giao_duc": ("giao duc", "su pham", "quan ly giao duc", "gd dt", "giao duc dao tao"),
    "y_te": ("y te", "y", "y si", "bac si", "dieu duong", "y da khoa", "y te cong cong", "duoc"),
    "tu_phap": ("tu phap", "ho tich", "tu phap ho tich", "luat", "luat hoc", "phap luat"),
    "van_hoa": (
        "van hoa",
        "xa hoi",
        "van hoa xa hoi",
        "cong tac xa hoi",
        "lao dong thuong binh xa hoi",
        "ldtbxh",
        "van hoa thong tin",
        "the thao",
        "du lich",
    ),
    "nong_nghiep": (
        "nong nghiep",
        "moi truong",
        "nong nghiep moi truong",
        "nong hoc",
        "lam nghiep",
        "thuy loi",
        "chan nuoi",
        "thu y",
        "tai nguyen moi truong",
        "khuyen nong",
    ),
    "van_phong": (
        "van phong",
        "thong ke",
        "van phong thong ke",
        "hanh chinh",
        "quan tri van phong",
        "luu tru",
        "van thu",
        "van thu luu tru",
        "quan ly nha nuoc",
        "hanh chinh hoc",
    ),
}
_UNIT_PREFIXES = (
    "ubnd ",
    "uy ban nhan dan ",
    "dang uy ",
    "xa ",
    "phuong ",
    "dac khu ",
    "thi tran ",
    "p ",
    "x ",
    "tt ",
    "dk ",
)
_CLOSE = 0.84  # accept a misspelling this close, with a warning
_SUGGEST = 0.6  # below it, only suggest


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", fold(text).replace("&", " ").replace(" va ", " ")).split())


@dataclass(frozen=True)
class Match:
    id: str
    note: Message | None = None  # a warning the officer should see


@dataclass(frozen=True)
class UnitRef:
    id: str
    name: str


def _code_variants(text: str) -> list[str]:
    """ "14758", "14758.0" and a code that lost its leading zeros ("4" for "00004")."""
    stripped = text.strip()
    variants = [stripped]
    if re.fullmatch(r"\d+\.0+", stripped):
        variants.append(stripped.split(".")[0])
    return variants


class UnitResolver:
    def __init__(self, units: Iterable[UnitRef]) -> None:
        self.units = list(units)
        self.names = {u.id: u.name for u in self.units}
        self._codes = {u.id.lower(): u.id for u in self.units}
        self._digits = {u.id.lstrip("0"): u.id for u in self.units if u.id.isdigit()}
        self._full: dict[str, set[str]] = {}
        self._bare: dict[str, set[str]] = {}
        for unit in self.units:
            self._full.setdefault(_key(unit.name), set()).add(unit.id)
            self._bare.setdefault(self._strip(_key(unit.name)), set()).add(unit.id)
        self._cache: dict[str, Match] = {}

    @staticmethod
    def _strip(key: str) -> str:
        changed = True
        while changed:
            changed = False
            for prefix in _UNIT_PREFIXES:
                if key.startswith(prefix) and len(key) > len(prefix):
                    key, changed = key[len(prefix) :], True
        return key

    def resolve(self, text: str) -> Match:
        if text not in self._cache:
            self._cache[text] = self._resolve(text)
        return self._cache[text]

    def _resolve(self, text: str) -> Match:
        for variant in _code_variants(text):
            if variant.lower() in self._codes:
                return Match(self._codes[variant.lower()])
            if variant.isdigit() and variant.lstrip("0") in self._digits:
                return Match(self._digits[variant.lstrip("0")])
        key = _key(text)
        for table, lookup in ((self._full, key), (self._bare, self._strip(key))):
            found = table.get(lookup)
            if found and len(found) == 1:
                return Match(next(iter(found)))
            if found:
                names = ", ".join(sorted(self.names[i] for i in found))
                raise BadValueError(AMBIGUOUS_UNIT(value=text, names=names))
        return self._close(text, self._strip(key))

    def _close(self, text: str, bare: str) -> Match:
        candidates = difflib.get_close_matches(bare, list(self._bare), n=2, cutoff=_SUGGEST)
        if candidates:
            best = candidates[0]
            ids = self._bare[best]
            ratio = difflib.SequenceMatcher(None, bare, best).ratio()
            name = self.names[next(iter(ids))]
            if ratio >= _CLOSE and len(ids) == 1 and (len(candidates) == 1 or ratio > 0.9):
                return Match(next(iter(ids)), UNIT_SPELLING(value=text, name=name))
            raise BadValueError(UNKNOWN_UNIT_GUESS(value=text, name=name))
        raise BadValueError(UNKNOWN_UNIT(value=text))


@dataclass(frozen=True)
class SpecialtyRef:
    id: str
    name: str
    name_en: str | None = None


class SpecialtyResolver:
    def __init__(self, specialties: Iterable[SpecialtyRef]) -> None:
        self.specialties = list(specialties)
        self.names = {s.id: s.name for s in self.specialties}
        self._exact: dict[str, str] = {}
        for spec in self.specialties:
            for label in (spec.id, spec.id.replace("_", " "), spec.name, spec.name_en or ""):
                if _key(label):
                    self._exact.setdefault(_key(label), spec.id)
        for sid, synonyms in SPECIALTY_SYNONYMS.items():
            if sid in self.names:
                for synonym in synonyms:
                    self._exact.setdefault(_key(synonym), sid)
        self._cache: dict[str, Match] = {}

    def resolve(self, text: str) -> Match:
        if text not in self._cache:
            self._cache[text] = self._resolve(text)
        return self._cache[text]

    def resolve_header(self, text: str) -> str | None:
        """For a wide quota table: the specialty a column header names exactly, if any."""
        return self._exact.get(_key(text))

    def _resolve(self, text: str) -> Match:
        key = _key(text)
        for candidate in (key, re.sub(r"^(cu nhan|ky su|thac si|tien si|cao dang|trung cap|dai hoc) ", "", key)):
            if candidate in self._exact:
                return Match(self._exact[candidate])
        # "Kế toán doanh nghiệp": the longest known name the text starts with.
        starts = [k for k in self._exact if key.startswith(k + " ") and len(k) >= 4]
        if starts:
            return Match(self._exact[max(starts, key=len)])
        close = difflib.get_close_matches(key, list(self._exact), n=1, cutoff=_SUGGEST)
        if close:
            sid = self._exact[close[0]]
            if difflib.SequenceMatcher(None, key, close[0]).ratio() >= _CLOSE:
                return Match(sid, SPECIALTY_SPELLING(value=text, name=self.names[sid]))
            raise BadValueError(UNKNOWN_SPECIALTY_GUESS(value=text, name=self.names[sid]))
        raise BadValueError(UNKNOWN_SPECIALTY(value=text, names=", ".join(self.names.values())))
