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
from desktop.services.imports.poslog_lines import (
    _customer,
    _discount,
    _line,
    _reward,
    _tax,
    _tender,
    _void_target,
)
from desktop.services.imports.poslog_xml import (
    _arts,
    _child,
    _children,
    _decimal,
    _flag,
    _normalise,
    _ref,
    _text,
    _vendor_amounts,
    _when,
)
from desktop.services.imports.raw import (
    BadRecord,
    Parsed,
    PosRef,
    PosReturn,
    PostVoid,
    RawLine,
    RawSale,
    RawTender,
    Record,
    ReturnedLine,
    Skipped,
    apply_line_voids,
)

RETURNDESK = "urn:returndesk:export:1"  # what a ReturnDesk export adds (services/exports.py)
CHUNK = 1 << 16
TRANSACTION_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?Transaction\s*>")
TAIL = 64  # bytes kept from the last chunk, so an end tag cut in two is still found
BLOCK = 1 << 20
TRANSACTION_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?Transaction[\s>]")
ROOT_START = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?POSLog)\b[^>]*>")
XML_DECLARATION = re.compile(rb"\s*<\?xml[^>]*\?>")
MAX_TRANSACTION_BYTES = 16 << 20  # a transaction of 16 MB is not a sale: a runaway element or an attack


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
