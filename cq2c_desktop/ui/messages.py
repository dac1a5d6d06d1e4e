"""The window's side of the lower layers' messages: translated with Qt, in the interface language.

A `Message` (domain/messages.py) is a code and its fields; its English source text is declared
where it can happen, its Vietnamese is in resources/i18n/cq2c_vi.ts under the code as context, so
`QCoreApplication.translate(code, source)` finds it through the translator the app installed.

A field named `reason` that holds plain text carries an exception's own words (SQLite's, the
operating system's): the sentence gets them in plain words (ui/plain_errors.py) and the message box
keeps them behind its Details button (`show_error`), so no officer reads "file is not a database".
"""

from __future__ import annotations

import traceback
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.locations import scrub
from cq2c_desktop.domain.messages import Message, render
from cq2c_desktop.ui.plain_errors import plain_error, plain_reason

_language = "vi"  # Vietnamese first; app.py sets the language the officer chose
TECHNICAL = "reason"  # the field that carries an exception's own words


def set_ui_language(language: str) -> None:
    """Called by app.py with the interface language, as it installs its translation."""
    global _language
    _language = language


def ui_language() -> str:
    """ "vi" or "en": the language the interface speaks, for words the plan holds in both."""
    return _language


def _translate(code: str, source: str) -> str:
    return QCoreApplication.translate(code, source)


def _plain(message: Message) -> Message:
    """The message with its technical fields, and those of the messages inside it, in plain words."""
    params: dict[str, Any] = {}
    for name, value in message.params.items():
        if isinstance(value, Message):
            value = _plain(value)
        elif name == TECHNICAL and isinstance(value, str):
            value = plain_reason(value)
        params[name] = value
    return Message(message.text, params)


def tr_message(message: Message) -> str:
    """The message in the interface language, technical reasons in plain words."""
    return render(_plain(message), ui_language(), _translate)


def error_text(error: BaseException) -> str:
    """What a message box says about a failed job: the reason the user can act on, translated, in
    plain words; for a failure nobody foresaw, a plain sentence (the details are for `error_details`)."""
    if isinstance(error, ServiceError):
        return scrub(tr_message(error.message))
    return scrub(plain_error(error))


def _technical(message: Message) -> list[str]:
    found = []
    for name, value in message.params.items():
        if isinstance(value, Message):
            found += _technical(value)
        elif name == TECHNICAL and isinstance(value, str) and value:
            found.append(value)
    return found


def error_details(error: BaseException) -> str:
    """The technical text behind an error ("" when the message says everything): the exception's own
    words, and for a failure nobody foresaw its traceback, for whoever supports the program."""
    if isinstance(error, ServiceError):
        lines = _technical(error.message)
        cause = error.__cause__
        if cause is not None and not isinstance(cause, ServiceError):
            lines.append(f"{cause.__class__.__name__}: {cause}")
        return scrub("\n".join(dict.fromkeys(lines)))
    return scrub("".join(traceback.format_exception(error)).strip())


def show_error(parent: QWidget | None, title: str, error: BaseException, text: str | None = None) -> None:
    """A warning in plain words (`text`, or the error's); the technical text, if any, behind the
    Details button."""
    if not error_details(error):
        QMessageBox.warning(parent, title, error_text(error) if text is None else text)
        return
    error_box(parent, title, error, text).exec()


def error_box(parent: QWidget | None, title: str, error: BaseException, text: str | None = None) -> QMessageBox:
    """The message box of `show_error`, not yet shown."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        error_text(error) if text is None else text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setDetailedText(error_details(error))
    return box
