"""Reading and writing the plan settings."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.store.models import Setting


def load_settings(session: Session) -> PlanSettings:
    items = {row.key: row.value for row in session.scalars(select(Setting))}
    return PlanSettings.from_items(items)


def save_settings(session: Session, settings: PlanSettings) -> None:
    for key, value in settings.to_items().items():
        session.merge(Setting(key=key, value=value))
