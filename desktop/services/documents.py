"""Printed documents from the database: sale receipts, return receipts,
store-credit vouchers and gift receipts, found by their 16-digit ID.

Every document is rebuilt from what the database holds, so a receipt that
did not print (printer off, paper out) is printed again later from its ID,
marked REPRINT, and nothing is lost in between.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.messages import QT_TR_NOOP, Message
from desktop.models import Customer, GiftReceipt, Return, Sale, Store, Voucher
from desktop.policy.docid import DocumentKind
from desktop.policy.messages import Renderer
from desktop.policy.money import Currency
from desktop.printing import PrintedDocument, PrintedLine
from desktop.printing.words import translator
from desktop.services import audit
from desktop.services.auth import Actor, staff_label
from desktop.services.commands import Command, handles
from desktop.services.context import Context
from desktop.services.errors import NotFound, RequestError
from desktop.services.policies import active_policy
from desktop.services.receipts import parse_code
from desktop.services.returns import issue_document_id

TENDER_NAMES = {"card": "Card", "gift_card": "Gift card", "store_credit": "Store credit", "cash": "Cash"}
# The receipt of cash paid out (a refund) or taken in (an exchange's
# difference) opens the cash drawer when it is printed this soon after; a
# reprint, or an old receipt printed again, never does.
DRAWER_WINDOW = dt.timedelta(minutes=2)
CONDITIONS = {"new": "new", "opened": "opened", "damaged": "damaged", "defective": "defective"}


@dataclass(frozen=True)
class _Words:
    """Formatting in the store's language and currency."""

    renderer: Renderer
    zone: ZoneInfo
    t: Callable[[str], str]  # a receipt word in the store's language (desktop/printing/words.py)

    def money(self, minor: int) -> str:
        return self.renderer.money(minor)

    def when(self, at: dt.datetime) -> str:
        local = at.astimezone(self.zone)
        return format_datetime(local, format="medium", locale=self.renderer.locale)


def _words(store: Store, currency: str) -> _Words:
    locale = store.locale or "en_US"
    return _Words(Renderer.of(locale, Currency.of(currency)), ZoneInfo(store.timezone), translator(locale))


def _store_header(store: Store) -> dict[str, Any]:
    """The store's name, address, phone, tax ID, its own header lines and logo (the Settings screen)."""
    tax = translator(store.locale or "en_US")("Tax ID {tax_id}").format(tax_id=store.tax_id) if store.tax_id else ""
    lines = (store.address, store.phone, tax, *store.receipt_header.splitlines())
    return {"store_name": store.name, "store_lines": tuple(line for line in lines if line.strip()),
            "logo": store.logo or None}


def _footer(session: Session, store: Store) -> tuple[str, ...]:
    """The store's own footer lines (its Settings, in its language), else its return policy's."""
    text = store.receipt_footer or active_policy(session, store.id, store.code).receipt_footer
    return tuple(line for line in text.splitlines() if line.strip())


def _tender_label(words: _Words, kind: str, last4: str | None, voucher: str | None = None) -> str:
    name = words.t(TENDER_NAMES.get(kind, kind))
    if last4:
        return words.t("{name} ending {last4}").format(name=name, last4=last4)  # never more than the last 4
    if voucher:
        return words.t("{name} voucher {voucher}").format(name=name, voucher=voucher)
    return name


# ---- Public API


