"""The demo's receipts: random sales over the past 120 days (split tenders,
coupons, buy-one-get-one pairs) and the scenario receipts every demo needs,
each showing one rule of the policy at the counter."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from desktop.policy import ReceiptLine, line_amounts
from desktop.policy.case import Receipt
from desktop.policy.docid import DocumentId, DocumentKind
from desktop.services.demo.bulk import Rows, Starts
from desktop.services.demo.catalogue import DEPARTMENTS, Catalogue, RegisterRow, StoreRow

DAYS_OF_SALES = 120
# A receipt line as the hot loop passes it: (line, product index, qty, unit price, discount, promo group, serial).
LineRow = tuple[int, int, int, int, int, str | None, str | None]
TenderRow = tuple[str, int, str | None]  # type, amount, last 4 digits
Sample = tuple[str, str, str]  # scenario key, receipt code, what it shows




class _Pricing:
    """Net and tax per line by the contract's rules: integer arithmetic in
    the common case, the engine's own line_amounts where a discount has to be
    spread over lines."""

    def __init__(self, cat: Catalogue):
        self.cat = cat
        # round_half_up(net x rate) as integers, for the non-negative amounts of a sale.
        self.tax_ppm = [int(Decimal(p[5]) * 1_000_000) for p in cat.products]

    def amounts(self, lines: list[LineRow], order_discount: int) -> list[tuple[int, int]]:
        if order_discount == 0 and not any(line[5] for line in lines):
            return [(net, (net * self.tax_ppm[line[1]] + 500_000) // 1_000_000)
                    for line in lines for net in (line[3] * line[2] - line[4],)]
        products = self.cat.products
        receipt = Receipt("0", "0", dt.datetime(2000, 1, 1), tuple(
            ReceiptLine(line=line[0], sku=products[line[1]][1], category=products[line[1]][3], qty=line[2],
                        unit_price=line[3], discount=line[4], tax_rate=Decimal(products[line[1]][5]),
                        promo_group=line[5]) for line in lines), order_discount=order_discount)
        computed = line_amounts(receipt)
        return [computed[line[0]] for line in lines]


class _Receipts:
    """Writes receipts through the bulk writer, numbering rows and documents.

    Lines travel as plain tuples ``(line, product index, qty, unit price,
    discount, promo group, serial)``: a million receipts make several
    million lines, and this is the hot loop of the demo seed.
    """

    def __init__(self, sink: Rows, cat: Catalogue, starts: Starts):
        self.writer = sink
        self.cat = cat
        self.pricing = _Pricing(cat)
        self.sale_id, self.line_id, self.tender_id, self.gift_id = starts.ids
        self.sequences = dict(starts.sequences)

    def next_doc(self, kind: DocumentKind, store_code: str, register_code: str) -> str:
        key = (kind, store_code, register_code)
        sequence = self.sequences[key]
        self.sequences[key] = sequence + 1
        return str(DocumentId(kind, store_code, register_code, sequence))

    def emit(self, store: StoreRow, register: RegisterRow, local: dt.datetime,
             customer: int | None, clerk: int, lines: list[LineRow], order_discount: int,
             tenders: list[TenderRow] | None = None, rng: random.Random | None = None,
             gift: bool = False) -> tuple[str, str | None]:
        """Write one sale; returns its document ID and its gift receipt's."""
        store_id, store_code = store[0], store[1]
        register_id, register_code = register
        doc_id = self.next_doc(DocumentKind.SALE, store_code, register_code)
        amounts = self.pricing.amounts(lines, order_discount)
        total = sum(net + tax for net, tax in amounts)
        if tenders is None:
            assert rng is not None
            tenders = _tenders(rng, total)
        assert sum(t[1] for t in tenders) == total, "tenders must pay the receipt exactly"
        at = self.writer.timestamp(local)
        sale_id = self.sale_id
        self.writer.sales.append((sale_id, doc_id, store_id, register_id, at, self.writer.day(local.date()), customer,
                                  clerk, "USD", order_discount, total))
        products = self.cat.products
        line_rows = self.writer.lines
        for (number, index, qty, price, discount, promo, serial), (_, tax) in zip(lines, amounts, strict=False):
            product = products[index]
            line_rows.append((self.line_id, sale_id, store_id, number, product[0], product[1], product[2], product[3],
                              qty, price, discount, promo, product[5], tax, serial, product[3] == "clearance", 0))
            self.line_id += 1
        for position, (kind, amount, last4) in enumerate(tenders, start=1):
            self.writer.tenders.append((self.tender_id, sale_id, store_id, position, kind, amount, last4, 0))
            self.tender_id += 1
        gift_doc = None
        if gift:
            gift_doc = self.next_doc(DocumentKind.GIFT_RECEIPT, store_code, register_code)
            self.writer.gifts.append((self.gift_id, gift_doc, sale_id, store_id, at))
            self.gift_id += 1
        self.sale_id += 1
        if len(line_rows) >= self.writer.BATCH:
            self.writer.flush()
        return doc_id, gift_doc


