"""A POSLog sale's line items, discounts, rewards, taxes, tenders and
customer, as RawSale's parts (settle.py reconciles them)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import Element

from desktop.config import PosConfig
from desktop.services.imports.poslog_xml import (
    _child,
    _children,
    _decimal,
    _flag,
    _local,
    _ref,
    _text,
)
from desktop.services.imports.raw import (
    PosRef,
    RawDiscount,
    RawLine,
    RawTax,
    RawTender,
    last_four,
)

VOID_REASONS = {"postvoid", "void", "voided", "posttransactionvoid"}


MANY = ("Discount", "RetailPriceModifier", "Tax", "MerchandiseHierarchy")


def _line(sale: Element, seq: str, item: Element, config: PosConfig) -> tuple[RawLine, str | None]:
    # One walk over the Sale's children: a million sales have tens of millions of them.
    one: dict[str, Element] = {}
    many: dict[str, list[Element]] = {name: [] for name in MANY}
    for child in sale:
        tag = child.tag
        if tag in many:
            many[tag].append(child)
        elif tag not in one:
            one[tag] = child

    def text(name: str) -> str | None:
        element = one.get(name)
        value = element.text if element is not None else None
        return (value.strip() or None) if value else None

    quantity_element = one.get("Quantity")
    unit = config.unit(quantity_element.get("UnitOfMeasureCode") if quantity_element is not None else None)
    qty = Decimal(1)
    if quantity_element is not None:
        units = quantity_element.get("Units")
        qty = _decimal(units if unit and units else quantity_element.text, "Quantity")
    identity = one.get("POSIdentity")
    barcode = _text(identity, "POSItemID") if identity is not None else None
    sku = text("ItemID") or barcode
    if not sku:
        raise ValueError(f"line {seq}: no ItemID")
    hierarchy = many["MerchandiseHierarchy"]
    department = next((h.text for h in hierarchy if (h.get("Level") or "").lower() == "department"),
                      hierarchy[0].text if hierarchy else None)
    discounts = []
    amount = text("DiscountAmount")
    extended, after = text("ExtendedAmount"), text("ExtendedDiscountAmount")
    if amount:
        discounts.append(RawDiscount(abs(_decimal(amount, "DiscountAmount"))))
    elif extended and after:
        discounts.append(RawDiscount(_decimal(extended, "ExtendedAmount") - _decimal(after, "ExtendedDiscountAmount")))
    for discount in many["Discount"]:
        discounts.append(_discount(discount, item))
    modifiers = []
    for modifier in many["RetailPriceModifier"]:
        if _flag(modifier, "VoidFlag"):
            continue
        value = modifier.find("Amount")
        if value is None or not (value.text or "").strip():
            continue
        taken = _decimal(value.text, "RetailPriceModifier/Amount")
        sign = -1 if (value.get("Action") or "Subtract").lower() == "add" else 1
        modifiers.append(RawDiscount(sign * abs(taken), _text(modifier, "PromotionID"), "modifier"))
    price = text("ActualSalesUnitPrice") or text("RegularSalesUnitPrice")
    regular = text("RegularSalesUnitPrice")
    line = RawLine(
        seq=seq, sku=sku, description=text("Description") or "", barcode=barcode,
        department=(department or "").strip() or None, qty=qty, unit=unit,
        unit_price=_decimal(price, "UnitPrice") if price else Decimal(0),
        gross=_decimal(extended, "ExtendedAmount") if extended else None,
        regular_price=_decimal(regular, "RegularSalesUnitPrice") if regular else None,
        discounts=discounts, modifiers=modifiers,
        taxes=[_tax(tax) for tax in many["Tax"] if not _flag(tax, "VoidFlag")],
        serial=text("SerialNumber"),
        final_sale=(sale.get("ItemType") or "").lower() in ("giftcard", "giftcertificate", "stored value"),
    )
    link = (_link(item) or _link(sale)) if any(name in one for name in LINKS) or _has_link(item) else None
    return line, link


def _has_link(element: Element) -> bool:
    return any(child.tag in LINKS for child in element)


LINKS = ("LineItemLink", "ReferencedLineItem", "VoidedLineItem", "LineItemVoid")


def _link(element: Element) -> str | None:
    """The line a void or a discount refers to: LineItemLink, ReferencedLineItem or
    VoidedLineItem with a LineItemSequenceNumber (or SequenceNumber)."""
    for name in LINKS:
        for link in _children(element, name):
            value = _text(link, "LineItemSequenceNumber") or _text(link, "SequenceNumber") or (link.text or "").strip()
            if value:
                return value
    return None


def _discount(discount: Element, item: Element) -> RawDiscount:
    amount = _text(discount, "Amount") or _text(discount, "DiscountAmount")
    if not amount:
        raise ValueError("a Discount without an Amount")
    lines = []
    for name in ("LineItemLink", "ReferencedLineItem", "ApplicableLineItem"):
        for link in _children(discount, name):
            value = _text(link, "LineItemSequenceNumber") or _text(link, "SequenceNumber") or (link.text or "").strip()
            if value:
                lines.append(value)
    return RawDiscount(abs(_decimal(amount, "Discount/Amount")), _text(discount, "PromotionID"), "discount",
                       tuple(lines), summary=_summary(discount) or _summary(item))


def _reward(reward: Element, item: Element) -> tuple[RawDiscount | None, int]:
    """A monetary loyalty reward is a discount on the items it names; points
    are not money (kept so a return can take them back)."""
    kind = (_text(reward, "RewardType") or reward.get("RewardType") or "").lower()
    points = _text(reward, "PointsAwarded") or _text(reward, "Points") or _text(reward, "LoyaltyPoints")
    if "point" in kind or (points and not _text(reward, "Amount")):
        try:
            return None, int(Decimal(points or "0"))
        except InvalidOperation:
            return None, 0
    amount = (_text(reward, "Amount") or _text(reward, "ExtendedRewardAmount") or _text(reward, "RewardAmount")
              or _text(reward, "BaseRewardAmount"))
    if not amount:
        return None, 0
    value = abs(_decimal(amount, "LoyaltyReward/Amount"))
    if not value:
        return None, 0
    basis = _child(reward, "RewardBasis")
    item_id = _text(basis, "ItemID") if basis is not None else None
    return RawDiscount(value, _text(reward, "PromotionID"), "loyalty", (),
                       summary=_summary(reward) or _summary(item), items=(item_id,) if item_id else ()), 0


def _summary(element: Element) -> bool:
    """NCR writes a reward twice: summarized for the transaction and in detail per item."""
    for name, value in element.attrib.items():
        if _local(name) in ("summarizedActivity", "SummaryFlag") and value.lower() == "true":
            return True
    return False


def _tax(tax: Element) -> RawTax:
    amount = _text(tax, "Amount")
    if amount is None:
        raise ValueError("a Tax without an Amount")
    authority = (_text(tax, "TaxAuthority") or _text(tax, "TaxAuthorityID") or tax.get("TaxType")
                 or tax.get("TaxDescription") or "TAX")
    taxable, percent = _text(tax, "TaxableAmount"), _text(tax, "Percent")
    return RawTax(authority.strip(), _decimal(amount, "Tax/Amount"),
                  _decimal(taxable, "TaxableAmount") if taxable else None,
                  _decimal(percent, "Tax/Percent") if percent else None)


def _tender(tender: Element) -> RawTender | None:
    if _flag(tender, "VoidFlag"):
        return None
    kind = tender.get("TenderType") or _text(tender, "TenderType") or _text(tender, "TenderID") or ""
    amount = _decimal(_text(tender, "Amount") or "0", "Tender/Amount")
    change = _text(_child(tender, "TenderChange"), "Amount")
    cashback = _text(tender, "CashBackAmount") or _text(tender, "Cashback") or _text(tender, "CashBack")
    refund = (tender.get("TypeCode") or "").lower() == "refund"
    card = _child(tender, "CreditDebit") or _child(tender, "Credit") or _child(tender, "Debit")
    last4 = brand = None
    if card is not None:
        # Only the last 4 digits are ever kept, however the number was written.
        last4 = last_four(_text(card, "PrimaryAccountNumber") or _text(card, "MaskedCardNumber")
                          or _text(card, "CardNumber") or _text(card, "AccountNumber"))
        brand = _text(card, "CardBrand") or card.get("CardBrand") or _text(card, "IssuerName")
    if refund:  # money given back on the till (change as its own tender line): taken off
        return RawTender(kind.strip(), Decimal(0), change=abs(amount))
    return RawTender(kind.strip(), amount, _decimal(change, "TenderChange") if change else Decimal(0),
                     _decimal(cashback, "CashBack") if cashback else Decimal(0), last4,
                     brand.strip() if brand else None)


def _customer(element: Element | None) -> str | None:
    if element is None:
        return None
    for name in ("LoyaltyAccountID", "CustomerID", "LoyaltyID", "LoyaltyCardNumber"):
        value = _text(element, name)
        if value:
            return value.strip()[:32]
    for child in element:
        if child.tag in ("LoyaltyAccount", "LoyaltyID"):
            found = _customer(child) or (child.text or "").strip()
            if found:
                return found[:32]
    return None


def _void_target(element: Element) -> PosRef | None:
    """A post-void: a TransactionLink whose reason is a void, or a PostVoid /
    VoidTransaction element, naming the voided transaction."""
    for link in _children(element, "TransactionLink"):
        if (link.get("ReasonCode") or _text(link, "ReasonCode") or "").lower().replace("-", "") in VOID_REASONS:
            return _ref(link, partial=True)
    for name in ("PostVoid", "VoidTransaction", "PostVoidTransaction"):
        for void in _children(element, name):
            target = _child(void, "TransactionLink")
            return _ref(target if target is not None else void, partial=True)
    return None


