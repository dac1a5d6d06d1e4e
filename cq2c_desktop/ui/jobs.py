"""Long jobs with a progress dialog and Cancel: the UI never waits on them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from cq2c_desktop.domain.messages import Message
from cq2c_desktop.ui.background import Task, Work, run_in_background
from cq2c_desktop.ui.messages import show_error, tr_message


class Job:
    """One background job shown in a window-modal progress dialog; Cancel sets its stop flag."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Work,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._parent = parent
        self._on_success = on_success
        self._on_failure = on_failure
        # Translated in this class's context: `parent.tr` would look under the parent's class name,
        # where lupdate never put it (that is how "Cancel" stayed English on every progress dialog).
        self.dialog = QProgressDialog(title, QCoreApplication.translate("Job", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.task: Task = run_in_background(work, self._succeeded, self._failed, self._progress)
        self.dialog.canceled.connect(self.task.cancel)

    def _progress(self, done: int, total: int, message: Message) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total))
        self.dialog.setLabelText(tr_message(message))

    def _finish(self) -> None:
        self.dialog.canceled.disconnect()
        self.dialog.close()
        self.dialog.deleteLater()

    def _succeeded(self, result: Any) -> None:
        self._finish()
        self._on_success(result)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if self._on_failure is not None:
            self._on_failure(error)
        else:
            show_error(self._parent, QCoreApplication.translate("Job", "The job failed"), error)
