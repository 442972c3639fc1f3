"""ARTS POSLog (NRF/ARTS IXRetail), versions 2.x to 6.0, read as a stream.

A file is read twice: once to check it is whole and harmless (well formed,
no DTD, no entity of any kind, no single transaction or element beyond a
size limit, not cut short), touching nothing; then transaction by
transaction, each element cleared once read, so a file of a million sales
is read in constant memory. Only the ARTS namespace (or none) is read:
elements of vendor extension namespaces (NCR's acs:...) are ignored, and a
transaction that does not reconcile names those that carry an amount.

What is read, and how it is understood, is in docs/importing.md.
"""

from __future__ import annotations

import datetime as dt
import xml.parsers.expat
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import BinaryIO
from xml.etree.ElementTree import Element, TreeBuilder, XMLPullParser

from defusedxml.ElementTree import DefusedXMLParser

from desktop.config import PosConfig
from desktop.services.imports.raw import (
    BadRecord, PosRef, PostVoid, RawDiscount, RawLine, RawSale, RawTax, RawTender, Skipped, last_four,
)

ARTS = "http://www.nrf-arts.org/IXRetail/namespace/"
CHUNK = 1 << 16
MAX_TRANSACTION_BYTES = 16 << 20  # a transaction of 16 MB is not a sale: a runaway element or an attack
VOID_REASONS = {"postvoid", "void", "voided", "posttransactionvoid"}
Record = tuple[int, RawSale | Skipped | PostVoid | BadRecord]


class FileRefused(ValueError):
    """A file that cannot be read at all: nothing of it is imported."""

    def __init__(self, message: str, truncated: bool = False):
        super().__init__(message)
        self.truncated = truncated  # it ends too soon: maybe still being written


# ---- The first pass: whole and harmless?


def check_file(stream: BinaryIO) -> int:
    """Walk the file with expat and no tree: refuses a DTD or entity, a
    transaction over the size limit, or a file cut short. Returns the number
    of transactions."""
    parser = xml.parsers.expat.ParserCreate(namespace_separator="}")
    state = {"depth": 0, "transactions": 0, "started": -1, "root": "", "boundary": 0}

    def refuse_dtd(*_args: object) -> None:
        raise FileRefused("the file declares a DTD or entities (refused: entity expansion and external "
                          "entities are never read)")

    def start(name: str, _attrs: object) -> None:
        state["depth"] += 1
        local = name.rsplit("}", 1)[-1]
        if state["depth"] == 1:
            state["root"] = local
            if local != "POSLog":
                raise FileRefused(f"the root element is {local}, not POSLog")
        elif state["depth"] == 2 and local == "Transaction":
            state["started"] = parser.CurrentByteIndex

    def end(name: str) -> None:
        if state["depth"] == 2 and name.rsplit("}", 1)[-1] == "Transaction":
            state["transactions"] += 1
            state["started"] = -1
            state["boundary"] = parser.CurrentByteIndex
        state["depth"] -= 1

    parser.StartDoctypeDeclHandler = refuse_dtd
    parser.EntityDeclHandler = refuse_dtd
    parser.UnparsedEntityDeclHandler = refuse_dtd
    parser.ExternalEntityRefHandler = refuse_dtd
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    read = 0
    chunk = b""
    try:
        while True:
            chunk = stream.read(CHUNK)
            read += len(chunk)
            if state["started"] >= 0 and read - state["started"] > MAX_TRANSACTION_BYTES + CHUNK:
                raise FileRefused(f"transaction {state['transactions'] + 1} is over 16 MB: not a sale")
            if state["started"] < 0 and read - state["boundary"] > MAX_TRANSACTION_BYTES + CHUNK:
                raise FileRefused("an element of over 16 MB outside any transaction")
            parser.Parse(chunk, not chunk)
            if not chunk:
                break
    except xml.parsers.expat.ExpatError as error:
        if not chunk:  # at the end of the file: an element, a tag or a token left open
            raise FileRefused(f"the file ends before its POSLog element does (cut short at line {error.lineno})",
                              truncated=True) from None
        code = xml.parsers.expat.ErrorString(error.code)
        raise FileRefused(f"not well-formed XML ({code}, line {error.lineno}, column {error.offset})") from None
    if state["depth"] != 0 or not state["root"]:
        raise FileRefused("the file ends before its POSLog element does (cut short)", truncated=True)
    return state["transactions"]


