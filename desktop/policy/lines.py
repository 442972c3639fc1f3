"""Each line of a return decided on its own: the window (by category, tier,
condition and holiday season), final sale, serial number, quantity left,
condition, restocking fee, and for a return without a receipt the price it
is refunded at and the limits per customer. Amounts follow the money rules
of docs/policy.md: what a line really cost (line_amounts), then its share."""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.policy.case import Case, Receipt, ReceiptLine, ReturnItem
from desktop.policy.decision import APPROVE, DENY, NEEDS_OVERRIDE, LineDecision
from desktop.policy.messages import Amount, Sentence
from desktop.policy.money import apply_rate, cumulative_share, percent_of, prorate, round_half_up
from desktop.policy.quantity import Qty
from desktop.policy.reasons import (
    INFORMATIONAL,
    OVERRIDABLE,
    Condition,
    Reason,
)
from desktop.policy.rules import CategoryRule, HolidayRule, MonthDay, Policy


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


@dataclass(slots=True)
class Draft:
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


def _category_name(category: str | None, rule: CategoryRule | None = None) -> str:
    """The category in the customer's sentence: its label in the policy's language, else its key."""
    if rule is not None and rule.label:
        return rule.label
    return category.replace("_", " ") if category else Sentence("ITEMS")  # type: ignore[return-value]


def items_with_receipt(policy: Policy, case: Case, receipt: Receipt) -> list[Draft]:
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
            draft = Draft(item.line, item.qty, item)
            draft.add(Reason.NOT_ON_RECEIPT, Sentence("NOT_ON_RECEIPT", {"line": item.line}))
            drafts.append(draft)
            continue
        name = _item_name(line.sku, line.description)
        draft = Draft(line.line, item.qty, item, sku=line.sku, category=line.category, description=line.description)
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
    category = _category_name(line.category, rule)
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


def _restocking_fee(draft: Draft, rule: CategoryRule, category: str | None) -> None:
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
            "category": _category_name(category, rule), "pct": rule.restocking_fee_pct, "fee": Amount(draft.fee)}))


def items_without_receipt(policy: Policy, case: Case) -> list[Draft]:
    rules = policy.no_receipt
    drafts = []
    for position, item in enumerate(case.items, start=1):
        assert item.sku is not None and item.current_price is not None and item.lowest_price is not None
        draft = Draft(position, item.qty, item, sku=item.sku, category=item.category)
        rule = policy.category(item.category)
        name = _item_name(item.sku, item.description)
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


def apply_no_receipt_limits(policy: Policy, case: Case, drafts: list[Draft]) -> None:
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
