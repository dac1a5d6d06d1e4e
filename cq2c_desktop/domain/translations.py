"""The Vietnamese of the lower layers' messages, read from the translation file the window uses.

`resources/i18n/cq2c_vi.ts` is the one place a message's Vietnamese is written: Qt compiles it for
the window (`.qm`), and the command line reads it here, without Qt. A build that ships only the
compiled file (the frozen desktop app, which translates through Qt) finds no .ts: messages rendered
here are then English.
"""

from __future__ import annotations

import functools
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

from cq2c_desktop.paths import resource_path

TS_FILE = "i18n/cq2c_vi.ts"
_NOT_IN_USE = ("obsolete", "vanished")


@functools.cache
def _catalogue(path: Path) -> dict[tuple[str, str], str]:
    try:
        tree = ET.parse(path)
    except (OSError, ET.ParseError):
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            if text and translation is not None and translation.get("type") not in _NOT_IN_USE:
                found[(name, message.findtext("source") or "")] = unicodedata.normalize("NFC", text)
    return found


def vietnamese_text(code: str, source: str) -> str:
    """The Vietnamese of one message text (its code is the Qt context), or the English source."""
    return _catalogue(resource_path(TS_FILE)).get((code, source), source)
