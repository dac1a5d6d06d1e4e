"""Before a document is written: which settings it needs are missing, unreadable or unverified.

A signable document must never carry a placeholder ("(cần kiểm tra số hiệu)", "....../TTr-SNV").
So an export first asks `document_gaps`: the CLI refuses and names the settings, the window asks
the officer. Unverified legal bases (the defaults, until the officer has checked them against the
official text) do not block; they are listed so the officer knows what is printed unchecked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cq2c_desktop.domain.legal_bases import LegalBasis, parse_date
from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.domain.settings_keys import PLACEHOLDER, SettingKey, basis_label, find_key, get_value

Output = Literal["decisions", "transfers"]
Problem = Literal["missing", "invalid", "placeholder", "unverified"]

_REQUIRED: dict[str, tuple[str, ...]] = {
    "decisions": (
        "documents.authority",
        "documents.place",
        "documents.symbol",
        "documents.decision_subject",
        "documents.signer_title",
        "documents.signer_name",
        "documents.executors",
        "documents.recipients",
    ),
    "transfers": (
        "documents.issuing_body_parent",
        "documents.issuing_body",
        "documents.place",
        "documents.list_title",
        "documents.list_signer_title",
        "documents.list_signer_name",
    ),
}
_PROBLEM_WORDS = {
    "missing": ("chưa nhập", "not set"),
    "invalid": ("không đọc được", "unreadable"),
    "placeholder": ("còn chỗ trống hoặc ghi chú", "holds a placeholder"),
    "unverified": ("chưa đối chiếu văn bản gốc", "not checked against the official text"),
}


@dataclass(frozen=True)
class SettingGap:
    key: str  # "documents.signer_name", "legal_bases.6.date"
    label_vi: str
    label_en: str
    problem: Problem

    def text_vi(self) -> str:
        return f"{self.label_vi} ({self.key}): {_PROBLEM_WORDS[self.problem][0]}"

    def text_en(self) -> str:
        return f"{self.label_en} ({self.key}): {_PROBLEM_WORDS[self.problem][1]}"


@dataclass(frozen=True)
class DocumentGaps:
    missing: tuple[SettingGap, ...]  # block a signable document
    unverified: tuple[SettingGap, ...]  # printed as they stand; the officer should check them

    @property
    def blocking(self) -> bool:
        return bool(self.missing)


def _gap(known: SettingKey, problem: Problem, label: tuple[str, str] | None = None) -> SettingGap:
    vi, en = label or (known.label_vi, known.label_en)
    return SettingGap(known.key, vi, en, problem)


def _value_gap(settings: PlanSettings, key: str, required: bool) -> SettingGap | None:
    known = find_key(settings, key)
    value = get_value(settings, key)
    texts = [str(v) for v in value] if isinstance(value, list) else [str(value)]
    if not "".join(texts).strip():
        return _gap(known, "missing") if required else None
    if any(PLACEHOLDER.search(text) for text in texts):
        return _gap(known, "placeholder")
    if known.kind == "date":
        try:
            parse_date(str(value))
        except ValueError:
            return _gap(known, "invalid")
    return None


def _basis_gaps(settings: PlanSettings, prefix: str, basis: LegalBasis, name: tuple[str, str]) -> list[SettingGap]:
    shown = " ".join(part for part in (basis.kind, basis.number) if part).strip()
    label_vi = f"{name[0]} ({shown})" if shown else name[0]
    label_en = f"{name[1]} ({shown})" if shown else name[1]
    gaps: list[SettingGap] = []
    for field in ("kind", "number", "date", "issuer", "title"):
        key = f"{prefix}.{field}"
        gap = _value_gap(settings, key, required=field in basis.required())
        if gap is not None:
            known = find_key(settings, key)
            field_vi, field_en = known.label_vi.split(": ")[-1], known.label_en.split(": ")[-1]
            gaps.append(_gap(known, gap.problem, (f"{label_vi}: {field_vi}", f"{label_en}: {field_en}")))
    return gaps


def _support_applies(settings: PlanSettings) -> bool:
    support = settings.support
    return any(m > 0 for m in support.multiplier_by_region.values())


def document_gaps(settings: PlanSettings, output: Output) -> DocumentGaps:
    """What `output` ("decisions" or "transfers") needs from the settings and does not have."""
    missing: list[SettingGap] = []
    unverified: list[SettingGap] = []
    for key in _REQUIRED[output]:
        gap = _value_gap(settings, key, required=True)
        if gap is not None:
            missing.append(gap)
    optional = (
        ["documents.effective_date", "documents.decision_body", "documents.signer_on_behalf"]
        if output == "decisions"
        else ["documents.list_preparer_title", "documents.list_preparer_name"]
    )
    doc = settings.documents
    if output == "decisions" and doc.proposal_by.strip():
        missing += [
            gap
            for key in ("documents.proposal_by", "documents.proposal_number", "documents.proposal_date")
            if (gap := _value_gap(settings, key, required=True)) is not None
        ]
    missing += [gap for key in optional if (gap := _value_gap(settings, key, required=False)) is not None]
    bases: list[tuple[str, LegalBasis, tuple[str, str]]] = []
    if _support_applies(settings):
        bases.append(("support.resolution", settings.support.resolution, ("Nghị quyết hỗ trợ", "Support resolution")))
    if output == "decisions":
        bases += [
            (f"legal_bases.{index}", basis, basis_label(index))
            for index, basis in enumerate(settings.legal_bases, start=1)
            if basis.cited
        ]
    for prefix, basis, name in bases:
        missing += _basis_gaps(settings, prefix, basis, name)
        if not basis.verified:
            shown = " ".join(part for part in (basis.kind, basis.number) if part)
            label = (f"{name[0]} ({shown})", f"{name[1]} ({shown})") if shown else name
            unverified.append(_gap(find_key(settings, f"{prefix}.verified"), "unverified", label))
    return DocumentGaps(tuple(missing), tuple(unverified))


def missing_message(gaps: DocumentGaps) -> str:
    """The CLI's refusal: one line, Vietnamese then English, naming every setting to enter."""
    vi = "; ".join(gap.text_vi() for gap in gaps.missing)
    en = "; ".join(gap.text_en() for gap in gaps.missing)
    return (
        f"Chưa thể xuất văn bản để ký: {vi}. Hãy nhập các cài đặt văn bản này của phương án, hoặc dùng --blanks "
        f"để để trống (dòng chấm) mà điền tay. / Cannot write a signable document: {en}. Enter these document "
        "settings of the plan, or use --blanks to leave dotted blanks to fill in by hand."
    )


def unverified_message(gaps: DocumentGaps) -> str:
    names_vi = ", ".join(gap.label_vi for gap in gaps.unverified)
    names_en = ", ".join(gap.label_en for gap in gaps.unverified)
    return (
        f"Lưu ý: chưa đối chiếu với văn bản gốc: {names_vi}. / "
        f"Note: not yet checked against the official text: {names_en}."
    )
