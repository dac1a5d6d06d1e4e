"""Extract the program's strings into `resources/i18n/*.ts` and compile them to `.qm`.

Two kinds of string are extracted: the window's own (`self.tr(...)`, `QCoreApplication.translate`)
and the messages the lower layers declare as `Text(code, source)` (domain/messages.py), which lupdate
reads as QT_TRANSLATE_NOOP with the code as context. The command line reads the Vietnamese of the
messages from the .ts file itself (domain/translations.py): one file holds every translation.

`python scripts/i18n.py update` refreshes the .ts files from the code (translators then edit them
in Qt Linguist); `python scripts/i18n.py build` compiles the .qm files the app loads. The .qm files
are generated, never edited, and not kept in git.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("vi", "en")


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 first")
    return found


# Where translatable text lives: the window, and the layers below it that word messages for it.
SOURCE_PACKAGES = ("ui", "domain", "store", "io", "services")


def sources() -> list[str]:
    package = ROOT / "cq2c_desktop"
    return sorted(str(p) for name in SOURCE_PACKAGES for p in (package / name).rglob("*.py"))


def lupdate_command(ts: Path, language: str | None = None) -> list[str]:
    """The lupdate call that refreshes `ts` from the code (the translation test runs it too)."""
    target = ["-target-language", language] if language else []
    return [
        _tool("pyside6-lupdate"),
        *sources(),
        "-tr-function-alias",
        "QT_TRANSLATE_NOOP+=Text",
        "-no-obsolete",
        "-locations",
        "none",
        *target,
        "-ts",
        str(ts),
    ]


def update() -> None:
    for lang in LANGUAGES:
        subprocess.run(lupdate_command(I18N / f"cq2c_{lang}.ts", lang), check=True)


def build() -> None:
    # qt_<lang>.ts: Qt's own buttons (OK, Cancel, < Back …), which Qt ships no Vietnamese for.
    sources = [I18N / f"cq2c_{lang}.ts" for lang in LANGUAGES] + sorted(I18N.glob("qt_*.ts"))
    for ts in sources:
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    {"update": update, "build": build}[sys.argv[1] if len(sys.argv) > 1 else "build"]()
