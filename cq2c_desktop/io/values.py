"""Cell values as communes type them: dates in five shapes, genders, yes/no marks, numbers, names.

Each parser returns the value, or raises `BadValueError` with a message (domain/messages.py);
`note` on a successful parse is a warning the officer should see (a year alone, a swapped month).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from cq2c_desktop.domain.enums import Gender, Region, UnitKind
from cq2c_desktop.domain.messages import Message, Text
from cq2c_desktop.domain.text import clean, fold
from cq2c_desktop.io.exemption_words import EXEMPTION_WORDS
from cq2c_desktop.io.legacy_encodings import Legacy, repair
from cq2c_desktop.io.person_names import looks_like_formula as looks_like_formula
from cq2c_desktop.io.person_names import tidy_person_name as tidy_person_name
from cq2c_desktop.io.tabular import Cell

EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 = 1900-01-01, counting Excel's phantom 29/02/1900
_TOTAL_WORDS = ("tong cong", "cong", "tong", "tong so", "total", "cong toan tinh", "tong toan tinh")


IMPOSSIBLE_DATE = Text("impossible_date", "No such date: «{value}»")
BAD_DATE = Text("bad_date", "Not a date: «{value}»")
BAD_DATE_FORMAT = Text("bad_date", "Not a date: «{value}» (use dd/mm/yyyy)")
MONTH_FIRST = Text("month_first", "Date «{value}» read as month/day/year")
MONTH_FIRST_CONFLICT = Text(
    "date_order_conflict",
    "Date «{value}» is written month first, but this file writes dates day first (e.g. «{example}»); "
    "write every date as dd/mm/yyyy",
)
DAY_FIRST_CONFLICT = Text(
    "date_order_conflict",
    "Date «{value}» is written day first, but this file writes dates month first (e.g. «{example}»); "
    "write every date in one order",
)
MONTH_ONLY = Text("month_only", "Only month/year «{value}»: the 1st is used")
YEAR_ONLY = Text("year_only", "Only the year {year}: 01/01/{year} is used")
IMPLAUSIBLE_BIRTH = Text("implausible_birth_date", "Birth date {date} is not plausible (age {age})")
BAD_GENDER = Text("bad_gender", "Gender «{value}» must be Nam (male) or Nữ (female)")
BAD_FLAG = Text("bad_flag", "«{value}» must be x/yes or blank/no")
BAD_REGION = Text("bad_region", "Unknown region «{value}»; use highland, mountain, lowland, coastal or urban")
BAD_KIND = Text("bad_kind", "Unit kind «{value}» must be xã, phường or đặc khu")
BAD_NUMBER = Text("bad_number", "«{value}» is not a number")
NOT_INTEGER = Text("not_integer", "«{value}» must be a whole number")
NEGATIVE = Text("negative", "«{value}» must not be negative")
BAD_CCCD = Text("bad_cccd", "Citizen ID «{value}» must have 12 digits")
LOOKS_LIKE_FORMULA = Text(
    "looks_like_formula",
    "«{value}» looks like a spreadsheet formula; check the source file (it is kept and printed as typed)",
)


class BadValueError(ValueError):
    """A cell the importer cannot take; `message` says why (its code names the rule)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message

    @property
    def code(self) -> str:
        return self.message.code


@dataclass(frozen=True)
class Parsed:
    value: object
    note: Message | None = None  # a warning the officer should see


def is_blank(cell: Cell) -> bool:
    return cell is None or cell == "" or (isinstance(cell, str) and cell.isspace())


def text_of(cell: Cell) -> tuple[str, Legacy | None]:
    """Cell text in NFC with spaces tidied, repaired from TCVN3 / VNI when it was typed in them."""
    if cell is None:
        return "", None
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell)), None
    if not isinstance(cell, str):
        return str(cell), None
    return _text_of_str(cell)


@lru_cache(maxsize=262144)
def _text_of_str(text: str) -> tuple[str, Legacy | None]:
    # Units, specialties, ranks and genders repeat on every row: tidy each distinct string once.
    fixed, legacy = repair(text)
    return clean(fixed), legacy


def is_total_label(text: str) -> bool:
    """ "Tổng cộng", "Cộng:", "TỔNG SỐ (166 xã)" … the label of the row that sums a table. Only
    whole labels count: "Tống Công Long" folds to the same letters and is a person."""
    key = " ".join(re.sub(r"[^a-z0-9 ]", " ", fold(text)).split())
    key = re.sub(r"( \d+)*( [a-z]+)?$", "", key) if re.search(r"\d", key) else key
    return key in _TOTAL_WORDS or bool(re.fullmatch(r"(tong cong|tong so|cong|tong) (toan|chung|ca) \w+", key))


# ---------------------------------------------------------------- dates
_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
_YMD = re.compile(r"^(\d{4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:[ T].*)?$")
_MY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_WORDS = re.compile(r"^(?:sinh\s*)?(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})$")
_MONTH_WORDS = re.compile(r"^(?:sinh\s*)?thang\s*(\d{1,2})\s*(?:nam|/)\s*(\d{4})$")
_YEAR_WORDS = re.compile(r"^(?:sinh\s*)?(?:nam\s*(?:sinh)?\s*:?\s*)(\d{4})$")


