"""The plan file's tables (SQLAlchemy 2 typed ORM). Portable SQL only: SQLite and PostgreSQL.

Changing a table means a new Alembic revision in `migrations/versions/`; a plan written by
any earlier version must still open.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    event,
    false,
    text,
)
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, ORMExecuteState, Session, mapped_column, relationship

from cq2c_desktop.domain import messages
from cq2c_desktop.domain.enums import Gender, MoveKind, MoveStatus, NeedMeasure, Region, UnitKind
from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.store.audit_chain import INSERT_ONLY_MARKER


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _in(column: str, values: type[Any]) -> CheckConstraint:
    allowed = ", ".join(f"'{v.value}'" for v in values)
    return CheckConstraint(f"{column} IN ({allowed})", name=f"ck_{column}_allowed")


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Setting(Base):
    """One typed plan setting (policy, document signer, support policy, legal bases …) as JSON."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Unit(Base):
    __tablename__ = "unit"
    __table_args__ = (
        _in("kind", UnitKind),
        _in("region", Region),
        CheckConstraint("priority >= 1", name="ck_unit_priority"),
    )
    id: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10))
    region: Mapped[str] = mapped_column(String(10))
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    area_km2: Mapped[float | None] = mapped_column(Float)
    priority: Mapped[int] = mapped_column(Integer, default=1)
    province: Mapped[str | None] = mapped_column(String(100))
    # The unit's own sending cap (INSTANCE.md 1.1 `max_out`); the policy may set a lower one.
    max_out: Mapped[int | None] = mapped_column(Integer)


class Specialty(Base):
    __tablename__ = "specialty"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    related: Mapped[list[SpecialtyRelation]] = relationship(
        foreign_keys="SpecialtyRelation.specialty_id", cascade="all, delete-orphan"
    )


class SpecialtyRelation(Base):
    """Holders of `related_id` may fill posts of `specialty_id` with match `score`."""

    __tablename__ = "specialty_relation"
    __table_args__ = (CheckConstraint("score > 0 AND score < 1", name="ck_relation_score"),)
    specialty_id: Mapped[str] = mapped_column(ForeignKey("specialty.id", ondelete="CASCADE"), primary_key=True)
    related_id: Mapped[str] = mapped_column(ForeignKey("specialty.id", ondelete="CASCADE"), primary_key=True)
    score: Mapped[float] = mapped_column(Float)


class Staff(Base):
    __tablename__ = "staff"
    __table_args__ = (
        _in("gender", Gender),
        Index("ix_staff_unit_specialty", "unit_id", "specialty_id"),
    )
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    gender: Mapped[str] = mapped_column(String(3))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    ethnicity: Mapped[str | None] = mapped_column(String(60))
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"))
    position: Mapped[str | None] = mapped_column(String(200))
    specialty_id: Mapped[str] = mapped_column(ForeignKey("specialty.id"))
    rank: Mapped[str | None] = mapped_column(String(100))
    home_unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"))
    movable: Mapped[bool] = mapped_column(Boolean, default=True)
    exemption: Mapped[str | None] = mapped_column(String(40))
    # The evidence of an exemption (a medical certificate, a study decision …) and its date.
    exemption_note: Mapped[str | None] = mapped_column(String(500))
    exemption_date: Mapped[dt.date | None] = mapped_column(Date)
    volunteer: Mapped[bool] = mapped_column(Boolean, default=False)
    cccd: Mapped[str | None] = mapped_column(String(12), unique=True)
    # Ranked wishes (nguyện vọng): unit ids, first wish first; anyone with a wish is a volunteer.
    wish_1_unit_id: Mapped[str | None] = mapped_column(String(20))
    wish_2_unit_id: Mapped[str | None] = mapped_column(String(20))
    wish_3_unit_id: Mapped[str | None] = mapped_column(String(20))

    @property
    def wishes(self) -> list[str]:
        return [w for w in (self.wish_1_unit_id, self.wish_2_unit_id, self.wish_3_unit_id) if w]

    @wishes.setter
    def wishes(self, units: list[str]) -> None:
        padded = [*units, None, None, None][:3]
        self.wish_1_unit_id, self.wish_2_unit_id, self.wish_3_unit_id = padded

    # Bumped by every roster edit (services/staff.py checks it explicitly, because the importer's bulk
    # UPDATE by primary key cannot carry SQLAlchemy's version_id_col): two officers, one person, no lost edit.
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"), default=1)


class Quota(Base):
    __tablename__ = "quota"
    __table_args__ = (CheckConstraint("posts >= 0", name="ck_quota_posts"),)
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True)
    specialty_id: Mapped[str] = mapped_column(ForeignKey("specialty.id"), primary_key=True)
    posts: Mapped[int] = mapped_column(Integer)


class Distance(Base):
    """A known road distance; either direction counts (INSTANCE.md)."""

    __tablename__ = "distance"
    __table_args__ = (CheckConstraint("km >= 0", name="ck_distance_km"),)
    from_unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True)
    to_unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True)
    km: Mapped[float] = mapped_column(Float)


