"""The demo chain: deterministic, realistic, and fast enough for a million
receipts.

Two stores of "Harbor & Pine", registers, staff of every role (the contract's
clerk 1001/2468 and manager 9001/1357), a catalogue in departments with
serials and price history, loyalty customers, and N receipts over the past
120 days with split tenders, coupons and buy-one-get-one pairs. The same
seed and day always give the same data.

Receipts are written in bulk: plain DB-API ``executemany`` on SQLite and
``COPY`` on PostgreSQL, never one ORM object at a time.
"""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop import resources
from desktop.models import (
    Chain,
    Customer,
    GiftReceipt,
    PriceChange,
    Product,
    Register,
    Sale,
    SaleLine,
    SaleTender,
    Staff,
    Store,
    SystemSetting,
)
from desktop.policy import ReceiptLine, line_amounts
from desktop.policy.case import Receipt
from desktop.policy.docid import DocumentId, DocumentKind, check_digit
from desktop.services import audit, policies
from desktop.services.auth import hash_pin, remember_pepper
from desktop.services.context import Context
from desktop.services.errors import RequestError

DEMO_CHAIN = "HARBOR"
DEMO_TODAY_KEY = "demo_today"
DAYS_OF_SALES = 120


@dataclass(frozen=True)
class SeedDemo:
    receipts: int = 1000
    seed: int = 7
    today: dt.date | None = None  # default: today in the first store's time zone
    history: bool = True  # a few weeks of returns made through the service, for the reports


@dataclass(frozen=True)
class DemoStaff:
    code: str
    pin: str
    role: str
    name: str
    store: str


STORES = (
    ("0001", "Harbor & Pine, Main Street", "America/New_York", "12 Main Street, Springfield", "main-street.toml",
     ("01", "02", "03", "04")),
    ("0002", "Harbor & Pine, Riverside Mall", "America/Chicago", "Riverside Mall, Unit 14, Chicago",
     "riverside-mall.toml", ("01", "02", "03")),
)
STAFF = (
    DemoStaff("1001", "2468", "clerk", "Alex Rivera", "0001"),
    DemoStaff("1002", "1122", "clerk", "Sam Okafor", "0001"),
    DemoStaff("2001", "2233", "clerk", "Priya Nair", "0002"),
    DemoStaff("9001", "1357", "manager", "Morgan Lee", "0001"),
    DemoStaff("9002", "9753", "manager", "Jordan Kim", "0002"),
    DemoStaff("9901", "8642", "admin", "Casey Admin", "0001"),
)

# department -> (share of lines, price range in dollars, tax rate, words)
DEPARTMENTS = {
    "electronics": (0.14, (19, 1299), "0.08875", ["TV", "Headphones", "Tablet", "Speaker", "Camera", "Laptop",
                                                  "Smartwatch", "Monitor", "Router", "Console"]),
    "appliances": (0.04, (49, 899), "0.08875", ["Blender", "Toaster", "Microwave", "Vacuum", "Air Fryer",
                                               "Coffee Maker", "Kettle", "Dehumidifier"]),
    "apparel": (0.30, (9, 189), "0.08875", ["T-Shirt", "Jeans", "Jacket", "Sweater", "Dress", "Sneakers",
                                           "Hoodie", "Scarf", "Boots", "Shorts"]),
    "homeware": (0.22, (4, 249), "0.08875", ["Towel Set", "Lamp", "Pillow", "Frame", "Rug", "Candle", "Mug Set",
                                        "Curtains", "Clock", "Vase"]),
    "toys": (0.10, (5, 129), "0.08875", ["Puzzle", "Building Set", "Doll", "Board Game", "Plush Bear",
                                        "RC Car", "Art Kit"]),
    "grocery": (0.12, (1, 29), "0", ["Coffee Beans", "Olive Oil", "Tea", "Chocolate", "Honey", "Pasta",
                                     "Granola"]),
    "clearance": (0.08, (2, 99), "0.08875", ["Last-Season Jacket", "Floor-Model Lamp", "Mixed Mug",
                                            "Discontinued Speaker", "Sample Rug"]),
}
ADJECTIVES = ["Classic", "Premium", "Compact", "Deluxe", "Everyday", "Pro", "Eco", "Vintage", "Smart", "Soft",
              "Bold", "Nordic", "Urban", "Coastal", "Essential"]
