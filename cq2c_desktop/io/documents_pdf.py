"""Decision drafts as a print-ready PDF, drawn by Qt (QTextDocument on a QPdfWriter).

A4 with the margins of Nghị định 30/2020/NĐ-CP (top 20, bottom 20, left 30, right 15 mm), the
bundled Times-metric face embedded, page numbers centred in the top margin from a document's
second page on. Each decision starts on a new page; a collective decision's annex is printed
landscape. QtGui only: this runs in a worker thread or the CLI, never needs a widget.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLineF, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QImage,
    QImageWriter,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

from cq2c_desktop.domain.job_protocol import DONE, Cancelled, Progress, Reporter, ShouldStop
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.io.documents_annex import AnnexLayout, annex_layout
from cq2c_desktop.io.documents_content import Annex, Decision
from cq2c_desktop.io.documents_fonts import ensure_fonts
from cq2c_desktop.io.documents_html import Scale, annex_html, decision_html, rule_marks
from cq2c_desktop.io.export_common import OutputError, atomic_output, decision_step

RESOLUTION = 300  # dots per inch: fine enough for print, small enough to lay out quickly
MARGINS_MM = QMarginsF(30, 20, 15, 20)  # left, top, right, bottom
_PX_PER_MM = RESOLUTION / 25.4
ANNEX_PADDING_MM = 1.0  # inside each cell of the annex, on every side
PDF_NOT_CREATED = Text("pdf_not_created", "Cannot create the PDF file.")
PageRange = tuple[int, int]  # first and last page of a whole job, 1-based, inclusive


def page_layout(landscape: bool = False) -> QPageLayout:
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter)


def _rules(document: QTextDocument, marks: dict[str, float]) -> list[QLineF]:
    """Lines under the centred paragraphs named in `marks`, in document coordinates."""
    rules: list[QLineF] = []
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        fraction = marks.get(block.text().split("\u2028")[-1].strip())
        centred = block.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter
        if fraction and centred and block.layout().lineCount():
            box = layout.blockBoundingRect(block)
            line = block.layout().lineAt(block.layout().lineCount() - 1)
            half = line.naturalTextWidth() * fraction / 2
            centre = box.x() + box.width() / 2
            y = box.y() + line.y() + line.height() + 0.6 * _PX_PER_MM
            rules.append(QLineF(centre - half, y, centre + half, y))
        block = block.next()
    return rules


def _keep_together(document: QTextDocument, frame: QTextFrame) -> None:
    """Start `frame` on a new page if it would otherwise straddle a page break."""
    page = document.pageSize().height()
    box = document.documentLayout().frameBoundingRect(frame)
    if box.height() < page and int(box.top() // page) != int((box.bottom() - 1) // page):
        fmt = frame.frameFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        frame.setFrameFormat(fmt)


class _PdfCanvas:
    """A paged device (a PDF file, or the printer of a print preview): pages are added as documents
    are drawn onto it. Both are laid out and drawn by the same code, so they cannot differ."""

    def __init__(self, device: QPagedPaintDevice, family: str, pages: PageRange | None = None) -> None:
        self.writer = device
        self.family = family
        self.painter: QPainter | None = None
        self.pages = pages  # the pages of the whole job to draw (1-based, inclusive); None: all
        self.counted = 0  # pages of the job laid out so far, drawn or skipped
        # A PDF file takes a landscape page in the middle of a portrait document; a printer cannot
        # change its layout once printing, so there the annex is turned onto a portrait sheet.
        self.turns_pages = isinstance(device, QPdfWriter)

    @classmethod
    def for_file(cls, path: Path, family: str, title: str) -> _PdfCanvas:
        writer = QPdfWriter(str(path))
        writer.setResolution(RESOLUTION)
        writer.setCreator("CQ2C Planner")
        writer.setTitle(title)
        return cls(writer, family)

    def document(self, html: str, landscape: bool, *, endless: bool = False) -> QTextDocument:
        document = QTextDocument()
        # Lay out at the printer's resolution, so that what is measured is what is printed.
        document.documentLayout().setPaintDevice(self.writer)
        font = QFont(self.family)
        font.setPointSizeF(14)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        rect = page_layout(landscape).paintRectPixels(RESOLUTION)
        # An endless page measures content as if it were never broken.
        document.setPageSize(QSizeF(rect.width(), 1e9 if endless else rect.height()))
        document.setHtml(html)
        return document

    def scale(self) -> Scale:
        """How Qt turns CSS pixels into layout units here (see documents_html), measured once."""
        probe = self.document(
            '<p style="margin:0">x</p><p style="margin-top:100px;text-indent:100px">x</p>', landscape=False
        )
        first, second = probe.begin(), probe.begin().next()
        layout = probe.documentLayout()
        margin = layout.blockBoundingRect(second).top() - layout.blockBoundingRect(first).bottom()
        indent = second.layout().lineAt(0).x()
        return Scale(margin=100 * _PX_PER_MM / margin, indent=100 * _PX_PER_MM / indent)

    def decision(self, html: str) -> QTextDocument:
        """A decision whose closing block (recipients and signer) never splits across pages."""
        document = self.document(html, landscape=False)
        frames = document.rootFrame().childFrames()
        if frames:
            _keep_together(document, frames[-1])
        return document

    def _next_page(self, landscape: bool) -> QPainter:
        if self.turns_pages or self.painter is None:
            self.writer.setPageLayout(page_layout(landscape and self.turns_pages))
        if self.painter is None:
            self.painter = QPainter()
            if not self.painter.begin(self.writer):
                raise OutputError(PDF_NOT_CREATED())
        else:
            self.writer.newPage()
        return self.painter

    def draw(
        self, document: QTextDocument, *, landscape: bool = False, rules: Sequence[QLineF] = (), first_page: int = 1
    ) -> int:
        """Paint `document` from a new page; its pages count on from `first_page` (numbered from 2)."""
        size = document.pageSize()
        for index in range(document.pageCount()):
            self.counted += 1
            if self.pages is not None and not self.pages[0] <= self.counted <= self.pages[1]:
                continue
            painter = self._next_page(landscape)
            painter.save()
            if landscape and not self.turns_pages:
                self._turn(painter)
            painter.save()
            painter.translate(0, -index * size.height())
            page = QRectF(0, index * size.height(), size.width(), size.height())
            document.drawContents(painter, page)
            painter.setPen(QPen(Qt.GlobalColor.black, 0.2 * _PX_PER_MM))
            for rule in rules:
                if page.top() <= rule.y1() < page.bottom():
                    painter.drawLine(rule)
            painter.restore()
            if first_page + index > 1:
                self._page_number(painter, first_page + index, size.width())
            painter.restore()
        return document.pageCount()

    @staticmethod
    def _turn(painter: QPainter) -> None:
        """Map a landscape page's paint area onto a portrait sheet, turned a quarter clockwise: the
        landscape top margin runs down the sheet's right edge."""
        width_mm = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Millimeter).width()
        right = width_mm - MARGINS_MM.top() - MARGINS_MM.left()
        down = MARGINS_MM.left() - MARGINS_MM.top()
        painter.translate(right * _PX_PER_MM, down * _PX_PER_MM)
        painter.rotate(90)

    def _page_number(self, painter: QPainter, number: int, width: float) -> None:
        # Nghị định 30: Arabic numerals, centred in the top margin, from the second page on.
        font = QFont(self.family)
        font.setPointSizeF(13)
        painter.setFont(font)
        top = MARGINS_MM.top() * _PX_PER_MM
        painter.drawText(QRectF(0, -top, width, top * 0.8), int(Qt.AlignmentFlag.AlignCenter), str(number))

    def close(self) -> None:
        if self.painter is None:  # no page at all: still write a valid (blank) PDF
            self._next_page(False)
        assert self.painter is not None
        self.painter.end()


