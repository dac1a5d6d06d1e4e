"""The wording of wishes: granted (on the move), and why a wish was not granted (Vietnamese, English)."""

from __future__ import annotations

from solver.text import REGION_VI, Names, nfc, vi_number
from solver.wishes import (
    FORBIDDEN,
    HIGHER_LEVEL,
    LOCKED_ELSEWHERE,
    MAX_OUT,
    NO_DEFICIT,
    NO_SURPLUS,
    NOT_CHOSEN,
    NOT_MOVABLE,
    OWN_UNIT,
    POSTS_TAKEN,
    REGION,
    SURPLUS_USED,
    TOO_FAR,
    WisherFacts,
    WishFacts,
)

AHEAD_VI = {
    "locked": "{n} người được cán bộ phụ trách chốt",
    "match": "{n} người đúng chuyên môn hơn",
    "wish": "{n} người có nguyện vọng xếp trên",
    "kept": "{n} người giữ theo phương án trước",
    "nearer": "{n} người ở gần hơn",
    "tie": "{n} người ngang bằng về mọi tiêu chí",
    "behind": "{n} người xếp sau theo thứ tự mục tiêu",
}
AHEAD_EN = {
    "locked": "{n} locked by the officer",
    "match": "{n} with a better specialty match",
    "wish": "{n} with a higher-ranked wish",
    "kept": "{n} kept from the previous proposal",
    "nearer": "{n} living nearer",
    "tie": "{n} level on every criterion",
    "behind": "{n} ranked behind by the objective",
}


def move_wish_sentences(facts: WisherFacts | None, names: Names, spec: str) -> tuple[list[str], list[str]]:
    """For the move of a person with wishes: which wish it grants, and why the ones ranked above it
    (or all of them, for a move to a unit they did not name) were not granted."""
    if facts is None:
        return [], []
    vi, en = [], []
    if facts.granted is not None and facts.moved_to is not None:
        unit = names.unit[facts.moved_to]
        vi.append(f"Được đáp ứng nguyện vọng {facts.granted} ({unit}).")
        en.append(f"Grants wish {facts.granted} ({unit}).")
    else:
        vi.append("Có nguyện vọng chuyển công tác.")
        en.append("Volunteered to move.")
    for ranks_vi, ranks_en, why_vi, why_en in _grouped(facts, names, spec):
        vi.append(f"{ranks_vi} không được đáp ứng: {why_vi}.")
        en.append(f"{ranks_en} not granted: {why_en}.")
    return vi, en


def _grouped(facts: WisherFacts, names: Names, spec: str) -> list[tuple[str, str, str, str]]:
    """The wishes with the same reason in one sentence: ("Nguyện vọng 1 (A), 3 (C)", ..., reason)."""
    groups: dict[tuple[str, str], list[WishFacts]] = {}
    for wish in facts.wishes:
        groups.setdefault(wish_reason(wish, facts, names, spec), []).append(wish)
    out = []
    for (why_vi, why_en), wishes in groups.items():
        listed = ", ".join(f"{w.rank} ({names.unit[w.unit]})" for w in wishes)
        out.append((f"Nguyện vọng {listed}", f"Wish {listed}", why_vi, why_en))
    return out


def not_granted_why(facts: WisherFacts, names: Names, spec: str) -> tuple[str, str]:
    """The explanation for a person none of whose wishes was granted."""
    if facts.moved_to is None:
        vi, en = ["Không được điều động."], ["Not moved."]
    else:
        unit = names.unit[facts.moved_to]
        vi, en = [f"Được điều động đến {unit}, không phải nơi đã xin."], [f"Moved to {unit}, which is not a wish."]
    for ranks_vi, ranks_en, why_vi, why_en in _grouped(facts, names, spec):
        vi.append(f"{ranks_vi}: {why_vi}.")
        en.append(f"{ranks_en}: {why_en}.")
    return nfc(" ".join(vi)), nfc(" ".join(en))


