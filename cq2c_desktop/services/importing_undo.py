"""An import as one undoable step: what it wrote is kept in a receipt; undo puts the plan back as it
was before the import, redo writes the import again.

Each way checks first that the rows are still as the import left them (or as they were before it):
a row another officer changed meanwhile is never overwritten, the step is refused with a conflict
and nothing is written. Rows a removal took with it (a person's proposed moves, a unit's quotas and
distances) come back with them. Row versions move forward on every write, so a view holding an
older version of a person sees the change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, tuple_, update
from sqlalchemy.orm import Session

from cq2c_desktop.domain.messages import Text
from cq2c_desktop.io.fields import Kind
from cq2c_desktop.services import audit
from cq2c_desktop.services.conflicts import ConflictError
from cq2c_desktop.services.importing_apply import CHUNK, KEYS, MODELS, ChangeSet, insert_rows
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Distance, Move, Quota, UnfilledPost

Row = dict[str, Any]
CHANGED_SINCE = Text(
    "import_changed_since",
    "Cannot {action} the import of {file}: {count} of its rows were changed since (e.g. {example}); nothing "
    "was written",
)
UNDO, REDO = Text("import_undo_word", "undo"), Text("import_redo_word", "redo")
_TABLES: dict[str, Any] = {m.__tablename__: m for m in (Move, UnfilledPost, Quota, Distance)}


@dataclass
class ImportReceipt:
    """What an import wrote, so it can be taken back as one step."""

    kind: Kind
    file: str
    inserted: list[Row]
    updated: list[tuple[Row, Row]]  # (before, after)
    deleted: list[Row]
    dependents: dict[str, list[Row]]  # table -> rows that went with the deleted ones

    @property
    def size(self) -> int:
        return len(self.inserted) + len(self.updated) + len(self.deleted)


def _dependents(session: Session, changes: ChangeSet) -> dict[str, list[Row]]:
    """Rows a removal takes with it (a person's proposed moves; a unit's quotas and distances)."""
    ids = [k[0] for k in changes.deletes]
    if not ids or changes.kind not in (Kind.STAFF, Kind.UNITS):
        return {}
    links: list[tuple[Any, Any]] = (
        [(Move, Move.staff_id)]
        if changes.kind is Kind.STAFF
        else [
            (UnfilledPost, UnfilledPost.unit_id),
            (Quota, Quota.unit_id),
            (Distance, Distance.from_unit_id),
            (Distance, Distance.to_unit_id),
        ]
    )
    found: dict[str, dict[tuple[Any, ...], Row]] = {}
    for model, column in links:
        table = found.setdefault(model.__tablename__, {})
        keys = [c.name for c in model.__table__.primary_key.columns]
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            for row in session.execute(select(model.__table__).where(column.in_(chunk))).mappings():
                table[tuple(row[k] for k in keys)] = dict(row)
    return {name: list(rows.values()) for name, rows in found.items() if rows}


def take_receipt(session: Session, changes: ChangeSet, file: str) -> ImportReceipt:
    """Before the change set is written: everything needed to take it back."""
    keys = KEYS[changes.kind]
    return ImportReceipt(
        changes.kind,
        file,
        changes.inserts,  # the change set is not touched after it is written: no copies
        [(changes.before[tuple(r[k] for k in keys)], r) for r in changes.updates],
        [changes.before[k] for k in changes.deletes],
        _dependents(session, changes),
    )


def _key(kind: Kind, row: Row) -> tuple[Any, ...]:
    return tuple(row[k] for k in KEYS[kind])


def _same(current: Row | None, expected: Row | None) -> bool:
    if current is None or expected is None:
        return current is expected
    return all(current.get(k) == v for k, v in expected.items() if k != "version")


def _current(session: Session, kind: Kind, keys: Iterable[tuple[Any, ...]]) -> dict[tuple[Any, ...], Row]:
    model = MODELS[kind]
    columns = [getattr(model, k) for k in KEYS[kind]]
    wanted = list(keys)
    found: dict[tuple[Any, ...], Row] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        condition = columns[0].in_([k[0] for k in chunk]) if len(columns) == 1 else tuple_(*columns).in_(chunk)
        for row in session.execute(select(model.__table__).where(condition)).mappings():
            found[_key(kind, dict(row))] = dict(row)
    return found


def _check(session: Session, receipt: ImportReceipt, expected: dict[tuple[Any, ...], Row | None], action: Text) -> None:
    current = _current(session, receipt.kind, expected)
    changed = [key for key, row in expected.items() if not _same(current.get(key), row)]
    if changed:
        example = " / ".join(map(str, changed[0]))
        message = CHANGED_SINCE(action=action(), file=receipt.file, count=len(changed), example=example)
        raise ConflictError(message)


def _write(session: Session, kind: Kind, *, remove: list[Row], put: list[tuple[Row, Row]], add: list[Row]) -> None:
    """Remove rows, set others from one state to another, add rows; versions move forward."""
    model = MODELS[kind]
    columns = [getattr(model, k) for k in KEYS[kind]]
    keys = [_key(kind, r) for r in remove]
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start : start + CHUNK]
        if kind is Kind.UNITS:
            session.execute(delete(UnfilledPost).where(UnfilledPost.unit_id.in_([k[0] for k in chunk])))
        condition = columns[0].in_([k[0] for k in chunk]) if len(columns) == 1 else tuple_(*columns).in_(chunk)
        session.execute(delete(model).where(condition))
    versioned = "version" in model.__table__.columns
    rows = []
    for old, new in put:
        row = dict(new)
        if versioned:
            row["version"] = max(int(old.get("version") or 1), int(new.get("version") or 1)) + 1
        rows.append(row)
    if kind is Kind.STAFF and rows:  # two people swapping citizen ids would clash half-way
        for start in range(0, len(rows), CHUNK):
            session.execute(update(model), [{"id": r["id"], "cccd": None} for r in rows[start : start + CHUNK]])
    for start in range(0, len(rows), CHUNK):
        session.execute(update(model), rows[start : start + CHUNK])
    added = [{**r, "version": int(r.get("version") or 1) + 1} if versioned else r for r in add]
    for start in range(0, len(added), 5000):
        insert_rows(session, model.__table__, added[start : start + 5000])


def undo_import(plan: OpenPlan, receipt: ImportReceipt) -> None:
    """The plan as it was before the import; refused (ConflictError) if its rows changed since."""
    kind = receipt.kind
    with plan.begin() as session:
        expected: dict[tuple[Any, ...], Row | None] = {_key(kind, r): r for r in receipt.inserted}
        expected.update({_key(kind, after): after for _, after in receipt.updated})
        expected.update({_key(kind, r): None for r in receipt.deleted})
        _check(session, receipt, expected, UNDO)
        _write(
            session,
            kind,
            remove=receipt.inserted,
            put=[(after, before) for before, after in receipt.updated],
            add=receipt.deleted,
        )
        for table, rows in receipt.dependents.items():
            for start in range(0, len(rows), 5000):
                session.execute(insert(_TABLES[table].__table__), rows[start : start + 5000])
        audit.record(session, "import_undone", kind=kind.value, file=receipt.file, rows=receipt.size)


def redo_import(plan: OpenPlan, receipt: ImportReceipt) -> None:
    """The import written again after an undo; refused (ConflictError) if its rows changed since."""
    kind = receipt.kind
    with plan.begin() as session:
        expected: dict[tuple[Any, ...], Row | None] = {_key(kind, r): None for r in receipt.inserted}
        expected.update({_key(kind, before): before for before, _ in receipt.updated})
        expected.update({_key(kind, r): r for r in receipt.deleted})
        _check(session, receipt, expected, REDO)
        _write(session, kind, remove=receipt.deleted, put=list(receipt.updated), add=receipt.inserted)
        audit.record(session, "import_redone", kind=kind.value, file=receipt.file, rows=receipt.size)
