"""How a sale as a POS reported it becomes a sale ReturnDesk can refund to
the cent.

Every reader (POSLog, JSON Lines, CSV, Shopify) produces a ``RawSale``:
amounts as the POS wrote them (decimals), discounts where the POS reported
them (on a line, as a price modifier, for the whole transaction, as a coupon
taken as payment, as a loyalty reward), taxes per authority, tenders with
their change and cash back. ``settle`` does what the counter needs and
the POS left undone or did twice:

- a discount reported twice (summarized for the transaction and allocated
  line by line, or as a price modifier already inside the line's amount)
  counts once;
- every transaction-level discount is allocated to the lines it references
  (all lines when it names none), by what each line cost, largest remainder;
- tax is what each authority was paid, apportioned to its taxable lines so
  the shares add up to it whatever rounding the POS used;
- tenders are net of change and of cash back (a card's refundable amount is
  never more than the goods cost);
- and the transaction must reconcile: lines - discounts + tax = the grand
  total = tenders. One that does not is rejected with the figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from desktop.config import PosConfig
from desktop.policy import quantity
from desktop.policy.money import Currency, prorate, round_half_up
from desktop.services.imports.raw import (
    DISCOUNT,
    ImportedLine,
    ImportedSale,
    ImportedTender,
    ImportReject,
    RawDiscount,
    RawLine,
    RawSale,
    RawTender,
    scrub,
)


@dataclass
class _Line:
    raw: RawLine
    qty: Decimal
    gross: int
    own: int  # the line's own discounts
    modifiers: int
    modifiers_in_gross: bool | None  # None: the prices do not tell
    allocated: int = 0
    tax: int = 0

    def net(self, modifiers_in_gross: bool) -> int:
        return self.gross - self.own - (0 if modifiers_in_gross else self.modifiers) - self.allocated


def settle(raw: RawSale, store_code: str, currency: Currency, config: PosConfig,
           category_of: dict[str, str | None] | None = None) -> ImportedSale:
    """The sale as ReturnDesk keeps it, reconciled; ImportReject says why not."""
    money = _Money(currency)
    if not raw.lines:
        raise ImportReject("no sale lines: nothing the customer could bring back")
    lines = [_line(item, money, config) for item in raw.lines]
    by_seq = {line.raw.seq: line for line in lines}
    discounts = [d for d in raw.discounts if d.amount]
    coupons_paid: list[RawDiscount] = []
    tenders = []
    for tender in raw.tenders:
        kind = config.tender_kind(tender.pos_type)
        if kind is None:
            raise ImportReject(f"tender {tender.pos_type!r} is not mapped: add it to [pos.tenders] as card, "
                               "gift_card, store_credit, cash or discount")
        if kind == DISCOUNT:  # a coupon taken as payment: money off, not money paid
            coupons_paid.append(RawDiscount(tender.amount - tender.change, kind="coupon"))
            continue
        tenders.append((kind, tender))
    discounts = _once(discounts, lines, money)
    tax_detail, tax_total = _taxes(raw, lines, money)
    paid = [_tender(kind, tender, money) for kind, tender in tenders]
    paid = [tender for tender in paid if tender.amount > 0 or tender.refunded]
    paid_total = sum(tender.amount for tender in paid)
    coupon_total = sum(money(d.amount) for d in coupons_paid)
    grand = None if raw.grand_total is None else money(raw.grand_total)
    # The reading that reconciles: price modifiers as ARTS defines them (already in the
    # extended amount), else taken off it; transaction discounts as given, else without
    # one that only repeats what the lines already carry (a POS reporting it twice).
    problem: ImportReject | None = None
    for modifiers_in_gross, drop_echoes in _readings(lines, discounts):
        for line in lines:
            line.allocated = 0
        applied = _without_echoes(discounts, lines, money, modifiers_in_gross) if drop_echoes else discounts
        try:
            _allocate(applied + coupons_paid, lines, by_seq, money, modifiers_in_gross)
        except ImportReject as error:
            problem = problem or error
            continue
        goods = sum(line.net(_in_gross(line, modifiers_in_gross)) for line in lines)
        _apportion_tax(raw, lines, tax_detail, money, modifiers_in_gross)
        total = goods + tax_total
        grand_ok = grand is None or grand in (total, total + coupon_total)
        if grand_ok and paid_total == total and all(line.net(_in_gross(line, modifiers_in_gross)) >= 0
                                                    for line in lines):
            return _sale(raw, store_code, currency, lines, paid, total, tax_detail, modifiers_in_gross,
                         config, category_of or {})
    if problem is not None:
        raise problem
    goods = sum(line.net(_in_gross(line, True)) for line in lines)
    figures = (f"lines {money.text(sum(line.gross for line in lines))} - discounts "
               f"{money.text(sum(line.gross for line in lines) - goods)} + tax {money.text(tax_total)} = "
               f"{money.text(goods + tax_total)}")
    if grand is not None and grand not in (goods + tax_total, goods + tax_total + coupon_total):
        reason = f"does not reconcile: {figures}, but the grand total is {money.text(grand)}"
    else:
        reason = f"does not reconcile: {figures}, but the tenders net of change pay {money.text(paid_total)}"
    if raw.unread_amounts:
        reason += f" (vendor elements with amounts ReturnDesk does not read: {', '.join(raw.unread_amounts)})"
    raise ImportReject(reason)


class _Money:
    def __init__(self, currency: Currency):
        self.currency = currency

    def __call__(self, value: Decimal | None) -> int:
        if value is None:
            return 0
        minor = value.scaleb(self.currency.digits)
        if minor != minor.to_integral_value():
            raise ImportReject(f"the amount {value} has more decimals than {self.currency.code} has")
        return int(minor)

    def text(self, minor: int) -> str:
        return self.currency.format(minor)


def _line(raw: RawLine, money: _Money, config: PosConfig) -> _Line:
    if raw.qty <= 0:
        raise ImportReject(f"line {raw.seq}: quantity {raw.qty} after voids; a sale line sells something")
    if raw.unit is None and not quantity.whole(raw.qty):
        raise ImportReject(f"line {raw.seq}: quantity {raw.qty} without a unit of measure (pieces are whole)")
    gross = money(raw.gross) if raw.gross is not None else money(_round_cents(raw.unit_price * raw.qty, money))
    modifiers = sum(money(m.amount) for m in raw.modifiers)
    in_gross: bool | None = None
    if raw.modifiers and raw.regular_price is not None:
        regular = money(_round_cents(raw.regular_price * raw.qty, money))
        if regular - gross == modifiers:
            in_gross = True
        elif regular == gross:
            in_gross = False
    return _Line(raw, raw.qty, gross, sum(money(d.amount) for d in raw.discounts), modifiers, in_gross)


def _round_cents(value: Decimal, money: _Money) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-money.currency.digits), rounding=ROUND_HALF_UP)


def _in_gross(line: _Line, default: bool) -> bool:
    return line.modifiers_in_gross if line.modifiers_in_gross is not None else default


def _readings(lines: list[_Line], discounts: list[RawDiscount]) -> list[tuple[bool, bool]]:
    undecided = any(line.modifiers and line.modifiers_in_gross is None for line in lines)
    modifiers = [True, False] if undecided else [True]
    echoes = [False, True] if discounts else [False]
    return [(m, e) for e in echoes for m in modifiers]


def _without_echoes(discounts: list[RawDiscount], lines: list[_Line], money: _Money,
                    modifiers_in_gross: bool) -> list[RawDiscount]:
    """Without a transaction discount that is only the total of the lines' own
    (a POS that reports it twice, with no promotion to tell)."""
    on_lines = sum(line.own + (0 if _in_gross(line, modifiers_in_gross) else line.modifiers) for line in lines)
    return [d for d in discounts if not (on_lines and money(d.amount) == on_lines and not d.lines and not d.items)]


def _once(discounts: list[RawDiscount], lines: list[_Line], money: _Money) -> list[RawDiscount]:
    """Transaction-level discounts, without the ones the POS also reported
    line by line: a summary flagged as such, or one whose promotion's line
    discounts and price modifiers add up to it."""
    per_promotion: dict[str, int] = {}
    for line in lines:
        for item in line.raw.discounts + line.raw.modifiers:
            if item.promotion:
                per_promotion[item.promotion] = per_promotion.get(item.promotion, 0) + money(item.amount)
    detailed = sum(line.own + line.modifiers for line in lines) + sum(
        money(d.amount) for d in discounts if not d.summary and (d.lines or d.items))
    kept = []
    for discount in discounts:
        amount = money(discount.amount)
        if discount.promotion and per_promotion.get(discount.promotion) == amount:
            continue  # the same promotion, already on its lines
        if discount.summary and (detailed or per_promotion):
            continue  # a summary of what the lines carry
        kept.append(discount)
    return kept


def _allocate(discounts: list[RawDiscount], lines: list[_Line], by_seq: dict[str, _Line], money: _Money,
              modifiers_in_gross: bool) -> None:
    for discount in discounts:
        amount = money(discount.amount)
        if discount.lines:
            missing = [seq for seq in discount.lines if seq not in by_seq]
            if missing:
                raise ImportReject(f"a discount refers to line {missing[0]}, which is not on the sale (voided?)")
            targets = [by_seq[seq] for seq in discount.lines]
        elif discount.items:
            targets = [line for line in lines if line.raw.sku in discount.items]
            if not targets:
                raise ImportReject(f"a discount is for item {discount.items[0]}, which is not on the sale (voided?)")
        else:
            targets = lines
        weights = [max(line.net(_in_gross(line, modifiers_in_gross)), 0) for line in targets]
        if amount > sum(weights):
            raise ImportReject(f"a discount of {money.text(amount)} is more than its lines cost")
        for line, share in zip(targets, prorate(amount, weights), strict=False):
            line.allocated += share


def _taxes(raw: RawSale, lines: list[_Line], money: _Money) -> tuple[list[dict[str, Any]], int]:
    """Per authority, the tax paid: the transaction's own figure when it gives
    one, else the sum of its lines'."""
    authorities: dict[str, dict[str, Any]] = {}
    for tax in raw.taxes:
        entry = authorities.setdefault(tax.authority, {"authority": tax.authority, "amount": 0, "percent": None})
        entry["amount"] += money(tax.amount)
        entry["percent"] = str(tax.percent) if tax.percent is not None else entry["percent"]
        entry["from"] = "transaction"
    for line in lines:
        for tax in line.raw.taxes:
            entry = authorities.setdefault(tax.authority, {"authority": tax.authority, "amount": 0,
                                                           "percent": None, "from": "lines"})
            if entry["from"] == "lines":
                entry["amount"] += money(tax.amount)
            if tax.percent is not None and entry["percent"] is None:
                entry["percent"] = str(tax.percent)
    detail = [{k: v for k, v in entry.items() if k != "from"} | {"lines": entry["from"] == "lines"}
              for entry in authorities.values()]
    return detail, sum(entry["amount"] for entry in detail)


