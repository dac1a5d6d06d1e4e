"""The plan's settings from the Plan menu: "Document details…" and "Optimisation policy…" open the
settings dialog on their tab; a save is one undo step, audited (services/settings.change_settings)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from cq2c_desktop.services.settings import change_settings, restore_settings
from cq2c_desktop.services.workspace import Workspace
from cq2c_desktop.ui.dialogs.settings_dialog import DOCUMENTS, POLICY, PlanSettingsDialog
from cq2c_desktop.ui.undo_commands import AppliedCommand

if TYPE_CHECKING:
    from cq2c_desktop.ui.main_window import MainWindow


class SettingsCommand(AppliedCommand):
    """Settings saved from the dialog; undo puts the values back as they were, redo types them again."""

    def __init__(
        self,
        workspace: Workspace,
        texts: dict[str, str],
        before: dict[str, Any],
        refresh: Callable[[], None],
        text: str,
    ) -> None:
        super().__init__(text)
        self._workspace, self._texts, self._before, self._refresh = workspace, texts, before, refresh

    def apply(self) -> None:
        change_settings(self._workspace.plan, self._texts)
        self._refresh()

    def undo(self) -> None:
        restore_settings(self._workspace.plan, self._before)
        self._refresh()


class SettingsActions(QObject):
    def __init__(self, window: MainWindow, workspace: Callable[[], Workspace | None]) -> None:
        super().__init__(window)
        self._window, self._workspace = window, workspace
        self.dialog: PlanSettingsDialog | None = None  # the last one opened
        self.documents_action = QAction(self.tr("&Document details…"), window)
        self.documents_action.triggered.connect(lambda _checked=False: self.open_settings(DOCUMENTS))
        self.policy_action = QAction(self.tr("Optimisation &policy…"), window)
        self.policy_action.triggered.connect(lambda _checked=False: self.open_settings(POLICY))

    def actions(self) -> list[QAction]:
        return [self.documents_action, self.policy_action]

    def open_settings(self, tab: str = DOCUMENTS) -> PlanSettingsDialog | None:
        workspace = self._workspace()
        if workspace is None:
            return None
        self.dialog = PlanSettingsDialog(
            workspace.settings(), lambda texts: self.save(workspace, texts), self._window, tab
        )
        self.dialog.open()  # window-modal, without a nested event loop
        return self.dialog

    def save(self, workspace: Workspace, texts: dict[str, str]) -> None:
        """Write the settings typed (SettingValueError, nothing written, if one cannot be right)."""
        before = change_settings(workspace.plan, texts)
        text = self.tr("Change {count} setting(s)").format(count=len(texts))
        self._window.undo_stack.push(SettingsCommand(workspace, texts, before, self._window.refresh, text))
        self._window.refresh()  # the overview shows the plan's name
