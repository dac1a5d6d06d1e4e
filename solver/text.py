"""The wording of explanations: Vietnamese (`why`, NFC) and English (`why_en`) from the same facts."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from solver.facts import MoveFacts
from solver.plan import Move
from solver.unfilled import CAPPED, FORBIDDEN, NO_HOLDER, NOT_REACHED, OUT_OF_RANGE, REGION, UnfilledFacts

REGION_VI = {
    "mountain": "miền núi",
    "highland": "vùng cao",
    "lowland": "đồng bằng",
    "coastal": "ven biển",
    "urban": "đô thị",
}


@dataclass(frozen=True)
class Names:
    """Display names for units and specialties, and the policy the texts refer to."""

    unit: dict[str, str]
    region: dict[str, str]
    specialty: dict[str, str]
    max_km: float | None
    regions: frozenset[str] | None


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def vi_number(value: float, decimals: int = 1) -> str:
    """Vietnamese decimal comma: 23,4."""
    return f"{value:.{decimals}f}".replace(".", ",")


def _parts(items: list[tuple[int, str]]) -> list[str]:
    return [text.format(n=n) for n, text in items if n]


def move_why(
    move: Move, facts: MoveFacts, names: Names, wishes: tuple[list[str], list[str]] = ([], [])
) -> tuple[str, str]:
    """`wishes`: sentences on the person's wishes (solver.text_wishes), placed after the facts of
    levels 1-3, in the order of the objective."""
    vi: list[str] = []
    en: list[str] = []
    post, own = names.specialty[move.post_specialty], names.specialty[move.staff_specialty]
    dest = names.unit[move.to_unit]
    if move.locked:
        vi.append("Cán bộ phụ trách đã chốt (khóa) việc điều động này.")
        en.append("The officer locked this move.")
        vi_out, en_out = _beyond_policy(move, names)
        vi += vi_out
        en += en_out
    if move.staff_specialty == move.post_specialty:
        vi.append(f"Đúng chuyên môn {post}.")
        en.append(f"Exact specialty: {post}.")
    else:
        vi.append(f"Chuyên môn {own} được chấp nhận cho vị trí {post} (mức phù hợp {vi_number(move.match, 2)}).")
        en.append(f"Related specialty: {own} may fill a {post} post (match {move.match:.2f}).")
    where_vi, where_en = _home_distance(move, dest)
    if facts.candidates <= 1:
        vi.append(f"{where_vi}; là người đủ điều kiện duy nhất cho vị trí này.")
        en.append(f"{where_en}; the only eligible candidate for this post.")
    else:
        vi.append(f"{where_vi}, gần thứ {facts.rank} trong {facts.candidates} người đủ điều kiện cho vị trí này.")
        en.append(f"{where_en}, nearest no. {facts.rank} of the {facts.candidates} eligible candidates for this post.")
    if facts.rank > 1:
        vi_n, en_n = _nearer(facts)
        vi.append(vi_n)
        en.append(en_n)
    if move.volunteer and not wishes[0]:
        vi.append("Có nguyện vọng chuyển công tác.")
        en.append("Volunteered to move.")
    vi += wishes[0]
    en += wishes[1]
    if move.kept:
        vi.append("Giữ nguyên như phương án trước.")
        en.append("Kept from the previous proposal.")
    return nfc(" ".join(vi)), nfc(" ".join(en))


def _home_distance(move: Move, dest: str) -> tuple[str, str]:
    if move.km < 0.05:
        return f"Nơi ở ngay tại {dest} (0 km)", f"Lives in {dest} (0 km)"
    return f"Nơi ở cách {dest} {vi_number(move.km)} km", f"Lives {move.km:.1f} km from {dest}"


def _beyond_policy(move: Move, names: Names) -> tuple[list[str], list[str]]:
    vi, en = [], []
    if names.max_km is not None and move.km > names.max_km:
        vi.append(f"Vượt giới hạn {vi_number(names.max_km)} km của chính sách.")
        en.append(f"Beyond the policy's {names.max_km:.1f} km limit.")
    if names.regions is not None and names.region[move.to_unit] not in names.regions:
        vi.append("Đơn vị nhận nằm ngoài các vùng nhận người theo chính sách.")
        en.append("The destination is outside the policy's receiving regions.")
    return vi, en


def _nearer(facts: MoveFacts) -> tuple[str, str]:
    nearer = facts.rank - 1
    vi = _parts(
        [
            (facts.nearer_moved, "{n} người đã được điều động"),
            (facts.nearer_blocked, "{n} người thuộc đơn vị đã điều động hết số dôi dư"),
            (facts.nearer_capped, "{n} người thuộc đơn vị đã đủ số người được cử đi"),
            (facts.nearer_less_suited, "{n} người kém phù hợp hơn (chuyên môn, nguyện vọng hoặc phương án trước)"),
            (facts.nearer_other, "{n} người khác chưa được chọn"),
        ]
    )
    en = _parts(
        [
            (facts.nearer_moved, "{n} moved"),
            (facts.nearer_blocked, "{n} from units whose surplus is used up"),
            (facts.nearer_capped, "{n} from units that reached their sending limit (max_out)"),
            (facts.nearer_less_suited, "{n} less suited (match, volunteering, wishes or the previous proposal)"),
            (facts.nearer_other, "{n} not chosen"),
        ]
    )
    return (f"Trong {nearer} người ở gần hơn: {', '.join(vi)}.", f"Of the {nearer} nearer candidates: {', '.join(en)}.")


def unfilled_why(facts: UnfilledFacts, names: Names) -> tuple[str, str]:
    vi, en = _unfilled_texts(facts, names)
    return nfc(vi), nfc(en)


def _unfilled_texts(facts: UnfilledFacts, names: Names) -> tuple[str, str]:
    spec, unit = names.specialty[facts.specialty], names.unit[facts.unit]
    if facts.reason == REGION:
        region = names.region[facts.unit]
        return (
            f"{unit} thuộc vùng {REGION_VI.get(region, region)}, không nằm trong các vùng được nhận "
            "người theo chính sách.",
            f"{unit} is in a {region} region, which the policy does not send people to.",
        )
    if facts.reason == NO_HOLDER:
        return (
            f"Không có công chức dôi dư nào có thể điều động thuộc chuyên môn {spec} hoặc chuyên môn gần.",
            f"No movable surplus holder of {spec} or a related specialty anywhere.",
        )
    if facts.reason in (OUT_OF_RANGE, FORBIDDEN, CAPPED):
        return _out_of_reach(facts, names, spec)
    return _taken(facts)


def _out_of_reach(facts: UnfilledFacts, names: Names, spec: str) -> tuple[str, str]:
    nearest = facts.nearest_km or 0.0
    if facts.reason == OUT_OF_RANGE and names.max_km is not None:
        return (
            f"Có {facts.holders} công chức dôi dư phù hợp (chuyên môn {spec} hoặc gần) nhưng không ai "
            f"ở trong phạm vi {vi_number(names.max_km)} km (gần nhất {vi_number(nearest)} km).",
            f"{facts.holders} surplus holders of {spec} or a related specialty, none within "
            f"{names.max_km:.1f} km (nearest {nearest:.1f} km).",
        )
    if facts.reason == CAPPED:
        others = facts.in_range > facts.capped
        return (
            f"Có {facts.holders} công chức dôi dư phù hợp nhưng {facts.capped} người trong phạm vi thuộc đơn vị "
            "đã đủ số người được cử đi (max_out)"
            + (", số còn lại bị cán bộ phụ trách loại trừ khỏi đơn vị này." if others else "."),
            f"{facts.holders} surplus holders match, but {facts.capped} within range are in units that "
            "reached their sending limit (max_out)" + (" and the officer ruled out the others." if others else "."),
        )
    return (
        f"Có {facts.holders} công chức dôi dư phù hợp nhưng những người trong phạm vi đều đã bị "
        "cán bộ phụ trách loại trừ khỏi đơn vị này.",
        f"{facts.holders} surplus holders match, but the officer ruled out every one within range.",
    )


def _taken(facts: UnfilledFacts) -> tuple[str, str]:
    vi = _parts(
        [
            (facts.higher, "{n} người cho vị trí có mức ưu tiên cao hơn"),
            (facts.equal, "{n} người cho vị trí cùng mức ưu tiên ở nơi khác"),
            (facts.here, "{n} người cho chính các vị trí này"),
            (facts.lower, "{n} người cho vị trí có mức ưu tiên thấp hơn"),
            (facts.blocked, "{n} người không thể đi vì đơn vị của họ đã điều động hết số dôi dư"),
            (facts.capped, "{n} người không thể đi vì đơn vị của họ đã đủ số người được cử đi (max_out)"),
        ]
    )
    en = _parts(
        [
            (facts.higher, "{n} to posts of higher priority"),
            (facts.equal, "{n} to posts of equal priority elsewhere"),
            (facts.here, "{n} to these same posts"),
            (facts.lower, "{n} to posts of lower priority"),
            (facts.blocked, "{n} cannot leave because their unit's surplus is used up"),
            (facts.capped, "{n} cannot leave because their unit reached its sending limit (max_out)"),
        ]
    )
    if facts.reason == NOT_REACHED:
        vi.append(f"{facts.free} người còn có thể điều động nhưng phương án chưa xếp (chưa tối ưu)")
        en.append(f"{facts.free} could still move but this plan did not place them (not optimal)")
        return (
            f"Có {facts.candidates} ứng viên khả thi: {'; '.join(vi)}.",
            f"{facts.candidates} feasible candidates: {'; '.join(en)}.",
        )
    return (
        f"Cả {facts.candidates} ứng viên khả thi đều đã được dùng: {'; '.join(vi)}.",
        f"All {facts.candidates} feasible candidates were needed: {'; '.join(en)}.",
    )
