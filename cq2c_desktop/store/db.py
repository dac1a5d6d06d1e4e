"""Opening a plan: a `.cq2c` SQLite file or a PostgreSQL URL, migrated to the current schema."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.locations import scrub
from cq2c_desktop.domain.messages import Text
from cq2c_desktop.store.backups import copy_database, take_backup

if TYPE_CHECKING:  # Alembic is imported only to migrate: it costs 0.3 s of the app's start
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# The newest schema revision (tests/foundation/test_store.py checks it against the migrations). A
# plan already there opens without Alembic; an older one is migrated, a newer one refused.
SCHEMA_HEAD = "0006"

PLAN_SUFFIX = ".cq2c"
_MIGRATIONS = Path(__file__).resolve().parent / "migrations"

NEWER_VERSION = Text(
    "plan_from_newer_version", "This plan was written by a newer version of CQ2C Planner; please update."
)
ONLY_FILES_COPIED = Text("copy_needs_plan_file", "Only a plan file can be copied this way.")
PLAN_NOT_FOUND = Text("plan_not_found", "Plan file not found: {path}")
PLAN_IS_FOLDER = Text("plan_is_folder", "This is a folder, not a plan file: {path}")
PLAN_UNREADABLE = Text("plan_unreadable", "Cannot open the plan (damaged or not a CQ2C plan): {reason}")
NOT_A_PLAN = Text("not_a_plan", "This file is not a CQ2C plan.")
PLAN_EMPTY = Text("plan_empty", "The plan file is empty.")
FILE_EXISTS = Text("file_exists", "The file already exists: {path}")
PLAN_BUSY = Text(
    "plan_busy",
    "The plan is busy: another officer or program has been writing to it for {seconds} s. Nothing was saved; "
    "try again in a moment.",
)
ROWS_CONTENDED = Text(
    "plan_rows_contended",
    "Another officer changed the same rows at the same moment. Nothing was saved; reload and try again.",
)


class PlanError(ServiceError):
    """A plan cannot be opened or written."""


class PasswordNeededError(PlanError):
    """The server wants a password the location did not carry (nor a credential store, nor pgpass)."""


PASSWORD_NEEDED = Text(
    "password_needed",
    "The server {server} asks for a password: save it in this computer's credential store or a pgpass "
    "file, or type it when asked.",
)
PASSWORD_REFUSED = Text("password_refused", "The server {server} refused the user name or password.")


class PlanBusyError(PlanError):
    """A write waited for another writer's lock longer than the plan allows (`lock_wait_seconds`)."""


def lock_wait_seconds() -> float:
    """How long a write waits for another writer: SQLite's busy timeout, PostgreSQL's lock_timeout."""
    try:
        return max(0.0, float(os.environ.get("CQ2C_LOCK_WAIT", "10")))
    except ValueError:
        return 10.0


class NotAllowedError(PlanError):
    """The server refused a change the signed-in database role may not make (shared plans)."""


NOT_ALLOWED = Text("role_not_allowed", "Your database role may not do this; the server refused it ({reason}).")
_REFUSED_STATES = {"42501"}  # insufficient_privilege: a GRANT missing, or the move guard's refusal
_LOCK_STATES = {"55P03"}  # PostgreSQL lock_not_available (lock_timeout)
_RACE_STATES = {"40001", "40P01"}  # serialization failure, deadlock detected


def busy_error(exc: BaseException) -> PlanError | None:
    """The one-line message for a lock wait that ran out, two writers that crossed, or a change the
    server refuses the signed-in role."""
    original = getattr(exc, "orig", None) or exc
    state = getattr(original, "sqlstate", None)
    seconds = f"{lock_wait_seconds():g}"
    if state in _REFUSED_STATES:
        reason = str(original).strip().splitlines()[0].replace("cq2c_role_refused: ", "")
        return NotAllowedError(NOT_ALLOWED(reason=scrub(reason)))
    if state in _LOCK_STATES:
        return PlanBusyError(PLAN_BUSY(seconds=seconds))
    if state in _RACE_STATES:
        return PlanBusyError(ROWS_CONTENDED())
    if isinstance(original, sqlite3.OperationalError) and any(
        word in str(original) for word in ("database is locked", "database is busy")
    ):
        return PlanBusyError(PLAN_BUSY(seconds=seconds))
    return None


def plan_url(target: str | os.PathLike[str]) -> str:
    """A database URL for a plan path, or the URL itself when given one."""
    text = os.fspath(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).resolve().as_posix()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Foreign keys are off by default in SQLite; WAL lets the UI read while a worker writes.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={int(lock_wait_seconds() * 1000)}")
    cursor.close()


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def is_known_revision(revision: str) -> bool:
    """Whether this version of the program knows a schema revision (False: written by a newer one)."""
    from alembic.script import ScriptDirectory

    return _known_revision(ScriptDirectory.from_config(_alembic_config()), revision)


