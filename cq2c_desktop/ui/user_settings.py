"""What this officer's copy of the program remembers between sessions, each setting declared once.

Picard's idea (picard/config.py, config_upgrade.py): every setting is an `Option` with its QSettings
key, its default and how to read the value back, declared here and nowhere else; the window reads
and writes settings only through `UserSettings.get` and `set`. The settings carry a version: an
older store is brought up to date by the upgrade steps, one per version, the first time this version
of the program reads it, and a store from a newer program is read as it is (an unknown key is left
alone, a value that does not read back gives the default).

These are the officer's own settings (QSettings: the registry on Windows), not the plan's: the plan's
policy, signer and legal bases are stored in the plan file (services/settings.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from cq2c_desktop.domain.locations import without_password

T = TypeVar("T")
LANGUAGES = ("vi", "en")
MAX_RECENT = 8
VERSION_KEY = "settings/version"


def documents_folder() -> str:
    """The user's Documents folder (Windows: Tài liệu / Documents), or the home folder without one:
    where plans and exports go unless the officer chose another folder before."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    read: Callable[[Any], T]  # from what QSettings gives back (an INI file gives text; a list of one, a str)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _texts(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    return [str(v) for v in (value if isinstance(value, list | tuple) else [value])]


def _language(value: Any) -> str:
    return str(value) if value in LANGUAGES else LANGUAGES[0]


def _flag(value: Any) -> bool:
    return value is True or str(value).lower() in ("true", "1")  # an INI file gives "true" back


def _bytes(value: Any) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


LANGUAGE = Option("ui/language", "vi", _language)
RECENT_PLANS = Option("plans/recent", list[str](), _texts)  # newest first
LAST_PLAN = Option("plans/last", "", _text)  # opened at start instead of the demo
# Where each file dialog starts: the folder of the last file chosen in it ("": the home folder).
PLANS_FOLDER = Option("folders/plans", "", _text)
IMPORT_FOLDER = Option("folders/import", "", _text)
EXPORT_FOLDER = Option("folders/export", "", _text)
WINDOW_GEOMETRY = Option[QByteArray | None]("window/geometry", None, _bytes)
WINDOW_STATE = Option[QByteArray | None]("window/state", None, _bytes)
PREVIEW_GEOMETRY = Option[QByteArray | None]("preview/geometry", None, _bytes)
TOUR_SHOWN = Option("help/tour_shown", False, _flag)  # the first-run tour of the five steps was offered


def _to_1(store: QSettings) -> None:
    """Before the registry (version 0): the three "last folder" keys join one group, and the recent
    plans are always a list (an INI file gave back a single plan as a string)."""
    for old, new in (
        ("plans/last_dir", PLANS_FOLDER),
        ("import/last_dir", IMPORT_FOLDER),
        ("export/last_dir", EXPORT_FOLDER),
    ):
        if store.contains(old):
            store.setValue(new.key, _text(store.value(old)))
            store.remove(old)
    if store.contains(RECENT_PLANS.key):
        store.setValue(RECENT_PLANS.key, _texts(store.value(RECENT_PLANS.key)))


def _to_2(store: QSettings) -> None:
    """Passwords out of the recent plans (earlier versions saved a PostgreSQL URL whole)."""
    if store.contains(RECENT_PLANS.key):
        recent = [without_password(r) for r in _texts(store.value(RECENT_PLANS.key))]
        store.setValue(RECENT_PLANS.key, list(dict.fromkeys(recent)))
    if store.contains(LAST_PLAN.key):
        store.setValue(LAST_PLAN.key, without_password(_text(store.value(LAST_PLAN.key))))


# Step n brings a store written at version n - 1 to version n. Add a step when a key changes.
UPGRADES: tuple[Callable[[QSettings], None], ...] = (_to_1, _to_2)
VERSION = len(UPGRADES)


class UserSettings:
    """The options above over one QSettings store (a private .ini file in tests and the self-test)."""

    def __init__(self, store: QSettings) -> None:
        self.store = store
        self.upgrade()

    def version(self) -> int:
        value = self.store.value(VERSION_KEY, 0)
        try:
            return int(str(value))
        except ValueError:
            return 0

    def upgrade(self) -> None:
        found = self.version()
        if found >= VERSION:
            return
        for step in UPGRADES[found:]:
            step(self.store)
        self.store.setValue(VERSION_KEY, VERSION)

    def get(self, option: Option[T]) -> T:
        if not self.store.contains(option.key):
            return option.default
        return option.read(self.store.value(option.key))

    def set(self, option: Option[T], value: T) -> None:
        self.store.setValue(option.key, value)

    def folder(self, option: Option[str]) -> str:
        """A file dialog's starting folder: the one remembered, or the user's Documents folder."""
        return self.get(option) or documents_folder()

    def remember_folder(self, option: Option[str], chosen: str | Path) -> None:
        self.set(option, str(Path(chosen).parent))

    def remember_plan(self, location: str) -> None:
        """The plan opened last, first among the recent ones; a file's folder for the next Open. A URL is
        saved without its password (it comes from the credential store or a pgpass file)."""
        location = without_password(location)
        recent = [location, *[r for r in self.get(RECENT_PLANS) if r != location]][:MAX_RECENT]
        self.set(RECENT_PLANS, recent)
        self.set(LAST_PLAN, location)
        if "://" not in location:
            self.remember_folder(PLANS_FOLDER, location)
