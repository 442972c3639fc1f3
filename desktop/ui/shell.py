"""The main window: navigation for what the signed-in role may use, a
stacked area for the screens, a banner for a lost database, and a status bar
with store, register, staff and database. A shell, not business logic."""

from __future__ import annotations

import gc
import threading
import time
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import i18n, theme
from desktop.ui.i18n import explain, render
from desktop.ui.labels import label
from desktop.ui.notices import NoticeBar
from desktop.ui.page import Page
from desktop.ui.pages import (
    CASES,
    CUSTOMERS,
    PAGES,
    QUEUE,
    REFERENCE,
    REPORTS,
    REPRINT,
    RETURNS,
    SETTINGS,
    STAFF,
    WALK_INS,
)
from desktop.ui.scanner import ScannerFilter
from desktop.ui.signin import SignInScreen
from desktop.ui.station import Station
from desktop.ui.widgets import in_two_lines, restyle, scan_field, type_scan

if TYPE_CHECKING:  # the screens are imported when first opened; the services once the database is open
    from desktop.services.auth import Actor
    from desktop.services.station import StationInfo
    from desktop.ui.cases.screen import ServiceDeskScreen
    from desktop.ui.customers import CustomerScreen
    from desktop.ui.overrides.queue import OverrideQueueScreen
    from desktop.ui.reference import ReferenceScreen
    from desktop.ui.reports import ReportsScreen
    from desktop.ui.reprint import ReprintScreen
    from desktop.ui.returns.screen import ReturnScreen
    from desktop.ui.settings import SettingsScreen
    from desktop.ui.staff import StaffScreen
    from desktop.ui.visits import CounterQueueScreen

PING_MS = 10_000
SCHEDULE_MS = 60_000  # the scheduler's turn: due checks, escalations, alerts' mails (each job once, chain-wide)
NAV_WIDTH = 190
# Narrower than this (1280 x 800 at 150 % is 853 px wide), the screens' list folds away behind a button on
# the status bar: the lines and the decision keep the width (Ctrl+1..9 open the screens all the same).
NARROW_WIDTH = 1000
SPECS = {spec.key: spec for spec in PAGES}


