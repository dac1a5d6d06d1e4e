"""The standard catalogue of commune specialties and how they may stand in for each other.

The catalogue is a default: a plan copies it and the officer edits names and match scores.
Scores follow INSTANCE.md: a specialty matches itself with 1; `related` lists the other
specialties whose holders may fill its posts, with a score in (0, 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


@dataclass(frozen=True)
class SpecialtyDef:
    id: str
    name: str
    name_en: str
    related: MappingProxyType[str, float] = field(default_factory=lambda: MappingProxyType({}))


def _spec(sid: str, name: str, name_en: str, **related: float) -> SpecialtyDef:
    return SpecialtyDef(sid, name, name_en, MappingProxyType(dict(related)))


SPECIALTIES: tuple[SpecialtyDef, ...] = (
    _spec("dat_dai", "Đất đai", "Land administration", dia_chinh=0.8, nong_nghiep=0.4),
    _spec("dia_chinh", "Địa chính", "Cadastre", dat_dai=0.8),
    _spec("quy_hoach", "Quy hoạch", "Planning", xay_dung=0.7, dat_dai=0.5),
    _spec("xay_dung", "Xây dựng", "Construction", quy_hoach=0.7),
    _spec("tai_chinh", "Tài chính - kế toán", "Finance and accounting"),
    _spec("cntt", "Công nghệ thông tin", "Information technology"),
    _spec("giao_duc", "Giáo dục", "Education management", van_hoa=0.5),
    _spec("y_te", "Y tế", "Health"),
    _spec("tu_phap", "Tư pháp - hộ tịch", "Justice and civil registry", van_phong=0.5),
    _spec("van_hoa", "Văn hóa - xã hội", "Culture and social affairs", giao_duc=0.5, tu_phap=0.3),
    _spec("nong_nghiep", "Nông nghiệp - môi trường", "Agriculture and environment", dat_dai=0.5, dia_chinh=0.4),
    _spec("van_phong", "Văn phòng - thống kê", "Office and statistics", tu_phap=0.4, van_hoa=0.3),
)

SPECIALTY_IDS: tuple[str, ...] = tuple(s.id for s in SPECIALTIES)

# Specialties the district used to provide and that the 2025 reviews found short in mountain communes.
SHORTAGE_SPECIALTIES: tuple[str, ...] = (
    "dat_dai",
    "quy_hoach",
    "xay_dung",
    "tai_chinh",
    "cntt",
    "giao_duc",
    "y_te",
)

# Posts a typical merged commune has per specialty (about 40 in all).
BASE_POSTS: MappingProxyType[str, int] = MappingProxyType(
    {
        "dat_dai": 3,
        "dia_chinh": 3,
        "quy_hoach": 2,
        "xay_dung": 3,
        "tai_chinh": 4,
        "cntt": 2,
        "giao_duc": 3,
        "y_te": 2,
        "tu_phap": 3,
        "van_hoa": 5,
        "nong_nghiep": 4,
        "van_phong": 7,
    }
)

REGIONS: tuple[str, ...] = ("mountain", "highland", "lowland", "coastal", "urban")
UNIT_KINDS: tuple[str, ...] = ("xa", "phuong", "dac_khu")

# Planning default: the higher the number, the sooner the post should be filled.
DEFAULT_PRIORITY_BY_REGION: MappingProxyType[str, int] = MappingProxyType(
    {
        "highland": 3,
        "mountain": 2,
        "lowland": 1,
        "coastal": 1,
        "urban": 1,
    }
)


def specialties_as_instance() -> list[dict[str, Any]]:
    """The catalogue in the `specialties` form of a cq2c-instance/1 document."""
    return [{"id": s.id, "name": s.name, "related": dict(s.related)} for s in SPECIALTIES]
