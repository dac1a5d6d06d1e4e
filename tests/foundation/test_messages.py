"""Messages from below the UI: a code and fields, worded once in English, translated once in the .ts
file; the command line and `str(error)` give both languages from that same file."""

from __future__ import annotations

import ast
import importlib
import pickle
import pkgutil
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import cq2c_desktop
from cq2c_desktop.cli import main
from cq2c_desktop.domain.job_protocol import Cancelled, ServiceError
from cq2c_desktop.domain.messages import Term, Text, bilingual, declared_texts, english, vietnamese

ROOT = Path(__file__).resolve().parents[2]
FIELD = re.compile(r"\{(\w*)[^}]*\}")
LOWER_LAYERS = ("domain", "store", "io", "services")
# Text that is the content of a document or of a data vocabulary, not a message to the user: the
# workbook's summary sheet, the template's drop-down validation note, header synonyms, an exemption's
# name, a column heading.
DOCUMENT_TEXT = {
    "(không có / none)",
    "Hãy chọn trong danh sách / Pick a value from the list",
    "Xã / phường / đặc khu",
    "Mang thai / nuôi con dưới 36 tháng",
    "Vị trí / lĩnh vực nơi đến",  # the destination post's column in the annex and the list
}


def _import_everything_below_the_ui() -> None:
    for info in pkgutil.walk_packages(cq2c_desktop.__path__, "cq2c_desktop."):
        if info.name.split(".")[1] in LOWER_LAYERS and ".migrations" not in info.name:
            importlib.import_module(info.name)


def _vietnamese_in_ts() -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(ROOT / "resources" / "i18n" / "cq2c_vi.ts").iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") is None and translation.text:
                found[(context.findtext("name") or "", message.findtext("source") or "")] = translation.text
    return found


def test_every_message_has_its_vietnamese_with_the_same_fields() -> None:
    _import_everything_below_the_ui()
    texts = declared_texts()
    assert len(texts) > 150  # the lower layers' messages, from plan files to import problems
    translated = _vietnamese_in_ts()
    missing = [t for t in texts if (t.code, t.source) not in translated]
    assert missing == [], "run `python scripts/i18n.py update`, translate, `python scripts/i18n.py build`"
    for text in texts:
        vi = translated[(text.code, text.source)]
        assert sorted(FIELD.findall(vi)) == sorted(FIELD.findall(text.source)), text
        words = FIELD.sub("", text.source)
        assert vi != text.source or not re.search(r"[a-z]{3}", words), f"untranslated: {text}"


def test_both_languages_come_from_one_wording() -> None:
    text = Text("test_nested", "Move {move} was changed by {who}")
    message = text(move=12, who=Text("someone_else", "someone else")())
    assert english(message) == "Move 12 was changed by someone else"
    assert vietnamese(message) == "Move 12 was changed by người khác"  # no translation of the outer text yet
    known = Text("plan_not_found", "Plan file not found: {path}")(path="/x.cq2c")
    assert bilingual(known) == "Không tìm thấy tệp phương án: /x.cq2c / Plan file not found: /x.cq2c"
    word = Text("missing_value", "Missing {field}: fill it in, or leave the row out of the file")(
        field=Term("Họ và tên", "Full name")
    )
    assert bilingual(word) == (
        "Thiếu Họ và tên: hãy điền vào, hoặc bỏ dòng này khỏi tệp / "
        "Missing Full name: fill it in, or leave the row out of the file"
    )


def test_an_error_says_both_languages_and_crosses_a_process_boundary() -> None:
    from cq2c_desktop.services.review import APPROVED_IS_FINAL, MoveConflictError, ReviewError

    error = ReviewError(APPROVED_IS_FINAL())
    assert str(error) == "Đề xuất đã được phê duyệt, không sửa được. / An approved move cannot be changed."
    assert isinstance(MoveConflictError(APPROVED_IS_FINAL()), ServiceError)
    again = pickle.loads(pickle.dumps(error))  # a child process's error reaches the window whole
    assert type(again) is ReviewError and again.message == error.message
    assert pickle.loads(pickle.dumps(Cancelled())).message.code == "cancelled"


def test_no_lower_layer_writes_a_sentence_in_two_languages() -> None:
    """A "Vietnamese / English" literal below the UI is what the UI used to split: declare a Text."""
    vietnamese_letters = re.compile(r"[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]", re.IGNORECASE)
    found = []
    for layer in LOWER_LAYERS:
        for path in (ROOT / "cq2c_desktop" / layer).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            docstrings = {
                id(node.body[0].value)
                for node in ast.walk(tree)
                if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef) and node.body
                if isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
            }
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                    before, slash, _after = node.value.partition(" / ")
                    if slash and vietnamese_letters.search(before) and node.value not in DOCUMENT_TEXT:
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:60]}")
    assert found == []


def test_the_command_line_says_it_in_both_languages_with_its_own_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", str(tmp_path / "missing.cq2c")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cq2c: Không tìm thấy tệp phương án: ") and " / Plan file not found: " in err
    from cq2c_desktop.services.demo import build_demo

    plan = build_demo(tmp_path / "small.cq2c", seed=3, staff_per_unit=4)
    assert main(["solve", str(plan), "--method", "greedy", "--quiet"]) == 0
    capsys.readouterr()
    assert main(["export", str(plan), "transfers", str(tmp_path / "ds.xlsx"), "--quiet"]) == 2
    err = capsys.readouterr().err
    # The window says "approve the moves first"; only the command line names its own options.
    assert "(cq2c approve PLAN --all | --ids …)" in err and err.count("\n") == 1
