"""The counter as the clerk feels it, offscreen: from the Enter of a scan to
the decision painted (the sale opened, a line picked, the decision drawn),
and a cold start of `returndesk` to its sign-in screen."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from bench.counter import _candidates
from bench.databases import WorkingCopy
from bench.stats import Timing


def scan_to_paint(copy: WorkingCopy, runs: int) -> Timing:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.config import Settings
    from desktop.services import auth
    from desktop.ui.operations import Runner
    from desktop.ui.returns.model import COL_QTY
    from desktop.ui.shell import MainWindow
    from desktop.ui.station import Station

    app = QApplication.instance() or QApplication([])
    ctx = copy.context(tag="ui")
    station = Station(ctx=ctx, settings=Settings(), runner=Runner())
    window = MainWindow(station)
    window.show()
    station.actor = auth.sign_in(auth.SignIn("1001", "2468"), ctx)
    window.signed_in(station.actor)
    screen = window.returns
    screen.debounce.setInterval(0)  # the clerk's typing pause is not the program's time
    codes = _candidates(copy, ctx, runs + 10, seed=5)

    def wait(signal) -> None:  # type: ignore[no-untyped-def]
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    samples = []
    for i, code in enumerate(codes):
        screen.clear()
        app.processEvents()
        start = time.perf_counter()
        screen.scan.setText(code)
        screen.scan.returnPressed.emit()  # the scanner's Enter
        wait(screen.sig_opened)
        screen.model.setData(screen.model.index(0, COL_QTY), 1)
        wait(screen.sig_decided)
        app.processEvents()  # the paint
        if i >= 10:  # warm-up
            samples.append((time.perf_counter() - start) * 1000)
    window.close()
    station.runner.wait()
    window.deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ctx.db.dispose()
    return Timing(f"scan Enter to decision painted ({copy.backend}, {copy.size:,} receipts)", samples)


def _app_env(url: str) -> dict[str, str]:
    """The app as installed: bytecode compiled once and kept (a shell's
    PYTHONDONTWRITEBYTECODE would make every start compile ~100 modules)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "QT_QPA_PLATFORM": "offscreen", "RETURNDESK_DB_URL": url, "RETURNDESK_EXIT_WHEN_SHOWN": "1"}


def peak_memory_mb(url: str) -> float:
    """Peak resident memory of the app started to its sign-in screen, with
    the database open (the child's maximum RSS)."""
    import resource

    env = _app_env(url)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([sys.executable, "-m", "desktop"], env=env, capture_output=True, timeout=60, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(after, before) / 1024  # Linux reports KiB


def cold_start(url: str, runs: int) -> Timing:
    """`python -m desktop` to the sign-in screen shown, in a fresh process."""
    env = _app_env(url)
    samples = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "desktop"], env=env, capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            raise RuntimeError(f"returndesk did not start: {done.stderr.strip()}")
        samples.append((time.perf_counter() - start) * 1000)
    # The first run warms the disk cache and writes the bytecode, as the first start after an install does.
    return Timing("cold start to the sign-in screen (offscreen)", samples[1:])
