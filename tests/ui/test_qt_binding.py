"""The Qt binding itself: a counter emits signals all day long, and
PySide6 6.12.0 loses a reference on each emit until Python aborts. This
runs the installed binding through many emits in a child process."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Source(QObject):
    sig_changed = Signal(bool)
source = Source()
source.sig_changed.connect(lambda value: None)
for _ in range(50000):
    source.sig_changed.emit(True)
print("ok")
"""


def test_fifty_thousand_signals_do_not_abort_python() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-500:]
