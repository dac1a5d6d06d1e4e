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
    """Why a person is not movable. The groups of Nghị định 170/2025/NĐ-CP come first (domain/exemptions.py
    says which allow a volunteer to be moved all the same); leaders and those near retirement are the
    province's own rules, kept from plans written before."""

    DISCIPLINE = "discipline"  # under discipline or investigation
    ILLNESS = "illness"  # treating a serious illness
    STUDY = "study"  # in long-term study
    SECONDED = "seconded"  # already seconded elsewhere
    FAMILY = "family"  # pregnant or raising a child under 36 months
    HARDSHIP = "hardship"  # certified family hardship
    OTHER = "other"  # at the head's discretion
    LEADER = "leader"
    NEAR_RETIREMENT = "near_retirement"


class MoveKind(StrEnum):
    """What a move is in law: a transfer for good, or a secondment for a term (biệt phái)."""

    TRANSFER = "transfer"
    SECONDMENT = "secondment"


class NeedMeasure(StrEnum):
    """How a post that transfer could not fill is to be filled (the central steering committee's measures)."""

    RECRUITMENT = "recruitment"
    ROTATION = "rotation"
    CONTRACT = "contract"
    TRANSFER = "transfer"  # a later round of ours


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
    Exemption.DISCIPLINE: Term("Đang bị xem xét kỷ luật, điều tra", "Under discipline or investigation"),
    Exemption.ILLNESS: Term("Đang điều trị bệnh hiểm nghèo", "Treating a serious illness"),
    Exemption.STUDY: Term("Đang đi học dài hạn", "In long-term study"),
    Exemption.SECONDED: Term("Đang được biệt phái", "Already seconded"),
    Exemption.FAMILY: Term("Mang thai / nuôi con dưới 36 tháng", "Pregnant or raising a child under 36 months"),
    Exemption.HARDSHIP: Term("Hoàn cảnh gia đình đặc biệt khó khăn", "Certified family hardship"),
    Exemption.OTHER: Term("Lý do khác (người đứng đầu quyết định)", "Other reason (the head's discretion)"),
    Exemption.LEADER: Term("Lãnh đạo, quản lý", "Leader or manager"),
    Exemption.NEAR_RETIREMENT: Term("Sắp nghỉ hưu", "Near retirement"),
}
MOVE_KIND_TERMS: dict[MoveKind, Term] = {
    MoveKind.TRANSFER: Term("Điều động", "Transfer"),
    MoveKind.SECONDMENT: Term("Biệt phái", "Secondment"),
}
MEASURE_TERMS: dict[NeedMeasure, Term] = {
    NeedMeasure.RECRUITMENT: Term("Tuyển dụng", "Recruitment"),
    NeedMeasure.ROTATION: Term("Luân chuyển", "Rotation"),
    NeedMeasure.CONTRACT: Term("Hợp đồng lao động", "Labour contract"),
    NeedMeasure.TRANSFER: Term("Điều động (đợt sau)", "Transfer (a later round)"),
}
STATUS_TERMS: dict[MoveStatus, Term] = {
    MoveStatus.PROPOSED: Term("Đề xuất", "Proposed"),
    MoveStatus.ACCEPTED: Term("Đã chấp nhận", "Accepted"),
    MoveStatus.REJECTED: Term("Đã loại", "Rejected"),
    MoveStatus.LOCKED: Term("Đã khóa", "Locked"),
    MoveStatus.APPROVED: Term("Đã phê duyệt", "Approved"),
}


def status_term(status: str) -> Term | str:
    """A proposal's status as a word in both languages (a message field renders it in its own)."""
    return STATUS_TERMS.get(MoveStatus(status), status) if status in {s.value for s in MoveStatus} else status


EXEMPTION_LABELS_VI: dict[Exemption, str] = {exemption: term.vi for exemption, term in EXEMPTION_TERMS.items()}
