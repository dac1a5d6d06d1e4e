"""The plan settings: one typed record per plan, stored key by key so a new key needs no migration.

Every amount and legal reference here is data the officer edits: numbers change with each
resolution, and the defaults must be checked against the province's official texts.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass
class Policy:
    max_km: float | None = 150.0
    destination_regions: list[str] = field(default_factory=lambda: ["mountain", "highland"])
    road_factor: float = 1.3


@dataclass
class DocumentSettings:
    issuing_body_parent: str = "UBND TỈNH THANH HÓA"
    issuing_body: str = "SỞ NỘI VỤ"
    authority: str = "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"
    place: str = "Thanh Hóa"
    symbol: str = "QĐ-UBND"
    # Under "KT. CHỦ TỊCH" the deputy signs (Nghị định 30/2020/NĐ-CP); without it, "CHỦ TỊCH".
    signer_title: str = "PHÓ CHỦ TỊCH"
    signer_on_behalf: str = "KT. CHỦ TỊCH"
    signer_name: str = ""
    effective_date: str = ""
    executors: list[str] = field(
        default_factory=lambda: [
            "Chánh Văn phòng UBND tỉnh",
            "Giám đốc Sở Nội vụ",
            "Chủ tịch UBND các xã, phường có liên quan",
        ]
    )
    # The body that issues the decision, one line each; empty means "ỦY BAN NHÂN DÂN / TỈNH <province>".
    decision_body: list[str] = field(default_factory=list)
    decision_subject: str = "Về việc điều động công chức"
    proposal: str = "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số ....../TTr-SNV ngày ....../....../.........."
    recipients: list[str] = field(
        default_factory=lambda: [
            "Như Điều 3;",
            "Chủ tịch, các PCT UBND tỉnh;",
            "Lưu: VT, NC.",
        ]
    )
    list_title: str = "DANH SÁCH CÔNG CHỨC ĐƯỢC ĐIỀU ĐỘNG ĐẾN CÔNG TÁC TẠI CÁC XÃ MIỀN NÚI"
    list_signer_title: str = "GIÁM ĐỐC"
    list_signer_name: str = ""
    list_preparer_title: str = "NGƯỜI LẬP BIỂU"


@dataclass
class SupportPolicy:
    """Support for transferred staff (DOMAIN.md): a policy the user edits, never law."""

    base_salary_vnd: int = 2_340_000
    multiplier_by_region: dict[str, float] = field(default_factory=lambda: {"highland": 1.75, "mountain": 1.25})
    months: int = 36
    one_off_vnd: int = 0
    # Each band: {"from_km": 30, "to_km": 60, "monthly_vnd": 300000, "one_off_vnd": 0}; a band
    # covers from_km <= km < to_km, and a band without "to_km" has no upper end.
    travel_bands: list[dict[str, float]] = field(default_factory=list)
    resolution_ref: str = "Nghị quyết của HĐND tỉnh về chính sách hỗ trợ (cần kiểm tra số hiệu)"


DEFAULT_LEGAL_BASES: tuple[str, ...] = (
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
    "Căn cứ Luật Cán bộ, công chức số 80/2025/QH15;",
    "Căn cứ Nghị định số 170/2025/NĐ-CP của Chính phủ quy định về tuyển dụng, sử dụng và quản lý công chức;",
    "Căn cứ Nghị định số 150/2025/NĐ-CP của Chính phủ quy định tổ chức các cơ quan chuyên môn "
    "thuộc Ủy ban nhân dân cấp xã;",
)


@dataclass
class PlanSettings:
    plan_name: str = "Phương án điều động"
    province: str = "Thanh Hóa"
    policy: Policy = field(default_factory=Policy)
    documents: DocumentSettings = field(default_factory=DocumentSettings)
    support: SupportPolicy = field(default_factory=SupportPolicy)
    legal_bases: list[str] = field(default_factory=lambda: list(DEFAULT_LEGAL_BASES))

    def to_items(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_items(cls, items: dict[str, Any]) -> PlanSettings:
        settings = cls()
        nested = {"policy": Policy, "documents": DocumentSettings, "support": SupportPolicy}
        for f in fields(cls):
            if f.name not in items:
                continue
            value = items[f.name]
            if f.name in nested:
                known = {g.name for g in fields(nested[f.name])}
                value = nested[f.name](**{k: v for k, v in value.items() if k in known})
            setattr(settings, f.name, value)
        return settings


def _plain(value: Any) -> Any:
    return asdict(value) if hasattr(value, "__dataclass_fields__") else value
