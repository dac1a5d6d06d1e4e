"""Extract the UI's strings into `resources/i18n/*.ts` and compile them to `.qm`.

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


def update() -> None:
    sources = sorted(str(p) for p in (ROOT / "cq2c_desktop" / "ui").rglob("*.py"))
    for lang in LANGUAGES:
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources,
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                lang,
                "-ts",
                str(I18N / f"cq2c_{lang}.ts"),
            ],
            check=True,
        )


def build() -> None:
    # qt_<lang>.ts: Qt's own buttons (OK, Cancel, < Back …), which Qt ships no Vietnamese for.
    sources = [I18N / f"cq2c_{lang}.ts" for lang in LANGUAGES] + sorted(I18N.glob("qt_*.ts"))
    for ts in sources:
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    {"update": update, "build": build}[sys.argv[1] if len(sys.argv) > 1 else "build"]()
