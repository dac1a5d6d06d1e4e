"""Who the signed-in officer is on a shared plan, and what the window lets them try.

`cq2c shared init` (services/shared_setup.py) creates the server's roles; the SERVER refuses what a
role may not do (GRANTs and a trigger on moves). The window only greys out what would be refused
(ui/role_guard.py), so an officer is not led into an error. A plan file, or a database without the
roles, is one person's: every action is open.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from cq2c_desktop.store.db import OpenPlan

OWNER, PLANNER, APPROVER, READER = "cq2c_owner", "cq2c_planner", "cq2c_approver", "cq2c_reader"
ROLES = (OWNER, PLANNER, APPROVER, READER)


@dataclass(frozen=True)
class Role:
    name: str  # "owner" (everything: a plan file, the schema owner, a database not set up for roles), …
    login: str | None  # the database login (None: a plan file)
    may_edit: bool  # import, edit the roster, units and settings
    may_optimise: bool
    may_decide: bool  # accept, reject, lock, change by hand
    may_approve: bool  # approve and withdraw an approval
    may_see_personal: bool  # full birth dates and citizen IDs in exports and on screen

    @property
    def may_write(self) -> bool:
        return self.may_edit or self.may_optimise or self.may_decide or self.may_approve


EVERYTHING = Role("owner", None, True, True, True, True, True)


def plan_role(plan: OpenPlan) -> Role:
    if plan.engine.dialect.name != "postgresql":
        return EVERYTHING
    with plan.engine.connect() as connection:
        login = str(connection.scalar(text("SELECT session_user")))
        existing = set(
            connection.scalars(text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:r)"), {"r": list(ROLES)})
        )
        if PLANNER not in existing:
            return Role("owner", login, True, True, True, True, True)
        member = {
            role: bool(connection.scalar(text("SELECT pg_has_role(session_user, :r, 'MEMBER')"), {"r": role}))
            for role in ROLES
            if role in existing
        }
    if member.get(OWNER):
        return Role("owner", login, True, True, True, True, True)
    planner, approver = member.get(PLANNER, False), member.get(APPROVER, False)
    name = "approver" if approver else "planner" if planner else "reader"
    return Role(name, login, planner, planner, planner or approver, approver, approver)
