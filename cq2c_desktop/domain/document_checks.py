"""Before a document is written: which settings it needs are missing, unreadable or unverified.

A signable document must never carry a placeholder ("(cần kiểm tra số hiệu)", "....../TTr-SNV").
So an export first asks `document_gaps`: the CLI refuses and names the settings, the window asks
the officer. Unverified legal bases (the defaults, until the officer has checked them against the
official text) do not block; they are listed so the officer knows what is printed unchecked. Each
gap says itself as a `Message` naming the setting by its label (a `Term`) and key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cq2c_desktop.domain.legal_bases import LegalBasis, parse_date
from cq2c_desktop.domain.messages import Message, Term, Text
from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.domain.settings_keys import (
    PLACEHOLDER,
    SettingKey,
    basis_field_label,
    basis_label,
    find_key,
    get_value,
)

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
_PROBLEM_TEXTS = {
    "missing": Text("setting_not_set", "{setting} ({key}): not set"),
    "invalid": Text("setting_unreadable", "{setting} ({key}): unreadable"),
    "placeholder": Text("setting_holds_placeholder", "{setting} ({key}): holds a placeholder"),
    "unverified": Text("setting_unverified", "{setting} ({key}): not checked against the official text"),
}
# The CLI adds its own option (--blanks) to this one (cli_messages.HINTS); the window asks instead.
SETTINGS_MISSING = Text(
    "document_settings_missing",
    "Cannot write a signable document: {gaps}. Enter these document settings of the plan, or write a draft "
    "whose missing values are dotted lines to fill in by hand.",
)
NOT_VERIFIED = Text("legal_bases_not_verified", "Note: not yet checked against the official text: {names}.")


@dataclass(frozen=True)
class SettingGap:
    key: str  # "documents.signer_name", "legal_bases.6.date"
    label: Term
    problem: Problem

    def message(self) -> Message:
        """ "Họ tên người ký quyết định (documents.signer_name): chưa nhập" """
        return _PROBLEM_TEXTS[self.problem](setting=self.label, key=self.key)


@dataclass(frozen=True)
class DocumentGaps:
    missing: tuple[SettingGap, ...]  # block a signable document
    unverified: tuple[SettingGap, ...]  # printed as they stand; the officer should check them

    @property
    def blocking(self) -> bool:
        return bool(self.missing)


def _gap(known: SettingKey, problem: Problem, label: Term | None = None) -> SettingGap:
    return SettingGap(known.key, label or known.label, problem)


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


def _basis_name(basis: LegalBasis, name: tuple[str, str]) -> Term:
    """ "Căn cứ 5 (Nghị định 150/2025/NĐ-CP)": which basis, with what the officer will recognise."""
    shown = " ".join(part for part in (basis.kind, basis.number) if part).strip()
    return Term(f"{name[0]} ({shown})", f"{name[1]} ({shown})") if shown else Term(*name)


def _basis_gaps(settings: PlanSettings, prefix: str, basis: LegalBasis, name: tuple[str, str]) -> list[SettingGap]:
    which = _basis_name(basis, name)
    gaps: list[SettingGap] = []
    for field in ("kind", "number", "date", "issuer", "title"):
        key = f"{prefix}.{field}"
        gap = _value_gap(settings, key, required=field in basis.required())
        if gap is not None:
            part = basis_field_label(field)
            label = Term(f"{which.vi}: {part.vi}", f"{which.en}: {part.en}")
            gaps.append(_gap(find_key(settings, key), gap.problem, label))
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
            unverified.append(_gap(find_key(settings, f"{prefix}.verified"), "unverified", _basis_name(basis, name)))
    return DocumentGaps(tuple(missing), tuple(unverified))


def missing_message(gaps: DocumentGaps) -> Message:
    """Why a signable document cannot be written yet, naming every setting to enter."""
    return SETTINGS_MISSING(gaps=[gap.message() for gap in gaps.missing])


def unverified_message(unverified: tuple[SettingGap, ...]) -> Message:
    """ "Lưu ý: chưa đối chiếu với văn bản gốc: …" for the legal bases printed unchecked."""
    return NOT_VERIFIED(names=[gap.label for gap in unverified])
