"""The customer view for a customer with 5,000 receipts on a
1,000,000-receipt database: opened, first page, counts and limits."""

from __future__ import annotations

from sqlalchemy import select, text

from bench.databases import WorkingCopy
from bench.stats import Timing, measure
from desktop.models import Customer
from desktop.services import auth, customers


def give_receipts(copy: WorkingCopy, count: int) -> tuple[str, int]:
    """Every Nth receipt becomes the customer's: ``count`` of them on the full
    database, fewer on the quick one. Returns (loyalty ID, receipts given)."""
    step = max(copy.size // count, 1)
    ctx = copy.context(tag="customers")
    with ctx.uow(write=True) as uow:
        session = uow.session
        customer_id = session.scalar(select(Customer.id).where(Customer.code == "C7"))
        # Spread over the whole history and both stores.
        session.execute(text("UPDATE sales SET customer_id = :c WHERE id % :step = 0"),
                        {"c": customer_id, "step": step})
        session.execute(text("ANALYZE"))
        uow.commit()
    ctx.db.dispose()
    return "C7", copy.size // step


def open_view(copy: WorkingCopy, code: str, given: int, runs: int) -> Timing:
    ctx = copy.context(tag="customers-q")
    actor = auth.sign_in(auth.SignIn("1001", "2468"), ctx)

    def one(_: int) -> None:
        seen = customers.view(ctx, actor, code)
        assert seen.purchases_total >= given and len(seen.purchases) == min(customers.PAGE, seen.purchases_total)

    timing = measure(f"customer view, {given:,} receipts ({copy.backend}, {copy.size:,} receipts)", one, runs)
    ctx.db.dispose()
    return timing