def document(session: Session, code: str, reprint: bool = False, now: dt.datetime | None = None) -> PrintedDocument:
    """The printable document behind any 16-digit ID; ``now``, the moment it
    is printed, decides whether its cash opens the drawer (DRAWER_WINDOW)."""
    doc = parse_code(code)
    builders = {
        DocumentKind.SALE: _sale_document,
        DocumentKind.RETURN: _return_document,
        DocumentKind.VOUCHER: _voucher_document,
        DocumentKind.GIFT_RECEIPT: _gift_document,
    }
    built = builders[doc.kind](session, str(doc))
    if built is None:
        raise NotFound(QT_TR_NOOP("no {kind} {doc} in this database (store {store}, register {register})"),
                       kind=doc.kind.label, doc=doc, store=doc.store, register=doc.register)
    fields = dict(built.__dict__)
    labels = fields.pop("labels", {})
    cash_at = fields.pop("cash_at", None)
    opens_drawer = (not reprint and now is not None and cash_at is not None
                    and dt.timedelta(0) <= now - cash_at <= DRAWER_WINDOW)
    return PrintedDocument(**fields, reprint=reprint, labels=labels, opens_drawer=opens_drawer)


def fetch(ctx: Context, code: str, reprint: bool = False) -> PrintedDocument:
    """document() in its own read-only unit of work, for callers without a session."""
    with ctx.uow() as uow:
        return document(uow.session, code, reprint=reprint, now=ctx.now())


def voucher_summary(ctx: Context, code: str) -> Message:
    """What the counter says when a store-credit voucher is scanned."""
    with ctx.uow() as uow:
        voucher = find_voucher(uow.session, code)
        balance = _words(uow.session.get_one(Store, voucher.store_id), voucher.currency).money(voucher.balance_cents)
    return Message(QT_TR_NOOP("Store-credit voucher {voucher}: balance {balance}. It is spent as a tender at the "
                              "till."), voucher=voucher.doc_id, balance=balance)


def reprint(ctx: Context, code: str, actor: Actor) -> PrintedDocument:
    """A document printed again, marked REPRINT; who asked is audited (a
    reprinted receipt is how a refund gets claimed twice)."""
    with ctx.uow(write=True) as uow:
        printed = document(uow.session, code, reprint=True)
        audit.record(uow.session, actor.store_id, "receipt.reprinted", at=ctx.now(), staff_id=actor.staff_id,
                     entity=printed.kind, entity_id=printed.doc_id)
        uow.commit()
    return printed


def closing_slip(ctx: Context, actor: Actor, day: dt.date | None = None) -> PrintedDocument:
    """The end-of-day slip for the drawer count: the cash each register of
    the actor's store refunded that day (default: the store's today), in the
    store's language, for the counter's printer (no ID, no barcode)."""
    from desktop.services import reports

    with ctx.uow() as uow:
        session = uow.session
        store = session.scalars(select(Store).where(Store.id == actor.store_id)).one()  # the actor signed in there
        words = _words(store, store.currency)
        day = day or ctx.now().astimezone(words.zone).date()
        t = words.t
        refunds = reports.cash_refunds(session, reports.ReportQuery(day, day, store.code))
        lines = tuple(PrintedLine(t("Register {code}").format(code=code), words.money(cents),
                                  (t("{count} cash refunds").format(count=count),))
                      for _, code, count, cents in refunds)
        return PrintedDocument(
            kind="closing", doc_id="", title=t("END OF DAY: CASH REFUNDED"), **_store_header(store),
            meta=((t("Store"), store.code), (t("Day"), format_date(day, format="medium", locale=words.renderer.locale)),
                  (t("Printed by"), staff_label(session, actor.staff_id)), (t("Date"), words.when(ctx.now()))),
            lines=lines, totals=((t("Cash refunded"), words.money(sum(cents for *_, cents in refunds))),),
            notes=(t("Count each register's drawer against its amount.") if refunds
                   else t("No cash was refunded on this day."),
                   *(t("Audit checkpoint {checkpoint}").format(checkpoint=point.short())
                     for point in audit.checkpoints(session, ctx.now(), store.code))),
            name=f"closing-{store.code}-{day.isoformat()}",
        )


