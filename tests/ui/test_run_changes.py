"""The review says what a run changed against the one before: after one rejection, a re-optimisation
changes only what must change (the rejected move goes, with its reason; everyone else keeps their
destination), and the summary line and the "Since last run" column say so."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cq2c_desktop.services.optimise import RunSummary
from cq2c_desktop.services.run_changes import GONE_REJECTED, KEPT, MOVED, NEW
from cq2c_desktop.ui.main_window import MainWindow


def _optimise(qtbot: QtBot, window: MainWindow) -> RunSummary:
    with qtbot.waitSignal(window.run_finished, timeout=60_000) as blocker:
        window.start_optimise("optimal", 60)
    assert isinstance(blocker.args[0], RunSummary)
    return blocker.args[0]


def test_after_one_rejection_a_reoptimise_changes_only_what_must_change(qtbot: QtBot, window: MainWindow) -> None:
    review = window.review_view
    first = _optimise(qtbot, window)
    assert review.changes.isHidden()  # the first run has nothing to compare with
    review.moves_view.selectRow(0)
    rejected = review.selected_moves()[0]
    review.reject_action.trigger()
    second = _optimise(qtbot, window)
    changes = review.changes.state
    assert changes.previous_run == first.run_id and review.current_run() == second.run_id
    # The rejection forbids that pair only: the person either leaves the proposal (gone, with the
    # reason) or is proposed for another post (a changed destination).
    again = [m for m in review.moves.rows() if m.staff_id == rejected.staff_id]
    if again:
        assert changes.gone == [] and again[0].to_unit_id != rejected.to_unit_id
        assert changes.kinds[again[0].id] == MOVED
    else:
        assert [g.move.staff_id for g in changes.gone] == [rejected.staff_id]
        assert changes.gone[0].reason.code == GONE_REJECTED.code
        assert rejected.full_name in review.changes.toolTip()
    new, moved, kept = changes.count(NEW), changes.count(MOVED), changes.count(KEPT)
    # Only the rejected post may be refilled, by one newcomer or by a short chain of changes.
    assert new <= 1 and moved <= 2, (new, moved)
    assert kept >= first.moves - 3 and new + moved + kept == second.moves
    line = review.changes.text()
    assert f"+{new}" in line and f"{kept}" in line.replace(".", "")
    assert ("−1" in line) == (not again)
    column = review.moves.columnCount() - 1
    shown = [review.moves.index(r, column).data() for r in range(review.moves.rowCount())]
    same = review.changes.kind_text(next(m for m in review.moves.rows() if changes.kinds[m.id] == KEPT))
    assert shown.count(same) == kept and same  # the column says it row by row
