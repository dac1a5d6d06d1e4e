"""Technical errors in plain words: "file is not a database" becomes "the file is not a CQ2C plan, or
it is damaged"; the technical text stays available behind the message box's Details button.

Two sources of technical text reach the window: the `{reason}` of a lower layer's message, which
carries an exception's own words (SQLite's, the operating system's, a spreadsheet reader's), and an
exception nobody foresaw. Both are recognised here by what they say or by their kind; anything not
recognised is called a technical error, never shown raw in the sentence.
"""

from __future__ import annotations

import errno
import sqlite3
import zipfile

from PySide6.QtCore import QCoreApplication


# (words in the technical text, lower case) → plain words. The first match wins.
def _known() -> tuple[tuple[tuple[str, ...], str], ...]:
    return (
        (
            ("connection refused", "could not connect", "connection to server"),
            QCoreApplication.translate("PlainErrors", "the plan server cannot be reached"),
        ),
        (
            ("password authentication failed", "permission denied for"),
            QCoreApplication.translate("PlainErrors", "the plan server refused the user name"),
        ),
        (
            ("file is not a database", "not a database"),
            QCoreApplication.translate("PlainErrors", "the file is not a CQ2C plan, or it is damaged"),
        ),
        (
            ("malformed", "database corrupt", "damaged"),
            QCoreApplication.translate("PlainErrors", "the file is damaged"),
        ),
        (
            ("database is locked", "database table is locked"),
            QCoreApplication.translate("PlainErrors", "another program is writing to the plan"),
        ),
        (
            ("readonly database", "read-only file system"),
            QCoreApplication.translate("PlainErrors", "the file or the disk is read-only"),
        ),
        (
            ("unable to open database file",),
            QCoreApplication.translate("PlainErrors", "the file cannot be opened where it is"),
        ),
        (
            ("disk i/o error", "input/output error"),
            QCoreApplication.translate("PlainErrors", "the disk could not be read or written"),
        ),
        (
            ("no space left", "not enough space", "disk is full", "database or disk is full"),
            QCoreApplication.translate("PlainErrors", "the disk is full"),
        ),
        (
            ("being used by another process", "sharing violation", "used by another program"),
            QCoreApplication.translate(
                "PlainErrors", "the file is open in another program (Excel?): close it and try again"
            ),
        ),
        (
            ("permission denied", "access is denied"),
            QCoreApplication.translate("PlainErrors", "you have no permission to use this file or folder"),
        ),
        (
            ("no such file", "cannot find the file", "cannot find the path"),
            QCoreApplication.translate("PlainErrors", "the file or folder does not exist"),
        ),
        (
            ("file is not a zip file", "bad zip", "not a zip"),
            QCoreApplication.translate("PlainErrors", "the file is not a real Excel workbook, or it is damaged"),
        ),
        (
            ("codec can't decode", "decode byte"),
            QCoreApplication.translate("PlainErrors", "the file's characters cannot be read (unknown text encoding)"),
        ),
        (
            ("memoryerror", "out of memory", "cannot allocate"),
            QCoreApplication.translate("PlainErrors", "the computer ran out of memory"),
        ),
        (("timed out", "timeout"), QCoreApplication.translate("PlainErrors", "the work took too long and was stopped")),
    )


_ERRNO_WORDS = {
    errno.ENOSPC: "no space left",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "no such file",
    errno.EROFS: "read-only file system",
    errno.EIO: "disk i/o error",
}
_WINERROR_WORDS = {32: "being used by another process", 33: "being used by another process", 5: "access is denied"}


def plain_reason(technical: str) -> str:
    """A technical reason in plain words; "a technical error" when it says nothing we know."""
    lowered = technical.lower()
    for needles, words in _known():
        if any(needle in lowered for needle in needles):
            return words
    return QCoreApplication.translate("PlainErrors", "a technical error (see Details)")


def _technical_words(error: BaseException) -> str:
    """What the error says, with the words its kind implies (errno, Windows error code)."""
    words = [f"{error.__class__.__name__}: {error}"]
    if isinstance(error, OSError):
        words.append(_ERRNO_WORDS.get(error.errno or 0, ""))
        words.append(_WINERROR_WORDS.get(getattr(error, "winerror", 0) or 0, ""))
    if isinstance(error, MemoryError):
        words.append("out of memory")
    if isinstance(error, zipfile.BadZipFile):
        words.append("bad zip")
    if isinstance(error, sqlite3.DatabaseError) and not str(error):
        words.append("damaged")
    return " ".join(words)


def is_recognised(error: BaseException) -> bool:
    return plain_reason(_technical_words(error)) != QCoreApplication.translate(
        "PlainErrors", "a technical error (see Details)"
    )


def plain_error(error: BaseException) -> str:
    """An exception nobody foresaw, as one sentence an officer can act on."""
    if is_recognised(error):
        return QCoreApplication.translate("PlainErrors", "The work stopped: {reason}.").format(
            reason=plain_reason(_technical_words(error))
        )
    return QCoreApplication.translate(
        "PlainErrors",
        "An unexpected error stopped the work. Press Details to see the technical information "
        "(send it with your report to whoever supports the program).",
    )
