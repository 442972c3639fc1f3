"""What a return asks for and what it answers: the typed command (items,
customer, receipt, idempotency key), a manager's approval, the reply, and the
parsing of `returns process`'s JSON request (docs/contract.md section 4)."""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.models import Customer, CustomerIdCheck, Product, Return, ReturnLine
from desktop.policy import (
    Condition,
    Decision,
    quantity,
)
from desktop.policy.quantity import Qty, QuantityError
from desktop.services import inputs
from desktop.services.auth import Actor
from desktop.services.errors import RequestError

COMPLETED, NEEDS_MANAGER, DENIED = "completed", "needs_override", "denied"
MAX_ITEMS = 200  # items in one return: a very long receipt


@dataclass(frozen=True)
class ItemRequest:
    qty: Qty  # pieces, or part of a weighed or measured line
    condition: Condition = Condition.NEW
    reason: str = ""
    line: int | None = None  # with a receipt
    serial: str | None = None
    sku: str | None = None  # without a receipt: SKU or barcode


@dataclass(frozen=True)
class CustomerRequest:
    code: str | None = None  # loyalty ID
    id_verified: bool = False
    id_type: str | None = None  # the kind of photo ID seen; never its number


@dataclass(frozen=True)
class ReturnRequest:
    receipt: str | None
    items: tuple[ItemRequest, ...]
    idempotency_key: str
    customer: CustomerRequest = field(default_factory=CustomerRequest)
    refund_to: str = "original"
    override_reason: str = ""
    override_request_id: int | None = None  # an approval from the override queue
    fingerprint: str = ""  # hash of the whole request without secrets: same key, same request
    case: Mapping[str, Any] | None = field(default=None, repr=False, compare=False)  # what is returned, as sent

    @functools.cached_property
    def case_fingerprint(self) -> str:
        """Hash of what is returned, for matching a queued override (worked
        out only when an override needs it)."""
        return fingerprint(self.case or {})


@dataclass(frozen=True)
class Approval:
    """A manager who typed a PIN at the counter (auth.authorize_manager)."""

    manager: Actor
    reason: str


@dataclass(frozen=True)
class ReturnReply:
    status: str
    decision: Decision | None
    body: Mapping[str, Any]  # the JSON reply of the contract, as stored for replays
    return_id: str | None = None
    replayed: bool = False

    @property
    def exit_code(self) -> int:
        return {COMPLETED: 0, NEEDS_MANAGER: 3, DENIED: 4}[self.status]

    @property
    def refund_total(self) -> str:
        """What was refunded, a decimal string in the sale's currency ("0.00" unless completed)."""
        return str(self.body.get("refund_total") or "0")

    @property
    def refunds(self) -> tuple[Refunded, ...]:
        """Where the money went, tender by tender."""
        return tuple(Refunded(str(t["type"]), str(t["amount"]), t.get("last4"), t.get("voucher_id"))
                     for t in self.body.get("tenders", []))

    @property
    def summary(self) -> str:
        """The decision's sentence for the whole return, in the store's language."""
        return str((self.body.get("decision") or {}).get("summary") or "")


@dataclass(frozen=True)
class Refunded:
    """One tender of a completed return."""

    type: str
    amount: str  # a decimal string in the sale's currency
    last4: str | None = None
    voucher_id: str | None = None  # store credit: the voucher printed for it


# ---- Parsing a request (the JSON of `returns process`)


