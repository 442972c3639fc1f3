"""Store-credit vouchers at the store's main POS: a voucher's state, and
redeeming it once per POS sale reference (`returndesk voucher show|redeem`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.messages import QT_TR_NOOP
from desktop.models import (
    Voucher,
)
from desktop.policy.money import Currency
from desktop.services.context import Context
from desktop.services.errors import RequestError


@dataclass(frozen=True)
class VoucherState:
    voucher_id: str
    currency: str
    amount: str
    balance: str
    issued_at: str
    origin: str
    redeemed: tuple[tuple[str, str], ...]  # (reference, amount) spent at the POS

    def to_json(self) -> dict[str, Any]:
        return {"voucher_id": self.voucher_id, "currency": self.currency, "amount": self.amount,
                "balance": self.balance, "issued_at": self.issued_at, "origin": self.origin,
                "redeemed": [{"reference": ref, "amount": amount} for ref, amount in self.redeemed]}


def voucher_state(ctx: Context, code: str) -> VoucherState:
    """What the main POS checks before taking a voucher: its balance."""
    from desktop.services.documents import find_voucher

    with ctx.uow() as uow:
        return _state(uow.session, find_voucher(uow.session, code))


def redeem_voucher(ctx: Context, code: str, amount: str, reference: str) -> VoucherState:
    """The main POS spends (part of) a voucher: burned once per reference (that
    POS's sale), under the CHECK that a balance never goes below zero."""
    from desktop.models import VoucherRedemption
    from desktop.services import audit
    from desktop.services.documents import find_voucher

    reference = reference.strip()
    if not reference or len(reference) > 160:
        raise RequestError(QT_TR_NOOP("the POS sale's reference, so the same redemption twice burns once"))
    with ctx.uow(write=True) as uow:
        session = uow.session
        voucher = find_voucher(session, code)
        voucher = session.scalars(select(Voucher).where(Voucher.id == voucher.id).with_for_update()).one()
        money = Currency.of(voucher.currency)
        try:
            cents = money.parse(amount.strip())
        except ValueError:
            raise RequestError(QT_TR_NOOP("the amount is a number such as 12.34")) from None
        known = session.scalars(select(VoucherRedemption).where(VoucherRedemption.reference == reference)).first()
        if known is not None:
            if known.voucher_id != voucher.id or known.amount_cents != cents:
                raise RequestError(QT_TR_NOOP("reference {reference} already redeemed another amount or voucher"),
                                   reference=reference)
            return _state(session, voucher)  # the same redemption again: nothing more burned
        if cents <= 0 or cents > voucher.balance_cents:
            raise RequestError(QT_TR_NOOP("voucher {voucher} has {balance} left"), voucher=voucher.doc_id,
                               balance=money.format(voucher.balance_cents))
        voucher.balance_cents -= cents
        session.add(VoucherRedemption(voucher_id=voucher.id, reference=reference, amount_cents=cents,
                                      redeemed_at=ctx.now()))
        audit.record(session, voucher.store_id, "voucher.redeemed", at=ctx.now(), entity="voucher",
                     entity_id=voucher.doc_id, payload={"amount": money.format(cents), "reference": reference,
                                                        "where": "main POS"})
        session.flush()
        state = _state(session, voucher)
        uow.commit()
        return state


def _state(session: Session, voucher: Voucher) -> VoucherState:
    from desktop.models import VoucherRedemption

    money = Currency.of(voucher.currency).format
    redeemed = tuple((ref, money(cents)) for ref, cents in session.execute(
        select(VoucherRedemption.reference, VoucherRedemption.amount_cents)
        .where(VoucherRedemption.voucher_id == voucher.id).order_by(VoucherRedemption.id)))
    return VoucherState(voucher.doc_id, voucher.currency, money(voucher.amount_cents), money(voucher.balance_cents),
                        voucher.issued_at.isoformat(), voucher.origin, redeemed)
