"""Numbers, distances, money and dates as people read them, in one place for every view and document.

Vietnamese writes 34.588,6 (a dot between thousands, a comma before the decimals), 112,5 km and
dates as dd/mm/yyyy; English writes 34,588.6 and 112.5 km (and keeps dd/mm/yyyy: the English
interface is for the same officers). Decimals are rounded half up from the number as written
(92,25 → 92,3), as Excel shows it and as the documents print it, so a figure on screen and on
paper is the same figure.

Every function takes the language ("vi" or "en"); the window binds the interface's (ui/formatting.py),
the documents are always Vietnamese.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

# (between thousands, before the decimals)
_SEPARATORS = {"vi": (".", ","), "en": (",", ".")}
_SWAP_TO_VI = str.maketrans({",": ".", ".": ","})


def _localise(english: str, language: str) -> str:
    """Python's "12,345.6" in the separators of `language`."""
    return english.translate(_SWAP_TO_VI) if _SEPARATORS.get(language, _SEPARATORS["vi"])[0] == "." else english


def rounded(value: float, places: int = 1) -> Decimal:
    """`value` to `places` decimals, halves up, from its shortest written form (92.25 → 92.3)."""
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def integer(value: int, language: str = "vi") -> str:
    """6999 → "6.999" (vi), "6,999" (en)."""
    return _localise(f"{int(value):,}", language)


def decimal(value: float, places: int = 1, language: str = "vi", *, trim: bool = False) -> str:
    """34588.646 → "34.588,6" (vi), "34,588.6" (en); `trim` drops trailing zeros (1.50 → "1,5", 2.0 → "2")."""
    shown = rounded(value, places)
    text = f"{abs(shown) if shown == 0 else shown:,.{places}f}"  # -0.04 shows as 0,0, not -0,0
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return _localise(text, language)


def number(value: float | int, language: str = "vi", places: int = 1) -> str:
    """An integer with its thousands grouped, any other number with `places` decimals."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return integer(value, language)
    return decimal(value, places, language)


def km(value: float, language: str = "vi") -> str:
    """112.5 → "112,5 km": a distance always to a tenth of a kilometre."""
    return f"{decimal(value, 1, language)} km"


def money(amount: int, language: str = "vi") -> str:
    """4095000 → "4.095.000" (the documents and the window add "đồng" where the sentence needs it)."""
    return integer(amount, language)


def date(value: dt.date | None, _language: str = "vi") -> str:
    """dd/mm/yyyy in both languages ("" for no date)."""
    return value.strftime("%d/%m/%Y") if value is not None else ""


def date_time(value: dt.datetime | None, _language: str = "vi", *, seconds: bool = False) -> str:
    """dd/mm/yyyy HH:MM[:SS] in local time ("" for none). A naive time is taken as local already."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo is not None else value
    return local.strftime("%d/%m/%Y %H:%M:%S" if seconds else "%d/%m/%Y %H:%M")