def issue_gift_receipt(ctx: Context, sale_code: str, actor: Actor) -> PrintedDocument:
    """A gift receipt for a sale: no prices, its own ID, which leads to the
    same sale and makes the return a gift return (refunded as store credit)."""
    with ctx.uow(write=True) as uow:
        session = uow.session
        doc = parse_code(sale_code)
        if doc.kind != DocumentKind.SALE:
            raise RequestError(QT_TR_NOOP("{doc} is a {kind}; a gift receipt is made from a sale receipt"),
                               doc=doc, kind=doc.kind.label)
        sale = session.scalar(select(Sale).where(Sale.doc_id == str(doc)))
        if sale is None:
            raise NotFound(QT_TR_NOOP("no sale {doc} in this database"), doc=doc)
        gift_id = issue_document_id(session, ctx, DocumentKind.GIFT_RECEIPT, actor.store_code, actor.register_code,
                                    GiftReceipt.doc_id)
        session.add(GiftReceipt(doc_id=gift_id, sale_id=sale.id, store_id=actor.store_id, created_at=ctx.now()))
        audit.record(session, actor.store_id, "gift_receipt.issued", at=ctx.now(), staff_id=actor.staff_id,
                     entity="sale", entity_id=sale.doc_id, payload={"gift_receipt": gift_id})
        session.flush()
        printed = document(session, gift_id)
        uow.commit()
    return printed


# ---- The documents


@dataclass(frozen=True)
class _Built:
    kind: str
    doc_id: str
    title: str
    store_name: str
    store_lines: tuple[str, ...] = ()
    meta: tuple[tuple[str, str], ...] = ()
    lines: tuple[PrintedLine, ...] = ()
    totals: tuple[tuple[str, str], ...] = ()
    tenders: tuple[tuple[str, str], ...] = ()
    big_amount: str = ""
    notes: tuple[str, ...] = ()
    footer: tuple[str, ...] = ()
    barcode_caption: str = ""
    labels: dict[str, str] = field(default_factory=dict)  # "reprint" in the store's language
    offline: bool = False  # a return (or its voucher) taken while the register was offline
    cash_at: dt.datetime | None = None  # when the document's cash changed hands, if any did
    logo: bytes | None = None  # the store's, from its settings


def _load_sale(session: Session, where) -> Sale | None:  # type: ignore[no-untyped-def]
    return session.scalar(select(Sale).where(where).options(selectinload(Sale.lines), selectinload(Sale.tenders)))


def _sale_document(session: Session, code: str) -> _Built | None:
    sale = _load_sale(session, Sale.doc_id == code)
    if sale is None:
        return None
    store = session.get(Store, sale.store_id)
    assert store is not None
    words = _words(store, sale.currency)
    lines, subtotal, tax = [], 0, 0
    for line in sale.lines:
        net = line.unit_price_cents * line.qty - line.discount_cents
        line_tax = line.tax_cents or 0
        subtotal += net
        tax += line_tax
        t = words.t
        details = [f"{line.qty} × {words.money(line.unit_price_cents)}  ·  {line.sku}"]
        if line.discount_cents:
            details.append(t("Discount {amount}").format(amount=words.money(-line.discount_cents)))
        if line.serial:
            details.append(t("Serial {serial}").format(serial=line.serial))
        if line.final_sale:
            details.append(t("FINAL SALE: not returnable"))
        lines.append(PrintedLine(line.description or line.sku, words.money(net), tuple(details)))
    t = words.t
    totals = [(t("Subtotal"), words.money(subtotal))]
    if sale.order_discount_cents:
        totals.append((t("Order discount"), words.money(-sale.order_discount_cents)))
    totals += [(t("Tax"), words.money(tax)), (t("Total"), words.money(sale.total_cents))]
    meta = [(t("Date"), words.when(sale.purchased_at)), (t("Served by"), staff_label(session, sale.staff_id))]
    if sale.customer_id:
        customer = session.get(Customer, sale.customer_id)
        if customer:
            meta.append((t("Member"), customer.code))
    return _Built(
        kind="sale", doc_id=sale.doc_id, title=t("SALE RECEIPT"), **_store_header(store),
        meta=tuple((k, v) for k, v in meta if v), lines=tuple(lines), totals=tuple(totals),
        tenders=tuple((_tender_label(words, tender.type, tender.last4), words.money(tender.amount_cents))
                      for tender in sale.tenders),
        footer=_footer(session, store), barcode_caption=t("Keep this receipt for returns"),
        labels={"reprint": t("REPRINT")},
        cash_at=sale.purchased_at if any(tender.type == "cash" for tender in sale.tenders) else None,
    )