def _apportion_tax(raw: RawSale, lines: list[_Line], detail: list[dict[str, Any]], money: _Money,
                   modifiers_in_gross: bool) -> None:
    """Each authority's tax over the lines it was charged on, so the shares
    add up to what was paid: the lines' own figures when they add up to it,
    else in proportion to what each taxable line cost."""
    for line in lines:
        line.tax = 0
    for entry in detail:
        authority, amount = entry["authority"], entry["amount"]
        taxed = [(line, money(sum((t.amount for t in line.raw.taxes if t.authority == authority), Decimal(0))))
                 for line in lines if any(t.authority == authority for t in line.raw.taxes)]
        if taxed and sum(share for _, share in taxed) == amount:
            for line, share in taxed:
                line.tax += share
            continue
        targets = [line for line, _ in taxed] or lines
        weights = [max(line.net(_in_gross(line, modifiers_in_gross)), 0) for line in targets]
        if amount and not any(weights):
            weights = [1] * len(targets)
        for line, share in zip(targets, prorate(amount, weights), strict=False):
            line.tax += share


def _tender(kind: str, tender: RawTender, money: _Money) -> ImportedTender:
    amount = money(tender.amount) - money(tender.change) - money(tender.cashback)
    last4 = tender.last4 if kind == "card" else None
    return ImportedTender(kind, amount, last4, (tender.brand or None) if kind == "card" else None,
                          (scrub(tender.pos_type) or kind)[:40], money(tender.cashback),
                          min(money(tender.refunded), max(amount, 0)))


