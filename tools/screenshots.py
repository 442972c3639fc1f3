"""Screenshots of each screen, taken on a real X display (run under Xvfb):

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots.py

Seeds a demo database in a temporary folder, drives the real window the way
a clerk and a manager do, and saves the screen to docs/screenshots/.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
work = Path(tempfile.mkdtemp(prefix="rd-shots-"))
os.environ["RETURNDESK_DATA_DIR"] = str(work)
os.environ["RETURNDESK_SITE_CONFIG"] = str(work / "site.toml")
os.environ["RETURNDESK_USER_CONFIG"] = str(work / "user.toml")
sys.path.insert(0, str(ROOT))

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.config import load_settings  # noqa: E402
from desktop.ui import theme  # noqa: E402
from desktop.ui.app import build_window  # noqa: E402


def returndesk(*args: str) -> str:
    return subprocess.run([sys.executable, "-m", "desktop", *args], check=True, capture_output=True, text=True,
                          cwd=ROOT).stdout


def settle(window, ms: int = 400) -> None:  # type: ignore[no-untyped-def]
    for _ in range(100):
        QTest.qWait(50)
        if not window.station.runner.busy:
            break
    QTest.qWait(ms)


def shot(name: str) -> None:
    QApplication.processEvents()
    QApplication.primaryScreen().grabWindow(0).save(str(OUT / f"{name}.png"))
    print("saved", OUT / f"{name}.png")


def sign_in(window, staff: str, pin: str) -> None:  # type: ignore[no-untyped-def]
    window.signin.staff_id.setText(staff)
    window.signin.pin.setText(pin)
    window.signin.submit()
    settle(window)


def pick(window, row: int, qty: int, condition: str | None = None) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.returns.model import COL_CONDITION, COL_QTY, COL_SERIAL

    model = window.returns.model
    model.setData(model.index(row, COL_QTY), qty)
    if condition:
        model.setData(model.index(row, COL_CONDITION), condition)
    sold = model.draft.rows[row].serial_sold
    if sold:
        model.setData(model.index(row, COL_SERIAL), sold)
    QTest.qWait(300)
    settle(window)


def main() -> int:
    returndesk("db", "upgrade")
    samples = {s["key"]: s["receipt"] for s in json.loads(returndesk("demo", "seed", "--receipts", "300"))["samples"]}
    app = QApplication(sys.argv[:1])
    theme.apply(app)
    window = build_window(load_settings({}))
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    settle(window)
    window.signin.staff_id.setText("1001")
    shot("01-sign-in")
    sign_in(window, "1001", "2468")

    window.returns.open_code(samples["electronics"])
    settle(window)
    pick(window, 0, 1, "opened")
    shot("02-return-approved-with-fee")

    window.returns.clear()
    window.returns.open_code(samples["expired"])
    settle(window)
    pick(window, 0, 1)
    shot("03-return-needs-manager")
    window.returns.ask_manager_here()
    window.returns.dialog.manager_id.setText("9001")
    window.returns.dialog.reason.setCurrentText("Loyal customer")
    QTest.qWait(300)
    shot("04-manager-at-the-counter")
    window.returns.dialog.reject()

    window.returns.send_to_queue()
    settle(window)
    shot("05-waiting-for-the-queue")

    manager = build_window(load_settings({"register": "02"}))
    manager.resize(1280, 800)
    manager.move(0, 0)
    manager.show()
    settle(manager)
    sign_in(manager, "9001", "1357")
    manager.open_page("queue")
    QTest.qWait(1500)
    settle(manager)
    manager.raise_()
    manager.activateWindow()
    QTest.qWait(300)
    shot("06-override-queue")
    manager.close()

    window.raise_()
    window.returns.clear()
    window.returns.open_code(samples["clearance"])
    settle(window)
    pick(window, 0, 1)
    shot("07-return-denied-final-sale")
    window.returns.start_without_receipt()
    from desktop.services.receipts import lookup_products

    window.returns.add_item(lookup_products(window.station.ctx, "bear")[0]["sku"])
    settle(window, 600)
    window.returns.customer.setText("C42")
    window.returns.id_type.setCurrentIndex(window.returns.id_type.findData("passport"))
    window.returns.customer.editingFinished.emit()
    settle(window, 600)
    shot("09-no-receipt-return")
    from desktop.services import cases as case_service

    actor, ctx = window.station.actor, window.station.ctx
    for subject, channel, priority, customer in (
            ("Console does not start after the update", "phone", "high", "C42"),
            ("Wrong size delivered", "email", "normal", None),
            ("Question about the warranty length", "walk_in", "low", None),
            ("Refund not on my card yet", "letter", "urgent", "C7")):
        case_service.open_case(ctx, case_service.OpenCase(
            type="complaint" if "Refund" in subject else "technical_support", channel=channel, priority=priority,
            subject=subject, customer_code=customer, contact_name="Ms Lan Vo" if not customer else "",
            receipt=samples["electronics"] if customer == "C42" else None,
            summary="The customer explained the problem at length."), actor)
    first = case_service.open_case(ctx, case_service.OpenCase(
        type="repair_warranty", channel="walk_in", subject="Headphones crackle on the left side",
        customer_code="C42", receipt=samples["electronics"], summary="Brought the headphones in"), actor)
    case_service.log_contact(ctx, first.row.id, actor, "phone", "out", "Called: the repair bench needs 3 days",
                             minutes=5)
    case_service.transfer(ctx, first.row.id, actor, "service", "needs the repair bench")
    window.open_page("cases")
    settle(window, 800)
    window.cases.select_case(first.row.id)
    settle(window, 600)
    shot("10-service-desk-queue-and-timeline")
    # The customer view, and the walk-ins waiting at the counter.
    window.open_page("customers")
    window.customers.search.setText(samples["gold_member"])
    window.customers.find()
    settle(window, 800)
    window.customers.tabs.setCurrentIndex(0)
    shot("12-customer-view")
    from desktop.services import visits as visit_service

    for name in ("Ms Lan Vo", "", "Mr Jonas Petraitis"):
        visit_service.check_in(ctx, actor, name)
    window.open_page("walk_ins")
    settle(window, 600)
    shot("13-counter-queue")

    # A manager's reports: a few more returns first, so the chart has something to show.
    from desktop.services import returns as return_service

    for key in ("bogo", "coupon", "split_tender"):
        found = __import__("desktop.services.receipts", fromlist=["open_receipt"]).open_receipt(ctx, samples[key])
        line = found["lines"][0]
        return_service.process(return_service.parse_request({
            "receipt": samples[key], "items": [{"line": line["line"], "qty": 1, "reason": "defective"}],
            "idempotency_key": f"shot-{key}"}), actor, ctx)
    window.sign_out()
    sign_in(window, "9001", "1357")
    window.open_page("reports")
    settle(window)
    window.reports.which.setCurrentIndex(window.reports.which.findData("returns-by-reason"))
    window.reports.show_report()
    settle(window, 800)
    shot("11-reports")
    pdf = window.reports.export("pdf", str(work / "report.pdf"))
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-singlefile", str(pdf), str(OUT / "report-pdf")], check=False)
    window.open_page("staff")
    settle(window)
    window.staff.table.selectRow(1)
    shot("16-staff")
    window.open_page("settings")
    settle(window)
    window.settings.tax_id.setText("EIN 12-3456789")
    window.settings.footer.setPlainText("Thank you for shopping with us!\nReturns within 30 days with receipt.")
    shot("17-store-settings")
    window.open_page("reprint")
    window.reprint.code.setText(samples["bogo"])
    shot("08-reprint")
    window.close()
    for language, locale, store_name in (("vi", "vi_VN", "Harbor & Pine, Phố Chính"),
                                         ("te", "te_IN", "Harbor & Pine, మెయిన్ స్ట్రీట్")):
        store_speaks(locale, store_name)
        return_screen_in(language, samples["electronics"], f"14-return-screen-{locale}")
    return 0


def store_speaks(locale: str, name: str) -> None:
    """Store 0001's policy, in another language: the chain's rules, this locale."""
    import shutil

    from sqlalchemy import select

    from desktop.bootstrap import build_context
    from desktop.models import Store
    from desktop.resources import path as resource_path
    from desktop.services import policies

    shutil.copyfile(resource_path("policies", "harbor-pine-chain.toml"), work / "harbor-pine-chain.toml")
    policy = work / f"store-{locale}.toml"
    policy.write_text(f'extends = "harbor-pine-chain.toml"\nname = "{name}"\nlocale = "{locale}"\n', encoding="utf-8")
    ctx = build_context(load_settings({}))
    with ctx.uow(write=True) as uow:
        store = uow.session.scalars(select(Store).where(Store.code == "0001")).one()
        policies.install(uow.session, store, policy, "screenshots", ctx.now())
        uow.commit()
    ctx.db.dispose()


def return_screen_in(language: str, receipt: str, name: str) -> None:
    """A station whose language is set: an opened console coming back."""
    window = build_window(load_settings({"language": language}))
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    settle(window)
    sign_in(window, "1001", "2468")
    window.returns.open_code(receipt)
    settle(window)
    pick(window, 0, 1, "opened")
    shot(name)
    window.close()


if __name__ == "__main__":
    raise SystemExit(main())
