"""Screenshots of the forms and notices added with issue 21 at 1280×800, Vietnamese, on the demo plan.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots_edits.py [--lang vi|en] [--out docs/screenshots]

Like scripts/screenshots.py (whose helpers it uses), on the plan the app writes on first start: a
person's form (one who named ranked wishes), a unit's form, the wishes an optimisation did not grant
below its proposals, and the status-bar button that offers to reload once another officer has changed
the plan.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QSplitter
from sqlalchemy import select

from cq2c_desktop.services import audit
from cq2c_desktop.store.db import open_plan
from cq2c_desktop.store.models import Staff
from cq2c_desktop.ui.main_window import MainWindow
from scripts.screenshots import _save, _settle, _wait, demo_window
from scripts.screenshots_rounds import _shoot

OTHER_OFFICER = "truong-phong"  # the login of the head of the office, who approves


def main() -> int:
    shots = demo_window()
    app, window, out = shots.app, shots.window, shots.out
    assert window.workspace is not None
    window.tabs.setCurrentWidget(window.staff_view)
    _shoot(window.roster.person_dialog(_wisher(window)), out, "30-sua-can-bo")
    window.tabs.setCurrentWidget(window.units_view)
    window.units_view.table.selectRow(0)
    unit = window.roster.unit_dialog()
    assert unit is not None
    _shoot(unit[1], out, "31-sua-don-vi")
    window.start_optimise("optimal", 60)
    _wait(window.run_finished)
    _wishes_shot(window, out)
    _reload_shot(window, out)
    window.close()
    app.processEvents()
    return 0


def _wisher(window: MainWindow) -> str:
    """A person of the demo who named wishes, as many as anyone did."""
    assert window.workspace is not None
    with window.workspace.plan.begin() as session:
        people = session.scalars(select(Staff).where(Staff.wish_1_unit_id.is_not(None)).order_by(Staff.id)).all()
        return max(people, key=lambda s: len(s.wishes)).id


def _wishes_shot(window: MainWindow, out: Path) -> None:
    """The wishes the run did not grant, wide (the map closed, the proposals above shortened), with why
    and where each volunteer is sent instead, and the explanation of the first one beside them."""
    review = window.review_view
    window.tabs.setCurrentWidget(review)
    review.lower_tabs.setCurrentWidget(review.wishes)
    window.map_dock.hide()
    lower = review.lower_tabs.parentWidget()
    assert isinstance(lower, QSplitter) and isinstance(lower.parentWidget(), QSplitter)
    lower.setSizes([1000, 250])
    lower.parentWidget().setSizes([230, 420])  # type: ignore[union-attr]
    _settle(0.3)
    for column, width in enumerate((140, 140, 215, 335)):  # the wishes wrap into the explanation
        review.wishes.view.setColumnWidth(column, width)
    review.wishes.view.selectRow(0)
    _save(window, out, "32-nguyen-vong-khong-dap-ung")
    window.map_dock.show()


def _reload_shot(window: MainWindow, out: Path) -> None:
    """Another officer writes to the plan on a connection of their own; the window offers to reload."""
    assert window.workspace is not None
    me = os.environ.get("CQ2C_USER")
    os.environ["CQ2C_USER"] = OTHER_OFFICER
    other = open_plan(window.workspace.location)
    try:
        with other.begin() as session:
            audit.record(session, "moves_approved", moves=[])
    finally:
        other.close()
        if me is None:
            del os.environ["CQ2C_USER"]
        else:
            os.environ["CQ2C_USER"] = me
    button = window.plan_watch.button
    for _ in range(150):
        if not button.isHidden():
            break
        _settle(0.1)
    assert not button.isHidden(), "the window did not hear the other officer's change"
    window.tabs.setCurrentIndex(0)
    _save(window, out, "33-cap-nhat-tu-dong-nghiep")


if __name__ == "__main__":
    sys.exit(main())
