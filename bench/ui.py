"""The counter as the clerk feels it: from the Enter of a scan to the
decision painted (the sale opened, a line picked, the decision drawn), and
a cold start of `returndesk` to its sign-in screen. Offscreen by default;
in a real X window with QT_QPA_PLATFORM=xcb and a DISPLAY (Xvfb):

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb python -m bench --only ui
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from bench.counter import _candidates
from bench.databases import PEPPER, WorkingCopy
from bench.stats import Timing


def platform() -> str:
    """Where the window is drawn: "offscreen", or "xcb" (an X server)."""
    return os.environ.get("QT_QPA_PLATFORM") or "offscreen"


def scan_to_paint(copy: WorkingCopy, runs: int) -> Timing:
    os.environ["QT_QPA_PLATFORM"] = platform()
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
    window.freeze_at_sign_in = True  # as app.run sets it
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
    return Timing(f"scan Enter to decision painted ({copy.backend}, {copy.size:,} receipts, {platform()})", samples)


def _app_env(url: str, until: str = "1") -> dict[str, str]:
    """The app as installed: bytecode compiled once and kept (a shell's
    PYTHONDONTWRITEBYTECODE would make every start compile ~100 modules)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "QT_QPA_PLATFORM": platform(), "RETURNDESK_DB_URL": url, "RETURNDESK_EXIT_WHEN_SHOWN": until}


def memory_after_return(copy: WorkingCopy) -> tuple[float, float]:
    """Resident memory (now, peak) of a fresh app process after one return
    at the counter: bench/ui_return.py, on a receipt of the database."""
    import json

    ctx = copy.context(tag="memory")
    code = _candidates(copy, ctx, 1, seed=11)[0]
    ctx.db.dispose()
    env = {**_app_env(copy.url), "RETURNDESK_PEPPER": PEPPER.decode()}
    env.pop("RETURNDESK_EXIT_WHEN_SHOWN")
    done = subprocess.run([sys.executable, "-m", "bench.ui_return", copy.url, code], env=env, capture_output=True,
                          text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"the return did not run: {done.stderr.strip()[-2000:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return float(figures["rss_mb"]), float(figures["peak_mb"])


def cold_start(url: str, runs: int, until: str = "1") -> Timing:
    """`python -m desktop` in a fresh process to the sign-in screen shown
    (until="1"), or to its database open and a sign-in possible ("ready"):
    the app prints the moment on the system's monotonic clock, which this
    process shares."""
    env = _app_env(url, until)
    marker = "returndesk-shown" if until == "1" else "returndesk-ready"
    samples = []
    for _ in range(runs + 1):
        start = time.monotonic()
        done = subprocess.run([sys.executable, "-m", "desktop"], env=env, capture_output=True, text=True, timeout=60)
        reached = [line for line in done.stdout.splitlines() if line.startswith(marker)]
        if done.returncode != 0 or not reached:
            raise RuntimeError(f"returndesk did not start: {done.stderr.strip()}")
        samples.append((float(reached[0].split()[1]) - start) * 1000)
    # The first run warms the disk cache and writes the bytecode, as the first start after an install does.
    what = "the sign-in screen shown" if until == "1" else "the database open (a sign-in checked at once)"
    return Timing(f"cold start to {what} ({platform()})", samples[1:])
