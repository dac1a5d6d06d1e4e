"""Decision drafts as a Word document the officer edits before signature (python-docx).

Real Word structures, not a picture: named paragraph styles (Times New Roman, 13–14 pt), a
borderless two-column table for the header (issuing body | national title), another for the
recipients and the signer, one section per decision so that page numbers restart and show from
a decision's second page on (Nghị định 30/2020/NĐ-CP), and the annex in a landscape section
with a header row that repeats on every page.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from cq2c_desktop.domain.job_protocol import Progress, Reporter, ShouldStop
from cq2c_desktop.io.documents_annex import annex_layout
from cq2c_desktop.io.documents_content import Annex, Decision
from cq2c_desktop.io.documents_docx_package import (
    APPLICATION,
    set_properties,
    set_thumbnail,
    vietnamese_everywhere,
)
from cq2c_desktop.io.documents_docx_styles import (
    AFTER_PGNUMTYPE,
    BASIS,
    BODY,
    CELL_MARGIN_MM,
    HEADING,
    RECIPIENTS,
    SIGNER,
    TITLE,
    add_styles,
    borderless,
    page_number_header,
    restyle,
    rule_paragraph,
    set_cell_width,
    text_width_mm,
)
from cq2c_desktop.io.documents_docx_styles import paragraph as styled
from cq2c_desktop.io.export_common import SAVING, atomic_output, decision_step

PAGE_MM = (210.0, 297.0)
MARGINS_MM = {"top": 20.0, "bottom": 20.0, "left": 30.0, "right": 15.0}
HEADER_SPLIT = (0.37, 0.63)


def _setup_section(doc: DocxDocument, *, landscape: bool, first: bool) -> float:
    """Page size and margins of a new (or the first) section; returns the text width in mm."""
    section = doc.sections[0] if first else doc.add_section(WD_SECTION.NEW_PAGE)
    width, height = PAGE_MM[::-1] if landscape else PAGE_MM
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    section.header_distance = Mm(10)
    section.different_first_page_header_footer = True
    properties = section._sectPr
    number_type = properties.find(qn("w:pgNumType"))
    if number_type is None:
        number_type = OxmlElement("w:pgNumType")
        properties.insert_element_before(number_type, *AFTER_PGNUMTYPE)
    number_type.set(qn("w:start"), "1")
    if first:
        page_number_header(section)
    return width - MARGINS_MM["left"] - MARGINS_MM["right"]


def _cell_text(
    cell: _Cell,
    lines: Sequence[str],
    style: str,
    *,
    bold: bool = False,
    size: float | None = None,
    italic: bool = False,
) -> Paragraph:
    paragraph = styled(cell, style)
    for index, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
        if index < len(lines) - 1:
            run.add_break()
    return paragraph


def _two_columns(doc: DocxDocument, text_mm: float, split: tuple[float, float]) -> Table:
    table: Table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    borderless(table)
    for index, (cell, share) in enumerate(zip(table.rows[0].cells, split, strict=True)):
        # Word reads the cell width, LibreOffice the grid's: set both.
        table.columns[index].width = Mm(text_mm * share)
        set_cell_width(cell, Mm(text_mm * share))
        cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    return table


MOTTO = "Độc lập - Tự do - Hạnh phúc"


def _header(doc: DocxDocument, d: Decision, text_mm: float) -> None:
    left, right = _two_columns(doc, text_mm, HEADER_SPLIT).rows[0].cells
    inside = [text_mm * share - 2 * CELL_MARGIN_MM for share in HEADER_SPLIT]
    _cell_text(left, d.body, HEADING, bold=True, size=13)
    rule_paragraph(left, inside[0], text_width_mm(d.body[-1], 13) * 0.5)
    _cell_text(left, [d.number], HEADING, size=13)
    _cell_text(right, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], HEADING, bold=True, size=12.5)
    _cell_text(right, [MOTTO], HEADING, bold=True, size=13.5)
    rule_paragraph(right, inside[1], text_width_mm(MOTTO, 13.5))  # as long as the motto (Nghị định 30)
    _cell_text(right, [d.place_date], HEADING, italic=True, size=13)


def _title(doc: DocxDocument, d: Decision, text_mm: float) -> None:
    styled(doc, TITLE, d.title).paragraph_format.space_before = Pt(18)
    styled(doc, TITLE, d.subject)
    rule_paragraph(doc, text_mm, text_width_mm(d.subject, 14) * 0.4)
    authority = styled(doc, TITLE, d.authority).paragraph_format
    authority.space_before, authority.space_after = Pt(14), Pt(6)
    for line in [*d.bases, d.proposal] if d.proposal.strip() else d.bases:
        styled(doc, BASIS, line)
    decides = styled(doc, TITLE, "QUYẾT ĐỊNH:").paragraph_format
    decides.space_before, decides.space_after = Pt(6), Pt(6)


def _articles(doc: DocxDocument, d: Decision) -> None:
    for article in d.articles:
        for index, text in enumerate(article.paragraphs):
            paragraph = styled(doc, BODY)
            if index == 0:
                paragraph.add_run(article.label + " ").bold = True
            paragraph.add_run(text)


def _closing(doc: DocxDocument, d: Decision, text_mm: float) -> None:
    left, right = _two_columns(doc, text_mm, (0.5, 0.5)).rows[0].cells
    recipients = styled(left, RECIPIENTS)
    label = recipients.add_run("Nơi nhận:")
    label.bold = label.italic = True
    label.font.size = Pt(12)
    for line in d.recipients:
        styled(left, RECIPIENTS, f"- {line}")
    for line in d.signer:
        styled(right, SIGNER, line)
    styled(right, SIGNER).paragraph_format.space_after = Pt(56)
    styled(right, SIGNER, d.signer_name)


ANNEX_PADDING_MM = 1.0  # the annex's cells: narrower margins than Word's 1.9 mm leave room for the amounts


def _cell_margins(table: Table, side_mm: float) -> None:
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), str(round(side_mm * 1440 / 25.4)))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _annex_row(
    table: Table,
    values: list[str],
    widths: Sequence[Length],
    size: float,
    align: dict[int, WD_ALIGN_PARAGRAPH],
    *,
    bold: bool = False,
    italic: bool = False,
    header: bool = False,
    span: int = 1,
) -> None:
    """One row of the annex, never split across pages; a header row is repeated on each page. The
    first `span` cells are merged into one that holds values[0] (the total's label)."""
    row = table.add_row()  # type: ignore[no-untyped-call]
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
    if header:
        properties.append(OxmlElement("w:tblHeader"))
    cells = list(row.cells)
    if span > 1:
        cells[0].merge(cells[span - 1])
        cells[:span] = [row.cells[0]]
        widths = [Length(sum(widths[:span])), *widths[span:]]
        values = values[:1] + values[span:]
    for index, (cell, value, width) in enumerate(zip(cells, values, widths, strict=True)):
        set_cell_width(cell, width)
        paragraph = cell.paragraphs[0]
        restyle(paragraph, RECIPIENTS)
        column = index + span - 1 if index else 0
        centred = header or (span > 1 and index == 0)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if centred else align.get(column)
        run = paragraph.add_run(value)
        run.bold, run.italic = bold, italic
        run.font.size = Pt(size)


def _annex(doc: DocxDocument, annex: Annex) -> None:
    text_mm = _setup_section(doc, landscape=True, first=False)
    for line in annex.title:
        styled(doc, TITLE, line)
    subtitle = styled(doc, HEADING)
    subtitle.add_run(annex.subtitle).italic = True
    layout = annex_layout(annex, text_mm, ANNEX_PADDING_MM)
    table = doc.add_table(rows=0, cols=len(annex.headers))
    table.style = doc.styles["Table Grid"]
    table.autofit = False  # fixed layout: Word keeps these widths instead of fitting the text
    _cell_margins(table, ANNEX_PADDING_MM)
    widths = [Mm(w) for w in layout.widths_mm]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    align = dict.fromkeys(annex.numeric, WD_ALIGN_PARAGRAPH.RIGHT)
    align.update(dict.fromkeys(annex.centred, WD_ALIGN_PARAGRAPH.CENTER))
    size = layout.font_pt
    _annex_row(table, annex.headers, widths, size, align, bold=True, header=True)
    _annex_row(table, annex.numbers, widths, size, align, italic=True, header=True)
    for values in annex.rows:
        _annex_row(table, values, widths, size, align)
    if annex.total:
        _annex_row(table, annex.total, widths, size, align, bold=True, span=annex.label_span)


def _decision(doc: DocxDocument, d: Decision, first: bool) -> None:
    text_mm = _setup_section(doc, landscape=False, first=first)
    _header(doc, d, text_mm)
    _title(doc, d, text_mm)
    _articles(doc, d)
    _closing(doc, d, text_mm)
    if d.annex is not None:
        _annex(doc, d.annex)


def write_decisions_docx(
    decisions: Sequence[Decision],
    target: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
    author: str = "",
) -> Path:
    """All `decisions` in one .docx, each in its own section; written atomically to `target`.
    `author` is who drafts it (the document properties name them). Its thumbnail is the first page
    as the PDF engine draws it: Qt, imported here as services/outputs.py imports the PDF writer."""
    from cq2c_desktop.io.documents_pdf import first_page_jpeg

    reporter = Reporter(progress, should_stop)
    doc = Document()
    add_styles(doc)
    total = len(decisions)
    for done, decision in enumerate(decisions):
        reporter.step(done, total, decision_step(decision.people))
        _decision(doc, decision, first=done == 0)
    vietnamese_everywhere(doc)
    subject = decisions[0].subject if decisions else ""
    title = f"Quyết định {_lower_first(subject)}" if subject else "Quyết định"
    set_properties(doc, title=title, subject=subject, author=author or APPLICATION, now=dt.datetime.now(dt.UTC))
    set_thumbnail(doc, first_page_jpeg(decisions[0]) if decisions else None)
    reporter.step(total, total, SAVING())
    with atomic_output(target) as temporary:
        doc.save(str(temporary))
    return Path(target)
