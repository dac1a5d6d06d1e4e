"""Every string the UI shows is translated in both languages, with its placeholders intact."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
PLACEHOLDER = re.compile(r"\{\w*\}|%n")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    found = {}
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _text(message: ET.Element) -> str:
    translation = message.find("translation")
    assert translation is not None
    forms = [f.text or "" for f in translation.findall("numerusform")]
    return forms[0] if forms else (translation.text or "")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_string_is_left_untranslated(language: str) -> None:
    messages = _messages(I18N / f"cq2c_{language}.ts")
    assert messages
    untranslated = [
        source
        for (_, source), m in messages.items()
        if m.find("translation").get("type") == "unfinished" or not _text(m).strip()
    ]  # type: ignore[union-attr]
    assert untranslated == []
    broken = [
        source
        for (_, source), m in messages.items()
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(_text(m)))
    ]
    assert broken == []


def test_the_translation_files_cover_the_current_code(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "cq2c_desktop" / "ui").rglob("*.py"))
    subprocess.run(
        [tool, *sources, "-no-obsolete", "-locations", "none", "-ts", str(fresh)], check=True, capture_output=True
    )
    in_code = set(_messages(fresh))
    for language in ("vi", "en"):
        committed = set(_messages(I18N / f"cq2c_{language}.ts"))
        assert in_code - committed == set(), f"run `python scripts/i18n.py update` and translate ({language})"


def test_vietnamese_is_what_the_app_loads_by_default(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from cq2c_desktop.ui.app import install_translator

    translator = install_translator(QCoreApplication.instance(), "vi")  # type: ignore[arg-type]
    assert translator is not None, "compile the translations: python scripts/i18n.py build"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Tệp"
    QCoreApplication.removeTranslator(translator)
