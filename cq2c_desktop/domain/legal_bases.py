"""The documents a decision cites ("Căn cứ …"): plan data with a number, a date, an issuer and a title.

Numbers change with every amendment, so they live in the plan's settings, never in code. The
defaults below are those of ../shared/docs/DOMAIN.md ("Legal bases", as of late 2026). None has
been checked against the official gazette (Công báo) by us, so each starts `verified=False`; the
officer marks it verified once checked, and until then every export lists it as unverified.
Where DOMAIN gives no date or title (the amendment of Nghị định 150, the province's support
resolution), the field stays empty: the export then names it as missing instead of printing a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# What the clerk fills by hand when the officer chose to export with blanks (never a note in words).
BLANK_NUMBER = ".........."
BLANK_DATE_WORDS = "ngày ...... tháng ...... năm ......"

# Kinds cited by their title and date alone ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16
# tháng 6 năm 2025;"), as provincial decisions do; the others by number, date and issuer.
_BY_TITLE = ("Luật", "Bộ luật", "Pháp lệnh")
THANH_HOA = "Thanh Hóa"  # the bundled demo's province, whose documents the defaults name


@dataclass
class LegalBasis:
    """One cited document. `kind` "" means `title` is the whole citation, typed by the officer."""

    kind: str = ""  # "Luật", "Nghị định", "Nghị quyết", "Quyết định", "Thông tư" …
    number: str = ""  # "170/2025/NĐ-CP"
    date: str = ""  # ISO "2025-06-30"
    issuer: str = ""  # "Chính phủ", "Quốc hội", "Hội đồng nhân dân tỉnh Thanh Hóa"
    title: str = ""  # "quy định về tuyển dụng, sử dụng và quản lý công chức"
    cited: bool = True  # printed among the "Căn cứ" lines
    verified: bool = False  # checked against the official text by the officer

    @property
    def by_title(self) -> bool:
        return self.kind in _BY_TITLE

    def required(self) -> tuple[str, ...]:
        """The fields a citation of this kind cannot do without."""
        if not self.kind:
            return ("title",)
        if self.by_title:
            return ("title", "date")
        return ("number", "date", "issuer", "title")

    def missing(self) -> tuple[str, ...]:
        return tuple(name for name in self.required() if not str(getattr(self, name)).strip())

    def is_empty(self) -> bool:
        return not any(str(getattr(self, name)).strip() for name in ("number", "date", "issuer", "title"))


def parse_date(text: str) -> dt.date:
    """ "30/6/2025", "30/06/2025", "30-6-2025" or ISO "2025-06-30"; ValueError otherwise."""
    value = text.strip()
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if iso:
        return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
    dmy = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", value)
    if dmy:
        return dt.date(int(dmy[3]), int(dmy[2]), int(dmy[1]))
    words = re.fullmatch(r"(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", value, re.IGNORECASE)
    if words:
        return dt.date(int(words[3]), int(words[2]), int(words[1]))
    raise ValueError(text)


def date_words(value: dt.date) -> str:
    """ "ngày 05 tháng 02 năm 2025": Nghị định 30/2020 writes days below 10 and the months 1 and 2
    with a leading zero, and no other."""
    month = f"{value.month:02d}" if value.month < 3 else str(value.month)
    return f"ngày {value.day:02d} tháng {month} năm {value.year}"


def stored_date_words(iso: str) -> str:
    """A stored (ISO) date in words; the hand-fill blank when it is missing or unreadable."""
    try:
        return date_words(parse_date(iso)) if iso.strip() else BLANK_DATE_WORDS
    except ValueError:
        return BLANK_DATE_WORDS


def _or_blank(text: str) -> str:
    return text.strip() or BLANK_NUMBER


def reference(basis: LegalBasis) -> str:
    """The document named inside a sentence: "Nghị quyết số 34/2025/NQ-HĐND ngày … của Hội đồng
    nhân dân tỉnh Thanh Hóa" (a law: "Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025")."""
    if not basis.kind:
        return basis.title.strip()
    date = stored_date_words(basis.date)
    if basis.by_title:
        return f"{basis.kind} {_or_blank(basis.title)} {date}"
    issuer = f" của {basis.issuer.strip()}" if basis.issuer.strip() else ""
    return f"{basis.kind} số {_or_blank(basis.number)} {date}{issuer}"


def citation(basis: LegalBasis) -> str:
    """The whole "Căn cứ" line of a decision."""
    if not basis.kind or basis.by_title:
        text = reference(basis)
    else:
        title = f" {basis.title.strip()}" if basis.title.strip() else ""
        text = reference(basis) + title
    return f"Căn cứ {text.rstrip(' ;.')};"


def _law(title: str, number: str, date: str) -> LegalBasis:
    return LegalBasis(kind="Luật", number=number, date=date, issuer="Quốc hội", title=title)


def _decree(number: str, date: str, title: str) -> LegalBasis:
    return LegalBasis(kind="Nghị định", number=number, date=date, issuer="Chính phủ", title=title)


_DECREE_170_TITLE = "quy định về tuyển dụng, sử dụng và quản lý công chức"


def default_legal_bases(province: str = THANH_HOA) -> list[LegalBasis]:
    """The "Căn cứ" of a transfer decision as of late 2026 (DOMAIN.md), in the order decisions cite them."""
    committee = f"Ủy ban nhân dân tỉnh {province}".strip()
    return [
        _law("Tổ chức chính quyền địa phương", "72/2025/QH15", "2025-06-16"),
        _law("Cán bộ, công chức", "80/2025/QH15", "2025-06-24"),
        _decree("170/2025/NĐ-CP", "2025-06-30", _DECREE_170_TITLE),
        _decree(
            "300/2026/NĐ-CP",
            "2026-07-29",
            "sửa đổi, bổ sung một số điều của Nghị định số 170/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ "
            + _DECREE_170_TITLE,
        ),
        _decree(
            "150/2025/NĐ-CP",
            "2025-06-12",
            "quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương "
            "và Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc trung ương",
        ),
        # DOMAIN names the amendment but not its date: the officer enters it (or stops citing it).
        _decree(
            "370/2025/NĐ-CP",
            "",
            "sửa đổi, bổ sung một số điều của Nghị định số 150/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ",
        ),
        # The province's decision on staffing quotas: its number is the province's; not cited until entered.
        LegalBasis(kind="Quyết định", issuer=committee, title="về việc giao biên chế công chức", cited=False),
    ]


# Thanh Hóa's support resolution as the press reported it (DOMAIN.md); its date and title are not known.
_THANH_HOA_RESOLUTION_NUMBER = "34/2025/NQ-HĐND"


def default_support_resolution(province: str = THANH_HOA) -> LegalBasis:
    """The province's resolution on support for transferred staff, as far as it is known."""
    return LegalBasis(
        kind="Nghị quyết",
        number=_THANH_HOA_RESOLUTION_NUMBER if province == THANH_HOA else "",
        issuer=f"Hội đồng nhân dân tỉnh {province}" if province else "",
    )
