"""`cq2c copy`: a whole plan from a file to a PostgreSQL database, or back, or file to file.

All or nothing on the target: a PostgreSQL target gets its schema (Alembic, so `alembic_version`
is set) and every row in ONE transaction; a file target is written beside the destination as
`.part` and renamed into place only when whole. A target that already holds data is refused unless
`force`, which replaces it (in the same transaction). The copy is written to the target's audit log.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, MetaData, Table, create_engine, insert, inspect, select, text
from sqlalchemy.exc import SQLAlchemyError

from cq2c_desktop.domain.job_protocol import DONE, Progress, ServiceError, no_progress
from cq2c_desktop.domain.locations import display_location, scrub
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.services import audit
from cq2c_desktop.store.db import OpenPlan, PlanError, create_schema, plan_url
from cq2c_desktop.store.models import Base

_CHUNK = 2000


SAME_PLAN = Text("copy_same_plan", "Source and target are the same plan.")
TARGET_NOT_EMPTY = Text("copy_target_not_empty", "The target already holds data; it is replaced only when asked to.")
TARGET_FILE_EXISTS = Text("copy_target_exists", "The target file exists; it is replaced only when asked to: {path}")
COPY_FAILED = Text("copy_failed", "Copy failed: {reason}")
COPYING = Text("copy_table", "Copying {table}")


class CopyError(ServiceError):
    """The copy cannot be made."""


@dataclass(frozen=True)
class CopyResult:
    target: str
    rows: dict[str, int]  # table → rows copied


def _is_url(target: str | os.PathLike[str]) -> bool:
    return "://" in os.fspath(target)


def _utc(value: Any) -> Any:
    # SQLite keeps no time zone: the application writes UTC, so a naive time is UTC. PostgreSQL
    # returns aware times in its session zone. Both sides get aware UTC so no hour shifts on the way.
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
    return value


def _chunks(source: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    key = list(table.primary_key.columns)
    result = source.execute(select(table).order_by(*key))
    while rows := result.fetchmany(_CHUNK):
        yield [{k: _utc(v) for k, v in row._mapping.items()} for row in rows]


def _copy_rows(source: Connection, target: Connection, report: Progress) -> dict[str, int]:
    tables = Base.metadata.sorted_tables  # parents before children, so foreign keys hold row by row
    counts: dict[str, int] = {}
    for number, table in enumerate(tables):
        report(number, len(tables) + 1, COPYING(table=table.name))
        counts[table.name] = 0
        for chunk in _chunks(source, table):
            target.execute(insert(table), chunk)
            counts[table.name] += len(chunk)
    return counts


def _reset_sequences(target: Connection) -> None:
    """PostgreSQL's id counters start at 1: move them past the copied ids, or the next run collides."""
    if target.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        column = table.c.get("id")
        if column is None or column.autoincrement is not True:
            continue
        target.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"coalesce((SELECT max(id) FROM {table.name}), 1), "
                f"(SELECT max(id) FROM {table.name}) IS NOT NULL)"
            )
        )


def _clear(target: Connection) -> None:
    """Drop what a forced copy replaces (tables, not rows: the audit log refuses row deletes)."""
    existing = MetaData()
    existing.reflect(bind=target)
    existing.drop_all(bind=target)


def _fill_target(plan: OpenPlan, target: Connection, force: bool, report: Progress) -> dict[str, int]:
    if inspect(target).get_table_names():
        if not force:
            raise CopyError(TARGET_NOT_EMPTY())
        _clear(target)
    create_schema(target)  # the schema, and alembic_version, inside this transaction
    with plan.engine.connect() as source:
        counts = _copy_rows(source, target, report)
    _reset_sequences(target)
    audit.append(target, "plan_copied", {"from": _display(plan.url), "rows": counts})
    return counts


def _display(url: str) -> str:
    """A URL without its password, fit for a log (the one masking function: domain/locations.py)."""
    return display_location(url)


def _copy_to_url(plan: OpenPlan, url: str, force: bool, report: Progress) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.begin() as target:
            return _fill_target(plan, target, force, report)
    finally:
        engine.dispose()


def _copy_to_file(plan: OpenPlan, path: Path, force: bool, report: Progress) -> dict[str, int]:
    if path.exists() and path.stat().st_size > 0 and not force:
        raise CopyError(TARGET_FILE_EXISTS(path=path))
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    _remove(partial, Path(f"{partial}-wal"), Path(f"{partial}-shm"))
    engine = create_engine(plan_url(partial))
    try:
        with engine.begin() as target:
            target.exec_driver_sql("PRAGMA foreign_keys=ON")
            counts = _fill_target(plan, target, False, report)
    finally:
        engine.dispose()
    # The old file's write-ahead log must not outlive it: SQLite would replay it onto the new file.
    _remove(Path(f"{path}-wal"), Path(f"{path}-shm"))
    os.replace(partial, path)
    return counts


def _remove(*paths: Path) -> None:
    for item in paths:
        item.unlink(missing_ok=True)


def copy_plan(
    plan: OpenPlan,
    target: str | os.PathLike[str],
    *,
    force: bool = False,
    progress: Progress | None = None,
) -> CopyResult:
    """Copy every table of `plan` to `target` (a .cq2c path or a PostgreSQL URL)."""
    report = progress or no_progress
    if plan.url == plan_url(target):
        raise CopyError(SAME_PLAN())
    try:
        if _is_url(target):
            counts = _copy_to_url(plan, os.fspath(target), force, report)
        else:
            counts = _copy_to_file(plan, Path(os.fspath(target)), force, report)
    except (CopyError, PlanError):
        raise
    except SQLAlchemyError as exc:
        reason = scrub(str(getattr(exc, "orig", None) or exc).strip().splitlines()[0])
        raise CopyError(COPY_FAILED(reason=reason)) from exc
    report(1, 1, DONE())
    return CopyResult(_display(plan_url(target)), counts)
