"""The plan settings: one typed record per plan, stored key by key so a new key needs no migration.

Every amount and legal reference here is data the officer edits: numbers change with each
resolution, and the defaults must be checked against the province's official texts. A stored
record older than SETTINGS_VERSION is brought up to date as it is read (settings_upgrade.py).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from cq2c_desktop.domain.exemptions import default_exemption_bases
from cq2c_desktop.domain.legal_bases import (
    THANH_HOA,
    LegalBasis,
    default_legal_bases,
    default_support_resolution,
)
from cq2c_desktop.domain.settings_upgrade import SETTINGS_VERSION, upgrade_items


@dataclass
class Policy:
    max_km: float | None = 150.0
    destination_regions: list[str] = field(default_factory=lambda: ["mountain", "highland"])
    road_factor: float = 1.3
    # The sending quota (INSTANCE.md 1.1 `max_out`): at most this share of a unit's staff (in %,
    # rounded down) and at most this many people leave one unit; None: no such cap.
    send_share_percent: float | None = None
    send_cap: int | None = None


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
    # ISO date the transfer takes effect; empty: "kể từ ngày Quyết định này có hiệu lực thi hành".
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
    # "Theo đề nghị của <proposal_by> tại Tờ trình số <number> <date>."; no such line when proposal_by is empty.
    proposal_by: str = "Giám đốc Sở Nội vụ"
    proposal_number: str = ""  # "125/TTr-SNV"
    proposal_date: str = ""  # ISO
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
    list_preparer_name: str = ""


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
    # The province's resolution this policy comes from: cited in Điều 2 (and among the "Căn cứ").
    resolution: LegalBasis = field(default_factory=default_support_resolution)


@dataclass
class RoundRules:
    """The rules of a redeployment round: what a new move is by default, a secondment's term, and
    where the exemptions are written (reason → article, wording, verified; domain/exemptions.py)."""

    move_kind: str = "transfer"
    secondment_months: int = 36
    exemptions: dict[str, dict[str, Any]] = field(default_factory=default_exemption_bases)


@dataclass
class PlanSettings:
    plan_name: str = "Phương án điều động"
    province: str = "Thanh Hóa"
    policy: Policy = field(default_factory=Policy)
    documents: DocumentSettings = field(default_factory=DocumentSettings)
    support: SupportPolicy = field(default_factory=SupportPolicy)
    legal_bases: list[LegalBasis] = field(default_factory=default_legal_bases)
    rules: RoundRules = field(default_factory=RoundRules)
    settings_version: int = SETTINGS_VERSION

    def __post_init__(self) -> None:
        # The defaults name Thanh Hóa's documents; another province starts from its own bodies.
        if self.province != THANH_HOA:
            if self.support.resolution == default_support_resolution(THANH_HOA):
                self.support.resolution = default_support_resolution(self.province)
            if self.legal_bases == default_legal_bases(THANH_HOA):
                self.legal_bases = default_legal_bases(self.province)

    def to_items(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_items(cls, items: dict[str, Any]) -> PlanSettings:
        """The settings from their stored items; unknown keys are ignored, missing ones take defaults."""
        items = upgrade_items(items)
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name in items:
                values[f.name] = items[f.name]
        records = (
            ("policy", Policy),
            ("documents", DocumentSettings),
            ("support", SupportPolicy),
            ("rules", RoundRules),
        )
        for name, kind in records:
            if isinstance(values.get(name), dict):
                values[name] = _record(kind, values[name])
        if isinstance(values.get("legal_bases"), list):
            values["legal_bases"] = [
                _record(LegalBasis, item) for item in values["legal_bases"] if isinstance(item, dict)
            ]
        values["settings_version"] = SETTINGS_VERSION
        return cls(**values)


def _record(kind: Any, items: dict[str, Any]) -> Any:
    known = {f.name for f in fields(kind)}
    values = {k: v for k, v in items.items() if k in known}
    if kind is SupportPolicy and isinstance(values.get("resolution"), dict):
        values["resolution"] = _record(LegalBasis, values["resolution"])
    return kind(**values)


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return asdict(value) if hasattr(value, "__dataclass_fields__") else value
