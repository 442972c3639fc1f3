"""Running services off the UI thread.

A screen calls ``runner.submit(work, on_done, on_error)``; ``work`` runs on
a worker thread and must not touch a widget; its result (or exception) comes
back on the UI thread through a queued signal (Anki's CollectionOp, Spyder's
workers). The window never freezes on a slow database or printer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    finished = Signal(object)  # the work's result
    failed = Signal(object)  # the exception the work raised


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.work = work
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as error:  # noqa: BLE001 - every failure goes back to the screen
            self._tell("failed", error)
            return
        self._tell("finished", result)

    def _tell(self, signal: str, value: object) -> None:
        try:
            getattr(self.relay, signal).emit(value)
        except RuntimeError:  # the window closed while the work ran: its relay is gone, nobody left to tell
            log.info("work finished after its window closed")


class Runner(QObject):
    """The window's worker pool; tracks what is in flight so tests and the
    status bar can tell when everything is done."""

    sig_busy_changed = Signal(bool)  # something started running, or everything finished
    sig_failed = Signal(object)  # any operation's exception, for the window's banner

    def __init__(self, parent: QObject | None = None, threads: int = 2):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._relays: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def submit(self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> None:
        relay = _Relay()  # lives on the UI thread: its signals arrive there
        self._relays.add(relay)
        if len(self._relays) == 1:
            self.sig_busy_changed.emit(True)

        @Slot(object)
        def done(result: Any) -> None:
            if not shiboken6.isValid(self):  # the window closed while the work ran: nobody left to tell
                return
            self._finish(relay)
            if on_done is not None:
                on_done(result)

        @Slot(object)
        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self):
                log.info("operation failed after its window closed: %s: %s", type(error).__name__, error)
                return
            self._finish(relay)
            log.info("operation failed: %s: %s", type(error).__name__, error)
            self.sig_failed.emit(error)
            if on_error is not None:
                on_error(error)

        relay.finished.connect(done)
        relay.failed.connect(failed)
        self.pool.start(_Job(work, relay))

    def _finish(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        if not self._relays:
            self.sig_busy_changed.emit(False)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
