"""Printed documents from a real database: every kind renders to an 80 mm
PDF whose barcode an independent reader decodes back to the document's ID."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
import zxingcpp
from reportlab.lib.units import mm
from sqlalchemy import select

from desktop.models import AuditEntry, GiftReceipt
from desktop.printing import ROLL_80MM, render_pdf
from desktop.services import auth, documents, returns
from desktop.services.context import Context
from desktop.services.errors import NotFound, RequestError
from desktop.services.receipts import find_sale

CLERK = ("1001", "2468")


def page_text_and_codes(pdf: bytes) -> tuple[str, list[str], float]:
    page = pdfium.PdfDocument(pdf)[0]
    image = page.render(scale=203 / 72).to_pil()  # a thermal printer's resolution
    codes = [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.Code128]
    text = page.get_textpage().get_text_range().replace("\r\n", "\n")
    return text, codes, page.get_size()[0]


def completed_return(ctx: Context, code: str, refund_to: str = "original", key: str = "doc-1",
                     condition: str = "new") -> dict:
    actor = auth.sign_in(auth.SignIn(*CLERK), ctx)
    with ctx.uow() as uow:
        found = find_sale(uow.session, code)
        line = found.sale.lines[0]
        item = {"line": line.line_no, "qty": 1, "condition": condition, "reason": "changed_mind"}
        if line.serial:
            item["serial"] = line.serial
    reply = returns.process(returns.parse_request({"receipt": code, "items": [item], "refund_to": refund_to,
                                                   "idempotency_key": key}), actor, ctx)
    assert reply.status == "completed", reply.body
    return reply.body


def test_sale_receipt(ctx: Context, samples: dict[str, str]) -> None:
    code = samples["split_tender"]
    with ctx.uow() as uow:
        printed = documents.document(uow.session, code)
        sale = find_sale(uow.session, code).sale
    text, codes, width = page_text_and_codes(render_pdf(printed))
    assert codes == [code] and width == pytest.approx(80 * mm, abs=0.01)
    assert "SALE RECEIPT" in text and sale.lines[0].description in text
    assert [label for label, _ in printed.tenders][0].startswith("Card ending ")  # last 4 digits only


def test_return_receipt_names_everything_the_customer_needs(ctx: Context, samples: dict[str, str]) -> None:
    body = completed_return(ctx, samples["electronics"], condition="opened")
    with ctx.uow() as uow:
        printed = documents.document(uow.session, body["return_id"])
    text, codes, _ = page_text_and_codes(render_pdf(printed))
    assert codes == [body["return_id"]]
    assert samples["electronics"] in text  # the original receipt
    assert "Alex Rivera (1001)" in text  # who served
    assert "restocking fee" in body["decision"]["messages"][0]
    assert body["decision"]["messages"][0] in text.replace("\n", " ")
    assert printed.totals[-1][1].replace("$", "") == body["refund_total"]
    assert printed.footer  # the store's return-policy footer


def test_store_credit_voucher_is_scannable_and_worth_the_refund(ctx: Context, samples: dict[str, str]) -> None:
    body = completed_return(ctx, samples["coupon"], refund_to="store_credit")
    voucher_id = body["tenders"][0]["voucher_id"]
    with ctx.uow() as uow:
        printed = documents.document(uow.session, voucher_id)
        voucher = documents.find_voucher(uow.session, voucher_id)
        assert voucher.balance_cents == voucher.amount_cents
    text, codes, _ = page_text_and_codes(render_pdf(printed))
    assert codes == [voucher_id]
    assert printed.big_amount.replace("$", "") == body["refund_total"]
    assert "STORE CREDIT VOUCHER" in text


def test_gift_receipt_has_no_prices_and_leads_to_the_sale(ctx: Context, samples: dict[str, str]) -> None:
    actor = auth.sign_in(auth.SignIn(*CLERK), ctx)
    sale_code = samples["coupon"]
    printed = documents.issue_gift_receipt(ctx, sale_code, actor)
    assert printed.doc_id.startswith("4") and printed.doc_id != sale_code
    text, codes, _ = page_text_and_codes(render_pdf(printed))
    assert codes == [printed.doc_id]
    assert "$" not in text and all(not line.amount for line in printed.lines)
    with ctx.uow() as uow:
        found = find_sale(uow.session, printed.doc_id)
        assert found.gift and found.sale.doc_id == sale_code
        assert uow.session.scalar(select(GiftReceipt.sale_id).where(GiftReceipt.doc_id == printed.doc_id))


def test_a_gift_receipt_needs_a_sale(ctx: Context, samples: dict[str, str]) -> None:
    actor = auth.sign_in(auth.SignIn(*CLERK), ctx)
    with pytest.raises(RequestError, match="gift receipt is made from a sale"):
        documents.issue_gift_receipt(ctx, samples["gift"], actor)


def test_reprint_is_marked_and_audited(ctx: Context, samples: dict[str, str]) -> None:
    actor = auth.sign_in(auth.SignIn(*CLERK), ctx)
    printed = documents.reprint(ctx, samples["bogo"], actor)
    assert printed.reprint
    text, codes, _ = page_text_and_codes(render_pdf(printed))
    assert "REPRINT" in text and codes == [samples["bogo"]]
    with ctx.uow() as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "receipt.reprinted")).one()
        assert entry.entity_id == samples["bogo"] and entry.staff_id == actor.staff_id


def test_unknown_and_misread_ids(ctx: Context) -> None:
    with ctx.uow() as uow:
        with pytest.raises(NotFound, match="no return 2000101999999994"):
            documents.document(uow.session, "2000101999999994")
        with pytest.raises(RequestError, match="check digit"):
            documents.document(uow.session, "2000101999999995")


@pytest.mark.parametrize("backend", ["sqlite"])
def test_return_receipt_renders_fast_enough_to_print_at_once(ctx: Context, samples: dict[str, str]) -> None:
    """Not a timing test (bench/ measures speed): the roll is one page and the
    layout handles a return with every line of a receipt."""
    body = completed_return(ctx, samples["split_tender"])
    with ctx.uow() as uow:
        printed = documents.document(uow.session, body["return_id"])
    assert len(pdfium.PdfDocument(render_pdf(printed, ROLL_80MM))) == 1


@pytest.mark.parametrize(("locale", "title"), [("te_IN", "రిటర్న్ రసీదు"), ("vi_VN", "PHIẾU TRẢ HÀNG"),
                                               ("lt_LT", "GRĄŽINIMO ČEKIS"), ("fil_PH", "RESIBO NG BALIK")])
def test_a_return_receipt_in_the_stores_language(ctx: Context, samples: dict[str, str], locale: str,
                                                 title: str) -> None:
    from sqlalchemy import text

    body = completed_return(ctx, samples["electronics"], condition="opened", key=f"loc-{locale}")
    with ctx.uow(write=True) as uow:
        uow.session.execute(text("UPDATE stores SET locale = :l WHERE code = '0001'"), {"l": locale})
        uow.commit()
    with ctx.uow() as uow:
        printed = documents.document(uow.session, body["return_id"], reprint=True)
    assert printed.title == title and printed.label("reprint", "") != "REPRINT"
    _, codes, width = page_text_and_codes(render_pdf(printed))
    assert codes == [body["return_id"]] and width == pytest.approx(80 * mm, abs=0.01)


def test_the_cash_drawer_opens_for_cash_just_refunded_and_never_on_a_reprint(
        ctx: Context, samples: dict[str, str], clock) -> None:  # type: ignore[no-untyped-def]
    from desktop.printing import escpos
    from desktop.printing.outputs import EscPosOutput

    clerk = auth.sign_in(auth.SignIn(*CLERK), ctx)
    with ctx.uow() as uow:  # the whole split-tender sale: the card first, then the cash part
        sale = find_sale(uow.session, samples["split_tender"]).sale
        everything = [{"line": line.line_no, "qty": line.qty, "condition": "new"} for line in sale.lines]
    cash = returns.process(returns.parse_request({"receipt": samples["split_tender"], "items": everything,
                                                  "idempotency_key": "drawer-cash"}), clerk, ctx).body
    assert "cash" in [t["type"] for t in cash["tenders"]]
    card = completed_return(ctx, samples["coupon"], key="drawer-card")
    assert "cash" not in [t["type"] for t in card["tenders"]]

    def opens(code: str, reprint: bool = False) -> bool:
        printed = documents.reprint(ctx, code, clerk) if reprint else documents.fetch(ctx, code)
        job = EscPosOutput(printer=None).job(printed)  # type: ignore[arg-type]
        assert (escpos.DRAWER_PULSE in job) is printed.opens_drawer
        return printed.opens_drawer

    assert opens(cash["return_id"]) and not opens(card["return_id"])
    assert not opens(cash["return_id"], reprint=True)  # a reprint is how a refund gets claimed twice
    clock.advance(minutes=3)
    assert not opens(cash["return_id"])  # an old receipt printed again opens nothing
    with ctx.uow() as uow:  # a document built without a printing moment (a PDF export) never asks for the drawer
        assert not documents.document(uow.session, cash["return_id"]).opens_drawer
