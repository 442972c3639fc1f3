"""Sales from a store's own POS, imported into a real SQLite file and a real
PostgreSQL database, then returned at the counter's service: every sale
reconciles to the cent, every bad record is rejected with its reason, and
nothing is ever imported half or twice."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.config import PosConfig
from desktop.models import AuditEntry, PosVoid, Sale, SaleTender
from desktop.services import auth, returns
from desktop.services.context import Context
from desktop.services.errors import RequestError
from desktop.services.imports import InputUnreadable, import_sales
from desktop.services.imports.raw import PosRef
from desktop.services.receipts import find_sale, find_sale_code, receipt_json
from tests.conftest import TODAY
from tests.imports.poslog import discount, poslog, retail, sale, tax_total, tender, transaction

DAY = (TODAY - dt.timedelta(days=2)).isoformat()
WHEN = f"{DAY}T10:35:12"
PAN = "4111111111111111"  # a test Visa number: never stored, never logged


def tx(*items: str, grand: str, sequence: str = "114", **kwargs: str) -> str:
    return transaction(retail(*items, grand=grand), sequence=sequence, day=DAY, when=WHEN, **kwargs)


def run(ctx: Context, tmp_path: Path, content: str, name: str = "export.xml", fmt: str | None = None,
        config: PosConfig | None = None):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return import_sales(ctx, [path], config or PosConfig(), fmt=fmt)


def imported(ctx: Context, ref: str) -> dict:
    with ctx.uow() as uow:
        return receipt_json(find_sale(uow.session, find_sale_code(uow.session, PosRef.parse(ref))))


def return_all(ctx: Context, ref: str, key: str, parts: int = 1) -> list[dict]:
    """Every line back, each in ``parts`` returns; the replies."""
    actor = auth.sign_in(auth.SignIn("1001", "2468"), ctx)
    receipt = imported(ctx, ref)
    replies = []
    for part in range(parts):
        items = []
        for line in receipt["lines"]:
            sold = Decimal(str(line["qty"]))
            share = sold / parts if line.get("unit") else Decimal(int(sold) // parts + (1 if part < int(sold) % parts
                                                                                       else 0))
            if part == parts - 1 and line.get("unit"):
                share = sold - (sold / parts).quantize(Decimal("0.001")) * (parts - 1)
            elif line.get("unit"):
                share = share.quantize(Decimal("0.001"))
            if share > 0:
                items.append({"line": line["line"], "qty": str(share) if line.get("unit") else int(share),
                              "condition": "new", "reason": "changed_mind"})
        if items:
            reply = returns.process(returns.parse_request({"receipt": receipt["receipt_id"], "items": items,
                                                           "idempotency_key": f"{key}-{part}"}), actor, ctx)
            assert reply.status == "completed", reply.body["decision"]
            replies.append(reply.body)
    return replies


def cents(amount: str) -> int:
    return int(Decimal(amount) * 100)


# ---- POSLog: every element of money


MESSY = tx(
    sale(1, "APPLES", "2.99", qty="1.47", extended="4.40", uom="LBR", description="Gala apples"),
    sale(2, "TV55", "499.99", tax="41.25", description="TV 55 inch",
         inner="<SerialNumber>SN-1</SerialNumber><DiscountAmount>20.00</DiscountAmount>"),
    sale(3, "CABLE", "9.99", void=True),  # voided on the till
    sale(4, "MUG", "5.00", regular="6.00", tax="0.33",  # modifier already in the price (ARTS)
         inner='<RetailPriceModifier><Amount Action="Subtract">1.00</Amount><PromotionID>MUG1</PromotionID>'
               "</RetailPriceModifier>"),
    sale(5, "SOCKS", "4.00", qty="3", extended="12.00", tax="0.16", authority="CITY", percent="2"),
    sale(6, "SOCKS", "4.00", qty="-1", extended="-4.00"),  # a negative entry voiding one pair
    sale(7, "BAG", "0.50", tax="0.00", inner="<DiscountAmount>0.50</DiscountAmount>"),  # free
    discount(8, "10.00", "ORDER10", lines=(2, 4)),
    '<LineItem><SequenceNumber>9</SequenceNumber><LoyaltyReward><PromotionID>LOY</PromotionID>'
    "<RewardType>Discount</RewardType><Amount>2.00</Amount><RewardBasis><ItemID>SOCKS</ItemID></RewardBasis>"
    "</LoyaltyReward></LineItem>",
    '<LineItem><SequenceNumber>10</SequenceNumber><LoyaltyReward><RewardType>Points</RewardType>'
    "<PointsAwarded>48</PointsAwarded></LoyaltyReward></LineItem>",
    '<LineItem><SequenceNumber>11</SequenceNumber><acs:ReceiptMessage>Thank you</acs:ReceiptMessage></LineItem>',
    tax_total(12, "41.58", "STATE"), tax_total(13, "0.16", "CITY"),
    tender(14, "Coupon", "3.00"),  # a coupon taken as payment: money off
    tender(15, "CreditDebit", "480.00", pan=PAN, brand="Visa", cashback="40.00"),
    tender(16, "Cash", "90.00", change="5.87"),
    grand="527.13",  # goods and tax 524.13, and the coupon the customer "paid" with
)


def test_a_messy_poslog_transaction_imports_reconciled(ctx: Context, tmp_path: Path) -> None:
    summary = run(ctx, tmp_path, poslog(MESSY, transaction(
        "<ControlTransaction><OperatorSignOn/></ControlTransaction>", sequence="115", day=DAY, when=WHEN),
        transaction("<TenderControlTransaction><TillSettle/></TenderControlTransaction>", sequence="116", day=DAY,
                    when=WHEN),
        tx(sale(1, "X", "1.00"), tender(2, "Cash", "1.00"), grand="1.00", sequence="117",
           attrs=' TrainingModeFlag="true"')))
    assert summary.to_json() | {"files": None} == {"read": 4, "imported": 1, "duplicates": 0, "skipped": 3,
                                                   "rejected": 0, "rejects_file": None, "voided": 0, "files": None}
    receipt = imported(ctx, f"1/31/114/{DAY}")
    lines = {line["sku"]: line for line in receipt["lines"]}
    assert set(lines) == {"APPLES", "TV55", "MUG", "SOCKS", "BAG"}  # the voided cable is not returnable
    assert lines["APPLES"]["qty"] == "1.47" and lines["APPLES"]["unit"] == "lb"
    assert lines["SOCKS"]["qty"] == 2 and lines["SOCKS"]["gross"] == "8.00"  # 3 pairs rung, 1 voided
    assert lines["TV55"]["serial"] == "SN-1"
    # Goods 4.40 + 499.99 + 5.00 + 8.00 + 0.50 = 517.89; discounts: 20.00 + 0.50 on their lines, 10.00 over
    # TV and mug, 2.00 loyalty on the socks, 3.00 coupon over everything; the mug's modifier is in its price.
    net = sum(cents(line["gross"]) - cents(line["discount"]) for line in receipt["lines"])
    tax = sum(cents(line["tax"]) for line in receipt["lines"])
    assert net == 51789 - 2000 - 50 - 1000 - 200 - 300 and tax == 4158 + 16
    assert receipt["total"] == "524.13" and net + tax == 52413
    assert lines["BAG"]["discount"] == "0.50"
    # The card pays what the goods cost, not the cash it gave back; the cash is net of its change.
    assert receipt["tenders"] == [{"type": "card", "amount": "440.00", "last4": "1111"},
                                  {"type": "cash", "amount": "84.13"}]
    with ctx.uow() as uow:
        row = uow.session.scalars(select(Sale).where(Sale.pos_ref == f"1/31/114/{DAY}")).one()
        assert row.points_earned == 48 and row.source == "poslog" and row.customer_id is None
        assert {t["authority"]: t["amount"] for t in row.tax_detail} == {"STATE": 4158, "CITY": 16}
        brand = uow.session.scalar(select(SaleTender.brand).where(SaleTender.sale_id == row.id,
                                                                  SaleTender.type == "card"))
        assert brand == "Visa"


def test_returning_everything_refunds_the_grand_total_to_its_tenders(ctx: Context, tmp_path: Path) -> None:
    run(ctx, tmp_path, poslog(MESSY))
    [reply] = return_all(ctx, f"1/31/114/{DAY}", "all")
    assert reply["refund_total"] == "524.13"  # the coupon was never the customer's money
    assert reply["tenders"] == [{"type": "card", "last4": "1111", "amount": "440.00"},
                                {"type": "cash", "amount": "84.13"}]


def test_partial_returns_of_a_weighed_line_add_up(ctx: Context, tmp_path: Path) -> None:
    run(ctx, tmp_path, poslog(tx(sale(1, "APPLES", "2.99", qty="1.47", extended="4.40", uom="LBR"),
                                 tender(2, "Cash", "4.40"), grand="4.40")))
    replies = return_all(ctx, f"1/31/114/{DAY}", "apples", parts=3)
    assert [r["decision"]["lines"][0]["qty"] for r in replies] == ["0.49", "0.49", "0.49"]
    assert sum(cents(r["refund_total"]) for r in replies) == 440
    left = imported(ctx, f"1/31/114/{DAY}")["lines"][0]
    assert left["returned_qty"] == "1.47"
    actor = auth.sign_in(auth.SignIn("1001", "2468"), ctx)
    more = returns.process(returns.parse_request({"receipt": imported(ctx, f"1/31/114/{DAY}")["receipt_id"],
                                                  "items": [{"line": 1, "qty": "0.01"}],
                                                  "idempotency_key": "too-much"}), actor, ctx)
    assert more.status == "denied"


def test_a_piece_line_comes_back_whole(ctx: Context, tmp_path: Path) -> None:
    run(ctx, tmp_path, poslog(tx(sale(1, "MUG", "5.00"), tender(2, "Cash", "5.00"), grand="5.00")))
    actor = auth.sign_in(auth.SignIn("1001", "2468"), ctx)
    with pytest.raises(RequestError, match="sold by the piece"):
        returns.process(returns.parse_request({"receipt": imported(ctx, f"1/31/114/{DAY}")["receipt_id"],
                                               "items": [{"line": 1, "qty": "0.5"}], "idempotency_key": "half"}),
                        actor, ctx)


# ---- Discounts reported twice


def test_a_discount_summarized_and_allocated_line_by_line_counts_once(ctx: Context, tmp_path: Path) -> None:
    by_line = '<RetailPriceModifier><Amount Action="Subtract">{}</Amount><PromotionID>FALL</PromotionID>' \
              "</RetailPriceModifier>"
    summary = run(ctx, tmp_path, poslog(
        # Extended amounts at the regular price, the modifiers beside them, and the same promotion summarized.
        tx(sale(1, "A", "20.00", regular="20.00", inner=by_line.format("2.00")),
           sale(2, "B", "30.00", regular="30.00", inner=by_line.format("3.00")),
           discount(3, "5.00", "FALL"), tender(4, "Cash", "45.00"), grand="45.00"),
        # NCR: a reward written once summarized for the transaction, once in detail for its item.
        tx(sale(1, "A", "20.00"), sale(2, "B", "30.00"),
           '<LineItem><SequenceNumber>3</SequenceNumber><LoyaltyReward acs:summarizedActivity="true">'
           "<RewardType>Discount</RewardType><Amount>4.00</Amount></LoyaltyReward></LineItem>",
           '<LineItem><SequenceNumber>4</SequenceNumber><LoyaltyReward acs:detailedData="true">'
           "<RewardType>Discount</RewardType><Amount>4.00</Amount><RewardBasis><ItemID>B</ItemID></RewardBasis>"
           "</LoyaltyReward></LineItem>",
           tender(5, "Cash", "46.00"), grand="46.00", sequence="115")))
    assert summary.counts.imported == 2 and summary.counts.rejected == 0
    first = imported(ctx, f"1/31/114/{DAY}")
    assert [line["discount"] for line in first["lines"]] == ["2.00", "3.00"]
    second = imported(ctx, f"1/31/115/{DAY}")
    assert [line["discount"] for line in second["lines"]] == ["0.00", "4.00"]


def test_tax_is_apportioned_to_the_cent_whatever_the_pos_rounded(ctx: Context, tmp_path: Path) -> None:
    """Three lines at 0.33 taxed 8.25 % as one amount: 0.08 for the whole, not 3 x 0.03."""
    run(ctx, tmp_path, poslog(tx(sale(1, "A", "0.33"), sale(2, "B", "0.33"), sale(3, "C", "0.34"),
                                 tax_total(4, "0.08", taxable="1.00"), tender(5, "Cash", "1.08"), grand="1.08")))
    lines = imported(ctx, f"1/31/114/{DAY}")["lines"]
    assert sum(cents(line["tax"]) for line in lines) == 8
    [reply] = return_all(ctx, f"1/31/114/{DAY}", "tax")
    assert reply["refund_total"] == "1.08"


# ---- Bad records: rejected with the reason, the rest imported


def test_bad_records_are_rejected_with_their_reason_and_the_rest_imported(ctx: Context, tmp_path: Path) -> None:
    good = tx(sale(1, "A", "10.00"), tender(2, "Cash", "10.00"), grand="10.00", sequence="1")
    unbalanced = tx(sale(1, "A", "10.00"), tender(2, "Cash", "9.99"), grand="10.00", sequence="2")
    unknown_tender = tx(sale(1, "A", "10.00"), tender(2, "Check", "10.00"), grand="10.00", sequence="3")
    other_store = transaction(retail(sale(1, "A", "10.00"), tender(2, "Cash", "10.00"), grand="10.00"),
                              store="77", sequence="4", day=DAY, when=WHEN)
    no_item = tx('<LineItem><SequenceNumber>1</SequenceNumber><Sale><ExtendedAmount>1</ExtendedAmount></Sale>'
                 "</LineItem>", tender(2, "Cash", "1.00"), grand="1.00", sequence="5")
    summary = run(ctx, tmp_path, poslog(good, unbalanced, unknown_tender, other_store, no_item))
    assert (summary.counts.imported, summary.counts.rejected) == (1, 4)
    rejects = [json.loads(line) for line in summary.rejects_file.read_text().splitlines()]
    assert [r["position"] for r in rejects] == [2, 3, 4, 5]
    assert rejects[0]["pos_ref"] == f"1/31/2/{DAY}" and rejects[0]["file"] == "export.xml"
    assert "does not reconcile" in rejects[0]["reason"] and "9.99" in rejects[0]["reason"]
    assert "'Check' is not mapped" in rejects[1]["reason"]
    assert "'77' is not a ReturnDesk store" in rejects[2]["reason"]
    assert "no ItemID" in rejects[3]["reason"]
    # A tender table that maps checks makes the same record good.
    again = run(ctx, tmp_path, poslog(unknown_tender), name="again.xml",
                config=PosConfig(tenders={**PosConfig().tenders, "check": "cash"}))
    assert again.counts.imported == 1


def test_a_full_card_number_is_never_stored_nor_logged(ctx: Context, tmp_path: Path, seeded_url: str) -> None:
    noted = tx(sale(1, "A", "10.00", description=f"note {PAN}"), tender(2, "CreditDebit", "10.00", pan=PAN),
               grand="10.00", sequence="1")
    refused = tx(sale(1, "A", "10.00"), tender(2, "CreditDebit", "10.00", pan=PAN), grand="11.00", sequence="2")
    summary = run(ctx, tmp_path, poslog(noted, refused))
    assert summary.counts.imported == 1 and summary.counts.rejected == 1
    receipt = imported(ctx, f"1/31/1/{DAY}")
    assert receipt["tenders"][0]["last4"] == "1111" and PAN not in json.dumps(receipt)
    assert PAN not in summary.rejects_file.read_text()
    with ctx.uow() as uow:
        for table in ("sales", "sale_lines", "sale_tenders", "audit_log", "customers"):
            for row in uow.session.execute(text(f"SELECT * FROM {table}")):
                assert PAN not in " ".join(str(value) for value in row), table


def test_the_same_reference_again_is_a_duplicate_or_a_conflict(ctx: Context, tmp_path: Path) -> None:
    first = tx(sale(1, "A", "10.00"), tender(2, "Cash", "10.00"), grand="10.00")
    assert run(ctx, tmp_path, poslog(first)).counts.imported == 1
    again = run(ctx, tmp_path, poslog(first), name="again.xml")
    assert (again.counts.imported, again.counts.duplicates, again.counts.rejected) == (0, 1, 0)
    changed = tx(sale(1, "A", "12.00"), tender(2, "Cash", "12.00"), grand="12.00")
    conflict = run(ctx, tmp_path, poslog(changed), name="changed.xml")
    assert conflict.counts.rejected == 1
    assert "already imported with other content" in conflict.rejects_file.read_text()
    assert imported(ctx, f"1/31/114/{DAY}")["total"] == "10.00"  # never overwritten
    with ctx.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Sale).where(Sale.source == "poslog")) == 1
        assert uow.session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "sales.imported")) == 1


def test_a_post_void_makes_a_sale_not_returnable_whenever_it_arrives(ctx: Context, tmp_path: Path) -> None:
    sold = tx(sale(1, "A", "10.00"), tender(2, "Cash", "10.00"), grand="10.00", sequence="50")
    void = transaction(retail(extra=f'<TransactionLink ReasonCode="PostVoid"><RetailStoreID>1</RetailStoreID>'
                                    f"<WorkstationID>31</WorkstationID><SequenceNumber>50</SequenceNumber>"
                                    f"<BusinessDayDate>{DAY}</BusinessDayDate></TransactionLink>"),
                       sequence="51", day=DAY, when=WHEN)
    assert run(ctx, tmp_path, poslog(sold)).counts.imported == 1
    summary = run(ctx, tmp_path, poslog(void), name="void.xml")
    assert summary.counts.voided == 1
    assert imported(ctx, f"1/31/50/{DAY}").get("voided") is True
    actor = auth.sign_in(auth.SignIn("1001", "2468"), ctx)
    with pytest.raises(RequestError, match="voided on the till"):
        returns.process(returns.parse_request({"receipt": imported(ctx, f"1/31/50/{DAY}")["receipt_id"],
                                               "items": [{"line": 1, "qty": 1}], "idempotency_key": "v"}), actor, ctx)
    # The void first, the sale after: imported, not returnable.
    early_void = void.replace("<SequenceNumber>50</SequenceNumber>", "<SequenceNumber>60</SequenceNumber>")
    run(ctx, tmp_path, poslog(early_void), name="early.xml")
    run(ctx, tmp_path, poslog(sold.replace("<SequenceNumber>50</SequenceNumber>",
                                           "<SequenceNumber>60</SequenceNumber>")), name="late.xml")
    assert imported(ctx, f"1/31/60/{DAY}").get("voided") is True
    # A transaction cancelled as a whole is not imported.
    cancelled = run(ctx, tmp_path, poslog(tx(sale(1, "A", "1.00"), tender(2, "Cash", "1.00"), grand="1.00",
                                             sequence="70", attrs=' CancelFlag="true"')), name="cancel.xml")
    assert (cancelled.counts.imported, cancelled.counts.skipped) == (0, 1)
    with ctx.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(PosVoid)) == 3


# ---- Files that cannot be read at all: nothing written


@pytest.mark.parametrize("content, reason", [
    ("<POSLog><Transaction><RetailStoreID>1</RetailStore", "cut short|not well-formed"),
    ("<POSLog><Transaction></Transaction>", "cut short"),
    ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
     "<POSLog>&lol2;</POSLog>", "DTD or entities"),
    ('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><POSLog>&x;</POSLog>',
     "DTD or entities"),
    ("<Orders></Orders>", "not POSLog"),
    ("hello", "not POSLog, JSON Lines, CSV"),
])
def test_a_file_that_cannot_be_read_writes_nothing(ctx: Context, tmp_path: Path, content: str, reason: str) -> None:
    good = tmp_path / "a-good.xml"
    good.write_text(poslog(tx(sale(1, "A", "1.00"), tender(2, "Cash", "1.00"), grand="1.00")))
    bad = tmp_path / "b-bad.xml"
    bad.write_text(content)
    with pytest.raises(InputUnreadable, match=reason):
        import_sales(ctx, [good, bad], PosConfig())
    with ctx.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Sale).where(Sale.source == "poslog")) == 0


def test_a_huge_single_element_is_refused(ctx: Context, tmp_path: Path) -> None:
    path = tmp_path / "huge.xml"
    with path.open("w") as handle:
        handle.write('<POSLog xmlns="http://www.nrf-arts.org/IXRetail/namespace/"><Transaction><Description>')
        chunk = "x" * (1 << 20)
        for _ in range(20):
            handle.write(chunk)
        handle.write("</Description></Transaction></POSLog>")
    with pytest.raises(InputUnreadable, match="over 16 MB"):
        import_sales(ctx, [path], PosConfig())


# ---- The same sales without POSLog


JSONL_SALE = {
    "pos_ref": {"store": "0001", "register": "7", "transaction": "9001", "business_day": DAY},
    "purchased_at": WHEN, "currency": "USD", "customer_id": "C1042",
    "lines": [
        {"line": "1", "sku": "APPLES", "qty": "1.470", "unit": "lb", "unit_price": "2.99", "gross": "4.40"},
        {"line": "2", "sku": "TV55", "qty": 1, "unit_price": "499.99", "discount": "20.00",
         "tax": [{"authority": "STATE", "amount": "39.60", "percent": "8.25"}]},
        {"line": "3", "sku": "CABLE", "qty": 1, "unit_price": "9.99", "voided": True},
    ],
    "discounts": [{"amount": "10.00", "promotion": "ORDER10", "lines": ["2"]}],
    "tenders": [{"type": "card", "amount": "500.00", "brand": "Visa", "last4": "4242"},
                {"type": "cash", "amount": "20.00", "change": "6.01"}],
    "total": "513.99",
}


def test_json_lines_import_with_the_same_guarantees(ctx: Context, tmp_path: Path) -> None:
    bad = dict(JSONL_SALE, pos_ref=dict(JSONL_SALE["pos_ref"], transaction="9002"), total="1.00")
    content = json.dumps(JSONL_SALE) + "\n\n" + "{not json\n" + json.dumps(bad) + "\n"
    summary = run(ctx, tmp_path, content, name="sales.jsonl")
    assert (summary.counts.read, summary.counts.imported, summary.counts.rejected) == (3, 1, 2)
    receipt = imported(ctx, f"0001/7/9001/{DAY}")
    assert receipt["customer_id"] == "C1042" and [line["sku"] for line in receipt["lines"]] == ["APPLES", "TV55"]
    assert receipt["tenders"] == [{"type": "card", "amount": "500.00", "last4": "4242"},
                                  {"type": "cash", "amount": "13.99"}]
    [reply] = return_all(ctx, f"1/7/9001/{DAY}", "jsonl")
    assert reply["refund_total"] == "513.99"
    assert run(ctx, tmp_path, content, name="sales.jsonl").counts.duplicates == 1


CSV_HEADER = ("record,store,register,transaction,business_day,purchased_at,currency,customer_id,total,"
              "line,sku,qty,unit,unit_price,gross,discount,tax,tax_authority,tax_percent,amount,promotion,"
              "lines,authority,type,change,cashback,brand,last4")
CSV_TEXT = f"""{CSV_HEADER}
sale,1,7,77,{DAY},{WHEN},USD,,21.60,,,,,,,,,,,,,,,,,,,
line,1,7,77,{DAY},,,,,1,MUG,2,,5.00,10.00,,0.80,STATE,8,,,,,,,,,
line,1,7,77,{DAY},,,,,2,PLATE,1,,10.00,10.00,,0.80,STATE,8,,,,,,,,,
discount,1,7,77,{DAY},,,,,,,,,,,,,,,0.00,,,,,,,,
tender,1,7,77,{DAY},,,,,,,,,,,,,,,41.60,,,,card,,20.00,Mastercard,5454
sale,1,7,78,{DAY},{WHEN},USD,,5.00,,,,,,,,,,,,,,,,,,,
line,1,7,78,{DAY},,,,,1,MUG,1,,5.00,5.00,,,,,,,,,,,,,
tender,1,7,78,{DAY},,,,,,,,,,,,,,,5.00,,,,cash,,,,
"""


def test_csv_import_with_the_same_guarantees(ctx: Context, tmp_path: Path) -> None:
    summary = run(ctx, tmp_path, CSV_TEXT, name="sales.csv")
    assert summary.counts.rejected == 0 and summary.counts.imported == 2, summary.rejects_file and \
        summary.rejects_file.read_text()
    receipt = imported(ctx, f"1/7/77/{DAY}")
    assert receipt["tenders"] == [{"type": "card", "amount": "21.60", "last4": "5454"}]
    [reply] = return_all(ctx, f"1/7/77/{DAY}", "csv", parts=1)
    assert reply["refund_total"] == "21.60"


SHOPIFY_ORDER = {
    "id": 450789469, "order_number": 1001, "name": "#1001", "source_name": "web", "location_id": None,
    "processed_at": f"{DAY}T09:15:00-05:00", "currency": "USD", "taxes_included": False,
    "total_price": "409.94", "customer": {"id": 207119551},
    "line_items": [
        {"id": 466157049, "sku": "IPOD2008GREEN", "title": "IPod Nano - 8gb", "quantity": 1, "price": "199.00",
         "discount_allocations": [{"amount": "3.33"}], "tax_lines": [{"title": "State Tax", "price": "11.94",
                                                                       "rate": 0.06}]},
        {"id": 518995019, "sku": "IPOD2008RED", "title": "IPod Nano - 8gb", "quantity": 1, "price": "199.00",
         "discount_allocations": [{"amount": "3.34"}], "tax_lines": []},
    ],
    "shipping_lines": [{"title": "Generic Shipping", "price": "6.67", "tax_lines": []}],
    "transactions": [{"kind": "sale", "status": "success", "gateway": "shopify_payments", "amount": "409.94",
                      "payment_details": {"credit_card_number": "•••• •••• •••• 4242",
                                          "credit_card_company": "Visa"}}],
    "refunds": [{"refund_line_items": [{"line_item_id": 518995019, "quantity": 1}],
                 "transactions": [{"kind": "refund", "status": "success", "gateway": "shopify_payments",
                                   "amount": "195.66"}]}],
}


def test_a_shopify_order_arrives_with_its_refunds_and_returns_in_store(ctx: Context, tmp_path: Path) -> None:
    summary = run(ctx, tmp_path, json.dumps({"order": SHOPIFY_ORDER}), name="order.json",
                  config=PosConfig(stores={"online": "0001"}))
    assert summary.counts.imported == 1, summary.rejects_file and summary.rejects_file.read_text()
    receipt = imported(ctx, f"online/web/1001/{DAY}")
    lines = {line["sku"]: line for line in receipt["lines"]}
    assert lines["IPOD2008RED"]["returned_qty"] == 1 and lines["SHIPPING"]["final_sale"] is True
    assert receipt["refunded_tenders"] == [{"type": "card", "amount": "195.66", "last4": "4242"}]
    actor = auth.sign_in(auth.SignIn("1001", "2468"), ctx)
    reply = returns.process(returns.parse_request({"receipt": receipt["receipt_id"], "items": [
        {"line": lines["IPOD2008GREEN"]["line"], "qty": 1}], "idempotency_key": "shop"}), actor, ctx)
    assert reply.status == "completed" and reply.body["refund_total"] == "207.61"  # 199.00 - 3.33 + 11.94
    cancelled = dict(SHOPIFY_ORDER, order_number=1002, cancelled_at=f"{DAY}T10:00:00-05:00")
    assert run(ctx, tmp_path, json.dumps(cancelled), name="cancelled.json",
               config=PosConfig(stores={"online": "0001"})).counts.imported == 0


# ---- The POS's receipt at the counter, and a sale without it


def test_the_pos_receipt_barcode_opens_the_imported_sale(ctx: Context, tmp_path: Path) -> None:
    from desktop.services.counter import open_receipt
    from desktop.services.errors import NotFound
    from desktop.services.pos_barcodes import parse_layout

    run(ctx, tmp_path, poslog(tx(sale(1, "MUG", "5.00"), tender(2, "Cash", "5.00"), grand="5.00")))
    layout = parse_layout("NCR 22", "store:4 register:3 transaction:4 date:YYMMDD check:mod10", prefix="99")
    ctx.layouts = (layout,)
    opened = open_receipt(ctx, layout.make(PosRef("1", "31", "114", DAY)))
    assert opened.pos_ref == f"1/31/114/{DAY}" and opened.lines[0].sku == "MUG"
    assert open_receipt(ctx, opened.receipt_id or "") == opened  # and by our own ID, the same
    with pytest.raises(NotFound, match="no sale with POS reference"):
        open_receipt(ctx, layout.make(PosRef("1", "31", "115", DAY)))
    with pytest.raises(RequestError, match="neither a ReturnDesk receipt nor a receipt of the store's POS"):
        open_receipt(ctx, "12345678901234")


def test_a_sale_is_found_by_its_card_or_the_loyalty_id(ctx: Context, tmp_path: Path) -> None:
    from desktop.services.sale_search import SaleQuery, find_sales

    def paid(sequence: str, amount: str, pan: str, brand: str) -> str:
        return tx(sale(1, "MUG", amount), tender(2, "CreditDebit", amount, pan=pan, brand=brand), grand=amount,
                  sequence=sequence)

    run(ctx, tmp_path, poslog(paid("1", "5.00", "************4242", "Visa"),
                              paid("2", "7.00", "************4242", "Visa"),
                              paid("3", "5.00", "************4242", "Mastercard")))
    day = dt.date.fromisoformat(DAY)
    week = dict(since=day - dt.timedelta(days=3), until=day + dt.timedelta(days=3))
    visa = find_sales(ctx, SaleQuery(last4="4242", brand="visa", **week))
    assert sorted(m.pos_ref for m in visa) == [f"1/31/1/{DAY}", f"1/31/2/{DAY}"]
    assert [m.pos_ref for m in find_sales(ctx, SaleQuery(last4="4242", amount="7.00"))] == [f"1/31/2/{DAY}"]
    assert len([m for m in find_sales(ctx, SaleQuery(last4="4242", **week)) if m.pos_ref]) == 3  # the demo has one too
    assert visa[0].tenders.startswith("card Visa 4242")
    with pytest.raises(RequestError, match="at most 31 days"):
        find_sales(ctx, SaleQuery(last4="4242", since=day - dt.timedelta(days=90), until=day))
    with pytest.raises(RequestError, match="last 4 digits"):
        find_sales(ctx, SaleQuery(last4="4111111111111111", amount="5.00"))
    json_sale = dict(JSONL_SALE, pos_ref=dict(JSONL_SALE["pos_ref"], transaction="77"))
    run(ctx, tmp_path, json.dumps(json_sale), name="loyal.jsonl")
    actor = auth.sign_in(auth.SignIn("1001", "2468"), ctx)
    [member] = find_sales(ctx, SaleQuery(customer="c1042"), actor)
    assert member.pos_ref == f"0001/7/77/{DAY}" and member.customer == "C1042"
    with ctx.uow() as uow:
        searched = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "sales.searched")).one()
        assert searched.payload["customer"] == "C1042" and searched.staff_id == actor.staff_id


def test_worker_processes_import_exactly_what_one_process_does(ctx: Context, tmp_path: Path) -> None:
    """A big file is read and settled by workers (parallel.py): the same sales, rejects and counts."""
    from desktop.services.imports.outcome import Counts

    good = [tx(sale(1, "MUG", "5.00", tax="0.41"), tender(2, "Cash", "10.00", change="4.59"), grand="5.41",
               sequence=str(n)) for n in range(2000, 3199)]
    bad = tx(sale(1, "MUG", "5.00"), tender(2, "Cash", "1.00"), grand="5.00", sequence="9999")
    control = transaction("<ControlTransaction><OperatorSignOn/></ControlTransaction>", sequence="9998", day=DAY,
                          when=WHEN)
    document = poslog(*good[:600], bad, control, MESSY, *good[600:])
    (tmp_path / "one").mkdir()
    (tmp_path / "many").mkdir()
    (tmp_path / "one" / "day.xml").write_text(document)
    (tmp_path / "many" / "day.xml").write_text(document)
    one = import_sales(ctx, [tmp_path / "one" / "day.xml"], PosConfig(), workers=0)
    assert one.counts == Counts(read=1202, imported=1200, skipped=1, rejected=1)
    with ctx.uow() as uow:
        uow.session.execute(text("DELETE FROM sale_tenders WHERE sale_id IN (SELECT id FROM sales WHERE source = "
                                 "'poslog')"))
        uow.session.execute(text("DELETE FROM sale_lines WHERE sale_id IN (SELECT id FROM sales WHERE source = "
                                 "'poslog')"))
        uow.session.execute(text("DELETE FROM sales WHERE source = 'poslog'"))
        uow.session.commit()
    many = import_sales(ctx, [tmp_path / "many" / "day.xml"], PosConfig(), workers=2)
    assert many.counts == one.counts
    assert many.rejects_file.read_text() == one.rejects_file.read_text()
    assert imported(ctx, f"1/31/114/{DAY}")["total"] == "524.13"


def test_a_text_longer_than_its_column_is_rejected_alike_on_both_databases(ctx: Context, tmp_path: Path) -> None:
    """SQLite would store a 100 kB serial number; PostgreSQL would refuse the whole batch: both reject the record
    with the field named, and import the rest."""
    lines = [dict(line) for line in JSONL_SALE["lines"]]
    lines[1]["serial"] = "S" * 100_000
    long = dict(JSONL_SALE, lines=lines, pos_ref=dict(JSONL_SALE["pos_ref"], transaction="501"))
    nul = dict(JSONL_SALE, pos_ref=dict(JSONL_SALE["pos_ref"], transaction="502"),
               lines=[dict(lines[0], sku="APP\u0000LES"), *lines[1:]])
    fine = dict(JSONL_SALE, pos_ref=dict(JSONL_SALE["pos_ref"], transaction="503"))
    content = "\n".join(json.dumps(sale) for sale in (long, nul, fine))
    summary = run(ctx, tmp_path, content, name="mixed.jsonl")
    assert (summary.counts.imported, summary.counts.rejected) == (1, 2)
    reasons = [json.loads(row)["reason"] for row in summary.rejects_file.read_text().splitlines()]
    assert "serial: at most 64 characters" in reasons[0] and "control character" in reasons[1]
