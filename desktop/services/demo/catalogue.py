"""The demo chain's fixed parts: two stores with their registers and
policies, staff of every role, a catalogue in departments with serials and
price history, and loyalty customers."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop import resources
from desktop.models import Chain, Customer, PriceChange, Product, Register, Staff, Store, SystemSetting
from desktop.policy.docid import check_digit
from desktop.services import audit, policies
from desktop.services.auth import hash_pin, remember_pepper
from desktop.services.context import Context

DEMO_CHAIN = "HARBOR"
DEMO_TODAY_KEY = "demo_today"

# Rows as the hot loop of the seed passes them around: plain tuples.
StoreRow = tuple[int, str, str, ZoneInfo]  # id, code, name, zone
RegisterRow = tuple[int, str]  # id, code
ProductRow = tuple[int, str, str, str, int, str, bool]  # id, sku, name, category, price, tax rate, serial tracked


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




@dataclass
class Catalogue:
    stores: list[StoreRow]
    registers: dict[str, list[RegisterRow]]  # store code -> its registers
    clerks: dict[str, list[int]]  # store code -> staff ids
    products: list[ProductRow]
    by_category: dict[str, list[int]] = field(default_factory=dict)  # category -> product indexes
    customers: list[int] = field(default_factory=list)


def setup(session: Session, ctx: Context, rng: random.Random, today: dt.date, now: dt.datetime) -> Catalogue:
    chain = Chain(code=DEMO_CHAIN, name="Harbor & Pine")
    session.add(chain)
    session.flush()
    stores: list[StoreRow] = []
    registers: dict[str, list[RegisterRow]] = {}
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
    catalogue = Catalogue(stores, registers, clerks, products, customers=customers)
    for index, product in enumerate(products):
        catalogue.by_category.setdefault(product[3], []).append(index)
    return catalogue


def _products(session: Session, rng: random.Random, today: dt.date) -> list[ProductRow]:
    rows: list[dict[str, Any]] = []
    prices: list[dict[str, Any]] = []
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
    rows: list[dict[str, Any]] = []
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
