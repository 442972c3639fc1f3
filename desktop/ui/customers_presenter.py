"""What the Customers screen shows of one customer, in plain Python: the
header, the rows of their purchases, returns and cases, the tabs' titles.
No Qt: the screen hands it Qt's translate (its own context)."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.catalogue import number
from desktop.services.customers import CustomerView
from desktop.ui.presenting import Translate, Words, english

SCREEN = "CustomerScreen"


@dataclass
class CustomerPresenter(Words):
    locale: str = "en_US"
    translate: Translate = field(default=english, repr=False)

    def header(self, seen: CustomerView) -> str:
        say = self.translate
        scores = (say(SCREEN, "satisfaction {average} from {count} scores").format(
                      average=number(seen.scores[2], self.locale), count=seen.scores[0])
                  if seen.scores[0] else say(SCREEN, "no scores yet"))
        name = f"{seen.name} ({seen.code})"
        if seen.tier:
            name += " · " + say(SCREEN, "{tier} member").format(tier=self.label(seen.tier))
        return "\n".join((
            name, " · ".join(x for x in (seen.phone, seen.email) if x),
            say(SCREEN, "{purchases} purchases · {returns} returns · {scores}").format(
                purchases=seen.purchases_total, returns=seen.returns_total, scores=scores),
            say(SCREEN, "Without a receipt: {history}").format(history=self.render(seen.no_receipt))))

    def purchases(self, seen: CustomerView) -> list[list[str]]:
        return [[p.receipt, self.day(p.when), p.store, number(p.total, self.locale), str(p.lines),
                 str(p.returned_units)] for p in seen.purchases]

    def returns(self, seen: CustomerView) -> list[list[str]]:
        return [[r.return_id, self.day(r.when), r.store, r.receipt or self.translate(SCREEN, "none"),
                 number(r.total, self.locale), self.labels(r.codes.split(", ") if r.codes else ()), r.approved_by]
                for r in seen.returns]

    def cases(self, seen: CustomerView) -> list[list[str]]:
        return [[str(c.number), c.store, c.subject, self.label(c.status), self.day(c.created_at)] for c in seen.cases]

    def tabs(self, seen: CustomerView) -> tuple[str, str, str]:
        say = self.translate
        return (say(SCREEN, "Purchases ({count})").format(count=seen.purchases_total),
                say(SCREEN, "Returns ({count})").format(count=seen.returns_total),
                say(SCREEN, "Service cases ({count})").format(count=len(seen.cases)))