SERIAL_CATEGORIES = {"electronics", "appliances"}
FIRST_NAMES = ["Maria", "James", "Linh", "Jose", "Aiko", "Tomas", "Grace", "Ravi", "Ana", "Mateo", "Chloe",
               "Kwame", "Ieva", "Noah", "Lakshmi", "Emma", "Minh", "Paolo", "Sofia", "Daniel"]
LAST_NAMES = ["Garcia", "Nguyen", "Smith", "Santos", "Kazlauskas", "Reddy", "Johnson", "Tran", "Cruz", "Brown",
              "Petrauskas", "Rao", "Lee", "Reyes", "Miller", "Pham", "Williams", "Das"]
CUSTOMERS = 5000


# ---- Public API


def seed_demo(cmd: SeedDemo, ctx: Context, progress: Callable[[str], None] | None = None) -> dict:
    """Create the demo chain and its receipts; returns the JSON summary."""
    started = time.perf_counter()
    rng = random.Random(cmd.seed)
    with ctx.uow(write=True) as uow:
        session = uow.session
        if session.scalar(select(Chain.id).where(Chain.code == DEMO_CHAIN)) is not None:
            raise RequestError("this database already holds the demo chain; seed a new database")
        now = ctx.now()
        today = cmd.today or now.astimezone(ZoneInfo(STORES[0][2])).date()
        catalogue = _setup(session, ctx, rng, today, now)
        uow.commit()
    with ctx.db.engine.begin() as connection:
        writer = _BulkWriter(ctx.db.backend, connection)
        starts = writer.starts(catalogue)
        if cmd.receipts >= PARALLEL_FROM:
            samples = _generate_in_second_process(writer, catalogue, cmd.receipts, rng, today, starts, progress)
        else:
            sink = _Rows(ctx.db.backend, writer.write)
            samples = _write_receipts(sink, catalogue, cmd.receipts, rng, today, starts, progress)
            sink.flush()
        writer.finish()
    made = _history_of_returns(ctx, random.Random(cmd.seed + 1), today, {code for _, code, _ in samples},
                               min(cmd.receipts // 25, 200)) if cmd.history else 0
    if progress and made:
        progress(f"{made} returns in the demo's history")
    elapsed = time.perf_counter() - started
    return {
        "chain": "Harbor & Pine",
        "stores": [s[0] for s in STORES],
        "receipts": cmd.receipts,
        "seed": cmd.seed,
        "today": today.isoformat(),
        "sample_receipts": [code for _, code, _ in samples],
        "samples": [{"key": key, "receipt": code, "what": what} for key, code, what in samples],
        "staff": [{"id": s.code, "pin": s.pin, "role": s.role, "name": s.name, "store": s.store} for s in STAFF],
        "clerk": {"id": "1001", "pin": "2468"},
        "manager": {"id": "9001", "pin": "1357"},
        "seconds": round(elapsed, 2),
    }


# ---- A history of returns, so the reports have something to show


def _history_of_returns(ctx: Context, rng: random.Random, today: dt.date, samples: set[str], count: int) -> int:
    """Returns made through the real service, each dated a few days after
    its sale (the scenario receipts are left untouched)."""
    import dataclasses

    from desktop.models import Register, Sale, Staff
    from desktop.services import returns as return_service
    from desktop.services.auth import Actor

    if count <= 0:
        return 0
    with ctx.uow() as uow:
        session = uow.session
        sales = session.execute(select(Sale.doc_id, Sale.store_id, Sale.purchased_at).order_by(Sale.id)
                                .limit(count * 3)).all()
        clerks = {}
        for staff in session.scalars(select(Staff).where(Staff.role == "clerk")):
            register = session.scalars(select(Register).where(Register.store_id == staff.home_store_id)
                                       .order_by(Register.code)).first()
            store = session.get(Store, staff.home_store_id)
            if register is not None and store is not None:
                clerks.setdefault(staff.home_store_id, []).append(
                    Actor(staff.id, staff.code, staff.name, staff.role, store.id, store.code, register.id,
                          register.code))
    made = 0
    reasons = ["changed_mind", "changed_mind", "defective", "wrong_size", "not_as_described", "unwanted_gift"]
    for code, store_id, purchased_at in rng.sample(sales, min(len(sales), count * 2)):
        if made >= count or code in samples or store_id not in clerks:
            continue
        when = purchased_at + dt.timedelta(days=rng.randint(1, 12), hours=rng.randint(0, 5))
        if when.date() >= today:
            continue
        actor = rng.choice(clerks[store_id])
        at_that_time = dataclasses.replace(ctx, clock=lambda moment=when: moment)
        with ctx.uow() as uow:
            found = uow.session.scalars(select(Sale).where(Sale.doc_id == code)).one()
            line = rng.choice(found.lines) if found.lines else None
            if line is None or line.serial or line.final_sale:
                continue
            item = {"line": line.line_no, "qty": 1, "reason": rng.choice(reasons),
                    "condition": rng.choice(["new", "new", "opened", "defective"])}
        request = return_service.parse_request({
            "receipt": code, "items": [item], "refund_to": rng.choice(["original"] * 4 + ["store_credit"]),
            "idempotency_key": f"demo-history-{code}"})
        reply = return_service.process(request, actor, at_that_time)
        made += reply.status == "completed"
    return made


# ---- Chain, stores, staff, catalogue, customers


@dataclass
class _Catalogue:
    stores: list[tuple[int, str, str, ZoneInfo]]  # id, code, name, zone
    registers: dict[str, list[tuple[int, str]]]  # store code -> [(id, code)]
    clerks: dict[str, list[int]]  # store code -> staff ids
    products: list[tuple[int, str, str, str, int, str, bool]]  # id, sku, name, category, price, tax, serial
    by_category: dict[str, list[int]] = field(default_factory=dict)  # category -> product indexes
    customers: list[int] = field(default_factory=list)


def _setup(session: Session, ctx: Context, rng: random.Random, today: dt.date, now: dt.datetime) -> _Catalogue:
    chain = Chain(code=DEMO_CHAIN, name="Harbor & Pine")
    session.add(chain)
    session.flush()
    stores, registers = [], {}
    for code, name, zone, address, policy_file, register_codes in STORES:
        store = Store(chain_id=chain.id, code=code, name=name, timezone=zone, currency="USD", locale="en_US",
                      address=address, phone="(555) 010-" + code)
        session.add(store)
        session.flush()
        stores.append((store.id, code, name, ZoneInfo(zone)))
        registers[code] = []
        for register_code in register_codes:
            register = Register(store_id=store.id, code=register_code, name=f"Counter {int(register_code)}")
            session.add(register)
            session.flush()
            registers[code].append((register.id, register_code))
        policies.install(session, store, resources.path("policies", policy_file), "demo seed", now)
    store_ids = {code: store_id for store_id, code, _, _ in stores}
    clerks: dict[str, list[int]] = {code: [] for code in store_ids}
    remember_pepper(session, ctx.pepper)
    # The day the demo's receipts were made for: benchmarks and demos that
    # reuse the database later run their clock at this day.
    session.add(SystemSetting(key=DEMO_TODAY_KEY, value=today.isoformat()))
    for person in STAFF:
        staff = Staff(code=person.code, name=person.name, role=person.role, home_store_id=store_ids[person.store],
                      pin_hash=hash_pin(ctx.pepper, person.pin), created_at=now)
        session.add(staff)
        session.flush()
        if person.role == "clerk":
            clerks[person.store].append(staff.id)
    for store_id, code, _, _ in stores:
        audit.record(session, store_id, "demo.seeded", at=now, entity="store", entity_id=code,
                     payload={"staff": [s.code for s in STAFF if s.store == code]})
    products = _products(session, rng, today)
    customers = _customers(session, rng, chain.id, now)
    catalogue = _Catalogue(stores, registers, clerks, products, customers=customers)
    for index, product in enumerate(products):
        catalogue.by_category.setdefault(product[3], []).append(index)
    return catalogue


def _products(session: Session, rng: random.Random, today: dt.date) -> list[tuple[int, str, str, str, int, str, bool]]:
    rows, prices = [], []
    next_id = (session.scalar(select(func.max(Product.id))) or 0) + 1
    sku_number = 100000
    for category, (share, (low, high), tax, nouns) in DEPARTMENTS.items():
        count = max(8, int(300 * share))
        for _ in range(count):
            sku_number += 1
            name = f"{rng.choice(ADJECTIVES)} {rng.choice(nouns)}"
            dollars = rng.uniform(low, high)
            price = int(round(dollars)) * 100 - rng.choice((1, 1, 5, 51))  # 19.99, 24.95, 18.49
            price = max(price, 99)
            barcode = _ean13(f"0{sku_number:06d}{rng.randrange(100000):05d}"[:12])
            serial = category in SERIAL_CATEGORIES
            rows.append({"id": next_id, "sku": f"SKU{sku_number}", "barcode": barcode, "name": name,
                         "category": category, "serial_tracked": serial, "price_cents": price,
                         "tax_rate": Decimal(tax), "active": True})
            # Price history: the launch price, then markdowns and a return to
            # full price; the lowest of the look-back values no-receipt returns.
            start = today - dt.timedelta(days=200)
            history = [(start, price)]
            for _ in range(rng.randrange(0, 4)):
                day = start + dt.timedelta(days=rng.randrange(1, 200))
                history.append((day, max(99, price - rng.choice((500, 1000, price // 5, price // 4)))))
            history.sort()
            last = history[-1][0] + dt.timedelta(days=1)
            if history[-1][1] != price and last <= today:
                history.append((last, price))
            for day, value in history:
                prices.append({"product_id": next_id, "valid_from": day, "price_cents": value})
            next_id += 1
    session.execute(insert(Product), rows)
    session.execute(insert(PriceChange), prices)
    return [(r["id"], r["sku"], r["name"], r["category"], r["price_cents"], str(r["tax_rate"]), r["serial_tracked"])
            for r in rows]


def _customers(session: Session, rng: random.Random, chain_id: int, now: dt.datetime) -> list[int]:
    rows = []
    next_id = (session.scalar(select(func.max(Customer.id))) or 0) + 1
    for number in range(1, CUSTOMERS + 1):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        tier = rng.choices([None, "silver", "gold", "platinum"], weights=(60, 25, 12, 3))[0]
        if number == 42:
            first, last, tier = "Dana", "Whitfield", "gold"  # C42, the contract's example customer
        rows.append({"id": next_id, "chain_id": chain_id, "code": f"C{number}", "name": f"{first} {last}",
                     "phone": f"555-{number // 10000:01d}{number % 10000:04d}", "tier": tier,
                     "email": f"{first.lower()}.{last.lower()}{number}@example.com", "created_at": now})
        next_id += 1
    session.execute(insert(Customer), rows)
    return [row["id"] for row in rows]


def _ean13(body12: str) -> str:
    return body12 + str(check_digit(body12))


# ---- Receipts


class _Pricing:
    """Net and tax per line by the contract's rules: integer arithmetic in
    the common case, the engine's own line_amounts where a discount has to be
    spread over lines."""

    def __init__(self, cat: _Catalogue):
        self.cat = cat
        # round_half_up(net x rate) as integers, for the non-negative amounts of a sale.
        self.tax_ppm = [int(Decimal(p[5]) * 1_000_000) for p in cat.products]

    def amounts(self, lines: list[tuple], order_discount: int) -> list[tuple[int, int]]:
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

    def __init__(self, sink: _Rows, cat: _Catalogue, starts: _Starts):
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

    def emit(self, store: tuple[int, str, str, ZoneInfo], register: tuple[int, str], local: dt.datetime,
             customer: int | None, clerk: int, lines: list[tuple], order_discount: int,
             tenders: list[tuple[str, int, str | None]] | None = None, rng: random.Random | None = None,
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


def _write_receipts(sink: _Rows, cat: _Catalogue, count: int, rng: random.Random, today: dt.date,
                    starts: _Starts, progress: Callable[[str], None] | None) -> list[tuple[str, str, str]]:
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

    def __init__(self, rng: random.Random, cat: _Catalogue):
        self.rng = rng
        self.cat = cat
        self.categories = list(DEPARTMENTS)
        self.category_weights = list(itertools.accumulate(DEPARTMENTS[c][0] for c in self.categories))
        self.by_category = [cat.by_category[c] for c in self.categories]
        self.apparel = cat.by_category["apparel"]

    def lines(self) -> list[tuple]:
        rng, products = self.rng, self.cat.products
        n = rng.choices(self.LINE_COUNTS, cum_weights=self.LINE_WEIGHTS)[0]
        lines = []
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
    lines: list[tuple]
    tenders: list[tuple[str, int, str | None]]
    customer: int | None = None
    order_discount: int = 0
    hour: int = 14
    gift: bool = False


def _scenarios(cat: _Catalogue, today: dt.date) -> list[_Scenario]:
    """Receipts every demo needs, the same whatever the seed: each shows one
    rule of the policy at the counter."""

    amounts = _Pricing(cat).amounts

    def line(number: int, category: str, qty: int = 1, discount: int = 0, promo: str | None = None,
             pick: int = 0) -> tuple:
        index = cat.by_category[category][pick]
        _, sku, _, _, price, _, serial = cat.products[index]
        return (number, index, qty, price, discount, promo, f"SN{number}{sku[3:]}" if serial else None)

    def paid(lines: list[tuple], *split: tuple[str, str | None], order_discount: int = 0,
             cash_part: int = 0) -> list[tuple[str, int, str | None]]:
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
    cash_big = [line(1, "electronics", pick=2), line(2, "homeware", pick=6)]
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


def _tenders(rng: random.Random, total: int) -> list[tuple[str, int, str | None]]:
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


# ---- Bulk writing

# From this many receipts on, a second process generates the rows while this
# one writes them: generation and writing each take about half the time, and
# the machine has more than one core.
PARALLEL_FROM = 50_000


@dataclass(frozen=True)
class _Starts:
    """Where numbering continues: next primary keys and document sequences."""

    ids: tuple[int, int, int, int]  # sale, sale line, tender, gift receipt
    sequences: dict[tuple[DocumentKind, str, str], int]


class _Rows:
    """Rows of the four sale tables, buffered until a batch is full; values
    already in the form the backend's columns store."""

    BATCH = 60_000  # lines per batch

    def __init__(self, backend: str, deliver: Callable[[list[tuple[str, list[tuple]]]], None]):
        self.backend = backend
        self.deliver = deliver
        self.sales: list[tuple] = []
        self.lines: list[tuple] = []
        self.tenders: list[tuple] = []
        self.gifts: list[tuple] = []

    def timestamp(self, local: dt.datetime) -> object:
        """SQLAlchemy keeps naive UTC text on SQLite; COPY takes an aware
        value on PostgreSQL."""
        utc = local.astimezone(dt.UTC)
        return utc.replace(tzinfo=None).isoformat(" ", "microseconds") if self.backend == "sqlite" else utc

    def day(self, day: dt.date) -> object:
        return day.isoformat() if self.backend == "sqlite" else day

    def flush(self) -> None:
        batch = [(table, rows) for table, rows in (("sales", self.sales), ("sale_lines", self.lines),
                                                   ("sale_tenders", self.tenders), ("gift_receipts", self.gifts))
                 if rows]
        self.sales, self.lines, self.tenders, self.gifts = [], [], [], []
        if batch:
            self.deliver(batch)


def _generate_in_second_process(writer: _BulkWriter, cat: _Catalogue, count: int, rng: random.Random,
                                today: dt.date, starts: _Starts,
                                progress: Callable[[str], None] | None) -> list[tuple[str, str, str]]:
    spawn = multiprocessing.get_context("spawn")
    receiver, sender = spawn.Pipe(duplex=False)
    child = spawn.Process(target=_generator, args=(sender, writer.backend, cat, count, rng.getstate(), today, starts),
                          name="demo-seed-generator", daemon=True)
    child.start()
    sender.close()
    try:
        while True:
            kind, value = receiver.recv()
            if kind == "batch":
                writer.write(value)
            elif kind == "progress" and progress:
                progress(value)
            elif kind == "done":
                return value
            elif kind == "error":
                raise RuntimeError(f"the demo generator failed: {value}")
    except EOFError:
        raise RuntimeError("the demo generator stopped unexpectedly") from None
    finally:
        child.join(timeout=30)


def _generator(sender, backend: str, cat: _Catalogue, count: int, state: object, today: dt.date,  # type: ignore[no-untyped-def]
               starts: _Starts) -> None:
    """The second process: the same receipts, sent through a pipe in batches."""
    try:
        rng = random.Random()
        rng.setstate(state)  # type: ignore[arg-type]
        sink = _Rows(backend, lambda batch: sender.send(("batch", batch)))
        samples = _write_receipts(sink, cat, count, rng, today, starts,
                                  lambda text: sender.send(("progress", text)))
        sink.flush()
        sender.send(("done", samples))
    except BaseException as error:  # noqa: BLE001 - reported to the parent
        sender.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        sender.close()


class _BulkWriter:
    """Writes row batches: plain executemany on SQLite, COPY on PostgreSQL."""

    COLUMNS = {
        "sales": ("id", "doc_id", "store_id", "register_id", "purchased_at", "local_date", "customer_id", "staff_id",
                  "currency", "order_discount_cents", "total_cents"),
        "sale_lines": ("id", "sale_id", "store_id", "line_no", "product_id", "sku", "description", "category", "qty",
                       "unit_price_cents", "discount_cents", "promo_group", "tax_rate", "tax_cents", "serial",
                       "final_sale", "returned_qty"),
        "sale_tenders": ("id", "sale_id", "store_id", "position", "type", "amount_cents", "last4", "refunded_cents"),
        "gift_receipts": ("id", "doc_id", "sale_id", "store_id", "created_at"),
    }

    def __init__(self, backend: str, connection) -> None:  # type: ignore[no-untyped-def]
        self.backend = backend
        self.connection = connection

    def starts(self, cat: _Catalogue) -> _Starts:
        def after(model) -> int:  # type: ignore[no-untyped-def]
            return (self.connection.scalar(select(func.max(model.id))) or 0) + 1

        sequences = {}
        for _, store_code, _, _ in cat.stores:
            for _, register_code in cat.registers[store_code]:
                for kind, table in ((DocumentKind.SALE, Sale), (DocumentKind.GIFT_RECEIPT, GiftReceipt)):
                    prefix = f"{int(kind)}{store_code}{register_code}"
                    highest = self.connection.scalar(
                        select(func.max(table.doc_id)).where(table.doc_id.like(prefix + "%")))
                    sequences[(kind, store_code, register_code)] = int(highest[7:15]) + 1 if highest else 1
        return _Starts((after(Sale), after(SaleLine), after(SaleTender), after(GiftReceipt)), sequences)

    def write(self, batch: list[tuple[str, list[tuple]]]) -> None:
        for table, rows in batch:
            columns = self.COLUMNS[table]
            if self.backend == "sqlite":
                marks = ", ".join("?" * len(columns))
                self.connection.exec_driver_sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
                continue
            cursor = self.connection.connection.driver_connection.cursor()
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)

    def finish(self) -> None:
        if self.backend == "postgresql":
            from desktop.models import Base

            for table in Base.metadata.sorted_tables:
                if "id" not in table.c or not table.c.id.primary_key:
                    continue
                # The seed wrote the IDs itself: move each id sequence past them,
                # or the next row the program inserts collides with one.
                self.connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"(SELECT COALESCE(max(id), 0) + 1 FROM {table.name}), false)")
            for table in self.COLUMNS:
                self.connection.exec_driver_sql(f"ANALYZE {table}")