class Run(Base):
    """One optimisation run: its parameters, status and KPIs."""

    __tablename__ = "run"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    label: Mapped[str] = mapped_column(String(200), default="")
    method: Mapped[str] = mapped_column(String(20), default="optimal")
    status: Mapped[str] = mapped_column(String(20))
    seconds: Mapped[float] = mapped_column(Float, default=0.0)
    policy: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    kpis: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The optimiser's `wishes_not_granted`: {staff, reason, why, wishes} for each volunteer left without one.
    wishes_not_granted: Mapped[list[Any] | None] = mapped_column(JSON)
    # The round (PlanRound.number) the run belongs to; runs written before rounds existed are round 1.
    round: Mapped[int | None] = mapped_column(Integer)
    # The newer run that took over this run's decisions (services/optimise.py records it): a decision
    # on a superseded run is refused rather than silently ignored.
    superseded_by: Mapped[int | None] = mapped_column(Integer)
    moves: Mapped[list[Move]] = relationship(back_populates="run", cascade="all, delete-orphan")
    unfilled: Mapped[list[UnfilledPost]] = relationship(cascade="all, delete-orphan")


class Move(Base):
    """A proposed transfer and the officer's decision on it."""

    __tablename__ = "move"
    # `kind` and `term_months` are checked by services/secondments.py: a CHECK added to an existing
    # SQLite table needs a rebuild, and rebuilding `move` with foreign keys on is not worth the risk.
    __table_args__ = (_in("status", MoveStatus), Index("ix_move_run_staff", "run_id", "staff_id"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("run.id", ondelete="CASCADE"))
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    from_unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"))
    to_unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"))
    specialty_id: Mapped[str] = mapped_column(ForeignKey("specialty.id"))
    km: Mapped[float] = mapped_column(Float)
    match: Mapped[float] = mapped_column(Float)
    volunteer: Mapped[bool] = mapped_column(Boolean, default=False)
    why: Mapped[str] = mapped_column(Text, default="")
    wish: Mapped[int | None] = mapped_column(Integer)  # the rank of the wish the move grants (1-3)
    kept: Mapped[bool] = mapped_column(Boolean, server_default=false(), default=False)  # as in the last run
    status: Mapped[str] = mapped_column(String(10), default=MoveStatus.PROPOSED.value)
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # A transfer for good or a secondment (biệt phái) for `term_months` from `start_date` to `end_date`.
    kind: Mapped[str] = mapped_column(String(12), server_default=text("'transfer'"), default=MoveKind.TRANSFER.value)
    term_months: Mapped[int | None] = mapped_column(Integer)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    # Optimistic locking: SQLAlchemy adds "AND version = ?" to every UPDATE/DELETE of a move and bumps it,
    # so a second officer writing over a decision they never saw gets StaleDataError, not a silent overwrite.
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    run: Mapped[Run] = relationship(back_populates="moves")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (read once, when SQLAlchemy maps the class)


class UnfilledPost(Base):
    __tablename__ = "unfilled_post"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("run.id", ondelete="CASCADE"))
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"))
    specialty_id: Mapped[str] = mapped_column(ForeignKey("specialty.id"))
    count: Mapped[int] = mapped_column(Integer)
    why: Mapped[str] = mapped_column(Text, default="")


class PlanRound(Base):
    """A redeployment round (đợt 1, đợt 2 …); the newest is the current one."""

    __tablename__ = "plan_round"
    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    label: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)


class RemainingNeed(Base):
    """The measure the officer chose for the posts a round left unfilled in one (unit, specialty)."""

    __tablename__ = "remaining_need"
    __table_args__ = (_in("measure", NeedMeasure),)
    round: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True)
    specialty_id: Mapped[str] = mapped_column(ForeignKey("specialty.id", ondelete="CASCADE"), primary_key=True)
    measure: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(String(500), default="")


class AuditEvent(Base):
    """Who did what to the plan, and when (imports, solves, decisions, approvals)."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    user: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The database login and the server's clock (PostgreSQL's trigger sets both for every role but the
    # owner), and the hash chain (store/audit_chain.py) that `cq2c check` verifies.
    db_user: Mapped[str | None] = mapped_column(String(100))
    server_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


AUDIT_APPEND_ONLY = messages.Text(
    "audit_append_only", "The audit log is append-only: events cannot be changed or deleted."
)


class AuditAppendOnlyError(ServiceError):
    """Someone tried to change or remove an audit event."""

    def __init__(self, message: messages.Message | None = None) -> None:
        super().__init__(message or AUDIT_APPEND_ONLY())


# The audit log is the record Decree 13/2023 asks for: the application only ever appends to it. The
# database refuses UPDATE and DELETE of its rows for everyone (the triggers of the migration
# `..._shared_safety`); the ORM guards below only say so before a statement is sent, and the
# server's refusal is said in the same words.


@event.listens_for(AuditEvent, "before_update")
@event.listens_for(AuditEvent, "before_delete")
def _refuse_object_change(_mapper: Mapper[Any], _connection: Any, _target: AuditEvent) -> None:
    raise AuditAppendOnlyError()


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_change(state: ORMExecuteState) -> None:
    if (
        (state.is_update or state.is_delete)
        and state.bind_mapper is not None
        and state.bind_mapper.class_ is AuditEvent
    ):
        raise AuditAppendOnlyError()


@event.listens_for(Engine, "handle_error")
def _say_the_guard_refused(context: ExceptionContext) -> None:
    if INSERT_ONLY_MARKER in str(context.original_exception):
        raise AuditAppendOnlyError() from context.original_exception
