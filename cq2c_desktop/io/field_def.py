"""How an import field is declared: its name, labels in both languages, the headers communes write
for it, and for a plain field how a cell becomes a value and where it is stored."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Reads(StrEnum):
    """How a plain field's cell becomes a value (parse_staff.py `READERS`)."""

    TEXT = "text"  # tidy text, or None when blank
    UNIT = "unit"  # a unit of the plan, by code or name
    UNITS = "units"  # units of the plan listed in one cell ("Xã A; Xã B"), in order
    FLAG = "flag"  # x / có / blank
    CCCD = "cccd"  # a 12-digit citizen id
    DATE = "date"  # a date (an Excel date, dd/mm/yyyy text, a number)


@dataclass(frozen=True)
class FieldDef:
    name: str
    label_vi: str
    label_en: str
    required: bool = False
    synonyms: tuple[str, ...] = ()
    # A plain field: read with `reads`, stored in the record's `stores` key (a column of the table).
    # Fields with rules of their own (names, dates, gender, unit, specialty) leave both empty.
    reads: Reads | None = None
    stores: str | None = None


def _f(
    name: str,
    vi: str,
    en: str,
    *synonyms: str,
    required: bool = False,
    reads: Reads | None = None,
    stores: str | None = None,
) -> FieldDef:
    return FieldDef(name, vi, en, required, (vi, en, name, *synonyms), reads, stores)
