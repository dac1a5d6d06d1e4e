"""Personal data masked unless switched on (and the switch on record); an append-only, exportable audit log."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from cq2c_desktop.cli import main
from cq2c_desktop.services import audit, privacy
from cq2c_desktop.services.audit import events, safe_cell
from cq2c_desktop.store.db import OpenPlan, open_plan
from cq2c_desktop.store.models import AuditAppendOnlyError, AuditEvent


@pytest.fixture
def plan(demo_plan: Path) -> Iterator[OpenPlan]:
    opened = open_plan(demo_plan)
    yield opened
    privacy.set_show_personal_data(opened, False)  # the switch is process-wide: leave it off
    opened.close()


def test_masks() -> None:
    assert privacy.mask_cccd("038190000222", show=False) == "*********222"
    assert privacy.mask_cccd("038190000222", show=True) == "038190000222"
    assert privacy.mask_cccd(None) == privacy.mask_cccd("") == ""
    assert privacy.mask_birth_date(dt.date(1990, 11, 12), show=False) == "**/**/1990"
    assert privacy.mask_birth_date(dt.date(1990, 11, 12), show=True) == "12/11/1990"
    assert privacy.mask_birth_date(None) == ""


def _last(plan: OpenPlan) -> AuditEvent:
    with plan.begin() as session:
        return session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()


def test_showing_personal_data_is_off_by_default_and_every_change_is_on_record(
    plan: OpenPlan, demo_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not privacy.showing()
    assert privacy.mask_cccd("038190000222") == "*********222"
    monkeypatch.setenv("CQ2C_USER", "chuyen-vien-a")
    assert privacy.set_show_personal_data(plan, True, reason="Đối chiếu hồ sơ gốc")
    assert privacy.showing() and privacy.mask_cccd("038190000222") == "038190000222"
    shown = _last(plan)
    assert (shown.user, shown.action, shown.details) == (
        "chuyen-vien-a",
        "personal_data_shown",
        {"reason": "Đối chiếu hồ sơ gốc"},
    )
    assert not privacy.set_show_personal_data(plan, True)  # no change, no event
    other = open_plan(demo_plan)  # a second plan opened while the data is shown hears of it too
    privacy.note_plan_opened(other)
    assert _last(other).details == {"reason": "Đối chiếu hồ sơ gốc", "carried_over": True}
    other.close()
    assert privacy.set_show_personal_data(plan, False)
    assert _last(plan).action == "personal_data_hidden"
    assert privacy.mask_birth_date(dt.date(1990, 11, 12)) == "**/**/1990"


TAMPERING: list[tuple[str, Callable[[Session, int], Any]]] = [
    ("orm update", lambda s, i: setattr(s.get(AuditEvent, i), "user", "someone else")),
    ("orm delete", lambda s, i: s.delete(s.get(AuditEvent, i))),
    ("bulk update", lambda s, i: s.execute(update(AuditEvent).where(AuditEvent.id == i).values(action="x"))),
    ("bulk delete", lambda s, i: s.execute(delete(AuditEvent).where(AuditEvent.id == i))),
    ("sql update", lambda s, i: s.execute(text("UPDATE audit_event SET user = 'x' WHERE id = :i"), {"i": i})),
    ("sql delete", lambda s, i: s.execute(text('  delete from "audit_event" WHERE id = :i'), {"i": i})),
]


@pytest.mark.parametrize("how", [name for name, _ in TAMPERING])
def test_the_audit_log_is_append_only(plan: OpenPlan, how: str) -> None:
    tamper = dict(TAMPERING)[how]
    with plan.begin() as session:
        audit.record(session, "something_done", detail=1)
    before = _last(plan)
    with pytest.raises(AuditAppendOnlyError, match="chỉ được ghi thêm"), plan.begin() as session:
        tamper(session, before.id)
        session.flush()
    after = _last(plan)
    assert (after.id, after.user, after.action, after.details) == (
        before.id,
        before.user,
        before.action,
        before.details,
    )
    with plan.begin() as session:  # appending still works
        audit.record(session, "more")
        assert session.scalar(select(func.count()).select_from(AuditEvent)) >= 2


def test_the_audit_log_on_screen_and_as_a_formula_safe_csv(
    plan: OpenPlan, demo_plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CQ2C_USER", '=HYPERLINK("http://x","click")')
    with plan.begin() as session:
        audit.record(session, "staff_edited", staff="CC1", note="+1")
    monkeypatch.setenv("CQ2C_USER", "@SUM(A1)")
    with plan.begin() as session:
        audit.record(session, "staff_edited", staff="CC2")
    assert main(["audit", str(demo_plan), "--limit", "2"]) == 0
    screen = capsys.readouterr().out
    assert "staff_edited" in screen and screen.count("\n") == 3
    out = tmp_path / "audit.csv"
    assert main(["audit", str(demo_plan), "--csv", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads Vietnamese from UTF-8 only with the mark
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    with plan.begin() as session:
        assert len(rows) == 1 + len(events(session))
    users = [r[2] for r in rows[1:]]
    assert '\'=HYPERLINK("http://x","click")' in users and "'@SUM(A1)" in users
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    assert [safe_cell(v) for v in ("-2", "+x", "\tx", "a=b", None, 5)] == ["'-2", "'+x", "'\tx", "a=b", "", "5"]
    assert main(["audit", str(demo_plan), "--action", "staff_edited", "--user", "@SUM(A1)"]) == 0
    assert capsys.readouterr().out.count("staff_edited") == 1
    assert main(["audit", str(tmp_path / "missing.cq2c")]) == 2
