"""The words of a transfer decision (Quyết định điều động), laid out per Nghị định 30/2020/NĐ-CP.

One `Decision` holds every part of the document in order; the PDF and Word renderers only place
them, so both files carry the same text. Every value comes from the plan's settings: the legal
bases, the proposal, the support resolution. Only the decision's own number and day, which the
clerk gives it when it is signed and registered, are dotted blanks, as on the printed forms; a
setting left empty is dotted too, but only when the officer chose to export with blanks
(document_checks.py stops an export before that otherwise).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from cq2c_desktop.domain.legal_bases import BLANK_NUMBER, LegalBasis, citation, reference, stored_date_words
from cq2c_desktop.domain.settings import PlanSettings, SupportPolicy
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
from cq2c_desktop.io.support_cost import describe, format_decimal, format_km, format_vnd, sum_shown_km


def _clerk_date(year: int) -> str:
    """The decision's own date, which the clerk writes in when it is signed."""
    return f"ngày ...... tháng ...... năm {year}"


@dataclass(frozen=True)
class Article:
    label: str  # "Điều 1."
    paragraphs: list[str]  # the first runs on from the label


@dataclass(frozen=True)
class Annex:
    title: list[str]
    subtitle: str
    headers: list[str]
    rows: list[list[str]]
    total: list[str]
    numeric: frozenset[int] = frozenset()  # right-aligned, never broken across lines
    centred: frozenset[int] = frozenset()  # centred, never broken either (STT, dates)
    label_span: int = 1  # the total row's first cell (its label) spans this many columns

    @property
    def numbers(self) -> list[str]:
        """The row under the headers that numbers the columns, "(1)", "(2)" …, as official tables do."""
        return [f"({index})" for index in range(1, len(self.headers) + 1)]


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


def sentence_case(title: str) -> str:
    """ "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" -> "Chủ tịch Ủy ban nhân dân tỉnh" (for running text)."""
    text = title[:1].upper() + title[1:].lower()
    for proper in ("Ủy ban nhân dân", "Hội đồng nhân dân", "Sở Nội vụ"):
        text = re.sub(re.escape(proper), proper, text, flags=re.IGNORECASE)
    return text


def _unit_in_text(unit: str) -> str:
    """ "Xã Mường Lát" reads "xã Mường Lát" inside a sentence."""
    for kind in ("Xã ", "Phường ", "Đặc khu "):
        if unit.startswith(kind):
            return _lower_first(unit)
    return unit


def _effective(settings: PlanSettings) -> str:
    """ "ngày 01 tháng 01 năm 2027", or, without a date set, the day the decision takes effect."""
    date = settings.documents.effective_date
    return stored_date_words(date) if date.strip() else "ngày Quyết định này có hiệu lực thi hành"


def _support_applies(support: SupportPolicy) -> bool:
    return any(m > 0 for m in support.multiplier_by_region.values())


def _bases(settings: PlanSettings) -> list[str]:
    """The "Căn cứ" lines: the cited legal bases, with the support resolution before the province's
    own other documents (a People's Council resolution ranks above its Committee's decisions)."""
    cited: list[LegalBasis] = [b for b in settings.legal_bases if b.cited]
    resolution = settings.support.resolution
    if resolution.cited and not resolution.is_empty() and _support_applies(settings.support):
        local = [i for i, b in enumerate(cited) if "tỉnh" in b.issuer]
        cited.insert(local[0] if local else len(cited), resolution)
    return [citation(basis) for basis in cited]


def _proposal(settings: PlanSettings) -> str:
    doc = settings.documents
    if not doc.proposal_by.strip():
        return ""
    number = doc.proposal_number.strip() or BLANK_NUMBER
    return (
        f"Theo đề nghị của {doc.proposal_by.strip()} tại Tờ trình số {number} {stored_date_words(doc.proposal_date)}."
    )


