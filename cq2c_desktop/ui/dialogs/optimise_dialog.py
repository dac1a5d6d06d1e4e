"""The policy panel shown before a run: distance limit, receiving regions, priorities, match scores."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cq2c_desktop.domain.enums import Region
from cq2c_desktop.domain.settings import Policy
from cq2c_desktop.services.policy import NOT_A_SCORE, PolicyError, PolicyState, save_policy
from cq2c_desktop.services.workspace import Workspace
from cq2c_desktop.ui.formatting import score
from cq2c_desktop.ui.messages import show_error
from cq2c_desktop.ui.views import region_label
from cq2c_desktop.ui.widgets import resize_to_fit, wrap_headers


class OptimiseDialog(QDialog):
    """Edit the policy, then accept to run; the policy is saved to the plan on accept."""

    def __init__(self, workspace: Workspace, state: PolicyState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Optimise the plan"))
        self._workspace = workspace
        self._state = state
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_limits())
        layout.addWidget(self._build_regions())
        layout.addWidget(self._build_scores(), 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Run"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        resize_to_fit(self, 760, 640)

    def _build_limits(self) -> QGroupBox:
        box = QGroupBox(self.tr("Limits"))
        form = QFormLayout(box)
        self.limit_km = QCheckBox(self.tr("Limit the distance from home"))
        self.max_km = QDoubleSpinBox()
        self.max_km.setRange(1, 2000)
        self.max_km.setDecimals(0)  # whole kilometres: "150 km", not "150,00 km"
        self.max_km.setSuffix(" km")
        self.max_km.setValue(self._state.policy.max_km or 150)
        self.limit_km.setChecked(self._state.policy.max_km is not None)
        self.limit_km.toggled.connect(self.max_km.setEnabled)
        self.max_km.setEnabled(self.limit_km.isChecked())
        row = QHBoxLayout()
        row.addWidget(self.limit_km)
        row.addWidget(self.max_km)
        form.addRow(self.tr("Distance:"), row)
        self._build_sending_quota(form)
        self.method = QComboBox()
        self.method.addItem(self.tr("Optimal (proven best)"), "optimal")
        self.method.addItem(self.tr("Nearest first (the usual spreadsheet habit)"), "greedy")
        form.addRow(self.tr("Method:"), self.method)
        self.time_limit = QSpinBox()
        self.time_limit.setRange(1, 3600)
        self.time_limit.setValue(60)
        self.time_limit.setSuffix(" s")
        form.addRow(self.tr("Time limit:"), self.time_limit)
        return box

    def _build_sending_quota(self, form: QFormLayout) -> None:
        """The sending quota: a share of each unit's staff (rounded down) and/or a cap per unit."""
        policy = self._state.policy
        self.limit_share = QCheckBox(self.tr("At most this share of each unit's staff"))
        self.send_share = QDoubleSpinBox()
        self.send_share.setRange(0, 100)
        self.send_share.setDecimals(0)
        self.send_share.setSuffix(" %")
        self.send_share.setValue(policy.send_share_percent if policy.send_share_percent is not None else 10)
        self.limit_share.setChecked(policy.send_share_percent is not None)
        self.limit_cap = QCheckBox(self.tr("At most this many people from one unit"))
        self.send_cap = QSpinBox()
        self.send_cap.setRange(0, 10_000)
        self.send_cap.setValue(policy.send_cap if policy.send_cap is not None else 5)
        self.limit_cap.setChecked(policy.send_cap is not None)
        for check, spin in ((self.limit_share, self.send_share), (self.limit_cap, self.send_cap)):
            check.toggled.connect(spin.setEnabled)
            spin.setEnabled(check.isChecked())
        column = QVBoxLayout()
        for check, spin in ((self.limit_share, self.send_share), (self.limit_cap, self.send_cap)):
            row = QHBoxLayout()
            row.addWidget(check)
            row.addWidget(spin)
            column.addLayout(row)
        form.addRow(self.tr("Sending quota:"), column)

    def _build_regions(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receiving regions and their priority"))
        form = QFormLayout(box)
        self.region_checks: dict[str, QCheckBox] = {}
        self.region_priorities: dict[str, QSpinBox] = {}
        for region in Region:
            check = QCheckBox(region_label(region.value))
            check.setChecked(region.value in self._state.policy.destination_regions)
            spin = QSpinBox()
            spin.setRange(1, 100)
            spin.setValue(self._state.priority_by_region.get(region.value, 1))
            spin.setPrefix(self.tr("priority "))
            row = QHBoxLayout()
            row.addWidget(check)
            row.addWidget(spin)
            form.addRow(row)
            self.region_checks[region.value] = check
            self.region_priorities[region.value] = spin
        return box

    def _build_scores(self) -> QGroupBox:
        box = QGroupBox(self.tr("Related specialties: who may fill which post (score 0 = no, 1 = same specialty)"))
        layout = QVBoxLayout(box)
        names = [name for _, name in self._state.specialties]
        self.scores = QTableWidget(len(names), len(names))
        self.scores.setHorizontalHeaderLabels(names)
        self.scores.setVerticalHeaderLabels(names)
        for r, (post, _) in enumerate(self._state.specialties):
            for c, (holder, _) in enumerate(self._state.specialties):
                value = 1.0 if post == holder else self._state.scores.get((post, holder), 0.0)
                item = QTableWidgetItem(score(value) if value else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if post == holder:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.scores.setItem(r, c, item)
        layout.addWidget(QLabel(self.tr("Rows: the post's specialty. Columns: the holder's specialty.")))
        wrap_headers(self.scores)
        layout.addWidget(self.scores)
        return box

    def _read_scores(self) -> dict[tuple[str, str], float]:
        scores: dict[tuple[str, str], float] = {}
        for r, (post, _) in enumerate(self._state.specialties):
            for c, (holder, _) in enumerate(self._state.specialties):
                item = self.scores.item(r, c)
                text = item.text().strip().replace(",", ".") if item else ""
                if post == holder or not text:
                    continue
                try:
                    value = float(text)
                except ValueError as exc:
                    raise PolicyError(NOT_A_SCORE(value=text)) from exc
                if value:
                    scores[(post, holder)] = value
        return scores

    def policy(self) -> Policy:
        regions = [r for r, check in self.region_checks.items() if check.isChecked()]
        return Policy(
            max_km=self.max_km.value() if self.limit_km.isChecked() else None,
            destination_regions=regions,
            road_factor=self._state.policy.road_factor,
            send_share_percent=self.send_share.value() if self.limit_share.isChecked() else None,
            send_cap=self.send_cap.value() if self.limit_cap.isChecked() else None,
        )

    def accept(self) -> None:
        changed = {
            r: s.value()
            for r, s in self.region_priorities.items()
            if s.value() != self._state.priority_by_region.get(r, 1)
        }
        try:
            save_policy(self._workspace.plan, self.policy(), changed, self._read_scores())
        except PolicyError as exc:
            show_error(self, self.tr("Check the policy"), exc)
            return
        super().accept()