# ---- The second pass: transaction by transaction


def read_poslog(stream: BinaryIO, config: PosConfig) -> Iterator[Record]:
    parser = XMLPullParser(events=("start", "end"),
                           _parser=DefusedXMLParser(target=TreeBuilder(), forbid_dtd=True))  # type: ignore[call-arg]
    depth, root, number = 0, None, 0
    while True:
        chunk = stream.read(CHUNK)
        if chunk:
            parser.feed(chunk)
        else:
            parser.close()
        for event, element in parser.read_events():
            if event == "start":
                depth += 1
                if depth == 1:
                    root = element
                continue
            depth -= 1
            if depth == 1 and _local(element.tag) == "Transaction":
                number += 1
                yield number, _transaction(element, config)
                assert root is not None
                root.remove(element)  # read: gone, so memory stays flat
        if not chunk:
            return


def _transaction(tx: Element, config: PosConfig) -> RawSale | Skipped | PostVoid | BadRecord:
    ref = None
    try:
        ref = _ref(tx)
        if _flag(tx, "TrainingModeFlag"):
            return Skipped(ref, "a training transaction")
        retail = _child(tx, "RetailTransaction")
        when = _when(tx, retail)
        if retail is None:
            kind = next((_local(child.tag) for child in tx if _local(child.tag).endswith("Transaction")), "")
            target = _void_target(tx)
            if target is not None:
                return PostVoid(ref, target, when)
            return Skipped(ref, f"a {kind or 'non-sale'} (not a sale)")
        status = (retail.get("TransactionStatus") or "").lower()
        target = _void_target(retail)
        if target is not None:
            return PostVoid(ref, target, when)
        if _flag(tx, "CancelFlag") or _flag(tx, "VoidFlag") or status in ("voided", "cancelled", "canceled"):
            return PostVoid(ref, ref, when)  # voided as a whole: not returnable
        if status == "suspended":
            return Skipped(ref, "a suspended transaction")
        return _sale(tx, retail, ref, when, config)
    except (ValueError, InvalidOperation) as error:
        return BadRecord(ref, str(error))


def _sale(tx: Element, retail: Element, ref: PosRef, when: dt.datetime | None, config: PosConfig) -> RawSale | \
        Skipped | BadRecord:
    sale = RawSale(ref=ref, source="poslog", when=when,
                   currency=_text(tx, "CurrencyCode") or _text(retail, "CurrencyCode"))
    entries: list[tuple[RawLine, str | None]] = []
    returns = 0
    points = 0
    for item in _children(retail, "LineItem"):
        if _flag(item, "VoidFlag"):
            continue  # voided on the till: never sold
        seq = _text(item, "SequenceNumber") or str(len(entries) + 1)
        for child in item:
            name = _local(child.tag)
            if not _arts(child.tag):
                continue
            if name == "Sale":
                entries.append(_line(child, seq, item, config))
            elif name == "Return":
                returns += 1
            elif name == "Discount":
                sale.discounts.append(_discount(child, item))
            elif name == "Tax":
                if not _flag(child, "VoidFlag"):
                    sale.taxes.append(_tax(child))
            elif name == "Tender":
                tender = _tender(child)
                if tender is not None:
                    sale.tenders.append(tender)
            elif name == "LoyaltyReward":
                reward, earned = _reward(child, item)
                points += earned
                if reward is not None:
                    sale.discounts.append(reward)
            elif name in ("LoyaltyMembership", "Customer"):
                sale.customer = sale.customer or _customer(child)
    if returns and not entries:
        return Skipped(ref, "a return on the till, not a sale")
    if returns:
        return BadRecord(ref, "a sale with return lines (an exchange on the till) is not imported: return the "
                              "exchanged items from their own receipts")
    sale.lines = _apply_voids(entries)
    sale.customer = sale.customer or _customer(retail)
    for account in list(_children(retail, "LoyaltyAccount")) + list(_children(retail, "CustomerAccount")):
        sale.customer = sale.customer or _customer(account)
    for total in _children(retail, "Total"):
        if (total.get("TotalType") or "") == "TransactionGrandAmount":
            sale.grand_total = _decimal(total.text, "Total")
    sale.points = points or None
    sale.unread_amounts = tuple(sorted(_vendor_amounts(retail)))
    return sale


