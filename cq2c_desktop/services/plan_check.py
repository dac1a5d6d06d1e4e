"""`cq2c check`: is the plan file whole, and do its rows agree with each other?

1. Integrity (SQLite files): `PRAGMA integrity_check` and `PRAGMA foreign_key_check`.
2. Consistency (files and PostgreSQL): plan_check_rules.py — orphans, duplicate citizen IDs, units
   without quotas, the settings, and INSTANCE.md rules 1–3 for the moves of the runs that matter.
3. The audit log (audit_verify.py): its guard triggers are in place and its hash chain is whole.

The plan is only read: no migration, no backup copy. A plan that cannot be opened at all (missing,
not a database, not a CQ2C plan, from a newer version) raises PlanError, which the CLI turns into exit 2.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, create_engine, inspect, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from cq2c_desktop.domain.locations import display_location, scrub
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.services import plan_check_rules as rules
from cq2c_desktop.services.audit_verify import ChainHead, verify_approvals, verify_chain, verify_guards
from cq2c_desktop.services.plan_check_rules import Finding
from cq2c_desktop.services.settings import load_settings
from cq2c_desktop.store.db import NEWER_VERSION, NOT_A_PLAN, PLAN_NOT_FOUND, PlanError, is_known_revision, plan_url
from cq2c_desktop.store.models import Run

FILE_DAMAGED = Text("check_damaged", "The file is damaged: {reason}")
NOT_A_DATABASE = Text("check_not_a_database", "Cannot open the file (not a database): {reason}")
BROKEN_LINK = Text("check_foreign_key", "Table {table}, row {row}: refers to a missing {parent} row")
SETTINGS_UNREADABLE = Text("check_settings", "The plan settings cannot be read: {reason}")
NO_SUCH_RUN = Text("check_no_run", "No such run: {run}")
PLAN_UNREADABLE = Text("check_unreadable", "Cannot read the plan: {reason}")
CONSISTENCY_SKIPPED = "consistency_skipped"  # a check name: the file is damaged, its rows are not read


@dataclass
class CheckReport:
    plan: str
    revision: str | None = None
    checks: list[str] = field(default_factory=list)  # what was looked at, in order
    findings: list[Finding] = field(default_factory=list)
    audit_head: ChainHead | None = None  # the audit log's last event and hash, when it was read

    @property
    def ok(self) -> bool:
        return not self.findings


def _sqlite_integrity(path: Path, report: CheckReport) -> bool:
    """True when the file is sound enough to read its rows."""
    if not path.is_file():
        raise PlanError(PLAN_NOT_FOUND(path=path))
    try:
        connection = sqlite3.connect(path, timeout=10)
        try:
            verdict = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            broken_links = connection.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        report.checks.append("integrity_check")
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_CORRUPT":  # a plan whose pages are damaged
            report.findings.append(Finding("integrity", FILE_DAMAGED(reason=str(exc))))
            return False
        raise PlanError(NOT_A_DATABASE(reason=str(exc))) from exc
    report.checks.append("integrity_check")
    if verdict != ["ok"]:
        report.findings += [Finding("integrity", FILE_DAMAGED(reason=line)) for line in verdict]
        return False
    report.checks.append("foreign_key_check")
    report.findings += [
        Finding("foreign_key", BROKEN_LINK(table=table, row=rowid, parent=parent))
        for table, rowid, parent, _fk in broken_links
    ]
    return True


def _revision(conn: Connection) -> str:
    if "alembic_version" not in inspect(conn).get_table_names():
        raise PlanError(NOT_A_PLAN())
    found = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    revision = str(found)
    if not is_known_revision(revision):
        raise PlanError(NEWER_VERSION())
    return revision


def _settings(conn: Connection) -> list[Finding]:
    try:
        with Session(bind=conn) as session:
            load_settings(session)
    except (SQLAlchemyError, ValueError, TypeError, KeyError) as exc:
        return [Finding("settings", SETTINGS_UNREADABLE(reason=str(exc)))]
    return []


def _consistency(conn: Connection, run_id: int | None, report: CheckReport) -> None:
    steps: list[tuple[str, Callable[[], list[Finding]]]] = [
        ("orphans", lambda: rules.orphans(conn)),
        ("citizen_ids", lambda: rules.citizen_ids(conn)),
        ("units_without_quotas", lambda: rules.units_without_quotas(conn)),
        ("settings", lambda: _settings(conn)),
        ("move_rules", lambda: rules.move_rules(conn, rules.runs_to_check(conn, run_id))),
    ]
    if "hash" in {column["name"] for column in inspect(conn).get_columns("audit_event")}:
        # A plan not yet upgraded has no chain to verify: opening it in the program adds one.
        steps += [
            ("audit_guards", lambda: verify_guards(conn)),
            ("audit_chain", lambda: _chain(conn, report)),
            ("audit_approvals", lambda: verify_approvals(conn)),
        ]
    for name, step in steps:
        report.checks.append(name)
        report.findings += step()


def _chain(conn: Connection, report: CheckReport) -> list[Finding]:
    findings, report.audit_head = verify_chain(conn)
    return findings


def check_plan(target: str | os.PathLike[str], *, run_id: int | None = None) -> CheckReport:
    """Run every check; raises PlanError only when the plan cannot be opened at all."""
    url = plan_url(target)
    report = CheckReport(plan=display_location(target))
    if url.startswith("sqlite") and not _sqlite_integrity(Path(os.fspath(target)), report):
        report.checks.append(CONSISTENCY_SKIPPED)
        return report
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            report.revision = _revision(conn)
            if run_id is not None and conn.scalar(select(Run.id).where(Run.id == run_id)) is None:
                raise PlanError(NO_SUCH_RUN(run=run_id))
            _consistency(conn, run_id, report)
    except SQLAlchemyError as exc:
        reason = scrub(str(getattr(exc, "orig", None) or exc).strip().splitlines()[0])
        raise PlanError(PLAN_UNREADABLE(reason=reason)) from exc
    finally:
        engine.dispose()
    return report