def _frame(
    settings: PlanSettings, issued: dt.date, articles: list[Article], people: list[str], annex: Annex | None = None
) -> Decision:
    doc = settings.documents
    body = doc.decision_body or ["ỦY BAN NHÂN DÂN", f"TỈNH {settings.province.upper()}"]
    signer = [line for line in (doc.signer_on_behalf, doc.signer_title) if line.strip()]
    return Decision(
        body=list(body),
        number=f"Số: ........../{doc.symbol}",
        place_date=f"{doc.place}, {_clerk_date(issued.year)}",
        subject=doc.decision_subject,
        authority=doc.authority,
        bases=_bases(settings),
        proposal=_proposal(settings),
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
    if row.birth_masked and row.birth_date:  # personal data not asked for: the year only
        born = f", sinh năm {row.birth_date.year}"
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


def _band_text(band: dict[str, float]) -> str:
    low, high = band.get("from_km", 0), band.get("to_km")
    span = f"từ {format_decimal(low, 1)} km" + (
        f" đến dưới {format_decimal(high, 1)} km" if high is not None else " trở lên"
    )
    amounts = [f"{format_vnd(int(band.get('monthly_vnd', 0)))} đồng/tháng"] if band.get("monthly_vnd") else []
    if band.get("one_off_vnd"):
        amounts.append(f"{format_vnd(int(band['one_off_vnd']))} đồng một lần")
    return f"{' và '.join(amounts)} {span}"


def _policy_sentence(data: TransferList) -> str:
    support = data.settings.support
    rates = [
        f"bằng {format_decimal(multiplier)} lần mức lương cơ sở đối với người đến công tác tại xã "
        f"{_lower_first(region_label(region))}"
        for region, multiplier in sorted(support.multiplier_by_region.items(), key=lambda kv: region_rank(kv[0]))
        if multiplier > 0
    ]
    text = (
        f"Công chức có tên tại Danh sách kèm theo thuộc đối tượng hỗ trợ được hưởng chính sách theo "
        f"{reference(support.resolution)}: hỗ trợ hằng tháng {', '.join(rates)} (mức lương cơ sở "
        f"{format_vnd(support.base_salary_vnd)} đồng/tháng), trong thời gian tối đa {support.months} tháng"
    )
    bands = [_band_text(band) for band in support.travel_bands if band.get("monthly_vnd") or band.get("one_off_vnd")]
    if bands:
        text += (
            f"; hỗ trợ đi lại theo khoảng cách ({'; '.join(bands)}), phần hằng tháng trong thời gian tối đa "
            f"{support.months} tháng"
        )
    if support.one_off_vnd:
        text += f"; hỗ trợ một lần {format_vnd(support.one_off_vnd)} đồng"
    return (
        text + f". Mức hỗ trợ của từng người tại Danh sách kèm theo; tổng kinh phí hỗ trợ dự kiến "
        f"{format_vnd(data.costs.total_vnd)} đồng."
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


# The column of the post filled at the destination (the annex and the list): document text, not a message.
POST_HEADING = "Vị trí / lĩnh vực nơi đến"


def destination_post(row: TransferRow) -> str:
    """ "Đất đai (Phòng Kinh tế)": the field of the post filled, and the office that has it."""
    return f"{row.post_specialty or row.specialty} ({row.to_office})"


def _amount(value: int) -> str:
    return format_vnd(value) if value else "-"


def annex(data: TransferList) -> Annex:
    """The list annexed to a collective decision: who goes where, to which post, with what support.

    Each amount has its column and the total's header says how it is made, so that it can be
    checked by hand; the months have a column only when they differ between people."""
    ordered = [row for group in group_rows(data.rows, "destination") for row in group.rows]
    eligible = [r.entitlement for r in ordered if r.entitlement.eligible]
    months = sorted({e.months for e in eligible})
    with_months = len(months) > 1
    with_once = any(r.entitlement.once_vnd for r in ordered)
    headers = [
        "STT",
        "Họ và tên",
        "Ngày sinh",
        "Chức vụ, ngạch",
        "Chuyên môn",
        "Đơn vị hiện tại",
        "Đơn vị đến",
        POST_HEADING,
        "Khoảng cách (km)",
        "Hỗ trợ hằng tháng (đồng/tháng)",
    ]
    monthly = len(headers)  # 1-based number of the monthly column
    if with_months:
        headers.append("Số tháng hỗ trợ")
    if with_once:
        headers.append("Hỗ trợ một lần (đồng)")
    span = f"({monthly + 1})" if with_months else str(months[0] if months else data.settings.support.months)
    formula = f"({monthly}) × {span}" + (f" + ({len(headers)})" if with_once else "")
    headers.append(f"Tổng hỗ trợ dự kiến (đồng) = {formula}")
    rows: list[list[str]] = []
    for row in ordered:
        ent = row.entitlement
        values = [
            str(len(rows) + 1),
            row.full_name,
            row.masked_birth if row.birth_masked else date_text(row.birth_date),
            position_text(row),
            row.specialty,
            row.from_unit,
            row.to_unit,
            destination_post(row),
            format_km(row.km),
            _amount(ent.per_month_vnd if ent.eligible else 0),
        ]
        if with_months:
            values.append(str(ent.months) if ent.eligible else "-")
        if with_once:
            values.append(_amount(ent.once_vnd))
        rows.append([*values, _amount(ent.total_vnd)])
    costs = data.costs
    doc = data.settings.documents
    total = [f"Tổng cộng: {len(rows)} người", "", "", "", "", "", "", ""]
    total += [format_km(sum_shown_km([r.km for r in ordered])), format_vnd(costs.per_month_vnd)]
    total += [""] * with_months + [format_vnd(sum(r.entitlement.once_vnd for r in ordered))] * with_once
    authority = sentence_case(doc.authority)
    return Annex(
        title=["DANH SÁCH", "CÔNG CHỨC ĐƯỢC ĐIỀU ĐỘNG"],
        subtitle=f"(Kèm theo Quyết định số ........../{doc.symbol} {_clerk_date(data.issued.year)} của {authority})",
        headers=headers,
        rows=rows,
        total=[*total, format_vnd(costs.total_vnd)],
        numeric=frozenset(range(8, len(headers))),
        centred=frozenset({0, 2}),
        label_span=8,
    )
