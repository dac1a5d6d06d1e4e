"""Find the plan's unit a cell names: by code, by name, or by a close spelling.

Units are written "14758", "Hàm Rồng", "Phường Hàm Rồng", "P. Hàm Rồng", "UBND xã Nga Sơn", "Mường
Lý (huyện Mường Lát cũ)" or "Mường Lý, tỉnh Thanh Hóa". What is close but not certain comes back
with a suggestion, never as a silent guess. Specialties: specialties.py.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from cq2c_desktop.domain.messages import Message, Text
from cq2c_desktop.domain.text import fold, nfc
from cq2c_desktop.io.values import BadValueError

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
_KIND_PREFIXES = (("dac khu ", "dac_khu"), ("phuong ", "phuong"), ("xa ", "xa"), ("p ", "phuong"), ("x ", "xa"))
# ", huyện Mường Lát", "(huyện Mường Lát cũ)", " - tỉnh Thanh Hóa": where a unit was, not its name.
_QUALIFIER = re.compile(
    r"\s*(?:[,;]|\s-\s|–)\s*(?:thuộc\s+)?(?:huyện|tỉnh|thành phố|tp\.?|thị xã|tx\.?|quận)\b.*$", re.IGNORECASE
)
_PARENS = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_CLOSE = 0.84  # accept a misspelling this close, with a warning
_SUGGEST = 0.6  # below it, only suggest

AMBIGUOUS_UNIT = Text(
    "ambiguous_unit", "«{value}» could be: {names}; write the unit's full name (Xã/Phường …) or its code"
)
UNIT_SPELLING = Text("unit_spelling", "Read «{value}» as «{name}»")
UNIT_OTHER_KIND = Text(
    "unit_other_kind",
    "«{value}» is not in the plan, which has «{name}»; write that name or its code if it is the same unit",
)
UNKNOWN_UNIT_GUESS = Text(
    "unknown_unit", "Unknown unit «{value}»; did you mean «{name}»? Write the plan's name or the unit's code"
)
UNKNOWN_UNIT = Text(
    "unknown_unit",
    "Unknown unit «{value}»: not in the plan; write the plan's name or the unit's code (or import the unit first)",
)


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", fold(text).replace("&", " ").replace(" va ", " ")).split())


def _exact(text: str) -> str:
    """Lower case with its diacritics, punctuation as spaces: "Đông Tiến" and "Đồng Tiến" differ."""
    return " ".join(re.sub(r"[^\w ]", " ", nfc(text).lower().replace("_", " ")).split())


def _strip_prefixes(key: str) -> str:
    changed = True
    while changed:
        changed = False
        for prefix in _UNIT_PREFIXES:
            if key.startswith(prefix) and len(key) > len(prefix):
                key, changed = key[len(prefix) :], True
    return key


def _kind_of(text: str) -> str | None:
    key = _key(text)
    for prefix in ("ubnd ", "uy ban nhan dan "):
        key = key.removeprefix(prefix)
    return next((kind for prefix, kind in _KIND_PREFIXES if key.startswith(prefix)), None)


def without_qualifiers(text: str) -> str:
    """ "Xã Mường Lý (huyện Mường Lát cũ)", "Mường Lý, huyện Mường Lát" -> "Xã Mường Lý", "Mường Lý"."""
    bare = _PARENS.sub("", nfc(text)).strip()
    return _QUALIFIER.sub("", bare).strip() or text


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
    """Exact names win (with their diacritics); then the name without Xã/Phường; then without
    diacritics; a close misspelling only with a warning. A Xã never silently becomes a Phường."""

    def __init__(self, units: Iterable[UnitRef]) -> None:
        self.units = list(units)
        self.names = {u.id: u.name for u in self.units}
        self.kinds = {u.id: _kind_of(u.name) for u in self.units}
        self._codes = {u.id.lower(): u.id for u in self.units}
        self._digits = {u.id.lstrip("0"): u.id for u in self.units if u.id.isdigit()}
        self._tables: dict[str, dict[str, set[str]]] = {"exact": {}, "exact_bare": {}, "full": {}, "bare": {}}
        for unit in self.units:
            exact = _exact(unit.name)
            keys = {
                "exact": exact,
                "exact_bare": self._exact_bare(unit.name),
                "full": _key(unit.name),
                "bare": _strip_prefixes(_key(unit.name)),
            }
            for table, key in keys.items():
                self._tables[table].setdefault(key, set()).add(unit.id)
        self._cache: dict[str, Match] = {}
        self._failed: dict[str, BadValueError] = {}
        self._exactly: dict[str, str | None] = {}

    @staticmethod
    def _exact_bare(name: str) -> str:
        """The exact key without its leading Xã / Phường / UBND words (the words' own diacritics vary)."""
        words = _exact(name).split()
        folded = _key(name).split()
        skip = len(folded) - len(_strip_prefixes(" ".join(folded)).split())
        return " ".join(words[skip:]) if len(words) == len(folded) else " ".join(words)

    def resolve(self, text: str) -> Match:
        """The unit `text` names; BadValueError (remembered: a roster repeats its mistakes) if none."""
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

    def exactly(self, text: str) -> str | None:
        """The one unit `text` names exactly (a group row, a list's title), or None; never a guess."""
        if text in self._exactly:
            return self._exactly[text]
        found: str | None = None
        try:
            for variant in _code_variants(text):
                if variant.lower() in self._codes:
                    found = self._codes[variant.lower()]
            if found is None:
                match = self._by_name(text) or self._by_name(without_qualifiers(text))
                found = match.id if match is not None and match.note is None else None
        except BadValueError:
            found = None
        self._exactly[text] = found
        return found

    def _resolve(self, text: str) -> Match:
        for variant in _code_variants(text):
            if variant.lower() in self._codes:
                return Match(self._codes[variant.lower()])
            if variant.isdigit() and variant.lstrip("0") in self._digits:
                return Match(self._digits[variant.lstrip("0")])
        found = self._by_name(text)
        if found is None and without_qualifiers(text) != text:
            found = self._by_name(without_qualifiers(text))
        if found is not None:
            return found
        return self._close(text, _strip_prefixes(_key(without_qualifiers(text))))

    def _by_name(self, text: str) -> Match | None:
        kind = _kind_of(text)
        lookups = (
            ("exact", _exact(text), False),
            ("exact_bare", self._exact_bare(text), False),
            ("full", _key(text), True),
            ("bare", _strip_prefixes(_key(text)), True),
        )
        for table, key, folded in lookups:
            found = self._tables[table].get(key)
            if not found:
                continue
            same_kind = {i for i in found if kind is None or self.kinds[i] in (kind, None)}
            if not same_kind:
                names = ", ".join(sorted(self.names[i] for i in found))
                raise BadValueError(UNIT_OTHER_KIND(value=text, name=names))
            if len(same_kind) > 1:
                names = ", ".join(sorted(self.names[i] for i in same_kind))
                raise BadValueError(AMBIGUOUS_UNIT(value=text, names=names))
            unit = next(iter(same_kind))
            # Found only without diacritics while the text has its own: a different spelling, said aloud.
            differs = folded and not text.isascii() and self._exact_bare(text) != self._exact_bare(self.names[unit])
            return Match(unit, UNIT_SPELLING(value=text, name=self.names[unit]) if differs else None)
        return None

    def _close(self, text: str, bare: str) -> Match:
        table = self._tables["bare"]
        candidates = difflib.get_close_matches(bare, list(table), n=2, cutoff=_SUGGEST)
        if candidates:
            best = candidates[0]
            ids = table[best]
            ratio = difflib.SequenceMatcher(None, bare, best).ratio()
            name = self.names[next(iter(ids))]
            kind = _kind_of(text)
            same_kind = kind is None or all(self.kinds[i] in (kind, None) for i in ids)
            if same_kind and ratio >= _CLOSE and len(ids) == 1 and (len(candidates) == 1 or ratio > 0.9):
                return Match(next(iter(ids)), UNIT_SPELLING(value=text, name=name))
            raise BadValueError(UNKNOWN_UNIT_GUESS(value=text, name=name))
        raise BadValueError(UNKNOWN_UNIT(value=text))
