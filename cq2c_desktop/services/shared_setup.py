"""`cq2c shared init`: a PostgreSQL database made ready for a department, with roles the SERVER enforces.

Run once by the database administrator (a superuser, or a role with CREATEROLE that owns the
database). It creates, if missing, four group roles (no login; officers' logins are made members,
docs/shared-plans.md):

- cq2c_owner — owns the tables (and so may upgrade the schema, or drop a trigger: keep it for the IT
  person); its members may write the audit log's login and time themselves (`cq2c copy`).
- cq2c_planner — import, edit, optimise, decide (accept, reject, lock, change by hand): writes every
  plan table, but never approves and never touches an approved move (the move guard below).
- cq2c_approver — approve and withdraw: may change only a move's decision columns.
- cq2c_reader — reads.

Everyone may append to the audit log (an export of personal data, a reader's included, is on record)
and nobody may change it (the audit triggers of the schema). The plan's schema is created here when
the database is empty, then handed to cq2c_owner.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, create_engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.locations import display_location, scrub
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.services import audit
from cq2c_desktop.services.roles import APPROVER, OWNER, PLANNER, READER, ROLES
from cq2c_desktop.store.db import create_schema
from cq2c_desktop.store.models import Base

NOT_POSTGRES = Text("shared_needs_postgres", "Shared plans live on a PostgreSQL server: give a postgresql:// URL.")
SETUP_FAILED = Text("shared_setup_failed", "The shared plan could not be set up: {reason}")
NOT_A_PLAN_DATABASE = Text(
    "shared_not_a_plan", "The database holds tables that are not a CQ2C plan; use an empty database."
)

PLANNER_TABLES = (
    "unit",
    "staff",
    "quota",
    "distance",
    "specialty",
    "specialty_relation",
    "setting",
    "run",
    "move",
    "unfilled_post",
)
DECISION_COLUMNS = ("status", "decided_by", "decided_at", "version")

ROLE_REFUSED_MARKER = "cq2c_role_refused"
# A move's approval is the approver's: a planner can neither approve, nor change or remove an
# approved move. The one exception is the solve carrying the approved moves of the run it takes over
# into the new run, unchanged (an approved move of the run before, same person, post and place).
_MOVE_GUARD = f"""
CREATE OR REPLACE FUNCTION cq2c_move_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_has_role(session_user, '{APPROVER}', 'MEMBER') OR pg_has_role(session_user, '{OWNER}', 'MEMBER') THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  IF TG_OP <> 'INSERT' AND OLD.status = 'approved' THEN
    RAISE EXCEPTION '{ROLE_REFUSED_MARKER}: only an approver may change or remove approved move %', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.status = 'approved' THEN
    IF TG_OP = 'INSERT' AND EXISTS (
      SELECT 1 FROM move m
      WHERE m.status = 'approved' AND m.staff_id = NEW.staff_id AND m.to_unit_id = NEW.to_unit_id
        AND m.specialty_id = NEW.specialty_id
        AND m.run_id = (SELECT max(r.id) FROM run r WHERE r.id < NEW.run_id)
    ) THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION '{ROLE_REFUSED_MARKER}: only an approver may approve a move'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN COALESCE(NEW, OLD);
END
$$
"""


class SharedSetupError(ServiceError):
    """The database cannot be set up for a department."""


@dataclass(frozen=True)
class SharedSetup:
    location: str  # without the password
    created_schema: bool
    roles_created: list[str]


def _roles(connection: Connection) -> list[str]:
    existing = set(connection.scalars(text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:r)"), {"r": list(ROLES)}))
    created = [role for role in ROLES if role not in existing]
    for role in created:
        connection.execute(text(f'CREATE ROLE "{role}" NOLOGIN'))
    return created


def _schema(connection: Connection) -> bool:
    tables = set(inspect(connection).get_table_names())
    if tables and "alembic_version" not in tables:
        raise SharedSetupError(NOT_A_PLAN_DATABASE())
    if tables:
        return False
    create_schema(connection)
    audit.append(connection, "shared_plan_created", {})
    return True


def _grants(connection: Connection) -> None:
    database = connection.scalar(text("SELECT current_database()"))
    everyone = f"{PLANNER}, {APPROVER}, {READER}"
    tables = [table.name for table in Base.metadata.sorted_tables] + ["alembic_version"]
    statements = [f"ALTER TABLE {table} OWNER TO {OWNER}" for table in tables]
    statements += [
        f"ALTER FUNCTION cq2c_audit_guard() OWNER TO {OWNER}",
        _MOVE_GUARD,
        f"ALTER FUNCTION cq2c_move_guard() OWNER TO {OWNER}",
        "DROP TRIGGER IF EXISTS move_role_guard ON move",
        "CREATE TRIGGER move_role_guard BEFORE INSERT OR UPDATE OR DELETE ON move "
        "FOR EACH ROW EXECUTE FUNCTION cq2c_move_guard()",
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f'GRANT CONNECT ON DATABASE "{database}" TO {everyone}',
        f"GRANT USAGE ON SCHEMA public TO {everyone}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {everyone}",
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public FROM {everyone}",
        f"GRANT INSERT ON audit_event TO {everyone}",
        f"GRANT USAGE ON SEQUENCE audit_event_id_seq TO {everyone}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(PLANNER_TABLES)} TO {PLANNER}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {PLANNER}",
        f"GRANT UPDATE ({', '.join(DECISION_COLUMNS)}) ON move TO {APPROVER}",
    ]
    for statement in statements:
        connection.execute(text(statement))


def init_shared(url: str) -> SharedSetup:
    """Create the roles, the schema if the database is empty, and the grants; run again to repair."""
    if not url.startswith("postgresql"):
        raise SharedSetupError(NOT_POSTGRES())
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            created = _roles(connection)
            schema = _schema(connection)
            _grants(connection)
            audit.append(connection, "shared_roles_set", {"roles_created": created})
    except SQLAlchemyError as exc:
        reason = scrub(str(getattr(exc, "orig", None) or exc).strip().splitlines()[0])
        raise SharedSetupError(SETUP_FAILED(reason=reason)) from exc
    finally:
        engine.dispose()
    return SharedSetup(display_location(url), schema, created)
