"""The balance view's bar charts: shortage and surplus per region or per specialty."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from cq2c_desktop.services.balance_views import Tally
from cq2c_desktop.ui.views import SHORT_COLOURS, SURPLUS_COLOURS


class BalanceChart(QChartView):
    """Horizontal bars of shortage (red) and surplus (blue) per category.

    The series and axes are made once and refilled: a chart whose axes are removed and re-added
    keeps painting the old tick labels under the new ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(240, 200)
        chart = self.chart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setReverseMarkers(True)  # "Short" first, as in the bars
        chart.layout().setContentsMargins(0, 0, 0, 0)
        self.short_set, self.surplus_set = QBarSet(self.tr("Short")), QBarSet(self.tr("Surplus"))
        self.series = QHorizontalBarSeries()
        for bar_set, colour in ((self.surplus_set, SURPLUS_COLOURS[2]), (self.short_set, SHORT_COLOURS[2])):
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            bar_set.setLabelColor(QColor("#303030"))
            self.series.append(bar_set)  # "Surplus" first, so it is drawn below "Short" in each group
        self.series.setBarWidth(0.8)
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(self.series)
        self.categories, self.values = QBarCategoryAxis(), QValueAxis()
        self.values.setLabelFormat("%d")
        chart.addAxis(self.categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.values, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values)

    def show_tallies(self, title: str, labels: Sequence[str], tallies: Sequence[Tally]) -> None:
        self.chart().setTitle(title)
        # horizontal bars list categories bottom-up; reverse them so the first reads at the top
        self.short_set.remove(0, self.short_set.count())
        self.surplus_set.remove(0, self.surplus_set.count())
        self.short_set.append([float(t.shortage) for t in reversed(tallies)])
        self.surplus_set.append([float(t.surplus) for t in reversed(tallies)])
        self.categories.clear()
        self.categories.append(list(reversed(labels)))
        top = max([1, *(t.shortage for t in tallies), *(t.surplus for t in tallies)])
        self.values.setRange(0, top * 1.12)  # room for the value labels past the longest bar
        self.values.applyNiceNumbers()
