"""The return screen past the decision: a manager approving here (F8) or
from the queue (F9, the answer arriving by itself), then, once refunded, an
exchange (F12), the customer's score (F11) and a service case (F7). Mixed
into ReturnScreen (screen.py); its words keep the screen's translation
context."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QTimer, SignalInstance
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.policy.money import Currency
from desktop.services import overrides
from desktop.services.commands import handle
from desktop.ui.i18n import explain
from desktop.ui.labels import label
from desktop.ui.returns.presenter import ReturnDraft

if TYPE_CHECKING:
    from desktop.ui.station import Station

translate = QCoreApplication.translate


class ManagerAndAfter:
    station: Station
    draft: ReturnDraft | None
    waiting_id: int | None
    completed_id: str | None
    last_voucher: tuple[str, int] | None
    poll: QTimer
    manager_button: QPushButton
    queue_button: QPushButton
    sig_exchanged: SignalInstance
    sig_open_case: SignalInstance
    show_message: Callable[..., None]
    finished: Callable[..., None]
    _update_buttons: Callable[[], None]
    decide: Callable[[], None]
    dialog: Any
    exchange_dialog: Any
    feedback: Any

    def ask_manager_here(self) -> None:
        if not self.manager_button.isEnabled() or self.draft is None:
            return
        from desktop.ui.overrides.dialog import InlineOverrideDialog

        dialog = InlineOverrideDialog(self.station, self.draft, cast(QWidget, self))
        dialog.sig_replied.connect(self.finished)
        dialog.open()
        self.dialog = dialog

    def send_to_queue(self) -> None:
        if not self.queue_button.isEnabled() or self.draft is None or self.station.actor is None:
            return
        request, actor, ctx = self.draft.request(), self.station.actor, self.station.ctx
        self.queue_button.setEnabled(False)
        def refused(error: BaseException) -> None:
            self.show_message(explain(error), error=True)
            self._update_buttons()

        self.station.runner.submit(lambda: handle(ctx, overrides.RequestOverride(request), actor), self._queued,
                                   refused)

    def _queued(self, view: overrides.OverrideView) -> None:
        self.waiting_id = view.id
        self.show_message(translate("ReturnScreen", "Waiting for a manager: request {id} is in the override queue. "
                                    "The answer appears here by itself.").format(id=view.id))
        self.poll.start()
        self._update_buttons()

    def _poll_override(self) -> None:
        request_id, ctx = self.waiting_id, self.station.ctx
        if request_id is None:
            self.poll.stop()
            return
        self.station.runner.submit(lambda: overrides.get(ctx, request_id), self._override_answer)

    def _override_answer(self, view: overrides.OverrideView) -> None:
        if view.id != self.waiting_id or view.status == overrides.PENDING or self.draft is None:
            return
        self._stop_waiting()
        if view.status == overrides.APPROVED:
            self.draft.approved(view.id, view.codes)
            self.decide()  # the outcome box shows the approved refund now, not NEEDS MANAGER until F10
            self.show_message(translate("ReturnScreen", "Approved by {decided_by}: {decision_reason}. Press F10 to "
                                        "complete the return.").format(
                decided_by=view.decided_by, decision_reason=view.decision_reason))
        else:
            refused = translate("ReturnScreen", "Refused by {manager}: {reason}")
            manager = view.decided_by or translate("ReturnScreen", "a manager")
            self.show_message(refused.format(manager=manager, reason=view.decision_reason), error=True)
        self._update_buttons()

    def _stop_waiting(self, cancel: bool = False) -> None:
        request_id, actor, ctx = self.waiting_id, self.station.actor, self.station.ctx
        self.waiting_id = None
        self.poll.stop()
        if cancel and request_id is not None and actor is not None:
            self.station.runner.submit(lambda: handle(ctx, overrides.WithdrawOverride(request_id), actor))

    def start_exchange(self) -> None:
        """The customer takes another item instead: paid with this return's credit."""
        if self.last_voucher is None or self.completed_id is None:
            if self.completed_id is not None:
                first = translate("ReturnScreen", "For an exchange, refund the return as store credit first.")
                self.show_message(first, error=True)
            return
        from desktop.ui.returns.exchange import ExchangeDialog

        dialog = ExchangeDialog(self.station, *self.last_voucher, parent=cast(QWidget, self))
        dialog.sig_exchanged.connect(self._exchanged)
        self.exchange_dialog = dialog
        dialog.open()

    def _exchanged(self, result) -> None:  # type: ignore[no-untyped-def]
        draft = self.draft
        money = draft.money if draft else str
        said = [translate("ReturnScreen", "Exchange done: new receipt {receipt}.").format(receipt=result.sale_id)]
        if result.paid and draft:
            said.append(translate("ReturnScreen", "The customer paid {amount} by {payment}.").format(
                amount=money(Currency.of(draft.currency).format(result.paid)), payment=label(result.payment)))
        if result.voucher_left and draft:
            said.append(translate("ReturnScreen", "{amount} stays on voucher {voucher}.").format(
                amount=money(Currency.of(draft.currency).format(result.voucher_left)), voucher=result.voucher_id))
        self.show_message(" ".join(said))
        self.last_voucher = None
        self._update_buttons()
        printer = self.station.printer
        if printer is not None:
            printer.print_documents([result.sale_id] + ([result.voucher_id] if result.voucher_left else []))
        self.sig_exchanged.emit(result.sale_id)

    def ask_feedback(self) -> None:
        """After a completed return: the customer scores the visit."""
        if self.completed_id is None or self.station.actor is None:
            return
        from desktop.services import cases
        from desktop.ui.feedback import FeedbackDialog

        return_id, actor, ctx = self.completed_id, self.station.actor, self.station.ctx
        dialog = FeedbackDialog(cast(QWidget, self))
        dialog.sig_scored.connect(lambda score, comment: self.station.runner.submit(
            lambda: handle(ctx, cases.GiveFeedback(score, comment, return_id=return_id), actor),
            lambda _: self.show_message(
                translate("ReturnScreen", "Thank you: {score}/5 recorded.").format(score=score)),
            lambda error: self.show_message(explain(error), error=True)))
        self.feedback = dialog
        dialog.present(self.station.settings.customer_screen)

    def open_case(self) -> None:
        draft = self.draft
        receipt = draft.receipt.receipt_id if draft is not None and not draft.no_receipt else None
        customer = (draft.receipt.customer_id if draft is not None and not draft.no_receipt
                    else (draft.customer_id if draft is not None else "")) or ""
        self.sig_open_case.emit(receipt or "", customer)
