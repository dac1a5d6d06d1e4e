"""Reading and writing the plan settings."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.domain.settings_keys import SettingKey, get_value, set_value, setting_keys
from cq2c_desktop.domain.settings_text import put_value
from cq2c_desktop.services import audit
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Setting


def load_settings(session: Session) -> PlanSettings:
    items = {row.key: row.value for row in session.scalars(select(Setting))}
    return PlanSettings.from_items(items)


def save_settings(session: Session, settings: PlanSettings) -> None:
    for key, value in settings.to_items().items():
        session.merge(Setting(key=key, value=value))


def list_settings(plan: OpenPlan) -> list[tuple[SettingKey, Any]]:
    """Every setting an officer may set by key (the policy, the documents, the support), with its value."""
    with plan.begin() as session:
        settings = load_settings(session)
    return [(known, get_value(settings, known.key)) for known in setting_keys(settings)]


def change_setting(plan: OpenPlan, key: str, text: str) -> Any:
    """Set one setting from typed text, in one transaction, audited; the stored value.

    Raises SettingValueError (with a message for the officer) for an unknown key or a value that
    cannot be right; nothing is written then."""
    with plan.begin() as session:
        settings = load_settings(session)
        before = get_value(settings, key)
        updated = set_value(settings, key, text)
        after = get_value(updated, key)
        save_settings(session, updated)
        audit.record(session, "setting_changed", key=key, before=_plain(before), after=_plain(after))
    return after


def change_settings(plan: OpenPlan, texts: dict[str, str]) -> dict[str, Any]:
    """Set several settings from typed text in one transaction, each audited; the values they had.

    Every value is checked before anything is written: one that cannot be right raises
    SettingValueError (naming the setting) and nothing is stored."""
    with plan.begin() as session:
        settings = load_settings(session)
        before = {key: get_value(settings, key) for key in texts}
        updated = settings
        for key, text in texts.items():
            updated = set_value(updated, key, text)
        save_settings(session, updated)
        for key in texts:
            after = get_value(updated, key)
            audit.record(session, "setting_changed", key=key, before=_plain(before[key]), after=_plain(after))
    return before


def restore_settings(plan: OpenPlan, values: dict[str, Any]) -> dict[str, Any]:
    """Put settings back to the values they had (undo), audited; the values they had before this."""
    with plan.begin() as session:
        settings = load_settings(session)
        before = {key: get_value(settings, key) for key in values}
        updated = settings
        for key, value in values.items():
            updated = put_value(updated, key, value)
        save_settings(session, updated)
        for key, value in values.items():
            audit.record(
                session, "setting_changed", key=key, before=_plain(before[key]), after=_plain(value), undo=True
            )
    return before


def _plain(value: Any) -> Any:
    """A JSON-friendly copy of a setting's value, for the audit log."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in value.__dataclass_fields__}
    return value