# Under a return taken offline: why it is marked, for the customer and for whoever reads it later.
OFFLINE_NOTE = "Taken while this register was offline: it reaches the store's records when the connection is back."


def _return_document(session: Session, code: str) -> _Built | None:
    ret = session.scalar(select(Return).where(Return.doc_id == code)
                         .options(selectinload(Return.lines), selectinload(Return.tenders)))
    if ret is None:
        return None
    store = session.get(Store, ret.store_id)
    assert store is not None
    words = _words(store, ret.currency)
    sale = session.get(Sale, ret.sale_id) if ret.sale_id else None
    t = words.t
    meta = [(t("Date"), words.when(ret.created_at)),
            (t("Original receipt"), sale.doc_id if sale else t("none (no-receipt return)")),
            (t("Served by"), staff_label(session, ret.staff_id))]
    if ret.approved_by_id:
        meta.append((t("Approved by"), staff_label(session, ret.approved_by_id)))
    if ret.gift:
        meta.append((t("Gift return"), t("refunded as store credit")))
    lines, net_total, tax_total, fee_total = [], 0, 0, 0
    for line in ret.lines:
        details = [t("{qty} × returned").format(qty=line.qty) + "  ·  "
                   + t(CONDITIONS.get(line.condition, line.condition))
                   + (f"  ·  {t(line.reason.replace('_', ' '))}" if line.reason else "")]
        if line.serial:
            details.append(t("Serial {serial}").format(serial=line.serial))
        details.append(t("Item {amount}").format(amount=words.money(line.net_cents)) + "  ·  "
                       + t("tax {amount}").format(amount=words.money(line.tax_cents)))
        if line.fee_cents:
            details.append(t("Restocking fee {amount}").format(amount=words.money(-line.fee_cents)))
        net_total += line.net_cents
        tax_total += line.tax_cents
        fee_total += line.fee_cents
        lines.append(PrintedLine(line.description or line.sku, words.money(line.total_cents), tuple(details)))
    totals = [(t("Items"), words.money(net_total)), (t("Tax"), words.money(tax_total))]
    if fee_total:
        totals.append((t("Restocking fees"), words.money(-fee_total)))
    totals.append((t("Refund total"), words.money(ret.refund_total_cents)))
    tenders = []
    for tender in ret.tenders:
        voucher = session.get(Voucher, tender.voucher_id) if tender.voucher_id else None
        tenders.append((_tender_label(words, tender.type, tender.last4, voucher.doc_id if voucher else None),
                        words.money(tender.amount_cents)))
    return _Built(
        kind="return", doc_id=ret.doc_id, title=t("RETURN RECEIPT"), **_store_header(store), meta=tuple(meta),
        lines=tuple(lines), totals=tuple(totals), tenders=tuple(tenders),
        notes=(*(ret.messages or ()), *((t(OFFLINE_NOTE),) if ret.offline else ())),
        footer=_footer(session, store), labels={"reprint": t("REPRINT"), "offline": t("OFFLINE")}, offline=ret.offline,
        cash_at=ret.created_at if any(tender.type == "cash" for tender in ret.tenders) else None,
    )


