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
from cq2c_desktop.domain.exemptions import may_move
from cq2c_desktop.domain.messages import Message, Term, Text
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
    message: Message  # one line


UNKNOWN_REFERENCE = Text("check_unknown_reference", "{what} {row}: {column} = {value} is not in the plan")
CCCD_FORMAT = Text("check_cccd_format", "Staff {staff}: citizen ID {cccd} is not 12 digits")
CCCD_DUPLICATE = Text("check_cccd_duplicate", "The same citizen ID {cccd} belongs to {staff}")
NO_QUOTA = Text("check_unit_without_quota", "Unit {unit} has {count} staff but no posts")
MOVED_TWICE = Text("check_moved_twice", "Run {run}: staff {staff} has {count} moves")
NOT_MOVABLE = Text("check_not_movable", "Run {run}, move #{move}: staff {staff} is not movable")
RUN_STALE = Text(
    "check_run_stale",
    "Run {run}, move #{move}: staff {staff} is now in {now}, not {before} (the roster changed after the run)",
)
OWN_UNIT = Text("check_own_unit", "Run {run}, move #{move}: moves to the person's own unit")
SPECIALTY_MISMATCH = Text(
    "check_specialty", "Run {run}, move #{move}: specialty {specialty} does not match a {post} post"
)
ABOVE_SURPLUS = Text("check_surplus", "Run {run}: {count} {specialty} staff leave {unit}, its surplus is {surplus}")
ABOVE_DEFICIT = Text("check_deficit", "Run {run}: {count} {specialty} posts filled at {unit}, its deficit is {deficit}")

# (table, column, referenced table, the row kind in both languages)
_REFERENCES: list[tuple[Any, Any, Any, Term]] = [
    (Staff, Staff.unit_id, Unit, Term("Cán bộ", "Staff")),
    (Staff, Staff.home_unit_id, Unit, Term("Cán bộ (nơi ở)", "Staff (home unit)")),
    (Staff, Staff.specialty_id, Specialty, Term("Cán bộ", "Staff")),
    (Staff, Staff.wish_1_unit_id, Unit, Term("Cán bộ (nguyện vọng 1)", "Staff (wish 1)")),
    (Staff, Staff.wish_2_unit_id, Unit, Term("Cán bộ (nguyện vọng 2)", "Staff (wish 2)")),
    (Staff, Staff.wish_3_unit_id, Unit, Term("Cán bộ (nguyện vọng 3)", "Staff (wish 3)")),
    (Quota, Quota.unit_id, Unit, Term("Biên chế", "Quota")),
    (Quota, Quota.specialty_id, Specialty, Term("Biên chế", "Quota")),
    (Distance, Distance.from_unit_id, Unit, Term("Khoảng cách", "Distance")),
    (Distance, Distance.to_unit_id, Unit, Term("Khoảng cách", "Distance")),
    (SpecialtyRelation, SpecialtyRelation.related_id, Specialty, Term("Chuyên môn liên quan", "Related specialty")),
    (Move, Move.run_id, Run, Term("Đề xuất", "Move")),
    (Move, Move.staff_id, Staff, Term("Đề xuất", "Move")),
    (Move, Move.from_unit_id, Unit, Term("Đề xuất (nơi đi)", "Move (from)")),
    (Move, Move.to_unit_id, Unit, Term("Đề xuất (nơi đến)", "Move (to)")),
    (Move, Move.specialty_id, Specialty, Term("Đề xuất", "Move")),
    (UnfilledPost, UnfilledPost.run_id, Run, Term("Vị trí chưa bổ sung", "Unfilled post")),
    (UnfilledPost, UnfilledPost.unit_id, Unit, Term("Vị trí chưa bổ sung", "Unfilled post")),
]


def _key(model: Any) -> Any:
    return next(iter(model.__table__.primary_key.columns))


def orphans(conn: Connection) -> list[Finding]:
    """Rows that name a unit, specialty, person or run the plan does not have."""
    found = []
    for model, column, parent, what in _REFERENCES:
        known = select(_key(parent))
        rows = conn.execute(select(_key(model), column).where(column.is_not(None), column.not_in(known))).all()
        for row_id, value in rows:
            found.append(
                Finding(
                    f"unknown_{column.key}",
                    UNKNOWN_REFERENCE(what=what, row=row_id, column=column.key, value=repr(value)),
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
            found.append(Finding("cccd_format", CCCD_FORMAT(staff=staff_id, cccd=mask_cccd(cccd))))
        owners[_digits(cccd)].append(staff_id)
    for number, ids in owners.items():
        if len(ids) > 1:
            found.append(Finding("cccd_duplicate", CCCD_DUPLICATE(cccd=mask_cccd(number), staff=", ".join(ids))))
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
    return [Finding("unit_without_quota", NO_QUOTA(unit=unit, count=count)) for unit, count in rows]


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
    columns = (Staff.id, Staff.unit_id, Staff.specialty_id, Staff.movable, Staff.exemption, Staff.volunteer)
    people = {  # movable as Nghị định 170 has it: a volunteer of the groups it lets volunteer may move
        sid: (unit, spec, may_move(movable, exemption, volunteer))
        for sid, unit, spec, movable, exemption, volunteer in conn.execute(select(*columns))
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
            found.append(Finding("rule1_twice", MOVED_TWICE(run=run_id, staff=staff_id, count=count)))
    for move in moves:
        person = people.get(move.staff_id)
        if person is None:
            continue  # reported as an orphan
        if not person[2]:
            found.append(Finding("rule1_not_movable", NOT_MOVABLE(run=run_id, move=move.id, staff=move.staff_id)))
        if person[0] != move.from_unit_id:
            found.append(
                Finding(
                    "run_stale",
                    RUN_STALE(run=run_id, move=move.id, staff=move.staff_id, now=person[0], before=move.from_unit_id),
                )
            )
        if person[0] == move.to_unit_id:
            found.append(Finding("rule1_own_unit", OWN_UNIT(run=run_id, move=move.id)))
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
                    SPECIALTY_MISMATCH(run=run_id, move=move.id, specialty=person[1], post=move.specialty_id),
                )
            )
    for (unit, spec), count in sorted(leaving.items()):
        if count > balance.surplus((unit, spec)):
            found.append(
                Finding(
                    "rule2_surplus",
                    ABOVE_SURPLUS(
                        run=run_id, count=count, specialty=spec, unit=unit, surplus=balance.surplus((unit, spec))
                    ),
                )
            )
    for (unit, spec), count in sorted(filling.items()):
        if count > balance.deficit((unit, spec)):
            found.append(
                Finding(
                    "rule3_deficit",
                    ABOVE_DEFICIT(
                        run=run_id, count=count, specialty=spec, unit=unit, deficit=balance.deficit((unit, spec))
                    ),
                )
            )
    return found
