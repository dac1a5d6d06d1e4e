"""Compare parsed records with the plan, check what only the plan can tell (a CCCD held by someone
else, a new unit without coordinates, a removed person with an approved transfer), then write.

An import adds and updates; it removes only when asked (scope "covered": the plan's rows of the
units the file covers that the file lacks; "all": every row the file lacks). `plan_changes` only
reads; `apply_changes` writes inside the caller's transaction, so an error or a cancel half-way
rolls everything back, and returns what it wrote (importing_undo.py takes it back).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, insert, select, tuple_, update
from sqlalchemy.orm import Session

from cq2c_desktop.domain.enums import KEPT_STATUSES, status_term
from cq2c_desktop.domain.job_protocol import Cancelled
from cq2c_desktop.domain.messages import Message, Text
from cq2c_desktop.io.fields import Kind
from cq2c_desktop.io.parse_common import Layout, ParseResult
from cq2c_desktop.io.parse_staff import STAFF_STORES, canonical_id
from cq2c_desktop.io.problems import ProblemLog
from cq2c_desktop.store.models import Distance, Move, Quota, Staff, UnfilledPost, Unit
from solver.catalog import DEFAULT_PRIORITY_BY_REGION

Key = tuple[Any, ...]
CCCD_TAKEN = Text(
    "cccd_taken",
    "This citizen ID already belongs to staff {owner} in the plan: correct it, or use that person's id",
)
REMOVED_HAS_DECISION = Text(
    "removed_has_decision",
    "Staff {staff} is not in the file but has a decided transfer ({status}): keep them in the file, or "
    "import without removing",
)
IDS_WITHOUT_ZEROS = Text(
    "ids_without_zeros", "{count} staff ids matched the plan's ids written with leading zeros (e.g. {file} → {plan})"
)
REMOVED_MOVES = Text("removed_moves", "{count} proposed moves of removed staff will be deleted with them")
NEW_UNIT_INCOMPLETE = Text("new_unit_incomplete", "New unit {unit} lacks: {missing}; fill them in the file")
UNIT_IN_USE = Text(
    "unit_in_use", "Cannot remove unit {unit}: {count} staff or moves refer to it; import without removing"
)
REMOVING = Text("import_removing", "Removing")
UPDATING = Text("import_updating", "Updating")
ADDING = Text("import_adding", "Adding")
CHUNK = 500
MODELS: dict[Kind, Any] = {Kind.STAFF: Staff, Kind.UNITS: Unit, Kind.QUOTAS: Quota, Kind.DISTANCES: Distance}
KEYS: dict[Kind, tuple[str, ...]] = {
    Kind.STAFF: ("id",),
    Kind.UNITS: ("id",),
    Kind.QUOTAS: ("unit_id", "specialty_id"),
    Kind.DISTANCES: ("from_unit_id", "to_unit_id"),
}
# Which record keys a file column fills; a column the file lacks leaves the plan's value alone.
_STAFF_KEYS: dict[str, tuple[str, ...]] = STAFF_STORES
SCOPES = ("covered", "all", "none")
DEFAULT_SCOPE = "none"  # an import never removes unless the officer says so


@dataclass
class ChangeSet:
    kind: Kind
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    deletes: list[Key] = field(default_factory=list)
    unchanged: int = 0
    cleared_updates: list[dict[str, Any]] = field(default_factory=list)  # CCCDs freed before updates
    before: dict[Key, dict[str, Any]] = field(default_factory=dict)  # the plan's rows that change or go

    def removal_labels(self) -> list[str]:
        """Who or what would be removed, as the officer reads it."""
        labels = []
        for key in self.deletes:
            row = self.before.get(key, {})
            if self.kind is Kind.STAFF:
                labels.append(f"{row.get('full_name', '')} ({key[0]}, {row.get('unit_id', '')})")
            else:
                labels.append(" / ".join(map(str, key)))
        return labels

    @property
    def counts(self) -> dict[str, int]:
        return {
            "added": len(self.inserts),
            "changed": len(self.updates),
            "removed": len(self.deletes),
            "unchanged": self.unchanged,
        }


def staff_present_keys(fields: Iterable[str]) -> set[str]:
    return {key for name in fields for key in _STAFF_KEYS.get(name, ())}


def _existing(session: Session, kind: Kind) -> dict[Key, dict[str, Any]]:
    table = MODELS[kind].__table__
    keys = KEYS[kind]
    return {tuple(row[k] for k in keys): dict(row) for row in session.execute(select(table)).mappings()}


def plan_changes(session: Session, parsed: ParseResult, present: set[str], scope: str, log: ProblemLog) -> ChangeSet:
    """What the import would change; plan-level problems go to `log` as errors."""
    existing = _existing(session, parsed.kind)
    if parsed.kind is Kind.STAFF:
        changes = _staff_changes(session, parsed, existing, present, scope, log)
    elif parsed.kind is Kind.UNITS:
        changes = _unit_changes(session, parsed, existing, scope, log)
    elif parsed.kind is Kind.QUOTAS:
        changes = _quota_changes(parsed, existing, scope)
    else:
        changes = _distance_changes(parsed, existing, scope)
    keys = KEYS[parsed.kind]
    for row in changes.updates:
        key = tuple(row[k] for k in keys)
        changes.before[key] = existing[key]
    for key in changes.deletes:
        changes.before[key] = existing[key]
    return changes


def _match_ids(parsed: ParseResult, existing: dict[Key, dict[str, Any]], log: ProblemLog) -> None:
    """An id typed 1 where the plan has "00001" (or the other way round) is that person."""
    by_canonical: dict[str, list[str]] = {}
    for (staff_id,) in existing:
        by_canonical.setdefault(canonical_id(staff_id), []).append(staff_id)
    matched: list[tuple[str, str]] = []
    for record in parsed.records:
        if (record["id"],) in existing:
            continue
        known = by_canonical.get(canonical_id(record["id"]), [])
        if len(known) == 1:
            matched.append((record["id"], known[0]))
            record["id"] = known[0]
    if matched:
        log.note(IDS_WITHOUT_ZEROS(count=len(matched), file=matched[0][0], plan=matched[0][1]))


def _merge(changes: ChangeSet, old: dict[str, Any] | None, new: dict[str, Any], take: Callable[[str], bool]) -> None:
    """Insert `new`, or update `old` with the values of `new` that `take` accepts."""
    if old is None:
        changes.inserts.append(new)
        return
    merged = {k: (new[k] if k in new and take(k) else v) for k, v in old.items()}
    if merged == old:
        changes.unchanged += 1
        return
    if isinstance(old.get("version"), int):
        merged["version"] = old["version"] + 1  # a row version (optimistic locking) moves on every edit
    changes.updates.append(merged)


def _always(_key: str) -> bool:
    return True


def _staff_changes(
    session: Session,
    parsed: ParseResult,
    existing: dict[Key, dict[str, Any]],
    present: set[str],
    scope: str,
    log: ProblemLog,
) -> ChangeSet:
    changes = ChangeSet(Kind.STAFF)
    _match_ids(parsed, existing, log)
    in_file = {r["id"] for r in parsed.records}
    for record in parsed.records:
        _merge(changes, existing.get((record["id"],)), record, present.__contains__)
    if scope != "none":
        changes.deletes = [
            key
            for key, row in existing.items()
            if key[0] not in in_file and (scope == "all" or row["unit_id"] in parsed.covered_units)
        ]
    _check_cccd(existing, changes, parsed, log)
    _check_removed_moves(session, changes.deletes, log)
    return changes


def _check_cccd(existing: dict[Key, dict[str, Any]], changes: ChangeSet, parsed: ParseResult, log: ProblemLog) -> None:
    """A CCCD must stay unique across the plan, not just the file."""
    removed = {k[0] for k in changes.deletes}
    touched = {r["id"] for r in (*changes.inserts, *changes.updates)}
    owners = {
        row["cccd"]: key[0]
        for key, row in existing.items()
        if row["cccd"] and key[0] not in removed and key[0] not in touched
    }
    rows = dict(zip((r["id"] for r in parsed.records), zip(parsed.sheets, parsed.rows, strict=True), strict=True))
    for record in (*changes.inserts, *changes.updates):
        owner = owners.get(record["cccd"]) if record["cccd"] else None
        if owner is not None and owner != record["id"]:
            sheet, row = rows.get(record["id"], ("", None))
            log.error(CCCD_TAKEN(owner=owner), sheet=sheet, row=row, value=record["cccd"])
    # Two people swapping CCCDs would clash mid-update: free the changed ones first.
    changes.cleared_updates = [
        {"id": r["id"], "cccd": None} for r in changes.updates if r["cccd"] != existing[(r["id"],)]["cccd"]
    ]


def _check_removed_moves(session: Session, deletes: Sequence[Key], log: ProblemLog) -> None:
    kept = [s.value for s in KEPT_STATUSES]
    proposed = 0
    for start in range(0, len(deletes), CHUNK):
        ids = [k[0] for k in deletes[start : start + CHUNK]]
        for staff_id, status in session.execute(select(Move.staff_id, Move.status).where(Move.staff_id.in_(ids))):
            if status in kept:
                log.error(REMOVED_HAS_DECISION(staff=staff_id, status=status_term(status)), value=staff_id)
            else:
                proposed += 1
    if proposed:
        log.warning(REMOVED_MOVES(count=proposed))


def _unit_changes(
    session: Session, parsed: ParseResult, existing: dict[Key, dict[str, Any]], scope: str, log: ProblemLog
) -> ChangeSet:
    changes = ChangeSet(Kind.UNITS)
    for record, row, sheet in zip(parsed.records, parsed.rows, parsed.sheets, strict=True):
        old = existing.get((record["id"],))
        new = _new_unit(record, row, sheet, log) if old is None else record
        if new is not None:
            given = frozenset(k for k, v in new.items() if v is not None)
            _merge(changes, old, new, given.__contains__)
    if scope == "all":
        in_file = {(r["id"],) for r in parsed.records}
        changes.deletes = [k for k in existing if k not in in_file]
        _check_unit_removals(session, changes.deletes, log)
    return changes


def _new_unit(record: dict[str, Any], row: int, sheet: str, log: ProblemLog) -> dict[str, Any] | None:
    missing = [name for name in ("region", "lat", "lon") if record.get(name) is None]
    if missing:
        log.error(
            NEW_UNIT_INCOMPLETE(unit=record["id"], missing=", ".join(missing)),
            sheet=sheet,
            row=row,
            value=record["id"],
        )
        return None
    return {
        **record,
        "kind": record["kind"] or "xa",
        "priority": record["priority"] or DEFAULT_PRIORITY_BY_REGION.get(record["region"], 1),
    }


def _check_unit_removals(session: Session, deletes: Sequence[Key], log: ProblemLog) -> None:
    """A unit someone works or lives in, or a move refers to, cannot leave the plan."""
    ids = [k[0] for k in deletes]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        in_use: dict[str | None, int] = {}
        for column in (
            Staff.unit_id,
            Staff.home_unit_id,
            Staff.wish_1_unit_id,
            Staff.wish_2_unit_id,
            Staff.wish_3_unit_id,
            Move.from_unit_id,
            Move.to_unit_id,
        ):
            used = session.execute(select(column, func.count()).where(column.in_(chunk)).group_by(column))
            for unit_id, count in used:
                in_use[unit_id] = in_use.get(unit_id, 0) + count
        for unit_id, count in sorted((k, v) for k, v in in_use.items() if k is not None):
            log.error(UNIT_IN_USE(unit=unit_id, count=count), value=unit_id)


def _quota_changes(parsed: ParseResult, existing: dict[Key, dict[str, Any]], scope: str) -> ChangeSet:
    changes = ChangeSet(Kind.QUOTAS)
    in_file: set[Key] = set()
    for record in parsed.records:
        key = (record["unit_id"], record["specialty_id"])
        in_file.add(key)
        old = existing.get(key)
        if record["posts"] == 0:  # no posts and no row mean the same (INSTANCE.md)
            if old is not None:
                changes.deletes.append(key)
            else:
                changes.unchanged += 1
            continue
        _merge(changes, old, record, _always)

    def covered(key: Key) -> bool:
        if scope == "all":
            return True
        if parsed.layout == Layout.WIDE:
            return key[0] in parsed.covered_units and key[1] in parsed.covered_specialties
        return key[0] in parsed.covered_units

    if scope != "none":
        changes.deletes += [k for k in existing if k not in in_file and covered(k)]
    return changes


def _distance_changes(parsed: ParseResult, existing: dict[Key, dict[str, Any]], scope: str) -> ChangeSet:
    """Either direction counts (INSTANCE.md): a pair is stored once, and a file's value updates
    whichever direction(s) the plan holds."""
    changes = ChangeSet(Kind.DISTANCES)
    done: set[frozenset[str]] = set()
    for record in parsed.records:
        key = (record["from_unit_id"], record["to_unit_id"])
        pair = frozenset(key)
        if pair in done:
            continue  # the mirror cell of a symmetric matrix
        done.add(pair)
        held = [k for k in (key, key[::-1]) if k in existing] or [key]
        for stored in held:
            row = {"from_unit_id": stored[0], "to_unit_id": stored[1], "km": record["km"]}
            _merge(changes, existing.get(stored), row, _always)
    if scope != "none":
        changes.deletes = [
            k for k in existing if frozenset(k) not in done and (scope == "all" or k[0] in parsed.covered_units)
        ]
    return changes


def apply_changes(
    session: Session,
    changes: ChangeSet,
    *,
    progress: Callable[[int, Message], None],
    should_stop: Callable[[], bool] | None,
) -> None:
    """Write the change set in chunks; a cancel raises `Cancelled` and the transaction rolls back."""
    model = MODELS[changes.kind]
    columns = [getattr(model, k) for k in KEYS[changes.kind]]
    work = len(changes.deletes) + len(changes.updates) + len(changes.inserts) or 1
    done = 0

    def step(count: int, message: Message) -> None:
        nonlocal done
        if should_stop is not None and should_stop():
            raise Cancelled
        done += count
        progress(done * 100 // work, message)

    for start in range(0, len(changes.deletes), CHUNK):
        chunk = changes.deletes[start : start + CHUNK]
        if changes.kind is Kind.UNITS:
            ids = [k[0] for k in chunk]
            session.execute(delete(UnfilledPost).where(UnfilledPost.unit_id.in_(ids)))
        condition = columns[0].in_([k[0] for k in chunk]) if len(columns) == 1 else tuple_(*columns).in_(chunk)
        session.execute(delete(model).where(condition))
        step(len(chunk), REMOVING())
    for start in range(0, len(changes.cleared_updates), CHUNK):
        session.execute(update(model), changes.cleared_updates[start : start + CHUNK])  # ORM: by primary key
    for start in range(0, len(changes.updates), CHUNK):
        session.execute(update(model), changes.updates[start : start + CHUNK])
        step(len(changes.updates[start : start + CHUNK]), UPDATING())
    for start in range(0, len(changes.inserts), 5000):
        rows = changes.inserts[start : start + 5000]
        insert_rows(session, model.__table__, rows)
        step(len(rows), ADDING())


def insert_rows(session: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert plain rows with the driver's executemany: SQLAlchemy's per-row parameter processing
    took a third of a 100,000-person import. SQLite gets dates and booleans as it stores them;
    other drivers take Python values."""
    if not rows:
        return
    columns = [c for c in table.columns if c.name in rows[0]]
    if any(set(r) != set(rows[0]) for r in rows):
        session.execute(insert(table), rows)  # rows of different shapes: let SQLAlchemy sort them out
        return
    dialect = session.get_bind().dialect
    sqlite = dialect.name == "sqlite"
    marks = ", ".join("?" if dialect.paramstyle == "qmark" else "%s" for _ in columns)
    names = ", ".join(dialect.identifier_preparer.quote(c.name) for c in columns)
    sql = f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({names}) VALUES ({marks})"

    def value(v: Any) -> Any:
        if sqlite and isinstance(v, dt.date):
            return v.isoformat()
        if sqlite and isinstance(v, bool):
            return int(v)
        return v

    keys = [c.name for c in columns]
    session.connection().exec_driver_sql(sql, [tuple(value(r[k]) for k in keys) for r in rows])