def wish_reason(wish: WishFacts, person: WisherFacts, names: Names, spec: str) -> tuple[str, str]:
    vi, en = _first_reason(wish, person, names, spec)
    for also in wish.also:
        more_vi, more_en = _first_reason(
            WishFacts(wish.rank, wish.unit, also, wish.km, (), wish.posts, wish.ahead), person, names, spec
        )
        vi += f"; ngoài ra {more_vi}"
        en += f"; also {more_en}"
    return vi, en


FIXED = {
    NOT_MOVABLE: ("thuộc diện không điều động theo quy định", "exempt from moving under the rules"),
    OWN_UNIT: ("đó là đơn vị đang công tác", "it is the person's own unit"),
    FORBIDDEN: ("cán bộ phụ trách đã loại trừ việc điều động này", "the officer ruled this move out"),
    NOT_CHOSEN: ("phương án này chưa xếp (chưa tối ưu)", "this plan did not place it (not optimal)"),
}
# {spec}: the person's specialty, {unit}: the wished unit.
TEMPLATES = {
    NO_SURPLUS: (
        "đơn vị đang công tác không dôi dư chuyên môn {spec} nên không thể cử đi",
        "their unit has no surplus of {spec}, so they cannot leave",
    ),
    NO_DEFICIT: (
        "{unit} không thiếu vị trí nào mà chuyên môn {spec} đảm nhận được",
        "{unit} is short of no post that {spec} can fill",
    ),
    SURPLUS_USED: (
        "số dôi dư chuyên môn {spec} của đơn vị đang công tác đã dành cho người khác",
        "the surplus of {spec} in their unit went to others",
    ),
}


def _first_reason(wish: WishFacts, person: WisherFacts, names: Names, spec: str) -> tuple[str, str]:
    fixed = FIXED.get(wish.reason)
    if fixed is not None:
        return fixed
    unit = names.unit[wish.unit]
    template = TEMPLATES.get(wish.reason)
    if template is not None:
        return template[0].format(spec=spec, unit=unit), template[1].format(spec=spec, unit=unit)
    return _detailed(wish, person, names, unit)


def _detailed(wish: WishFacts, person: WisherFacts, names: Names, unit: str) -> tuple[str, str]:
    if wish.reason == LOCKED_ELSEWHERE:
        there = names.unit[person.moved_to] if person.moved_to else ""
        return f"cán bộ phụ trách đã chốt điều động đến {there}", f"the officer locked a move to {there}"
    if wish.reason == REGION:
        region = names.region[wish.unit]
        return (
            f"{unit} thuộc vùng {REGION_VI.get(region, region)}, không nằm trong các vùng được nhận người",
            f"{unit} is in a {region} region, which does not receive people",
        )
    if wish.reason == TOO_FAR:
        limit = names.max_km or 0.0
        return (
            f"cách nơi ở {vi_number(wish.km)} km, vượt giới hạn {vi_number(limit)} km",
            f"{wish.km:.1f} km from home, beyond the {limit:.1f} km limit",
        )
    if wish.reason == MAX_OUT:
        return (
            "đơn vị đang công tác đã đủ số người được cử đi (max_out)",
            "their unit already sends as many people as it may (max_out)",
        )
    if wish.reason == POSTS_TAKEN:
        vi = ", ".join(AHEAD_VI[k].format(n=n) for k, n in wish.ahead)
        en = ", ".join(AHEAD_EN[k].format(n=n) for k, n in wish.ahead)
        return (
            f"các vị trí phù hợp còn thiếu tại {unit} ({wish.posts}) đã giao cho người khác: {vi}",
            f"the matching posts short at {unit} ({wish.posts}) went to others: {en}",
        )
    assert wish.reason == HIGHER_LEVEL
    there = names.unit[wish.moved_to or ""]
    if wish.level == "priority":
        a, b = int(wish.values[0]), int(wish.values[1])
        return (
            f"được xếp vào vị trí có mức ưu tiên cao hơn tại {there} ({a} so với {b})",
            f"placed on a post of higher priority at {there} ({a} against {b})",
        )
    return (
        f"được xếp vào vị trí phù hợp chuyên môn hơn tại {there} ({vi_number(wish.values[0], 2)} so với "
        f"{vi_number(wish.values[1], 2)})",
        f"placed on a better-matching post at {there} ({wish.values[0]:.2f} against {wish.values[1]:.2f})",
    )