def _impossible(text: str) -> BadValueError:
    return BadValueError(IMPOSSIBLE_DATE(value=text))


def _make(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _impossible(text) from None


def _full_year(two_digits: int, today: dt.date) -> int:
    # A birth year written "85" is 1985; "05" is 2005 only if that person could already work.
    year = 2000 + two_digits
    return year if year <= today.year - 15 else 1900 + two_digits


@dataclass(frozen=True)
class DateOrder:
    """How a file writes its text dates, decided once from the rows where only one order is possible."""

    month_first: bool = False
    example: str = ""  # a date that proves the order ("25/03/1985" or "03/25/1985")
    evidence: int = 0  # how many dates prove it


def date_order_votes(text: str) -> int:
    """+1 when `text` can only be day/month/year, -1 when only month/day/year, 0 otherwise."""
    match = _DMY.match(clean(text))
    if not match:
        return 0
    first, second = int(match[1]), int(match[2])
    if first > 12 >= second >= 1:
        return 1
    if second > 12 >= first >= 1:
        return -1
    return 0


def parse_date(cell: Cell, *, today: dt.date | None = None, order: DateOrder | None = None) -> Parsed:
    """A date from a real date cell, an Excel serial number, or text dd/mm/yyyy, d-m-yy, yyyy,
    "năm 1985" …; text dates in the file's order (day first unless the file proves otherwise)."""
    today = today or dt.date.today()
    order = order or DateOrder()
    if isinstance(cell, dt.datetime):
        return Parsed(cell.date())
    if isinstance(cell, dt.date):
        return Parsed(cell)
    if isinstance(cell, bool) or not isinstance(cell, (int, float, str)):
        raise BadValueError(BAD_DATE(value=str(cell)))
    if isinstance(cell, (int, float)):
        number = float(cell)
        if number.is_integer() and 1900 <= number <= 2100:
            return _year_only(int(number))
        if 1 <= number < 2_958_466:
            return Parsed(EXCEL_EPOCH + dt.timedelta(days=int(number)))
        raise BadValueError(BAD_DATE(value=str(cell)))
    text = clean(cell)
    folded = fold(text)
    if match := _DMY.match(text):
        first, second, year_text = int(match[1]), int(match[2]), match[3]
        year = int(year_text) if len(year_text) == 4 else _full_year(int(year_text), today)
        if order.month_first:
            if first > 12 >= second:
                raise BadValueError(DAY_FIRST_CONFLICT(value=text, example=order.example))
            return Parsed(_make(year, first, second, text))
        if second > 12 >= first:
            if order.evidence:  # month first in a file whose other dates prove day first
                raise BadValueError(MONTH_FIRST_CONFLICT(value=text, example=order.example))
            return Parsed(_make(year, first, second, text), MONTH_FIRST(value=text))
        return Parsed(_make(year, second, first, text))
    if match := _YMD.match(text):
        return Parsed(_make(int(match[1]), int(match[2]), int(match[3]), text))
    if match := _WORDS.match(folded.replace(",", " ")):
        return Parsed(_make(int(match[3]), int(match[2]), int(match[1]), text))
    if match := _MONTH_WORDS.match(folded):
        return Parsed(_make(int(match[2]), int(match[1]), 1, text), MONTH_ONLY(value=text))
    if match := _MY.match(text):
        month, year = int(match[1]), int(match[2])
        day = _make(year, month, 1, text)
        return Parsed(day, MONTH_ONLY(value=text))
    if match := _YEAR_WORDS.match(folded):
        return _year_only(int(match[1]))
    if re.fullmatch(r"\d{4}", text):
        return _year_only(int(text))
    if re.fullmatch(r"\d{4,6}(\.0+)?", text):
        return parse_date(float(text), today=today)
    raise BadValueError(BAD_DATE_FORMAT(value=text))


def _year_only(year: int) -> Parsed:
    if not 1900 <= year <= 2100:
        raise _impossible(str(year))
    return Parsed(dt.date(year, 1, 1), YEAR_ONLY(year=year))


def check_birth_date(born: dt.date, today: dt.date) -> None:
    age = (today - born).days / 365.25
    if born > today or age < 15 or age > 80:
        raise BadValueError(IMPLAUSIBLE_BIRTH(date=f"{born:%d/%m/%Y}", age=f"{age:.0f}"))


# ---------------------------------------------------------------- small vocabularies
_GENDERS = {
    "nam": Gender.MALE,
    "nam gioi": Gender.MALE,
    "ong": Gender.MALE,
    "phai nam": Gender.MALE,
    "trai": Gender.MALE,
    "m": Gender.MALE,
    "male": Gender.MALE,
    "man": Gender.MALE,
    "nu": Gender.FEMALE,
    "nu gioi": Gender.FEMALE,
    "ba": Gender.FEMALE,
    "phai nu": Gender.FEMALE,
    "f": Gender.FEMALE,
    "female": Gender.FEMALE,
    "gai": Gender.FEMALE,
    "w": Gender.FEMALE,
    "woman": Gender.FEMALE,
}
_YES = frozenset({"x", "co", "c", "yes", "y", "true", "1", "dong y", "tu nguyen", "duoc", "v", "ok"})
_NO = frozenset({"", "khong", "k", "no", "n", "false", "0", "-"})
_REGIONS = {
    "vung cao": Region.HIGHLAND,
    "nui cao": Region.HIGHLAND,
    "mien nui cao": Region.HIGHLAND,
    "vung dac biet kho khan": Region.HIGHLAND,
    "mien nui": Region.MOUNTAIN,
    "nui": Region.MOUNTAIN,
    "trung du": Region.MOUNTAIN,
    "dong bang": Region.LOWLAND,
    "ven bien": Region.COASTAL,
    "bien": Region.COASTAL,
    "hai dao": Region.COASTAL,
    "do thi": Region.URBAN,
    "thanh thi": Region.URBAN,
}
_KINDS = {"xa": UnitKind.XA, "phuong": UnitKind.PHUONG, "dac khu": UnitKind.DAC_KHU, "dac_khu": UnitKind.DAC_KHU}


@lru_cache(maxsize=4096)
def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9_ ]", " ", fold(text)).split())


