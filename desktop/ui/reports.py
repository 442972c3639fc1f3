"""Reports for managers: pick a report, a date range and a store; a chart
where a manager would rather look than read, the table beside it, and
export to CSV or a PDF report. The end-of-day register report prints."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue import date_pattern
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.services import documents, reports
from desktop.services import station as station_service
from desktop.services.commands import handle
from desktop.ui.i18n import explain
from desktop.ui.page import Page
from desktop.ui.reports_presenter import chart
from desktop.ui.station import Station
from desktop.ui.tables import NO_PARENT, Index
from desktop.ui.widgets import say

# The report picker, in the station's language.
NAMES = {
    "returns-per-day": QT_TRANSLATE_NOOP("ReportsScreen", "returns per day"),
    "returns-by-reason": QT_TRANSLATE_NOOP("ReportsScreen", "returns by reason"),
    "returns-by-category": QT_TRANSLATE_NOOP("ReportsScreen", "returns by category"),
    "returns-by-product": QT_TRANSLATE_NOOP("ReportsScreen", "returns by product"),
    "returns-by-staff": QT_TRANSLATE_NOOP("ReportsScreen", "returns by staff"),
    "refunds-by-tender": QT_TRANSLATE_NOOP("ReportsScreen", "refunds by tender"),
    "no-receipt": QT_TRANSLATE_NOOP("ReportsScreen", "no-receipt returns"),
    "overrides": QT_TRANSLATE_NOOP("ReportsScreen", "overrides"),
    "fraud-signals": QT_TRANSLATE_NOOP("ReportsScreen", "fraud signals"),
    "cash-by-register": QT_TRANSLATE_NOOP("ReportsScreen", "cash by register"),
    "service-kpis": QT_TRANSLATE_NOOP("ReportsScreen", "service desk KPIs"),
    "goodwill": QT_TRANSLATE_NOOP("ReportsScreen", "goodwill"),
    "waits-per-hour": QT_TRANSLATE_NOOP("ReportsScreen", "counter waits per hour"),
    "repeat-customers": QT_TRANSLATE_NOOP("ReportsScreen", "repeat and one-time customers"),
    "policy-readers": QT_TRANSLATE_NOOP("ReportsScreen", "who has read the newest policy"),
    "staff-scorecards": QT_TRANSLATE_NOOP("ReportsScreen", "staff scorecards"),
    "offline-conflicts": QT_TRANSLATE_NOOP("ReportsScreen", "offline conflicts"),
}


class ReportModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.report: reports.Report | None = None
        self.columns: list[str] = []
        self.cells: list[list[str]] = []

    def set_report(self, report: reports.Report | None, locale: str = "en_US") -> None:
        self.beginResetModel()
        self.report = report
        _, self.columns, self.cells, _ = reports.translated(report, locale) if report else ("", [], [], "")
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.report is None else len(self.report.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.report is None else len(self.report.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if self.report and role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.report is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReportsScreen(Page):
    sig_shown = Signal(str)  # a report is on screen (its name)

    def shown(self) -> None:
        self.start_screen()

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.report: reports.Report | None = None
        self.query: reports.ReportQuery | None = None
        title = QLabel(self.tr("Reports"))
        title.setObjectName("title")
        self.which = QComboBox()
        for name in reports.REPORTS:
            self.which.addItem(self.tr(NAMES[name]) if name in NAMES else name.replace("-", " "), name)
        today = QDate.currentDate()
        self.start = QDateEdit(today.addDays(-29))
        self.end = QDateEdit(today)
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setAccessibleName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_pattern(self.station.locale))
        self.store = QComboBox()
        self.store.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.store.addItem(self.tr("every store"), None)
        self.run_button = QPushButton(self.tr("Show"))
        self.run_button.setObjectName("primary")
        self.csv_button = QPushButton(self.tr("Export CSV"))
        self.pdf_button = QPushButton(self.tr("Export PDF"))
        self.closing_button = QPushButton(self.tr("End-of-day register report"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.model = ReportModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("The report's rows"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)

        # Two rows: what and where, then when; room for longer languages.
        controls = QHBoxLayout()
        widget: QWidget
        for widget in (QLabel(self.tr("Report")), self.which, QLabel(self.tr("store")), self.store):
            controls.addWidget(widget)
        controls.addStretch(1)
        period = QHBoxLayout()
        for widget in (QLabel(self.tr("from")), self.start, QLabel(self.tr("to")), self.end, self.run_button):
            period.addWidget(widget)
        period.addStretch(1)
        exports = QHBoxLayout()
        for widget in (self.csv_button, self.pdf_button, self.closing_button):
            exports.addWidget(widget)
        exports.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.chart_view)
        splitter.addWidget(self.table)
        splitter.setSizes([640, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(controls)
        layout.addLayout(period)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        layout.addLayout(exports)

        self.run_button.clicked.connect(self.show_report)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.closing_button.clicked.connect(self.closing_report)
        self._loaded_stores = False

    def start_screen(self) -> None:
        if self._loaded_stores:
            return
        ctx = self.station.ctx

        def loaded(stores: list[tuple[str, str]]) -> None:
            self._loaded_stores = True
            for code, name in stores:
                self.store.addItem(f"{code} {name}", code)

        self.station.runner.submit(lambda: station_service.stores(ctx), loaded)

    def current_query(self) -> reports.ReportQuery:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        assert isinstance(start, dt.date) and isinstance(end, dt.date)
        return reports.ReportQuery(start, end, self.store.currentData())

    def show_report(self) -> None:
        name, query, ctx = self.which.currentData(), self.current_query(), self.station.ctx
        self.run_button.setEnabled(False)

        def done(report: reports.Report) -> None:
            self.run_button.setEnabled(True)
            self.report, self.query = report, query
            self.model.set_report(report, self.station.locale)
            self.note.setText(reports.translated(report, self.station.locale)[3])
            self._draw(report)
            self.message.hide()
            self.sig_shown.emit(report.name)

        def failed(error: BaseException) -> None:
            self.run_button.setEnabled(True)
            self._say(explain(error), True)

        actor = self.station.staff
        self.station.runner.submit(lambda: handle(ctx, reports.RunReport(name, query), actor), done, failed)

    def _draw(self, report: reports.Report) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        drawn = chart(report, self.station.locale, self.query)
        self.chart.setTitle(drawn.title if drawn else reports.translated(report, self.station.locale)[0])
        self.chart_view.setVisible(drawn is not None)
        if drawn is None:
            return
        axis_x = QBarCategoryAxis()
        axis_x.append(list(drawn.names))
        axis_y = QValueAxis()
        axis_y.setRange(0, drawn.top)
        axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%g")
        series: QLineSeries | QBarSeries
        if drawn.kind == "line":
            series = QLineSeries()
            for index, value in enumerate(drawn.values):
                series.append(index, value)
        else:
            bars = QBarSet(drawn.series)
            bars.append(list(drawn.values))
            series = QBarSeries()
            series.append(bars)
        self.chart.addSeries(series)
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        if drawn.kind != "line":
            series.attachAxis(axis_x)
        series.attachAxis(axis_y)

    def export(self, kind: str, path: str | None = None) -> Path | None:
        report, query = self.report, self.query
        if report is None or query is None:
            self._say(self.tr("Show a report first."), True)
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"),
                                                  f"{report.name}-{query.start}.{kind}")
            if not path:
                return None
        if kind == "csv":  # for spreadsheets and other programs: the report's own words and plain numbers
            data = reports.to_csv(report).encode()
        else:
            data = reports.to_pdf(report, query, self.station.locale)
        target = Path(path)
        target.write_bytes(data)
        self._say(self.tr("Saved {target}.").format(target=target))
        return target

    def closing_report(self) -> None:
        """Today's cash refunded per register, for the drawer count: printed
        on the station's printer (the receipt printer, or a PDF file)."""
        actor, ctx, printer = self.station.actor, self.station.ctx, self.station.printer
        if actor is None or printer is None:
            return
        printer.print_built(
            lambda: handle(ctx, documents.ClosingSlip(), actor),  # today, in the store's time zone
            lambda printed, where: self._say(self.tr("End-of-day slip printed: {where}").format(where=where)),
            lambda message: self._say(self.tr("The end-of-day slip did not print: {message}").format(
                message=message), True))

    def _say(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)