# ---- Lines


def _line(sale: Element, seq: str, item: Element, config: PosConfig) -> tuple[RawLine, str | None]:
    quantity_element = _child(sale, "Quantity")
    unit = config.unit(quantity_element.get("UnitOfMeasureCode") if quantity_element is not None else None)
    qty = Decimal(1)
    if quantity_element is not None:
        units = quantity_element.get("Units")
        qty = _decimal(units if unit and units else quantity_element.text, "Quantity")
    sku = _text(sale, "ItemID") or _text(_child(sale, "POSIdentity"), "POSItemID")
    if not sku:
        raise ValueError(f"line {seq}: no ItemID")
    hierarchy = [h for h in _children(sale, "MerchandiseHierarchy")]
    department = next((h.text for h in hierarchy if (h.get("Level") or "").lower() == "department"),
                      hierarchy[0].text if hierarchy else None)
    discounts = []
    amount = _text(sale, "DiscountAmount")
    extended, after = _text(sale, "ExtendedAmount"), _text(sale, "ExtendedDiscountAmount")
    if amount:
        discounts.append(RawDiscount(abs(_decimal(amount, "DiscountAmount"))))
    elif extended and after:
        discounts.append(RawDiscount(_decimal(extended, "ExtendedAmount") - _decimal(after, "ExtendedDiscountAmount")))
    for discount in _children(sale, "Discount"):
        discounts.append(_discount(discount, item))
    modifiers = []
    for modifier in _children(sale, "RetailPriceModifier"):
        if _flag(modifier, "VoidFlag"):
            continue
        value = _child(modifier, "Amount")
        if value is None or not (value.text or "").strip():
            continue
        taken = _decimal(value.text, "RetailPriceModifier/Amount")
        sign = -1 if (value.get("Action") or "Subtract").lower() == "add" else 1
        modifiers.append(RawDiscount(sign * abs(taken), _text(modifier, "PromotionID"), "modifier"))
    gross = _decimal(extended, "ExtendedAmount") if extended else None
    price = _text(sale, "ActualSalesUnitPrice") or _text(sale, "RegularSalesUnitPrice")
    regular = _text(sale, "RegularSalesUnitPrice")
    line = RawLine(
        seq=seq, sku=sku.strip(), description=(_text(sale, "Description") or "").strip(),
        barcode=_text(_child(sale, "POSIdentity"), "POSItemID"), department=(department or "").strip() or None,
        qty=qty, unit=unit, unit_price=_decimal(price, "UnitPrice") if price else Decimal(0),
        gross=gross, regular_price=_decimal(regular, "RegularSalesUnitPrice") if regular else None,
        discounts=discounts, modifiers=modifiers,
        taxes=[_tax(tax) for tax in _children(sale, "Tax") if not _flag(tax, "VoidFlag")],
        serial=_text(sale, "SerialNumber"),
        final_sale=(sale.get("ItemType") or "").lower() in ("giftcard", "giftcertificate", "stored value"),
    )
    link = _link(item) or _link(sale)
    return line, link


def _apply_voids(entries: list[tuple[RawLine, str | None]]) -> list[RawLine]:
    """A negative Sale entry cancels the line it names (or the latest one of
    the same item): only what the customer kept is returnable."""
    kept: list[RawLine] = []
    for line, link in entries:
        if line.qty > 0 and (line.gross is None or line.gross >= 0):
            kept.append(line)
            continue
        target = next((earlier for earlier in reversed(kept) if (earlier.seq == link if link else
                                                                  earlier.sku == line.sku)), None)
        if target is None:
            raise ValueError(f"line {line.seq} voids {'line ' + link if link else 'item ' + line.sku}, which is "
                             "not on the sale")
        taken = abs(line.qty)
        target.qty -= taken
        if target.gross is not None:
            target.gross -= abs(line.gross) if line.gross is not None else abs(line.unit_price * taken)
        if target.qty <= 0:
            kept.remove(target)
    return kept