def _layout(annex: Annex) -> AnnexLayout:
    width_mm = page_layout(landscape=True).paintRect(QPageLayout.Unit.Millimeter).width()
    return annex_layout(annex, width_mm, ANNEX_PADDING_MM)


def _row_heights(canvas: _PdfCanvas, annex: Annex, scale: Scale, layout: AnnexLayout) -> tuple[float, list[float]]:
    """The height above the table (title) and of each table row, laid out on an endless page."""
    document = canvas.document(annex_html(annex, scale, layout), landscape=True, endless=True)
    table = next(f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable))
    drawn = document.documentLayout()
    tops = [
        min(
            drawn.blockBoundingRect(table.cellAt(r, c).firstCursorPosition().block()).top()
            for c in range(table.columns())
        )
        for r in range(table.rows())
    ]
    bottom = drawn.frameBoundingRect(table).bottom()
    edges = [*tops, bottom]
    return tops[0], [edges[i + 1] - edges[i] for i in range(len(tops))]


def _annex_pages(canvas: _PdfCanvas, annex: Annex, scale: Scale, layout: AnnexLayout) -> list[Annex]:
    """The annex cut into page-sized tables: Qt would split a row across two pages, and a person's
    line in a signed list must not break."""
    above, heights = _row_heights(canvas, annex, scale, layout)
    page = page_layout(landscape=True).paintRectPixels(RESOLUTION).height() - 2 * _PX_PER_MM
    header, rows = heights[0] + heights[1], heights[2:]  # the titles and the row of column numbers
    pages: list[list[int]] = [[]]
    room = page - above - header
    for index, height in enumerate(rows):
        if height > room and pages[-1]:
            pages.append([])
            room = page - header
        pages[-1].append(index)
        room -= height
    total_index = len(annex.rows)  # the last "row" measured is the total line
    return [
        replace(
            annex,
            rows=[annex.rows[i] for i in chunk if i < total_index],
            total=annex.total if total_index in chunk else [],
        )
        for chunk in pages
    ]


