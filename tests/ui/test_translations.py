"""Every string the UI shows is translated in both languages, with its placeholders intact; the lower
layers' messages reach the window translated by Qt, in one language."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

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


def _i18n_script() -> Any:
    spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_translation_files_cover_the_current_code(tmp_path: Path) -> None:
    """The window's tr() strings and the lower layers' Text(...) messages, extracted as `i18n.py
    update` does, are all in the committed .ts files."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run(_i18n_script().lupdate_command(fresh), check=True, capture_output=True)
    in_code = set(_messages(fresh))
    for language in ("vi", "en"):
        committed = set(_messages(I18N / f"cq2c_{language}.ts"))
        assert in_code - committed == set(), f"run `python scripts/i18n.py update` and translate ({language})"


def test_vietnamese_is_what_the_app_loads_by_default(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from cq2c_desktop.ui.app import install_translator

    translator = install_translator(QCoreApplication.instance(), "vi")  # type: ignore[arg-type]
    assert translator is not None, "compile the translations: python scripts/i18n.py build"
    assert QCoreApplication.translate("WindowMenus", "&File") == "&Tệp"
    QCoreApplication.removeTranslator(translator)


def test_a_lower_layer_message_reaches_the_window_translated(vietnamese: None) -> None:
    from cq2c_desktop.domain.messages import Term
    from cq2c_desktop.io.rows import MISSING_VALUE
    from cq2c_desktop.services.review import APPROVED_IS_FINAL, ReviewError
    from cq2c_desktop.ui.messages import error_text, tr_message

    assert error_text(ReviewError(APPROVED_IS_FINAL())) == "Đề xuất đã được phê duyệt, không sửa được."
    missing = MISSING_VALUE(field=Term("Họ và tên", "Full name"))
    # a field of the plan's vocabulary, in the same language
    assert tr_message(missing) == "Thiếu Họ và tên: hãy điền vào, hoặc bỏ dòng này khỏi tệp"
    unforeseen = error_text(ValueError("odd"))  # nobody foresaw it: plain words, its own behind Details
    assert "Chi tiết" in unforeseen and "ValueError" not in unforeseen


def test_an_english_interface_gets_the_source_text_and_the_english_word(qapp: object) -> None:
    from cq2c_desktop.domain.messages import Term
    from cq2c_desktop.io.rows import MISSING_VALUE
    from cq2c_desktop.ui.messages import set_ui_language, tr_message, ui_language

    before = ui_language()
    set_ui_language("en")  # app.py installs no Vietnamese translation then
    try:
        missing_name = tr_message(MISSING_VALUE(field=Term("Họ và tên", "Full name")))
        assert missing_name == "Missing Full name: fill it in, or leave the row out of the file"
    finally:
        set_ui_language(before)


def test_qts_file_dialog_unless_the_system_speaks_the_interface_language(qapp: object) -> None:
    """The system's file dialog is in the system's language: on an English Windows a Vietnamese
    officer gets Qt's own dialog, which our qt_vi.ts translates."""
    from PySide6.QtCore import QCoreApplication, Qt

    from cq2c_desktop.ui.app import _set_language, system_speaks

    assert system_speaks("vi", ["vi-VN", "en-US"]) and system_speaks("en", ["en_GB"])
    assert not system_speaks("vi", ["en-US", "vi-VN"]) and not system_speaks("vi", [])
    attribute = Qt.ApplicationAttribute.AA_DontUseNativeDialogs
    before = QCoreApplication.testAttribute(attribute)
    try:
        _set_language(QCoreApplication.instance(), "vi")  # type: ignore[arg-type]
        assert QCoreApplication.testAttribute(attribute) == (not system_speaks("vi"))
        assert QCoreApplication.translate("QFileDialog", "File &name:") == "&Tên tệp:"
    finally:
        for translator in QCoreApplication.instance().findChildren(QTranslator):  # type: ignore[union-attr]
            QCoreApplication.removeTranslator(translator)
        QCoreApplication.setAttribute(attribute, before)
