"""Closed vocabularies of the domain, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


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

REGION_LABELS_VI: dict[Region, str] = {
    Region.HIGHLAND: "Vùng cao",
    Region.MOUNTAIN: "Miền núi",
    Region.LOWLAND: "Đồng bằng",
    Region.COASTAL: "Ven biển",
    Region.URBAN: "Đô thị",
}

KIND_PREFIX_VI: dict[UnitKind, str] = {
    UnitKind.XA: "Xã",
    UnitKind.PHUONG: "Phường",
    UnitKind.DAC_KHU: "Đặc khu",
}

EXEMPTION_LABELS_VI: dict[Exemption, str] = {
    Exemption.LEADER: "Lãnh đạo, quản lý",
    Exemption.NEAR_RETIREMENT: "Sắp nghỉ hưu",
    Exemption.FAMILY: "Mang thai / nuôi con dưới 36 tháng",
    Exemption.ILLNESS: "Đang điều trị bệnh",
    Exemption.OTHER: "Lý do khác",
}
