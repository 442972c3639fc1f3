"""The records of an export written in each format: JSON Lines, CSV (one
row per line, with the return's totals on each) and ARTS POSLog (each return
a RetailTransaction of Return line items, with ReturnDesk's extension for
what ARTS has no element for). Underscore names: exports.py's own helpers."""

from __future__ import annotations

import io
import json
from typing import Any
from xml.sax.saxutils import escape

from desktop.services.sanitize import SafeDictWriter

ARTS = "http://www.nrf-arts.org/IXRetail/namespace/"
OURS = "urn:returndesk:export:1"  # the extension with what ARTS has no element for


def _jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


CSV_COLUMNS = ("record", "id", "store", "register", "when", "business_day", "staff", "approved_by", "currency",
               "sale_receipt_id", "sale_pos_ref", "line", "pos_line", "sku", "description", "qty", "unit",
               "condition", "reason", "disposition", "serial", "net", "tax", "fee", "total", "type", "amount",
               "last4", "voucher_id", "codes", "override_reason", "points_reversed", "refund_to", "gift")


def _csv(records: list[dict[str, Any]]) -> str:
    """One row per return, its lines, tenders, vouchers and overrides; per sale and its lines and tenders;
    per voucher (docs/importing.md)."""
    out = io.StringIO()
    writer = SafeDictWriter(out, CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for record in records:
        if record["kind"] == "return":
            sale = record["sale"] or {}
            base = {"id": record["return_id"], "store": record["store"], "register": record["register"]}
            writer.writerow({**base, "record": "return", "when": record["created_at"],
                             "business_day": record["business_day"], "staff": record["staff"],
                             "approved_by": record["approved_by"], "currency": record["currency"],
                             "sale_receipt_id": sale.get("receipt_id"), "sale_pos_ref": sale.get("pos_ref"),
                             "total": record["refund_total"], "points_reversed": record["points_reversed"],
                             "refund_to": record["refund_to"], "gift": record["gift"]})
            for line in record["lines"]:
                writer.writerow({**base, **line, "record": "return_line"})
            for tender in record["tenders"]:
                writer.writerow({**base, **tender, "record": "refund_tender"})
            for voucher in record["vouchers"]:
                writer.writerow({**base, **voucher, "record": "voucher_issued"})
            for override in record["overrides"]:
                writer.writerow({**base, "record": "override", "codes": " ".join(override["codes"]),
                                 "approved_by": override["manager"], "override_reason": override["reason"]})
        elif record["kind"] == "sale":
            base = {"id": record["receipt_id"], "store": record["store"], "register": record["register"]}
            writer.writerow({**base, "record": "sale", "when": record["purchased_at"],
                             "business_day": record["business_day"], "staff": record["staff"],
                             "currency": record["currency"], "total": record["total"]})
            for line in record["lines"]:
                writer.writerow({**base, **line, "record": "sale_line"})
            for tender in record["tenders"]:
                writer.writerow({**base, **tender, "record": "sale_tender"})
        else:
            writer.writerow({"record": "voucher", "id": record["voucher_id"], "store": record["store"],
                             "when": record["issued_at"], "currency": record["currency"], "amount": record["amount"],
                             "total": record["balance"], "reason": record["origin"]})
    return out.getvalue()


POSLOG_TENDERS = {"card": "CreditDebit", "cash": "Cash", "gift_card": "GiftCard", "store_credit": "StoreCredit"}


def _poslog(records: list[dict[str, Any]]) -> str:
    """ARTS POSLog: each return a RetailTransaction of Return line items, each
    linked to the original transaction and its line; tenders refunded; what
    ARTS has no element for (our IDs, dispositions, overrides, points) in our
    own namespace, which an ARTS reader skips."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n', f'<POSLog xmlns="{ARTS}" xmlns:rd="{OURS}" '
                                                        'MajorVersion="6" MinorVersion="0">\n']
    for record in records:
        if record["kind"] == "return":
            parts.append(_poslog_return(record))
    parts.append("</POSLog>\n")
    return "".join(parts)


def _poslog_return(record: dict[str, Any]) -> str:
    x = escape
    sale = record["sale"] or {}
    link = ""
    if sale:
        if sale.get("pos_ref"):
            store, register, sequence, day = sale["pos_ref"].split("/")
        else:
            receipt = sale["receipt_id"]
            store, register, sequence, day = receipt[1:5], receipt[5:7], str(int(receipt[7:15])), sale["business_day"]
        link = (f"<RetailStoreID>{x(store)}</RetailStoreID><WorkstationID>{x(register)}</WorkstationID>"
                f"<SequenceNumber>{x(sequence)}</SequenceNumber><BusinessDayDate>{x(day)}</BusinessDayDate>")
    rid = record["return_id"]
    items = []
    seq = 0
    for line in record["lines"]:
        seq += 1
        quantity_xml = (f'<Quantity UnitOfMeasureCode="{x(line["unit"])}" Units="{line["qty"]}">1</Quantity>'
                        if line.get("unit") else f"<Quantity>{line['qty']}</Quantity>")
        line_link = f"<LineItemSequenceNumber>{x(str(line['pos_line'] or line['line'] or ''))}</LineItemSequenceNumber>"
        items.append(
            f'<LineItem VoidFlag="false"><SequenceNumber>{seq}</SequenceNumber><Return ItemType="Stock">'
            f"<ItemID>{x(line['sku'])}</ItemID><Description>{x(line['description'] or '')}</Description>"
            f"<ExtendedAmount>{line['net']}</ExtendedAmount>{quantity_xml}"
            + (f'<TransactionLink ReasonCode="Return">{link}{line_link}</TransactionLink>' if link else "")
            + f"<Tax><TaxAuthority>TAX</TaxAuthority><Amount>{line['tax']}</Amount></Tax>"
            f"<rd:Disposition>{x(line['disposition'])}</rd:Disposition><rd:Condition>{x(line['condition'])}"
            f"</rd:Condition><rd:Reason>{x(line['reason'] or '')}</rd:Reason>"
            f"<rd:RestockingFee>{line['fee']}</rd:RestockingFee></Return></LineItem>")
    for tender in record["tenders"]:
        seq += 1
        card = (f"<CreditDebit><PrimaryAccountNumber>************{x(tender['last4'])}</PrimaryAccountNumber>"
                "</CreditDebit>") if tender.get("last4") else ""
        voucher = f"<rd:VoucherID>{x(tender['voucher_id'])}</rd:VoucherID>" if tender.get("voucher_id") else ""
        items.append(f"<LineItem><SequenceNumber>{seq}</SequenceNumber><Tender TenderType="
                     f'"{POSLOG_TENDERS.get(tender["type"], tender["type"])}" TypeCode="Refund">'
                     f"<Amount>{tender['amount']}</Amount>{card}{voucher}</Tender></LineItem>")
    overrides = "".join(f'<rd:Override Codes="{x(" ".join(o["codes"]))}" Manager="{x(o["manager"] or "")}">'
                        f"{x(o['reason'] or '')}</rd:Override>" for o in record["overrides"])
    business = record["business_day"]
    return (f"<Transaction><RetailStoreID>{x(record['store'])}</RetailStoreID><WorkstationID>"
            f"{x(record['register'] or '')}</WorkstationID><SequenceNumber>{int(rid[7:15])}</SequenceNumber>"
            f"<BusinessDayDate>{business}</BusinessDayDate><EndDateTime>{record['created_at']}</EndDateTime>"
            f"<OperatorID>{x(record['staff'] or '')}</OperatorID><CurrencyCode>{record['currency']}</CurrencyCode>"
            f'<RetailTransaction TransactionStatus="Finished">{"".join(items)}'
            f'<Total TotalType="TransactionGrandAmount">{record["refund_total"]}</Total>'
            f"<rd:ReturnID>{rid}</rd:ReturnID><rd:PointsReversed>{record['points_reversed']}</rd:PointsReversed>"
            f"{overrides}</RetailTransaction></Transaction>\n")