def _link(element: Element) -> str | None:
    """The line a void or a discount refers to: LineItemLink, ReferencedLineItem or
    VoidedLineItem with a LineItemSequenceNumber (or SequenceNumber)."""
    for name in ("LineItemLink", "ReferencedLineItem", "VoidedLineItem", "LineItemVoid"):
        for link in _children(element, name):
            value = _text(link, "LineItemSequenceNumber") or _text(link, "SequenceNumber") or (link.text or "").strip()
            if value:
                return value
    return None


def _discount(discount: Element, item: Element) -> RawDiscount:
    amount = _text(discount, "Amount") or _text(discount, "DiscountAmount")
    if not amount:
        raise ValueError("a Discount without an Amount")
    lines = []
    for name in ("LineItemLink", "ReferencedLineItem", "ApplicableLineItem"):
        for link in _children(discount, name):
            value = _text(link, "LineItemSequenceNumber") or _text(link, "SequenceNumber") or (link.text or "").strip()
            if value:
                lines.append(value)
    return RawDiscount(abs(_decimal(amount, "Discount/Amount")), _text(discount, "PromotionID"), "discount",
                       tuple(lines), summary=_summary(discount) or _summary(item))


def _reward(reward: Element, item: Element) -> tuple[RawDiscount | None, int]:
    """A monetary loyalty reward is a discount on the items it names; points
    are not money (kept so a return can take them back)."""
    kind = (_text(reward, "RewardType") or reward.get("RewardType") or "").lower()
    points = _text(reward, "PointsAwarded") or _text(reward, "Points") or _text(reward, "LoyaltyPoints")
    if "point" in kind or (points and not _text(reward, "Amount")):
        try:
            return None, int(Decimal(points or "0"))
        except InvalidOperation:
            return None, 0
    amount = (_text(reward, "Amount") or _text(reward, "ExtendedRewardAmount") or _text(reward, "RewardAmount")
              or _text(reward, "BaseRewardAmount"))
    if not amount:
        return None, 0
    value = abs(_decimal(amount, "LoyaltyReward/Amount"))
    if not value:
        return None, 0
    basis = _child(reward, "RewardBasis")
    item_id = _text(basis, "ItemID") if basis is not None else None
    return RawDiscount(value, _text(reward, "PromotionID"), "loyalty", (),
                       summary=_summary(reward) or _summary(item), items=(item_id,) if item_id else ()), 0


def _summary(element: Element) -> bool:
    """NCR writes a reward twice: summarized for the transaction and in detail per item."""
    for name, value in element.attrib.items():
        if _local(name) in ("summarizedActivity", "SummaryFlag") and value.lower() == "true":
            return True
    return False


def _tax(tax: Element) -> RawTax:
    amount = _text(tax, "Amount")
    if amount is None:
        raise ValueError("a Tax without an Amount")
    authority = (_text(tax, "TaxAuthority") or _text(tax, "TaxAuthorityID") or tax.get("TaxType")
                 or tax.get("TaxDescription") or "TAX")
    taxable, percent = _text(tax, "TaxableAmount"), _text(tax, "Percent")
    return RawTax(authority.strip(), _decimal(amount, "Tax/Amount"),
                  _decimal(taxable, "TaxableAmount") if taxable else None,
                  _decimal(percent, "Tax/Percent") if percent else None)


def _tender(tender: Element) -> RawTender | None:
    if _flag(tender, "VoidFlag"):
        return None
    kind = tender.get("TenderType") or _text(tender, "TenderType") or _text(tender, "TenderID") or ""
    amount = _decimal(_text(tender, "Amount") or "0", "Tender/Amount")
    change = _text(_child(tender, "TenderChange"), "Amount")
    cashback = _text(tender, "CashBackAmount") or _text(tender, "Cashback") or _text(tender, "CashBack")
    refund = (tender.get("TypeCode") or "").lower() == "refund"
    card = _child(tender, "CreditDebit") or _child(tender, "Credit") or _child(tender, "Debit")
    last4 = brand = None
    if card is not None:
        # Only the last 4 digits are ever kept, however the number was written.
        last4 = last_four(_text(card, "PrimaryAccountNumber") or _text(card, "MaskedCardNumber")
                          or _text(card, "CardNumber") or _text(card, "AccountNumber"))
        brand = _text(card, "CardBrand") or card.get("CardBrand") or _text(card, "IssuerName")
    if refund:  # money given back on the till (change as its own tender line): taken off
        return RawTender(kind.strip(), Decimal(0), change=abs(amount))
    return RawTender(kind.strip(), amount, _decimal(change, "TenderChange") if change else Decimal(0),
                     _decimal(cashback, "CashBack") if cashback else Decimal(0), last4,
                     brand.strip() if brand else None)


