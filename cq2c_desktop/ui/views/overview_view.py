"""The plan at a glance: headcount, shortage and surplus by region and specialty, and what to do next."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from cq2c_desktop.domain.enums import Region
from cq2c_desktop.services.balance import BalanceSummary
from cq2c_desktop.services.review import RunRow
from cq2c_desktop.services.workspace import PlanSnapshot
from cq2c_desktop.ui.views import region_label

_TABLE = '<table cellspacing="0" cellpadding="4" style="border-collapse:collapse; margin-right:24px">'


def _bar(value: int, top: int, colour: str) -> str:
    width = 0 if top <= 0 else max(1, round(160 * value / top))
    return f'<span style="background:{colour}">{"&nbsp;" * (width // 4)}</span>' if value else ""


class OverviewView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)

    def clear_plan(self) -> None:
        self.setHtml("")

    def show_plan(self, snapshot: PlanSnapshot, runs: list[RunRow]) -> None:
        summary = snapshot.summary
        parts = [
            f"<h2>{escape(snapshot.settings.plan_name)}</h2>",
            self.tr(
                "<p>Units: <b>{units}</b> &nbsp; Staff: <b>{staff}</b> (movable {movable}, volunteers "
                "{volunteers}) &nbsp; Posts: <b>{posts}</b></p>"
            ).format(
                units=summary.units,
                staff=summary.staff,
                movable=summary.movable,
                volunteers=summary.volunteers,
                posts=summary.posts,
            ),
            self.tr(
                "<p>Short: <b>{short}</b> posts in {units_short} units &nbsp; Surplus: <b>{surplus}</b> "
                "people in {units_surplus} units</p>"
            ).format(
                short=summary.shortage,
                units_short=summary.units_short,
                surplus=summary.surplus,
                units_surplus=summary.units_surplus,
            ),
            '<table><tr><td valign="top">',
            self._regions(summary),
            '</td><td valign="top">',
            self._specialties(summary, snapshot),
            "</td></tr></table>",
            self._next_steps(runs),
        ]
        self.setHtml("".join(parts))

    def _header(self, title: str, first_column: str) -> str:
        short, surplus = self.tr("Short"), self.tr("Surplus")  # lupdate does not look inside f-strings
        return (
            f"<h3>{title}</h3>{_TABLE}<tr><th align='left'>{first_column}</th><th>{short}</th><th></th>"
            f"<th>{surplus}</th><th></th></tr>"
        )

    def _regions(self, summary: BalanceSummary) -> str:
        top = max([*summary.shortage_by_region.values(), *summary.surplus_by_region.values(), 1])
        rows = [self._header(self.tr("By region"), self.tr("Region"))]
        for region in Region:
            short = summary.shortage_by_region.get(region.value, 0)
            surplus = summary.surplus_by_region.get(region.value, 0)
            rows.append(
                f"<tr><td>{region_label(region.value)}</td><td align='right'>{short}</td>"
                f"<td>{_bar(short, top, '#de2d26')}</td><td align='right'>{surplus}</td>"
                f"<td>{_bar(surplus, top, '#3182bd')}</td></tr>"
            )
        return "".join(rows) + "</table>"

    def _specialties(self, summary: BalanceSummary, snapshot: PlanSnapshot) -> str:
        names = {s.id: s.name for s in snapshot.grid.specialties}
        keys = sorted(
            set(summary.shortage_by_specialty) | set(summary.surplus_by_specialty),
            key=lambda k: -summary.shortage_by_specialty.get(k, 0),
        )
        top = max([*summary.shortage_by_specialty.values(), *summary.surplus_by_specialty.values(), 1])
        rows = [self._header(self.tr("By specialty"), self.tr("Specialty"))]
        for key in keys:
            short, surplus = summary.shortage_by_specialty.get(key, 0), summary.surplus_by_specialty.get(key, 0)
            rows.append(
                f"<tr><td>{escape(names.get(key, key))}</td><td align='right'>{short}</td>"
                f"<td>{_bar(short, top, '#de2d26')}</td><td align='right'>{surplus}</td>"
                f"<td>{_bar(surplus, top, '#3182bd')}</td></tr>"
            )
        return "".join(rows) + "</table>"

    def _next_steps(self, runs: list[RunRow]) -> str:
        if not runs:
            return self.tr(
                "<h3>Next step</h3><p>Check the data (Data menu, Ctrl+I to import the communes' "
                "files), then <b>Optimise (F5)</b> to get a proposal.</p>"
            )
        last = runs[-1]
        return self.tr(
            "<h3>Latest run</h3><p>Run {id}: {status}, {moves} moves, {filled} of {short} posts "
            "filled. Review it on the Proposals tab, approve, then export from the Export menu.</p>"
        ).format(
            id=last.id,
            status=last.status,
            moves=last.moves,
            filled=last.kpis.get("filled", 0),
            short=last.kpis.get("posts_short", 0),
        )
