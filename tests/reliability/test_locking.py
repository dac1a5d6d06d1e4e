"""Two officers edit the same moves and the same people at once, on SQLite and on a real PostgreSQL.

Each officer has their own connection pool (their own `open_plan`), as two laptops on a shared plan
would. A conflict is provoked two ways:
- stale read: officer A's view shows version v, officer B changes the row, A acts on what they saw;
- a real race: both read version v, both write at the same instant (a barrier lines them up).
The loser gets a clear conflict message and nothing of theirs is written; the winner's change stays;
the loser reloads and acts again (resolved). The audit log holds both decisions: nothing is lost.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.services import review, staff
from cq2c_desktop.services.conflicts import ConflictError
from cq2c_desktop.store.db import OpenPlan, open_plan
from cq2c_desktop.store.models import AuditEvent, Move, Staff
from tests.reliability.small_plan import fill_small_plan

TALLY: Counter[str] = Counter()
ROUNDS = 4


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def shared(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, OpenPlan, OpenPlan]]:
    """A shared plan with a run, and two officers' separate connections to it."""
    target = str(tmp_path / "shared.cq2c") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    fill_small_plan(target)
    a, b = open_plan(target), open_plan(target)
    yield request.param, a, b
    a.close()
    b.close()


@pytest.fixture(scope="module", autouse=True)
def _figures() -> Iterator[None]:
    yield
    if TALLY:
        print(
            f"\nlocking: conflicts provoked {TALLY['provoked']}, resolved {TALLY['resolved']}, "
            f"changes lost {TALLY['lost']} ({dict(sorted(TALLY.items()))})"
        )


def _as(user: str, monkeypatch: pytest.MonkeyPatch, action: Callable[[], Any]) -> Any:
    monkeypatch.setenv("CQ2C_USER", user)
    return action()


def _moves(plan: OpenPlan, ids: list[int] | None = None) -> dict[int, review.MoveRow]:
    with plan.begin() as session:
        run_id = max(r.id for r in review.runs(session))
        rows = {r.id: r for r in review.move_rows(session, run_id)}
    return {i: rows[i] for i in ids} if ids is not None else rows


def _decisions(plan: OpenPlan, move_id: int) -> list[tuple[str, str]]:
    """Every decision on a move in the audit log: (user, status)."""
    with plan.begin() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "moves_reviewed").order_by(AuditEvent.id)
        )
        return [(e.user, e.details["status"]) for e in events if move_id in e.details["moves"]]


def test_a_decision_on_a_stale_view_is_refused_then_redone(
    shared: tuple[str, OpenPlan, OpenPlan], monkeypatch: pytest.MonkeyPatch
) -> None:
    backend, a, b = shared
    first, second = sorted(_moves(a))[:2]
    seen = _moves(a, [first, second])  # officer A's screen
    _as("officer-b", monkeypatch, lambda: review.set_status(b, [first], MoveStatus.ACCEPTED))
    with pytest.raises(review.MoveConflictError) as refused:
        _as(
            "officer-a",
            monkeypatch,
            lambda: review.set_status(
                a, [first, second], MoveStatus.REJECTED, expected_versions={i: r.version for i, r in seen.items()}
            ),
        )
    TALLY["provoked"] += 1
    message = str(refused.value)
    assert "Xung đột" in message and "Conflict" in message and f"#{first}" in message and "officer-b" in message
    now = _moves(a, [first, second])
    assert (now[first].status, now[first].version) == (MoveStatus.ACCEPTED.value, seen[first].version + 1)
    assert (now[second].status, now[second].version) == (seen[second].status, seen[second].version)  # all or nothing
    # A reloads, sees B's decision, and decides again on the fresh rows.
    _as(
        "officer-a",
        monkeypatch,
        lambda: review.set_status(
            a, [first, second], MoveStatus.REJECTED, expected_versions={i: r.version for i, r in now.items()}
        ),
    )
    TALLY["resolved"] += 1
    assert _decisions(a, first)[-2:] == [("officer-b", "accepted"), ("officer-a", "rejected")], backend


