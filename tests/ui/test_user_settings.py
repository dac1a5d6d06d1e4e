"""The officer's settings: each declared once with its type and default, versioned, upgraded once."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from cq2c_desktop.ui import user_settings
from cq2c_desktop.ui.user_settings import (
    EXPORT_FOLDER,
    IMPORT_FOLDER,
    LANGUAGE,
    LAST_PLAN,
    PLANS_FOLDER,
    RECENT_PLANS,
    VERSION,
    VERSION_KEY,
    WINDOW_GEOMETRY,
    UserSettings,
)

UI = Path(user_settings.__file__).parent


def _ini(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_defaults_and_typed_values_read_back_from_an_ini_file(tmp_path: Path) -> None:
    settings = UserSettings(_ini(tmp_path / "s.ini"))
    assert (settings.get(LANGUAGE), settings.get(RECENT_PLANS), settings.get(WINDOW_GEOMETRY)) == ("vi", [], None)
    assert settings.folder(IMPORT_FOLDER) == str(Path.home())
    settings.remember_plan("/plans/a.cq2c")
    settings.set(WINDOW_GEOMETRY, QByteArray(b"\x01\x02"))
    settings.store.sync()
    again = UserSettings(_ini(tmp_path / "s.ini"))  # an INI file gives a list of one back as a string
    assert again.get(RECENT_PLANS) == ["/plans/a.cq2c"] and again.get(LAST_PLAN) == "/plans/a.cq2c"
    assert again.folder(PLANS_FOLDER) == "/plans" and again.get(WINDOW_GEOMETRY) == QByteArray(b"\x01\x02")
    again.remember_plan("postgresql+psycopg://officer@server/plan")  # a URL has no folder
    assert again.get(RECENT_PLANS)[1] == "/plans/a.cq2c" and again.folder(PLANS_FOLDER) == "/plans"


def test_passwords_are_taken_out_of_the_recent_plans(tmp_path: Path) -> None:
    old = _ini(tmp_path / "old.ini")
    old.setValue("settings/version", 1)
    old.setValue("plans/recent", ["postgresql+psycopg://ana:Mat-khau-9@db.tinh/cq2c", "/plans/a.cq2c"])
    old.setValue("plans/last", "postgresql+psycopg://ana:Mat-khau-9@db.tinh/cq2c")
    old.sync()
    settings = UserSettings(_ini(tmp_path / "old.ini"))
    assert settings.get(RECENT_PLANS) == ["postgresql+psycopg://ana@db.tinh/cq2c", "/plans/a.cq2c"]
    settings.remember_plan("postgresql+psycopg://ana:Mat-khau-9@db.tinh/other")
    settings.store.sync()
    assert "Mat-khau-9" not in (tmp_path / "old.ini").read_text(encoding="utf-8")


def test_settings_from_before_the_registry_are_upgraded_once(tmp_path: Path) -> None:
    old = _ini(tmp_path / "old.ini")
    for key, value in (
        ("plans/last_dir", "/home/officer/plans"),
        ("import/last_dir", "/home/officer/Downloads"),
        ("export/last_dir", "/home/officer/Documents"),
        ("plans/recent", "/home/officer/plans/one.cq2c"),
        ("ui/language", "en"),
    ):
        old.setValue(key, value)
    old.sync()
    settings = UserSettings(_ini(tmp_path / "old.ini"))
    assert settings.version() == VERSION == 2
    assert settings.get(PLANS_FOLDER) == "/home/officer/plans"
    assert settings.get(IMPORT_FOLDER) == "/home/officer/Downloads"
    assert settings.get(EXPORT_FOLDER) == "/home/officer/Documents"
    assert settings.get(RECENT_PLANS) == ["/home/officer/plans/one.cq2c"] and settings.get(LANGUAGE) == "en"
    assert not settings.store.contains("plans/last_dir")
    settings.set(IMPORT_FOLDER, "/elsewhere")
    assert UserSettings(settings.store).get(IMPORT_FOLDER) == "/elsewhere"  # upgraded once, not again


def test_settings_from_a_newer_program_are_read_as_they_are(tmp_path: Path) -> None:
    newer = _ini(tmp_path / "newer.ini")
    newer.setValue(VERSION_KEY, VERSION + 1)
    newer.setValue("ui/language", "fr")  # a value this version does not know
    newer.setValue("plans/last_dir", "/kept")  # a newer program may reuse an old key: left alone
    settings = UserSettings(newer)
    assert settings.version() == VERSION + 1 and settings.get(LANGUAGE) == "vi"
    assert settings.store.value("plans/last_dir") == "/kept"


def test_only_the_registry_reads_and_writes_settings_keys() -> None:
    """The window names settings by their Option; a raw key anywhere else is a setting undeclared."""
    found = []
    for path in UI.rglob("*.py"):
        if path.name == "user_settings.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("value", "setValue", "remove", "contains")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and "/" in node.args[0].value
            ):
                found.append(f"{path.name}:{node.lineno}")
    assert found == []