def _known_revision(script: ScriptDirectory, revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _migrate(engine: Engine, path: Path | None) -> None:
    current = _current_revision(engine)
    if current == SCHEMA_HEAD:
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = _alembic_config()
    script = ScriptDirectory.from_config(config)
    if current is not None and path is not None and _known_revision(script, current):
        _copy_before_upgrade(path)
    with engine.begin() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        if current is not None and not _known_revision(script, current):
            raise PlanError(NEWER_VERSION())
        if current == script.get_current_head():
            return
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def create_schema(connection: Connection) -> None:
    """Bring an empty database to the current schema inside the caller's transaction (`cq2c copy`)."""
    from alembic import command

    config = _alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


@dataclass
class OpenPlan:
    """A plan file or database, open: one engine and one session factory for its lifetime.

    Every use case takes one (services/); only the command line and the window's plan holder
    (services/workspace.py) open a plan by its location. Not to be confused with the solver's
    `solver.plan.Plan`, which is a solution."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def path(self) -> Path | None:
        if self.engine.dialect.name != "sqlite" or self.engine.url.database in (None, "", ":memory:"):
            return None
        return Path(str(self.engine.url.database))

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on any error. A lock wait
        that runs out (another writer holds the plan) becomes PlanBusyError, one line, not a traceback."""
        try:
            with self.sessions.begin() as session:
                yield session
        except DBAPIError as exc:
            busy = busy_error(exc)
            if busy is None:
                raise
            raise busy from exc

    def backup_to(self, target: Path) -> Path:
        """A consistent copy of a SQLite plan via SQLite's online backup API (safe while in use)."""
        path = self.path
        if path is None:
            raise PlanError(ONLY_FILES_COPIED())
        return copy_database(path, target)

    def close(self) -> None:
        if self.engine.dialect.name == "sqlite":
            # Fold the write-ahead log back so the .cq2c file alone holds the whole plan.
            with self.engine.connect() as connection:
                # Another program writing the same file must not hold up closing for the full busy
                # timeout: the fold is then left to whoever closes last, which SQLite does by itself.
                connection.exec_driver_sql("PRAGMA busy_timeout=200")
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()


def open_plan(target: str | os.PathLike[str], *, create: bool = False, copy_before_upgrade: bool = True) -> OpenPlan:
    """Open (and migrate) a plan; `create` allows a new, empty one.

    Opening copies nothing, except that a plan file written by an older version is copied into its
    rolling backups (store/backups.py, reason "before-upgrade") before its schema is upgraded, unless
    it is itself a copy being prepared (`copy_before_upgrade=False`). The work that needs a copy
    takes its own (services/backups.py).
    """
    url = plan_url(target)
    is_sqlite = url.startswith("sqlite")
    path: Path | None = None
    if is_sqlite and "://" not in os.fspath(target):
        path = Path(os.fspath(target))
        if not path.exists() and not create:
            raise PlanError(PLAN_NOT_FOUND(path=path))
        if path.exists() and path.is_dir():
            raise PlanError(PLAN_IS_FOLDER(path=path))
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True, connect_args=_connect_args(url))
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        _check_is_plan(engine, create)
        _migrate(engine, path if copy_before_upgrade else None)
    except PlanError:
        engine.dispose()
        raise
    except Exception as exc:  # a corrupt or foreign file: say so plainly, on one line
        engine.dispose()
        reason = scrub(str(getattr(exc, "orig", None) or exc).splitlines()[0])
        server = scrub(f"{engine.url.host or ''}:{engine.url.port or 5432}/{engine.url.database or ''}")
        if "no password supplied" in reason:
            raise PasswordNeededError(PASSWORD_NEEDED(server=server)) from exc
        if "password authentication failed" in reason:
            raise PasswordNeededError(PASSWORD_REFUSED(server=server)) from exc
        raise PlanError(PLAN_UNREADABLE(reason=reason)) from exc
    return OpenPlan(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


_LOOPBACK = {"localhost", "127.0.0.1", "::1", ""}


def _connect_args(url: str) -> dict[str, Any]:
    """PostgreSQL: the lock wait, and TLS required for any host but this machine unless the URL (or
    PGSSLMODE) says otherwise; `sslmode=verify-full&sslrootcert=ca.pem` checks the server's certificate."""
    if not url.startswith("postgresql"):
        return {}
    found = make_url(url)
    args: dict[str, Any] = {"options": f"-c lock_timeout={int(lock_wait_seconds() * 1000)}"}
    host = found.host or str(found.query.get("host", ""))
    if "sslmode" not in found.query and "PGSSLMODE" not in os.environ and host not in _LOOPBACK:
        args["sslmode"] = "require"
    return args


def own_connection(plan: OpenPlan) -> Any:
    """A psycopg connection of its own to a shared plan's server, in autocommit, made with what the
    plan's engine connects with (the password, if any, stays in memory): for LISTEN, which must not
    hold one of the pool's connections (services/change_listener.py)."""
    import psycopg

    engine = plan.engine
    _args, params = engine.dialect.create_connect_args(engine.url)
    params.pop("context", None)
    params.update(_connect_args(engine.url.render_as_string(hide_password=False)))
    return psycopg.connect(autocommit=True, connect_timeout=10, **params)


def _check_is_plan(engine: Engine, create: bool) -> None:
    tables = set(inspect(engine).get_table_names())
    if tables and "alembic_version" not in tables:
        raise PlanError(NOT_A_PLAN())
    if not tables and not create:
        raise PlanError(PLAN_EMPTY())


def _copy_before_upgrade(path: Path) -> None:
    # The copy is a second line of defence (the upgrade itself is one transaction): one that cannot
    # be made (read-only folder, full disk) must not stop the officer from opening the plan.
    with contextlib.suppress(OSError, sqlite3.Error):
        take_backup(path, reason="before-upgrade")
