"""The return screen, keyboard first: scan -> the sale's lines -> pick what
comes back -> the decision, live, beside each line -> complete and print.

F10 or Ctrl+Enter completes, F8 asks a manager here, F9 sends the return to
the override queue, Esc starts over.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QWidget,
)

from desktop.policy.docid import DocumentId, DocumentIdError, DocumentKind
from desktop.policy.money import Currency
from desktop.services import documents, returns
from desktop.services.commands import handle
from desktop.services.counter import OpenedSale, open_with_cases
from desktop.services.receipts import receipt_code_kind
from desktop.ui.i18n import explain, render
from desktop.ui.labels import label
from desktop.ui.returns.after import ManagerAndAfter
from desktop.ui.returns.form import ReturnForm
from desktop.ui.returns.model import COL_QTY, COL_SERIAL
from desktop.ui.returns.no_receipt import WithoutReceipt
from desktop.ui.returns.presenter import REFUND_TO, ReturnDraft
from desktop.ui.station import Station
from desktop.ui.theme import outcome_sign
from desktop.ui.widgets import restyle

POLL_MS = 1000  # a queued override's answer reaches the clerk within a second or two
LOOKUP_NOTICE_MS = 150  # a receipt not found by then is said to be looked up


class ReturnScreen(WithoutReceipt, ManagerAndAfter, ReturnForm):
    sig_completed = Signal(str)  # the return's ID, once it is in the database
    sig_decided = Signal()  # a decision was painted (tests and the benchmark wait on it)
    sig_opened = Signal(str)  # a sale is on screen
    sig_open_case = Signal(str, str)  # F7: a service case about this receipt (receipt, loyalty ID)
    sig_exchanged = Signal(str)  # an exchange was sold (the new sale's receipt)

    def shown(self) -> None:
        if self.draft is None:
            self.scan.setFocus()

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(station, parent)
        self.draft: ReturnDraft | None = None
        self.generation = 0  # decisions older than the latest edit are dropped
        self.completed_id: str | None = None
        self.waiting_id: int | None = None
        self.deciding = False  # an edit's decision is not back yet: what is painted may be stale
        self.complete_when_decided = False  # F10 came before the decision: complete if it approves
        self.escape_armed = False  # Esc once said what a second Esc does
        self.last_voucher: tuple[str, int] | None = None  # the completed return's store credit

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(120)
        self.debounce.timeout.connect(self.decide)
        # "Looking up..." only for a lookup a person would wait on: most answer within a frame, and the
        # message shown and replaced at once cost the window a layout and a paint for nothing.
        self.lookup_notice = QTimer(self)
        self.lookup_notice.setSingleShot(True)
        self.lookup_notice.setInterval(LOOKUP_NOTICE_MS)
        self.lookup_notice.timeout.connect(lambda: self.show_message(self.tr("Looking up the receipt…")))
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._poll_override)

        self.scan.returnPressed.connect(lambda: self.entered(self.scan.text()))
        self.open_button.clicked.connect(lambda: self.entered(self.scan.text()))
        self.no_receipt_button.clicked.connect(self.start_without_receipt)
        self.find_button.clicked.connect(self.find_sale)
        self.customer.editingFinished.connect(self._customer_changed)
        self.id_type.currentIndexChanged.connect(self._customer_changed)
        self.model.sig_edited.connect(self._edited)
        self.refund_to.currentIndexChanged.connect(self._refund_to_changed)
        self.complete_button.clicked.connect(self.complete)
        self.manager_button.clicked.connect(self.ask_manager_here)
        self.queue_button.clicked.connect(self.send_to_queue)
        self.clear_button.clicked.connect(self.clear)
        self.case_button.clicked.connect(self.open_case)
        self.feedback_button.clicked.connect(self.ask_feedback)
        self.exchange_button.clicked.connect(self.start_exchange)
        # Window-wide while this screen shows: the keys work whatever has the focus, none included (a cell
        # editor that just closed leaves none), and never from another screen or over a dialog.
        for keys, slot in (("F10", self.complete), ("Ctrl+Return", self.complete), ("Ctrl+Enter", self.complete),
                           ("F8", self.ask_manager_here), ("F9", self.send_to_queue), ("Esc", self.escape),
                           ("F6", self.start_without_receipt), ("F4", self.find_sale), ("F7", self.open_case),
                           ("F11", self.ask_feedback), ("F12", self.start_exchange)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        self._update_buttons()

    # ---- Opening a receipt

    def entered(self, text: str) -> None:
        """Enter in the scan field: a receipt code (ours or the POS's) opens its
        sale; without a receipt, anything else is an item's barcode or part of
        its name."""
        text = text.strip()
        is_receipt = receipt_code_kind(text.replace(" ", ""), self.station.ctx.layouts) is not None
        if self.draft is not None and self.draft.no_receipt and not is_receipt:
            self.add_item(text)
            return
        self.open_code(text)

    def open_code(self, code: str) -> None:
        code = code.strip().replace(" ", "")
        self.scan.setText(code)
        if not code:
            return
        ctx = self.station.ctx
        kind = receipt_code_kind(code, ctx.layouts)
        if kind is None:  # a misread code is refused before any query
            try:
                DocumentId.parse(code)
            except DocumentIdError as error:
                self.show_message(self.tr("{error}. Scan it again or type the digits under the barcode.").format(
                    error=render(error)), error=True)
            self.scan.selectAll()
            return
        if kind == "document" and DocumentId.parse(code).kind == DocumentKind.VOUCHER:
            self.station.runner.submit(lambda: documents.voucher_summary(ctx, code),
                                       lambda said: self.show_message(render(said)),
                                       lambda error: self.show_message(explain(error), error=True))
            return
        self.lookup_notice.start()

        def failed(error: BaseException) -> None:
            self.lookup_notice.stop()
            self.show_message(explain(error), error=True)

        self.station.runner.submit(lambda: open_with_cases(ctx, code), self._scanned_open, failed)

    def find_sale(self) -> None:
        """F4: by the POS receipt's number typed in fields, or by card or loyalty ID."""
        if self.station.actor is None:
            return
        from desktop.ui.returns.find import FindSaleDialog

        dialog = FindSaleDialog(self.station, self)
        dialog.sig_found.connect(self._opened)
        self.find_dialog = dialog
        dialog.open()

    def take_scan(self, code: str) -> bool:
        """A scanned code that is not a receipt, with no field to take it:
        the serial of the line whose Serial cell is current, an item of a
        return without a receipt, or a clear word that it is not a receipt."""
        draft, index = self.draft, self.table.currentIndex()
        if (draft is not None and index.isValid() and index.column() == COL_SERIAL and self.table.hasFocus()
                and self.model.flags(index) & Qt.ItemFlag.ItemIsEditable):
            self.model.setData(index, code)
            return True
        if draft is not None and draft.no_receipt and not draft.completed:
            self.add_item(code)
            return True
        self.show_message(self.tr("{code} is not a receipt code (16 digits with a check digit). Scan the barcode "
                                  "at the bottom of the receipt, or press F6 for a return without a receipt.").format(
            code=code), error=True)
        return True

    # ---- Without a receipt

    def _show_header(self) -> None:
        if self.draft is not None:
            paid = self.draft.tenders_paid()
            self.header.setText(f"{self.draft.header()}\n"
                                + (paid if self.draft.no_receipt else self.tr("Paid: {tenders}").format(
                                    tenders=paid)))

    def _look_for_cases(self, receipt: str) -> None:
        """Open service cases about this receipt (a repair under way, a
        complaint about the same item) go under the header, for the clerk."""
        if not receipt:
            return
        from desktop.services import cases

        ctx, generation = self.station.ctx, self.generation

        def shown(rows: list[cases.QueueRow]) -> None:
            if generation == self.generation:
                self._show_cases(rows)

        self.station.runner.submit(lambda: cases.open_on_receipt(ctx, receipt), shown)

    def _show_cases(self, rows: list[Any]) -> None:
        if rows and self.draft is not None:
            said = "; ".join(self.tr("case {number} ({status}): {subject}").format(
                number=row.number, status=label(row.status), subject=row.subject) for row in rows)
            self.header.setText(self.header.text() + "\n" + self.tr("⚑ Open on this receipt: {cases}").format(
                cases=said))

    def _scanned_open(self, found: tuple[OpenedSale, list[Any]]) -> None:
        """A scan's sale and its open cases, read in one go on the worker."""
        receipt, cases = found
        self._opened(receipt, cases)

    def _opened(self, receipt: OpenedSale, cases: list[Any] | None = None) -> None:
        """The sale on screen; ``cases``: its open service cases, when read
        with it (else looked up now)."""
        self.lookup_notice.stop()
        if self.waiting_id is not None:
            self._stop_waiting()
        self.customer_row.hide()
        self.scan.setPlaceholderText(self.tr("Scan or type the receipt code"))
        self.draft = ReturnDraft.from_receipt(receipt, self.station.locale, QCoreApplication.translate)
        self._new_draft()
        self.model.set_draft(self.draft)
        self._show_header()
        self.refund_to.blockSignals(True)
        self.refund_to.setCurrentIndex(REFUND_TO.index(self.draft.refund_to))
        self.refund_to.blockSignals(False)
        left = sum(row.remaining for row in self.draft.rows)
        self.show_message(self.tr("Pick the lines coming back: type the quantity in the Return column.")
                          if left else self.tr("Everything on this receipt has already been returned."),
                          error=not left)
        self._paint_decision(cells=False)  # the lines were just reset: they are painted anew anyway
        self.sig_opened.emit(receipt.receipt_id or "")  # a sale is on screen
        if cases is None:
            self._look_for_cases(receipt.receipt_id or "")
        else:
            self._show_cases(cases)
        first = next((i for i, row in enumerate(self.draft.rows) if row.remaining), None)
        if first is not None:
            self.table.setFocus()
            self.table.setCurrentIndex(self.model.index(first, COL_QTY))

    def _new_draft(self) -> None:
        self.completed_id = None
        self.last_voucher = None
        self.generation += 1  # a decision still on its way was for the last draft
        self.deciding = self.complete_when_decided = self.escape_armed = False
        self.debounce.stop()

    # ---- Deciding, live

    def _edited(self) -> None:
        if self.draft is not None and self.draft.completed:
            return  # a refunded return is a record; the next customer starts with Esc or a scan
        if self.waiting_id is not None:
            self._stop_waiting(cancel=True)
        self.completed_id = None
        self.escape_armed = False
        self.deciding = True
        self.debounce.start()
        self._update_buttons()

    def _refund_to_changed(self) -> None:
        if self.draft is not None and not self.draft.completed:
            self.draft.refund_to = self.refund_to.currentData()
            self.draft.changed()
            self._edited()

    def decide(self) -> None:
        draft, actor = self.draft, self.station.actor
        if draft is None or actor is None:
            return
        self.generation += 1
        generation = self.generation
        if not draft.picked:
            draft.apply(None)
            self.deciding = False
            self._paint_decision()
            return
        try:
            request = draft.request()
        except Exception as error:  # noqa: BLE001 - a request the service refuses: say why
            self._decision_failed(error)
            return
        ctx = self.station.ctx

        def done(decision) -> None:  # type: ignore[no-untyped-def]
            if generation == self.generation and self.draft is draft:
                draft.apply(decision)
                self.deciding = False
                self._paint_decision()

        def failed(error: BaseException) -> None:
            if generation == self.generation and self.draft is draft:
                self._decision_failed(error)

        command = returns.PreviewReturn(request, draft.approved_codes)  # a queued approval counts at once
        self.station.runner.submit(lambda: handle(ctx, command, actor), done, failed)

    def _decision_failed(self, error: BaseException) -> None:
        self.deciding = False
        self.complete_when_decided = False
        self.show_message(explain(error), error=True)
        self._update_buttons()

    def _paint_decision(self, cells: bool = True) -> None:
        draft = self.draft
        if cells:
            self.model.decision_changed()
        outcome = draft.outcome() if draft else ""
        sign, word, name = outcome_sign(outcome)
        if draft is None:
            text = self.tr("Scan a receipt to start")
        elif not draft.picked:
            text = self.tr("Nothing picked yet")
        else:
            text = {"approve": self.tr("{sign} APPROVE: refund {total}").format(
                sign=sign, total=draft.refund_total()),
                    "deny": self.tr("{sign} DENIED: nothing to refund").format(sign=sign),
                    "needs_override": self.tr("{sign} NEEDS MANAGER before any refund").format(sign=sign),
                    "waiting_id": self.tr("Check the customer's photo ID and pick it under ID seen"),
                    }.get(outcome, f"{sign} {word}")
        self.outcome.setText(text)
        restyle(self.outcome, name)
        sentences = draft.sentences() if draft else []
        self.sentences.setText("\n\n".join(f"“{s}”" for s in sentences) if sentences else
                               self.tr("The sentence to read to the customer appears here."))
        tenders = draft.tender_lines() if draft and outcome != "deny" else []
        self.tenders.setText(self.tr("Refund to: {tenders}").format(tenders="; ".join(tenders)) if tenders else "")
        self._update_buttons()
        self.sig_decided.emit()
        if self.complete_when_decided and not self.deciding:
            self.complete_when_decided = False
            self.complete()  # refunds only if the fresh decision approves; else says why not

    def _update_buttons(self) -> None:
        draft = self.draft
        outcome = draft.outcome() if draft else ""
        done = self.completed_id is not None
        approved_in_queue = draft is not None and draft.override_request_id is not None
        self.complete_button.setEnabled(not done and (outcome == "approve" or
                                                      (outcome == "needs_override" and approved_in_queue)))
        needs = outcome == "needs_override" and not done and not approved_in_queue
        self.manager_button.setEnabled(needs)
        self.queue_button.setEnabled(needs and self.waiting_id is None)
        self.feedback_button.setEnabled(done)
        self.exchange_button.setEnabled(done and self.last_voucher is not None)
        # Without a receipt or with a gift receipt the refund is store credit; once refunded, nothing changes.
        self.refund_to.setEnabled(draft is None
                                  or not (draft.completed or draft.no_receipt or draft.receipt.gift))

    # ---- Completing

    def complete(self) -> None:
        """F10 from any state: a quantity still being typed counts, and a
        decision still on its way is waited for; only an approved one refunds."""
        self._commit_open_editor()
        if self.draft is None or self.station.actor is None or self.completed_id is not None:
            return
        if self.deciding:
            self.complete_when_decided = True
            self.show_message(self.tr("Checking the decision… the return completes when it approves."))
            return
        if not self.complete_button.isEnabled():
            outcome = self.draft.outcome()
            if outcome == "needs_override" and self.manager_button.isEnabled():
                self.show_message(self.tr("Not refunded: this return needs a manager first. F8 to approve here, F9 "
                                          "to send it to the override queue."), error=True)
            elif outcome == "deny":
                self.show_message(self.tr("Not refunded: the decision is DENIED."), error=True)
            elif not self.draft.picked:
                self.show_message(self.tr("Nothing to refund yet: type the quantity coming back in the Return "
                                          "column."), error=True)
            return
        self.escape_armed = False
        self.complete_button.setEnabled(False)
        request, actor, ctx = self.draft.request(), self.station.actor, self.station.ctx
        self.show_message(self.tr("Refunding…"))
        self.station.runner.submit(lambda: handle(ctx, returns.ProcessReturn(request), actor), self.finished,
                                   self._complete_failed)

    def _complete_failed(self, error: BaseException) -> None:
        from desktop.services.explain import is_offline

        text = explain(error)
        if is_offline(error) and self.station.offline:  # the window just took the register offline
            text += " " + self.tr("This register is now offline: F10 again refunds it here, as store credit or cash "
                                  "within the offline allowance.")
        self.show_message(text, error=True)
        self._update_buttons()  # the same key: trying again never refunds twice

    def finished(self, reply: returns.ReturnReply) -> None:
        """A reply from returns.process (here or through the manager's dialog)."""
        draft = self.draft
        if draft is None:
            return
        if reply.decision is not None:
            draft.apply(reply.decision)
            self._paint_decision()
        if reply.status != returns.COMPLETED:
            self.show_message(reply.summary or label(reply.status), error=True)
            return
        self.completed_id = reply.return_id
        draft.mark_completed()
        self.model.decision_changed()
        vouchers = [t for t in reply.refunds if t.voucher_id]
        self.last_voucher = (vouchers[0].voucher_id or "",
                             Currency.of(draft.currency).parse(vouchers[0].amount)) if vouchers else None
        total = draft.money(reply.refund_total)
        self.outcome.setText(self.tr("✔ DONE: refunded {total}").format(total=total))
        done = (self.tr("Return {return_id} completed: {total} refunded (replayed: nothing refunded twice). The "
                        "receipt is printing. Esc for the next customer.") if reply.replayed else
                self.tr("Return {return_id} completed OFFLINE: {total} refunded. It is sent to the shared database "
                        "when the connection is back. The receipt is printing. Esc for the next customer.")
                if self.station.offline else
                self.tr("Return {return_id} completed: {total} refunded. The receipt is printing. Esc for the next "
                        "customer."))
        self.show_message(done.format(return_id=reply.return_id, total=total))
        self._update_buttons()
        ids = [reply.return_id] + [t.voucher_id for t in reply.refunds]
        printer = self.station.printer
        if printer is not None:
            printer.print_documents([i for i in ids if i])
        self.sig_completed.emit(reply.return_id)

    # ---- Screen state

    def escape(self) -> None:
        """Esc takes one step back: out of a cell being edited; then, for a
        return not yet refunded, a second Esc puts the receipt away (the first
        one says so); a finished return or an empty screen clears at once."""
        if self._close_open_editor():
            return
        draft = self.draft
        if draft is not None and self.completed_id is None and not self.escape_armed:
            self.escape_armed = True
            self.show_message(self.tr("Press Esc again to put this receipt away. Nothing has been refunded."))
            return
        self.clear()

    def clear(self) -> None:
        if self.waiting_id is not None:
            self._stop_waiting(cancel=True)
        self.draft = None
        self.completed_id = None
        self.deciding = self.complete_when_decided = self.escape_armed = False
        self.debounce.stop()
        self.model.set_draft(None)
        self.customer_row.hide()
        self.scan.setPlaceholderText(self.tr("Scan or type the receipt code"))
        self.header.setText(self.tr("No receipt open"))
        self.message.hide()
        self.scan.clear()
        self._paint_decision()
        self.scan.setFocus()
