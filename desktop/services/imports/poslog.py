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
import re
import xml.parsers.expat
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import IO, NoReturn
from xml.etree.ElementTree import Element, ParseError, fromstring

from desktop.config import PosConfig
from desktop.services.imports.raw import (
    BadRecord,
    Parsed,
    PosRef,
    PosReturn,
    PostVoid,
    RawDiscount,
    RawLine,
    RawSale,
    RawTax,
    RawTender,
    Record,
    ReturnedLine,
    Skipped,
    apply_line_voids,
    last_four,
)

ARTS = "http://www.nrf-arts.org/IXRetail/namespace/"
ARTS_PREFIX = "{http://www.nrf-arts.org/"  # IXRetail's namespace, in every version
RETURNDESK = "urn:returndesk:export:1"  # what a ReturnDesk export adds (services/exports.py)
CHUNK = 1 << 16
TRANSACTION_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?Transaction\s*>")
TAIL = 64  # bytes kept from the last chunk, so an end tag cut in two is still found
BLOCK = 1 << 20
TRANSACTION_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?Transaction[\s>]")
ROOT_START = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?POSLog)\b[^>]*>")
XML_DECLARATION = re.compile(rb"\s*<\?xml[^>]*\?>")
MAX_TRANSACTION_BYTES = 16 << 20  # a transaction of 16 MB is not a sale: a runaway element or an attack
VOID_REASONS = {"postvoid", "void", "voided", "posttransactionvoid"}


class FileRefused(ValueError):
    """A file that cannot be read at all: nothing of it is imported."""

    def __init__(self, message: str, truncated: bool = False):
        super().__init__(message)
        self.truncated = truncated  # it ends too soon: maybe still being written


# ---- The first pass: whole and harmless?


def check_file(stream: IO[bytes]) -> int:
    """Walk the file with expat and no tree: refuses a DTD or entity, a root
    that is not POSLog, more than 16 MB without a transaction ending (a
    runaway element or an attack), or a file cut short. Returns the number of
    transactions. Expat checks every byte; Python sees only the root and
    each chunk's transaction ends (found in the bytes), so the check costs a
    fraction of the import (docs/benchmarks.md)."""
    parser = xml.parsers.expat.ParserCreate(namespace_separator="}")
    state = {"root": ""}

    def refuse_dtd(*_args: object) -> NoReturn:
        raise FileRefused("the file declares a DTD or entities (refused: entity expansion and external "
                          "entities are never read)")

    def root(name: str, _attrs: object) -> None:
        state["root"] = local = name.rsplit("}", 1)[-1]
        if local != "POSLog":
            raise FileRefused(f"the root element is {local}, not POSLog")
        parser.StartElementHandler = None  # the root only

    parser.StartDoctypeDeclHandler = refuse_dtd
    parser.EntityDeclHandler = refuse_dtd
    parser.UnparsedEntityDeclHandler = refuse_dtd
    parser.ExternalEntityRefHandler = refuse_dtd
    parser.StartElementHandler = root
    read = boundary = transactions = 0
    tail = b""
    chunk = b""
    try:
        while True:
            chunk = stream.read(CHUNK)
            window = tail + chunk
            ends = [m.end() for m in TRANSACTION_END.finditer(window) if m.end() > len(tail)]  # new ones only
            if ends:
                transactions += len(ends)
                boundary = read - len(tail) + ends[-1]
            read += len(chunk)
            tail = window[-TAIL:]
            if read - boundary > MAX_TRANSACTION_BYTES + CHUNK:
                raise FileRefused(f"more than 16 MB after transaction {transactions} without the next one ending "
                                  "(a single element over 16 MB is not a sale)")
            parser.Parse(chunk, not chunk)
            if not chunk:
                break
    except xml.parsers.expat.ExpatError as error:
        if not chunk:  # at the end of the file: an element, a tag or a token left open
            raise FileRefused(f"the file ends before its POSLog element does (cut short at line {error.lineno})",
                              truncated=True) from None
        code = xml.parsers.expat.ErrorString(error.code)
        raise FileRefused(f"not well-formed XML ({code}, line {error.lineno}, column {error.offset})") from None
    if not state["root"]:
        raise FileRefused("the file ends before its POSLog element does (cut short)", truncated=True)
    return transactions


# ---- The second pass: transaction by transaction


def read_poslog(stream: IO[bytes], config: PosConfig) -> Iterator[Record]:
    """Transaction by transaction, in constant memory (see cut)."""
    for number, document in cut(stream):
        yield number, parse_one(document, config)


