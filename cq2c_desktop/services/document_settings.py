"""Whether the plan's document settings let an output be signed as it is (domain/document_checks.py).

The exports call `require_settings` before writing; the window calls `document_gaps` first, to ask
the officer; the command line says `unverified_note` after writing.
"""

from __future__ import annotations

from typing import Any

from cq2c_desktop.domain.document_checks import DocumentGaps as DocumentGaps
from cq2c_desktop.domain.document_checks import Output as Output
from cq2c_desktop.domain.document_checks import SettingGap as SettingGap
from cq2c_desktop.domain.document_checks import document_gaps as document_gaps
from cq2c_desktop.domain.document_checks import missing_message, unverified_message
from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Message
from cq2c_desktop.domain.settings import PlanSettings


class MissingSettingsError(ServiceError):
    """A document setting the output needs is missing: the message names each one (and its key)."""

    def __init__(self, gaps: DocumentGaps) -> None:
        super().__init__(missing_message(gaps))
        self.gaps = gaps

    def __reduce__(self) -> tuple[Any, ...]:  # rebuilt from its gaps in the process that catches it
        return (MissingSettingsError, (self.gaps,))


def require_settings(settings: PlanSettings, output: Output, blanks: bool) -> DocumentGaps:
    """The gaps of `output`; MissingSettingsError when some block it, unless the officer chose
    `blanks` (dotted lines to fill in by hand): a signable document never holds a placeholder."""
    gaps = document_gaps(settings, output)
    if gaps.blocking and not blanks:
        raise MissingSettingsError(gaps)
    return gaps


def unverified_note(unverified: tuple[SettingGap, ...]) -> Message:
    """ "Lưu ý: chưa đối chiếu với văn bản gốc: …" for the legal bases printed unchecked."""
    return unverified_message(unverified)
