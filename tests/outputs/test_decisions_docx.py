"""Decision drafts as Word documents, read back with python-docx: real tables, styles and fonts."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from cq2c_desktop.io.documents_docx_styles import BODY, FONT, STYLE_NAMES, TITLE
from cq2c_desktop.services.outputs import export_decisions
from cq2c_desktop.store.db import OpenPlan

from .conftest import APPROVED
from .test_export_transfers import _approved_people


def _mm(length: int | None) -> float:
    assert length is not None
    return round(length / Mm(1), 1)


def test_individual_decisions_read_back(approved: OpenPlan, approved_plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "qd.docx"
    export_decisions(approved, out)
    doc = Document(str(out))
    assert len(doc.sections) == APPROVED
    first = doc.sections[0]
    assert (_mm(first.page_width), _mm(first.page_height)) == (210.0, 297.0)
    assert (_mm(first.top_margin), _mm(first.bottom_margin), _mm(first.left_margin), _mm(first.right_margin)) == (
        20.0,
        20.0,
        30.0,
        15.0,
    )
    assert first.different_first_page_header_footer
    assert "PAGE" in "".join(t.text or "" for t in first.header._element.iter(qn("w:instrText")))

    header = doc.tables[0]
    assert len(header.columns) == 2 and len(header.rows) == 1
    left, right = (cell.text for cell in header.rows[0].cells)
    assert left.startswith("ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA") and "Số: ........../QĐ-UBND" in left
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right and "Độc lập - Tự do - Hạnh phúc" in right
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert borders is not None and {b.get(qn("w:val")) for b in borders} == {"nil"}

    text = "\n".join(p.text for p in doc.paragraphs)
    assert text.count("QUYẾT ĐỊNH:") == APPROVED and text.count("Điều 1.") == APPROVED
    for name, _cccd, _region in _approved_people(approved_plan):
        assert f"ông {name}," in text or f"bà {name}," in text
    article = next(p for p in doc.paragraphs if p.text.startswith("Điều 1."))
    title = next(p for p in doc.paragraphs if p.text == "QUYẾT ĐỊNH")
    assert article.style is not None and title.style is not None
    assert article.style.style_id == BODY and article.runs[0].bold and article.runs[0].text == "Điều 1. "
    assert title.style.style_id == TITLE
    closing = doc.tables[1].rows[0].cells
    assert closing[0].text.startswith("Nơi nhận:") and closing[1].text.startswith("KT. CHỦ TỊCH")


def test_styles_use_times_new_roman(approved: OpenPlan, tmp_path: Path) -> None:
    out = tmp_path / "qd.docx"
    export_decisions(approved, out)
    styles = Document(str(out)).styles
    normal = styles["Normal"]
    assert normal.font.name == FONT and normal.font.size == Pt(13)
    for style_id, name in STYLE_NAMES.items():
        style = styles[name]
        assert style.style_id == style_id and style.font.name == FONT
        fonts = style.element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:hAnsi")) == FONT  # the slot Word uses for Vietnamese letters
        assert 11 <= style.font.size.pt <= 14
    assert styles[STYLE_NAMES[TITLE]].font.bold and styles[STYLE_NAMES[TITLE]].font.size == Pt(14)


def test_collective_decision_with_its_annex(approved: OpenPlan, approved_plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "qd_chung.docx"
    export_decisions(approved, out, collective=True)
    doc = Document(str(out))
    assert len(doc.sections) == 2
    annex_section = doc.sections[1]
    assert _mm(annex_section.page_width) == 297.0 and _mm(annex_section.page_height) == 210.0
    annex = doc.tables[-1]
    assert [c.text for c in annex.rows[0].cells][:3] == ["STT", "Họ và tên", "Ngày sinh"]
    assert len(annex.rows) == APPROVED + 3  # header, column numbers, people, total
    for header in annex.rows[:2]:  # both repeat on every page
        header_properties = header._tr.trPr
        assert header_properties is not None and header_properties.find(qn("w:tblHeader")) is not None
    assert [c.text for c in annex.rows[1].cells] == [f"({i})" for i in range(1, len(annex.columns) + 1)]
    assert annex.rows[-1].cells[1].text == f"Tổng cộng: {APPROVED} người"
    names = {row.cells[1].text for row in annex.rows[2:-1]}
    assert names == {name for name, _c, _r in _approved_people(approved_plan)}
    text = "\n".join(p.text for p in doc.paragraphs)
    assert f"Điều động {APPROVED} công chức" in text and "DANH SÁCH" in text
