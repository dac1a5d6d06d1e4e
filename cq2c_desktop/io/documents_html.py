"""A decision as the HTML subset Qt's QTextDocument lays out (for the PDF renderer).

Sizes follow Nghị định 30/2020/NĐ-CP: issuing body 13 pt bold caps, national title 12.5 pt bold,
motto 13.5 pt bold, title 14 pt bold, body 13 pt (the decree allows 13–14; 13 keeps a person's
decision on one sheet) justified with a first-line indent, recipients 12/11 pt, signer 14 pt bold.
The layout runs at the printer's resolution, and Qt scales some CSS lengths (margins, padding) by
resolution/96 but not others (text-indent): the caller measures both and passes them as a `Scale`.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from cq2c_desktop.io.documents_annex import AnnexLayout
from cq2c_desktop.io.documents_content import Annex, Decision

_BODY_PT = 13
_LEADING = 110  # line height, %: the decree allows single to 1.5 lines


@dataclass(frozen=True)
class Scale:
    """CSS pixels per millimetre, for vertical margins and padding, and for indents."""

    margin: float
    indent: float


def _p(
    text: str,
    *,
    align: str = "center",
    size: float = _BODY_PT,
    bold: bool = False,
    italic: bool = False,
    before: float = 0,
    after: float = 0,
    indent: float = 0,
    leading: int = 100,
) -> str:
    """A paragraph; `before`, `after` and `indent` are already in CSS pixels, `leading` in %."""
    style = [
        f"font-size:{size}pt",
        f"margin-top:{before:.1f}px",
        f"margin-bottom:{after:.1f}px",
        f"text-indent:{indent:.0f}px",
        f"line-height:{leading}%",
    ]
    if bold:
        style.append("font-weight:bold")
    if italic:
        style.append("font-style:italic")
    return f'<p align="{align}" style="{";".join(style)}">{text}</p>'


def rule_marks(d: Decision) -> dict[str, float]:
    """Centred lines Nghị định 30 draws under a text, as that text -> the rule's share of its width.

    Under the issuing body 1/3–1/2 of it, under the motto all of it, under the subject 1/3–1/2.
    Qt's HTML tables cannot place such short rules reliably, so the PDF renderer draws them.
    """
    return {d.body[-1]: 0.5, "Độc lập - Tự do - Hạnh phúc": 1.0, d.subject: 0.4}


def _header(d: Decision, mm: Scale) -> str:
    body = "<br/>".join(escape(line) for line in d.body)
    left = _p(body, size=13, bold=True, after=2 * mm.margin) + _p(escape(d.number), size=13, before=1.5 * mm.margin)
    right = (
        _p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12.5, bold=True)
        + _p("Độc lập - Tự do - Hạnh phúc", size=13.5, bold=True, after=2 * mm.margin)
        + _p(escape(d.place_date), size=13, italic=True, before=1.5 * mm.margin)
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="37%" valign="top">{left}</td><td width="63%" valign="top">{right}</td>'
        "</tr></table>"
    )


def _title(d: Decision, mm: Scale) -> str:
    return (
        _p(escape(d.title), size=14, bold=True, before=8 * mm.margin)
        + _p(escape(d.subject), size=14, bold=True, after=2 * mm.margin)
        + _p(escape(d.authority), size=14, bold=True, before=6 * mm.margin, after=3 * mm.margin)
    )


def _bases(d: Decision, mm: Scale) -> str:
    lines = [*d.bases, d.proposal] if d.proposal.strip() else list(d.bases)
    return "".join(
        _p(escape(line), align="justify", italic=True, after=1.5 * mm.margin, indent=10 * mm.indent, leading=_LEADING)
        for line in lines
    )


def _articles(d: Decision, mm: Scale) -> str:
    out = [_p("QUYẾT ĐỊNH:", size=14, bold=True, before=3 * mm.margin, after=3 * mm.margin)]
    for article in d.articles:
        for index, text in enumerate(article.paragraphs):
            lead = f"<b>{escape(article.label)}</b> " if index == 0 else ""
            out.append(
                _p(lead + escape(text), align="justify", after=2 * mm.margin, indent=10 * mm.indent, leading=_LEADING)
            )
    return "".join(out)


def _closing(d: Decision, mm: Scale) -> str:
    recipients = _p("<b><i>Nơi nhận:</i></b>", align="left", size=12)
    recipients += "".join(_p(f"- {escape(r)}", align="left", size=11) for r in d.recipients)
    signer = "".join(_p(escape(line), size=14, bold=True) for line in d.signer)
    # Room for the signature and the seal (about 20 mm), then the signer's name.
    signer += _p("&nbsp;", size=14, after=17 * mm.margin)
    signer += _p(escape(d.signer_name) or "&nbsp;", size=14, bold=True)
    return (
        f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:{4 * mm.margin:.1f}px"><tr>'
        f'<td width="50%" valign="top">{recipients}</td><td width="50%" valign="top">{signer}</td>'
        "</tr></table>"
    )


def decision_html(d: Decision, mm: Scale) -> str:
    """The decision itself (without the annex), one QTextDocument."""
    return (
        f"<html><body>{_header(d, mm)}{_title(d, mm)}{_bases(d, mm)}{_articles(d, mm)}{_closing(d, mm)}</body></html>"
    )


def annex_html(annex: Annex, mm: Scale, layout: AnnexLayout, *, title: bool = True) -> str:
    """The list annexed to a collective decision (or one page of it: `title` only on the first).

    Borders are solid black hairlines: Qt's default table border is an "outset" bevel drawn in greys
    that print faintly. Columns take the widths of `layout` (documents_annex.py)."""
    heading = "".join(_p(escape(line), size=14, bold=True) for line in annex.title) if title else ""
    if title:
        heading += _p(escape(annex.subtitle), size=13, italic=True, after=4 * mm.margin)
    total = sum(layout.widths_mm)
    widths = [f'width="{100 * w / total:.2f}%"' for w in layout.widths_mm]
    head = "".join(f'<th {w} align="center">{escape(h)}</th>' for h, w in zip(annex.headers, widths, strict=True))
    numbers = "".join(f'<td align="center"><i>{escape(n)}</i></td>' for n in annex.numbers)
    rows = []
    for values, bold in [*((r, False) for r in annex.rows), *([(annex.total, True)] if annex.total else [])]:
        cells = []
        start = 0
        if bold and annex.label_span > 1:  # the total's label across the text columns
            cells.append(f'<td colspan="{annex.label_span}" align="center"><b>{escape(values[0])}</b></td>')
            start = annex.label_span
        for index, value in enumerate(values[start:], start=start):
            align = "right" if index in annex.numeric else ("center" if index in annex.centred else "left")
            text = f"<b>{escape(value)}</b>" if bold and value else escape(value)
            # 1.567.215.000 is one word: amounts, distances and dates never break.
            nowrap = ' style="white-space:nowrap"' if index in annex.numeric or index in annex.centred else ""
            cells.append(f'<td align="{align}"{nowrap}>{text}</td>')
        rows.append(f"<tr>{''.join(cells)}</tr>")
    table = (
        f'<table width="100%" border="1" cellspacing="0" cellpadding="{mm.margin:.1f}" '
        f'style="border-collapse:collapse;border-style:solid;border-color:#000000;font-size:{layout.font_pt}pt">'
        f"<thead><tr>{head}</tr><tr>{numbers}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    return f"<html><body>{heading}{table}</body></html>"
