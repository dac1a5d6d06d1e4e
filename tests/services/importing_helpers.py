"""Shared set-up for the import service tests: the plan's units, a plan's fingerprint."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from cq2c_desktop.store.db import open_plan
from cq2c_desktop.store.models import AuditEvent, Distance, Quota, Staff, Unit


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def units(plan_path: Path) -> list[dict[str, Any]]:
    plan = open_plan(plan_path)
    try:
        with plan.begin() as session:
            rows = session.execute(select(Unit.id, Unit.name, Unit.kind, Unit.region).order_by(Unit.id)).mappings()
            return [dict(r) for r in rows]
    finally:
        plan.close()


def counts(plan_path: Path) -> dict[str, int]:
    plan = open_plan(plan_path)
    try:
        with plan.begin() as session:
            return {
                model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
                for model in (Staff, Unit, Quota, Distance, AuditEvent)
            }
    finally:
        plan.close()


def staff_by_id(plan_path: Path, *ids: str) -> dict[str, dict[str, Any]]:
    plan = open_plan(plan_path)
    try:
        with plan.begin() as session:
            rows = session.execute(select(Staff.__table__).where(Staff.id.in_(ids))).mappings()
            return {r["id"]: dict(r) for r in rows}
    finally:
        plan.close()


def last_audit(plan_path: Path) -> AuditEvent | None:
    plan = open_plan(plan_path)
    try:
        with plan.begin() as session:
            return session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
    finally:
        plan.close()


def bare(name: str) -> str:
    """A unit name without its Xã / Phường / Đặc khu prefix."""
    for prefix in ("Đặc khu ", "Phường ", "Xã "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name
