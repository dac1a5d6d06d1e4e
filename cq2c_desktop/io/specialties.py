"""Find the plan's specialty a cell names: by id, name, the name of a degree ("Quản lý đất đai",
"Kế toán"), a longer name that starts with one ("Kế toán doanh nghiệp", with a warning), or a close
misspelling (with a warning). A degree level alone ("Đại học") is no field of study, and a field
that only starts like a specialty ("Xây dựng Đảng" is not Xây dựng) is never taken for it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from cq2c_desktop.domain.messages import Message, Text
from cq2c_desktop.domain.text import fold
from cq2c_desktop.io.values import BadValueError

_CLOSE = 0.84
_SUGGEST = 0.6
SPECIALTY_SPELLING = Text("specialty_spelling", "Read «{value}» as «{name}»")
SPECIALTY_LONGER = Text("specialty_longer", "Read «{value}» as «{name}»; check it if that is another field")
UNKNOWN_SPECIALTY_GUESS = Text(
    "unknown_specialty",
    "Unknown specialty «{value}»; did you mean «{name}»? Write one of the plan's specialties",
)
UNKNOWN_SPECIALTY = Text(
    "unknown_specialty", "Unknown specialty «{value}»; write one of the plan's specialties: {names}"
)
DEGREE_NOT_FIELD = Text(
    "degree_not_field",
    "«{value}» is a degree level, not a field of study; write the field (Kế toán, Luật …) or choose the "
    "column that holds it",
)
OTHER_FIELD = Text(
    "specialty_other_field",
    "«{value}» is a field of its own, not «{name}»; write the plan's specialty that fits this person",
)
DEGREE_LEVELS = frozenset(
    {
        "dai hoc",
        "dh",
        "thac si",
        "ths",
        "tien si",
        "ts",
        "tien si khoa hoc",
        "cao dang",
        "cd",
        "trung cap",
        "tc",
        "so cap",
        "cu nhan",
        "ky su",
        "bac si",
        "sau dai hoc",
        "tren dai hoc",
        "dai hoc tro len",
        "chua qua dao tao",
        "pho thong",
        "chuyen khoa i",
        "chuyen khoa ii",
        "giao su",
        "pho giao su",
    }
)
_DEGREE_PREFIX = re.compile(
    r"^(?:trinh do |bang )?(cu nhan|ky su|thac si|tien si|cao dang|trung cap|dai hoc|dh|cd|tc|ths|ts)\s+"
)
# Words after a specialty's name that make another field of it: Xây dựng Đảng, Xây dựng chính quyền.
_OTHER_FIELD_WORDS = ("dang", "chinh quyen", "chinh tri", "doan the", "mat tran", "to chuc dang")


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", fold(text).replace("&", " ").replace(" va ", " ")).split())


def is_degree_level(text: str) -> bool:
    key = _key(text)
    return key in DEGREE_LEVELS or key.removeprefix("trinh do ") in DEGREE_LEVELS


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


@dataclass(frozen=True)
class Match:
    id: str
    note: Message | None = None  # a warning the officer should see


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
        self._failed: dict[str, BadValueError] = {}

    def resolve(self, text: str) -> Match:
        found = self._cache.get(text)
        if found is not None:
            return found
        if text in self._failed:
            raise self._failed[text]
        try:
            self._cache[text] = found = self._resolve(text)
        except BadValueError as exc:
            self._failed[text] = exc
            raise
        return found

    def resolve_header(self, text: str) -> str | None:
        """For a wide quota table: the specialty a column header names exactly, if any."""
        return self._exact.get(_key(text))

    def _resolve(self, text: str) -> Match:
        key = _key(text)
        if is_degree_level(text):
            raise BadValueError(DEGREE_NOT_FIELD(value=text))
        for candidate in (key, _DEGREE_PREFIX.sub("", key)):
            if candidate in self._exact:
                return Match(self._exact[candidate])
        # "Kế toán doanh nghiệp": the longest known name the text starts with, said aloud.
        bare = _DEGREE_PREFIX.sub("", key)
        starts = [k for k in self._exact if bare.startswith(k + " ") and len(k) >= 4]
        if starts:
            known = max(starts, key=len)
            sid = self._exact[known]
            rest = bare[len(known) + 1 :]
            if rest.startswith(_OTHER_FIELD_WORDS):
                raise BadValueError(OTHER_FIELD(value=text, name=self.names[sid]))
            return Match(sid, SPECIALTY_LONGER(value=text, name=self.names[sid]))
        close = difflib.get_close_matches(key, list(self._exact), n=1, cutoff=_SUGGEST)
        if close:
            sid = self._exact[close[0]]
            if difflib.SequenceMatcher(None, key, close[0]).ratio() >= _CLOSE:
                return Match(sid, SPECIALTY_SPELLING(value=text, name=self.names[sid]))
            raise BadValueError(UNKNOWN_SPECIALTY_GUESS(value=text, name=self.names[sid]))
        raise BadValueError(UNKNOWN_SPECIALTY(value=text, names=", ".join(self.names.values())))
