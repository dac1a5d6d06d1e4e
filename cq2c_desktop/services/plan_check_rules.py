"""The consistency rules `cq2c check` applies to a plan's rows, each finding in plain words.

Written as plain queries over the tables (not through foreign keys), so they also find what a plan
imported or repaired with foreign keys off could hold. Personal numbers appear masked.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.services.privacy import mask_cccd
from cq2c_desktop.store.models import (
    Distance,
    Move,
    Quota,
    Run,
    Specialty,
    SpecialtyRelation,
    Staff,
    UnfilledPost,
    Unit,
)


@dataclass(frozen=True)
class Finding:
    code: str  # stable name of the rule, for scripts and tests
    message: str  # Vietnamese / English, one line


# (table, column, referenced table, Vietnamese and English wording of the row kind)
_REFERENCES: list[tuple[Any, Any, Any, str, str]] = [
    (Staff, Staff.unit_id, Unit, "cán bộ", "staff"),
    (Staff, Staff.home_unit_id, Unit, "cán bộ (nơi ở)", "staff (home unit)"),
    (Staff, Staff.specialty_id, Specialty, "cán bộ", "staff"),
    (Quota, Quota.unit_id, Unit, "biên chế", "quota"),
    (Quota, Quota.specialty_id, Specialty, "biên chế", "quota"),
    (Distance, Distance.from_unit_id, Unit, "khoảng cách", "distance"),
    (Distance, Distance.to_unit_id, Unit, "khoảng cách", "distance"),
    (SpecialtyRelation, SpecialtyRelation.related_id, Specialty, "chuyên môn liên quan", "related specialty"),
    (Move, Move.run_id, Run, "đề xuất", "move"),
    (Move, Move.staff_id, Staff, "đề xuất", "move"),
    (Move, Move.from_unit_id, Unit, "đề xuất (nơi đi)", "move (from)"),
    (Move, Move.to_unit_id, Unit, "đề xuất (nơi đến)", "move (to)"),
    (Move, Move.specialty_id, Specialty, "đề xuất", "move"),
    (UnfilledPost, UnfilledPost.run_id, Run, "vị trí chưa bổ sung", "unfilled post"),
    (UnfilledPost, UnfilledPost.unit_id, Unit, "vị trí chưa bổ sung", "unfilled post"),
]


def _key(model: Any) -> Any:
    return next(iter(model.__table__.primary_key.columns))


def orphans(conn: Connection) -> list[Finding]:
    """Rows that name a unit, specialty, person or run the plan does not have."""
    found = []
    for model, column, parent, what_vi, what_en in _REFERENCES:
        known = select(_key(parent))
        rows = conn.execute(select(_key(model), column).where(column.is_not(None), column.not_in(known))).all()
        for row_id, value in rows:
            found.append(
                Finding(
                    f"unknown_{column.key}",
                    f"{what_vi.capitalize()} {row_id}: {column.key} = {value!r} không có trong phương án / "
                    f"{what_en} {row_id}: {column.key} = {value!r} is not in the plan",
                )
            )
    return found


def _digits(cccd: str) -> str:
    # Excel turns "038190000001" into the number 38190000001: put the lost leading zeros back.
    return "".join(ch for ch in cccd if ch.isdigit()).zfill(12)


def citizen_ids(conn: Connection) -> list[Finding]:
    """Duplicate CCCD (also when Excel dropped a leading zero) and numbers that are not 12 digits."""
    owners: dict[str, list[str]] = defaultdict(list)
    found = []
    for staff_id, value in conn.execute(select(Staff.id, Staff.cccd).where(Staff.cccd.is_not(None)).order_by(Staff.id)):
        cccd = str(value)
        if not (len(cccd) == 12 and cccd.isdigit()):
            found.append(
                Finding(
                    "cccd_format",
                    f"Cán bộ {staff_id}: số CCCD {mask_cccd(cccd)} không gồm đúng 12 "
                    f"chữ số / staff {staff_id}: citizen ID is not 12 digits",
                )
            )
        owners[_digits(cccd)].append(staff_id)
    for number, ids in owners.items():
        if len(ids) > 1:
            found.append(
                Finding(
                    "cccd_duplicate",
                    f"Trùng số CCCD {mask_cccd(number)}: {', '.join(ids)} / "
                    f"the same citizen ID belongs to {', '.join(ids)}",
                )
            )
    return found


def units_without_quotas(conn: Connection) -> list[Finding]:
    """A unit with staff but no posts at all: its quota file was most likely never imported."""
    with_quota = select(Quota.unit_id).where(Quota.posts > 0)
    rows = conn.execute(
        select(Staff.unit_id, func.count())
        .where(Staff.unit_id.not_in(with_quota))
        .group_by(Staff.unit_id)
        .order_by(Staff.unit_id)
    ).all()
    return [
        Finding(
            "unit_without_quota",
            f"Đơn vị {unit} có {count} cán bộ nhưng chưa có biên chế nào / unit {unit} has {count} staff but no posts",
        )
        for unit, count in rows
    ]


class _Balance:
    """current(u,k), posts(u,k), and the match scores, as INSTANCE.md defines them."""

    def __init__(self, conn: Connection) -> None:
        self.current: Counter[tuple[str, str]] = Counter()
        for unit, spec in conn.execute(select(Staff.unit_id, Staff.specialty_id)):
            self.current[(unit, spec)] += 1
        self.posts = {(u, k): p for u, k, p in conn.execute(select(Quota.unit_id, Quota.specialty_id, Quota.posts))}
        self.related = {
            (a, b) for a, b in conn.execute(select(SpecialtyRelation.specialty_id, SpecialtyRelation.related_id))
        }

    def surplus(self, key: tuple[str, str]) -> int:
        return max(0, self.current[key] - self.posts.get(key, 0))

    def deficit(self, key: tuple[str, str]) -> int:
        return max(0, self.posts.get(key, 0) - self.current[key])

    def matches(self, post: str, holder: str) -> bool:
        return post == holder or (post, holder) in self.related


def runs_to_check(conn: Connection, run_id: int | None) -> list[int]:
    """The run asked for; else the latest run and every run with approved moves (those reach documents)."""
    if run_id is not None:
        return [run_id]
    latest = conn.scalar(select(func.max(Run.id)))
    approved = conn.scalars(select(Move.run_id).where(Move.status == MoveStatus.APPROVED.value).distinct())
    return sorted({*approved, *([latest] if latest is not None else [])})


def move_rules(conn: Connection, run_ids: list[int]) -> list[Finding]:
    """INSTANCE.md rules 1–3 for the moves of each run the officer has not rejected."""
    balance = _Balance(conn)
    people = {
        sid: (unit, spec, movable)
        for sid, unit, spec, movable in conn.execute(select(Staff.id, Staff.unit_id, Staff.specialty_id, Staff.movable))
    }
    found: list[Finding] = []
    for run_id in run_ids:
        moves = conn.execute(
            select(Move.id, Move.staff_id, Move.from_unit_id, Move.to_unit_id, Move.specialty_id)
            .where(Move.run_id == run_id, Move.status != MoveStatus.REJECTED.value)
            .order_by(Move.id)
        ).all()
        found += _rule_one(run_id, moves, people)
        found += _rules_two_three(run_id, moves, people, balance)
    return found


def _rule_one(run_id: int, moves: Sequence[Any], people: dict[str, tuple[str, str, bool]]) -> list[Finding]:
    found = []
    per_person = Counter(m.staff_id for m in moves)
    for staff_id, count in sorted(per_person.items()):
        if count > 1:
            found.append(
                Finding(
                    "rule1_twice",
                    f"Lần chạy {run_id}: cán bộ {staff_id} có {count} đề xuất điều động "
                    f"/ run {run_id}: staff {staff_id} has {count} moves",
                )
            )
    for move in moves:
        person = people.get(move.staff_id)
        if person is None:
            continue  # reported as an orphan
        if not person[2]:
            found.append(
                Finding(
                    "rule1_not_movable",
                    f"Lần chạy {run_id}, đề xuất #{move.id}: cán bộ "
                    f"{move.staff_id} không thuộc diện điều động / run {run_id}, move #{move.id}: "
                    f"staff {move.staff_id} is not movable",
                )
            )
        if person[0] != move.from_unit_id:
            found.append(
                Finding(
                    "run_stale",
                    f"Lần chạy {run_id}, đề xuất #{move.id}: cán bộ {move.staff_id} nay "
                    f"thuộc đơn vị {person[0]}, không còn ở {move.from_unit_id} (danh sách đã thay đổi "
                    f"sau lần chạy) / run {run_id}, move #{move.id}: staff {move.staff_id} is now in "
                    f"{person[0]}, not {move.from_unit_id} (the roster changed after the run)",
                )
            )
        if person[0] == move.to_unit_id:
            found.append(
                Finding(
                    "rule1_own_unit",
                    f"Lần chạy {run_id}, đề xuất #{move.id}: điều động về chính "
                    f"đơn vị đang công tác / run {run_id}, move #{move.id}: moves to the own unit",
                )
            )
    return found


def _rules_two_three(
    run_id: int, moves: Sequence[Any], people: dict[str, tuple[str, str, bool]], balance: _Balance
) -> list[Finding]:
    found = []
    leaving: Counter[tuple[str, str]] = Counter()
    filling: Counter[tuple[str, str]] = Counter()
    for move in moves:
        person = people.get(move.staff_id)
        if person is None:
            continue
        leaving[(person[0], person[1])] += 1
        filling[(move.to_unit_id, move.specialty_id)] += 1
        if not balance.matches(move.specialty_id, person[1]):
            found.append(
                Finding(
                    "rule3_specialty",
                    f"Lần chạy {run_id}, đề xuất #{move.id}: chuyên môn {person[1]} "
                    f"không phù hợp vị trí {move.specialty_id} / run {run_id}, move #{move.id}: "
                    f"specialty {person[1]} does not match a {move.specialty_id} post",
                )
            )
    for (unit, spec), count in sorted(leaving.items()):
        if count > balance.surplus((unit, spec)):
            found.append(
                Finding(
                    "rule2_surplus",
                    f"Lần chạy {run_id}: {count} người chuyên môn {spec} rời đơn vị "
                    f"{unit} nhưng chỉ dôi dư {balance.surplus((unit, spec))} / run {run_id}: {count} "
                    f"{spec} staff leave {unit}, surplus is {balance.surplus((unit, spec))}",
                )
            )
    for (unit, spec), count in sorted(filling.items()):
        if count > balance.deficit((unit, spec)):
            found.append(
                Finding(
                    "rule3_deficit",
                    f"Lần chạy {run_id}: bổ sung {count} người vị trí {spec} cho đơn "
                    f"vị {unit} nhưng chỉ thiếu {balance.deficit((unit, spec))} / run {run_id}: {count} "
                    f"{spec} posts filled at {unit}, deficit is {balance.deficit((unit, spec))}",
                )
            )
    return found