def write_receipts(sink: Rows, cat: Catalogue, count: int, rng: random.Random, today: dt.date,
                    starts: Starts, progress: Callable[[str], None] | None) -> list[Sample]:
    receipts = _Receipts(sink, cat, starts)
    scenarios = _scenarios(cat, today)[: count]
    registers = [(store, reg) for store in cat.stores for reg in cat.registers[store[1]]]
    # The main store is the busier one: its registers take 60% of receipts.
    main = len(cat.registers["0001"])
    weights = [0.6 / main if store[1] == "0001" else 0.4 / (len(registers) - main) for store, _ in registers]
    counts = _split(count - len(scenarios), weights)
    pick = _Picker(rng, cat)
    regulars = cat.customers[:50]  # frequent shoppers, C1..C50, with many receipts each
    written = 0
    for (store, register), n in zip(registers, counts, strict=False):
        zone = store[3]
        # Chronological moments, so sequence numbers grow with time: seconds
        # since the first day's opening; shops open 9:00 to 21:00.
        moments = sorted((DAYS_OF_SALES - rng.randrange(1, DAYS_OF_SALES + 1)) * 86400 + rng.randrange(43200)
                         for _ in range(n))
        clerks = cat.clerks[store[1]]
        openings = {}
        for moment in moments:
            day = moment // 86400
            if day not in openings:
                local_day = today - dt.timedelta(days=DAYS_OF_SALES - day)
                openings[day] = dt.datetime.combine(local_day, dt.time(9), tzinfo=zone)
            local = openings[day] + dt.timedelta(seconds=moment % 86400)
            roll = rng.random()
            customer = rng.choice(regulars) if roll < 0.12 else rng.choice(cat.customers) if roll < 0.45 else None
            lines = pick.lines()
            order_discount = 0
            after_line_discounts = sum(line[3] * line[2] - line[4] for line in lines)
            if after_line_discounts > 5000 and rng.random() < 0.10:
                order_discount = min(rng.choice((500, 1000, 2000)), after_line_discounts // 2)
            receipts.emit(store, register, local, customer, rng.choice(clerks), lines, order_discount, rng=rng,
                          gift=rng.random() < 0.03)
            written += 1
            if progress and written % 100_000 == 0:
                progress(f"{written:,} receipts")
    samples = []
    store = cat.stores[0]
    register = cat.registers["0001"][0]
    for scenario in scenarios:
        local = dt.datetime.combine(today - dt.timedelta(days=scenario.days_ago), dt.time(scenario.hour),
                                    tzinfo=store[3])
        doc_id, gift_doc = receipts.emit(store, register, local, scenario.customer, cat.clerks["0001"][0],
                                         scenario.lines, scenario.order_discount, scenario.tenders,
                                         gift=scenario.gift)
        samples.append((scenario.key, gift_doc or doc_id, scenario.what))
    return samples


class _Picker:
    """Random receipt lines, drawn with precomputed cumulative weights."""

    LINE_COUNTS = (1, 2, 3, 4, 5, 6)
    LINE_WEIGHTS = list(itertools.accumulate((35, 25, 18, 10, 7, 5)))

    def __init__(self, rng: random.Random, cat: Catalogue):
        self.rng = rng
        self.cat = cat
        self.categories = list(DEPARTMENTS)
        self.category_weights = list(itertools.accumulate(DEPARTMENTS[c][0] for c in self.categories))
        self.by_category = [cat.by_category[c] for c in self.categories]
        self.apparel = cat.by_category["apparel"]

    def lines(self) -> list[LineRow]:
        rng, products = self.rng, self.cat.products
        n = rng.choices(self.LINE_COUNTS, cum_weights=self.LINE_WEIGHTS)[0]
        lines: list[LineRow] = []
        for number, category in enumerate(rng.choices(range(len(self.categories)), cum_weights=self.category_weights,
                                                      k=n), start=1):
            index = rng.choice(self.by_category[category])
            _, _, _, _, price, _, serial = products[index]
            qty = 1 if serial or price > 10000 else (1 if rng.random() < 0.8 else 2 if rng.random() < 0.75 else 3)
            discount = price * qty * rng.choice((10, 20, 30)) // 100 if rng.random() < 0.08 else 0
            lines.append((number, index, qty, price, discount, None,
                          f"SN{rng.getrandbits(40):010X}" if serial else None))
        if rng.random() < 0.06:  # buy one, get one free: the second line's discount is its whole price
            index = rng.choice(self.apparel)
            price = products[index][4]
            group = f"BOGO{rng.randrange(1000)}"
            lines.append((len(lines) + 1, index, 1, price, 0, group, None))
            lines.append((len(lines) + 1, index, 1, price, price, group, None))
        return lines


@dataclass(frozen=True)
class _Scenario:
    key: str
    what: str
    days_ago: int
    lines: list[LineRow]
    tenders: list[TenderRow]
    customer: int | None = None
    order_discount: int = 0
    hour: int = 14
    gift: bool = False


def _scenarios(cat: Catalogue, today: dt.date) -> list[_Scenario]:
    """Receipts every demo needs, the same whatever the seed: each shows one
    rule of the policy at the counter."""

    amounts = _Pricing(cat).amounts

    def line(number: int, category: str, qty: int = 1, discount: int = 0, promo: str | None = None,
             pick: int = 0) -> LineRow:
        index = cat.by_category[category][pick]
        _, sku, _, _, price, _, serial = cat.products[index]
        return (number, index, qty, price, discount, promo, f"SN{number}{sku[3:]}" if serial else None)

    def paid(lines: list[LineRow], *split: tuple[str, str | None], order_discount: int = 0,
             cash_part: int = 0) -> list[TenderRow]:
        total = sum(net + tax for net, tax in amounts(lines, order_discount))
        if cash_part:
            return [(split[0][0], total - cash_part, split[0][1]), ("cash", cash_part, None)]
        return [(split[0][0], total, split[0][1])]

    gold = cat.customers[41]  # C42
    electronics = [line(1, "electronics", pick=1)]
    apparel = [line(1, "apparel"), line(2, "apparel", qty=2, pick=1), line(3, "homeware")]
    free = cat.products[cat.by_category["apparel"][2]][4]  # the free item's price
    bogo = [line(1, "apparel", promo="BOGO1", pick=2), line(2, "apparel", discount=free, promo="BOGO1", pick=2),
            line(3, "toys")]
    old = [line(1, "homeware", pick=3), line(2, "homeware", pick=4)]
    clearance = [line(1, "clearance"), line(2, "toys", pick=1)]
    coupon = [line(1, "homeware", pick=5), line(2, "apparel", pick=3), line(3, "toys", pick=2)]
    appliance = [line(1, "appliances")]
    # Over any store's cash limit ($100 to $200): the dearest electronics and a homeware item, paid in cash.
    dearest = max(range(len(cat.by_category["electronics"])),
                  key=lambda pick: cat.products[cat.by_category["electronics"][pick]][4])
    cash_big = [line(1, "electronics", pick=dearest), line(2, "homeware", pick=6)]
    gift = [line(1, "toys", pick=3), line(2, "homeware", pick=7)]
    coupon_off = 1000
    return [
        _Scenario("electronics", "recent electronics with a serial (restocking fee when opened)", 3, electronics,
                  paid(electronics, ("card", "4242")), customer=gold),
        _Scenario("split_tender", "apparel paid with a card and cash (split tender)", 2, apparel,
                  paid(apparel, ("card", "1881"), cash_part=2000)),
        _Scenario("bogo", "buy one, get one free pair", 4, bogo, paid(bogo, ("card", "5100"))),
        _Scenario("expired", "past the 30-day window (needs a manager)", 45, old, paid(old, ("card", "7310"))),
        _Scenario("clearance", "clearance item: final sale", 5, clearance, paid(clearance, ("card", "6011"))),
        _Scenario("gift", "gift receipt (refunded as store credit)", 6, gift, paid(gift, ("card", "3782")), gift=True),
        _Scenario("coupon", "receipt-level coupon spread over the lines", 1, coupon,
                  paid(coupon, ("card", "4000"), order_discount=coupon_off), order_discount=coupon_off),
        _Scenario("appliance", "appliance: restocking fee whatever the condition", 8, appliance,
                  paid(appliance, ("card", "2221"))),
        _Scenario("cash", "paid in cash, over the drawer's limit", 2, cash_big, paid(cash_big, ("cash", None))),
        _Scenario("gold_member", "gold member (C42) bought 50 days ago: inside the tier's extra days", 50,
                  [line(1, "homeware", pick=8)],
                  paid([line(1, "homeware", pick=8)], ("card", "4242")), customer=gold),
    ]


def _split(total: int, weights: list[float]) -> list[int]:
    raw = [total * w for w in weights]
    counts = [int(r) for r in raw]
    for index in sorted(range(len(raw)), key=lambda i: raw[i] - counts[i], reverse=True)[: total - sum(counts)]:
        counts[index] += 1
    return counts


def _tenders(rng: random.Random, total: int) -> list[TenderRow]:
    roll = rng.random()
    last4 = f"{rng.randrange(10000):04d}"
    if total < 1000 or roll < 0.62:
        return [("card", total, last4)]
    if roll < 0.80:
        return [("cash", total, None)]
    part = max(1, total * rng.choice((20, 30, 40, 50)) // 100)
    if roll < 0.90:
        return [("card", total - part, last4), ("cash", part, None)]
    if roll < 0.95:
        return [("gift_card", part, f"{rng.randrange(10000):04d}"), ("card", total - part, last4)]
    return [("store_credit", part, None), ("card", total - part, last4)]
