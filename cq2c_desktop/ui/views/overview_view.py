"""The plan at a glance: headcount, shortage and surplus by region and specialty, and what to do next.

The bars are images of a fixed width (a one-pixel colour stretched), so they can never wrap the way
a run of spaces does, and the names never break inside a cell; the two tables sit side by side when
the tab is wide enough and one above the other when it is not (a 1280-pixel screen beside the map),
and the page is laid out again when the tab changes width.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from cq2c_desktop.domain.enums import Region
from cq2c_desktop.services.balance import BalanceSummary
from cq2c_desktop.services.review import RunRow
from cq2c_desktop.services.workspace import PlanSnapshot
from cq2c_desktop.ui.formatting import number
from cq2c_desktop.ui.labels import run_status_label
from cq2c_desktop.ui.views import SHORT_COLOURS, SURPLUS_COLOURS, region_label, specialty_label
from cq2c_desktop.ui.views.approved_note import approved_note

_TABLE = '<table cellspacing="0" cellpadding="3" style="margin-right:18px">'
_NOWRAP = ' style="white-space:nowrap"'
SHORT_BAR, SURPLUS_BAR = QUrl("bar:short"), QUrl("bar:surplus")
BAR_HEIGHT = 12
MIN_BAR, MAX_BAR = 60, 160  # pixels for the longest bar of a table
SIDE_BY_SIDE = 820  # below this width (pixels) the specialty table goes under the region table


def _bar(value: int, top: int, url: QUrl, longest: int) -> str:
    if value <= 0 or top <= 0:
        return ""
    width = max(2, round(longest * value / top))
    return f'<img src="{url.toString()}" width="{width}" height="{BAR_HEIGHT}">'


def _pixel(colour: str) -> QImage:
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return image


class OverviewView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self._shown: tuple[PlanSnapshot, list[RunRow]] | None = None
        self._layout_width = 0  # the width the page was laid out for
        self._note = ""  # rich text under the latest run: that it is out of date (ui/stale_state.py)
        self._add_bar_images()

    def _add_bar_images(self) -> None:
        document = self.document()
        document.addResource(QTextDocument.ResourceType.ImageResource, SHORT_BAR, _pixel(SHORT_COLOURS[2]))
        document.addResource(QTextDocument.ResourceType.ImageResource, SURPLUS_BAR, _pixel(SURPLUS_COLOURS[2]))

    def clear_plan(self) -> None:
        self._shown = None
        self.setHtml("")

    def show_plan(self, snapshot: PlanSnapshot, runs: list[RunRow]) -> None:
        self._shown = (snapshot, list(runs))
        self._render()

    def set_note(self, html: str) -> None:
        if html != self._note:
            self._note = html
            if self._shown is not None:
                self._render()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._shown is not None and abs(self.viewport().width() - self._layout_width) >= 40:
            self._render()  # a small page: laying it out again takes a millisecond or two

    def _render(self) -> None:
        assert self._shown is not None
        snapshot, runs = self._shown
        width = self.viewport().width()
        self._layout_width = width
        side_by_side = width >= SIDE_BY_SIDE
        longest = max(MIN_BAR, min(MAX_BAR, (width // 2 if side_by_side else width) // 4 - 20))
        summary = snapshot.summary
        regions, specialties = self._regions(summary, longest), self._specialties(summary, snapshot, longest)
        tables = (
            f'<table><tr><td valign="top">{regions}</td><td valign="top">{specialties}</td></tr></table>'
            if side_by_side
            else regions + specialties
        )
        self.setHtml(
            "".join(
                (
                    f"<h2>{escape(snapshot.settings.plan_name)}</h2>",
                    self._counts(summary),
                    tables,
                    self._next(runs),
                    f'<p style="color:#9a4a00"><b>{self._note}</b></p>' if self._note and runs else "",
                )
            )
        )
        self._add_bar_images()  # setHtml keeps resources, but a cleared document may not

    def _counts(self, summary: BalanceSummary) -> str:
        return (
            self.tr(
                "<p>Units: <b>{units}</b> &nbsp; Staff: <b>{staff}</b> (movable {movable}, volunteers "
                "{volunteers}) &nbsp; Posts: <b>{posts}</b></p>"
            ).format(
                units=number(summary.units),
                staff=number(summary.staff),
                movable=number(summary.movable),
                volunteers=number(summary.volunteers),
                posts=number(summary.posts),
            )
            + self.tr(
                "<p>Short: <b>{short}</b> posts in {units_short} units &nbsp; Surplus: <b>{surplus}</b> "
                "people in {units_surplus} units</p>"
            ).format(
                short=number(summary.shortage),
                units_short=number(summary.units_short),
                surplus=number(summary.surplus),
                units_surplus=number(summary.units_surplus),
            )
            + self._approved(summary)
        )

    def _approved(self, summary: BalanceSummary) -> str:
        note = approved_note(summary.approved_moves, summary.secondments)
        return f"<p><i>{escape(note)}</i></p>" if note else ""

    def _header(self, title: str, first_column: str) -> str:
        short, surplus = self.tr("Short"), self.tr("Surplus")  # lupdate does not look inside f-strings
        return (
            f"<h3>{title}</h3>{_TABLE}<tr><th align='left'{_NOWRAP}>{first_column}</th>"
            f"<th align='right'{_NOWRAP}>{short}</th><th></th><th align='right'{_NOWRAP}>{surplus}</th><th></th></tr>"
        )

    def _row(self, name: str, short: int, surplus: int, top: int, longest: int) -> str:
        return (
            f"<tr><td{_NOWRAP}>{escape(name)}</td><td align='right'>{number(short)}</td>"
            f"<td{_NOWRAP}>{_bar(short, top, SHORT_BAR, longest)}</td><td align='right'>{number(surplus)}</td>"
            f"<td{_NOWRAP}>{_bar(surplus, top, SURPLUS_BAR, longest)}</td></tr>"
        )

    def _regions(self, summary: BalanceSummary, longest: int) -> str:
        top = max([*summary.shortage_by_region.values(), *summary.surplus_by_region.values(), 1])
        rows = [self._header(self.tr("By region"), self.tr("Region"))]
        for region in Region:
            short = summary.shortage_by_region.get(region.value, 0)
            surplus = summary.surplus_by_region.get(region.value, 0)
            rows.append(self._row(region_label(region.value), short, surplus, top, longest))
        return "".join(rows) + "</table>"

    def _specialties(self, summary: BalanceSummary, snapshot: PlanSnapshot, longest: int) -> str:
        names = {s.id: specialty_label(s) for s in snapshot.grid.specialties}
        keys = sorted(
            set(summary.shortage_by_specialty) | set(summary.surplus_by_specialty),
            key=lambda k: -summary.shortage_by_specialty.get(k, 0),
        )
        top = max([*summary.shortage_by_specialty.values(), *summary.surplus_by_specialty.values(), 1])
        rows = [self._header(self.tr("By specialty"), self.tr("Specialty"))]
        for key in keys:
            short, surplus = summary.shortage_by_specialty.get(key, 0), summary.surplus_by_specialty.get(key, 0)
            rows.append(self._row(names.get(key, key), short, surplus, top, longest))
        return "".join(rows) + "</table>"

    def _next(self, runs: list[RunRow]) -> str:
        if not runs:
            return self.tr(
                "<h3>Next step</h3><p>Check the data (Data menu, Ctrl+I to import the communes' "
                "files), then <b>Optimise (F5)</b> to get a proposal.</p>"
            )
        last = runs[-1]
        return self._rounds(runs) + self.tr(
            "<h3>Latest run</h3><p>Run {id}: {status}, {moves} moves, {filled} of {short} posts "
            "filled. Review it on the Proposals tab, approve, then export from the Export menu.</p>"
        ).format(
            id=last.id,
            status=run_status_label(last.status, last.method),
            moves=number(last.moves),
            filled=number(last.kpis.get("filled", 0)),
            short=number(last.kpis.get("posts_short", 0)),
        )

    def _rounds(self, runs: list[RunRow]) -> str:
        """Each round's decisions (its latest run's approved moves) and all rounds together, once there are two."""
        latest = {run.round: run for run in runs}
        if len(latest) < 2:
            return ""
        lines = [
            self.tr("Round {round}: {approved} approved").format(round=n, approved=number(run.approved))
            for n, run in sorted(latest.items())
        ]
        total = sum(run.approved for run in latest.values())
        return (
            self.tr("<h3>Rounds</h3>")
            + "<p>"
            + " &nbsp;·&nbsp; ".join(lines)
            + "<br>"
            + self.tr("All rounds together: <b>{approved}</b> approved").format(approved=number(total))
            + "</p>"
        )