def parse_gender(text: str) -> Gender:
    found = _GENDERS.get(_key(text))
    if found is None:
        raise BadValueError(BAD_GENDER(value=text))
    return found


_TICKS = frozenset("✓✔☑√✗✘×☒+*•")


def parse_flag(text: str) -> bool:
    """A yes/no mark: x, có, ✓, 1 … for yes; blank, không, 0 … for no."""
    stripped = text.strip()
    if stripped and all(ch in _TICKS for ch in stripped):
        return True
    key = _key(text)
    if not key and stripped not in ("", "-", "–", "—", "/"):
        raise BadValueError(BAD_FLAG(value=text))
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise BadValueError(BAD_FLAG(value=text))


def parse_region(text: str) -> Region:
    key = _key(text)
    for region in Region:
        if key == region.value:
            return region
    if key in _REGIONS:
        return _REGIONS[key]
    raise BadValueError(BAD_REGION(value=text))


def parse_unit_kind(text: str) -> UnitKind:
    found = _KINDS.get(_key(text))
    if found is None:
        raise BadValueError(BAD_KIND(value=text))
    return found


def kind_from_name(name: str) -> UnitKind | None:
    key = _key(name)
    for prefix, kind in (("dac khu ", UnitKind.DAC_KHU), ("phuong ", UnitKind.PHUONG), ("xa ", UnitKind.XA)):
        if key.startswith(prefix):
            return kind
    return None


def parse_exemption(text: str) -> str | None:
    key = _key(text)
    if key in _NO:
        return None
    if key in EXEMPTION_WORDS:
        return EXEMPTION_WORDS[key]
    for words, value in EXEMPTION_WORDS.items():
        if len(words) > 3 and words in key:
            return value
    return "other"


def parse_number(cell: Cell, *, integer: bool = False, minimum: float | None = 0.0) -> float:
    """A number from a number cell or text that uses a decimal comma ("12,5") or point."""
    if isinstance(cell, bool):
        raise BadValueError(BAD_NUMBER(value=str(cell)))
    if isinstance(cell, (int, float)):
        number = float(cell)
    else:
        text = clean(str(cell)).replace(" ", "")
        if re.fullmatch(r"-?\d{1,3}(\.\d{3})+", text):  # 1.234 written with a thousands point
            text = text.replace(".", "")
        text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise BadValueError(BAD_NUMBER(value=str(cell))) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise BadValueError(BAD_NUMBER(value=str(cell)))
    if integer and not number.is_integer():
        raise BadValueError(NOT_INTEGER(value=str(cell)))
    if minimum is not None and number < minimum:
        raise BadValueError(NEGATIVE(value=str(cell)))
    return number


def parse_cccd(text: str) -> str:
    digits = re.sub(r"[\s.\-]", "", text)
    if digits.endswith(".0"):
        digits = digits[:-2]
    if re.fullmatch(r"\d{12}", digits):
        return digits
    if re.fullmatch(r"\d{11}", digits):  # a leading zero lost when Excel took the ID for a number
        return "0" + digits
    raise BadValueError(BAD_CCCD(value=text))


def formula_warning(text: str) -> BadValueError | None:
    """A warning for text a spreadsheet would take for a formula: the outputs print it as text, but
    a person's name is not written like that, so the officer should look at the source file."""
    if not looks_like_formula(text):
        return None
    return BadValueError(LOOKS_LIKE_FORMULA(value=text))


def staff_id_text(cell: Cell) -> str:
    """An id typed as a number keeps no ".0"; one typed as text keeps its leading zeros."""
    return text_of(cell)[0]