def cut(stream: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    """Each transaction's bytes, as a document of its own. The first pass
    (check_file) has proved the file well formed, without a DTD or entity,
    and without an element over the limit; so each transaction is cut out of
    the bytes and parsed on its own by ElementTree's C parser, inside a copy
    of the file's root tag (its namespaces) and XML declaration (its
    encoding). No Python runs per element: three times faster than a pull
    parser's events, and the pieces can go to several processes
    (docs/benchmarks.md)."""
    buffer, opening, closing, number = b"", b"", b"", 0
    while True:
        block = stream.read(BLOCK)
        buffer += block
        if not opening:
            root = ROOT_START.search(buffer)
            if root is None:
                if block:
                    continue
                return
            declaration = XML_DECLARATION.match(buffer)
            opening = (declaration.group() if declaration else b"") + root.group()
            closing = b"</" + root.group(1) + b">"
            buffer = buffer[root.end():]
        at = 0
        while True:
            begin = TRANSACTION_START.search(buffer, at)
            if begin is None:
                break
            finish = TRANSACTION_END.search(buffer, begin.end())
            if finish is None:
                break
            number += 1
            yield number, opening + buffer[begin.start():finish.end()] + closing
            at = finish.end()
        buffer = buffer[at:]
        if not block:
            return


def parse_one(document: bytes, config: PosConfig) -> Parsed:
    try:
        tx = fromstring(document)[0]
        vendor = _normalise(tx)
    except ParseError as error:  # an end tag inside a comment or CDATA fooled the cut
        return BadRecord(None, f"the transaction cannot be read on its own ({error})")
    record = _transaction(tx, config)
    if isinstance(record, RawSale) and vendor:
        record.unread_amounts = tuple(sorted(_vendor_amounts(tx)))
    return record


def _transaction(tx: Element, config: PosConfig) -> Parsed:
    ref = None
    try:
        ref = _ref(tx)
        if _flag(tx, "TrainingModeFlag"):
            return Skipped(ref, "a training transaction")
        retail = _child(tx, "RetailTransaction")
        when = _when(tx, retail)
        if retail is None:
            kind = next((child.tag for child in tx if _arts(child.tag) and child.tag.endswith("Transaction")), "")
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


def _sale(tx: Element, retail: Element, ref: PosRef, when: dt.datetime | None, config: PosConfig) -> Parsed:
    sale = RawSale(ref=ref, source="poslog", when=when,
                   currency=_text(tx, "CurrencyCode") or _text(retail, "CurrencyCode"))
    entries: list[tuple[RawLine, str | None]] = []
    returned: list[tuple[str, Element]] = []
    returns = 0
    points = 0
    for item in _children(retail, "LineItem"):
        if _flag(item, "VoidFlag"):
            continue  # voided on the till: never sold
        seq = _text(item, "SequenceNumber") or str(len(entries) + 1)
        for child in item:
            name = child.tag
            if not _arts(name):
                continue
            if name == "Sale":
                entries.append(_line(child, seq, item, config))
            elif name == "Return":
                returns += 1
                returned.append((seq, child))
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
        return _pos_return(retail, ref, returned, sale.tenders)
    if returns:
        return BadRecord(ref, "a sale with return lines (an exchange on the till) is not imported: return the "
                              "exchanged items from their own receipts")
    sale.lines = apply_line_voids(entries)
    sale.customer = sale.customer or _customer(retail)
    for account in list(_children(retail, "LoyaltyAccount")) + list(_children(retail, "CustomerAccount")):
        sale.customer = sale.customer or _customer(account)
    for total in _children(retail, "Total"):
        if (total.get("TotalType") or "") == "TransactionGrandAmount":
            sale.grand_total = _decimal(total.text, "Total")
    sale.points = points or None
    return sale


def _pos_return(retail: Element, ref: PosRef, returned: list[tuple[str, Element]],
                tenders: list[RawTender]) -> PosReturn | Skipped:
    """A return transaction: each Return line linked to the sale it came from."""
    lines = []
    for seq, item in returned:
        link = item.find("TransactionLink")
        if link is None:
            return Skipped(ref, "a return on the till without the sale it came from")
        target = _ref(link, partial=True)
        quantity_element = item.find("Quantity")
        units = quantity_element.get("Units") if quantity_element is not None else None
        qty = _decimal(units or (quantity_element.text if quantity_element is not None else "1"), "Quantity")
        amount = _decimal(_text(item, "ExtendedAmount") or "0", "ExtendedAmount") + sum(
            (_decimal(_text(tax, "Amount") or "0", "Tax/Amount") for tax in item.findall("Tax")), Decimal(0))
        lines.append(ReturnedLine(target, _text(link, "LineItemSequenceNumber") or seq,
                                  _text(item, "ItemID") or "", abs(qty), abs(amount)))
    ours = retail.findtext(f"{{{RETURNDESK}}}ReturnID")
    return PosReturn(ref, tuple(lines), tuple((t.pos_type, t.amount + t.change) for t in tenders),
                     ours.strip() if ours else None)


# ---- Lines


MANY = ("Discount", "RetailPriceModifier", "Tax", "MerchandiseHierarchy")


def _line(sale: Element, seq: str, item: Element, config: PosConfig) -> tuple[RawLine, str | None]:
    # One walk over the Sale's children: a million sales have tens of millions of them.
    one: dict[str, Element] = {}
    many: dict[str, list[Element]] = {name: [] for name in MANY}
    for child in sale:
        tag = child.tag
        if tag in many:
            many[tag].append(child)
        elif tag not in one:
            one[tag] = child

    def text(name: str) -> str | None:
        element = one.get(name)
        value = element.text if element is not None else None
        return (value.strip() or None) if value else None

    quantity_element = one.get("Quantity")
    unit = config.unit(quantity_element.get("UnitOfMeasureCode") if quantity_element is not None else None)
    qty = Decimal(1)
    if quantity_element is not None:
        units = quantity_element.get("Units")
        qty = _decimal(units if unit and units else quantity_element.text, "Quantity")
    identity = one.get("POSIdentity")
    barcode = _text(identity, "POSItemID") if identity is not None else None
    sku = text("ItemID") or barcode
    if not sku:
        raise ValueError(f"line {seq}: no ItemID")
    hierarchy = many["MerchandiseHierarchy"]
    department = next((h.text for h in hierarchy if (h.get("Level") or "").lower() == "department"),
                      hierarchy[0].text if hierarchy else None)
    discounts = []
    amount = text("DiscountAmount")
    extended, after = text("ExtendedAmount"), text("ExtendedDiscountAmount")
    if amount:
        discounts.append(RawDiscount(abs(_decimal(amount, "DiscountAmount"))))
    elif extended and after:
        discounts.append(RawDiscount(_decimal(extended, "ExtendedAmount") - _decimal(after, "ExtendedDiscountAmount")))
    for discount in many["Discount"]:
        discounts.append(_discount(discount, item))
    modifiers = []
    for modifier in many["RetailPriceModifier"]:
        if _flag(modifier, "VoidFlag"):
            continue
        value = modifier.find("Amount")
        if value is None or not (value.text or "").strip():
            continue
        taken = _decimal(value.text, "RetailPriceModifier/Amount")
        sign = -1 if (value.get("Action") or "Subtract").lower() == "add" else 1
        modifiers.append(RawDiscount(sign * abs(taken), _text(modifier, "PromotionID"), "modifier"))
    price = text("ActualSalesUnitPrice") or text("RegularSalesUnitPrice")
    regular = text("RegularSalesUnitPrice")
    line = RawLine(
        seq=seq, sku=sku, description=text("Description") or "", barcode=barcode,
        department=(department or "").strip() or None, qty=qty, unit=unit,
        unit_price=_decimal(price, "UnitPrice") if price else Decimal(0),
        gross=_decimal(extended, "ExtendedAmount") if extended else None,
        regular_price=_decimal(regular, "RegularSalesUnitPrice") if regular else None,
        discounts=discounts, modifiers=modifiers,
        taxes=[_tax(tax) for tax in many["Tax"] if not _flag(tax, "VoidFlag")],
        serial=text("SerialNumber"),
        final_sale=(sale.get("ItemType") or "").lower() in ("giftcard", "giftcertificate", "stored value"),
    )
    link = (_link(item) or _link(sale)) if any(name in one for name in LINKS) or _has_link(item) else None
    return line, link


def _has_link(element: Element) -> bool:
    return any(child.tag in LINKS for child in element)


LINKS = ("LineItemLink", "ReferencedLineItem", "VoidedLineItem", "LineItemVoid")


def _link(element: Element) -> str | None:
    """The line a void or a discount refers to: LineItemLink, ReferencedLineItem or
    VoidedLineItem with a LineItemSequenceNumber (or SequenceNumber)."""
    for name in LINKS:
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
        if child.tag in ("LoyaltyAccount", "LoyaltyID"):
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
            target = _child(void, "TransactionLink")
            return _ref(target if target is not None else void, partial=True)
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


def _normalise(tx: Element) -> bool:
    """ARTS elements by their bare names (whatever version's namespace, or
    none), so the reads below are ElementTree's own find() and findtext();
    a vendor extension's elements keep their namespace and are never read.
    True when there are some."""
    vendor = False
    for node in tx.iter():
        tag = node.tag
        if tag[0] == "{":
            if tag.startswith(ARTS_PREFIX):
                node.tag = tag[tag.index("}") + 1:]
            else:
                vendor = True
    return vendor


def _arts(tag: str) -> bool:
    return tag[0] != "{"


def _children(element: Element | None, name: str) -> list[Element]:
    return element.findall(name) if element is not None else []


def _child(element: Element | None, name: str) -> Element | None:
    return element.find(name) if element is not None else None


def _text(element: Element | None, name: str) -> str | None:
    text = element.findtext(name) if element is not None else None
    return (text.strip() or None) if text else None


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
