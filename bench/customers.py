"""The customer view for a customer with 5,000 receipts on a
1,000,000-receipt database: opened, first page, counts and limits."""

from __future__ import annotations

from sqlalchemy import select, text

from bench.databases import WorkingCopy
from bench.stats import Timing, measure
from desktop.models import Customer
from desktop.services import auth, customers


def give_receipts(copy: WorkingCopy, count: int) -> str:
    ctx = copy.context(tag="customers")
    with ctx.uow(write=True) as uow:
        session = uow.session
        customer_id = session.scalar(select(Customer.id).where(Customer.code == "C7"))
        # Every 200th receipt: spread over the whole history and both stores.
        session.execute(text("UPDATE sales SET customer_id = :c WHERE id % 200 = 0 AND id <= :n"),
                        {"c": customer_id, "n": count * 200})
        session.execute(text("ANALYZE"))
        uow.commit()
    ctx.db.dispose()
    return "C7"


def open_view(copy: WorkingCopy, code: str, runs: int) -> Timing:
    ctx = copy.context(tag="customers-q")
    actor = auth.sign_in(auth.SignIn("1001", "2468"), ctx)

    def one(_: int) -> None:
        seen = customers.view(ctx, actor, code)
        assert seen.purchases_total >= 4000 and len(seen.purchases) == customers.PAGE

    timing = measure(f"customer view, 5,000 receipts ({copy.backend}, 1,000,000 receipts)", one, runs)
    ctx.db.dispose()
    return timing
