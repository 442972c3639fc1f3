"""Evaluate a return case against a policy: pure, to the cent.

``evaluate(policy, case)`` decides each item (approve, deny, needs a
manager), computes what each line gives back (net, tax, restocking fee) with
the contract's money rules, and spreads the refund over the original tenders.
No clock, no database, no Qt: the same inputs always give the same decision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from desktop.policy import quantity
from desktop.policy.case import Case, Receipt, ReceiptLine, ReturnItem, Tender
from desktop.policy.messages import Amount, Joined, Renderer, Sentence
from desktop.policy.money import Currency, apply_rate, cumulative_share, percent_of, prorate, round_half_up
from desktop.policy.quantity import Qty
from desktop.policy.reasons import (
    INFORMATIONAL,
    OVERRIDABLE,
    TENDER_ORDER,
    Condition,
    Reason,
    TenderType,
)
from desktop.policy.rules import CategoryRule, HolidayRule, MonthDay, Policy

APPROVE = "approve"
DENY = "deny"
NEEDS_OVERRIDE = "needs_override"


# ---- Decision


@dataclass(frozen=True, slots=True)
class RefundTender:
    type: TenderType
    amount: int
    last4: str | None = None


@dataclass(frozen=True, slots=True)
class LineDecision:
    line: int
    qty: Qty
    outcome: str
    reasons: tuple[Reason, ...]
    net: int = 0
    tax: int = 0
    fee: int = 0
    overridden: tuple[Reason, ...] = ()
    # What the counter and the receipt show beside the line.
    sku: str = ""
    category: str | None = None
    description: str = ""
    condition: Condition = Condition.NEW
    reason: str = ""
    serial: str | None = None

    @property
    def total(self) -> int:
        return self.net + self.tax - self.fee


@dataclass(frozen=True, slots=True)
class Decision:
    outcome: str
    lines: tuple[LineDecision, ...]
    tenders: tuple[RefundTender, ...]
    overrides_required: tuple[Reason, ...]
    sentences: tuple[Sentence, ...]
    summary: Sentence
    currency: Currency
    locale: str

    @property
    def refund_total(self) -> int:
        return sum(line.total for line in self.lines if line.outcome == APPROVE)

    def messages(self, locale: str | None = None) -> list[str]:
        renderer = Renderer.of(locale or self.locale, self.currency)
        seen: list[str] = []
        for sentence in self.sentences:
            text = renderer.text(sentence)
            if text not in seen:
                seen.append(text)
        return seen

    def summary_text(self, locale: str | None = None) -> str:
        return Renderer.of(locale or self.locale, self.currency).text(self.summary)

    def to_json(self) -> dict[str, Any]:
        money = self.currency.format
        return {
            "outcome": self.outcome,
            "lines": [
                {
                    "line": line.line,
                    "qty": quantity.text(line.qty),
                    "outcome": line.outcome,
                    "reasons": [str(r) for r in line.reasons],
                    "net": money(line.net),
                    "tax": money(line.tax),
                    "fee": money(line.fee),
                    "total": money(line.total),
                    **({"overridden": [str(r) for r in line.overridden]} if line.overridden else {}),
                }
                for line in self.lines
            ],
            "refund_total": money(self.refund_total),
            "tenders": [
                {"type": str(t.type), **({"last4": t.last4} if t.last4 else {}), "amount": money(t.amount)}
                for t in self.tenders
            ],
            "overrides_required": [str(r) for r in self.overrides_required],
            "messages": self.messages(),
            "summary": self.summary_text(),
            "currency": self.currency.code,
        }


# ---- Public API


def evaluate(policy: Policy, case: Case) -> Decision:
    """Decide a return case. Never raises for a well-typed case."""
    overrides = {Reason(code) for code in case.overrides if code in Reason.__members__}
    overrides &= policy.override_allowed
    if case.receipt is None:
        drafts = _items_without_receipt(policy, case)
    else:
        drafts = _items_with_receipt(policy, case, case.receipt)
    _apply_no_receipt_limits(policy, case, drafts)
    would_refund = sum(d.total for d in drafts if d.refundable(policy.override_allowed))
    cash = _cash_part(_allocate(would_refund, case))
    limit = policy.cash_refund_limit
    if limit is not None and cash > limit:
        for draft in drafts:
            if draft.refundable(policy.override_allowed):
                draft.add(Reason.CASH_LIMIT, Sentence("CASH_LIMIT", {"cash": Amount(cash), "limit": Amount(limit)}))
    lines = tuple(draft.decide(policy, overrides) for draft in drafts)
    approved_total = sum(line.total for line in lines if line.outcome == APPROVE)
    tenders = tuple(_allocate(approved_total, case))
    required: list[Reason] = []
    for line in lines:
        if line.outcome == NEEDS_OVERRIDE:
            required.extend(r for r in line.reasons if r not in required)
    if any(line.outcome == NEEDS_OVERRIDE for line in lines):
        outcome = NEEDS_OVERRIDE
    elif any(line.outcome == APPROVE for line in lines):
        outcome = APPROVE
    else:
        outcome = DENY
    sentences = [s for draft, line in zip(drafts, lines, strict=False) for s in draft.sentences_for(line.reasons)]
    overridden = sorted({r for line in lines for r in line.overridden})
    if overridden:
        sentences.append(Sentence("OVERRIDDEN", {"codes": ", ".join(overridden)}))
    return Decision(
        outcome=outcome,
        lines=lines,
        tenders=tenders,
        overrides_required=tuple(required),
        sentences=tuple(sentences),
        summary=_summary(outcome, approved_total, tenders),
        currency=policy.currency,
        locale=policy.locale,
    )


def line_amounts(receipt: Receipt) -> dict[int, tuple[int, int]]:
    """What each receipt line really cost: (net, tax) in minor units.

    Promo groups pool their line discounts and spread the pool by gross; the
    order discount is spread over every line by gross minus line discount;
    tax is the receipt's own when it printed one.
    """
    lines = receipt.lines
    discounts = {line.line: line.discount for line in lines}
    groups: dict[str, list[ReceiptLine]] = {}
    for line in lines:
        if line.promo_group is not None:
            groups.setdefault(line.promo_group, []).append(line)
    for members in groups.values():
        pool = sum(line.discount for line in members)
        shares = prorate(pool, [line.gross_amount for line in members])
        for line, share in zip(members, shares, strict=False):
            discounts[line.line] = share
    after_line = [line.gross_amount - discounts[line.line] for line in lines]
    order_shares = prorate(receipt.order_discount, after_line)
    amounts = {}
    for line, value, order_share in zip(lines, after_line, order_shares, strict=False):
        net = value - order_share
        tax = line.tax if line.tax is not None else apply_rate(net, line.tax_rate)
        amounts[line.line] = (net, tax)
    return amounts


def effective_window(policy: Policy, rule: CategoryRule, tier: str | None, condition: Condition) -> int:
    """Days a purchase stays returnable, before the holiday rule."""
    days = rule.window_days if rule.window_days is not None else policy.default_window_days
    days += policy.tiers.get(tier, 0) if tier else 0
    if condition == Condition.DEFECTIVE:
        days = max(days, policy.defective_window())
    return days


def holiday_return_by(rule: HolidayRule | None, purchased: dt.date) -> dt.date | None:
    """The extended last day for a purchase made in the holiday season."""
    if rule is None:
        return None
    start, end, when = rule.start.as_tuple(), rule.end.as_tuple(), (purchased.month, purchased.day)
    if start <= end:
        inside = start <= when <= end
        season_year = purchased.year
    else:  # a season across New Year, e.g. 12-01 .. 01-06
        inside = when >= start or when <= end
        season_year = purchased.year if when >= start else purchased.year - 1
    if not inside:
        return None
    year = season_year if rule.return_by.as_tuple() >= start else season_year + 1
    return _calendar_day(year, rule.return_by)


def _calendar_day(year: int, day: MonthDay) -> dt.date:
    try:
        return dt.date(year, day.month, day.day)
    except ValueError:  # 02-29 in a common year
        return dt.date(year, 2, 28)


# ---- Items


@dataclass(slots=True)
class _Draft:
    """One item on its way to a line decision."""

    line: int
    qty: Qty
    item: ReturnItem
    sku: str = ""
    category: str | None = None
    description: str = ""
    net: int = 0
    tax: int = 0
    fee: int = 0
    hard: list[Reason] = field(default_factory=list)  # never overridable here
    soft: list[Reason] = field(default_factory=list)  # overridable if allowed
    info: list[Reason] = field(default_factory=list)
    sentences: list[tuple[Reason, Sentence]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.net + self.tax - self.fee

    def sentences_for(self, reasons: Iterable[Reason]) -> list[Sentence]:
        wanted = set(reasons)
        return [sentence for reason, sentence in self.sentences if reason in wanted]

    def add(self, reason: Reason, sentence: Sentence) -> None:
        if reason in INFORMATIONAL:
            self.info.append(reason)
        elif reason in OVERRIDABLE:
            self.soft.append(reason)
        else:
            self.hard.append(reason)
        self.sentences.append((reason, sentence))

    def refundable(self, allowed: frozenset[Reason]) -> bool:
        """Would be refunded once a manager approves what may be approved."""
        return not self.hard and all(r in allowed for r in self.soft)

    def decide(self, policy: Policy, overrides: set[Reason]) -> LineDecision:
        allowed = policy.override_allowed
        problems = self.hard + self.soft
        if self.hard or any(r not in allowed for r in self.soft):
            outcome = DENY
        elif any(r not in overrides for r in self.soft):
            outcome = NEEDS_OVERRIDE
        else:
            outcome = APPROVE
        overridden = tuple(r for r in self.soft if outcome == APPROVE)
        if outcome == APPROVE:
            reasons = tuple(problems + self.info)
        elif outcome == NEEDS_OVERRIDE:
            reasons = tuple(r for r in self.soft if r not in overrides)
        else:
            reasons = tuple(problems)
        refunded = outcome == APPROVE
        return LineDecision(
            line=self.line, qty=self.qty, outcome=outcome, reasons=reasons,
            net=self.net if refunded else 0, tax=self.tax if refunded else 0,
            fee=self.fee if refunded else 0, overridden=overridden,
            sku=self.sku, category=self.category, description=self.description,
            condition=self.item.condition, reason=self.item.reason, serial=self.item.serial,
        )


def _item_name(sku: str, description: str) -> str:
    return description or sku or "item"


def _category_name(category: str | None) -> str:
    return category.replace("_", " ") if category else Sentence("ITEMS")  # type: ignore[return-value]


def _items_with_receipt(policy: Policy, case: Case, receipt: Receipt) -> list[_Draft]:
    by_number = {line.line: line for line in receipt.lines}
    amounts = line_amounts(receipt)
    purchased = receipt.local_date(policy.zone)
    age = (case.today - purchased).days
    return_by = holiday_return_by(policy.holiday, purchased)
    other_store = receipt.store_id != case.store_id and not policy.cross_store_returns
    consumed = {number: receipt.returned.get(number, 0) for number in by_number}
    drafts = []
    for item in case.items:
        assert item.line is not None
        line = by_number.get(item.line)
        if line is None:
            draft = _Draft(item.line, item.qty, item)
            draft.add(Reason.NOT_ON_RECEIPT, Sentence("NOT_ON_RECEIPT", {"line": item.line}))
            drafts.append(draft)
            continue
        name = _item_name(line.sku, line.description)
        draft = _Draft(line.line, item.qty, item, sku=line.sku, category=line.category, description=line.description)
        rule = policy.category(line.category)
        if other_store:
            draft.add(Reason.OTHER_STORE, Sentence("OTHER_STORE", {"store": receipt.store_id}))
        remaining = line.qty - consumed[line.line]
        if item.qty > remaining:
            key = "QTY_EXCEEDS_REMAINING" if remaining > 0 else "QTY_EXCEEDS_REMAINING.none"
            draft.add(Reason.QTY_EXCEEDS_REMAINING,
                      Sentence(key, {"remaining": max(remaining, 0), "sold": line.qty, "item": name}))
        if line.final_sale or rule.final_sale:
            draft.add(Reason.FINAL_SALE, Sentence("FINAL_SALE", {"item": name}))
        window = effective_window(policy, rule, case.customer.tier, item.condition)
        in_holiday = return_by is not None and case.today <= return_by
        if age > window and not in_holiday:
            draft.add(Reason.WINDOW_EXPIRED, _window_sentence(policy, rule, case, line, item, age, window, return_by))
        if item.condition == Condition.DAMAGED:
            draft.add(Reason.DAMAGED, Sentence("DAMAGED", {"item": name}))
        if rule.requires_serial_match and line.serial and _serial(item.serial) != _serial(line.serial):
            draft.add(Reason.SERIAL_MISMATCH, Sentence("SERIAL_MISMATCH", {"item": name}))
        if draft.refundable(policy.override_allowed):
            before = consumed[line.line]
            net, tax = amounts[line.line]
            draft.net = cumulative_share(net, line.qty, before + item.qty) - cumulative_share(net, line.qty, before)
            draft.tax = cumulative_share(tax, line.qty, before + item.qty) - cumulative_share(tax, line.qty, before)
            consumed[line.line] = before + item.qty
            _restocking_fee(draft, rule, line.category)
        drafts.append(draft)
    return drafts


def _window_sentence(policy: Policy, rule: CategoryRule, case: Case, line: ReceiptLine, item: ReturnItem,
                     age: int, window: int, return_by: dt.date | None) -> Sentence:
    category = _category_name(line.category)
    if return_by is not None:
        return Sentence("WINDOW_EXPIRED.holiday", {"days": age, "return_by": return_by})
    base = rule.window_days if rule.window_days is not None else policy.default_window_days
    extra = policy.tiers.get(case.customer.tier, 0) if case.customer.tier else 0
    if item.condition == Condition.DEFECTIVE and window > base + extra:
        return Sentence("WINDOW_EXPIRED.defective", {"days": age, "window": window})
    if extra:
        return Sentence("WINDOW_EXPIRED.tier", {"days": age, "category": category, "window": window,
                                                "extra": extra, "tier": case.customer.tier})
    return Sentence("WINDOW_EXPIRED", {"days": age, "category": category, "window": window})


def _serial(value: str | None) -> str:
    return (value or "").strip().upper()


def _restocking_fee(draft: _Draft, rule: CategoryRule, category: str | None) -> None:
    """Fee on the net refund: "opened" covers opened and damaged items,
    "always" any condition; a defective item never pays one."""
    condition = draft.item.condition
    applies = rule.restocking_fee_pct > 0 and condition != Condition.DEFECTIVE and (
        rule.restocking_fee_when == "always"
        or (rule.restocking_fee_when == "opened" and condition in (Condition.OPENED, Condition.DAMAGED))
    )
    if not applies:
        return
    draft.fee = percent_of(draft.net, rule.restocking_fee_pct)
    if draft.fee:
        key = "RESTOCKING_FEE.always" if rule.restocking_fee_when == "always" else "RESTOCKING_FEE"
        draft.add(Reason.RESTOCKING_FEE, Sentence(key, {
            "category": _category_name(category), "pct": rule.restocking_fee_pct, "fee": Amount(draft.fee)}))


def _items_without_receipt(policy: Policy, case: Case) -> list[_Draft]:
    rules = policy.no_receipt
    drafts = []
    for position, item in enumerate(case.items, start=1):
        assert item.sku is not None and item.current_price is not None and item.lowest_price is not None
        draft = _Draft(position, item.qty, item, sku=item.sku, category=item.category)
        rule = policy.category(item.category)
        name = _item_name(item.sku, "")
        if not rules.allowed:
            draft.add(Reason.NO_RECEIPT_NOT_ALLOWED, Sentence("NO_RECEIPT_NOT_ALLOWED"))
        elif rules.requires_id and not case.customer.id_verified:
            draft.add(Reason.ID_REQUIRED, Sentence("ID_REQUIRED"))
        if rule.final_sale:
            draft.add(Reason.FINAL_SALE, Sentence("FINAL_SALE", {"item": name}))
        if item.condition == Condition.DAMAGED:
            draft.add(Reason.DAMAGED, Sentence("DAMAGED", {"item": name}))
        if draft.refundable(policy.override_allowed):
            lowest = rules.price_basis == "lowest"
            price = item.lowest_price if lowest else item.current_price
            draft.net = round_half_up(Decimal(price) * item.qty)  # a measured item may be returned in part
            draft.tax = apply_rate(draft.net, item.tax_rate)
            key = "NO_RECEIPT" if lowest else "NO_RECEIPT.current"
            draft.add(Reason.NO_RECEIPT, Sentence(key, {"item": name, "price": Amount(price),
                                                        "lookback": rules.lookback_days}))
            _restocking_fee(draft, rule, item.category)
        drafts.append(draft)
    return drafts


def _apply_no_receipt_limits(policy: Policy, case: Case, drafts: list[_Draft]) -> None:
    """Count and value limits per customer over 365 days, this return included."""
    if case.receipt is not None or not policy.no_receipt.allowed:
        return
    rules = policy.no_receipt
    refunded = [d for d in drafts if d.refundable(policy.override_allowed)]
    if not refunded:
        return
    customer = case.customer
    sentence = None
    count = customer.no_receipt_returns_365_days + 1
    total = customer.no_receipt_value_365_days + sum(d.total for d in refunded)
    if rules.max_returns_per_365_days is not None and count > rules.max_returns_per_365_days:
        sentence = Sentence("NO_RECEIPT_LIMIT.count", {"count": count, "limit": rules.max_returns_per_365_days})
    elif rules.max_value_per_365_days is not None and total > rules.max_value_per_365_days:
        sentence = Sentence("NO_RECEIPT_LIMIT.value", {"limit": Amount(rules.max_value_per_365_days),
                                                       "total": Amount(total)})
    if sentence is not None:
        for draft in refunded:
            draft.add(Reason.NO_RECEIPT_LIMIT, sentence)


# ---- Tenders


def _allocate(total: int, case: Case) -> list[RefundTender]:
    """Spread a refund over the original tenders, cash last.

    Each tender gets back at most what it paid minus what earlier returns
    already refunded to it. Store credit is the answer when the customer asks
    for it, for gift receipts (the recipient never learns the buyer's
    tender), without a receipt, and for anything the tenders cannot take.
    """
    if total <= 0:
        return []
    receipt = case.receipt
    if receipt is None or receipt.gift or case.refund_to == "store_credit":
        return [RefundTender(TenderType.STORE_CREDIT, total)]
    capacity = _remaining_capacity(receipt.tenders, receipt.refunded_tenders)
    refunds: dict[tuple[TenderType, str | None], int] = {}
    left = total
    for tender_type in TENDER_ORDER:
        for index, tender in enumerate(receipt.tenders):
            if tender.type != tender_type or left == 0:
                continue
            amount = min(left, capacity[index])
            if amount > 0:
                key = (tender.type, tender.last4)
                refunds[key] = refunds.get(key, 0) + amount
                left -= amount
    if left:
        key = (TenderType.STORE_CREDIT, None)
        refunds[key] = refunds.get(key, 0) + left
    ordered = sorted(refunds.items(), key=lambda item: TENDER_ORDER.index(item[0][0]))
    return [RefundTender(kind, amount, last4) for (kind, last4), amount in ordered]


def _remaining_capacity(tenders: Iterable[Tender], refunded: Iterable[Tender]) -> list[int]:
    capacity = [t.amount for t in tenders]
    tenders = list(tenders)
    for done in refunded:
        left = done.amount
        for index, tender in enumerate(tenders):
            if left == 0:
                break
            if tender.type == done.type and (done.last4 is None or tender.last4 == done.last4):
                taken = min(left, capacity[index])
                capacity[index] -= taken
                left -= taken
    return capacity


def _cash_part(tenders: Iterable[RefundTender]) -> int:
    return sum(t.amount for t in tenders if t.type == TenderType.CASH)


def _summary(outcome: str, total: int, tenders: tuple[RefundTender, ...]) -> Sentence:
    if outcome != APPROVE:
        return Sentence(f"SUMMARY.{outcome}")
    parts = []
    for tender in tenders:
        if tender.type == TenderType.CARD:
            key = "TENDER.card" if tender.last4 else "TENDER.card_nolast4"
        else:
            key = f"TENDER.{tender.type}"
        parts.append(Sentence(key, {"amount": Amount(tender.amount), "last4": tender.last4 or ""}))
    if not parts:  # a free item, or so little of a weighed one that its share rounds to nothing
        return Sentence("SUMMARY.approve.nothing")
    if len(parts) == 1:
        return Sentence("SUMMARY.approve.one", {"tender": parts[0]})
    return Sentence("SUMMARY.approve", {"total": Amount(total), "tenders": Joined(tuple(parts))})


def with_overrides(case: Case, codes: Iterable[str]) -> Case:
    """The same case as if a manager had approved these codes."""
    return replace(case, overrides=case.overrides | frozenset(str(c) for c in codes))
