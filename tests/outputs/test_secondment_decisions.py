"""A secondment's decision (Quyết định biệt phái) states its term, the return and who pays; in PDF and Word.

The fixture run has moves still proposed: three become secondments of 24 months from 01/01/2027
(the officer's per-move choice), then are approved, and the decisions are read back with poppler.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
from PySide6.QtGui import QImage
from sqlalchemy import select

from cq2c_desktop.domain.enums import MoveKind, MoveStatus
from cq2c_desktop.services.approval import approve_moves
from cq2c_desktop.services.outputs import export_decisions, export_transfers
from cq2c_desktop.services.secondments import secondments_ending, set_move_kind
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Move, Staff

from .conftest import needs_poppler, poppler

START = dt.date(2027, 1, 1)
TERM = "thời hạn 24 tháng, từ ngày 01/01/2027 đến hết ngày 31/12/2028"


def _second_three(plan: OpenPlan) -> list[str]:
    """Three proposed moves made secondments and approved; their people's names."""
    with plan.begin() as session:
        moves = list(session.scalars(select(Move).where(Move.status == MoveStatus.PROPOSED.value).order_by(Move.id)))
        chosen = [m.id for m in moves[:3]]
        names = [session.get(Staff, m.staff_id).full_name for m in moves[:3]]  # type: ignore[union-attr]
    set_move_kind(plan, chosen, MoveKind.SECONDMENT, term_months=24, start=START)
    approve_moves(plan, move_ids=chosen)
    return names


def _text(pdf: Path) -> str:
    return " ".join(poppler("pdftotext", "-enc", "UTF-8", str(pdf), "-").split())


@needs_poppler
def test_a_secondment_decision_states_its_term_the_return_and_who_pays(approved: OpenPlan, tmp_path: Path) -> None:
    names = _second_three(approved)
    out = tmp_path / "qd.pdf"
    result = export_decisions(approved, out)
    text = _text(out)
    assert "Về việc biệt phái công chức" in text and "Về việc điều động công chức" in text  # both kinds
    for name in names:
        assert f"Biệt phái ông {name}," in text or f"Biệt phái bà {name}," in text, name
        assert f"Điều động ông {name}," not in text and f"Điều động bà {name}," not in text
    assert text.count(TERM) == 3
    assert text.count("Hết thời hạn biệt phái,") == 3  # the return
    assert text.count("tiếp tục chi trả tiền lương") == 3  # who pays: the source unit
    assert text.count("Điều động ông") + text.count("Điều động bà") == result.people - 3
    # The support ends with the term (24 months) before the policy's limit (36).
    assert "trong thời gian tối đa 24 tháng" in text and "trong thời gian tối đa 36 tháng" in text
    # The page is drawn, not only written: poppler renders it to an image with ink on it.
    page = next(
        i for i, p in enumerate(poppler("pdftotext", "-enc", "UTF-8", str(out), "-").split("\f"), 1) if "Biệt phái" in p
    )
    poppler("pdftoppm", "-f", str(page), "-l", str(page), "-r", "50", "-png", str(out), str(tmp_path / "page"))
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not image.isNull() and image.width() > 300
    dark = sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixelColor(x, y).value() < 128
    )
    assert dark > 100


@needs_poppler
def test_the_collective_decisions_are_one_per_kind_with_the_terms_listed(approved: OpenPlan, tmp_path: Path) -> None:
    names = _second_three(approved)
    out = tmp_path / "qd-tap-the.pdf"
    export_decisions(approved, out, collective=True)
    text = _text(out)
    assert "Biệt phái 3 công chức" in text and "CÔNG CHỨC ĐƯỢC BIỆT PHÁI" in text
    assert "Thời hạn biệt phái" in text and text.count("24 tháng (01/01/2027 - 31/12/2028)") == 3
    assert len(names) == 3  # names wrap inside the annex's narrow cells: the terms above count them
    word = tmp_path / "qd.docx"
    export_decisions(approved, word)
    with zipfile.ZipFile(word) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    assert "Về việc biệt phái công chức" in xml and "Hết thời hạn biệt phái" in xml


def test_the_transfer_list_notes_each_secondment_with_its_term(approved: OpenPlan, tmp_path: Path) -> None:
    _second_three(approved)
    out = tmp_path / "danh-sach.xlsx"
    export_transfers(approved, out)
    cells = [str(c.value) for row in openpyxl.load_workbook(out).worksheets[0].iter_rows() for c in row if c.value]
    assert sum("Biệt phái 24 tháng (01/01/2027 - 31/12/2028)" in c for c in cells) == 3


def test_secondments_ending_soon_are_listed_by_end_date(approved: OpenPlan) -> None:
    names = _second_three(approved)
    assert [r.full_name for r in secondments_ending(approved, 3, today=dt.date(2028, 10, 15))] == sorted(names)
    assert secondments_ending(approved, 3, today=dt.date(2027, 1, 15)) == []
    ending = secondments_ending(approved, 36, today=dt.date(2027, 1, 1))
    assert {(r.start, r.end, r.term_months) for r in ending} == {(START, dt.date(2028, 12, 31), 24)}
