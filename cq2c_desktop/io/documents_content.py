"""The words of a transfer decision (Quyết định điều động), laid out per Nghị định 30/2020/NĐ-CP.

One `Decision` holds every part of the document in order; the PDF and Word renderers only place
them, so both files carry the same text. Blanks the clerk fills by hand (number, day, month) are
dotted, as on the printed forms.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.io.export_model import (
    TransferList,
    TransferRow,
    date_text,
    group_rows,
    honorific,
    position_text,
    region_label,
    region_rank,
)
from cq2c_desktop.io.support_cost import describe, format_decimal, format_vnd

BLANK_DATE = "ngày ...... tháng ...... năm ......"


@dataclass(frozen=True)
class Article:
    label: str  # "Điều 1."
    paragraphs: list[str]  # the first runs on from the label


@dataclass(frozen=True)
class Annex:
    title: list[str]
    subtitle: str
    headers: list[str]
    widths: list[int]  # relative column widths
    rows: list[list[str]]
    total: list[str]
    numeric: frozenset[int] = frozenset()  # right-aligned columns


@dataclass(frozen=True)
class Decision:
    body: list[str]
    number: str
    place_date: str
    subject: str
    authority: str
    bases: list[str]
    proposal: str
    articles: list[Article]
    recipients: list[str]
    signer: list[str]
    signer_name: str
    annex: Annex | None = None
    title: str = "QUYẾT ĐỊNH"
    people: list[str] = field(default_factory=list)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _sentence_case(title: str) -> str:
    """ "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" -> "Chủ tịch Ủy ban nhân dân tỉnh" (for running text)."""
    text = title[:1].upper() + title[1:].lower()
    for name in ("ủy ban nhân dân", "hội đồng nhân dân", "sở nội vụ"):
        text = text.replace(name, name[:1].upper() + name[1:])
    return text


def _unit_in_text(unit: str) -> str:
    """ "Xã Mường Lát" reads "xã Mường Lát" inside a sentence."""
    for kind in ("Xã ", "Phường ", "Đặc khu "):
        if unit.startswith(kind):
            return _lower_first(unit)
    return unit


def _effective(settings: PlanSettings) -> str:
    return settings.documents.effective_date.strip() or BLANK_DATE


def _frame(
    settings: PlanSettings, issued: dt.date, articles: list[Article], people: list[str], annex: Annex | None = None
) -> Decision:
    doc = settings.documents
    body = doc.decision_body or ["ỦY BAN NHÂN DÂN", f"TỈNH {settings.province.upper()}"]
    signer = [line for line in (doc.signer_on_behalf, doc.signer_title) if line.strip()]
    return Decision(
        body=list(body),
        number=f"Số: ........../{doc.symbol}",
        place_date=f"{doc.place}, ngày ...... tháng ...... năm {issued.year}",
        subject=doc.decision_subject,
        authority=doc.authority,
        bases=list(settings.legal_bases),
        proposal=doc.proposal,
        articles=articles,
        recipients=list(doc.recipients),
        signer=signer,
        signer_name=doc.signer_name,
        annex=annex,
        people=people,
    )


def _executors(settings: PlanSettings, who: str) -> str:
    names = ", ".join(settings.documents.executors)
    return f"{names}, {who} và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."


def _identity(row: TransferRow) -> str:
    """ ", ngạch Chuyên viên, công chức Phòng Kinh tế" — what the person is now."""
    parts = [f"ngạch {row.rank}"] if row.rank else []
    if row.position:
        parts.append(_lower_first(row.position) if row.position.startswith("Công chức") else row.position)
    return "".join(f", {part}" for part in parts)


def individual_decision(row: TransferRow, settings: PlanSettings, issued: dt.date) -> Decision:
    who = f"{honorific(row.gender)} {row.full_name}"
    born = f", sinh ngày {date_text(row.birth_date)}" if row.birth_date else ""
    field = _lower_first(row.post_specialty or row.specialty)
    first = (
        f"Điều động {who}{born}{_identity(row)}, Ủy ban nhân dân {_unit_in_text(row.from_unit)}, "
        f"đến nhận công tác tại {row.to_office} (lĩnh vực {field}), Ủy ban nhân dân "
        f"{_unit_in_text(row.to_unit)} ({_lower_first(region_label(row.to_region))}), "
        f"kể từ {_effective(settings)}."
    )
    support = describe(row.entitlement, settings.support, row.km)
    second = [
        f"{who[:1].upper()}{who[1:]} {_lower_first(support)}",
        f"Tiền lương và các chế độ, chính sách khác của {who} thực hiện theo quy định hiện hành.",
    ]
    third = ["Quyết định này có hiệu lực thi hành kể từ ngày ký.", _executors(settings, who)]
    articles = [Article("Điều 1.", [first]), Article("Điều 2.", second), Article("Điều 3.", third)]
    return _frame(settings, issued, articles, [row.full_name])


def _policy_sentence(data: TransferList) -> str:
    support = data.settings.support
    rates = [
        f"{format_decimal(multiplier)} lần mức lương cơ sở đối với người đến công tác tại xã "
        f"{_lower_first(region_label(region))}"
        for region, multiplier in sorted(support.multiplier_by_region.items(), key=lambda kv: region_rank(kv[0]))
        if multiplier > 0
    ]
    text = (
        f"Công chức có tên tại Danh sách kèm theo thuộc đối tượng hỗ trợ được hưởng chính sách theo "
        f"{support.resolution_ref}: hỗ trợ hằng tháng bằng {'; '.join(rates)}, trong thời gian tối đa "
        f"{support.months} tháng"
    )
    if support.one_off_vnd:
        text += f"; hỗ trợ một lần {format_vnd(support.one_off_vnd)} đồng"
    if support.travel_bands:
        text += "; hỗ trợ đi lại theo khoảng cách"
    costs = data.costs
    return (
        text + f". Mức hỗ trợ của từng người tại Danh sách kèm theo; tổng kinh phí hỗ trợ dự kiến "
        f"{format_vnd(costs.total_vnd)} đồng."
    )


def collective_decision(data: TransferList) -> Decision:
    settings = data.settings
    regions = sorted({r.to_region for r in data.rows}, key=region_rank)
    places = ", ".join(_lower_first(region_label(r)) for r in regions)
    first = (
        f"Điều động {len(data.rows)} công chức từ các xã, phường đến nhận công tác tại các xã, phường "
        f"{places}, kể từ {_effective(settings)} (có Danh sách kèm theo)."
    )
    second = [
        _policy_sentence(data),
        "Tiền lương và các chế độ, chính sách khác của công chức thực hiện theo quy định hiện hành.",
    ]
    third = [
        "Quyết định này có hiệu lực thi hành kể từ ngày ký.",
        _executors(settings, "các công chức có tên tại Điều 1"),
    ]
    articles = [Article("Điều 1.", [first]), Article("Điều 2.", second), Article("Điều 3.", third)]
    return _frame(settings, data.issued, articles, [r.full_name for r in data.rows], annex=annex(data))


def annex(data: TransferList) -> Annex:
    rows: list[list[str]] = []
    for group in group_rows(data.rows, "destination"):
        for row in group.rows:
            ent = row.entitlement
            rows.append(
                [
                    str(len(rows) + 1),
                    row.full_name,
                    date_text(row.birth_date),
                    position_text(row),
                    row.specialty,
                    row.from_unit,
                    row.to_unit,
                    format_decimal(row.km, 1),
                    format_vnd(ent.per_month_vnd) if ent.eligible else "-",
                    format_vnd(ent.total_vnd),
                ]
            )
    costs = data.costs
    doc = data.settings.documents
    authority = _sentence_case(doc.authority)
    return Annex(
        title=["DANH SÁCH", "CÔNG CHỨC ĐƯỢC ĐIỀU ĐỘNG"],
        subtitle=f"(Kèm theo Quyết định số ........../{doc.symbol} {BLANK_DATE} của {authority})",
        headers=[
            "STT",
            "Họ và tên",
            "Ngày sinh",
            "Chức vụ/ngạch",
            "Chuyên môn",
            "Đơn vị hiện tại",
            "Đơn vị đến",
            "Khoảng cách (km)",
            "Hỗ trợ hằng tháng (đồng)",
            "Tổng hỗ trợ dự kiến (đồng)",
        ],
        widths=[5, 15, 10, 18, 9, 13, 13, 8, 10, 11],
        rows=rows,
        total=[
            "",
            f"Tổng cộng: {len(rows)} người",
            "",
            "",
            "",
            "",
            "",
            format_decimal(data.total_km, 1),
            format_vnd(costs.per_month_vnd),
            format_vnd(costs.total_vnd),
        ],
        numeric=frozenset({7, 8, 9}),
    )
