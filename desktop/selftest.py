"""`returndesk --selftest`: what IT runs after installing, without a display
(QT_QPA_PLATFORM=offscreen): every part the bundle must carry, exercised once.
Exit 0, or 1 with the step that failed."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.config import Settings


def _database(work: Path) -> str:
    from desktop.bootstrap import open_database
    from desktop.config import load_settings
    from desktop.services import maintenance

    db = open_database(load_settings({"db_url": f"sqlite:///{work / 'selftest.sqlite3'}"}))
    try:
        maintenance.upgrade(db)
        if not maintenance.is_current(db):
            raise RuntimeError("the migrations did not reach the newest schema")
    finally:
        db.dispose()
    return "migrations ran on a new SQLite file"


def _policy(work: Path) -> str:
    from desktop import resources
    from desktop.policy import evaluate, load_policy, parse_case

    policy = load_policy(resources.path("policies", "default.toml"))
    case = parse_case({
        "today": "2026-11-22", "store_id": "0001",
        "receipt": {"receipt_id": "1000102000001234", "store_id": "0001", "purchased_at": "2026-11-10T14:03:00",
                    "lines": [{"line": 1, "sku": "A1", "category": "apparel", "qty": 1, "unit_price": "20.00",
                               "tax_rate": "0.08"}],
                    "tenders": [{"type": "card", "amount": "21.60", "last4": "4242"}]},
        "items": [{"line": 1, "qty": 1, "condition": "new"}],
    }, policy.currency)
    decision = evaluate(policy, case)
    if decision.outcome != "approve" or decision.refund_total != 2160:
        raise RuntimeError(f"the default policy decided {decision.outcome} {decision.refund_total}")
    return f"default policy: {decision.summary_text()}"


def _receipt(work: Path) -> str:
    from desktop.printing import PrintedDocument, PrintedLine, render_pdf

    pdf = render_pdf(PrintedDocument(kind="return", doc_id="2000101000000015", title="RETURN RECEIPT",
                                     store_name="Selftest", lines=(PrintedLine("Item ąčę", "$1.00"),)))
    if not pdf.startswith(b"%PDF") or len(pdf) < 1000:
        raise RuntimeError("the receipt PDF is empty")
    from desktop.printing.escpos import raster_rows

    rows, dots = raster_rows(pdf)  # what an ESC/POS printer in raster mode gets
    if rows < 100 or not any(dots):
        raise RuntimeError(f"the receipt as printer dots is empty ({rows} rows)")
    return f"80 mm receipt rendered ({len(pdf):,} bytes, bundled fonts; {rows} rows of printer dots)"


def _window(work: Path) -> str:
    from PySide6.QtWidgets import QApplication

    from desktop.bootstrap import build_context
    from desktop.config import Settings
    from desktop.ui import theme
    from desktop.ui.operations import Runner
    from desktop.ui.shell import MainWindow
    from desktop.ui.station import Station

    app = QApplication.instance() or QApplication(["returndesk"])
    assert isinstance(app, QApplication)
    theme.apply(app)
    settings = Settings(db_url=f"sqlite:///{work / 'selftest.sqlite3'}")
    ctx = build_context(settings, migrate=True)
    station = Station(ctx=ctx, settings=settings, runner=Runner())
    window = MainWindow(station)
    window.show()
    app.processEvents()
    shown = window.isVisible() and window.stack.currentWidget() is window.signin
    from desktop.ui.pages import PAGES

    for spec in PAGES:  # every screen, the reports' charts included, is importable and built (each when asked)
        window.page(spec.key).show()
    window.close()
    station.runner.wait(5000)
    ctx.db.dispose()
    if not shown:
        raise RuntimeError("the main window did not show its sign-in screen")
    screens = ", ".join(f"{screen.name() or '(unnamed)'} {screen.size().width()}x{screen.size().height()}"
                        for screen in app.screens())
    return f"main window created ({app.platformName()} platform; screens: {screens})"  # names for customer_screen


def _languages(work: Path) -> str:  # noqa: ARG001 - every step takes the work folder
    """Every screen translation loads and speaks, and the bundled fonts draw
    it: a bundle that lost its .qm or font files would otherwise show English,
    or boxes, without a word."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from desktop.ui import i18n, theme

    QApplication.instance() or QApplication(["returndesk"])
    spoken = []
    try:
        for language in ("vi", "fil", "lt", "te"):
            if not i18n.install(language):
                raise RuntimeError(f"no translation for {language} in the bundle")
            word = QCoreApplication.translate("MainWindow", "Sign out")
            if word == "Sign out":
                raise RuntimeError(f"the {language} translation does not translate")
            if theme.undrawable(word):
                raise RuntimeError(f"the bundled fonts cannot draw {word!r} ({language})")
            spoken.append(f"{language} “{word}”")
    finally:
        i18n.install("en_US")
    return "screens in " + ", ".join(spoken)


def _station_database(settings: Settings) -> str:
    """The database this station is configured for: reachable, and of a
    schema this program knows (read only: nothing is created or migrated)."""
    from desktop.bootstrap import db_password, is_embedded
    from desktop.services import maintenance

    if is_embedded(settings):
        path = Path(settings.resolved_db_url().removeprefix("sqlite:///"))
        if not path.exists():
            return f"embedded, not created yet ({path}): made on the first start"
    state = maintenance.probe(settings.resolved_db_url(), db_password(settings))
    if state.current != state.head:
        raise RuntimeError(f"{state.database}: schema {state.current or 'empty'}, this program needs {state.head} "
                           "(`returndesk db upgrade`, docs/deploying.md)")
    return f"{state.database} answers, schema {state.current}"


STEPS: list[tuple[str, Callable[[Path], str]]] = [
    ("database", _database), ("policy", _policy), ("receipt", _receipt), ("languages", _languages),
    ("window", _window),
]


def run() -> int:
    started = time.perf_counter()
    from desktop.config import load_settings

    station = load_settings()  # before the work folder stands in for the data dir
    try:
        print(f"selftest: station database: ok ({_station_database(station)})")
    except Exception as error:  # noqa: BLE001 - named, not hidden behind a green selftest
        print(f"selftest: FAILED at station database: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="returndesk-selftest-") as folder:
        work = Path(folder)
        # The station's own data (its database, counters, pepper) is never touched.
        os.environ["RETURNDESK_DATA_DIR"] = str(work / "data")
        for name, step in STEPS:
            try:
                detail = step(work)
            except Exception as error:  # noqa: BLE001 - the point is to name what failed
                print(f"selftest: FAILED at {name}: {type(error).__name__}: {error}", file=sys.stderr)
                return 1
            print(f"selftest: {name}: ok ({detail})")
    print(f"selftest: all passed in {time.perf_counter() - started:.1f} s "
          f"({dt.datetime.now().astimezone().isoformat(timespec='seconds')})")
    return 0
