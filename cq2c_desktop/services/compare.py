"""Two runs side by side: their figures, and who moves differently."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.services.review import NO_SUCH_RUN, MoveRow, move_rows
from cq2c_desktop.store.models import Run

COMPARED_KPIS = ("filled", "posts_short", "priority_filled", "match_sum", "volunteers", "total_km", "mean_km", "max_km")


@dataclass(frozen=True)
class MoveDifference:
    staff_id: str
    full_name: str
    in_a: MoveRow | None
    in_b: MoveRow | None

    @property
    def kind(self) -> str:
        if self.in_a is None:
            return "only_b"
        if self.in_b is None:
            return "only_a"
        return "changed"


@dataclass(frozen=True)
class RunComparison:
    run_a: int
    run_b: int
    kpis: list[tuple[str, Any, Any]]
    differences: list[MoveDifference]
    same: int


def _active(rows: list[MoveRow]) -> dict[str, MoveRow]:
    return {r.staff_id: r for r in rows if r.status != MoveStatus.REJECTED.value}


def compare_runs(session: Session, run_a: int, run_b: int) -> RunComparison:
    a, b = session.get(Run, run_a), session.get(Run, run_b)
    if a is None or b is None:
        raise ServiceError(NO_SUCH_RUN(run=run_a if a is None else run_b))
    moves_a, moves_b = _active(move_rows(session, run_a)), _active(move_rows(session, run_b))
    kpis = [(k, a.kpis.get(k), b.kpis.get(k)) for k in COMPARED_KPIS]
    differences = []
    same = 0
    for staff in sorted(set(moves_a) | set(moves_b)):
        ra, rb = moves_a.get(staff), moves_b.get(staff)
        if ra is not None and rb is not None and (ra.to_unit_id, ra.specialty_id) == (rb.to_unit_id, rb.specialty_id):
            same += 1
            continue
        name = (ra or rb).full_name  # type: ignore[union-attr]
        differences.append(MoveDifference(staff, name, ra, rb))
    return RunComparison(run_a, run_b, kpis, differences, same)
