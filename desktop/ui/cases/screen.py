"""The service desk: the store's queue (what falls due first on top, paged),
a case's one timeline, and what staff do with it: log a contact, wait on the
customer, transfer, escalate, reply, resolve, follow up."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import cases, replies
from desktop.services.cases import CASE_TYPES, CHANNELS, PRIORITIES
from desktop.services.commands import Command, handle
from desktop.ui.cases.model import CaseQueueModel
from desktop.ui.cases.presenter import CasePresenter
from desktop.ui.forms import FormDialog, combo
from desktop.ui.i18n import explain
from desktop.ui.labels import label
from desktop.ui.page import Page
from desktop.ui.station import Station
from desktop.ui.widgets import fit_placeholder, say

PAGE_SIZE = 50
REFRESH_MS = 15_000  # the queue, and the missed-target check, every 15 s
KEEP_OPENED_FILES_S = 24 * 3600  # a mailed file opened at this station: its copy here is removed after a day


class ServiceDeskScreen(Page):
    sig_loaded = Signal()  # the queue was (re)loaded
    sig_changed = Signal(int)  # a case changed (its id)

    def shown(self) -> None:
        self.start()

    def left(self) -> None:
        self.stop()

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.page = 0
        self.total = 0
        self.selected_id: int | None = None
        self.detail: cases.CaseDetail | None = None

        title = QLabel(self.tr("Service desk"))
        title.setObjectName("title")
        self.new_button = QPushButton(self.tr("New case  (Ctrl+N)"))
        self.new_button.setObjectName("primary")
        self.mine = QCheckBox(self.tr("My cases"))
        self.follow_ups = QCheckBox(self.tr("Today's follow-ups"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search subjects"))
        fit_placeholder(self.search)
        self.presenter = CasePresenter(translate=QCoreApplication.translate)
        self.model = CaseQueueModel(self.presenter, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.prev_button, self.next_button = QPushButton("◀"), QPushButton("▶")
        self.page_label = QLabel()
        self.header = QLabel(self.tr("Pick a case to see its timeline."))
        self.header.setObjectName("sentences")
        self.header.setWordWrap(True)
        # The files the customer sent (by mail): each opens in the computer's viewer.
        self.files = QPushButton(self.tr("Attachments"))
        self.files.setMenu(QMenu(self.files))
        self.files.hide()
        self.open_file: Callable[[Path], object] = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(self.tr("The case's timeline"))
        self.timeline.setWordWrap(True)
        self.timeline.setSpacing(4)
        self.timeline.setAlternatingRowColors(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = {name: QPushButton(text) for name, text in (
            ("contact", self.tr("Log contact")), ("wait", self.tr("Waiting on customer")),
            ("transfer", self.tr("Transfer")), ("escalate", self.tr("Escalate")), ("reply", self.tr("Written reply")),
            ("resolve", self.tr("Resolve")), ("follow_up", self.tr("Follow-up call")),
            ("feedback", self.tr("Customer feedback")))}

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)  # the room a longer language needs comes from the search field
        filters.addWidget(self.mine)
        filters.addWidget(self.follow_ups)
        paging = QHBoxLayout()
        paging.addWidget(self.prev_button)
        paging.addWidget(self.page_label)
        paging.addWidget(self.next_button)
        paging.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(paging)
        # Two by two: a longer language's labels keep their room beside the queue.
        grid = QGridLayout()
        for index, name in enumerate(("contact", "reply", "wait", "resolve", "transfer", "follow_up", "escalate",
                                      "feedback")):
            grid.addWidget(self.buttons[name], index // 2, index % 2)
        right = QVBoxLayout()
        right.addWidget(self.header)
        right.addWidget(self.files, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.timeline, 1)
        right.addLayout(grid)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.tick)
        self.new_button.clicked.connect(lambda: self.new_case())
        shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.new_case())
        self.mine.toggled.connect(self.first_page)
        self.follow_ups.toggled.connect(self.first_page)
        self.search.returnPressed.connect(self.first_page)
        self.prev_button.clicked.connect(lambda: self.go(self.page - 1))
        self.next_button.clicked.connect(lambda: self.go(self.page + 1))
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.buttons["contact"].clicked.connect(self.ask_contact)
        self.buttons["wait"].clicked.connect(lambda: self.set_waiting("customer"))
        self.buttons["transfer"].clicked.connect(self.ask_transfer)
        self.buttons["escalate"].clicked.connect(self.ask_escalate)
        self.buttons["reply"].clicked.connect(self.ask_reply)
        self.buttons["resolve"].clicked.connect(self.ask_resolve)
        self.buttons["follow_up"].clicked.connect(self.ask_follow_up)
        self.buttons["feedback"].clicked.connect(self.ask_feedback)
        self._enable_actions()

    # ---- The queue

    def start(self) -> None:
        self.tick()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        """The queue reloads while it is on screen (the due checks and
        escalations run by themselves: services/scheduler.py, from the window)."""
        self.reload()

    def first_page(self) -> None:
        self.go(0)

    def go(self, page: int) -> None:
        if page < 0 or (page > 0 and page * PAGE_SIZE >= self.total):
            return
        self.page = page
        self.reload()

    def reload(self) -> None:
        actor, ctx = self.station.actor, self.station.ctx
        if actor is None:
            return
        page, mine, search = self.page, self.mine.isChecked(), self.search.text()
        follow_ups = self.follow_ups.isChecked()

        def work() -> tuple[list[cases.QueueRow], int | None]:
            if follow_ups:
                return cases.follow_ups_due(ctx, actor, mine=mine), None
            return cases.queue(ctx, actor, page, PAGE_SIZE, mine=mine, search=search)

        self.station.runner.submit(work, self._loaded, lambda error: self._say(explain(error), error=True))

    def _loaded(self, result: tuple[list[cases.QueueRow], int | None]) -> None:
        rows, total = result
        self.total = len(rows) if total is None else total
        self.model.set_rows(rows)
        self.page_label.setText(self.presenter.page_line(self.page, PAGE_SIZE, len(rows), self.total))
        self.prev_button.setEnabled(self.page > 0)
        self.next_button.setEnabled((self.page + 1) * PAGE_SIZE < self.total)
        for index, row in enumerate(rows):
            if row.id == self.selected_id:
                self.table.selectRow(index)
                break
        self.sig_loaded.emit()

    def select_case(self, case_id: int) -> None:
        self.selected_id = case_id
        actor, ctx = self.station.actor, self.station.ctx
        if actor is not None:
            self.station.runner.submit(lambda: cases.get(ctx, case_id, actor), self.show_case,
                                       lambda error: self._say(explain(error), error=True))

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.model.rows):
            row = self.model.rows[rows[0].row()]
            if row.id != (self.detail.row.id if self.detail else None):
                self.select_case(row.id)

    # ---- One case

    def show_case(self, detail: cases.CaseDetail) -> None:
        self.detail = detail
        self.selected_id = detail.row.id
        self.header.setText(self.presenter.header(detail))
        self.timeline.clear()
        for entry in self.presenter.timeline(detail):
            self.timeline.addItem(entry)
        self.timeline.scrollToBottom()
        menu = self.files.menu()
        menu.clear()
        for file in detail.attachments:
            action = menu.addAction(self.presenter.attachment(file))
            action.setEnabled(not file.removed)
            action.triggered.connect(partial(self.show_attachment, file.id))
        self.files.setText(self.tr("Attachments ({count})").format(count=len(detail.attachments)))
        self.files.setVisible(bool(detail.attachments))
        self._enable_actions()

    def show_attachment(self, attachment_id: int) -> None:
        """The file copied to this station's data folder (attachments/, kept
        a day) and opened in the computer's viewer."""
        actor, ctx, folder = self.station.staff, self.station.ctx, self.station.settings.data_dir / "attachments"

        def work() -> Path:
            name, data = cases.attachment(ctx, attachment_id, actor)
            safe = "".join(c if c.isalnum() or c in "._-" else "_" for c in name).lstrip(".") or "attachment"
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            stale = time.time() - KEEP_OPENED_FILES_S  # the database holds the file; copies opened go after a day
            for old in folder.iterdir():
                if old.stat().st_mtime < stale:
                    old.unlink(missing_ok=True)
            path = folder / f"{attachment_id}-{safe}"
            path.write_bytes(data)
            return path

        def done(path: Path) -> None:
            self.open_file(path)
            self._say(self.tr("Opened {name}").format(name=path.name))

        self.station.runner.submit(work, done, lambda error: self._say(explain(error), error=True))

    def _enable_actions(self) -> None:
        for name, allowed in self.presenter.actions(self.detail).items():
            self.buttons[name].setEnabled(allowed)

    # ---- Actions (each runs off the UI thread, then shows the case again)

    def _case_id(self) -> int:
        """The case the action buttons act on (they are enabled only with one picked)."""
        if self.selected_id is None:
            raise RuntimeError("no case is picked")
        return self.selected_id

    def _act(self, command: Command[cases.CaseDetail], done_text: str) -> None:
        """Send the command (services/commands.py); show the case as it is afterwards."""
        actor, ctx = self.station.staff, self.station.ctx
        self._run(lambda: handle(ctx, command, actor), done_text)

    def _run(self, work: Callable[[], cases.CaseDetail], done_text: str) -> None:
        def done(detail: cases.CaseDetail) -> None:
            self.show_case(detail)
            self._say(done_text)
            self.sig_changed.emit(detail.row.id)
            self.reload()

        self.station.runner.submit(work, done, lambda error: self._say(explain(error), error=True))

    def new_case(self, receipt: str | None = None, customer: str | None = None, **values: object) -> None:
        """Open a case, from the form, or directly with values (the return screen's F7)."""
        if not values:
            subject = QLineEdit()
            form = FormDialog(self.tr("new case"), [
                ("type", self.tr("Type"), combo(CASE_TYPES, "technical_support")),
                ("channel", self.tr("Channel"), combo(CHANNELS, "walk_in")),
                ("priority", self.tr("Priority"), combo(PRIORITIES, "normal")),
                ("subject", self.tr("Subject"), subject),
                ("customer_code", self.tr("Loyalty ID"), QLineEdit(customer or "")),
                ("contact_name", self.tr("Name (no loyalty ID)"), QLineEdit()),
                ("contact_phone", self.tr("Phone"), QLineEdit()),
                ("contact_email", self.tr("Email"), QLineEdit()),
                ("receipt", self.tr("Receipt"), QLineEdit(receipt or "")),
                ("product", self.tr("Item (scan its barcode, or its SKU)"), QLineEdit()),
                ("return_code", self.tr("Return (its document number)"), QLineEdit()),
                ("summary", self.tr("What the customer says"), QPlainTextEdit()),
                ("create_customer", self.tr("Make them a customer (loyalty ID)"), QCheckBox()),
                ("resolved_now", self.tr("Solved now, at the counter"), QCheckBox()),
            ], self)
            subject.setFocus()
            if not form.exec():
                return
            values = form.values()
        values = {k: (v or None) if k in ("customer_code", "receipt", "product", "return_code") else v
                  for k, v in values.items()}
        values["new_customer"] = bool(values.pop("create_customer", False))
        command = cases.OpenCase(**values)  # type: ignore[arg-type]  # the form's keys are the command's fields
        self._act(command, self.tr("Case opened."))

    def log_contact(self, channel: str, direction: str, summary: str, minutes: int = 0, notes: str = "") -> None:
        self._act(cases.LogContact(self._case_id(), channel, direction, summary, notes, minutes),
                  self.tr("Contact recorded."))

    def ask_contact(self) -> None:
        form = FormDialog(self.tr("log a contact"), [
            ("channel", self.tr("Channel"), combo(CHANNELS, "phone")),
            ("direction", self.tr("Direction"), combo(("in", "out"), "out")),
            ("minutes", self.tr("Minutes"), QSpinBox()), ("summary", self.tr("Summary"), QLineEdit()),
            ("notes", self.tr("Notes"), QPlainTextEdit())], self)
        if form.exec():
            v = form.values()
            self.log_contact(str(v["channel"]), str(v["direction"]), str(v["summary"]), int(str(v["minutes"])),
                             str(v["notes"]))

    def set_waiting(self, on: str | None) -> None:
        self._act(cases.SetWaiting(self._case_id(), on), self.tr("Waiting on the customer: the clock stops."))

    def transfer(self, department: str, reason: str) -> None:
        self._act(cases.Transfer(self._case_id(), department, reason),
                  self.tr("Transferred to {department}; you stay responsible.").format(department=label(department)))

    def ask_transfer(self) -> None:
        departments = ("service", "warehouse", "billing")
        form = FormDialog(self.tr("transfer"), [("department", self.tr("Department"), combo(departments)),
                                       ("reason", self.tr("Why"), QLineEdit())], self)
        if form.exec():
            v = form.values()
            self.transfer(str(v["department"]), str(v["reason"]))

    def escalate(self, reason: str) -> None:
        self._act(cases.Escalate(self._case_id(), reason), self.tr("Escalated."))

    def ask_escalate(self) -> None:
        form = FormDialog(self.tr("escalate"), [("reason", self.tr("Why"), QLineEdit())], self)
        if form.exec():
            self.escalate(str(form.values()["reason"]))

    def resolve(self, summary: str) -> None:
        self._act(cases.Resolve(self._case_id(), summary), self.tr("Resolved; a follow-up call is scheduled."))

    def ask_resolve(self) -> None:
        form = FormDialog(self.tr("resolve"), [("summary", self.tr("How it was solved"), QLineEdit())], self)
        if form.exec():
            self.resolve(str(form.values()["summary"]))

    def follow_up(self, reached: bool, score: int | None, comment: str = "") -> None:
        self._act(cases.RecordFollowUp(self._case_id(), reached, score, comment), self.tr("Follow-up recorded."))

    def ask_follow_up(self) -> None:
        score = QComboBox()
        score.addItem(self.tr("not reached"), None)
        for value in range(5, 0, -1):
            score.addItem(f"{value} / 5", value)
        form = FormDialog(self.tr("follow-up call"), [("score", self.tr("The customer says"), score),
                                             ("comment", self.tr("Comment"), QLineEdit())], self)
        if form.exec():
            v = form.values()
            chosen = v["score"] if isinstance(v["score"], int) else None
            self.follow_up(chosen is not None, chosen, str(v["comment"]))

    def feedback(self, score: int, comment: str = "") -> None:
        case_id, actor, ctx = self._case_id(), self.station.staff, self.station.ctx

        def work() -> cases.CaseDetail:
            handle(ctx, cases.GiveFeedback(score, comment, case_id=case_id), actor)
            return cases.get(ctx, case_id, actor)

        self._run(work, self.tr("Thank you: {score}/5 recorded.").format(score=score))

    def ask_feedback(self) -> None:
        """The customer at the counter scores the case (the screen turned round)."""
        from desktop.ui.feedback import FeedbackDialog

        dialog = FeedbackDialog(self)
        dialog.sig_scored.connect(self.feedback)
        self.feedback_dialog = dialog
        dialog.present(self.station.settings.customer_screen)

    def ask_reply(self) -> None:
        form = FormDialog(self.tr("written reply"), [("template", self.tr("Template"), combo(tuple(replies.TEMPLATES))),
                                            ("channel", self.tr("Send by"), combo(("email", "letter"))),
                                            ("notes", self.tr("Extra text"), QPlainTextEdit())], self)
        if not form.exec():
            return
        v = form.values()
        case_id, actor, ctx = self._case_id(), self.station.staff, self.station.ctx
        command = replies.WriteReply(case_id, str(v["template"]), str(v["channel"]), str(v["notes"]))

        def work() -> cases.CaseDetail:
            handle(ctx, command, actor)
            return cases.get(ctx, case_id, actor)

        self._run(work, self.tr("Reply sent."))

    def _say(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)

