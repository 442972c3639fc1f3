"""The command line's arguments: every command, its options and its help."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.cli import chain as chain_cli
from desktop.cli import database, desk, documents, rules
from desktop.cli import offline as offline_cli
from desktop.cli import store as running
from desktop.cli.common import EXIT_BAD_INPUT

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]
    Handler = Callable[[argparse.Namespace], int]

# desktop.services.reports.REPORTS's names, kept here so that building the
# parser (every start of the app) imports no report and no reportlab
# (tests/unit/test_commands.py holds them equal).
REPORT_NAMES = ("cash-by-register", "fraud-signals", "goodwill", "no-receipt", "offline-conflicts", "overrides",
                "policy-readers",
                "refunds-by-tender", "repeat-customers",
                "returns-by-category", "returns-by-product", "returns-by-reason", "returns-by-staff",
                "returns-per-day", "service-kpis", "service-rates", "staff-scorecards", "waits-per-hour")


def build_parser(gui: Handler) -> argparse.ArgumentParser:
    """The parser; ``gui`` is what `returndesk` alone runs (the window, or --selftest)."""
    parser = argparse.ArgumentParser(prog="returndesk", description="ReturnDesk: returns and service desk.")
    parser.add_argument("--db", metavar="URL",
                        help="sqlite:///path.db or postgresql+psycopg://user@host/db "
                             "(else RETURNDESK_DB_URL, else the config file, else the embedded database)")
    parser.add_argument("--selftest", action="store_true",
                        help="check this installation without a display (database, policy, receipt, window)")
    parser.set_defaults(handler=gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def group(name: str, help_text: str) -> Commands:
        sub = commands.add_parser(name, help=help_text)
        sub.set_defaults(handler=lambda _args, p=sub: (p.print_help(), EXIT_BAD_INPUT)[1])
        return sub.add_subparsers(metavar="ACTION")

    def command(parent: Commands, name: str, handler: Callable[[argparse.Namespace], int],
                help_text: str) -> argparse.ArgumentParser:
        sub = parent.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    db = group("db", "database schema")
    command(db, "upgrade", database.db_upgrade, "create or migrate the schema to the newest version").add_argument(
        "revision", nargs="?", default="head")
    command(db, "downgrade", database.db_downgrade, "migrate the schema down to a revision").add_argument("revision")
    command(db, "current", database.db_current, "show the schema version")
    command(db, "backup", database.db_backup, "copy the embedded database while it is in use").add_argument("file")
    command(db, "restore", database.db_restore, "replace the embedded database with a backup").add_argument("file")
    command(db, "app-role", database.db_app_role, "create the stations' PostgreSQL role: owns nothing, cannot change "
            "or empty the audit log (password from RETURNDESK_APP_PASSWORD, or asked)").add_argument(
        "role", nargs="?", default="returndesk_app")
    command(db, "partition", database.db_partition, "a chain's central PostgreSQL: its sales and returns tables "
            "partitioned by store (stop the stations first; docs/deploying.md)").add_argument(
        "--partitions", type=int, default=8, metavar="N", help="how many (default 8; docs/benchmarks.md)")

    demo = group("demo", "the demo chain")
    seed = command(demo, "seed", database.demo_seed, "create a deterministic demo store with N receipts")
    seed.add_argument("--receipts", type=int, default=1000, metavar="N")
    seed.add_argument("--seed", type=int, default=7, metavar="S")
    seed.add_argument("--today", metavar="YYYY-MM-DD", help="the day the demo's receipts end (default today)")
    seed.add_argument("--if-empty", action="store_true", help="seed only a database without any store")
    seed.add_argument("--no-history", action="store_true", help="no returns in the demo's past")

    receipt = group("receipt", "sales and return receipts")
    show = command(receipt, "show", documents.receipt_show, "print a sale as JSON, by its barcode or its POS reference")
    show.add_argument("barcode", nargs="?")
    show.add_argument("--pos", metavar="STORE/REGISTER/SEQUENCE/YYYY-MM-DD",
                      help="a sale imported from the store's POS, by that POS's reference")
    finding = command(receipt, "find", documents.receipt_find, "sales without their receipt: by card (last 4, brand, "
                      "dates, amount) or loyalty ID")
    finding.add_argument("--last4", metavar="DIGITS")
    finding.add_argument("--brand")
    finding.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    finding.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    finding.add_argument("--amount", metavar="TOTAL")
    finding.add_argument("--customer", metavar="LOYALTY_ID")
    pdf = command(receipt, "pdf", documents.receipt_pdf, "a sale, return, voucher or gift receipt as PDF")
    pdf.add_argument("id", metavar="ID")
    pdf.add_argument("--out", required=True, metavar="FILE.pdf")
    pdf.add_argument("--paper", default="roll80", help="roll80 (default), roll58, a4 or letter")
    pdf.add_argument("--reprint", action="store_true", help="mark the copy REPRINT")
    printing = command(receipt, "print", documents.receipt_print, "print a document on this station's printer")
    printing.add_argument("id", metavar="ID")
    printing.add_argument("--reprint", action="store_true", help="mark the copy REPRINT")

    printer = group("printer", "this station's receipt printer")
    command(printer, "test", documents.printer_test, "print a test page: every script, a barcode, the drawer with "
            "--drawer").add_argument("--drawer", action="store_true", help="send the cash drawer its pulse too")

    policy = group("policy", "return policies")
    command(policy, "check", rules.policy_check, "report every problem of a policy file").add_argument("file")
    evaluate = command(policy, "evaluate", rules.policy_evaluate, "decide a case (JSON) against a policy")
    evaluate.add_argument("--policy", required=True, metavar="P.toml")
    evaluate.add_argument("case", metavar="CASE.json")
    install = command(policy, "install", rules.policy_install, "make a policy file a store's active policy")
    install.add_argument("file")
    install.add_argument("--store", metavar="CODE")

    serving = commands.add_parser("serve", help="the store server's scheduler: due checks, escalations, alerts and "
                                  "follow-ups with no screen open (docs/deploying.md)",
                                  description="run what is due (each job once chain-wide) every few seconds")
    serving.set_defaults(handler=desk.serve)
    serving.add_argument("--every", type=float, default=30.0, metavar="SECONDS", help="between turns (default 30)")
    serving.add_argument("--once", action="store_true", help="one turn, then stop (a cron job, a test)")
    serving.add_argument("--status", action="store_true", help="each job's last and next run, as JSON")

    offline = group("offline", "this register's own copy for returns while the shared database is out of reach "
                    "(docs/deploying.md)")
    command(offline, "status", offline_cli.offline_status, "the copy, what waits to be sent, the allowance (JSON)")
    command(offline, "refresh", offline_cli.offline_refresh, "send what waits, then bring the copy up to date")
    command(offline, "sync", offline_cli.offline_sync, "send the returns taken offline to the shared database")
    settle = command(offline, "settle", offline_cli.offline_settle, "a manager settles a line two registers both "
                     "returned offline (the offline-conflicts report)")
    settle.add_argument("conflict", type=int, metavar="ID")
    settle.add_argument("--note", required=True, help="what was done (the customer called, the loss written off)")
    settle.add_argument("--staff", metavar="ID", help="who you are (a manager); the PIN is asked")

    chain = group("chain", "a store's own PostgreSQL and HQ's, joined by logical replication (docs/deploying.md)")
    join = command(chain, "join", chain_cli.chain_join, "this station's database becomes its store's in the chain: "
                   "HQ's reference data, the store's own sales, id ranges, a publication")
    join.add_argument("--hq", required=True, metavar="URL", help="HQ's database (postgresql+psycopg://...)")
    join.add_argument("--store", metavar="CODE", help="the store (default: this station's)")
    subscribe = command(chain, "subscribe", chain_cli.chain_subscribe, "run on HQ's database: subscribe to a "
                        "store's publication")
    subscribe.add_argument("--store", required=True, metavar="CODE")
    subscribe.add_argument("--publisher", required=True, metavar="DSN", help="the store's database as HQ's server "
                           "reaches it: 'host=... port=5432 dbname=... user=...'")
    subscribe.add_argument("--copy-data", action="store_true", help="HQ copies the store's rows as they are now "
                           "(a store that did not join from HQ's data)")
    command(chain, "status", chain_cli.chain_status, "HQ: each store's subscription; a store: its publication (JSON)")

    importing = group("import", "the store's data from its own POS (docs/importing.md)")
    sales = command(importing, "sales", running.import_sales, "sales from POSLog, JSON Lines, CSV or Shopify files")
    sales.add_argument("paths", nargs="+", metavar="FILE|DIR")
    sales.add_argument("--format", choices=["poslog", "jsonl", "csv", "shopify"],
                       help="the files' format (default: told from their first characters)")
    sales.add_argument("--rejects", metavar="FILE", help="where rejected records go (default: beside the input)")
    sales.add_argument("--quiet", action="store_true", help="no progress bar on the terminal")
    products = command(importing, "products", running.import_products, "the catalogue and its price history (CSV or "
                       "JSON Lines)")
    products.add_argument("paths", nargs="+", metavar="FILE|DIR")
    products.add_argument("--rejects", metavar="FILE")
    people = command(importing, "staff", running.import_staff,
                     "staff accounts with one-time PINs (managers and admins)")
    people.add_argument("paths", nargs="+", metavar="FILE|DIR")
    people.add_argument("--rejects", metavar="FILE")
    people.add_argument("--staff", metavar="ID", help="who you are (a manager or an admin); the PIN is asked")
    watch = command(importing, "watch", running.import_watch, "import the POS's files as they arrive in a folder "
                    "(done/ and failed/ beside them)")
    watch.add_argument("folder", metavar="DIR")
    watch.add_argument("--once", action="store_true", help="look once, import what is complete, and stop")
    watch.add_argument("--settle", type=float, default=5.0, metavar="SECONDS",
                       help="how long a file stays unchanged before it counts as complete (default 5)")
    watch.add_argument("--every", type=float, default=2.0, metavar="SECONDS", help="between looks (default 2)")

    voucher = commands.add_parser("voucher", help="store-credit vouchers at the store's main POS",
                                  description="show a voucher's balance, or redeem it at the main POS (once per "
                                              "reference)")
    voucher.set_defaults(handler=documents.voucher)
    voucher.add_argument("action", choices=["show", "redeem"])
    voucher.add_argument("code", metavar="CODE")
    voucher.add_argument("--amount")
    voucher.add_argument("--reference", metavar="POS-SALE")

    pin = commands.add_parser("pin", help="choose your own PIN (after a one-time one)",
                              description="choose your own PIN: the current or one-time one, then the new one")
    pin.set_defaults(handler=running.pin)
    pin.add_argument("--staff", required=True, metavar="ID")

    exporting = group("export", "returns, exchanges and vouchers back out to the POS, inventory and accounts")
    returns_out = command(exporting, "returns", running.export_returns,
                          "everything new since the last export for a target (each record once per target)")
    returns_out.add_argument("--format", required=True, choices=["poslog", "jsonl", "csv"])
    returns_out.add_argument("--out", required=True, metavar="FILE")
    returns_out.add_argument("--target", default="default", metavar="NAME",
                             help="who the export is for (pos, inventory, accounts...): each target gets each record "
                                  "exactly once (default: default)")
    returns_out.add_argument("--since", metavar="CURSOR",
                             help="instead: everything after the cursor an earlier export printed, nothing remembered")
    watch_out = command(exporting, "watch", running.export_watch, "write a file into DIR whenever there is something "
                        "new for the target")
    watch_out.add_argument("folder", metavar="DIR")
    watch_out.add_argument("--format", required=True, choices=["poslog", "jsonl", "csv"])
    watch_out.add_argument("--target", default="default", metavar="NAME")
    watch_out.add_argument("--every", type=float, default=10.0, metavar="SECONDS")
    for exporting_command in (returns_out, watch_out):
        exporting_command.add_argument("--staff", metavar="ID", help="who you are (a manager or an admin), where an "
                                                                     "admin made exports need it; the PIN is asked")
    guard = command(exporting, "guard", running.export_guard, "exports only for a signed-in manager or admin (on), "
                    "or for whoever runs the station (off, the default); admins")
    guard.add_argument("state", choices=["on", "off"])
    guard.add_argument("--staff", metavar="ID", help="who you are (an admin); the PIN is asked")

    store = group("store", "the store's settings: name, address, tax ID, language, receipts")
    store_show = command(store, "show", running.store_show, "the store's settings as JSON")
    store_show.add_argument("--store", metavar="CODE")
    store_set = command(store, "set", running.store_set, "change settings: KEY=VALUE ... (managers and admins)")
    store_set.add_argument("settings", nargs="+", metavar="KEY=VALUE",
                           help="name, address, phone, tax_id, locale, timezone, currency, receipt_header, "
                                "receipt_footer (\\n between lines), logo=FILE.png")
    store_set.add_argument("--store", metavar="CODE")
    store_set.add_argument("--staff", metavar="ID", help="who you are; the PIN is asked")

    staff = commands.add_parser("staff", help="staff accounts (managers and admins)",
                                description="staff accounts: add, list, set-role, set-store, reset-pin, deactivate, "
                                            "reactivate, approve-for (other stores a manager approves for), sign-off "
                                            "(a person's scorecard for a period, reviewed); a new or "
                                            "reset PIN is a one-time PIN the person replaces")
    staff.set_defaults(handler=running.staff)
    staff.add_argument("action", choices=["add", "list", "set-role", "set-store", "reset-pin", "deactivate",
                                          "reactivate", "approve-for", "sign-off"])
    staff.add_argument("staff_id", nargs="?", metavar="STAFF_ID")
    staff.add_argument("--name")
    staff.add_argument("--role", choices=["clerk", "manager", "admin"])
    staff.add_argument("--store", metavar="CODE")
    staff.add_argument("--stores", metavar="CODE,CODE", help="with approve-for: the other stores a manager approves "
                                                              "for (empty: their own only)")
    staff.add_argument("--staff", metavar="ID", help="who you are (a manager or an admin); the PIN is asked")
    staff.add_argument("--email", help="with add: where the service desk's alerts go")
    staff.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="with sign-off: the period reviewed")
    staff.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    staff.add_argument("--note", help="with sign-off: the manager's words")
    staff.add_argument("--first-admin", action="store_true",
                       help="the database's first account, an admin, with the PIN typed (and its store)")
    staff.add_argument("--store-name", help="with --first-admin: the new store's name")
    staff.add_argument("--currency", default="USD", help="with --first-admin: the new store's currency")
    staff.add_argument("--timezone", default="America/New_York", help="with --first-admin: its time zone")

    returns = group("returns", "return transactions")
    command(returns, "process", rules.returns_process, "process a return request (JSON)").add_argument(
        "request", metavar="REQUEST.json")

    cases_group = group("cases", "service cases")
    listing = command(cases_group, "list", desk.cases_list, "cases as JSON, without their timelines")
    showing = command(cases_group, "show", desk.cases_show, "one case with its timeline")
    showing.add_argument("case", metavar="STORE-NUMBER")
    cases_export = command(cases_group, "export", desk.cases_export, "cases with their timelines as JSON")
    cases_export.add_argument("--out", default="-", metavar="FILE.json")
    for cases_command in (listing, cases_export):
        cases_command.add_argument("--store", metavar="CODE")
        cases_command.add_argument("--status", choices=["new", "open", "waiting_customer", "waiting_department",
                                                        "resolved", "closed"])

    report = commands.add_parser("report", help="a manager's report over a date range",
                                 description="a manager's report over a date range")
    report.set_defaults(handler=desk.report)
    report.add_argument("name", choices=REPORT_NAMES)
    report.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    report.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    report.add_argument("--store", metavar="CODE")
    report.add_argument("--format", choices=["csv", "json", "pdf"], default="csv")
    report.add_argument("--out", default="-", metavar="FILE")
    report.add_argument("--staff", metavar="ID", help="who you are (a manager or an admin); the PIN is asked")

    audit = group("audit", "the audit log")
    verify = command(audit, "verify", database.audit_verify, "check the audit log's chains, and every return, refund, "
                     "voucher and override against them")
    verify.add_argument("--checkpoints", metavar="FILE", help="checkpoints taken earlier (audit checkpoint): catch a "
                                                              "chain cut short or rewritten since")
    point = command(audit, "checkpoint", database.audit_checkpoint,
                    "every chain (a store's, each register's) as it stands, with its MAC, to keep off the database")
    point.add_argument("--out", default="-", metavar="FILE", help="append to FILE (default: print)")
    point.add_argument("--store", metavar="CODE")

    cfg = group("config", "station settings")
    command(cfg, "show", database.config_show, "print the effective settings and their sources").add_argument(
        "--json", action="store_true")
    return parser