def _sale(raw: RawSale, store_code: str, currency: Currency, lines: list[_Line], tenders: list[ImportedTender],
          total: int, tax_detail: list[dict[str, Any]], modifiers_in_gross: bool, config: PosConfig,
          category_of: dict[str, str | None]) -> ImportedSale:
    out = []
    merged: dict[str, ImportedTender] = {}
    for tender in tenders:  # one refund target per type and card
        key = f"{tender.type}/{tender.last4 or ''}"
        if key in merged:
            before = merged[key]
            tender = ImportedTender(tender.type, before.amount + tender.amount, tender.last4,
                                    before.brand or tender.brand,
                                    before.pos_type, before.cashback + tender.cashback,
                                    before.refunded + tender.refunded)
        merged[key] = tender
    for number, line in enumerate(lines, start=1):
        raw_line = line.raw
        scale = quantity.scale_of(raw_line.unit)
        try:
            units = quantity.to_units(line.qty, scale)
            returned = quantity.to_units(raw_line.returned, scale)
        except quantity.QuantityError:
            raise ImportReject(f"line {raw_line.seq}: quantity {line.qty} has more than {quantity.DECIMALS} "
                               "decimals") from None
        net = line.net(_in_gross(line, modifiers_in_gross))
        rate = _rate(raw_line)
        category = raw_line.category or category_of.get(raw_line.sku) or (
            config.departments.get(raw_line.department) if raw_line.department else None)
        out.append(ImportedLine(
            line_no=number, pos_line=raw_line.seq[:16], sku=raw_line.sku[:32], barcode=raw_line.barcode,
            description=(scrub(raw_line.description) or "")[:200], department=(raw_line.department or None),
            category=category, qty=units, qty_scale=scale, unit=raw_line.unit, unit_price=_unit_price(raw_line, line,
                                                                                                      currency),
            gross=line.gross, discount=line.gross - net, tax=line.tax, tax_rate=rate, serial=raw_line.serial,
            final_sale=raw_line.final_sale, returned=min(returned, units)))
    return ImportedSale(raw.ref, raw.source, store_code, raw.when, currency.code, raw.customer, raw.points,
                        tuple(out), tuple(merged.values()), total, tuple(tax_detail))


def _unit_price(raw: RawLine, line: _Line, currency: Currency) -> int:
    """Shown beside the line; a price per pound may have a fraction of a cent."""
    if raw.unit_price:
        return round_half_up(raw.unit_price * currency.scale)
    return round_half_up(Decimal(line.gross) / line.qty) if line.qty else 0


def _rate(raw: RawLine) -> Decimal:
    percents = [t.percent for t in raw.taxes if t.percent is not None]
    rate = sum(percents, Decimal(0)) / 100
    return min(rate, Decimal("0.99999")).quantize(Decimal("0.00001"))


# What a reader gives for one transaction of a file, and where it was.
