"""Large POS exports for the import benchmark and the restart test: POSLog
or JSON Lines files of N sales, written as a till writes them (pieces and
weighed goods, line and transaction discounts, tax per line, a card with
cash back or cash with change), each sale reconciling to the cent.

    python -m bench.pos_export poslog 1000000 out.xml [--day YYYY-MM-DD]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ARTS = "http://www.nrf-arts.org/IXRetail/namespace/"


@dataclass(frozen=True)
class ExportSale:
    sequence: int
    day: str
    lines: tuple[tuple[str, str, str, int, int, int, bool], ...]  # sku, description, qty, gross, discount, tax, weighed
    order_discount: int
    card: bool
    cash_back: int
    change: int

    @property
    def total(self) -> int:
        return sum(g - d + t for _, _, _, g, d, t, _ in self.lines) - self.order_discount


def sales(count: int, day: str, seed: int = 11, store: str = "1") -> Iterator[ExportSale]:
    rng = random.Random(seed)
    for sequence in range(1, count + 1):
        lines = []
        for _index in range(rng.randint(1, 4)):
            weighed = rng.random() < 0.2
            price = rng.randint(99, 9999)
            if weighed:
                grams = rng.randint(100, 3000)
                qty = f"{grams / 1000:.3f}"
                gross = (price * grams + 500) // 1000
            else:
                units = rng.randint(1, 3)
                qty, gross = str(units), price * units
            discount = gross // 10 if rng.random() < 0.3 else 0
            tax = ((gross - discount) * 825 + 5000) // 10000
            lines.append((f"SKU{rng.randint(100, 999)}", "Item", qty, gross, discount, tax, weighed))
        goods = sum(g - d for _, _, _, g, d, _, _ in lines)
        order = goods // 20 if rng.random() < 0.2 else 0
        card = rng.random() < 0.6
        yield ExportSale(sequence, day, tuple(lines), order, card, 2000 if card and rng.random() < 0.1 else 0,
                         rng.randint(0, 999) if not card else 0)


def money(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def poslog_transaction(sale: ExportSale, store: str = "1", register: str = "3") -> str:
    parts = [f"<Transaction><RetailStoreID>{store}</RetailStoreID><WorkstationID>{register}</WorkstationID>"
             f"<SequenceNumber>{sale.sequence}</SequenceNumber><BusinessDayDate>{sale.day}</BusinessDayDate>"
             f"<EndDateTime>{sale.day}T12:00:00</EndDateTime><CurrencyCode>USD</CurrencyCode>"
             '<RetailTransaction TransactionStatus="Finished">']
    seq = 0
    for sku, description, qty, gross, discount, tax, weighed in sale.lines:
        seq += 1
        quantity = (f'<Quantity UnitOfMeasureCode="KGM" Units="{qty}">1</Quantity>' if weighed
                    else f"<Quantity>{qty}</Quantity>")
        parts.append(f'<LineItem VoidFlag="false"><SequenceNumber>{seq}</SequenceNumber><Sale ItemType="Stock">'
                     f"<ItemID>{sku}</ItemID><Description>{description}</Description>"
                     f"<ExtendedAmount>{money(gross)}</ExtendedAmount>{quantity}"
                     + (f"<DiscountAmount>{money(discount)}</DiscountAmount>" if discount else "")
                     + f"<Tax><TaxAuthority>STATE</TaxAuthority><Amount>{money(tax)}</Amount><Percent>8.25</Percent>"
                     "</Tax></Sale></LineItem>")
    if sale.order_discount:
        seq += 1
        parts.append(f"<LineItem><SequenceNumber>{seq}</SequenceNumber><Discount><Amount>"
                     f"{money(sale.order_discount)}</Amount></Discount></LineItem>")
    seq += 1
    if sale.card:
        parts.append(f'<LineItem><SequenceNumber>{seq}</SequenceNumber><Tender TenderType="CreditDebit">'
                     f"<Amount>{money(sale.total + sale.cash_back)}</Amount>"
                     + (f"<CashBackAmount>{money(sale.cash_back)}</CashBackAmount>" if sale.cash_back else "")
                     + "<CreditDebit><PrimaryAccountNumber>************4242</PrimaryAccountNumber></CreditDebit>"
                     "</Tender></LineItem>")
    else:
        parts.append(f'<LineItem><SequenceNumber>{seq}</SequenceNumber><Tender TenderType="Cash">'
                     f"<Amount>{money(sale.total + sale.change)}</Amount><TenderChange><Amount>"
                     f"{money(sale.change)}</Amount></TenderChange></Tender></LineItem>")
    parts.append(f'<Total TotalType="TransactionGrandAmount">{money(sale.total)}</Total></RetailTransaction>'
                 "</Transaction>\n")
    return "".join(parts)


def jsonl_sale(sale: ExportSale, store: str = "1", register: str = "3") -> str:
    return json.dumps({
        "pos_ref": {"store": store, "register": register, "transaction": str(sale.sequence),
                    "business_day": sale.day},
        "purchased_at": f"{sale.day}T12:00:00",
        "lines": [{"line": str(n), "sku": sku, "qty": qty, **({"unit": "kg"} if weighed else {}),
                   "gross": money(gross), "discount": money(discount),
                   "tax": [{"authority": "STATE", "amount": money(tax)}]}
                  for n, (sku, _, qty, gross, discount, tax, weighed) in enumerate(sale.lines, start=1)],
        "discounts": [{"amount": money(sale.order_discount)}] if sale.order_discount else [],
        "tenders": [{"type": "card", "amount": money(sale.total + sale.cash_back), "cashback": money(sale.cash_back),
                     "last4": "4242"}] if sale.card else
                   [{"type": "cash", "amount": money(sale.total + sale.change), "change": money(sale.change)}],
        "total": money(sale.total)}) + "\n"


def write(kind: str, count: int, path: Path, day: str, seed: int = 11) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        if kind == "poslog":
            handle.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<POSLog xmlns="{ARTS}">\n')
        for sale in sales(count, day, seed):
            handle.write(poslog_transaction(sale) if kind == "poslog" else jsonl_sale(sale))
        if kind == "poslog":
            handle.write("</POSLog>\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("kind", choices=["poslog", "jsonl"])
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--day", default=(dt.date.today() - dt.timedelta(days=1)).isoformat())
    args = parser.parse_args()
    write(args.kind, args.count, args.out, args.day)


if __name__ == "__main__":
    main()
