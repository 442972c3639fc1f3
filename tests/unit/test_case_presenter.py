"""The Service desk's words and rules without a window (no QApplication)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from desktop.services.cases import CaseDetail, QueueRow, TimelineEntry
from desktop.ui.cases.presenter import ACTIONS, CasePresenter

NOON = dt.datetime(2026, 11, 23, 17, 5, tzinfo=dt.UTC)  # 12:05 in New York


def row(status: str = "open", **changes: object) -> QueueRow:
    values: dict[str, object] = dict(id=1, number=17, type="complaint", status=status, priority="high",
                                     channel="phone", subject="Late delivery", customer="Dana Whitfield (C42)",
                                     owner="Alex Rivera", tier=1, department="", due_at=NOON,
                                     due_what="first response", due_state="overdue")
    values.update(changes)
    return QueueRow(**values)  # type: ignore[arg-type]


def detail(status: str = "open", **changes: object) -> CaseDetail:
    entry = TimelineEntry(at=NOON, kind="contact", channel="phone", direction="in", who="Alex Rivera", minutes=4,
                          summary="The sofa did not come", notes="")
    return CaseDetail(row=row(status, **changes), receipt="1000102000001234", serial=None, product="",
                      contact="555-0100", first_response_at=None, resolution_due=None, resolved_at=None,
                      follow_up_at=None, first_contact_resolution=False, timeline=(entry,))


def presenter() -> CasePresenter:
    return CasePresenter(zone=ZoneInfo("America/New_York"), locale="en_US")


def test_the_header_says_what_is_due_and_when_in_the_stores_time() -> None:
    header = presenter().header(detail()).splitlines()
    assert header[0] == "Case 17: Late delivery"
    assert header[1] == "complaint · high · open · senior staff · first response due Mon 23 Nov 12:05 (⚑ OVERDUE)"
    assert header[2] == "Customer: Dana Whitfield (C42) · 555-0100"
    assert header[4] == "Receipt 1000102000001234"


def test_a_transferred_case_names_the_department_and_keeps_its_owner() -> None:
    shown = presenter().header(detail(department="warehouse"))
    assert "Owner: Alex Rivera · with warehouse" in shown
    assert presenter().owner(row(department="warehouse")) == "Alex Rivera → warehouse"


def test_the_timeline_reads_when_who_how_and_what() -> None:
    assert presenter().timeline(detail()) == ["Mon 23 Nov 12:05  Alex Rivera · phone from the customer, 4 min\n"
                                              "The sofa did not come"]


def test_a_closed_case_takes_only_a_contact_a_reply_and_feedback() -> None:
    allowed = CasePresenter.actions(detail("closed"))
    assert sorted(name for name, on in allowed.items() if on) == ["contact", "feedback", "reply"]
    assert set(allowed) == set(ACTIONS)
    assert CasePresenter.actions(detail("resolved"))["follow_up"] is True
    assert not any(CasePresenter.actions(None).values())


def test_the_page_line_and_a_translation_handed_in() -> None:
    marked = CasePresenter(translate=lambda context, text: f"[{context}] {text}")
    assert marked.page_line(1, 50, 3, 53) == "[CasePresenter] 51–53 of 53"  # its own words: its class's context
    assert marked.state_text("due soon") == "[CaseQueueModel] ◷ due soon"
    assert marked.label("waiting_customer") == "[Codes] waiting on the customer"
