"""Synthetic but believable personal data for demo rosters (no real person is ever described).

Frequencies are rough public figures: Nguyễn about a third of Kinh people, Lê unusually common in
Thanh Hóa; Thái, Mường and H'Mông family names in the mountain districts. IDs follow the CCCD
layout (province, century-and-gender digit, year) with random tails, so they look right but
identify nobody.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from cq2c_desktop.domain.offices import office_for

_KINH_FAMILY = (
    ("Nguyễn", 31),
    ("Lê", 16),
    ("Trần", 9),
    ("Phạm", 7),
    ("Hoàng", 4),
    ("Vũ", 3),
    ("Đỗ", 3),
    ("Trịnh", 3),
    ("Mai", 2),
    ("Bùi", 2),
    ("Đặng", 2),
    ("Ngô", 2),
    ("Hà", 2),
    ("Hồ", 1.5),
    ("Dương", 1.5),
    ("Đinh", 1.5),
    ("Lại", 1),
    ("Phan", 1),
    ("Tạ", 0.7),
    ("Lương", 0.8),
    ("Cao", 0.8),
    ("Vương", 0.5),
    ("Tống", 0.5),
    ("Lưu", 0.6),
    ("Quách", 0.4),
)
_ETHNIC_FAMILY = {
    "Thái": (("Lò", 20), ("Hà", 20), ("Lương", 15), ("Vi", 10), ("Cầm", 8), ("Phạm", 10), ("Lữ", 5), ("Ngân", 6)),
    "Mường": (("Bùi", 30), ("Đinh", 20), ("Quách", 12), ("Hà", 12), ("Phạm", 14), ("Trương", 6)),
    "H'Mông": (("Giàng", 22), ("Thào", 18), ("Vàng", 16), ("Lầu", 12), ("Sùng", 10), ("Mùa", 10), ("Lý", 8)),
}
_MIDDLE = {
    "nam": (
        ("Văn", 45),
        ("Đức", 9),
        ("Minh", 9),
        ("Hữu", 7),
        ("Quang", 7),
        ("Xuân", 5),
        ("Ngọc", 4),
        ("Thanh", 5),
        ("Trọng", 4),
        ("Công", 5),
    ),
    "nu": (("Thị", 62), ("Ngọc", 8), ("Thu", 6), ("Thanh", 6), ("Minh", 4), ("Phương", 4), ("Hồng", 5), ("Kim", 5)),
}
_GIVEN = {
    "nam": (
        "Anh",
        "Hùng",
        "Dũng",
        "Tuấn",
        "Nam",
        "Hải",
        "Long",
        "Minh",
        "Thắng",
        "Cường",
        "Hưng",
        "Sơn",
        "Quân",
        "Trung",
        "Đức",
        "Phong",
        "Tiến",
        "Toàn",
        "Hiếu",
        "Huy",
        "Bình",
        "Khánh",
        "Lâm",
        "Thành",
        "Việt",
        "Tùng",
        "Quyết",
        "Hoàng",
        "Đạt",
        "Lực",
    ),
    "nu": (
        "Hương",
        "Lan",
        "Linh",
        "Hoa",
        "Mai",
        "Hằng",
        "Trang",
        "Thảo",
        "Nga",
        "Thủy",
        "Hà",
        "Phương",
        "Huyền",
        "Yến",
        "Ngọc",
        "Nhung",
        "Vân",
        "Hạnh",
        "Oanh",
        "Dung",
        "Loan",
        "Hiền",
        "Liên",
        "Quỳnh",
        "Giang",
        "Thơm",
        "Xuân",
        "Tâm",
        "Duyên",
        "Thúy",
    ),
}
_HMONG_GIVEN = {
    "nam": ("Chứ", "Pó", "Sình", "Dế", "Chư", "Tủa", "Xá", "Páo"),
    "nu": ("Mỷ", "Dua", "Pàng", "Sua", "Chở", "Máy", "Dợ", "Say"),
}
_ETHNICITY_BY_REGION = {
    "highland": (("Kinh", 30), ("Thái", 38), ("Mường", 20), ("H'Mông", 12)),
    "mountain": (("Kinh", 55), ("Mường", 33), ("Thái", 10), ("H'Mông", 2)),
}
_RANKS = (("Chuyên viên", 70), ("Cán sự", 18), ("Chuyên viên chính", 12))
_LEADER_TITLES = ("Trưởng phòng", "Phó Trưởng phòng", "Chánh Văn phòng", "Phó Chánh Văn phòng")


def _pick(rng: random.Random, weighted: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([w[0] for w in weighted], weights=[w[1] for w in weighted])[0]


@dataclass(frozen=True)
class Person:
    full_name: str
    gender: str
    birth_date: dt.date
    ethnicity: str
    rank: str
    position: str
    cccd: str


def _name(rng: random.Random, gender: str, ethnicity: str) -> str:
    family = _pick(rng, _KINH_FAMILY if ethnicity == "Kinh" else _ETHNIC_FAMILY[ethnicity])
    if ethnicity == "H'Mông":
        middle = "A" if gender == "nam" else "Thị"
        return f"{family} {middle} {rng.choice(_HMONG_GIVEN[gender])}"
    middle = _pick(rng, _MIDDLE[gender])
    given = rng.choice(_GIVEN[gender])
    if rng.random() < 0.12:  # a second middle name, common in recent generations
        extra = rng.choice(("Thu", "Minh", "Thanh", "Ngọc")) if gender == "nu" else rng.choice(("Minh", "Đức", "Quốc"))
        if extra not in (middle, given):
            middle = f"{middle} {extra}"
    return f"{family} {middle} {given}"


def _birth(rng: random.Random, exemption: str | None, today: dt.date) -> dt.date:
    if exemption == "near_retirement":
        age = rng.uniform(58.5, 60.5)
    elif exemption == "family":
        age = rng.uniform(25, 37)
    elif exemption == "leader":
        age = rng.uniform(35, 56)
    else:
        age = min(59.9, max(23.0, rng.gauss(38, 8)))
    return today - dt.timedelta(days=int(age * 365.25))


def _cccd(rng: random.Random, province_code: str, gender: str, birth: dt.date) -> str:
    century = 0 if birth.year < 2000 else 2
    digit = century + (1 if gender == "nu" else 0)
    return f"{province_code[-3:]:0>3}{digit}{birth.year % 100:02d}{rng.randrange(10**6):06d}"


def make_person(
    rng: random.Random,
    *,
    region: str,
    specialty: str,
    ward: bool,
    exemption: str | None,
    province_code: str = "038",
    today: dt.date = dt.date(2025, 10, 1),
) -> Person:
    """One synthetic person working in a unit of `region` with this specialty and exemption."""
    ethnicity = (
        _pick(rng, _ETHNICITY_BY_REGION[region])
        if region in _ETHNICITY_BY_REGION
        else ("Mường" if rng.random() < 0.02 else "Kinh")
    )
    gender = "nu" if exemption == "family" else ("nam" if rng.random() < 0.56 else "nu")
    birth = _birth(rng, exemption, today)
    office = office_for(specialty, ward)
    if exemption == "leader":
        title = rng.choice(_LEADER_TITLES)
        if "Văn phòng" in title and office != "Văn phòng HĐND và UBND":
            title = "Phó Trưởng phòng"
        position = f"{title} {office}" if "Văn phòng" not in title else f"{title} HĐND và UBND"
        rank = "Chuyên viên chính" if rng.random() < 0.5 else "Chuyên viên"
    else:
        rank = _pick(rng, _RANKS)
        position = f"Công chức {office}"
    return Person(
        full_name=_name(rng, gender, ethnicity),
        gender=gender,
        birth_date=birth,
        ethnicity=ethnicity,
        rank=rank,
        position=position,
        cccd=_cccd(rng, province_code, gender, birth),
    )
