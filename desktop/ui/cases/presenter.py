"""What the Service desk shows, in plain Python: a queue row's cells, a
case's header and timeline, which actions a case allows, the page line.
No Qt: the screen hands it Qt's translate (its contexts are the screen's,
so the translations stay where they are), tests run it in English."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from babel.dates import format_datetime

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.services.cases import ACTIVE, TIERS, Attachment, CaseDetail, QueueRow
from desktop.ui.presenting import Translate, Words, english

STATE_TEXT = {"overdue": QT_TRANSLATE_NOOP("CaseQueueModel", "⚑ OVERDUE"),
              "due soon": QT_TRANSLATE_NOOP("CaseQueueModel", "◷ due soon"), "": ""}
ACTIONS = ("contact", "wait", "transfer", "escalate", "reply", "resolve", "follow_up", "feedback")


@dataclass
class CasePresenter(Words):
    zone: dt.tzinfo | None = None  # the store's: times as the store's clock shows them
    locale: str = "en_US"
    translate: Translate = field(default=english, repr=False)

    def when(self, at: dt.datetime) -> str:
        """A day and time in the store's zone, in the station's language ("Mon 23 Nov 14:05")."""
        return format_datetime(at.astimezone(self.zone), "EEE d MMM HH:mm", locale=self.locale)

    def weekday(self, at: dt.datetime) -> str:
        """A day in the store's zone ("Mon 23 Nov")."""
        return format_datetime(at.astimezone(self.zone), "EEE d MMM", locale=self.locale)

    def state_text(self, state: str) -> str:
        text = STATE_TEXT.get(state, state)
        return self.translate("CaseQueueModel", text) if text else ""

    # ---- The queue

    def owner(self, row: QueueRow) -> str:
        return row.owner + (f" → {self.label(row.department)}" if row.department else "")

    def due_tip(self, row: QueueRow) -> str:
        return self.translate("CaseQueueModel", "{what} due").format(what=self.label(row.due_what))

    def page_line(self, page: int, page_size: int, shown: int, total: int) -> str:
        first = page * page_size + 1 if shown else 0
        return self.tr("{first}–{last} of {total}").format(
            first=first, last=page * page_size + shown, total=total)

    # ---- One case

    def header(self, detail: CaseDetail) -> str:
        row = detail.row
        if row.due_at:
            due = self.tr("{what} due {when}").format(what=self.label(row.due_what), when=self.when(row.due_at))
            if row.due_state:
                due += f" ({self.state_text(row.due_state)})"
        else:
            due = self.tr("no target running")
        customer = row.customer + (f" · {detail.contact}" if detail.contact else "")
        owner = row.owner + (" · " + self.tr("with {department}").format(department=self.label(row.department))
                             if row.department else "")
        lines = [self.tr("Case {number}: {subject}").format(number=row.number, subject=row.subject),
                 " · ".join((self.label(row.type), self.label(row.priority), self.label(row.status),
                             self.label(TIERS[row.tier]), due)),
                 self.tr("Customer: {customer}").format(customer=customer),
                 self.tr("Owner: {owner}").format(owner=owner)]
        if detail.receipt:
            lines.append(self.tr("Receipt {receipt}").format(receipt=detail.receipt)
                         + (" · " + self.tr("line {line}").format(line=detail.line) if detail.line else "")
                         + (" · " + self.tr("serial {serial}").format(serial=detail.serial)
                            if detail.serial else ""))
        if detail.product:
            lines.append(self.tr("Item: {product}").format(product=detail.product))
        if detail.return_code:
            lines.append(self.tr("Return {code}").format(code=detail.return_code))
        if detail.follow_up_at:
            lines.append(self.tr("Follow-up call due {day}").format(day=self.weekday(detail.follow_up_at)))
        if detail.first_contact_resolution:
            lines.append(self.tr("Solved on first contact"))
        return "\n".join(lines)

    def attachment(self, file: Attachment) -> str:
        if file.removed:
            return self.tr("{name} (removed)").format(name=file.filename)
        size = (self.tr("{kb} KB").format(kb=max(1, round(file.size / 1024))) if file.size < 1024 * 1024
                else self.tr("{mb} MB").format(mb=round(file.size / (1024 * 1024), 1)))
        return f"{file.filename} ({size})"

    def timeline(self, detail: CaseDetail) -> list[str]:
        """Every interaction, oldest first: when, who, how, and what was said."""
        entries = []
        for entry in detail.timeline:
            how = " ".join(x for x in (self.label(entry.channel), self.label(entry.direction)) if x)
            minutes = (", " + self.tr("{minutes} min").format(minutes=entry.minutes)
                       if entry.minutes else "")
            entries.append(f"{self.when(entry.at)}  {entry.who}{' · ' + how if how else ''}{minutes}\n"
                           f"{entry.summary}" + (f"\n{entry.notes}" if entry.notes else ""))
        return entries

    @staticmethod
    def actions(detail: CaseDetail | None) -> dict[str, bool]:
        """Which of ACTIONS the case allows: a closed case still takes a
        contact and a reply; a follow-up only once it is resolved."""
        status = detail.row.status if detail else ""
        active = status in ACTIVE
        allowed = {name: detail is not None and (active or name in ("contact", "reply"))
                   for name in ("contact", "wait", "transfer", "escalate", "reply", "resolve")}
        allowed["follow_up"] = status == "resolved"
        allowed["feedback"] = detail is not None
        return allowed
