"""Decision drafts as PDF, read back with poppler: embedded fonts, exact Vietnamese text, a real page."""

from __future__ import annotations

import re
import struct
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QImage, QRawFont

from cq2c_desktop.domain.job_protocol import Cancelled
from cq2c_desktop.io.documents_fonts import FAMILY, ensure_fonts, renamed_font
from cq2c_desktop.paths import resource_path
from cq2c_desktop.services.outputs import export_decisions
from cq2c_desktop.store.db import OpenPlan

from .conftest import APPROVED, needs_poppler, poppler
from .test_export_transfers import _approved_people

NATIONAL = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


def _text(pdf: Path, *pages: int, raw: bool = False) -> str:
    """The PDF's text with all runs of white space made one space (justified lines break anywhere);
    `raw` keeps the order the text was drawn in, which keeps a table cell's lines together."""
    args = ["pdftotext", "-enc", "UTF-8", *(["-raw"] if raw else [])]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return " ".join(poppler(*args, str(pdf), "-").split())


def _page_sizes(pdf: Path) -> list[tuple[float, float]]:
    info = poppler("pdfinfo", "-f", "1", "-l", "9999", str(pdf))
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]


@needs_poppler
def test_individual_decisions_read_back(approved: OpenPlan, approved_plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "qd.pdf"
    result = export_decisions(approved, out)
    assert result.people == APPROVED
    text = _text(out)
    assert unicodedata.is_normalized("NFC", text)
    for phrase in (
        *NATIONAL,
        "QUYẾT ĐỊNH",
        "Về việc điều động công chức",
        "Điều 1.",
        "Điều 2.",
        "Điều 3.",
        "Nơi nhận:",
        "KT. CHỦ TỊCH",
        "Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;",
        "Căn cứ Nghị định số 150/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định tổ chức các cơ quan "
        "chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân xã, phường, "
        "đặc khu thuộc tỉnh, thành phố trực thuộc trung ương;",
        "1,75 lần mức lương cơ sở (mức lương cơ sở 2.340.000 đồng/tháng), là 4.095.000 đồng/tháng",
    ):
        assert phrase in text, phrase
    for name, _cccd, _region in _approved_people(approved_plan):
        assert f"Điều động ông {name}," in text or f"Điều động bà {name}," in text, name
    assert text.count("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == APPROVED
    sizes = _page_sizes(out)
    assert len(sizes) >= APPROVED and {(round(w), round(h)) for w, h in sizes} == {(595, 842)}  # A4


@needs_poppler
def test_fonts_are_embedded_and_ours(approved: OpenPlan, tmp_path: Path) -> None:
    out = tmp_path / "qd.pdf"
    export_decisions(approved, out)
    rows = poppler("pdffonts", str(out)).splitlines()[2:]
    fonts = [row.split() for row in rows]
    assert fonts, "no font in the PDF"
    # name, type…, emb: every face embedded, and no fallback face for a missing Vietnamese letter.
    assert all(f[0].startswith("CQ2CSerif") for f in fonts), fonts
    assert all(f[-5] == "yes" for f in fonts), rows


@needs_poppler
def test_a_page_renders_with_the_decree_margins(approved: OpenPlan, tmp_path: Path) -> None:
    out = tmp_path / "qd.pdf"
    export_decisions(approved, out)
    dpi = 50
    poppler("pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", str(out), str(tmp_path / "page"))
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not image.isNull()
    per_mm = dpi / 25.4
    ink = [[image.pixelColor(x, y).lightness() < 128 for x in range(image.width())] for y in range(image.height())]
    dark = sum(map(sum, ink))
    assert 0.01 < dark / (image.width() * image.height()) < 0.3  # text, not blank, not black
    left_margin = int(28 * per_mm)  # 30 mm, less a little for anti-aliasing
    right_margin = image.width() - int(13 * per_mm)
    assert not any(row[x] for row in ink for x in range(left_margin)), "text inside the left margin"
    assert not any(row[x] for row in ink for x in range(right_margin, image.width())), "text in the right margin"


@needs_poppler
def test_collective_decision_with_landscape_annex(approved: OpenPlan, approved_plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "qd_chung.pdf"
    export_decisions(approved, out, collective=True)
    text = _text(out, raw=True)  # a table's text comes out cell by cell, a name's lines together
    assert f"Điều động {APPROVED} công chức" in text and "(có Danh sách kèm theo)" in text
    assert "DANH SÁCH" in text and "CÔNG CHỨC ĐƯỢC ĐIỀU ĐỘNG" in text and f"Tổng cộng: {APPROVED}" in text
    for name, _cccd, _region in _approved_people(approved_plan):
        assert name in text
    sizes = _page_sizes(out)
    assert sizes[0][0] < sizes[0][1] and sizes[-1][0] > sizes[-1][1]  # decision portrait, annex landscape


def test_cancel_leaves_no_file(approved: OpenPlan, tmp_path: Path) -> None:
    out = tmp_path / "qd.pdf"
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        export_decisions(approved, out, should_stop=lambda: next(calls) >= 3)
    assert not out.exists() and not list(tmp_path.glob("*.part*"))


def _family_name(font: bytes) -> str:
    count = struct.unpack_from(">H", font, 4)[0]
    for i in range(count):
        tag, _sum, offset, _length = struct.unpack_from(">4sIII", font, 12 + 16 * i)
        if tag == b"name":
            _fmt, records, strings = struct.unpack_from(">HHH", font, offset)
            for k in range(records):
                platform, _e, _l, name_id, size, at = struct.unpack_from(">6H", font, offset + 6 + 12 * k)
                if platform == 3 and name_id == 1:
                    start = offset + strings + at
                    return font[start : start + size].decode("utf-16-be")
    raise AssertionError("no family name")


def test_bundled_font_is_renamed_and_covers_vietnamese() -> None:
    original = resource_path("fonts/LiberationSerif-Bold.ttf").read_bytes()
    assert _family_name(original) == "Liberation Serif"
    assert _family_name(renamed_font(original, "Bold")) == FAMILY
    assert ensure_fonts() == FAMILY
    for bold in (False, True):
        font = QFont(FAMILY)
        font.setBold(bold)
        raw = QRawFont.fromFont(font)
        assert raw.familyName() == FAMILY
        assert all(raw.supportsCharacter(ord(ch)) for ch in "ẠẾỘỮỰỲỹđĐơƯ")