def _customer(element: Element | None) -> str | None:
    if element is None:
        return None
    for name in ("LoyaltyAccountID", "CustomerID", "LoyaltyID", "LoyaltyCardNumber"):
        value = _text(element, name)
        if value:
            return value.strip()[:32]
    for child in element:
        if _arts(child.tag) and _local(child.tag) in ("LoyaltyAccount", "LoyaltyID"):
            found = _customer(child) or (child.text or "").strip()
            if found:
                return found[:32]
    return None


def _void_target(element: Element) -> PosRef | None:
    """A post-void: a TransactionLink whose reason is a void, or a PostVoid /
    VoidTransaction element, naming the voided transaction."""
    for link in _children(element, "TransactionLink"):
        if (link.get("ReasonCode") or _text(link, "ReasonCode") or "").lower().replace("-", "") in VOID_REASONS:
            return _ref(link, partial=True)
    for name in ("PostVoid", "VoidTransaction", "PostVoidTransaction"):
        for void in _children(element, name):
            link = _child(void, "TransactionLink")
            return _ref(link if link is not None else void, partial=True)
    return None


# ---- Small readers


def _ref(element: Element, partial: bool = False) -> PosRef:
    store = _text(element, "RetailStoreID")
    register = _text(element, "WorkstationID") or _text(element, "WorkStationID")
    sequence = _text(element, "SequenceNumber") or _text(element, "TransactionID")
    day = _text(element, "BusinessDayDate") or (_text(element, "BeginDateTime") or "")[:10]
    if not (store and register and sequence and day):
        missing = [name for name, value in (("RetailStoreID", store), ("WorkstationID", register),
                                            ("SequenceNumber", sequence), ("BusinessDayDate", day)) if not value]
        raise ValueError(f"{'the voided transaction' if partial else 'the transaction'} lacks {', '.join(missing)}")
    return PosRef.parse(f"{store.strip()}/{register.strip()}/{sequence.strip()}/{day.strip()[:10]}")


def _when(tx: Element, retail: Element | None) -> dt.datetime | None:
    for element, name in ((tx, "EndDateTime"), (tx, "BeginDateTime"), (retail, "ReceiptDateTime")):
        text = _text(element, name) if element is not None else None
        if text:
            try:
                return dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
            except ValueError:
                raise ValueError(f"{name} is not a date and time: {text[:30]!r}") from None
    return None


def _vendor_amounts(element: Element) -> set[str]:
    found = set()
    for child in element.iter():
        if not _arts(child.tag) and "amount" in _local(child.tag).lower() and (child.text or "").strip():
            found.add(_local(child.tag))
    return found


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _arts(tag: str) -> bool:
    return not tag.startswith("{") or tag.startswith("{" + ARTS) or tag.startswith("{http://www.nrf-arts.org/")


def _children(element: Element | None, name: str) -> Iterator[Element]:
    if element is None:
        return
    for child in element:
        if _local(child.tag) == name and _arts(child.tag):
            yield child


def _child(element: Element | None, name: str) -> Element | None:
    return next(_children(element, name), None)


def _text(element: Element | None, name: str) -> str | None:
    child = _child(element, name)
    if child is None or child.text is None:
        return None
    return child.text.strip() or None


def _flag(element: Element, name: str) -> bool:
    value = element.get(name)
    if value is None:
        value = _text(element, name)
    return (value or "").strip().lower() in ("true", "1")


def _decimal(text: str | None, name: str) -> Decimal:
    try:
        value = Decimal((text or "").strip())
    except InvalidOperation:
        raise ValueError(f"{name} is not a number: {(text or '')[:20]!r}") from None
    if not value.is_finite():
        raise ValueError(f"{name} is not a number")
    return value
