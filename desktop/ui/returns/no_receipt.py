"""The return screen without a receipt: items found by their barcode or
name, the customer's loyalty ID and the photo ID seen. Mixed into
ReturnScreen (screen.py), whose state and widgets it uses; its words keep
the screen's translation context."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QInputDialog, QLineEdit, QWidget

from desktop.services.counter import ProductView, lookup_products
from desktop.ui.i18n import explain
from desktop.ui.returns.presenter import REFUND_TO, ReturnDraft

if TYPE_CHECKING:
    from desktop.ui.returns.model import ReturnLinesModel
    from desktop.ui.station import Station

translate = QCoreApplication.translate


class WithoutReceipt:
    station: Station
    draft: ReturnDraft | None
    waiting_id: int | None
    model: ReturnLinesModel
    scan: QLineEdit
    customer: QLineEdit
    id_type: QComboBox
    customer_row: QWidget
    refund_to: QComboBox
    show_message: Callable[..., None]
    _stop_waiting: Callable[..., None]
    _new_draft: Callable[[], None]
    _show_header: Callable[[], None]
    _paint_decision: Callable[[], None]
    _edited: Callable[[], None]

    def start_without_receipt(self) -> None:
        if self.station.actor is None:
            return
        if self.waiting_id is not None:
            self._stop_waiting(cancel=True)
        currency = self.draft.currency if self.draft else self.station.currency
        self.draft = ReturnDraft.without_receipt(currency, self.station.locale, QCoreApplication.translate)
        self._new_draft()
        self.model.set_draft(self.draft)
        self.customer.clear()
        self.id_type.setCurrentIndex(0)
        self.customer_row.show()
        self._show_header()
        self.refund_to.setCurrentIndex(REFUND_TO.index("store_credit"))
        self.scan.clear()
        self.scan.setPlaceholderText(translate("ReturnScreen", "Scan the item, or type part of its name"))
        self.show_message(translate("ReturnScreen", "No receipt: the store's no-receipt rules apply and the refund is "
                                    "store credit. Scan each item, then take the customer's loyalty ID and check a "
                                    "photo ID."))
        self._paint_decision()
        self.scan.setFocus()

    def add_item(self, text: str) -> None:
        ctx = self.station.ctx
        self.station.runner.submit(lambda: lookup_products(ctx, text), lambda found: self._products_found(text, found),
                                   lambda error: self.show_message(explain(error), error=True))

    def _products_found(self, text: str, products: list[ProductView]) -> None:
        draft = self.draft
        if draft is None or not draft.no_receipt:
            return
        if not products:
            self.show_message(translate("ReturnScreen", "No product matches {text!r}. Scan the barcode on the item or "
                                        "its tag.").format(text=text), error=True)
            return
        product = products[0]
        if len(products) > 1:
            choices = [f"{p.description}  ·  {p.sku}  ·  {draft.money(p.price)}" for p in products]
            chosen, ok = QInputDialog.getItem(cast(QWidget, self), translate("ReturnScreen", "ReturnDesk: which item?"),
                                              translate("ReturnScreen", "Items matching {text!r}").format(text=text),
                                              choices, 0, False)
            if not ok:
                return
            product = products[choices.index(chosen)]
        draft.add_product(product)
        self.model.row_added()
        self.scan.clear()
        self.show_message(translate("ReturnScreen", "Added {item}. Scan the next item, or check the decision.").format(
            item=product.description))
        self._edited()

    def _customer_changed(self) -> None:
        draft = self.draft
        if draft is None or not draft.no_receipt or draft.completed:
            return
        customer, id_type = self.customer.text().strip().upper(), self.id_type.currentData() or ""
        if (customer, id_type) == (draft.customer_id, draft.id_type):
            return
        draft.customer_id, draft.id_type = customer, id_type
        draft.changed()
        self._show_header()
        self._edited()
