"""Why a person's wishes were not granted: the binding reason for each wish, from the plan.

A wish is checked in a fixed order, the reasons that hold whatever the plan first, those of the
person before those of the wish (exempt, locked elsewhere, no surplus to leave from; own unit,
forbidden, region not received, no matching deficit, beyond `max_km`), then what the plan did:
the sending unit's `max_out` or its surplus used up by others, the matching posts there given to
people the objective ranks ahead (and on which level), or a post of a higher level elsewhere. A
reason that cannot hold in an optimal plan ("not_chosen") only appears for plans that are not
optimal (greedy, time limit).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

from solver.context import Context
from solver.counts import match_table
from solver.model import Staff, wish_score
from solver.plan import Move

NOT_MOVABLE = "not_movable"
LOCKED_ELSEWHERE = "locked_elsewhere"
OWN_UNIT = "own_unit"
NO_SURPLUS = "no_surplus"
FORBIDDEN = "forbidden"
REGION = "region"
NO_DEFICIT = "no_deficit"
TOO_FAR = "too_far"
MAX_OUT = "max_out"
SURPLUS_USED = "surplus_used"
POSTS_TAKEN = "posts_taken"
HIGHER_LEVEL = "higher_level"
NOT_CHOSEN = "not_chosen"

# How a person who took a post of the wished unit compares with the wisher: the objective's level
# that puts them ahead, level on everything, or behind.
AHEAD_ORDER = ("locked", "match", "wish", "kept", "nearer", "tie", "behind")


@dataclass(frozen=True, slots=True)
class WishFacts:
    rank: int
    unit: str
    reason: str
    km: float  # from the person's home to the wished unit
    also: tuple[str, ...] = ()  # further reasons of the plan that bind as well
    posts: int = 0  # matching posts short at the wished unit
    ahead: tuple[tuple[str, int], ...] = ()  # POSTS_TAKEN: who took them, by level (AHEAD_ORDER)
    moved_to: str | None = None  # where the plan sends the person instead
    level: str = ""  # HIGHER_LEVEL: "priority" or "match"
    values: tuple[float, float] = (0.0, 0.0)  # HIGHER_LEVEL: (there, at the wish)


@dataclass(frozen=True, slots=True)
class WisherFacts:
    staff: str
    unit: str
    moved_to: str | None
    granted: int | None  # the rank granted, if any
    wishes: tuple[WishFacts, ...]  # the wishes ranked before the one granted (all, if none)


class _Plan:
    """What the plan did, counted once: moves by person, out of each pair and unit, into each pair."""

    def __init__(self, ctx: Context, moves: list[Move]) -> None:
        self.by_staff = {m.staff: m for m in moves}
        self.out_pair = Counter((m.from_unit, m.staff_specialty) for m in moves)
        self.out_unit = Counter(m.from_unit for m in moves)
        self.into: dict[tuple[str, str], list[Move]] = defaultdict(list)
        for m in moves:
            self.into[m.to_unit, m.post_specialty].append(m)


def wish_facts(ctx: Context, moves: list[Move]) -> dict[str, WisherFacts]:
    """For every person with wishes: the facts of each wish up to the one granted."""
    inst = ctx.instance
    wishers = [s for s in inst.staff if s.wishes]
    if not wishers:
        return {}
    plan = _Plan(ctx, moves)
    index = ctx.table.index
    origins = np.array([index[s.home_unit] for s in wishers for _ in s.wishes], dtype=np.int64)
    dests = np.array([index[w] for s in wishers for w in s.wishes], dtype=np.int64)
    km = iter(ctx.table.pairs(origins, dests).tolist())
    judge = _Judge(ctx, plan)
    out = {}
    for person in wishers:
        move = plan.by_staff.get(person.id)
        granted = move.wish if move is not None else None
        facts = [judge.wish(person, rank, unit, next(km), move) for rank, unit in enumerate(person.wishes, 1)]
        out[person.id] = WisherFacts(
            person.id,
            person.unit,
            move.to_unit if move is not None else None,
            granted,
            tuple(facts[: granted - 1] if granted is not None else facts),
        )
    return out


class _Judge:
    def __init__(self, ctx: Context, plan: _Plan) -> None:
        inst = ctx.instance
        self.ctx, self.plan = ctx, plan
        self.units = {u.id: u for u in inst.units}
        self.locked_to = {lk.staff: lk.unit for lk in inst.locks}
        self.forbidden = {(f.staff, f.unit) for f in inst.forbidden}
        self.previous = {(p.staff, p.unit) for p in inst.previous}
        self.matches = match_table(inst)
        self._posts_of: dict[tuple[str, str], list[tuple[str, str]]] = {}

    def wish(self, person: Staff, rank: int, unit: str, km: float, move: Move | None) -> WishFacts:
        static = self._static(person, unit, km)
        if static is not None:
            return WishFacts(rank, unit, static, km)
        posts = self._posts(person, unit)
        short = sum(self.ctx.counts.deficit[pair] for pair in posts)
        taken = all(len(self.plan.into[pair]) >= self.ctx.counts.deficit[pair] for pair in posts)
        ahead = self._ahead(person, unit, km, posts) if taken else ()
        if move is not None:
            if taken:
                return WishFacts(rank, unit, POSTS_TAKEN, km, posts=short, ahead=ahead, moved_to=move.to_unit)
            return self._elsewhere(person, rank, unit, km, move, posts)
        binding = self._sending(person)
        if taken:
            binding.append(POSTS_TAKEN)
        reason = binding[0] if binding else NOT_CHOSEN
        return WishFacts(rank, unit, reason, km, tuple(binding[1:]), short, ahead)

    def _static(self, person: Staff, unit: str, km: float) -> str | None:
        """The reasons that hold whatever the plan, in the order a reader checks them."""
        policy = self.ctx.instance.policy
        locked = self.locked_to.get(person.id)
        checks = (
            (not person.movable, NOT_MOVABLE),
            (locked is not None and locked != unit, LOCKED_ELSEWHERE),
            (self.ctx.counts.surplus.get((person.unit, person.specialty), 0) == 0, NO_SURPLUS),
            (unit == person.unit, OWN_UNIT),
            ((person.id, unit) in self.forbidden, FORBIDDEN),
            (locked is None and not policy.allows_region(self.units[unit].region), REGION),
            (not self._posts(person, unit), NO_DEFICIT),
            (locked is None and policy.max_km is not None and km > policy.max_km, TOO_FAR),
        )
        return next((reason for holds, reason in checks if holds), None)

    def _posts(self, person: Staff, unit: str) -> list[tuple[str, str]]:
        """The (unit, specialty) pairs short at `unit` whose posts this person's specialty may fill."""
        key = (unit, person.specialty)
        if key not in self._posts_of:
            self._posts_of[key] = [(unit, k) for k in self.ctx.counts.matching_posts(self.matches, *key)]
        return self._posts_of[key]

    def _sending(self, person: Staff) -> list[str]:
        """Rules 5 and 2 at the person's own unit, where the plan used them up."""
        found = []
        cap = self.units[person.unit].max_out
        if cap is not None and self.plan.out_unit[person.unit] >= cap:
            found.append(MAX_OUT)
        pair = (person.unit, person.specialty)
        if self.plan.out_pair[pair] >= self.ctx.counts.surplus.get(pair, 0):
            found.append(SURPLUS_USED)
        return found

    def _ahead(self, person: Staff, unit: str, km: float, posts: list[tuple[str, str]]) -> tuple[tuple[str, int], ...]:
        """How each person who took one of these posts compares with the wisher, level by level:
        the level that puts them ahead, "tie", or "behind" (a plan that is not optimal, or a wisher
        who could not leave their unit anyway)."""
        mine_wish = wish_score(person.wish_rank(unit))
        mine_kept = int((person.id, unit) in self.previous)
        ahead: Counter[str] = Counter()
        for pair in posts:
            mine_match = self.matches[pair[1]][person.specialty]
            for t in self.plan.into[pair]:
                ahead["locked" if t.locked else _first_difference(t, mine_match, mine_wish, mine_kept, km)] += 1
        return tuple((key, ahead[key]) for key in AHEAD_ORDER if ahead[key])

    def _elsewhere(
        self, person: Staff, rank: int, unit: str, km: float, move: Move, posts: list[tuple[str, str]]
    ) -> WishFacts:
        """Moved to another unit while a matching post at the wish stayed open: the move made ranks
        higher on level 1 (priority) or level 2 (match), or the plan is not optimal."""
        there, here = self.units[move.to_unit].priority, self.units[unit].priority
        best = max(
            (
                self.matches[k][person.specialty]
                for u, k in posts
                if len(self.plan.into[u, k]) < self.ctx.counts.deficit[u, k]
            ),
            default=0.0,
        )
        if there > here:
            return WishFacts(
                rank, unit, HIGHER_LEVEL, km, moved_to=move.to_unit, level="priority", values=(there, here)
            )
        if there == here and move.match > best:
            return WishFacts(
                rank, unit, HIGHER_LEVEL, km, moved_to=move.to_unit, level="match", values=(move.match, best)
            )
        return WishFacts(rank, unit, NOT_CHOSEN, km, moved_to=move.to_unit)


def _first_difference(taker: Move, match: float, wish: int, kept: int, km: float) -> str:
    """The first level of the objective where the taker differs from the wisher (a volunteer)."""
    for theirs, mine, name in (
        (taker.match, match, "match"),
        (int(taker.volunteer), 1, "volunteer"),
        (wish_score(taker.wish), wish, "wish"),
        (int(taker.kept), kept, "kept"),
        (-round(taker.km, 3), -round(km, 3), "nearer"),  # to the metre, as moves report it
    ):
        if theirs != mine:
            return name if theirs > mine else "behind"
    return "tie"
