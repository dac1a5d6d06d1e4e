"""Review a run: the proposals with their explanations, the posts left unfilled, and the decisions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cq2c_desktop.domain.enums import MoveKind, MoveStatus
from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.services.reassign import reassign
from cq2c_desktop.services.review import MoveRow, RunRow, UnfilledRow, change_status
from cq2c_desktop.services.workspace import ReviewData, Workspace
from cq2c_desktop.ui import confirm
from cq2c_desktop.ui.formatting import date_time, decimal, number, score
from cq2c_desktop.ui.labels import move_kind_label, move_status_label, run_status_label
from cq2c_desktop.ui.messages import show_error
from cq2c_desktop.ui.status_style import row_look, status_icon
from cq2c_desktop.ui.table_models import Column, RowTableModel
from cq2c_desktop.ui.undo_commands import MoveStatusCommand, ReassignCommand
from cq2c_desktop.ui.views.run_changes_line import RunChangesLine
from cq2c_desktop.ui.views.wishes_panel import WishesPanel
from cq2c_desktop.ui.widgets import data_table, fit_columns_once, wrap_headers

SHORT_ANSWER_COLUMNS = (6, 7, 8, 9)  # match, volunteer, kind, since the last run
KIND_COLUMN = 8


def _number(value: object) -> str:
    return decimal(value) if isinstance(value, float | int) else str(value)


class ReviewView(QWidget):
    """Proposals of the selected run; decisions go through undoable commands."""

    run_changed = Signal(int)
    moves_changed = Signal(list)  # the run's moves still in play, after every reload
    reassign_requested = Signal(object, object)  # (post: (unit_id, specialty_id, unit_name, spec_name), move)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo = undo_stack
        self.workspace: Workspace | None = None
        self._runs: list[RunRow] = []  # as read by the last set_workspace
        self._wishes_run: int | None = None  # the run whose wishes not granted the panel shows
        self.status_labels = {s.value: move_status_label(s.value) for s in MoveStatus}
        self.run_combo = QComboBox()
        self.run_combo.currentIndexChanged.connect(lambda _index: self._run_selected())  # the index is no ReviewData
        self.kpis = QLabel()
        self.kpis.setWordWrap(True)
        self.changes = RunChangesLine(self)  # against the run before: a column and a summary line
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search proposals…"))
        self.search.setClearButtonEnabled(True)
        self.moves = self._moves_model()
        self.moves.set_search("")
        self.search.textChanged.connect(self.moves.set_search)
        self.moves_view = self._table(self.moves, {0: list(self.status_labels.values())})
        self.moves_view.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # by destination
        # Short answers under long titles, on two lines: every column in sight beside the map at 1280 px.
        fit_columns_once(self.moves_view, {0: list(self.status_labels.values())}, then=self._narrow_short_columns)
        self.moves_view.selectionModel().selectionChanged.connect(self._explain)
        self.unfilled = self._unfilled_model()
        self.unfilled_view = self._table(self.unfilled)
        self.unfilled_view.selectionModel().selectionChanged.connect(self._explain_unfilled)
        self.explanation = QTextBrowser()
        self.wishes = WishesPanel(self.explanation.setPlainText)
        self.search.textChanged.connect(self.wishes.set_search)
        self.toolbar = self._build_toolbar()
        self._layout()

    def _moves_model(self) -> RowTableModel[MoveRow]:
        # The status comes first, with its icon, so it is in sight on a 1280-pixel screen beside the map.
        columns: list[Column[MoveRow]] = [
            Column(
                self.tr("Status"),
                lambda r: self.status_labels.get(r.status, r.status),
                icon=lambda r: status_icon(r.status),
            ),
            Column(self.tr("Full name"), lambda r: r.full_name),
            Column(self.tr("From"), lambda r: r.from_name),
            Column(self.tr("To"), lambda r: r.to_name),
            Column(self.tr("Post specialty"), lambda r: r.specialty_name),
            Column(self.tr("Km"), lambda r: r.km, True),
            Column(self.tr("Match"), lambda r: score(r.match), True),
            Column(self.tr("Volunteer"), self._volunteer_text, tooltip=self._volunteer_tip),
            Column(self.tr("Kind"), lambda r: move_kind_label(r.kind)),
            Column(self.tr("Since last run"), self.changes.kind_text, tooltip=self.changes.kind_tooltip),
        ]
        return RowTableModel(columns, self, key=lambda r: r.id, look=lambda r: row_look(r.status))

    def _volunteer_text(self, row: MoveRow) -> str:
        if row.wish:  # short ("NV1"): the column is narrow at 1280×800; the tooltip says it whole
            return self.tr("wish {rank}").format(rank=row.wish)
        return self.tr("yes") if row.volunteer else ""

    def _volunteer_tip(self, row: MoveRow) -> str:
        return self.tr("Wish {rank} granted").format(rank=row.wish) if row.wish else ""

    def _unfilled_model(self) -> RowTableModel[UnfilledRow]:
        columns: list[Column[UnfilledRow]] = [
            Column(self.tr("Unit"), lambda r: r.unit_name),
            Column(self.tr("Specialty"), lambda r: r.specialty_name),
            Column(self.tr("Posts"), lambda r: r.count, True),
            Column(self.tr("Why unfilled"), lambda r: r.why, tooltip=lambda r: r.why),
        ]
        return RowTableModel(columns, self)

    def _table(
        self, model: RowTableModel[MoveRow] | RowTableModel[UnfilledRow], widest: dict[int, list[str]] | None = None
    ) -> QTableView:
        view = data_table(model, widest)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().hide()  # row numbers: 30 pixels a 1280-pixel screen needs for the columns
        return view

    def _narrow_short_columns(self) -> None:
        wrap_headers(self.moves_view, SHORT_ANSWER_COLUMNS)

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar()

        def add(text: str, slot: object, shortcut: str | None = None) -> QAction:
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            bar.addAction(action)
            return action

        self.accept_action = add(self.tr("Accept"), lambda: self.decide(MoveStatus.ACCEPTED), "Ctrl+Return")
        self.reject_action = add(self.tr("Reject"), lambda: self.decide(MoveStatus.REJECTED), "Delete")
        self.lock_action = add(self.tr("Lock"), lambda: self.decide(MoveStatus.LOCKED), "Ctrl+L")
        self.reset_action = add(self.tr("Reset to proposed"), lambda: self.decide(MoveStatus.PROPOSED))
        bar.addSeparator()
        self.change_action = add(self.tr("Change person…"), self._ask_reassign_move, "Ctrl+H")
        self.fill_action = add(self.tr("Fill post by hand…"), self._ask_fill_unfilled)
        return bar

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Run:")))
        top.addWidget(self.run_combo, 3)
        top.addWidget(self.search, 2)
        lower = QSplitter(Qt.Orientation.Horizontal)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.unfilled_view)
        self.lower_tabs = QTabWidget()
        self.lower_tabs.addTab(box, self.tr("Posts left unfilled"))
        self.lower_tabs.addTab(self.wishes, self.tr("Wishes not granted"))
        lower.addWidget(self.lower_tabs)
        lower.addWidget(self.explanation)
        lower.setStretchFactor(0, 3)  # the unfilled posts and why, beside the explanation of one
        lower.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.moves_view)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.kpis)
        layout.addWidget(self.changes)
        layout.addWidget(self.toolbar)
        layout.addWidget(split, 1)

    # --- data --------------------------------------------------------------------------------
    def set_workspace(
        self, workspace: Workspace | None, select_run: int | None = None, read: ReviewData | None = None
    ) -> None:
        """Show `workspace`'s runs and the proposals of `select_run` (default: the latest), from
        `read` when a worker has read them already."""
        self.workspace = workspace
        self.run_combo.blockSignals(True)
        self.run_combo.clear()
        if read is None and workspace is not None:
            read = workspace.review(select_run)
        runs = read.runs if read is not None else []
        self._runs = runs
        for run in runs:
            self.run_combo.addItem(
                self.tr("Run {id} — {when} — {status} — {moves} moves").format(
                    id=run.id,
                    when=date_time(run.created_at),
                    status=run_status_label(run.status, run.method),
                    moves=number(run.moves),
                ),
                run.id,
            )
        if runs:
            wanted = select_run if select_run is not None else runs[-1].id
            self.run_combo.setCurrentIndex(max(0, self.run_combo.findData(wanted)))
        self.run_combo.blockSignals(False)  # the run is read once, below, not again from the signal
        if runs:
            self._run_selected(read)
        else:
            self.changes.set_changes(None)
            self.moves.set_rows([])
            self.unfilled.set_rows([])
            self.wishes.set_rows([])
            self._wishes_run = None
            self.moves_changed.emit([])
            self.kpis.setText(self.tr("No run yet: use Optimise (F5)."))

    def current_run(self) -> int | None:
        data = self.run_combo.currentData()
        return int(data) if data is not None else None

    def _run_selected(self, read: ReviewData | None = None) -> None:
        run_id = self.current_run()
        if run_id is None or self.workspace is None:
            return
        self.reload(read if read is not None and read.run_id == run_id else None)
        kpis = next((r.kpis for r in self._runs if r.id == run_id), {})
        self.kpis.setText(
            self.tr(
                "Filled {filled} of {short} posts short · priority {priority} · match {match} · "
                "volunteers {volunteers} · total {total} km, mean {mean} km, longest {longest} km"
            ).format(
                filled=number(kpis.get("filled", 0)),
                short=number(kpis.get("posts_short", 0)),
                priority=number(kpis.get("priority_filled", 0)),
                match=_number(kpis.get("match_sum", 0)),
                volunteers=number(kpis.get("volunteers", 0)),
                total=_number(kpis.get("total_km", 0)),
                mean=_number(kpis.get("mean_km", 0)),
                longest=_number(kpis.get("max_km", 0)),
            )
            + self._wish_kpis(kpis)
        )
        self.run_changed.emit(run_id)

    def _wish_kpis(self, kpis: dict[str, Any]) -> str:
        if "wishes_granted" not in kpis:  # a run made before contract 1.1
            return ""
        return self.tr(" · wishes granted {granted} (score {score}) · kept from the last run {kept}").format(
            granted=number(kpis.get("wishes_granted", 0)),
            score=number(kpis.get("wish_score", 0)),
            kept=number(kpis.get("kept", 0)),
        )

    def reload(self, read: ReviewData | None = None) -> None:
        run_id = self.current_run()
        if run_id is None or self.workspace is None:
            return
        if read is None:  # after a decision: the run's wishes not granted stay as they were
            read = self.workspace.review(run_id, with_wishes=run_id != self._wishes_run)
        rows = read.moves
        self.changes.set_changes(read.changes)
        self.moves.set_rows(rows)
        # Transfer or secondment: a column only when the run has a secondment (at 1280×800 the
        # proposals have no room for a column that says "điều động" on every row).
        self.moves_view.setColumnHidden(KIND_COLUMN, all(r.kind != MoveKind.SECONDMENT.value for r in rows))
        self.unfilled.set_rows(read.unfilled)
        if read.wishes is not None:
            self.wishes.set_rows(read.wishes)
            self._wishes_run = run_id
        self.moves_changed.emit([r for r in rows if r.status != MoveStatus.REJECTED.value])

    def versions(self, move_ids: list[int]) -> dict[int, int]:
        rows = (self.moves.row_by_key(i) for i in move_ids)
        return {row.id: row.version for row in rows if row is not None}

    def selected_moves(self) -> list[MoveRow]:
        rows = sorted({i.row() for i in self.moves_view.selectionModel().selectedRows()})
        return [self.moves.row_at(r) for r in rows]

    # --- decisions ---------------------------------------------------------------------------
    def decide(self, status: MoveStatus) -> None:
        moves = self.selected_moves()
        if not moves or self.workspace is None:
            return
        if len(moves) > 1 and not confirm.confirm_count(
            self,
            self.tr("Decide on proposals"),
            self.tr("Set {count} proposals to “{status}”?").format(
                count=number(len(moves)), status=self.status_labels[status.value]
            ),
        ):
            return  # a mass decision says what it acts on
        try:
            # The versions the officer saw: a move another officer changed since is refused, not overwritten.
            change = change_status(
                self.workspace.plan, [m.id for m in moves], status, expected_versions={m.id: m.version for m in moves}
            )
        except ServiceError as exc:  # a conflict (naming who), a replaced run, a plan busy with another writer
            show_error(self, self.tr("Cannot change the proposal"), exc)
            self.reload()  # show what the other officer decided
            return
        text = self.tr("{status}: {count} proposal(s)").format(
            status=self.status_labels[status.value], count=len(moves)
        )
        self._undo.push(MoveStatusCommand(self.workspace, status, change, self.reload, self.versions, text))
        self.reload()

    def apply_reassign(
        self, run_id: int, unit_id: str, specialty_id: str, staff_id: str, replace_move_id: int | None
    ) -> bool:
        if self.workspace is None:
            return False
        args = (run_id, unit_id, specialty_id, staff_id, replace_move_id)
        seen = self.versions([replace_move_id]) if replace_move_id is not None else None
        try:
            change = reassign(self.workspace.plan, *args, expected_versions=seen)
        except ServiceError as exc:
            show_error(self, self.tr("Cannot make this change"), exc)
            self.reload()  # show what the other officer decided
            return False
        self._undo.push(ReassignCommand(self.workspace, change, args, self.reload, self.tr("Change by hand")))
        self.reload()
        return True

    def _ask_reassign_move(self) -> None:
        moves = self.selected_moves()
        if len(moves) == 1:
            move = moves[0]
            self.reassign_requested.emit((move.to_unit_id, move.specialty_id, move.to_name, move.specialty_name), move)

    def _ask_fill_unfilled(self) -> None:
        rows = self.unfilled_view.selectionModel().selectedRows()
        if rows:
            post = self.unfilled.row_at(rows[0].row())
            self.reassign_requested.emit((post.unit_id, post.specialty_id, post.unit_name, post.specialty_name), None)

    def _explain(self) -> None:
        # One range one row high is one move. (Listing the selected rows instead costs Qt a check of
        # every cell: 30 ms, and a 100 ms pause, when the officer selects all 400 proposals.)
        selection = self.moves_view.selectionModel().selection()
        if selection.count() == 1 and selection.at(0).height() == 1:
            move = self.moves.row_at(selection.at(0).top())
            notes = [self.tr("Wish {rank} granted.").format(rank=move.wish)] if move.wish else []
            notes += [self.tr("Kept from the last run.")] if move.kept else []
            head = f"{move.full_name}: {move.from_name} → {move.to_name}"
            self.explanation.setPlainText("\n".join([head, *notes, "", move.why]))

    def _explain_unfilled(self) -> None:
        rows = self.unfilled_view.selectionModel().selectedRows()
        if rows:
            post = self.unfilled.row_at(rows[0].row())
            self.explanation.setPlainText(f"{post.unit_name} — {post.specialty_name} ({post.count})\n\n{post.why}")
