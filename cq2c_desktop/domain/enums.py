"""Closed vocabularies of the domain, stored as their string values."""

from __future__ import annotations

from enum import StrEnum

from cq2c_desktop.domain.messages import Term


class UnitKind(StrEnum):
    XA = "xa"
    PHUONG = "phuong"
    DAC_KHU = "dac_khu"


class Region(StrEnum):
    MOUNTAIN = "mountain"
    HIGHLAND = "highland"
    LOWLAND = "lowland"
    COASTAL = "coastal"
    URBAN = "urban"


class Gender(StrEnum):
    MALE = "nam"
    FEMALE = "nu"


class MoveStatus(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    LOCKED = "locked"
    APPROVED = "approved"


class Exemption(StrEnum):
    """Why a person is not movable (the rules exempt them from transfer)."""

    LEADER = "leader"
    NEAR_RETIREMENT = "near_retirement"
    FAMILY = "family"  # pregnancy or a child under 36 months
    ILLNESS = "illness"
    OTHER = "other"


# Statuses the officer has fixed: a new optimisation keeps these moves as locks.
KEPT_STATUSES = frozenset({MoveStatus.ACCEPTED, MoveStatus.LOCKED, MoveStatus.APPROVED})

# The words for the vocabularies, in both languages, in one place: documents and import templates
# print the Vietnamese, the window shows the word of its language (ui/views/__init__.py).
REGION_TERMS: dict[Region, Term] = {
    Region.HIGHLAND: Term("Vùng cao", "Highland"),
    Region.MOUNTAIN: Term("Miền núi", "Mountain"),
    Region.LOWLAND: Term("Đồng bằng", "Lowland"),
    Region.COASTAL: Term("Ven biển", "Coastal"),
    Region.URBAN: Term("Đô thị", "Urban"),
}
REGION_LABELS_VI: dict[Region, str] = {region: term.vi for region, term in REGION_TERMS.items()}

KIND_PREFIX_VI: dict[UnitKind, str] = {
    UnitKind.XA: "Xã",
    UnitKind.PHUONG: "Phường",
    UnitKind.DAC_KHU: "Đặc khu",
}

EXEMPTION_TERMS: dict[Exemption, Term] = {
    Exemption.LEADER: Term("Lãnh đạo, quản lý", "Leader or manager"),
    Exemption.NEAR_RETIREMENT: Term("Sắp nghỉ hưu", "Near retirement"),
    Exemption.FAMILY: Term("Mang thai / nuôi con dưới 36 tháng", "Pregnant or raising a child under 36 months"),
    Exemption.ILLNESS: Term("Đang điều trị bệnh", "Under medical treatment"),
    Exemption.OTHER: Term("Lý do khác", "Other reason"),
}
EXEMPTION_LABELS_VI: dict[Exemption, str] = {exemption: term.vi for exemption, term in EXEMPTION_TERMS.items()}
