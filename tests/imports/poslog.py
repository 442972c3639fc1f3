"""POSLog documents for the import tests, written the way store POSs write
them: ARTS elements, NCR's extension namespace beside them, a card number
masked or (wrongly) in full."""

from __future__ import annotations

ARTS = "http://www.nrf-arts.org/IXRetail/namespace/"
ACS = "http://www.ncr.com/rsd/acs/tlog/markup/poslog/2.1"


def poslog(*transactions: str, version: str = "6.0") -> str:
    major = version.split(".")[0]
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<POSLog xmlns="{ARTS}" xmlns:acs="{ACS}" '
            f'MajorVersion="{major}" MinorVersion="0">\n' + "\n".join(transactions) + "\n</POSLog>\n")


def transaction(body: str, store: str = "1", register: str = "31", sequence: str = "114",
                day: str = "2026-12-01", when: str = "2026-12-01T10:35:12", attrs: str = "") -> str:
    return (f"<Transaction{attrs}><RetailStoreID>{store}</RetailStoreID><WorkstationID>{register}</WorkstationID>"
            f"<SequenceNumber>{sequence}</SequenceNumber><BusinessDayDate>{day}</BusinessDayDate>"
            f"<BeginDateTime>{when}</BeginDateTime><EndDateTime>{when}</EndDateTime>"
            f"<CurrencyCode>USD</CurrencyCode>{body}</Transaction>")


def retail(*items: str, grand: str | None = None, extra: str = "", status: str = "Finished") -> str:
    total = f'<Total TotalType="TransactionGrandAmount">{grand}</Total>' if grand is not None else ""
    return f'<RetailTransaction TransactionStatus="{status}">{"".join(items)}{total}{extra}</RetailTransaction>'


def sale(seq: int, sku: str, price: str, qty: str = "1", extended: str | None = None, description: str = "",
         tax: str | None = None, authority: str = "STATE", percent: str = "8.25", inner: str = "",
         uom: str | None = None, void: bool = False, regular: str | None = None, item_attrs: str = "") -> str:
    quantity = (f'<Quantity UnitOfMeasureCode="{uom}" Units="{qty}">1</Quantity>' if uom
                else f"<Quantity>{qty}</Quantity>")
    tax_xml = (f"<Tax><TaxAuthority>{authority}</TaxAuthority><Amount>{tax}</Amount><Percent>{percent}</Percent>"
               "</Tax>") if tax is not None else ""
    regular_xml = f"<RegularSalesUnitPrice>{regular}</RegularSalesUnitPrice>" if regular else ""
    return (f'<LineItem VoidFlag="{str(void).lower()}"{item_attrs}><SequenceNumber>{seq}</SequenceNumber>'
            f'<Sale ItemType="Stock"><ItemID>{sku}</ItemID><Description>{description or sku}</Description>'
            f"{regular_xml}<ActualSalesUnitPrice>{price}</ActualSalesUnitPrice>"
            f"<ExtendedAmount>{extended or price}</ExtendedAmount>{quantity}{inner}{tax_xml}</Sale></LineItem>")


def tender(seq: int, kind: str, amount: str, change: str | None = None, pan: str | None = None,
           brand: str | None = None, cashback: str | None = None) -> str:
    card = (f'<CreditDebit CardType="Credit"><PrimaryAccountNumber>{pan}</PrimaryAccountNumber>'
            + (f"<CardBrand>{brand}</CardBrand>" if brand else "") + "</CreditDebit>") if pan else ""
    change_xml = f"<TenderChange><Amount>{change}</Amount></TenderChange>" if change else ""
    back = f"<CashBackAmount>{cashback}</CashBackAmount>" if cashback else ""
    return (f'<LineItem><SequenceNumber>{seq}</SequenceNumber><Tender TenderType="{kind}" TypeCode="Sale">'
            f"<Amount>{amount}</Amount>{back}{card}{change_xml}</Tender></LineItem>")


def tax_total(seq: int, amount: str, authority: str = "STATE", taxable: str | None = None) -> str:
    taxable_xml = f"<TaxableAmount>{taxable}</TaxableAmount>" if taxable else ""
    return (f"<LineItem><SequenceNumber>{seq}</SequenceNumber><Tax><TaxAuthority>{authority}</TaxAuthority>"
            f"{taxable_xml}<Amount>{amount}</Amount></Tax></LineItem>")


def discount(seq: int, amount: str, promotion: str | None = None, lines: tuple[int, ...] = (),
             attrs: str = "") -> str:
    promo = f"<PromotionID>{promotion}</PromotionID>" if promotion else ""
    links = "".join(f"<LineItemLink><LineItemSequenceNumber>{n}</LineItemSequenceNumber></LineItemLink>"
                    for n in lines)
    return (f"<LineItem{attrs}><SequenceNumber>{seq}</SequenceNumber><Discount><Amount>{amount}</Amount>{promo}{links}"
            "</Discount></LineItem>")


def apples_and_mug(day: str, when: str) -> str:
    """A till's export of one sale: 1.47 lb of apples and a mug, paid by Visa."""
    return poslog(transaction(retail(
        sale(1, "APPLES", "2.99", qty="1.47", extended="4.40", uom="LBR", description="Gala apples"),
        sale(2, "MUG", "5.00", tax="0.41", description="Stoneware mug"),
        tender(3, "CreditDebit", "9.81", pan="************4242", brand="Visa"), grand="9.81"),
        sequence="114", day=day, when=when))
