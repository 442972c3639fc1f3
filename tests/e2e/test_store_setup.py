"""A store set up from nothing with the command line, as docs/setting-up.md
tells IT to: a fresh database, the first admin, a Vietnamese store in VND,
its products and staff from files, a sale from its POS, a return, and the
return exported back out (POSLog, CSV) and read back by our own importer."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
from pypdfium2 import PdfDocument
from sqlalchemy import create_engine, select, text

from desktop.models import AuditEntry, PosReturn, Product, SaleLine, Staff
from tests.e2e.test_cli import one_clear_line, run

PRODUCTS = """sku,gtin,description,department,price,price_from,tax_rate,final_sale,serial_required
AO-THUN,8934567890120,Áo thun cotton,20,199000,2026-11-01,0.1,,
AO-THUN,8934567890120,Áo thun cotton,20,149000,2026-11-20,0.1,,
NOI-COM,,Nồi cơm điện,40,1290000,2026-10-01,0.1,,true
BAD,12345,Mã vạch sai,20,1000,,,,
"""
STAFF = """staff_id,name,role,store,email
1001,Nguyễn Văn An,clerk,0001,an@store.example
9002,Phạm Minh,manager,0001,
1003,,clerk,0001,
1004,Trần Bình,clerk,0001,binh at store
"""
SALE = {"pos_ref": {"store": "1", "register": "2", "transaction": "5001", "business_day": "2026-12-02"},
        "purchased_at": "2026-12-02T15:10:00", "currency": "VND", "customer_id": "KH0042", "points_earned": 40,
        "lines": [{"line": "1", "sku": "AO-THUN", "qty": 2, "unit_price": "149000",
                   "tax": [{"authority": "VAT", "amount": "29800", "percent": "10"}]},
                  {"line": "2", "sku": "NOI-COM", "qty": 1, "unit_price": "1290000", "serial": "RC-778",
                   "tax": [{"authority": "VAT", "amount": "129000", "percent": "10"}]}],
        "tenders": [{"type": "cash", "amount": "2000000", "change": "253200"}], "total": "1746800"}


@pytest.fixture
def env(empty_db_url: str, tmp_path: Path) -> dict[str, str]:
    values = dict(os.environ)
    values.update(RETURNDESK_DB_URL=empty_db_url, RETURNDESK_DATA_DIR=str(tmp_path / "data"), RETURNDESK_STORE="0001")
    values.pop("RETURNDESK_PIN", None)
    return values


def ok(*args: str, env: dict[str, str], pin: str | None = None, stdin: str | None = None) -> dict:
    done = run(*args, env={**env, **({"RETURNDESK_PIN": pin} if pin else {})}, stdin=stdin)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_vietnamese_store_from_nothing_to_its_returns_exported(env: dict[str, str], tmp_path: Path,
                                                                 empty_db_url: str) -> None:
    run("db", "upgrade", env=env)
    # The first admin, and the store with them; never a default PIN.
    weak = run("staff", "add", "9001", "--first-admin", "--name", "Trần Thị Mai", "--store", "0001",
               env={**env, "RETURNDESK_PIN": "123456"})
    assert weak.returncode == 2 and "harder to guess" in one_clear_line(weak)
    made = ok("staff", "add", "9001", "--first-admin", "--name", "Trần Thị Mai", "--store", "0001",
              "--store-name", "Cửa hàng Hoàn Kiếm", "--currency", "VND", "--timezone", "Asia/Ho_Chi_Minh",
              env=env, pin="482913")
    assert made["role"] == "admin" and made["store_created"] is True
    again = run("staff", "add", "9009", "--first-admin", "--name", "X", "--store", "0001",
                env={**env, "RETURNDESK_PIN": "777555"})
    assert again.returncode == 7 and "already has staff" in one_clear_line(again)
    settings = ok("store", "set", "locale=vi_VN", "address=12 Hàng Bạc, Hoàn Kiếm, Hà Nội", "tax_id=0101234567",
                  "receipt_footer=Cảm ơn quý khách", "--staff", "9001", env=env, pin="482913")
    assert (settings["locale"], settings["currency"], settings["timezone"]) == ("vi_VN", "VND", "Asia/Ho_Chi_Minh")
    # Products and people from files, bad records rejected with their reasons.
    (tmp_path / "products.csv").write_text(PRODUCTS, encoding="utf-8")
    products = run("import", "products", str(tmp_path / "products.csv"), env=env)
    assert products.returncode == 6 and json.loads(products.stdout)["imported"] == 3
    assert "check digit" in (tmp_path / "products.csv.rejects.jsonl").read_text()
    (tmp_path / "staff.csv").write_text(STAFF, encoding="utf-8")
    people = run("import", "staff", str(tmp_path / "staff.csv"), "--staff", "9001",
                 env={**env, "RETURNDESK_PIN": "482913"})
    assert people.returncode == 6, people.stderr
    pins_file = Path(json.loads(people.stdout)["one_time_pins_file"])
    assert oct(pins_file.stat().st_mode & 0o777) == "0o600"
    pins = {row["staff_id"]: row["one_time_pin"]
            for row in csv.DictReader(pins_file.read_text(encoding="utf-8").splitlines())}
    assert set(pins) == {"1001", "9002"}
    assert "binh at store is not a mail address" in (tmp_path / "staff.csv.rejects.jsonl").read_text(encoding="utf-8")
    # A clerk cannot reach the staff or settings commands.
    ok("pin", "--staff", "1001", env=env, stdin=f"{pins['1001']}\n583920\n")
    clerk = run("store", "set", "name=X", "--staff", "1001", env={**env, "RETURNDESK_PIN": "583920"})
    assert clerk.returncode == 7 and "for managers and admins" in one_clear_line(clerk)
    assert run("staff", "list", "--staff", "1001", env={**env, "RETURNDESK_PIN": "583920"}).returncode == 7
    one_time = run("staff", "list", "--staff", "9002", env={**env, "RETURNDESK_PIN": pins["9002"]})
    assert one_time.returncode == 7 and "choose your own first" in one_clear_line(one_time)
    # A sale from the POS, returned at the counter's service, in Vietnamese.
    (tmp_path / "sale.jsonl").write_text(json.dumps(SALE, ensure_ascii=False) + "\n", encoding="utf-8")
    assert ok("import", "sales", str(tmp_path / "sale.jsonl"), "--quiet", env=env)["imported"] == 1
    receipt = ok("receipt", "show", "--pos", "1/2/5001/2026-12-02", env=env)
    assert receipt["lines"][0]["description"] == "Áo thun cotton"  # the catalogue's name for the POS's SKU
    request = tmp_path / "return.json"
    request.write_text(json.dumps({"receipt": receipt["receipt_id"], "items": [
        {"line": 1, "qty": 1, "condition": "new", "reason": "wrong_size"}],
        "staff": {"id": "1001", "pin": "583920"}, "idempotency_key": "fresh-1"}), encoding="utf-8")
    reply = ok("returns", "process", str(request), env=env)
    assert reply["refund_total"] == "163900" and reply["decision"]["summary"] == \
        "Chúng tôi sẽ hoàn 163.900\xa0₫ bằng tiền mặt."
    assert run("receipt", "pdf", reply["return_id"], "--out", str(tmp_path / "return.pdf"), env=env).returncode == 0
    page = PdfDocument(str(tmp_path / "return.pdf"))[0].get_textpage().get_text_range()
    for words in ("Cửa hàng Hoàn Kiếm", "12 Hàng Bạc", "MST 0101234567", "PHIẾU TRẢ HÀNG", "Cảm ơn quý khách",
                  "163.900"):
        assert words in page, words
    # Out, to each target once; POSLog reads back through our own importer.
    first = ok("export", "returns", "--format", "poslog", "--out", str(tmp_path / "pos-1.xml"), "--target", "pos",
               env=env)
    assert (first["returns"], first["vouchers"]) == (1, 0)
    assert ok("export", "returns", "--format", "poslog", "--out", str(tmp_path / "pos-2.xml"), "--target", "pos",
              env=env)["returns"] == 0
    accounts = ok("export", "returns", "--format", "csv", "--out", str(tmp_path / "accounts.csv"), "--target",
                  "accounts", env=env)
    assert accounts["returns"] == 1
    rows = list(csv.DictReader((tmp_path / "accounts.csv").read_text(encoding="utf-8").splitlines()))
    assert [row["record"] for row in rows] == ["return", "return_line", "refund_tender"]
    assert rows[0]["sale_pos_ref"] == "1/2/5001/2026-12-02" and rows[0]["points_reversed"] == "4"
    assert rows[1]["disposition"] == "restock" and rows[2]["type"] == "cash"
    back = ok("import", "sales", str(tmp_path / "pos-1.xml"), "--quiet", env=env)
    assert (back["duplicates"], back["imported"]) == (1, 0)  # our own return: known here already
    engine = create_engine(empty_db_url)
    with engine.connect() as connection:
        assert connection.scalar(select(Product.price_cents).where(Product.sku == "AO-THUN")) == 149000
        actions = set(connection.scalars(select(AuditEntry.action)))
        assert {"staff.created", "store.changed", "staff.pin_chosen", "return.completed"} <= actions
        assert connection.scalar(select(Staff.pin_must_change).where(Staff.code == "1001")) is False
    engine.dispose()


def test_a_return_rung_on_the_pos_is_no_longer_returnable_here(env: dict[str, str], tmp_path: Path,
                                                               empty_db_url: str) -> None:
    """The POSLog a ReturnDesk export writes, read into another database that
    has the sale (another ReturnDesk, or the POS's own return in that shape)."""
    from tests.imports.poslog import poslog

    run("db", "upgrade", env=env)
    ok("staff", "add", "9001", "--first-admin", "--name", "Admin", "--store", "0001", "--store-name", "Kho",
       "--currency", "VND", "--timezone", "Asia/Ho_Chi_Minh", env=env, pin="482913")
    (tmp_path / "sale.jsonl").write_text(json.dumps(SALE) + "\n", encoding="utf-8")
    ok("import", "sales", str(tmp_path / "sale.jsonl"), "--quiet", env=env)
    returned = poslog(
        "<Transaction><RetailStoreID>1</RetailStoreID><WorkstationID>2</WorkstationID><SequenceNumber>6001"
        "</SequenceNumber><BusinessDayDate>2026-12-03</BusinessDayDate><CurrencyCode>VND</CurrencyCode>"
        '<RetailTransaction TransactionStatus="Finished"><LineItem><SequenceNumber>1</SequenceNumber>'
        "<Return><ItemID>AO-THUN</ItemID><ExtendedAmount>149000</ExtendedAmount><Quantity>2</Quantity>"
        '<TransactionLink ReasonCode="Return"><RetailStoreID>1</RetailStoreID><WorkstationID>2</WorkstationID>'
        "<SequenceNumber>5001</SequenceNumber><BusinessDayDate>2026-12-02</BusinessDayDate>"
        "<LineItemSequenceNumber>1</LineItemSequenceNumber></TransactionLink><Tax><Amount>29800</Amount></Tax>"
        "</Return></LineItem><LineItem><SequenceNumber>2</SequenceNumber>"
        '<Tender TenderType="Cash" TypeCode="Refund"><Amount>327800</Amount></Tender></LineItem>'
        '<Total TotalType="TransactionGrandAmount">327800</Total></RetailTransaction></Transaction>')
    (tmp_path / "pos-return.xml").write_text(returned, encoding="utf-8")
    summary = ok("import", "sales", str(tmp_path / "pos-return.xml"), "--quiet", env=env)
    assert summary["imported"] == 1
    assert ok("import", "sales", str(tmp_path / "pos-return.xml"), "--quiet", env=env)["duplicates"] == 1
    receipt = ok("receipt", "show", "--pos", "1/2/5001/2026-12-02", env=env)
    assert receipt["lines"][0]["returned_qty"] == 2 and receipt["refunded_tenders"][0]["amount"] == "327800"
    engine = create_engine(empty_db_url)
    with engine.connect() as connection:
        assert connection.scalar(select(PosReturn.pos_ref)) == "1/2/6001/2026-12-03"
        assert connection.scalar(select(SaleLine.returned_qty).where(SaleLine.sku == "AO-THUN")) == 2
        assert connection.scalar(text("SELECT count(*) FROM returns")) == 0
    engine.dispose()


def test_policy_check_names_the_departments_that_map_to_no_category(env: dict[str, str], tmp_path: Path) -> None:
    run("db", "upgrade", env=env)
    ok("staff", "add", "9001", "--first-admin", "--name", "Admin", "--store", "0001", "--store-name", "Kho",
       env=env, pin="482913")
    (tmp_path / "products.csv").write_text(PRODUCTS, encoding="utf-8")
    run("import", "products", str(tmp_path / "products.csv"), env=env)
    policy = str(Path(__file__).parents[2] / "resources" / "policies" / "default.toml")
    checked = run("policy", "check", policy, env=env)
    assert checked.returncode == 0 and "departments 20, 40 of the catalogue map to no category" in checked.stderr
    site = tmp_path / "site.toml"
    site.write_text('[pos.departments]\n"20" = "apparel"\n"40" = "appliances"\n', encoding="utf-8")
    quiet = run("policy", "check", policy, env={**env, "RETURNDESK_SITE_CONFIG": str(site)})
    assert quiet.returncode == 0 and "warning" not in quiet.stderr


def test_export_watch_writes_a_file_when_there_is_something_new(env: dict[str, str], tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    run("db", "upgrade", env=env)
    ok("staff", "add", "9001", "--first-admin", "--name", "Admin", "--store", "0001", "--store-name", "Kho",
       "--currency", "VND", "--timezone", "Asia/Ho_Chi_Minh", env=env, pin="482913")
    (tmp_path / "sale.jsonl").write_text(json.dumps(SALE) + "\n", encoding="utf-8")
    ok("import", "sales", str(tmp_path / "sale.jsonl"), "--quiet", env=env)
    watcher = subprocess.Popen([sys.executable, "-m", "desktop", "export", "watch", str(tmp_path / "out"), "--format",
                                "jsonl", "--target", "erp", "--every", "0.3"], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(1.5)
        assert not list((tmp_path / "out").glob("*.jsonl"))  # nothing returned yet: no file
        ok("staff", "add", "1001", "--name", "An", "--role", "clerk", "--staff", "9001", env=env, pin="482913")
        receipt = ok("receipt", "show", "--pos", "1/2/5001/2026-12-02", env=env)
        from sqlalchemy import create_engine, update

        engine = create_engine(env["RETURNDESK_DB_URL"])
        with engine.begin() as connection:  # the clerk chose a PIN at a counter
            from desktop.services.auth import hash_pin

            connection.execute(update(Staff).where(Staff.code == "1001").values(
                pin_hash=hash_pin(env["RETURNDESK_PEPPER"].encode(), "583920"), pin_must_change=False))
        engine.dispose()
        request = tmp_path / "r.json"
        request.write_text(json.dumps({"receipt": receipt["receipt_id"], "items": [{"line": 1, "qty": 1}],
                                       "staff": {"id": "1001", "pin": "583920"}, "idempotency_key": "w"}))
        ok("returns", "process", str(request), env=env)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not list((tmp_path / "out").glob("*.jsonl")):
            time.sleep(0.2)
        [written] = list((tmp_path / "out").glob("*.jsonl"))
        assert json.loads(written.read_text().splitlines()[0])["kind"] == "return"
    finally:
        watcher.terminate()
        watcher.communicate(timeout=20)
    assert watcher.returncode == 0