def _voucher_document(session: Session, code: str) -> _Built | None:
    voucher = session.scalar(select(Voucher).where(Voucher.doc_id == code))
    if voucher is None:
        return None
    store = session.get(Store, voucher.store_id)
    assert store is not None
    words = _words(store, voucher.currency)
    t = words.t
    meta = [(t("Issued"), words.when(voucher.issued_at)), (t("Value"), words.money(voucher.amount_cents))]
    if voucher.balance_cents != voucher.amount_cents:
        meta.append((t("Balance"), words.money(voucher.balance_cents)))
    offline = False
    if voucher.return_id:
        ret = session.get(Return, voucher.return_id)
        if ret:
            meta.append((t("From return"), ret.doc_id))
            offline = ret.offline
    if voucher.customer_id:
        customer = session.get(Customer, voucher.customer_id)
        if customer:
            meta.append((t("Member"), customer.code))
    return _Built(
        kind="voucher", doc_id=voucher.doc_id, title=t("STORE CREDIT VOUCHER"), **_store_header(store),
        meta=tuple(meta), big_amount=words.money(voucher.balance_cents),
        notes=(t("Spend it at any of our stores: scan this barcode at the till as a tender."),
               t("Not exchangeable for cash. Keep it safe: it is as good as money.")),
        barcode_caption=t("Store credit — scan at the till"),
        labels={"reprint": t("REPRINT"), "offline": t("OFFLINE")}, offline=offline,
    )


def _gift_document(session: Session, code: str) -> _Built | None:
    gift = session.scalar(select(GiftReceipt).where(GiftReceipt.doc_id == code))
    if gift is None:
        return None
    sale = _load_sale(session, Sale.id == gift.sale_id)
    assert sale is not None
    store = session.get(Store, sale.store_id)
    assert store is not None
    words = _words(store, sale.currency)
    lines = tuple(PrintedLine(line.description or line.sku, "", (f"{line.qty} × {line.sku}",))
                  for line in sale.lines)
    t = words.t
    return _Built(
        kind="gift_receipt", doc_id=gift.doc_id, title=t("GIFT RECEIPT"), **_store_header(store),
        meta=((t("Date of purchase"), words.when(sale.purchased_at)),),
        lines=lines,
        notes=(t("A gift for you! Bring this receipt to exchange the item or return it for store credit."),),
        footer=_footer(session, store), barcode_caption=t("Gift receipt — no prices shown"),
        labels={"reprint": t("REPRINT")},
    )


def find_voucher(session: Session, code: str) -> Voucher:
    """A store-credit voucher scanned at the counter as a tender."""
    doc = parse_code(code)
    if doc.kind != DocumentKind.VOUCHER:
        raise RequestError(QT_TR_NOOP("{doc} is a {kind}, not a store-credit voucher"), doc=doc, kind=doc.kind.label)
    voucher = session.scalar(select(Voucher).where(Voucher.doc_id == str(doc)))
    if voucher is None:
        raise NotFound(QT_TR_NOOP("no store-credit voucher {doc} in this database"), doc=doc)
    return voucher


# ---- As commands (desktop/services/commands.py)


@dataclass(frozen=True)
class Reprint(Command[PrintedDocument]):
    """A copy of a document, marked REPRINT, and audited."""

    code: str


@dataclass(frozen=True)
class ClosingSlip(Command[PrintedDocument]):
    """The end-of-day cash slip of the actor's store (today, or ``day``)."""

    day: dt.date | None = None


@dataclass(frozen=True)
class IssueGiftReceipt(Command[PrintedDocument]):
    """A gift receipt for a sale: no prices, refunds as store credit."""

    sale_code: str


@handles(Reprint)
def _reprint(ctx: Context, command: Reprint, actor: Actor) -> PrintedDocument:
    return reprint(ctx, command.code, actor)


@handles(ClosingSlip)
def _closing(ctx: Context, command: ClosingSlip, actor: Actor) -> PrintedDocument:
    return closing_slip(ctx, actor, command.day)


@handles(IssueGiftReceipt)
def _gift(ctx: Context, command: IssueGiftReceipt, actor: Actor) -> PrintedDocument:
    return issue_gift_receipt(ctx, command.sale_code, actor)
