"""The window's side of the lower layers' messages: translated with Qt, in the interface language.

A `Message` (domain/messages.py) is a code and its fields; its English source text is declared
where it can happen, its Vietnamese is in resources/i18n/cq2c_vi.ts under the code as context, so
`QCoreApplication.translate(code, source)` finds it through the translator the app installed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Message, render

_language = "vi"  # Vietnamese first; app.py sets the language the officer chose


def set_ui_language(language: str) -> None:
    """Called by app.py with the interface language, as it installs its translation."""
    global _language
    _language = language


def ui_language() -> str:
    """ "vi" or "en": the language the interface speaks, for words the plan holds in both."""
    return _language


def _translate(code: str, source: str) -> str:
    return QCoreApplication.translate(code, source)


def tr_message(message: Message) -> str:
    """The message in the interface language."""
    return render(message, ui_language(), _translate)


def error_text(error: BaseException) -> str:
    """What a message box says about a failed job: the reason the user can act on, translated; for a
    failure nobody foresaw, the kind of error and its own words (for the officer to pass on)."""
    if isinstance(error, ServiceError):
        return tr_message(error.message)
    return f"{error.__class__.__name__}: {error}"
