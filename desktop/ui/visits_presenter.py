"""What the walk-in queue shows, in plain Python: each ticket's row and the
ticket just taken. No Qt: the screen hands it Qt's translate (its own context)."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.services.visits import Waiting
from desktop.ui.presenting import Translate, Words, english


@dataclass
class VisitsPresenter(Words):
    locale: str = "en_US"
    translate: Translate = field(default=english, repr=False)

    def row(self, waiting: Waiting) -> tuple[str, str, str, str]:
        """Ticket, name, how long (flagged past the policy's limit), who serves."""
        waited = self.tr("{minutes} min").format(minutes=waiting.waited_minutes)
        if waiting.over_limit:
            waited += "  " + self.tr("⚑ TOO LONG")
        return (str(waiting.ticket), waiting.name, waited, waiting.served_by or self.tr("waiting"))

    def ticket(self, waiting: Waiting) -> str:
        if waiting.name:
            return self.tr("Ticket {ticket} for {name}").format(ticket=waiting.ticket,
                                                                               name=waiting.name)
        return self.tr("Ticket {ticket}").format(ticket=waiting.ticket)
