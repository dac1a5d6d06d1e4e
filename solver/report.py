"""A plan with its explanations and KPIs, and its `cq2c-result/1` form."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from solver.candindex import candidate_index
from solver.context import Context
from solver.counts import Counts
from solver.facts import group_status, move_facts
from solver.kpis import KPI_KEYS, kpis, move_km, source_shares, unfilled_counts
from solver.model import RESULT_FORMAT
from solver.plan import Move, Plan
from solver.text import Names, move_why, unfilled_why
from solver.text_wishes import move_wish_sentences, not_granted_why
from solver.unfilled import UnfilledAnalysis
from solver.wishes import WishFacts, wish_facts

OPTIMAL, FEASIBLE, INVALID = "OPTIMAL", "FEASIBLE", "INVALID"


@dataclass(frozen=True)
class ExplainedMove:
    move: Move
    why: str
    why_en: str


@dataclass(frozen=True)
class UnfilledPost:
    unit: str
    specialty: str
    count: int
    reason: str
    why: str
    why_en: str


@dataclass(frozen=True)
class WishNotGranted:
    """A person with wishes none of which the plan grants, and why (the first wish first)."""

    staff: str
    unit: str
    moved_to: str | None
    wishes: tuple[WishFacts, ...]
    why: str
    why_en: str


@dataclass(frozen=True)
class Result:
    status: str
    moves: tuple[ExplainedMove, ...] = ()
    unfilled: tuple[UnfilledPost, ...] = ()
    kpis: dict[str, Any] = field(default_factory=dict)
    sources: tuple[dict[str, Any], ...] = ()  # fairness: moves out of each source unit
    seconds: float = 0.0
    errors: tuple[str, ...] = ()
    proven_levels: int = 0
    wishes_not_granted: tuple[WishNotGranted, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "format": RESULT_FORMAT,
            "status": self.status,
            "moves": [_move_dict(m) for m in self.moves],
            "unfilled": [
                {
                    "unit": u.unit,
                    "specialty": u.specialty,
                    "count": u.count,
                    "why": u.why,
                    "why_en": u.why_en,
                    "reason": u.reason,
                }
                for u in self.unfilled
            ],
            "wishes_not_granted": [_not_granted_dict(w) for w in self.wishes_not_granted],
            "kpis": dict(self.kpis),
            "fairness": {"sources": [dict(s) for s in self.sources]},
            "proven_levels": self.proven_levels,
            "seconds": round(self.seconds, 3),
        }
        if self.errors:
            doc["errors"] = list(self.errors)
        return doc


def _move_dict(item: ExplainedMove) -> dict[str, Any]:
    m = item.move
    return {
        "staff": m.staff,
        "from": m.from_unit,
        "to": m.to_unit,
        "specialty": m.post_specialty,
        "km": move_km(m),
        "match": m.match,
        "volunteer": m.volunteer,
        "locked": m.locked,
        "wish": m.wish,
        "kept": m.kept,
        "why": item.why,
        "why_en": item.why_en,
    }


def _not_granted_dict(item: WishNotGranted) -> dict[str, Any]:
    return {
        "staff": item.staff,
        "unit": item.unit,
        "moved_to": item.moved_to,
        "reason": item.wishes[0].reason if item.wishes else "",
        "wishes": [{"rank": w.rank, "unit": w.unit, "reason": w.reason, "also": list(w.also)} for w in item.wishes],
        "why": item.why,
        "why_en": item.why_en,
    }


def names_of(ctx: Context) -> Names:
    inst = ctx.instance
    return Names(
        {u.id: u.name for u in inst.units},
        {u.id: u.region for u in inst.units},
        {s.id: s.name for s in inst.specialties},
        inst.policy.max_km,
        inst.policy.destination_regions,
    )


def build_result(ctx: Context, plan: Plan, status: str, seconds: float) -> Result:
    moves = list(plan.moves)
    index = candidate_index(ctx.net)
    status_by_group = group_status(ctx.instance, ctx.counts, ctx.net, moves)
    names = names_of(ctx)
    facts = move_facts(index, ctx.net, status_by_group, ctx.instance, moves)
    wishers = wish_facts(ctx, moves)
    spec_of = {s.id: names.specialty[s.specialty] for s in ctx.instance.staff if s.wishes}
    explained = tuple(
        ExplainedMove(
            m, *move_why(m, f, names, move_wish_sentences(wishers.get(m.staff), names, spec_of.get(m.staff, "")))
        )
        for m, f in zip(moves, facts, strict=True)
    )
    not_granted = tuple(
        WishNotGranted(w.staff, w.unit, w.moved_to, w.wishes, *not_granted_why(w, names, spec_of[w.staff]))
        for w in wishers.values()
        if w.granted is None
    )
    analysis = UnfilledAnalysis(ctx.instance, ctx.counts, ctx.net, index, status_by_group, ctx.table, moves)
    unfilled = []
    for (unit, spec), n in unfilled_counts(ctx.counts, moves).items():
        fact = analysis.facts(unit, spec, n)
        unfilled.append(UnfilledPost(unit, spec, n, fact.reason, *unfilled_why(fact, names)))
    return Result(
        status,
        explained,
        tuple(unfilled),
        kpis(ctx.instance, ctx.counts, moves),
        tuple(source_shares(ctx.counts, moves)),
        seconds,
        (),
        plan.proven_levels,
        not_granted,
    )


def invalid_result(errors: list[str], seconds: float, counts: Counts | None = None) -> Result:
    """No plan: every KPI is zero except the posts short, when the counts are known."""
    figures: dict[str, Any] = dict.fromkeys(KPI_KEYS, 0)
    figures.update(match_sum=0.0, total_km=0.0, mean_km=0.0, max_km=0.0)  # the floats of a real plan
    if counts is not None:
        figures["posts_short"] = sum(counts.deficit.values())
    return Result(INVALID, kpis=figures, seconds=seconds, errors=tuple(errors))