class MainWindow(QMainWindow):
    sig_locked = Signal()  # the idle time passed and the station locked itself

    def __init__(self, station: Station, parent: QWidget | None = None,
                 info: StationInfo | None = None, offline: bool = False):
        super().__init__(parent)
        self.station = station
        self.setWindowTitle("ReturnDesk")

        self.signin = SignInScreen(station)
        self.pages: dict[str, Page] = {}  # the screens built so far, each when first opened
        self.stop_checks = threading.Event()  # set when the window closes: a background check ends early
        self.freeze_at_sign_in = False  # app.run sets it: the first sign-in freezes what the start built

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.signin)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.wait_alert = QLabel()  # a manager's station: a walk-in waits too long
        self.wait_alert.setObjectName("banner")
        self.wait_alert.setWordWrap(True)
        self.wait_alert.hide()
        self.damage_note = QLabel()  # a large database read whole after the start, and found damaged
        self.damage_note.setObjectName("error")
        self.damage_note.setWordWrap(True)
        self.damage_note.hide()
        self.print_note = QLabel()
        self.print_note.setObjectName("error")
        self.print_note.setWordWrap(True)
        self.print_note.hide()
        self.notice_bar = NoticeBar(station)  # this person's alerts, over every screen

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        right = QVBoxLayout()
        right.addWidget(self.banner)
        right.addWidget(self.wait_alert)
        right.addWidget(self.damage_note)
        right.addWidget(self.print_note)
        right.addWidget(self.notice_bar)
        # A screen smaller than a page (1280 x 800 at 150 % is 853 x 533) scrolls it instead of running the
        # window off the screen; at any larger size the page simply fills the area and nothing scrolls.
        self.scroller = QScrollArea()
        self.scroller.setObjectName("pages")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.stack)
        right.addWidget(self.scroller, 1)
        body.addLayout(right, 1)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)

        self.menu_button = QToolButton()
        self.menu_button.setText(self.tr("☰ Screens"))
        self.menu_button.setAccessibleName(self.tr("Show the list of screens"))
        self.menu_button.setCheckable(True)
        self.menu_button.hide()
        self.menu_button.toggled.connect(self._menu_toggled)
        self.statusBar().addWidget(self.menu_button)
        self.store_line = ("", "")  # the store's part of the status bar: whole, and short for a narrow window
        self.status_store = QLabel()
        self.status_staff = QLabel()
        self.status_db = QLabel()
        self.status_online = QLabel()
        for part in (self.status_store, self.status_staff, self.status_db):
            self.statusBar().addWidget(part)
        self.statusBar().addPermanentWidget(self.status_online)
        self.resize(1280, 800)  # once every part a resize fits (the status bar, the screens' list) exists

        self.scanner = ScannerFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.scanner)
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(5000)
        self.idle_timer.timeout.connect(self._check_idle)
        self.ping_timer = QTimer(self)
        self.ping_timer.setInterval(PING_MS)
        self.ping_timer.timeout.connect(self.ping)
        self.ping_timer.timeout.connect(self.check_waits)
        self.schedule_timer = QTimer(self)
        self.schedule_timer.setInterval(SCHEDULE_MS)
        self.schedule_timer.timeout.connect(self.run_schedule)
        self.notice_bar.sig_count.connect(lambda count: self._count_on(CASES, count))
        self.notice_bar.sig_open_case.connect(self._open_case_id)

        self.signin.sig_signed_in.connect(self.signed_in)
        # Ctrl+1 ... Ctrl+9: the screens of the side bar by their place, from the keyboard (a screen reader
        # user and a clerk with a scanner in one hand alike).
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self._open_row(row))
        # The return screen is built while the PIN is checked in a worker: the first screen after signing in.
        self.signin.sig_checking.connect(lambda: self.page(RETURNS))
        self.nav.currentRowChanged.connect(self._navigate)
        self.scanner.sig_scanned.connect(self.scanned)
        station.runner.sig_failed.connect(self._operation_failed)

        self.retranslate()
        self.show_sign_in()
        if station.ready:
            self.attach(info, offline)

    def retranslate(self) -> None:
        """The texts shown before anyone signs in, in the installed language
        (a station without its own learns the store's when the database opens)."""
        self.nav.setAccessibleName(self.tr("Screens"))
        self.notice_bar.retranslate()
        if self.station.actor is None:
            self.status_staff.setText(self.tr("Not signed in"))
        self.signin.retranslate()

    def attach(self, info: StationInfo | None = None, offline: bool = False) -> None:
        """The station's database is open (at once for tests and tools; just
        after the sign-in screen is shown for a clerk): the printer, the
        station's names, the background check, the connection's ping, and a
        sign-in asked meanwhile. ``offline``: the shared database did not
        answer at the start, and the register goes on OFFLINE on its own copy
        (station.register) until it does."""
        from desktop.services import maintenance
        from desktop.ui.printer import ReceiptPrinter

        station = self.station
        station.printer = self.printer = ReceiptPrinter(station, self)
        self.printer.sig_failed.connect(self._print_failed)
        self.printer.sig_printed.connect(lambda doc_id, where: self.print_note.hide())
        if info is not None:  # the composition root already looked the station up
            self._station_loaded(info)
        else:
            self.load_station()
        if offline:
            self._go_offline()
        # Once per start, in the background: a large embedded database read whole (opening only glanced at it).
        ctx, stop = station.ctx, self.stop_checks
        if not offline:
            station.runner.submit(lambda: maintenance.check_integrity(ctx, stop), lambda _: None, self._damaged)
        if ctx.db.backend != "sqlite" and station.register is None:  # shared: the register keeps its own copy
            from desktop.services.offline import OfflineRegister

            station.register = OfflineRegister(ctx)
        self.ping_timer.start()
        self.run_schedule()  # a job missed while every station was off runs now (not offline: it waits)
        self.schedule_timer.start()
        self.notice_bar.start()
        self.signin.database_ready()

    def page(self, key: str) -> Page:
        """The screen of this key, built the first time it is asked for: a
        start builds none, so the sign-in screen shows before any of them is
        imported (the return screen is built while the clerk signs in)."""
        page = self.pages.get(key)
        if page is None:
            page = self.pages[key] = SPECS[key].build(self.station)
            self.stack.addWidget(page)
            self._wire(key, page)
        return page

    def _wire(self, key: str, page: Page) -> None:
        if key == QUEUE:
            self.queue.sig_count_changed.connect(lambda count: self._count_on(QUEUE, count))
        elif key == SETTINGS:
            self.settings.sig_saved.connect(lambda _settings: self.load_station())  # the store's name in the title
        elif key == RETURNS:
            self.returns.sig_open_case.connect(self.open_case_from_return)
            self.returns.sig_completed.connect(lambda _return_id: self._show_waiting())
        elif key == CASES and self.station.locale:
            self._localize_cases()

    # Each screen by name, typed, for the wiring and for tests.
    returns = property(lambda self: cast("ReturnScreen", self.page(RETURNS)))
    walk_ins = property(lambda self: cast("CounterQueueScreen", self.page(WALK_INS)))
    queue = property(lambda self: cast("OverrideQueueScreen", self.page(QUEUE)))
    cases = property(lambda self: cast("ServiceDeskScreen", self.page(CASES)))
    customers = property(lambda self: cast("CustomerScreen", self.page(CUSTOMERS)))
    reports = property(lambda self: cast("ReportsScreen", self.page(REPORTS)))
    reference = property(lambda self: cast("ReferenceScreen", self.page(REFERENCE)))
    reprint = property(lambda self: cast("ReprintScreen", self.page(REPRINT)))
    staff = property(lambda self: cast("StaffScreen", self.page(STAFF)))
    settings = property(lambda self: cast("SettingsScreen", self.page(SETTINGS)))

    # ---- Station and database

    def load_station(self) -> None:
        from desktop.services import station as station_service

        ctx = self.station.ctx
        self.station.runner.submit(lambda: station_service.describe(ctx), self._station_loaded)

    def _damaged(self, error: BaseException) -> None:
        self.damage_note.setText(explain(error))
        self.damage_note.show()

    def _station_loaded(self, info: StationInfo) -> None:
        self.station.store_name = info.store_name
        self.station.locale = i18n.formatting_locale(self.station.settings.language, info.locale)
        self.station.currency = info.currency
        self.station.timezone = info.timezone
        if CASES in self.pages:
            self._localize_cases()
        if QUEUE in self.pages:
            self.queue.presenter.locale = self.station.locale
        wanted = self.tr("ReturnDesk: {store} (store {code}, register {register})")
        # fontconfig is asked in a worker: a subprocess has no place on the UI thread.
        self.station.runner.submit(lambda: window_title(wanted, info), self.setWindowTitle)
        self.store_line = (self.tr("{store} · store {code} · register {register}").format(
            store=info.store_name, code=info.store_code, register=info.register_code),
            self.tr("store {code} · register {register}").format(code=info.store_code,
                                                                 register=info.register_code))
        self.status_store.setToolTip(self.store_line[0])
        self._fit_nav()
        self.status_db.setText(render(info.location))  # beside "● connected": where the data is, in few words
        self.status_db.setToolTip(self.tr("Database: {database}").format(database=render(info.database)))
        self._online(True)

    def _localize_cases(self) -> None:
        from zoneinfo import ZoneInfo

        self.cases.presenter.locale = self.station.locale
        if self.station.timezone:
            self.cases.presenter.zone = ZoneInfo(self.station.timezone)

    def _nav_item(self, text: str, key: str) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, key)
        self._name_nav_item(item, text)
        return item

    def _name_nav_item(self, item: QListWidgetItem, text: str) -> None:
        """A screen's name in the side bar; a long one of two words or more on
        two lines, so the bar leaves the screens their width at 1280 x 800."""
        self.nav.ensurePolished()  # the stylesheet's font, measured
        room = NAV_WIDTH - 2 * self.nav.frameWidth() - 36  # the item's padding (the stylesheet's 12 px a side)
        item.setText(in_two_lines(text) if self.nav.fontMetrics().horizontalAdvance(text) > room else text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)  # read as one name

    def ping(self) -> None:
        from desktop.services import station as station_service

        if self.station.offline:
            self._try_sync()
            return
        ctx = self.station.ctx
        self.station.runner.submit(lambda: station_service.ping(ctx), lambda ok: self._online(bool(ok)))

    # ---- A register that goes on while the shared database is out of reach (desktop/services/offline/)

    def refresh_offline_copy(self) -> None:
        """While online, the register's own copy kept current (and what it took offline synced first)."""
        register = self.station.register
        if register is None or self.station.offline:
            return
        self.station.runner.submit(register.refresh, lambda copied: self._show_waiting())

    def _go_offline(self) -> None:
        self.station.offline = True
        self.banner.setText(self.tr("The shared database cannot be reached. This register goes on OFFLINE: returns "
                                    "with a receipt from this store, refunded as store credit or cash within the "
                                    "register's offline allowance. They are sent to the shared database as soon as "
                                    "it answers. Other screens wait for the connection."))
        self.banner.show()
        self._fit_offline()
        self._show_waiting()

    def _try_sync(self) -> None:
        """Offline: when the shared database answers again, what was taken offline goes first, then the rest."""
        register = self.station.register
        if register is None:
            return
        self.station.runner.submit(register.sync, self._synced, lambda error: self._show_waiting())

    def _synced(self, synced) -> None:  # type: ignore[no-untyped-def]  # services.offline.Synced
        self.station.offline = False
        self._fit_offline()
        self._online(True)
        if synced.entries or synced.already:
            note = self.tr("Back online: {count} offline returns sent to the shared database.").format(
                count=synced.entries + synced.already)
            if synced.conflicts:
                note += " " + self.tr("{count} of their lines were also returned at another register while "
                                      "offline: a manager settles them (Reports, Offline conflicts).").format(
                    count=len(synced.conflicts))
            self.print_note.setText(note)
            self.print_note.show()
        self.refresh_offline_copy()

    def _show_waiting(self) -> None:
        """The status bar: offline or not, and how many returns wait to be sent."""
        register = self.station.register
        if register is None:
            return

        def shown(count: int) -> None:
            if self.station.offline:
                text = self.tr("✖ OFFLINE · {count} to send").format(count=count)
                self.status_online.setText(text)
                self.status_online.setAccessibleName(text)
                restyle(self.status_online, "offline")
            elif count:
                self.status_online.setText(self.tr("● connected · {count} to send").format(count=count))

        self.station.runner.submit(register.waiting, shown, lambda error: None)

    def _fit_offline(self) -> None:
        """Offline, only the return screen and signing out are offered: the
        other screens read and write what only the shared database holds."""
        offline = self.station.offline
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            flags = item.flags()
            usable = not offline or key in (RETURNS, "signout")
            item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if usable else flags & ~Qt.ItemFlag.ItemIsEnabled)
        if offline and self.station.actor is not None and self.stack.currentWidget() is not self.signin:
            self.open_page(RETURNS)

    def check_waits(self) -> None:
        """On a manager's station: walk-ins waiting too long, noticed once each."""
        actor, ctx = self.station.actor, self.station.ctx
        if actor is None or not actor.is_manager or self.station.offline:
            return
        from desktop.services import visits

        def shown(alerts: list) -> None:  # type: ignore[type-arg]
            if alerts:
                waiting = "; ".join(
                    (self.tr("ticket {ticket} ({name}), {minutes} min") if a.name else
                     self.tr("ticket {ticket}, {minutes} min")).format(ticket=a.ticket, name=a.name,
                                                                       minutes=a.waited_minutes)
                    for a in alerts)
                self.wait_alert.setText(self.tr("⚑ Waiting too long at the counter: {waiting}").format(
                    waiting=waiting))
                self.wait_alert.show()

        self.station.runner.submit(lambda: visits.alerts(ctx, actor), shown)

    # ---- Work that runs by itself, and the alerts it raises

    def run_schedule(self) -> None:
        """The scheduler's turn, off the UI thread, whatever screen is open:
        each due job runs once chain-wide (another station may have run it)."""
        from desktop.services import scheduler

        if self.station.offline:  # the jobs work on the shared database
            return
        ctx = self.station.ctx
        scheduler.prepare(ctx)
        self.station.runner.submit(lambda: scheduler.run_due(ctx), lambda _ran: self.notice_bar.check())
        self.refresh_offline_copy()

    def _count_on(self, key: str, count: int) -> None:
        """A count beside a screen's name in the side bar (requests waiting, alerts)."""
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                text = QCoreApplication.translate("MainWindow", SPECS[key].title)
                self._name_nav_item(item, f"{text} ({count})" if count else text)

    def _open_case_id(self, case_id: int) -> None:
        self.open_page(CASES)
        self.cases.select_case(case_id)

    def _online(self, online: bool) -> None:
        self.status_online.setText(self.tr("● connected") if online else self.tr("✖ database unreachable"))
        restyle(self.status_online, "" if online else "offline")
        if online:
            self.banner.hide()

    def _operation_failed(self, error: BaseException) -> None:
        from desktop.services.explain import is_offline

        if is_offline(error):
            register = self.station.register
            if register is not None and register.ready:
                if not self.station.offline:
                    self._go_offline()
                else:
                    self._show_waiting()
                return
            self._online(False)
            self.banner.setText(explain(error))
            self.banner.show()

    def _print_failed(self, doc_id: str, message: str) -> None:
        self.print_note.setText(self.tr("Document {doc_id} did not print: {message}. The return is saved; reprint "
                                        "it from the Reprint screen when the printer is back.").format(
            doc_id=doc_id, message=message))
        self.print_note.show()

    # ---- Signing in, locking

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_nav()

    @property
    def narrow(self) -> bool:
        return self.width() < NARROW_WIDTH

    def _fit_nav(self) -> None:
        """The screens' list beside the pages, or in a narrow window behind
        the status bar's button (shown while the button is down); the store's
        name left out of the status bar there, its code and register kept."""
        signed_in = self.station.actor is not None
        self.menu_button.setVisible(signed_in and self.narrow)
        self.nav.setVisible(signed_in and (not self.narrow or self.menu_button.isChecked()))
        self.status_store.setText(self.store_line[1] if self.narrow else self.store_line[0])

    def _menu_toggled(self, on: bool) -> None:
        self._fit_nav()
        if on and self.nav.isVisible():
            self.nav.setFocus()

    def show_sign_in(self, locked_name: str = "") -> None:
        self.menu_button.setChecked(False)
        self.nav.hide()
        self.menu_button.hide()
        self.notice_bar.clear()  # another person's alerts are not for the sign-in screen
        for page in self.pages.values():
            page.left()
        self.idle_timer.stop()
        self.stack.setCurrentWidget(self.signin)
        self.signin.reset(locked_name)

    def signed_in(self, actor) -> None:  # type: ignore[no-untyped-def]
        previous = self.station.actor
        self.station.actor = actor
        if previous is None or previous.staff_id != actor.staff_id:
            self.returns.clear()  # another person: never show them the last customer's return
        self.status_staff.setText(self.tr("{name} ({code}, {role})").format(
            name=actor.name, code=actor.code, role=label(actor.role)))
        self.nav.blockSignals(True)
        self.nav.clear()
        for spec in PAGES:
            if actor.role in spec.roles:
                self.nav.addItem(self._nav_item(QCoreApplication.translate("MainWindow", spec.title), spec.key))
        self.nav.addItem(self._nav_item(self.tr("Sign out"), "signout"))
        self.nav.blockSignals(False)
        # As wide as its longest label in the station's language, never narrower than the default.
        self.nav.setFixedWidth(max(NAV_WIDTH, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 12))
        self.menu_button.setChecked(False)
        self._fit_nav()
        self.notice_bar.check()
        self._check_policy(actor)
        self.nav.setCurrentRow(0)
        self._navigate(0)
        self._fit_offline()
        self.scanner.last_input = time.monotonic()
        self.idle_timer.start()
        if self.freeze_at_sign_in:
            # What the start built (modules, Qt's wrappers, SQLAlchemy's mappings) lives as long as the app:
            # kept out of the garbage collector's rounds, which then stay short while a clerk scans. Only in
            # the app's own process (app.run): a test's windows come and go.
            gc.freeze()
            self.freeze_at_sign_in = False

    def _check_policy(self, actor: Actor) -> None:
        """A new return policy since this person last read one: what changed,
        acknowledged before they go on."""
        from desktop.services import policy_changes

        ctx = self.station.ctx

        def shown(change: policy_changes.PolicyChange | None) -> None:
            if change is None or self.station.actor is not actor:
                return
            from desktop.ui.policy_notice import PolicyChangeDialog

            dialog = PolicyChangeDialog(change, self.station.locale, self)
            self.policy_dialog = dialog
            dialog.accepted.connect(lambda: self.station.runner.submit(
                lambda: policy_changes.acknowledge(ctx, actor, change.policy_id)))
            dialog.open()

        self.station.runner.submit(lambda: policy_changes.pending(ctx, actor), shown)

    def sign_out(self) -> None:
        self.station.actor = None
        if RETURNS in self.pages:
            self.returns.clear()
        self.status_staff.setText(self.tr("Not signed in"))
        self.show_sign_in()

    def lock(self) -> None:
        actor = self.station.actor
        self.show_sign_in(locked_name=actor.name if actor else "")
        self.sig_locked.emit()

    def _check_idle(self) -> None:
        minutes = self.station.settings.idle_lock_minutes
        if self.station.actor is not None and minutes > 0 and time.monotonic() - self.scanner.last_input > minutes * 60:
            self.lock()

    # ---- Navigation

    def _open_row(self, row: int) -> None:
        if self.station.actor is None or QApplication.activeModalWidget() is not None:
            return
        item = self.nav.item(row)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) != "signout":  # signing out stays a choice
            self.nav.setCurrentRow(row)

    def _navigate(self, row: int) -> None:
        item = self.nav.item(row)
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        if key == "signout":
            self.sign_out()
            return
        self.open_page(key)
        if self.narrow and self.menu_button.isChecked():  # a screen picked: the list folds away again
            self.menu_button.setChecked(False)

    def open_page(self, key: str) -> None:
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key and self.nav.currentRow() != row:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)
        for other, shown in self.pages.items():
            if other != key:
                shown.left()
        page.shown()

    def open_case_from_return(self, receipt: str, customer: str) -> None:
        """F7 on the return screen: a case about this receipt (say, a defective
        item past its window becomes a warranty case)."""
        self.open_page(CASES)
        self.cases.new_case(receipt=receipt, customer=customer or None)

    # ---- Scans from anywhere

    def scanned(self, code: str) -> None:
        """A scanner's code, wherever the focus was. It goes where a clerk
        would have typed it: into the focused field (a serial, a loyalty card,
        a search, a manager's badge in a dialog), as if typed there and Enter
        pressed. A receipt or a voucher opens on the return screen unless that
        field takes documents (the reprint field, the customer search). With
        no field to take it, the screen decides (an item of a return without
        a receipt, a loyalty card on the customer screen)."""
        focus = QApplication.focusWidget()
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self:  # a dialog is open: the code is for it, or for nobody
            if not type_scan(focus, code):
                QApplication.beep()
            return
        if self.station.actor is None:
            if focus is self.signin.staff_id:  # a staff badge; never a PIN, never a receipt before sign-in
                type_scan(focus, code)
            return
        from desktop.services.receipts import receipt_code_kind

        is_document = receipt_code_kind(code, self.station.ctx.layouts) is not None  # ours, or the POS's receipt
        page = self.stack.currentWidget()
        assert page is not None, "the stack always shows a screen"
        field = focus if focus is not None and scan_field(focus) and page.isAncestorOf(focus) else None
        if field is not None and (field.property("scan_documents") or not is_document):
            type_scan(field, code)
            return
        if is_document:
            self.open_page(RETURNS)
            self.returns.entered(code)
            return
        take = getattr(page, "take_scan", None)
        if take is not None and take(code):
            return
        QApplication.beep()
        self.statusBar().showMessage(self.tr("{code} is not a receipt code (16 digits with a check digit). Scan "
                                             "the barcode at the bottom of the receipt.").format(code=code), 10_000)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.stop_checks.set()
        self.schedule_timer.stop()
        self.notice_bar.stop()
        self.ping_timer.stop()
        self.idle_timer.stop()
        for key in (QUEUE, CASES):
            if key in self.pages:
                cast("OverrideQueueScreen | ServiceDeskScreen", self.pages[key]).stop()
        if RETURNS in self.pages:
            self.returns.poll.stop()
        self.station.runner.wait(10000)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)
        super().closeEvent(event)


def window_title(translated: str, info: StationInfo) -> str:
    """The title bar in the station's language when the system has a font
    for it: the window manager draws the title with the system's fonts, not
    the app's (a Telugu title showed boxes on a PC without a Telugu font).
    Otherwise English words, and the store's name only if it can be drawn."""
    title = translated.format(store=info.store_name, code=info.store_code, register=info.register_code)
    if theme.system_draws(title):
        return title
    english = "ReturnDesk: {store} (store {code}, register {register})"
    if not theme.system_draws(info.store_name):
        english = "ReturnDesk: store {code}, register {register}"
    return english.format(store=info.store_name, code=info.store_code, register=info.register_code)
