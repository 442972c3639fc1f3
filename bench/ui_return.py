"""One return at the counter in a fresh app process, for its memory: the
window as `returndesk` builds it, a clerk signed in, a receipt scanned, one
line returned and completed; then the process's resident memory (now and
at its peak) on stdout as JSON. Run by bench/ui.py as
`python -m bench.ui_return URL RECEIPT` with the benchmark database's
pepper in RETURNDESK_PEPPER."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024  # kB
    raise RuntimeError(f"no {field} in /proc/self/status")


def main(url: str, receipt: str) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.config import load_settings
    from desktop.services import auth
    from desktop.ui import theme
    from desktop.ui.app import build_window
    from desktop.ui.returns.model import COL_QTY

    app = QApplication([])
    theme.apply(app)
    window = build_window(load_settings({"db_url": url}))
    window.showMaximized()
    station = window.station
    window.signed_in(auth.sign_in(auth.SignIn("1001", "2468"), station.ctx))
    screen = window.returns

    def wait(signal) -> None:  # type: ignore[no-untyped-def]
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    screen.scan.setText(receipt)
    screen.scan.returnPressed.emit()
    wait(screen.sig_opened)
    screen.model.setData(screen.model.index(0, COL_QTY), 1)
    wait(screen.sig_decided)
    completed: list[str] = []
    screen.sig_completed.connect(completed.append)
    screen.complete()
    wait(screen.sig_completed)
    app.processEvents()
    if not completed:
        raise RuntimeError(f"the return of {receipt} did not complete: {screen.outcome.text()}")
    print(json.dumps({"return": completed[0], "rss_mb": _status_mb("VmRSS"), "peak_mb": _status_mb("VmHWM")}))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
