"""Starting the desktop app: a display check, the window, then the
composition root. A station that cannot reach its database says so in a
window (and on stderr), instead of a traceback."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from desktop.config import Settings

EXIT_NO_DISPLAY, EXIT_DATABASE = 2, 5


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def open_station(settings: Settings):  # type: ignore[no-untyped-def]
    """The database side of the composition root, off the UI thread: the
    context (SQLAlchemy and the models are imported here, not before the
    window shows), the station's description, and the register that starts
    OFFLINE on its own copy when the shared database cannot be reached
    (None when it answered)."""
    from desktop.bootstrap import build_context, start_offline
    from desktop.services import station as station_service

    try:
        ctx = build_context(settings)
    except Exception as error:
        register = start_offline(settings, error)
        if register is None:
            raise
        return register.shared, station_service.describe(register.local), register
    return ctx, station_service.describe(ctx), None


def build_window(settings: Settings):  # type: ignore[no-untyped-def]
    """The whole composition root at once, the database opened before the
    window (tools that drive a ready window, such as the screenshots)."""
    from desktop.ui import i18n
    from desktop.ui.operations import Runner
    from desktop.ui.shell import MainWindow
    from desktop.ui.station import Station

    ctx, info, register = open_station(settings)
    i18n.install(settings.language or info.locale)  # before any screen is built
    runner = Runner()
    station = Station(ctx=ctx, settings=settings, runner=runner)
    station.register = register
    window = MainWindow(station, info=info, offline=register is not None)
    runner.setParent(window)
    return window


def run(settings: Settings, argv: Sequence[str] = ("returndesk",)) -> int:
    """The window first, with its sign-in screen, then the database: the
    clerk types the staff ID while the database opens on a worker (a PIN
    entered before it is open is checked as soon as it is). A database that
    cannot be opened closes the window with the reason."""
    if not has_display():
        print("returndesk: no display to open the window on (DISPLAY is not set). Start it from the desktop, "
              "or use the command line: `returndesk --help`", file=sys.stderr)
        return EXIT_NO_DISPLAY
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop import config
    from desktop.ui import theme

    QCoreApplication.setApplicationName("ReturnDesk")
    QCoreApplication.setOrganizationName("ReturnDesk")
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication), "a widget application: the counter has windows"
    theme.apply(app)
    if config.needs_setup(settings):
        from desktop.ui.operations import Runner
        from desktop.ui.wizard import SetupWizard

        wizard = SetupWizard(Runner(app))
        if not wizard.exec() or wizard.settings is None:
            return 0  # set up another time
        settings = wizard.settings
    from desktop.ui import i18n
    from desktop.ui.operations import Runner
    from desktop.ui.shell import MainWindow
    from desktop.ui.station import Station

    if settings.language:  # the station's language is known before the database answers: a refusal speaks it
        i18n.install(settings.language)
    runner = Runner()
    window = MainWindow(Station(settings=settings, runner=runner))
    runner.setParent(window)
    app.aboutToQuit.connect(window.stop_checks.set)  # quitting waits for no whole-file check
    exit_when = os.environ.get("RETURNDESK_EXIT_WHEN_SHOWN", "")  # bench/ui.py: a cold start measured

    def opened(result) -> None:  # type: ignore[no-untyped-def]
        ctx, info, register = result
        window.station.ctx = ctx
        window.station.register = register  # the shared database out of reach: this register's own copy
        if not settings.language and i18n.install(info.locale):  # the store's language, learnt from its database
            window.retranslate()
        window.attach(info, offline=register is not None)
        if exit_when == "ready":
            QTimer.singleShot(0, lambda: _reached("ready", app))

    def refused(error: BaseException) -> None:
        from desktop.services.explain import explain_startup

        message = explain_startup(error)
        print(f"returndesk: {message}", file=sys.stderr)
        if app.platformName() not in ("offscreen", "minimal"):  # nobody to click OK on a headless start
            QMessageBox.critical(window, QCoreApplication.translate("Startup", "ReturnDesk cannot start"),
                                 i18n.explain(error) if settings.language else message)
        window.close()
        app.exit(EXIT_DATABASE)

    window.freeze_at_sign_in = True
    # A counter PC runs nothing else: the whole screen, also where no window manager maximizes it (a kiosk).
    screen = app.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.availableGeometry())
    window.showMaximized()
    runner.submit(lambda: open_station(settings), opened, refused)
    if exit_when == "1":
        QTimer.singleShot(0, lambda: _reached("shown", app))
    return app.exec()


def _reached(point: str, app) -> None:  # type: ignore[no-untyped-def]
    """For bench/ui.py: the moment a start reached its point, on the system's
    monotonic clock (the bench reads it across processes), then quit."""
    import time

    print(f"returndesk-{point} {time.monotonic():.6f}", flush=True)
    app.quit()