def _race(actions: list[Callable[[], Any]]) -> list[BaseException | Any]:
    results: list[BaseException | Any] = [None] * len(actions)

    def run(index: int) -> None:
        try:
            results[index] = actions[index]()
        except BaseException as exc:  # the loser's conflict is the result we look at
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(actions))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_two_officers_deciding_the_same_move_at_the_same_instant(
    shared: tuple[str, OpenPlan, OpenPlan], monkeypatch: pytest.MonkeyPatch
) -> None:
    backend, a, b = shared
    barrier = threading.Barrier(2, timeout=20)
    check = review.check_decision

    def lined_up(*args: Any) -> None:
        check(*args)
        barrier.wait()  # both have read the same version; now both write

    monkeypatch.setattr(review, "check_decision", lined_up)
    for move_id in sorted(_moves(a))[2 : 2 + ROUNDS]:
        barrier.reset()
        version = _moves(a, [move_id])[move_id].version
        wanted = {0: MoveStatus.ACCEPTED, 1: MoveStatus.REJECTED}
        results = _race(
            [
                lambda p=plan, s=status, m=move_id, v=version: review.set_status(p, [m], s, {m: v})
                for plan, status in ((a, wanted[0]), (b, wanted[1]))
            ]
        )
        losers = [i for i, r in enumerate(results) if isinstance(r, ConflictError)]
        assert len(losers) == 1, (backend, results)
        TALLY["provoked"] += 1
        winner, loser = 1 - losers[0], losers[0]
        after = _moves(a, [move_id])[move_id]
        assert (after.status, after.version) == (wanted[winner].value, version + 1)
        monkeypatch.setattr(review, "check_decision", check)  # the loser retries alone, on fresh rows
        review.set_status((a, b)[loser], [move_id], wanted[loser], {move_id: after.version})
        monkeypatch.setattr(review, "check_decision", lined_up)
        TALLY["resolved"] += 1
        final = _moves(a, [move_id])[move_id]
        assert (final.status, final.version) == (wanted[loser].value, version + 2)
        statuses = [s for _u, s in _decisions(a, move_id)]
        if statuses[-2:] != [wanted[winner].value, wanted[loser].value]:
            TALLY["lost"] += 1
        assert statuses[-2:] == [wanted[winner].value, wanted[loser].value]


def test_two_officers_editing_the_same_person(
    shared: tuple[str, OpenPlan, OpenPlan], monkeypatch: pytest.MonkeyPatch
) -> None:
    backend, a, b = shared
    with a.begin() as session:
        people = list(session.scalars(select(Staff.id).where(Staff.movable).order_by(Staff.id).limit(ROUNDS + 1)))
    # Stale view: B edits, A saves over what they saw.
    with a.begin() as session:
        seen = next(r for r in staff.staff_rows(session) if r.id == people[0])
    _as("officer-b", monkeypatch, lambda: staff.update_staff(b, people[0], "volunteer", not seen.volunteer))
    with pytest.raises(staff.StaffConflictError, match=r"Xung đột.*officer-b"):
        _as("officer-a", monkeypatch, lambda: staff.update_staff(a, people[0], "movable", False, seen.version))
    TALLY["provoked"] += 1
    fresh = staff.update_staff(a, people[0], "movable", False, seen.version + 1)
    TALLY["resolved"] += 1
    assert (fresh.movable, fresh.volunteer, fresh.version) == (False, False, seen.version + 2)
    # A real race on the compare-and-set.
    barrier = threading.Barrier(2, timeout=20)
    claim = staff._claim

    def lined_up(session: Any, person: Any, expected: int | None) -> None:
        barrier.wait()
        claim(session, person, expected)

    for person_id in people[1:]:
        barrier.reset()
        monkeypatch.setattr(staff, "_claim", lined_up)
        results = _race(
            [
                lambda p=plan, v=value, who=person_id: staff.update_staff(p, who, "volunteer", v)
                for plan, value in ((a, True), (b, False))
            ]
        )
        monkeypatch.setattr(staff, "_claim", claim)
        losers = [i for i, r in enumerate(results) if isinstance(r, ConflictError)]
        assert len(losers) == 1, (backend, results)
        TALLY["provoked"] += 1
        staff.update_staff((a, b)[losers[0]], person_id, "volunteer", losers[0] == 0)
        TALLY["resolved"] += 1
        with a.begin() as session:
            person = session.get(Staff, person_id)
            assert person is not None and person.volunteer == (losers[0] == 0) and person.version == 3


def test_undo_does_not_overwrite_a_later_decision(
    shared: tuple[str, OpenPlan, OpenPlan], monkeypatch: pytest.MonkeyPatch
) -> None:
    _backend, a, b = shared
    move_id = sorted(_moves(a))[-1]
    change = review.change_status(a, [move_id], MoveStatus.ACCEPTED)
    _as("officer-b", monkeypatch, lambda: review.set_status(b, [move_id], MoveStatus.LOCKED))
    with pytest.raises(review.MoveConflictError):
        review.restore_statuses(a, change.before, change.versions)
    TALLY["provoked"] += 1
    assert _moves(a, [move_id])[move_id].status == MoveStatus.LOCKED.value
    TALLY["resolved"] += 1  # nothing to redo: B's later decision stands, as the message says


def test_the_versioned_update_guards_every_writer(shared: tuple[str, OpenPlan, OpenPlan]) -> None:
    """Any ORM write of a move read at an old version fails, not only the review service's."""
    _backend, a, b = shared
    with a.sessions() as stale:
        move = stale.scalars(select(Move).order_by(Move.id).limit(1)).one()
        move_id = move.id
        review.set_status(b, [move_id], MoveStatus.LOCKED)
        move.status = MoveStatus.REJECTED.value
        with pytest.raises(Exception, match="expected to update 1 row"):
            stale.commit()
        stale.rollback()
    TALLY["provoked"] += 1
    TALLY["resolved"] += 1
    assert _moves(a, [move_id])[move_id].status == MoveStatus.LOCKED.value
