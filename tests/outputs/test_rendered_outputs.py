"""Every output rendered as a reader sees it, and read back: the PDFs through poppler, the Word and
Excel files through LibreOffice to PDF. What an officer would otherwise correct with a pen is
checked on the rendered pages: the text (legal bases, the destination post, amounts a reader can
check, no placeholder), numbers that never break, totals equal to the rows shown, the language,
the motto's rule, solid borders, page numbers, frozen panes (issue 18)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
import pytest
from PySide6.QtGui import QImage

from cq2c_desktop.domain.legal_bases import citation
from cq2c_desktop.io.documents_content import destination_post
from cq2c_desktop.io.export_model import TransferList, roman
from cq2c_desktop.io.support_cost import format_km, format_vnd, sum_shown_km
from cq2c_desktop.services.opening import opened
from cq2c_desktop.services.outputs import export_decisions, export_transfers, load_transfer_list

from .conftest import needs_poppler
from .fake_run import SAMPLE_SETTINGS, add_fake_run, fill_sample_settings
from .rendering import (
    KM,
    MONEY,
    decimal_of,
    flat,
    horizontal_lines,
    page_image,
    page_texts,
    rule_under,
    soffice,
    to_pdf,
    words,
)
from .test_document_settings import DEFAULT_CITATIONS

MANY = 240  # moves enough for 27 destination units and more: group numbers up to XXVII and beyond
FEW = 12


@dataclass(frozen=True)
class Rendered:
    folder: Path
    data: TransferList  # the list of the large plan, as the documents see it
    few: TransferList
    list_pdf: Path  # the .xlsx, through LibreOffice
    collective_pdf: Path  # drawn by Qt
    collective_docx: Path
    collective_docx_pdf: Path  # the .docx, through LibreOffice
    decisions_pdf: Path
    decisions_docx: Path
    decisions_docx_pdf: Path
    workbook: Path


def _data(plan_path: Path) -> TransferList:
    with opened(plan_path) as plan, plan.begin() as session:
        return load_transfer_list(session)[1]


@pytest.fixture(scope="module")
def rendered(demo_plan_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    if soffice() is None:
        if os.environ.get("CI"):
            raise AssertionError("LibreOffice is missing: .ci/run installs libreoffice-writer-nogui, -calc-nogui")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui)")
    folder = tmp_path_factory.mktemp("rendered")
    plans = {}
    for name, moves in (("many", MANY), ("few", FEW)):
        plans[name] = folder / f"{name}.cq2c"
        shutil.copyfile(demo_plan_template, plans[name])
        add_fake_run(plans[name], moves=moves, approve=moves)
        fill_sample_settings(plans[name], SAMPLE_SETTINGS)  # signer, Tờ trình, resolution, travel, one-off
    out = {name: folder / name for name in ("ds.xlsx", "qd_chung.pdf", "qd_chung.docx", "qd.pdf", "qd.docx")}
    with opened(plans["many"]) as many, opened(plans["few"]) as few:
        export_transfers(many, out["ds.xlsx"])
        export_decisions(many, out["qd_chung.pdf"], collective=True)
        export_decisions(many, out["qd_chung.docx"], collective=True)
        export_decisions(few, out["qd.pdf"])
        export_decisions(few, out["qd.docx"])
    list_pdf, collective_docx_pdf, decisions_docx_pdf = to_pdf(
        [out["ds.xlsx"], out["qd_chung.docx"], out["qd.docx"]], folder / "libreoffice"
    )
    return Rendered(
        folder=folder,
        data=_data(plans["many"]),
        few=_data(plans["few"]),
        list_pdf=list_pdf,
        collective_pdf=out["qd_chung.pdf"],
        collective_docx=out["qd_chung.docx"],
        collective_docx_pdf=collective_docx_pdf,
        decisions_pdf=out["qd.pdf"],
        decisions_docx=out["qd.docx"],
        decisions_docx_pdf=decisions_docx_pdf,
        workbook=out["ds.xlsx"],
    )


def _all_pdfs(r: Rendered) -> list[Path]:
    return [r.list_pdf, r.collective_pdf, r.collective_docx_pdf, r.decisions_pdf, r.decisions_docx_pdf]


def _annex_pages(pdf: Path, *, layout: bool = True) -> list[str]:
    """The annex's pages; `layout`: a table row on a line, else each cell's text together."""
    pages = page_texts(pdf, layout=layout)
    first = next(i for i, page in enumerate(pages) if "CÔNG CHỨC ĐƯỢC ĐIỀU ĐỘNG" in page and "DANH SÁCH" in page)
    return pages[first:]


# The clerk numbers and dates a decision when it is signed: the only dotted blanks a draft keeps.
CLERK_BLANKS = re.compile(r"\.{10}/QĐ-UBND|ngày \.{6} tháng \.{6} năm 20\d\d")


@needs_poppler
def test_no_placeholder_reaches_a_signable_page(rendered: Rendered) -> None:
    for pdf in _all_pdfs(rendered):
        text = flat("\n".join(page_texts(pdf, layout=False)))
        assert "....../TTr" not in text and "cần kiểm tra" not in text and "lần chạy" not in text, pdf.name
        left = CLERK_BLANKS.sub("", text)
        assert not re.search(r"\.{3,}|…", left), (pdf.name, re.findall(r".{40}(?:\.{3,}|…).{20}", left)[:3])


@needs_poppler
def test_legal_bases_and_proposal_as_entered(rendered: Rendered) -> None:
    settings = rendered.data.settings
    expected = [
        *DEFAULT_CITATIONS,
        citation(settings.support.resolution),
        "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 125/TTr-SNV ngày 01 tháng 12 năm 2026.",
    ]
    assert citation(settings.support.resolution) == (
        "Căn cứ Nghị quyết số 12/2026/NQ-HĐND ngày 10 tháng 7 năm 2026 của Hội đồng nhân dân tỉnh Thanh Hóa "
        "quy định chính sách hỗ trợ đối với công chức được điều động đến công tác tại các xã miền núi;"
    )
    for pdf in (
        rendered.collective_pdf,
        rendered.collective_docx_pdf,
        rendered.decisions_pdf,
        rendered.decisions_docx_pdf,
    ):
        text = flat(" ".join(page_texts(pdf, layout=False)))
        for line in expected:
            assert line in text, (pdf.name, line)
        assert "Nghị định số 370/2025" not in text  # the officer stopped citing it (its date is not known)


@needs_poppler
def test_the_destination_post_is_listed(rendered: Rendered) -> None:
    other_field = [row for row in rendered.data.rows if row.post_specialty]
    assert len(other_field) > 20  # people sent to a post of another field than their own
    for pdf in (rendered.list_pdf, rendered.collective_pdf, rendered.collective_docx_pdf):
        text = flat(" ".join(page_texts(pdf, layout=False)))
        assert "Vị trí / lĩnh vực nơi đến" in text, pdf.name
        for row in other_field[:10]:
            assert destination_post(row) in text, (pdf.name, destination_post(row))


@needs_poppler
def test_amounts_can_be_checked_by_hand(rendered: Rendered) -> None:
    text = flat(" ".join(page_texts(rendered.decisions_pdf, layout=False)))
    # The base salary and the monthly amount apart; the travel allowance with its duration.
    assert "bằng 1,75 lần mức lương cơ sở (mức lương cơ sở 2.340.000 đồng/tháng), là 4.095.000 đồng/tháng" in text
    assert re.search(
        r"hỗ trợ đi lại \d{3}\.000 đồng/tháng \(khoảng cách [\d.]+,\d km\), trong thời gian tối đa 36 tháng", text
    )
    assert "hỗ trợ một lần 5.000.000 đồng" in text
    for pdf in (rendered.collective_pdf, rendered.collective_docx_pdf):
        annex = flat(" ".join(_annex_pages(pdf, layout=False)))
        assert "Hỗ trợ một lần (đồng)" in annex and "= (10) × 36 + (11)" in annex, pdf.name
    collective = flat(" ".join(page_texts(rendered.collective_pdf, layout=False)))
    assert "hỗ trợ đi lại theo khoảng cách (300.000 đồng/tháng từ 60 km đến dưới 120 km;" in collective
    assert "phần hằng tháng trong thời gian tối đa 36 tháng" in collective


def _rows_and_totals(pages: list[str], people: int, total_label: str) -> None:
    """Each data line of a rendered table holds one distance and ends its amounts with the row's
    total; each subtotal ("Cộng …") and the grand total must be the sum of the lines shown above it."""
    km_group = km_all = Decimal(0)
    money_group = money_all = Decimal(0)
    rows = subtotals = 0
    for line in "\n".join(pages).splitlines():
        tokens = line.split()
        distances = [t for t in tokens if KM.match(t)]
        amounts = [t for t in tokens[1:] if MONEY.match(t) and "." in t]
        if not distances:
            continue
        assert len(distances) == 1, line  # one distance a line: none broken into two
        if line.strip().startswith("Cộng "):
            assert decimal_of(distances[0]) == km_group, line
            assert decimal_of(amounts[-1]) == money_group, line
            km_group = money_group = Decimal(0)
            subtotals += 1
        elif total_label in line:
            assert decimal_of(distances[0]) == km_all, line
            assert decimal_of(amounts[-1]) == money_all, line
            return
        else:
            rows += 1
            km_group += decimal_of(distances[0])
            km_all += decimal_of(distances[0])
            money_group += decimal_of(amounts[-1])
            money_all += decimal_of(amounts[-1])
        assert rows <= people
    raise AssertionError(f"no total line; {rows} rows of {people}, {subtotals} subtotals")


@needs_poppler
def test_totals_equal_the_rows_shown(rendered: Rendered) -> None:
    people = len(rendered.data.rows)
    _rows_and_totals(page_texts(rendered.list_pdf), people, "TỔNG CỘNG")
    for pdf in (rendered.collective_pdf, rendered.collective_docx_pdf):
        _rows_and_totals(_annex_pages(pdf), people, "Tổng cộng:")
    # The workbook's values themselves: subtotals are the sums of the rounded rows.
    ws = openpyxl.load_workbook(rendered.workbook)["Danh sách"]
    km = next(c for c in range(1, ws.max_column + 1) if ws.cell(row=8, column=c).value == "Khoảng cách (km)")
    group: list[float] = []
    checked = 0
    for r in range(11, ws.max_row + 1):
        label, value = str(ws.cell(row=r, column=1).value or ""), ws.cell(row=r, column=km).value
        if label.startswith("Cộng "):
            assert value == sum_shown_km(group) and Decimal(str(value)) == sum(Decimal(str(v)) for v in group)
            group, checked = [], checked + 1
        elif isinstance(value, int | float) and not label.startswith("TỔNG"):
            assert value == round(value, 1)  # stored as shown, to a tenth
            group.append(float(value))
    assert checked >= 27


@needs_poppler
def test_numbers_never_break(rendered: Rendered) -> None:
    data = rendered.data
    costs = data.costs
    totals = [
        format_vnd(costs.total_vnd),
        format_vnd(costs.per_month_vnd),
        format_km(sum_shown_km([r.km for r in data.rows])),
    ]
    for pdf in (rendered.list_pdf, rendered.collective_pdf, rendered.collective_docx_pdf):
        found = {w.text for w in words(pdf)}
        for total in totals:
            assert total in found, (pdf.name, total)  # one word: not broken across lines
    list_text = " ".join(page_texts(rendered.list_pdf))
    assert "###" not in list_text  # Excel's sign of a column too narrow for its number
    # Group numbers from XXVII on fit column A: the numeral ends before the group's title begins.
    list_words = words(rendered.list_pdf)
    groups = len({row.to_unit for row in data.rows})
    assert groups >= 27
    for numeral in ("XXVII", roman(groups)):
        word = next(w for w in list_words if w.text == numeral)
        title = next(w for w in list_words if w.page == word.page and abs(w.y0 - word.y0) < 2 and w.text == "Đến:")
        assert word.x1 < title.x0 - 1, numeral


@needs_poppler
def test_distances_are_written_one_way(rendered: Rendered) -> None:
    list_pages = page_texts(rendered.list_pdf)
    list_sheet = list_pages[: next(i for i, p in enumerate(list_pages) if "TỔNG HỢP PHƯƠNG ÁN" in p)]
    for pdf in (rendered.collective_pdf, rendered.collective_docx_pdf, rendered.list_pdf):
        text = " ".join(_annex_pages(pdf)) if pdf != rendered.list_pdf else " ".join(list_sheet)
        distances = [t for t in text.split() if re.fullmatch(r"\d{1,3}(?:\.\d{3})*(?:,\d+)?", t) and "," in t]
        assert distances and all(KM.match(t) for t in distances), pdf.name
    assert "khoảng cách 113 km" not in flat(" ".join(page_texts(rendered.decisions_pdf)))


def _docx_xml(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def test_word_says_vietnamese_and_who_wrote_it(rendered: Rendered) -> None:
    for path in (rendered.collective_docx, rendered.decisions_docx):
        for part in ("word/styles.xml", "word/document.xml", "word/settings.xml"):
            xml = _docx_xml(path, part)
            languages = set(re.findall(r'<w:(?:lang|themeFontLang) w:val="([^"]+)"', xml))
            assert languages == {"vi-VN"}, (path.name, part, languages)
        document = _docx_xml(path, "word/document.xml")
        assert document.count("<w:r>") + document.count("<w:r ") == document.count('<w:lang w:val="vi-VN"/>')
        core = docx.Document(str(path)).core_properties
        assert core.author not in ("", "python-docx") and core.language == "vi-VN"
        assert core.created is not None and abs(core.created - dt.datetime.now(dt.UTC)) < dt.timedelta(hours=1)
        assert core.title == "Quyết định về việc điều động công chức" and "python-docx" not in (core.comments or "")
        assert "<Application>CQ2C Planner</Application>" in _docx_xml(path, "docProps/app.xml")
    # LibreOffice read the language: its PDF is tagged Vietnamese.
    assert b"/Lang(vi-VN)" in rendered.collective_docx_pdf.read_bytes()


def test_word_thumbnail_is_the_first_page(rendered: Rendered) -> None:
    with zipfile.ZipFile(rendered.decisions_docx) as archive:
        thumbnail = archive.read("docProps/thumbnail.jpeg")
    with zipfile.ZipFile(Path(docx.__file__).parent / "templates" / "default.docx") as template:
        blank = template.read("docProps/thumbnail.jpeg")
    assert hashlib.sha256(thumbnail).digest() != hashlib.sha256(blank).digest()
    image = QImage.fromData(thumbnail)
    assert image.width() == 256 and abs(image.height() / image.width() - 297 / 210) < 0.01
    points = [(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)]
    ink = sum(image.pixelColor(x, y).lightness() < 128 for x, y in points) / len(points)
    assert 0.01 < ink < 0.3  # text, not a blank page


@needs_poppler
@pytest.mark.parametrize("which", ["decisions_pdf", "decisions_docx_pdf"])
def test_the_motto_rule_is_as_long_as_the_motto(rendered: Rendered, which: str) -> None:
    pdf: Path = getattr(rendered, which)
    found = [w for w in words(pdf) if w.page == 1]
    first = next(w for w in found if w.text == "Độc")
    motto = [w for w in found if abs(w.y0 - first.y0) < 1 and w.x0 >= first.x0 - 1][:8]
    assert " ".join(w.text for w in motto) == "Độc lập - Tự do - Hạnh phúc"
    dpi = 300
    start, end = rule_under(page_image(pdf, 1, rendered.folder, dpi), dpi, motto)
    text_start, text_end = motto[0].x0 * 25.4 / 72, motto[-1].x1 * 25.4 / 72
    assert abs((end - start) - (text_end - text_start)) < 1.0, (end - start, text_end - text_start)
    assert abs((start + end) / 2 - (text_start + text_end) / 2) < 1.0


@needs_poppler
def test_pdf_annex_borders_are_solid_black(rendered: Rendered) -> None:
    sizes = re.findall(r"size:\s+([\d.]+) x ([\d.]+)", os.popen(f"pdfinfo -l 99 '{rendered.collective_pdf}'").read())
    page = next(i for i, (w, h) in enumerate(sizes, start=1) if float(w) > float(h))  # the first landscape page
    image = page_image(rendered.collective_pdf, page, rendered.folder, 150)
    lines = horizontal_lines(image)
    assert len(lines) >= 5  # the table's rules, not text
    for y in lines:
        values = sorted(image.pixelColor(x, y).lightness() for x in range(0, image.width(), 3))
        darkest = values[: len(values) // 2]
        assert sum(darkest) / len(darkest) < 60, (y, darkest[-1])  # black, not a grey bevel


@needs_poppler
def test_the_workbook_as_excel_reads_it(rendered: Rendered) -> None:
    book = openpyxl.load_workbook(rendered.workbook)
    ws, summary = book["Danh sách"], book["Tổng hợp"]
    by_title = {
        ws.cell(row=9, column=c).value or ws.cell(row=8, column=c).value: c for c in range(1, ws.max_column + 1)
    }
    first = ws.cell(row=12, column=by_title["Hằng tháng (đồng/ tháng)"])
    assert first.data_type == "n" and first.number_format == "[$-42A]#,##0"
    assert ws.cell(row=12, column=by_title["Khoảng cách (km)"]).number_format == "[$-42A]#,##0.0"
    assert ws.cell(row=12, column=by_title["Ngày sinh"]).number_format == "[$-42A]dd\\/mm\\/yyyy"
    multiples = [c for row in summary.iter_rows() for c in row if c.value == 1.75]
    assert multiples and multiples[0].data_type == "n" and multiples[0].number_format == "[$-42A]0.00"
    # Frozen right under the header (rows 8-10 and the STT and name columns), the title block above.
    pane = ws.sheet_view.pane
    assert (ws.sheet_view.topLeftCell, pane.ySplit, pane.xSplit, pane.topLeftCell, pane.state) == (
        "A8",
        3,
        2,
        "C11",
        "frozen",
    )
    # Rendered with LibreOffice in English: the Vietnamese formats still show Vietnamese numbers.
    pages = page_texts(rendered.list_pdf)
    text = " ".join(pages)
    assert "4.095.000" in text and "1,75" in text and not re.search(r"\b\d{1,3},\d{3},\d{3}\b", text)
    # Pages numbered per sheet, from each sheet's second page, at the top.
    heads = [page.strip().split("\n")[0].split() for page in pages]
    summary_first = next(i for i, page in enumerate(pages) if "TỔNG HỢP PHƯƠNG ÁN ĐIỀU ĐỘNG" in page)
    assert heads[0][0] == "UBND" and heads[summary_first][0] == "TỔNG"
    assert [head[0] for head in heads[1:summary_first]] == [str(n) for n in range(2, summary_first + 1)]
