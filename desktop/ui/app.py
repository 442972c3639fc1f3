"""Starting the desktop app: a display check, the composition root, the
window. A station that cannot reach its database says so in a window (and
on stderr), instead of a traceback."""

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


def build_window(settings: Settings):  # type: ignore[no-untyped-def]
    """The composition root of the window: context, runner, station, window."""
    from desktop.bootstrap import build_context
    from desktop.ui.operations import Runner
    from desktop.ui.shell import MainWindow
    from desktop.ui.station import Station

    ctx = build_context(settings)
    from desktop.services import station as station_service
    from desktop.ui import i18n

    info = station_service.describe(ctx)  # once: for the language, then for the window
    i18n.install(settings.language or info.locale)  # before any screen is built
    runner = Runner()
    station = Station(ctx=ctx, settings=settings, runner=runner)
    window = MainWindow(station, info=info)
    runner.setParent(window)
    return window


def run(settings: Settings, argv: Sequence[str] = ("returndesk",)) -> int:
    if not has_display():
        print("returndesk: no display to open the window on (DISPLAY is not set). Start it from the desktop, "
              "or use the command line: `returndesk --help`", file=sys.stderr)
        return EXIT_NO_DISPLAY
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.services.explain import explain_startup
    from desktop.ui import theme

    QCoreApplication.setApplicationName("ReturnDesk")
    QCoreApplication.setOrganizationName("ReturnDesk")
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication), "a widget application: the counter has windows"
    theme.apply(app)
    from desktop.services import setup

    if setup.needs_setup(settings):
        from desktop.ui.operations import Runner
        from desktop.ui.wizard import SetupWizard

        wizard = SetupWizard(Runner(app))
        if not wizard.exec() or wizard.settings is None:
            return 0  # set up another time
        settings = wizard.settings
    from desktop.ui import i18n

    if settings.language:  # the station's language is known before the database answers: a refusal speaks it
        i18n.install(settings.language)
    try:
        window = build_window(settings)
    except Exception as error:  # noqa: BLE001 - no traceback for IT: one clear message
        message = explain_startup(error)
        print(f"returndesk: {message}", file=sys.stderr)
        if app.platformName() not in ("offscreen", "minimal"):  # nobody to click OK on a headless start
            QMessageBox.critical(None, QCoreApplication.translate("Startup", "ReturnDesk cannot start"),
                                 i18n.explain(error) if settings.language else message)
        return EXIT_DATABASE
    # A counter PC runs nothing else: the whole screen, also where no window manager maximizes it (a kiosk).
    screen = app.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.availableGeometry())
    window.showMaximized()
    if os.environ.get("RETURNDESK_EXIT_WHEN_SHOWN"):  # bench/ui.py: a cold start measured to this point
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    return app.exec()
