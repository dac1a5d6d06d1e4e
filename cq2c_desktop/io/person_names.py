"""Person names as typed in rosters: text a spreadsheet would run as a formula, names typed in capitals."""

from __future__ import annotations

from cq2c_desktop.domain.text import clean

# What a spreadsheet program would run as a formula (CSV/formula injection, OWASP).
FORMULA_STARTS = ("=", "+", "-", "@")


def looks_like_formula(text: str) -> bool:
    return text.lstrip().startswith(FORMULA_STARTS)


def tidy_person_name(text: str) -> str:
    """A name typed all in capitals or all in lower case, written as names are ("NGUYỄN VĂN AN" ->
    "Nguyễn Văn An"); a name typed with care, or text that is not a name at all ("@SUM(1)"), is
    kept as typed."""
    name = clean(text)
    if name != name.upper() and name != name.lower():
        return name
    if looks_like_formula(name) or any(not (ch.isalpha() or ch in " '.-") for ch in name):
        return name
    return " ".join(
        "'".join(part[:1].upper() + part[1:].lower() for part in word.split("'")) for word in name.split(" ")
    )
