"""`returndesk` as other programs and IT use it: real processes, real databases."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.db.engine import Database
from tests.unit.builders import case, item, line, receipt

DATA = Path(__file__).parents[1] / "unit" / "data"


def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=300,
                          env=env or dict(os.environ), input=stdin)


def one_clear_line(result: subprocess.CompletedProcess) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("returndesk: ")
    return lines[0]


def test_upgrade_seed_show_on_a_new_database(empty_db_url: str, tmp_path: Path) -> None:
    env = {**os.environ, "RETURNDESK_DATA_DIR": str(tmp_path / "data")}
    first = run("--db", empty_db_url, "db", "upgrade", env=env)
    assert first.returncode == 0 and "schema empty ->" in first.stdout
    again = run("--db", empty_db_url, "db", "upgrade", env=env)
    assert again.returncode == 0 and "already at" in again.stdout
    seeded = run("--db", empty_db_url, "demo", "seed", "--receipts", "1000", env=env)
    assert seeded.returncode == 0, seeded.stderr
    summary = json.loads(seeded.stdout)
    assert len(summary["sample_receipts"]) >= 5
    assert {"id": "1001", "pin": "2468"} == summary["clerk"] and summary["manager"] == {"id": "9001", "pin": "1357"}
    db = Database.connect(empty_db_url)
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM sales")).scalar() == 1000
    db.dispose()
    shown = run("--db", empty_db_url, "receipt", "show", summary["sample_receipts"][0], env=env)
    assert shown.returncode == 0, shown.stderr
    sale = json.loads(shown.stdout)
    assert sale["receipt_id"] == summary["sample_receipts"][0]
    assert all("returned_qty" in line for line in sale["lines"])
    twice = run("--db", empty_db_url, "demo", "seed", env=env)
    assert twice.returncode == 2 and "already holds the demo chain" in one_clear_line(twice)
    down = run("--db", empty_db_url, "db", "downgrade", "base", env=env)
    assert down.returncode == 0 and "now empty" in down.stdout
    assert run("--db", empty_db_url, "db", "upgrade", env=env).returncode == 0


def test_the_same_seed_gives_the_same_store(tmp_path: Path) -> None:
    outputs = []
    for name in ("a", "b"):
        url = f"sqlite:///{tmp_path / name}.db"
        env = {**os.environ, "RETURNDESK_DATA_DIR": str(tmp_path / name)}
        assert run("--db", url, "db", "upgrade", env=env).returncode == 0
        seeded = run("--db", url, "demo", "seed", "--receipts", "200", "--seed", "3", "--today", "2026-11-20", env=env)
        summary = json.loads(seeded.stdout)
        outputs.append((summary["sample_receipts"],
                        run("--db", url, "receipt", "show", summary["sample_receipts"][1], env=env).stdout))
    assert outputs[0] == outputs[1]


def test_receipt_show_feeds_policy_evaluate(cli_env: dict[str, str], samples: dict[str, str], tmp_path: Path) -> None:
    shown = run("receipt", "show", samples["electronics"], env=cli_env)
    sale = json.loads(shown.stdout)
    doc = {"today": sale["purchased_at"][:10], "store_id": "0001", "receipt": sale,
           "customer": {"id": "C42", "tier": "gold", "id_verified": True},
           "items": [{"line": 1, "qty": 1, "condition": "opened", "serial": sale["lines"][0]["serial"]}]}
    (tmp_path / "case.json").write_text(json.dumps(doc))
    from desktop import resources

    decided = run("policy", "evaluate", "--policy", str(resources.path("policies", "main-street.toml")),
                  str(tmp_path / "case.json"), env=cli_env)
    assert decided.returncode == 0, decided.stderr
    decision = json.loads(decided.stdout)
    assert decision["outcome"] == "approve" and decision["lines"][0]["reasons"] == ["RESTOCKING_FEE"]


def test_policy_check_and_evaluate(tmp_path: Path) -> None:
    ok = run("policy", "check", str(DATA / "contract-policy.toml"))
    assert ok.returncode == 0 and "valid" in ok.stdout
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "X"\ndefault_window_days = 30\n[categories.tv]\nrestocking_fee_pct = 120\n'
                   '[override]\nallowed = ["NOPE"]\n')
    checked = run("policy", "check", str(bad))
    assert checked.returncode == 2
    assert f"{bad}:4: categories.tv.restocking_fee_pct: 120 % is over 100 %" in checked.stderr
    assert f"{bad}:6: override.allowed: unknown reason code 'NOPE'" in checked.stderr
    decided = run("policy", "evaluate", "--policy", str(DATA / "contract-policy.toml"),
                  str(DATA / "contract-case.json"))
    assert decided.returncode == 0 and json.loads(decided.stdout)["refund_total"] == "456.91"
    doc = case(receipt([line(1, "10.00")]), [item(1)])
    doc["receipt"]["lines"][0]["unit_price"] = "ten"
    malformed = run("policy", "evaluate", "--policy", str(DATA / "contract-policy.toml"), "-", stdin=json.dumps(doc))
    assert malformed.returncode == 2
    assert "receipt.lines[0].unit_price" in one_clear_line(malformed)
    invalid_policy = run("policy", "evaluate", "--policy", str(bad), str(DATA / "contract-case.json"))
    assert invalid_policy.returncode == 2 and "Traceback" not in invalid_policy.stderr


def _request(tmp_path: Path, name: str, **doc: object) -> str:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps({"refund_to": "original", "staff": {"id": "1001", "pin": "2468"}, **doc}))
    return str(path)


def test_returns_process_exit_codes_and_replay(cli_env: dict[str, str], samples: dict[str, str],
                                               tmp_path: Path) -> None:
    completed = _request(tmp_path, "ok", receipt=samples["coupon"], idempotency_key="cli-1",
                         items=[{"line": 1, "qty": 1, "condition": "new", "reason": "changed_mind"}],
                         customer={"id": "C42", "id_verified": True})
    first = run("returns", "process", completed, env=cli_env)
    assert first.returncode == 0, first.stderr
    reply = json.loads(first.stdout)
    assert reply["status"] == "completed" and len(reply["return_id"]) == 16
    assert set(reply) >= {"status", "return_id", "refund_total", "tenders", "decision"}
    replay = run("returns", "process", completed, env=cli_env)
    assert replay.returncode == 0 and json.loads(replay.stdout) == reply
    expired = _request(tmp_path, "old", receipt=samples["expired"], idempotency_key="cli-2",
                       items=[{"line": 1, "qty": 1}])
    needs = run("returns", "process", expired, env=cli_env)
    assert needs.returncode == 3 and json.loads(needs.stdout)["status"] == "needs_override"
    approved = _request(tmp_path, "approved", receipt=samples["expired"], idempotency_key="cli-3",
                        items=[{"line": 1, "qty": 1}],
                        override={"manager_id": "9001", "pin": "1357", "reason": "loyal customer"})
    assert run("returns", "process", approved, env=cli_env).returncode == 0
    final = _request(tmp_path, "final", receipt=samples["clearance"], idempotency_key="cli-4",
                     items=[{"line": 1, "qty": 1}])
    denied = run("returns", "process", final, env=cli_env)
    assert denied.returncode == 4 and json.loads(denied.stdout)["decision"]["lines"][0]["reasons"] == ["FINAL_SALE"]
    wrong_pin = _request(tmp_path, "pin", receipt=samples["coupon"], idempotency_key="cli-5",
                         items=[{"line": 2, "qty": 1}], staff={"id": "1001", "pin": "0000"})
    refused = run("returns", "process", wrong_pin, env=cli_env)
    assert refused.returncode == 2 and "wrong staff ID or PIN" in one_clear_line(refused)
    bad_item = _request(tmp_path, "bad", receipt=samples["coupon"], idempotency_key="cli-6",
                        items=[{"line": 1, "qty": 0}])
    assert "items[0].qty" in one_clear_line(run("returns", "process", bad_item, env=cli_env))
    assert run("audit", "verify", env=cli_env).returncode == 0


@pytest.mark.parametrize(("code", "message"), [
    ("100010100000016", "has 16 digits"),
    ("1000101000000163", "check digit"),
    ("10001O1000000160", "contains 'O'"),
])
def test_a_misread_barcode_is_refused_before_any_lookup(code: str, message: str) -> None:
    result = run("--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "receipt", "show", code)
    assert result.returncode == 2 and message in one_clear_line(result)


def test_an_unknown_receipt(cli_env: dict[str, str]) -> None:
    from desktop.policy.docid import DocumentId, DocumentKind

    unknown = str(DocumentId(DocumentKind.SALE, "0001", "01", 9_999_999))
    result = run("receipt", "show", unknown, env=cli_env)
    assert result.returncode == 2 and "no sale" in one_clear_line(result)


def test_an_unreachable_database() -> None:
    result = run("--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "receipt", "show", "1000102000001234")
    assert result.returncode == 5 and "cannot reach the database" in one_clear_line(result)
    garbage = run("--db", "mysql-ish:/x", "db", "upgrade")
    assert garbage.returncode == 5 and "not a database URL" in one_clear_line(garbage)


def test_a_database_newer_than_the_program(cli_env: dict[str, str], seeded_url: str) -> None:
    db = Database.connect(seeded_url)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff00000099'"))
    db.dispose()
    result = run("receipt", "show", "1000102000001234", env=cli_env)
    assert result.returncode == 5 and "newer than this program" in one_clear_line(result)


def test_receipt_pdf_for_a_sale_and_clear_refusals(cli_env: dict[str, str], samples: dict[str, str],
                                                   tmp_path: Path) -> None:
    import pypdfium2 as pdfium
    import zxingcpp

    out = tmp_path / "sale.pdf"
    done = run("receipt", "pdf", samples["bogo"], "--out", str(out), "--reprint", env=cli_env)
    assert done.returncode == 0, done.stderr
    image = pdfium.PdfDocument(out.read_bytes())[0].render(scale=203 / 72).to_pil()
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [samples["bogo"]]
    misread = run("receipt", "pdf", samples["bogo"][:-1] + str((int(samples["bogo"][-1]) + 1) % 10),
                  "--out", str(tmp_path / "x.pdf"), env=cli_env)
    assert misread.returncode == 2 and "check digit" in one_clear_line(misread)
    unknown = run("receipt", "pdf", "3000199000000019", "--out", str(tmp_path / "y.pdf"), env=cli_env)
    assert unknown.returncode == 2 and "no store-credit voucher" in one_clear_line(unknown)
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()


def test_the_window_refuses_an_unreachable_database_with_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RETURNDESK_DATA_DIR": str(tmp_path),
           "RETURNDESK_DB_URL": "postgresql+psycopg://nobody@127.0.0.1:1/nowhere"}
    started = run(env=env)
    assert started.returncode == 5
    assert "cannot open its database" in one_clear_line(started.__class__(
        started.args, started.returncode, started.stdout,
        "\n".join(line for line in started.stderr.splitlines() if line.startswith("returndesk"))))


def test_the_window_says_so_without_a_display(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    started = run(env={**env, "RETURNDESK_DATA_DIR": str(tmp_path)})
    assert started.returncode == 2 and "no display" in one_clear_line(started)


def test_selftest_checks_the_installation_without_a_display(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    done = run("--selftest", env={**env, "RETURNDESK_DATA_DIR": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    steps = [line.split(":")[1].strip() for line in done.stdout.splitlines() if ": ok" in line]
    assert steps == ["station database", "database", "policy", "receipt", "languages", "window"]
    assert "vi “Đăng xuất”" in done.stdout and "te “సైన్ అవుట్”" in done.stdout


def test_backup_while_in_use_and_restore(tmp_path: Path) -> None:
    import sqlite3

    env = {**os.environ, "RETURNDESK_DATA_DIR": str(tmp_path / "data")}
    url = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    assert run("--db", url, "db", "upgrade", env=env).returncode == 0
    assert run("--db", url, "demo", "seed", "--receipts", "50", env=env).returncode == 0
    reader = sqlite3.connect(tmp_path / "live.sqlite3")  # a counter holding the database open
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM sales").fetchone()
    done = run("--db", url, "db", "backup", str(tmp_path / "copy.sqlite3"), env=env)
    assert done.returncode == 0, done.stderr
    reader.rollback()
    reader.close()
    again = run("--db", url, "db", "backup", str(tmp_path / "copy.sqlite3"), env=env)
    assert again.returncode == 2 and "already exists" in one_clear_line(again)
    with sqlite3.connect(tmp_path / "live.sqlite3") as live:
        sales = live.execute("SELECT count(*) FROM sales").fetchone()[0]
        live.execute("UPDATE stores SET name = 'Changed'")  # a change after the backup
    restored = run("--db", url, "db", "restore", str(tmp_path / "copy.sqlite3"), env=env)
    assert restored.returncode == 0, restored.stderr
    with sqlite3.connect(tmp_path / "live.sqlite3") as live:
        assert live.execute("SELECT count(*) FROM sales").fetchone()[0] == sales
        assert live.execute("SELECT count(*) FROM audit_heads").fetchone()[0] >= 1
        assert live.execute("SELECT DISTINCT name FROM stores WHERE name = 'Changed'").fetchone() is None
    (tmp_path / "junk.sqlite3").write_bytes(b"not a database at all" * 100)
    junk = run("--db", url, "db", "restore", str(tmp_path / "junk.sqlite3"), env=env)
    assert junk.returncode == 2 and "not a ReturnDesk database" in one_clear_line(junk)


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_backup_of_a_shared_database_points_to_pg_dump(empty_db_url: str, tmp_path: Path) -> None:
    done = run("--db", empty_db_url, "db", "backup", str(tmp_path / "x.sqlite3"),
               env={**os.environ, "RETURNDESK_DATA_DIR": str(tmp_path)})
    assert done.returncode == 5 and "pg_dump" in one_clear_line(done)


def test_cases_list_show_and_export(cli_env: dict[str, str], seeded_url: str, tmp_path: Path) -> None:
    from desktop.services import auth, cases
    from tests.conftest import Clock, make_context

    ctx = make_context(seeded_url, tmp_path, Clock())
    actor = auth.sign_in(auth.SignIn("1001", "2468"), ctx)
    opened = cases.open_case(ctx, cases.OpenCase(type="inquiry", channel="phone", subject="Warranty length?",
                                                 customer_code="C42"), actor)
    ctx.db.dispose()
    listed = run("cases", "list", "--store", "0001", env=cli_env)
    assert listed.returncode == 0, listed.stderr
    assert [(c["number"], c["customer"], c["status"]) for c in json.loads(listed.stdout)] == \
        [(opened.row.number, "C42", "open")]
    shown = run("cases", "show", f"0001-{opened.row.number}", env=cli_env)
    assert json.loads(shown.stdout)["interactions"][0]["channel"] == "phone"
    out = tmp_path / "cases.json"
    assert run("cases", "export", "--out", str(out), env=cli_env).returncode == 0
    assert json.loads(out.read_text())[0]["subject"] == "Warranty length?"
    bad = run("cases", "show", "17", env=cli_env)
    assert bad.returncode == 2 and "STORE-NUMBER" in one_clear_line(bad)


def test_a_pdf_report_is_printed_in_the_store_language(cli_env: dict[str, str], samples: dict[str, str],
                                                       tmp_path: Path) -> None:
    """`report --format pdf` is for people: the store policy's language and
    number formatting. CSV stays as other programs read it."""
    import datetime as dt

    import pypdfium2

    policy = tmp_path / "lithuanian.toml"
    policy.write_text('name = "Vilniaus parduotuvė"\ncurrency = "USD"\nlocale = "lt_LT"\n'
                      'timezone = "America/New_York"\ndefault_window_days = 30\n', encoding="utf-8")
    assert run("policy", "install", str(policy), "--store", "0001", env=cli_env).returncode == 0
    request = _request(tmp_path, "ret", receipt=samples["coupon"], idempotency_key="cli-report",
                       items=[{"line": 1, "qty": 1, "condition": "new", "reason": "changed_mind"}])
    returned = run("returns", "process", request, env=cli_env)
    assert returned.returncode == 0, returned.stderr
    refunded = json.loads(returned.stdout)["refund_total"]  # "12.30"
    today = dt.date.today()
    week = [(today - dt.timedelta(days=3)).isoformat(), (today + dt.timedelta(days=3)).isoformat()]
    pdf = tmp_path / "reasons.pdf"
    manager = {**cli_env, "RETURNDESK_PIN": "1357"}
    unsigned = run("report", "returns-by-reason", "--from", week[0], "--to", week[1], env=cli_env)
    assert unsigned.returncode == 2 and "--staff" in unsigned.stderr and not unsigned.stdout
    clerk = run("report", "returns-by-reason", "--from", week[0], "--to", week[1], "--staff", "1001",
                env={**cli_env, "RETURNDESK_PIN": "2468"})
    assert clerk.returncode == 7 and "for managers and admins" in clerk.stderr and not clerk.stdout
    made = run("report", "returns-by-reason", "--from", week[0], "--to", week[1], "--store", "0001",
               "--format", "pdf", "--out", str(pdf), "--staff", "9001", env=manager)
    assert made.returncode == 0, made.stderr
    text = "".join(page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(pdf))
    assert "Grąžinimai pagal priežastį" in text  # the title
    assert "priežastis" in text and "grąžinta" in text  # columns
    assert "persigalvojo" in text  # the reason code "changed_mind", by its label
    assert f"{week[0]}–{week[1]}, parduotuvė 0001" in text
    assert refunded.replace(".", ",") in text  # a decimal comma in Lithuanian
    csv = run("report", "returns-by-reason", "--from", week[0], "--to", week[1], "--store", "0001", "--staff", "9001",
              env=manager)
    assert csv.stdout.splitlines()[0] == "reason,lines,units,refunded"
    assert csv.stdout.splitlines()[1].startswith("changed_mind,1,1,")


def test_printer_test_prints_every_script_and_a_barcode_and_pulses_the_drawer_only_when_asked(tmp_path: Path) -> None:
    import pypdfium2
    import zxingcpp

    from desktop.printing import escpos

    env = {**os.environ, "RETURNDESK_DATA_DIR": str(tmp_path / "data"),
           "RETURNDESK_SITE_CONFIG": str(tmp_path / "site.toml"), "RETURNDESK_USER_CONFIG": str(tmp_path / "user.toml")}
    device = tmp_path / "lp0"
    for drawer in (False, True):
        device.write_bytes(b"")
        done = run("printer", "test", *(["--drawer"] if drawer else []),
                   env={**env, "RETURNDESK_PRINTER": f"escpos-device://{device}"})
        assert done.returncode == 0 and f"ESC/POS printer on {device}" in done.stderr, done.stderr
        job = device.read_bytes()
        assert (escpos.DRAWER_PULSE in job) is drawer
        assert b"\x1dv0\x00" in job  # Vietnamese, Lithuanian and Telugu on the page: printed as dots
    saved = run("printer", "test", env=env)  # the default printer: a PDF file
    assert saved.returncode == 0, saved.stderr
    page = pypdfium2.PdfDocument(Path(saved.stderr.strip().split(" -> ")[1]).read_bytes())[0]
    assert "తెలుగు" in page.get_textpage().get_text_range()
    assert [r.text for r in zxingcpp.read_barcodes(page.render(scale=203 / 72).to_pil())] == ["2000000000000011"]


def test_an_admin_lets_a_manager_approve_for_another_store(cli_env: dict[str, str]) -> None:
    manager = run("staff", "approve-for", "9002", "--stores", "0001", "--staff", "9001",
                  env={**cli_env, "RETURNDESK_PIN": "1357"})
    assert manager.returncode == 7 and "only an admin" in one_clear_line(manager)
    admin = run("staff", "approve-for", "9002", "--stores", "0001", "--staff", "9901",
                env={**cli_env, "RETURNDESK_PIN": "8642"})
    assert admin.returncode == 0, admin.stderr
    assert json.loads(admin.stdout)["staff_id"] == "9002"
    unknown = run("staff", "approve-for", "9002", "--stores", "0009", "--staff", "9901",
                  env={**cli_env, "RETURNDESK_PIN": "8642"})
    assert unknown.returncode == 2 and "0009" in one_clear_line(unknown)


@pytest.mark.parametrize(("content", "expected"), [
    (b"\xff\xfe{}", "not UTF-8"),
    (b"[" * 5000 + b"]" * 5000, "nested 5000 levels deep"),
    (b'{"receipt": null, "items": [{"sku": "A", "qty": 1000000000000000000000000000000}], "idempotency_key": "k",'
     b' "staff": {"id": "1001", "pin": "2468"}}', "more than a line can hold"),
    (b'{"receipt": "1", "items": [{"line": 1, "qty": 1, "serial": "' + b"A" * 100_000 + b'"}],'
     b' "idempotency_key": "k", "staff": {"id": "1001", "pin": "2468"}}', "at most 64 characters"),
    (b'{"receipt": "1", "items": [{"line": 1, "qty": 1, "serial": "S\\u0000N"}], "idempotency_key": "k",'
     b' "staff": {"id": "1001", "pin": "2468"}}', "control character"),
])
def test_hostile_requests_get_one_line_and_exit_2(cli_env: dict[str, str], tmp_path: Path, content: bytes,
                                                  expected: str) -> None:
    request = tmp_path / "request.json"
    request.write_bytes(content)
    done = run("returns", "process", str(request), env=cli_env)
    assert done.returncode == 2 and expected in one_clear_line(done), done.stderr[:300]
    assert len(done.stderr) < 600 and "Traceback" not in done.stderr and not done.stdout


def test_an_admin_can_make_exports_need_a_signed_in_manager(cli_env: dict[str, str], tmp_path: Path) -> None:
    out = str(tmp_path / "out.jsonl")
    assert run("export", "returns", "--format", "jsonl", "--out", out, env=cli_env).returncode == 0  # the default
    manager = run("export", "guard", "on", "--staff", "9001", env={**cli_env, "RETURNDESK_PIN": "1357"})
    assert manager.returncode == 7
    admin = run("export", "guard", "on", "--staff", "9901", env={**cli_env, "RETURNDESK_PIN": "8642"})
    assert admin.returncode == 0, admin.stderr
    refused = run("export", "returns", "--format", "jsonl", "--out", out, env=cli_env)
    assert refused.returncode == 7 and "--staff" in one_clear_line(refused)
    clerk = run("export", "returns", "--format", "jsonl", "--out", out, "--staff", "1001",
                env={**cli_env, "RETURNDESK_PIN": "2468"})
    assert clerk.returncode == 7
    signed = run("export", "returns", "--format", "jsonl", "--out", out, "--staff", "9001",
                 env={**cli_env, "RETURNDESK_PIN": "1357"})
    assert signed.returncode == 0, signed.stderr
    assert run("export", "guard", "off", "--staff", "9901", env={**cli_env, "RETURNDESK_PIN": "8642"}).returncode == 0
    assert run("export", "returns", "--format", "jsonl", "--out", out, env=cli_env).returncode == 0


def test_db_partition_from_the_command_line(cli_env: dict[str, str], backend: str, samples: dict[str, str],
                                            tmp_path: Path) -> None:
    """IT partitions a chain's central PostgreSQL by store; the counter's
    commands go on as before. The embedded database is refused, in one line."""
    done = run("db", "partition", "--partitions", "4", env=cli_env)
    if backend == "sqlite":
        assert done.returncode == 2 and "the embedded database has none" in one_clear_line(done)
        return
    assert done.returncode == 0, done.stderr
    assert "partitioned by store into 4 partitions" in done.stderr and "sales 300" in done.stderr
    assert "(4 as foreign keys within a store" in done.stderr
    again = run("db", "partition", env=cli_env)
    assert again.returncode == 2 and "partitioned already (4 partitions)" in one_clear_line(again)
    request = _request(tmp_path, "partitioned", receipt=samples["coupon"], idempotency_key="cli-part",
                       items=[{"line": 1, "qty": 1, "condition": "new", "reason": "changed_mind"}])
    returned = run("returns", "process", request, env=cli_env)
    assert returned.returncode == 0, returned.stderr
    assert json.loads(returned.stdout)["status"] == "completed"
    assert run("audit", "verify", env=cli_env).returncode == 0
