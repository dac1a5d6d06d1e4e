"""Who may not be moved (Nghị định 170/2025/NĐ-CP as reported, DOMAIN.md) and when a volunteer may all the same.

The rule is code; the citation (article and wording) is plan data the officer corrects
(`PlanSettings.rules.exemptions`), marked unverified until someone has checked it against the
official text. The optimiser sees the outcome only: a person it may not propose is not movable.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cq2c_desktop.domain.enums import Exemption

# Groups the decree exempts "unless they volunteer": a volunteer of these groups may be proposed.
VOLUNTEER_OVERRIDE = frozenset({Exemption.FAMILY, Exemption.HARDSHIP})
# The decree's closed list, in the order the dialog offers it (the province's own reasons follow).
DECREE_GROUPS = (
    Exemption.DISCIPLINE,
    Exemption.ILLNESS,
    Exemption.STUDY,
    Exemption.SECONDED,
    Exemption.FAMILY,
    Exemption.HARDSHIP,
    Exemption.OTHER,
)
_DECREE = "Nghị định số 170/2025/NĐ-CP"


def allows_volunteer(exemption: str | None) -> bool:
    return exemption in {e.value for e in VOLUNTEER_OVERRIDE}


def may_move(movable: bool, exemption: str | None, volunteer: bool) -> bool:
    """Whether the optimiser and the hand change may move this person.

    An exempt person never moves, except a volunteer of a group the decree lets volunteer."""
    if exemption:
        return volunteer and allows_volunteer(exemption)
    return movable


@dataclass(frozen=True)
class ExemptionBasis:
    """Where the rules say so: an article reference and its wording, and whether someone checked it."""

    article: str
    wording: str
    verified: bool = False


# Defaults as reported in the press and official letters (DOMAIN.md); not checked against the
# decree's text, so the article is the decree alone until the officer writes the article in.
_WORDING = {
    Exemption.DISCIPLINE: "Đang trong thời gian xem xét xử lý kỷ luật, bị điều tra, truy tố, xét xử",
    Exemption.ILLNESS: "Đang điều trị bệnh hiểm nghèo hoặc bệnh cần chữa trị dài ngày",
    Exemption.STUDY: "Đang đi học tập, bồi dưỡng dài hạn",
    Exemption.SECONDED: "Đang được biệt phái",
    Exemption.FAMILY: "Đang mang thai hoặc nuôi con dưới 36 tháng tuổi (trừ trường hợp tự nguyện)",
    Exemption.HARDSHIP: "Có hoàn cảnh gia đình đặc biệt khó khăn được xác nhận (trừ trường hợp tự nguyện)",
    Exemption.OTHER: "Trường hợp khác do người đứng đầu cơ quan quyết định",
}


def default_exemption_bases() -> dict[str, dict[str, Any]]:
    return {
        reason.value: {"article": _DECREE, "wording": wording, "verified": False}
        for reason, wording in _WORDING.items()
    }


def exemption_basis(bases: dict[str, Any], exemption: str) -> ExemptionBasis | None:
    """The stored citation of one reason, else its default (None for the province's own reasons)."""
    stored = bases.get(exemption) or default_exemption_bases().get(exemption)
    if not isinstance(stored, dict):
        return None
    return ExemptionBasis(
        str(stored.get("article", "")), str(stored.get("wording", "")), bool(stored.get("verified", False))
    )


def check_bases(value: Any) -> dict[str, dict[str, Any]]:
    """A typed-in table of citations, refused (ValueError) unless it is reason → {article, wording, verified}."""
    reasons = {e.value for e in Exemption}
    if not isinstance(value, dict) or not set(value) <= reasons:
        raise ValueError(value)
    checked: dict[str, dict[str, Any]] = {}
    for reason, basis in value.items():
        if not isinstance(basis, dict) or not set(basis) <= {"article", "wording", "verified"}:
            raise ValueError(basis)
        checked[reason] = {
            "article": str(basis.get("article", "")),
            "wording": str(basis.get("wording", "")),
            "verified": bool(basis.get("verified", False)),
        }
    return checked
