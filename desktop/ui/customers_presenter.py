"""What the Customers screen shows of one customer, in plain Python: the
header, the rows of their purchases, returns and cases, the tabs' titles.
No Qt: the screen hands it Qt's translate (its own context)."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.catalogue import number
from desktop.services.customers import CustomerView
from desktop.ui.presenting import Translate, Words, english


@dataclass
class CustomerPresenter(Words):
    locale: str = "en_US"
    translate: Translate = field(default=english, repr=False)

    def header(self, seen: CustomerView) -> str:
        scores = (self.tr("satisfaction {average} (scores: {count})").format(
                      average=number(seen.scores[2], self.locale), count=seen.scores[0])
                  if seen.scores[0] else self.tr("no scores yet"))
        name = f"{seen.name} ({seen.code})"
        if seen.tier:
            name += " · " + self.tr("{tier} member").format(tier=self.label(seen.tier))
        return "\n".join((
            name, " · ".join(x for x in (seen.phone, seen.email) if x),
            self.tr("Purchases: {purchases} · Returns: {returns} · {scores}").format(
                purchases=seen.purchases_total, returns=seen.returns_total, scores=scores),
            self.tr("Without a receipt: {history}").format(history=self.render(seen.no_receipt))))

    def purchases(self, seen: CustomerView) -> list[list[str]]:
        return [[p.receipt, self.day(p.when), p.store, number(p.total, self.locale), str(p.lines),
                 str(p.returned_units)] for p in seen.purchases]

    def returns(self, seen: CustomerView) -> list[list[str]]:
        return [[r.return_id, self.day(r.when), r.store, r.receipt or self.tr("none"),
                 number(r.total, self.locale), self.labels(r.codes.split(", ") if r.codes else ()), r.approved_by]
                for r in seen.returns]

    def cases(self, seen: CustomerView) -> list[list[str]]:
        return [[str(c.number), c.store, c.subject, self.label(c.status), self.day(c.created_at)] for c in seen.cases]

    def tabs(self, seen: CustomerView) -> tuple[str, str, str]:
        return (self.tr("Purchases ({count})").format(count=seen.purchases_total),
                self.tr("Returns ({count})").format(count=seen.returns_total),
                self.tr("Service cases ({count})").format(count=len(seen.cases)))