def parse_request(doc: Any) -> ReturnRequest:
    """Validate a request; RequestError names the bad field. PINs are not
    part of the request proper: they are read by the caller and never kept."""
    if not isinstance(doc, Mapping):
        raise RequestError("the request must be a JSON object")
    receipt = doc.get("receipt")
    if receipt is not None and not isinstance(receipt, str):
        raise RequestError("receipt: must be the receipt's barcode as a string, or null")
    if receipt is not None:
        receipt = inputs.text(receipt, "receipt", limit=64)
    items_doc = doc.get("items")
    if isinstance(items_doc, list) and len(items_doc) > MAX_ITEMS:
        raise RequestError(f"items: at most {MAX_ITEMS} in one return, not {len(items_doc)}")
    items_doc = doc.get("items")
    if not isinstance(items_doc, list) or not items_doc:
        raise RequestError("items: at least one item is needed")
    items = tuple(_item(item, f"items[{i}]", receipt is not None) for i, item in enumerate(items_doc))
    key = doc.get("idempotency_key")
    if not isinstance(key, str) or not key.strip() or len(key) > 128:
        raise RequestError("idempotency_key: a non-empty string of at most 128 characters is required")
    key = inputs.text(key, "idempotency_key", Return.idempotency_key)
    customer_doc = doc.get("customer") or {}
    if not isinstance(customer_doc, Mapping):
        raise RequestError("customer: must be an object")
    code = customer_doc.get("id")
    if code is not None and not isinstance(code, str):
        raise RequestError("customer.id: must be the loyalty ID as a string")
    code = inputs.optional_text(code, "customer.id", Customer.code)
    id_type = inputs.optional_text(customer_doc.get("id_type"), "customer.id_type", CustomerIdCheck.id_type)
    verified = customer_doc.get("id_verified", False)
    if not isinstance(verified, bool):
        raise RequestError("customer.id_verified: must be true or false")
    refund_to = doc.get("refund_to", "original")
    if refund_to not in ("original", "store_credit"):
        raise RequestError(f"refund_to: must be 'original' or 'store_credit', not {refund_to!r}")
    override = doc.get("override") or {}
    if not isinstance(override, Mapping):
        raise RequestError("override: must be an object")
    request_id = override.get("request_id")
    if request_id is not None and (isinstance(request_id, bool) or not isinstance(request_id, int)):
        raise RequestError("override.request_id: must be the number of an approved override request")
    return ReturnRequest(
        receipt=receipt.strip() if receipt else None,
        items=items,
        idempotency_key=key.strip(),
        customer=CustomerRequest(code, verified, id_type),
        refund_to=refund_to,
        override_reason=inputs.text(override.get("reason"), "override.reason", limit=500),
        override_request_id=request_id,
        fingerprint=fingerprint(doc),
        case={k: doc.get(k) for k in ("receipt", "items", "customer", "refund_to")},
    )


def fingerprint(doc: Mapping[str, Any]) -> str:
    """SHA-256 of the request without its PINs: the same key must come back
    with the same request (as Stripe and Square check)."""

    def strip(value: Any) -> Any:
        if isinstance(value, Mapping):
            return {k: strip(v) for k, v in value.items() if k != "pin"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    body = {k: strip(v) for k, v in doc.items() if k != "idempotency_key"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _item(doc: Any, where: str, with_receipt: bool) -> ItemRequest:
    if not isinstance(doc, Mapping):
        raise RequestError(f"{where}: must be an object")
    try:
        # Whole pieces, or a measure of up to 3 decimals: which one the line allows, the policy checks.
        qty = quantity.parse(doc.get("qty"), measured=with_receipt)
    except QuantityError as error:
        raise RequestError(f"{where}.qty: {error}") from None
    if qty <= 0:
        raise RequestError(f"{where}.qty: must be more than 0, not {qty}")
    try:
        condition = Condition(doc.get("condition", "new"))
    except ValueError:
        raise RequestError(f"{where}.condition: must be new, opened, defective or damaged, "
                           f"not {doc.get('condition')!r}") from None
    reason = doc.get("reason") or ""
    if not isinstance(reason, str) or len(reason) > 40:
        raise RequestError(f"{where}.reason: must be a short reason code such as 'changed_mind'")
    reason = inputs.text(reason, f"{where}.reason", ReturnLine.reason)
    serial = doc.get("serial")
    if serial is not None and not isinstance(serial, str):
        raise RequestError(f"{where}.serial: must be a string")
    serial = inputs.optional_text(serial, f"{where}.serial", ReturnLine.serial)
    if with_receipt:
        line = doc.get("line")
        if isinstance(line, bool) or not isinstance(line, int) or line < 1:
            raise RequestError(f"{where}.line: must be the receipt's line number, not {line!r}")
        return ItemRequest(qty, condition, reason, line=line, serial=serial)
    sku = doc.get("sku") or doc.get("barcode")
    if not isinstance(sku, str) or not sku.strip():
        raise RequestError(f"{where}.sku: a return without a receipt names each item's SKU or barcode")
    return ItemRequest(qty, condition, reason, serial=serial, sku=inputs.text(sku, f"{where}.sku", Product.barcode))


def request_record(req: ReturnRequest) -> dict[str, Any]:
    return {
        "receipt": req.receipt,
        "items": [{k: quantity.text(v) if k == "qty" else v for k, v in vars(item).items() if v is not None}
                  for item in req.items],
        "customer": {"id": req.customer.code, "id_verified": req.customer.id_verified},
        "refund_to": req.refund_to,
        "case_fingerprint": req.case_fingerprint,
    }