def _draw_annex(canvas: _PdfCanvas, annex: Annex, scale: Scale, reporter: Reporter | None) -> None:
    number = 1
    layout = _layout(annex)
    for index, part in enumerate(_annex_pages(canvas, annex, scale, layout)):
        if reporter is not None:
            reporter.check()  # an annex of hundreds of people is dozens of pages: stop between them
        document = canvas.document(annex_html(part, scale, layout, title=index == 0), landscape=True)
        number += canvas.draw(document, landscape=True, first_page=number)


def _draw_decisions(canvas: _PdfCanvas, decisions: Sequence[Decision], reporter: Reporter | None = None) -> None:
    scale = canvas.scale()
    total = len(decisions)
    for done, decision in enumerate(decisions):
        if reporter is not None:
            reporter.step(done, total, decision_step(decision.people))
        document = canvas.decision(decision_html(decision, scale))
        canvas.draw(document, rules=_rules(document, rule_marks(decision)))
        if decision.annex is not None:
            _draw_annex(canvas, decision.annex, scale, reporter)


def write_decisions_pdf(
    decisions: Sequence[Decision],
    target: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> Path:
    """All `decisions` in one PDF, each from a new page; written atomically to `target`."""
    reporter = Reporter(progress, should_stop)
    family = ensure_fonts()
    with atomic_output(target) as temporary:
        canvas = _PdfCanvas.for_file(temporary, family, decisions[0].subject if decisions else "")
        try:
            _draw_decisions(canvas, decisions, reporter)
        finally:
            canvas.close()
            # Drop the writer now: Windows cannot rename a file Qt still holds open.
            del canvas
        reporter.step(len(decisions), len(decisions), DONE())
    return Path(target)


def paint_decisions(
    decisions: Sequence[Decision],
    device: QPagedPaintDevice,
    *,
    pages: PageRange | None = None,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> int:
    """Draw `decisions` onto a printer exactly as into the PDF (text stays text); only `pages` of
    the whole job if given. Returns the number of pages drawn. On cancel a printer drops the job."""
    set_resolution = getattr(device, "setResolution", None)  # QPrinter and QPdfWriter have it, the base not
    if set_resolution is not None:
        set_resolution(RESOLUTION)  # the layout units of the PDF
    canvas = _PdfCanvas(device, ensure_fonts(), pages)
    reporter = Reporter(progress, should_stop)
    try:
        _draw_decisions(canvas, decisions, reporter)
    except Cancelled:
        abort = getattr(device, "abort", None)  # QPrinter: nothing reaches the printer
        if abort is not None:
            abort()
        raise
    finally:
        canvas.close()
    reporter.step(len(decisions), len(decisions), DONE())
    first, last = pages if pages is not None else (1, canvas.counted)
    return max(0, min(last, canvas.counted) - first + 1)


def first_page_jpeg(decision: Decision, width_px: int = 256) -> bytes | None:
    """The first page of `decision` as a small JPEG, drawn as the PDF draws it (a Word file's
    thumbnail); None if this Qt cannot write JPEG."""
    family = ensure_fonts()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)  # only measures: nothing is drawn on it
    writer.setResolution(RESOLUTION)
    canvas = _PdfCanvas(writer, family)
    document = canvas.decision(decision_html(decision, canvas.scale()))
    rules = _rules(document, rule_marks(decision))
    layout = page_layout()
    page = layout.fullRectPixels(RESOLUTION)
    factor = width_px / page.width()
    image = QImage(width_px, round(page.height() * factor), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    # The image claims the PDF's resolution, so fonts are set at the size they were laid out at.
    image.setDotsPerMeterX(round(RESOLUTION / 0.0254))
    image.setDotsPerMeterY(round(RESOLUTION / 0.0254))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(factor, factor)
    margins = layout.marginsPixels(RESOLUTION)
    painter.translate(margins.left(), margins.top())
    size = document.pageSize()
    document.drawContents(painter, QRectF(0, 0, size.width(), size.height()))
    painter.setPen(QPen(Qt.GlobalColor.black, 0.2 * _PX_PER_MM))
    for rule in rules:
        if rule.y1() < size.height():
            painter.drawLine(rule)
    painter.end()
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    writer_jpeg = QImageWriter(out, b"jpg")
    writer_jpeg.setQuality(85)
    if not writer_jpeg.write(image):  # a build without Qt's JPEG plugin
        return None
    return bytes(out.data().data())
