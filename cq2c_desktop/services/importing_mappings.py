"""Column mappings the officer saved for a source ("Xã Mường Lát roster"), kept in the plan's
`setting` table under `import_mapping:<name>` so they travel with the plan and need no schema."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.io.fields import Kind
from cq2c_desktop.io.header_overrides import Override
from cq2c_desktop.store.models import Setting

PREFIX = "import_mapping:"
MAX_NAME = 80 - len(PREFIX)


NAME_LENGTH = Text("mapping_name_length", "A mapping name must have 1–{most} characters")
NO_SUCH_MAPPING = Text("mapping_unknown", "No saved mapping «{name}» (saved: {known})")
OTHER_KIND = Text("mapping_other_kind", "Mapping «{name}» is for {kind}, not {wanted}")


class MappingError(ServiceError):
    """A mapping name or content the user must correct."""


@dataclass
class SavedMapping:
    name: str
    kind: Kind
    overrides: list[Override] = field(default_factory=list)
    sheet: str | None = None
    header_row: int | None = None  # 1-based

    def to_value(self, user: str) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "overrides": [[o.selector, o.field] for o in self.overrides],
            "saved_by": user,
            "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }

    @classmethod
    def from_value(cls, name: str, value: dict[str, Any]) -> SavedMapping:
        return cls(
            name,
            Kind(value["kind"]),
            [Override(str(s), str(f)) for s, f in value.get("overrides", [])],
            value.get("sheet"),
            value.get("header_row"),
        )


def _key(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME:
        raise MappingError(NAME_LENGTH(most=MAX_NAME))
    return PREFIX + name


def load_mapping(session: Session, name: str, kind: Kind) -> SavedMapping:
    row = session.get(Setting, _key(name))
    if row is None or not isinstance(row.value, dict):
        known = ", ".join(list_mappings(session)) or "—"
        raise MappingError(NO_SUCH_MAPPING(name=name, known=known))
    mapping = SavedMapping.from_value(name, row.value)
    if mapping.kind is not kind:
        raise MappingError(OTHER_KIND(name=name, kind=mapping.kind.value, wanted=kind.value))
    return mapping


def save_mapping(session: Session, mapping: SavedMapping, user: str) -> None:
    session.merge(Setting(key=_key(mapping.name), value=mapping.to_value(user)))


def list_mappings(session: Session) -> dict[str, Kind]:
    rows = session.scalars(select(Setting).where(Setting.key.startswith(PREFIX)))
    return {r.key[len(PREFIX) :]: Kind(r.value["kind"]) for r in rows if isinstance(r.value, dict)}
