"""Reports for managers: pick a report, a date range and a store; a chart
where a manager would rather look than read, the table beside it, and
export to CSV or a PDF report. The end-of-day register report prints."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from desktop.printing.reports import render_report
from desktop.services import reports
from desktop.services import station as station_service
from desktop.services.explain import explain
from desktop.ui.station import Station
from desktop.ui.widgets import say

Index = QModelIndex | QPersistentModelIndex


class ReportModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.report: reports.Report | None = None

    def set_report(self, report: reports.Report | None) -> None:
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.report is None else len(self.report.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.report is None else len(self.report.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if self.report and role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.report.columns[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.report is None:
            return None
        value = self.report.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _number(value: object) -> float | None:
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        return None


class ReportsScreen(QWidget):
    sig_shown = Signal(str)  # a report is on screen (its name)

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.report: reports.Report | None = None
        self.query: reports.ReportQuery | None = None
        title = QLabel("Reports")
        title.setObjectName("title")
        self.which = QComboBox()
        for name in reports.REPORTS:
            self.which.addItem(name.replace("-", " "), name)
        today = QDate.currentDate()
        self.start = QDateEdit(today.addDays(-29))
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.store = QComboBox()
        self.store.addItem("every store", None)
        self.run_button = QPushButton("Show")
        self.run_button.setObjectName("primary")
        self.csv_button = QPushButton("Export CSV")
        self.pdf_button = QPushButton("Export PDF")
        self.closing_button = QPushButton("End-of-day register report")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.model = ReportModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)

        controls = QHBoxLayout()
        for widget in (QLabel("Report"), self.which, QLabel("from"), self.start, QLabel("to"), self.end,
                       QLabel("store"), self.store, self.run_button):
            controls.addWidget(widget)
        controls.addStretch(1)
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
        return reports.ReportQuery(self.start.date().toPython(), self.end.date().toPython(), self.store.currentData())

    def show_report(self) -> None:
        name, query, ctx = self.which.currentData(), self.current_query(), self.station.ctx
        self.run_button.setEnabled(False)

        def done(report: reports.Report) -> None:
            self.run_button.setEnabled(True)
            self.report, self.query = report, query
            self.model.set_report(report)
            self.note.setText(report.note)
            self._draw(report)
            self.message.hide()
            self.sig_shown.emit(report.name)

        def failed(error: BaseException) -> None:
            self.run_button.setEnabled(True)
            self._say(explain(error), True)

        self.station.runner.submit(lambda: reports.run(ctx, name, query), done, failed)

    def _draw(self, report: reports.Report) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.setTitle(report.title)
        self.chart_view.setVisible(bool(report.chart) and bool(report.rows))
        if not report.chart or not report.rows:
            return
        labels = [str(row[0]) for row in report.rows][:30]
        values = [_number(row[1]) or 0.0 for row in report.rows][:30]
        axis_x = QBarCategoryAxis()
        axis_x.append(labels)
        axis_y = QValueAxis()
        axis_y.setRange(0, max(values + [1.0]) * 1.15)
        axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%g")
        if report.chart == "line":
            series = QLineSeries()
            for index, value in enumerate(values):
                series.append(index, value)
        else:
            bars = QBarSet(report.columns[1])
            bars.append(values)
            series = QBarSeries()
            series.append(bars)
        self.chart.addSeries(series)
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        if report.chart != "line":
            series.attachAxis(axis_x)
        series.attachAxis(axis_y)

    def export(self, kind: str, path: str | None = None) -> Path | None:
        report, query = self.report, self.query
        if report is None or query is None:
            self._say("Show a report first.", True)
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, "Export the report", f"{report.name}-{query.start}.{kind}")
            if not path:
                return None
        data = reports.to_csv(report).encode() if kind == "csv" else render_report(
            report.title, f"{query.start} to {query.end}, {'store ' + query.store if query.store else 'every store'}",
            report.columns, report.rows, report.note)
        target = Path(path)
        target.write_bytes(data)
        self._say(f"Saved {target}.")
        return target

    def closing_report(self) -> None:
        """Today's cash refunded per register, for the drawer count: printed."""
        actor, ctx = self.station.actor, self.station.ctx
        if actor is None:
            return
        today = dt.date.today()
        query = reports.ReportQuery(today, today, actor.store_code)

        def work() -> Path:
            report = reports.run(ctx, "cash-by-register", query)
            from desktop.ui.printer import receipt_dir

            folder = receipt_dir(self.station)
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"closing-{actor.store_code}-{today.isoformat()}.pdf"
            target.write_bytes(render_report(f"End of day: {report.title}", f"store {actor.store_code}, {today}",
                                             report.columns, report.rows, report.note))
            return target

        self.station.runner.submit(work, lambda target: self._say(f"End-of-day report saved for printing: {target}"),
                                   lambda error: self._say(explain(error), True))

    def _say(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)
