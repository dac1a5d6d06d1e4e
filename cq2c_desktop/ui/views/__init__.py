"""Views docked into the main window.

Below: what the balance view and the map view share, so a colour means the same in both. Keep this
module free of imports from the view modules (they import it).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import QColor

from cq2c_desktop.domain.enums import EXEMPTION_TERMS, REGION_TERMS, Exemption, Region
from cq2c_desktop.services.balance_views import SpecialtyColumn
from cq2c_desktop.ui.messages import ui_language

# ColorBrewer Reds and Blues, light to dark: readable in print and for most colour-blind readers.
SHORT_COLOURS = ("#fcbba1", "#fb6a4a", "#de2d26", "#a50f15")
SURPLUS_COLOURS = ("#c6dbef", "#6baed6", "#3182bd", "#08519c")
BALANCED_COLOUR = "#d9d9d9"
BALANCED_CELL = "#f3f3f3"  # lighter in the table, where most cells are balanced and red must stand out
BALANCED_CELL = "#f3f3f3"  # lighter in the table, where most cells are balanced and red must stand out


def region_label(region: str) -> str:
    """A region in the interface language (the words are domain/enums.py's, the documents' too)."""
    term = REGION_TERMS.get(Region(region)) if region in {r.value for r in Region} else None
    return term.in_language(ui_language()) if term is not None else region


def exemption_label(exemption: str) -> str:
    term = EXEMPTION_TERMS.get(Exemption(exemption)) if exemption in {e.value for e in Exemption} else None
    return term.in_language(ui_language()) if term is not None else exemption


def specialty_label(specialty: SpecialtyColumn) -> str:
    """The plan stores both names; show the one of the interface language."""
    return specialty.name_en if ui_language() == "en" else specialty.name


def _spread(bands: int) -> list[int]:
    """Which of the four shades `bands` classes use: light to dark, skipping middle ones first."""
    last = len(SHORT_COLOURS) - 1
    return [round(i * last / (bands - 1)) for i in range(bands)] if bands > 1 else [last - 1]


@dataclass(frozen=True)
class BalanceScale:
    """Staff minus posts to a colour: up to four classes a side, each an equal share of the largest
    shortage (or surplus) shown, so the darkest shade always means "the worst here"."""

    short_cap: int
    surplus_cap: int

    @classmethod
    def for_values(cls, values: Iterable[int]) -> BalanceScale:
        values = list(values)
        return cls(max([1, *(-v for v in values)]), max([1, *values]))

    def shade(self, value: int) -> int:
        """0 when balanced; 1 (lightest) to 4 (darkest), negative for a shortage."""
        if value == 0:
            return 0
        cap = self.short_cap if value < 0 else self.surplus_cap
        bands = min(len(SHORT_COLOURS), cap)
        band = min(bands, max(1, math.ceil(abs(value) * bands / cap)))
        shade = _spread(bands)[band - 1] + 1
        return shade if value > 0 else -shade

    def colour(self, value: int) -> QColor:
        shade = self.shade(value)
        if shade == 0:
            return QColor(BALANCED_COLOUR)
        return QColor((SURPLUS_COLOURS if shade > 0 else SHORT_COLOURS)[abs(shade) - 1])

    def is_dark(self, value: int) -> bool:
        """White text reads better than black on the two darker shades."""
        return abs(self.shade(value)) >= 3

    def classes(self) -> list[tuple[int, int, QColor]]:
        """(low, high, colour) of every class, from the worst shortage to the largest surplus."""
        short = [(-hi, -lo, colour) for lo, hi, colour in self._side(self.short_cap, -1)]
        return [*reversed(short), (0, 0, QColor(BALANCED_COLOUR)), *self._side(self.surplus_cap, 1)]

    def _side(self, cap: int, sign: int) -> list[tuple[int, int, QColor]]:
        bands = min(len(SHORT_COLOURS), cap)
        limits = [(b * cap // bands + 1, (b + 1) * cap // bands) for b in range(bands)]
        return [(lo, hi, self.colour(sign * hi)) for lo, hi in limits]


def range_text(low: int, high: int) -> str:
    """A class of the scale as people read it: "0", "+3", "-9 … -7"."""
    if low == high:
        return f"{low:+d}" if low else "0"
    return f"{low:+d} … {high:+d}"
