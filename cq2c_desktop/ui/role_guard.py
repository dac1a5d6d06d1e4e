"""The window shows what the signed-in role of a shared plan may do, and greys out the rest.

The server refuses a forbidden change anyway (services/shared_setup.py); greying the action out only
spares the officer a refusal. Each greyed action says why in its tooltip and status tip. A plan file
(or a database not set up for roles) enables everything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from cq2c_desktop.services.roles import Role

if TYPE_CHECKING:
    from cq2c_desktop.ui.main_window import MainWindow


def _allow(actions: list[QAction], allowed: bool, why: str) -> None:
    for action in actions:
        action.setEnabled(allowed)  # the plan just opened: every action was enabled
        tip = "" if allowed else why
        action.setStatusTip(tip)
        action.setToolTip(tip or action.text().replace("&", ""))


def role_label(role: Role) -> str:
    names = {
        "owner": QCoreApplication.translate("RoleGuard", "full rights"),
        "planner": QCoreApplication.translate("RoleGuard", "planner"),
        "approver": QCoreApplication.translate("RoleGuard", "approver"),
        "reader": QCoreApplication.translate("RoleGuard", "reader"),
    }
    return names.get(role.name, role.name)


def apply_role(window: MainWindow, role: Role) -> None:
    """Grey out what `role` may not do, after the window enabled the plan's actions."""
    review = window.review_view
    decisions = [
        review.accept_action,
        review.reject_action,
        review.lock_action,
        review.reset_action,
        review.change_action,
        review.fill_action,
    ]
    why = QCoreApplication.translate("RoleGuard", "Your role on this shared plan ({role}) may not do this.").format(
        role=role_label(role)
    )
    _allow([window.import_action], role.may_edit, why)
    _allow([window.optimise_action], role.may_optimise, why)
    _allow(decisions, role.may_decide, why)
    _allow([*window.outputs.plan_actions(), window.decisions.withdraw_action], role.may_approve, why)
    _allow([window.personal_data_action], role.may_see_personal, why)
    if role.login is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate("RoleGuard", "Signed in as {login} ({role})").format(
                login=role.login, role=role_label(role)
            ),
            10000,
        )
