"""Cell values as communes type them: dates in five shapes, genders, yes/no marks, numbers, names.

Each parser returns the value, or raises `BadValueError` with a Vietnamese / English message;
`note` on a successful parse is a warning the officer should see (a year alone, a swapped month).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from cq2c_desktop.domain.enums import Gender, Region, UnitKind
from cq2c_desktop.domain.text import clean, fold
from cq2c_desktop.io.legacy_encodings import Legacy, repair
from cq2c_desktop.io.tabular import Cell

EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 = 1900-01-01, counting Excel's phantom 29/02/1900
_TOTAL_WORDS = ("tong cong", "cong", "tong", "tong so", "total", "cong toan tinh", "tong toan tinh")


class BadValueError(ValueError):
    def __init__(self, code: str, vi: str, en: str) -> None:
        super().__init__(en)
        self.code, self.vi, self.en = code, vi, en


@dataclass(frozen=True)
class Parsed:
    value: object
    note: tuple[str, str, str] | None = None  # (code, vi, en) of a warning


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
_WORDS = re.compile(r"^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})$")


def _impossible(text: str) -> BadValueError:
    return BadValueError("impossible_date", f"Ngày không tồn tại: «{text}»", f"No such date: «{text}»")


def _make(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _impossible(text) from None


def _full_year(two_digits: int, today: dt.date) -> int:
    # A birth year written "85" is 1985; "05" is 2005 only if that person could already work.
    year = 2000 + two_digits
    return year if year <= today.year - 15 else 1900 + two_digits


def parse_date(cell: Cell, *, today: dt.date | None = None) -> Parsed:
    """A date from a real date cell, an Excel serial number, or text dd/mm/yyyy, d-m-yy, yyyy …"""
    today = today or dt.date.today()
    if isinstance(cell, dt.datetime):
        return Parsed(cell.date())
    if isinstance(cell, dt.date):
        return Parsed(cell)
    if isinstance(cell, bool) or not isinstance(cell, (int, float, str)):
        raise BadValueError("bad_date", f"Không hiểu ngày «{cell}»", f"Not a date: «{cell}»")
    if isinstance(cell, (int, float)):
        number = float(cell)
        if number.is_integer() and 1900 <= number <= 2100:
            return _year_only(int(number))
        if 1 <= number < 2_958_466:
            return Parsed(EXCEL_EPOCH + dt.timedelta(days=int(number)))
        raise BadValueError("bad_date", f"Không hiểu ngày «{cell}»", f"Not a date: «{cell}»")
    text = clean(cell)
    folded = fold(text)
    if match := _DMY.match(text):
        first, second, year_text = int(match[1]), int(match[2]), match[3]
        year = int(year_text) if len(year_text) == 4 else _full_year(int(year_text), today)
        if second > 12 >= first:  # written month first (an English-locale export)
            return Parsed(
                _make(year, first, second, text),
                ("month_first", f"Ngày «{text}» được hiểu là tháng/ngày/năm", f"Date «{text}» read as month/day/year"),
            )
        return Parsed(_make(year, second, first, text))
    if match := _YMD.match(text):
        return Parsed(_make(int(match[1]), int(match[2]), int(match[3]), text))
    if match := _WORDS.match(folded.replace(",", " ")):
        return Parsed(_make(int(match[3]), int(match[2]), int(match[1]), text))
    if match := _MY.match(text):
        month, year = int(match[1]), int(match[2])
        day = _make(year, month, 1, text)
        return Parsed(
            day, ("month_only", f"Chỉ có tháng/năm «{text}»: lấy ngày 01", f"Only month/year «{text}»: the 1st is used")
        )
    if re.fullmatch(r"\d{4}", text):
        return _year_only(int(text))
    if re.fullmatch(r"\d{4,6}(\.0+)?", text):
        return parse_date(float(text), today=today)
    raise BadValueError(
        "bad_date", f"Không hiểu ngày «{text}» (dạng dd/mm/yyyy)", f"Not a date: «{text}» (use dd/mm/yyyy)"
    )


def _year_only(year: int) -> Parsed:
    if not 1900 <= year <= 2100:
        raise _impossible(str(year))
    return Parsed(
        dt.date(year, 1, 1),
        ("year_only", f"Chỉ có năm sinh {year}: lấy ngày 01/01/{year}", f"Only the year {year}: 01/01/{year} is used"),
    )


def check_birth_date(born: dt.date, today: dt.date) -> None:
    age = (today - born).days / 365.25
    if born > today or age < 15 or age > 80:
        raise BadValueError(
            "implausible_birth_date",
            f"Ngày sinh {born:%d/%m/%Y} không hợp lý (tuổi {age:.0f})",
            f"Birth date {born:%d/%m/%Y} is not plausible (age {age:.0f})",
        )


# ---------------------------------------------------------------- small vocabularies
_GENDERS = {
    "nam": Gender.MALE,
    "m": Gender.MALE,
    "male": Gender.MALE,
    "trai": Gender.MALE,
    "man": Gender.MALE,
    "nu": Gender.FEMALE,
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
_EXEMPTIONS = {
    "leader": "leader",
    "lanh dao": "leader",
    "lanh dao quan ly": "leader",
    "quan ly": "leader",
    "near_retirement": "near_retirement",
    "sap nghi huu": "near_retirement",
    "nghi huu": "near_retirement",
    "family": "family",
    "mang thai": "family",
    "nuoi con": "family",
    "con nho": "family",
    "thai san": "family",
    "nuoi con duoi 36 thang": "family",
    "illness": "illness",
    "benh": "illness",
    "dieu tri benh": "illness",
    "om dau": "illness",
    "other": "other",
    "khac": "other",
    "ly do khac": "other",
}


@lru_cache(maxsize=4096)
def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9_ ]", " ", fold(text)).split())


def parse_gender(text: str) -> Gender:
    found = _GENDERS.get(_key(text))
    if found is None:
        raise BadValueError(
            "bad_gender",
            f"Giới tính «{text}» phải là Nam hoặc Nữ",
            f"Gender «{text}» must be Nam (male) or Nữ (female)",
        )
    return found


def parse_flag(text: str) -> bool:
    key = _key(text)
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise BadValueError("bad_flag", f"«{text}» phải là x/có hoặc để trống/không", f"«{text}» must be x/yes or blank/no")


def parse_region(text: str) -> Region:
    key = _key(text)
    for region in Region:
        if key == region.value:
            return region
    if key in _REGIONS:
        return _REGIONS[key]
    raise BadValueError(
        "bad_region",
        f"Vùng «{text}» không rõ; dùng: Vùng cao, Miền núi, Đồng bằng, Ven biển, Đô thị",
        f"Unknown region «{text}»; use highland, mountain, lowland, coastal or urban",
    )


def parse_unit_kind(text: str) -> UnitKind:
    found = _KINDS.get(_key(text))
    if found is None:
        raise BadValueError(
            "bad_kind",
            f"Loại đơn vị «{text}» phải là Xã, Phường hoặc Đặc khu",
            f"Unit kind «{text}» must be xã, phường or đặc khu",
        )
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
    if key in _EXEMPTIONS:
        return _EXEMPTIONS[key]
    for words, value in _EXEMPTIONS.items():
        if len(words) > 3 and words in key:
            return value
    return "other"


def parse_number(cell: Cell, *, integer: bool = False, minimum: float | None = 0.0) -> float:
    """A number from a number cell or text that uses a decimal comma ("12,5") or point."""
    if isinstance(cell, bool):
        raise BadValueError("bad_number", f"«{cell}» không phải là số", f"«{cell}» is not a number")
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
            raise BadValueError("bad_number", f"«{cell}» không phải là số", f"«{cell}» is not a number") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise BadValueError("bad_number", f"«{cell}» không phải là số", f"«{cell}» is not a number")
    if integer and not number.is_integer():
        raise BadValueError("not_integer", f"«{cell}» phải là số nguyên", f"«{cell}» must be a whole number")
    if minimum is not None and number < minimum:
        raise BadValueError("negative", f"«{cell}» không được âm", f"«{cell}» must not be negative")
    return number


def parse_cccd(text: str) -> str:
    digits = re.sub(r"[\s.\-]", "", text)
    if digits.endswith(".0"):
        digits = digits[:-2]
    if re.fullmatch(r"\d{12}", digits):
        return digits
    if re.fullmatch(r"\d{11}", digits):  # a leading zero lost when Excel took the ID for a number
        return "0" + digits
    raise BadValueError("bad_cccd", f"Số CCCD «{text}» phải có 12 chữ số", f"Citizen ID «{text}» must have 12 digits")


# What a spreadsheet program would run as a formula (CSV/formula injection, OWASP).
FORMULA_STARTS = ("=", "+", "-", "@")


def looks_like_formula(text: str) -> bool:
    return text.lstrip().startswith(FORMULA_STARTS)


def formula_warning(text: str) -> BadValueError | None:
    """A warning for text a spreadsheet would take for a formula: the outputs print it as text, but
    a person's name is not written like that, so the officer should look at the source file."""
    if not looks_like_formula(text):
        return None
    return BadValueError(
        "looks_like_formula",
        f"«{text}» trông như công thức bảng tính; kiểm tra lại tệp nguồn (vẫn được lưu và in nguyên văn)",
        f"«{text}» looks like a spreadsheet formula; check the source file (it is kept and printed as typed)",
    )


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


def staff_id_text(cell: Cell) -> str:
    """An id typed as a number keeps no ".0"; one typed as text keeps its leading zeros."""
    return text_of(cell)[0]
