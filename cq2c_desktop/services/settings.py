"""Reading and writing the plan settings."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.domain.settings_keys import SettingKey, get_value, set_value, setting_keys
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


def _plain(value: Any) -> Any:
    """A JSON-friendly copy of a setting's value, for the audit log."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in value.__dataclass_fields__}
    return value
