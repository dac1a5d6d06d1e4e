"""The words of a secondment decision (Quyết định biệt phái): like a transfer's (documents_content.py),
but the person goes for a term, stays on the source unit's payroll and returns at its end."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.io.documents_content import (
    Annex,
    Article,
    Decision,
    _effective,
    _executors,
    _frame,
    _identity,
    _lower_first,
    _unit_in_text,
    annex,
)
from cq2c_desktop.io.export_model import (
    TransferList,
    TransferRow,
    date_text,
    group_rows,
    honorific,
    region_label,
)
from cq2c_desktop.io.support_cost import describe

SECONDMENT_SUBJECT = "Về việc biệt phái công chức"
ANNEX_TITLE = "CÔNG CHỨC ĐƯỢC BIỆT PHÁI"
TERM_HEADING = "Thời hạn biệt phái (từ ngày - đến ngày)"


def _subject(settings: PlanSettings) -> PlanSettings:
    """The same settings with the subject of a secondment: the officer's "điều động" wording becomes "biệt phái"."""
    subject = settings.documents.decision_subject
    changed = subject.replace("điều động", "biệt phái") if "điều động" in subject else SECONDMENT_SUBJECT
    return replace(settings, documents=replace(settings.documents, decision_subject=changed))


def term_words(row: TransferRow, settings: PlanSettings) -> str:
    """ "thời hạn 24 tháng, từ ngày 01/01/2027 đến hết ngày 31/12/2028" (or from the effective date)."""
    months = row.term_months or settings.rules.secondment_months
    if row.start_date is not None and row.end_date is not None:
        return f"thời hạn {months} tháng, từ ngày {date_text(row.start_date)} đến hết ngày {date_text(row.end_date)}"
    return f"thời hạn {months} tháng, kể từ {_effective(settings)}"


def _payroll(who: str, source: str) -> list[str]:
    return [
        f"Trong thời gian biệt phái, {who} vẫn thuộc biên chế của Ủy ban nhân dân {source}; Ủy ban nhân dân "
        f"{source} tiếp tục chi trả tiền lương và các chế độ, chính sách khác theo quy định hiện hành.",
        f"Hết thời hạn biệt phái, {who} trở về công tác tại Ủy ban nhân dân {source}.",
    ]


def secondment_decision(row: TransferRow, settings: PlanSettings, issued: dt.date) -> Decision:
    who = f"{honorific(row.gender)} {row.full_name}"
    born = f", sinh ngày {date_text(row.birth_date)}" if row.birth_date else ""
    field = _lower_first(row.post_specialty or row.specialty)
    source = _unit_in_text(row.from_unit)
    first = (
        f"Biệt phái {who}{born}{_identity(row)}, Ủy ban nhân dân {source}, đến công tác tại {row.to_office} "
        f"(lĩnh vực {field}), Ủy ban nhân dân {_unit_in_text(row.to_unit)} "
        f"({_lower_first(region_label(row.to_region))}), {term_words(row, settings)}."
    )
    support = describe(row.entitlement, settings.support, row.km)
    second = [*_payroll(who, source), f"{who[:1].upper()}{who[1:]} {_lower_first(support)}"]
    third = ["Quyết định này có hiệu lực thi hành kể từ ngày ký.", _executors(settings, who)]
    articles = [Article("Điều 1.", [first]), Article("Điều 2.", second), Article("Điều 3.", third)]
    return _frame(_subject(settings), issued, articles, [row.full_name])


def collective_secondment(data: TransferList) -> Decision:
    settings = data.settings
    months = sorted({r.term_months or settings.rules.secondment_months for r in data.rows})
    terms = ", ".join(str(m) for m in months)
    first = (
        f"Biệt phái {len(data.rows)} công chức từ các xã, phường đến công tác tại các xã, phường, thời hạn "
        f"{terms} tháng, kể từ {_effective(settings)}; thời hạn, ngày bắt đầu và ngày kết thúc biệt phái của "
        f"từng người tại Danh sách kèm theo."
    )
    second = [
        "Trong thời gian biệt phái, công chức vẫn thuộc biên chế của Ủy ban nhân dân nơi cử đi biệt phái; "
        "Ủy ban nhân dân nơi cử đi tiếp tục chi trả tiền lương và các chế độ, chính sách khác theo quy định "
        "hiện hành. Hết thời hạn biệt phái, công chức trở về công tác tại đơn vị cũ.",
        "Chính sách hỗ trợ (nếu có) được hưởng trong thời gian biệt phái, không quá thời hạn biệt phái; mức hỗ "
        "trợ của từng người tại Danh sách kèm theo.",
    ]
    third = [
        "Quyết định này có hiệu lực thi hành kể từ ngày ký.",
        _executors(settings, "các công chức có tên tại Điều 1"),
    ]
    articles = [Article("Điều 1.", [first]), Article("Điều 2.", second), Article("Điều 3.", third)]
    return _frame(_subject(settings), data.issued, articles, [r.full_name for r in data.rows], annex=_annex(data))


def _annex(data: TransferList) -> Annex:
    """The transfer list's annex, titled for secondments, with each person's term and dates last."""
    listed = annex(data)
    ordered = [row for group in group_rows(data.rows, "destination") for row in group.rows]
    terms = [
        f"{row.term_months or data.settings.rules.secondment_months} tháng"
        + (f" ({date_text(row.start_date)} - {date_text(row.end_date)})" if row.start_date and row.end_date else "")
        for row in ordered
    ]
    return replace(
        listed,
        title=[listed.title[0], ANNEX_TITLE],
        headers=[*listed.headers, TERM_HEADING],
        rows=[[*values, term] for values, term in zip(listed.rows, terms, strict=True)],
        total=[*listed.total, ""],
        centred=listed.centred | {len(listed.headers)},
    )
