"""Word styles and the few OOXML details python-docx has no API for (borders, rules, page fields)."""

from __future__ import annotations

from typing import Any

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Length, Mm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from cq2c_desktop.io import documents_metrics

FONT = "Times New Roman"
CELL_MARGIN_MM = 108 / 1440 * 25.4  # the left and right margin of a cell in python-docx's "Normal Table"
# Style ids (ASCII, what the XML references) and the names Word shows the officer.
HEADING, TITLE, BASIS, BODY, RECIPIENTS, SIGNER = (
    "CQ2CHeading",
    "CQ2CTitle",
    "CQ2CBasis",
    "CQ2CBody",
    "CQ2CRecipients",
    "CQ2CSigner",
)
STYLE_NAMES = {
    HEADING: "CQ2C Đầu văn bản",
    TITLE: "CQ2C Tên loại",
    BASIS: "CQ2C Căn cứ",
    BODY: "CQ2C Nội dung",
    RECIPIENTS: "CQ2C Nơi nhận",
    SIGNER: "CQ2C Chữ ký",
}


# Word rejects a file whose XML children are out of the schema's order, so each element we add
# by hand goes in before the first of the elements that must follow it.
_AFTER_PBDR = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_AFTER_PPR_RPR = ("w:sectPr", "w:pPrChange")
_AFTER_TBLBORDERS = (
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
    "w:tblCaption",
    "w:tblDescription",
    "w:tblPrChange",
)
AFTER_PGNUMTYPE = (
    "w:cols",
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:bidi",
    "w:rtlGutter",
    "w:docGrid",
    "w:printerSettings",
    "w:sectPrChange",
)


def _fonts(run_properties: Any) -> None:
    """Name the face for every script slot, so Word never substitutes one for Vietnamese."""
    fonts = run_properties.get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT)


def _style(
    doc: DocxDocument,
    style_id: str,
    *,
    size: float,
    align: WD_ALIGN_PARAGRAPH,
    bold: bool = False,
    italic: bool = False,
    indent_mm: float = 0,
    after_pt: float = 0,
    leading: float = 1.0,
) -> ParagraphStyle:
    style: ParagraphStyle = doc.styles.add_style(STYLE_NAMES[style_id], WD_STYLE_TYPE.PARAGRAPH)
    style.style_id = style_id
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    style.font.name, style.font.size = FONT, Pt(size)
    style.font.bold, style.font.italic = bold, italic
    _fonts(style.element.get_or_add_rPr())
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.first_line_indent = Mm(indent_mm) if indent_mm else None
    fmt.space_before, fmt.space_after = Pt(0), Pt(after_pt)
    fmt.line_spacing = leading
    return style


def add_styles(doc: DocxDocument) -> None:
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(13)
    _fonts(normal.element.get_or_add_rPr())
    normal.paragraph_format.space_after = Pt(0)
    center, justify, left = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT
    _style(doc, HEADING, size=13, align=center)
    _style(doc, TITLE, size=14, align=center, bold=True)
    _style(doc, BASIS, size=13, align=justify, italic=True, indent_mm=10, after_pt=4, leading=1.1)
    _style(doc, BODY, size=13, align=justify, indent_mm=10, after_pt=6, leading=1.1)
    _style(doc, RECIPIENTS, size=11, align=left)
    _style(doc, SIGNER, size=14, align=center, bold=True)


def paragraph(container: DocxDocument | _Cell, style_id: str, text: str = "") -> Paragraph:
    """A new paragraph in a style given by id.

    python-docx resolves a style *name* by scanning every style in the document, for every
    paragraph; 500 decisions then take half a minute. Writing the id directly takes no time.
    """
    new: Paragraph = container.add_paragraph(text)
    restyle(new, style_id)
    return new


def restyle(existing: Paragraph, style_id: str) -> None:
    existing._p.get_or_add_pPr().get_or_add_pStyle().val = style_id


def borderless(table: Table) -> None:
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.insert_element_before(borders, *_AFTER_TBLBORDERS)


def set_cell_width(cell: _Cell, width: Length) -> None:
    cell.width = width


def text_width_mm(text: str, size_pt: float) -> float:
    """The printed width of bold Times New Roman text (from the metrics of its bundled twin)."""
    return documents_metrics.text_width_mm(text, size_pt, bold=True)


def rule_paragraph(container: DocxDocument | _Cell, available_mm: float, rule_mm: float) -> None:
    """A centred horizontal line `rule_mm` long: an empty 2 pt paragraph with a top border.

    Word has no "short centred rule"; indents on both sides shorten the paragraph's border to the
    length Nghị định 30 asks for. `available_mm` is the width the paragraph has: in a table cell,
    the cell's width less its margins (CELL_MARGIN_MM on each side).
    """
    rule_mm = max(10.0, min(rule_mm, available_mm - 2))
    line = paragraph(container, HEADING)
    side = Mm((available_mm - rule_mm) / 2)
    line.paragraph_format.left_indent = line.paragraph_format.right_indent = side
    line.paragraph_format.space_before = Pt(1)
    properties = line._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        top.set(qn(key), value)
    border.append(top)
    properties.insert_element_before(border, *_AFTER_PBDR)
    mark = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "4")
    mark.append(size)
    properties.insert_element_before(mark, *_AFTER_PPR_RPR)


def page_number_header(section: Section) -> None:
    """A centred PAGE field in the header; the first page of each section shows none."""
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = header.add_run()
    run.font.name, run.font.size = FONT, Pt(13)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
            run._r.append(field)
        else:
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = text
            run._r.append(instruction)
