"""The command line: the same services as the screens (contract section 4).

Exit codes: 0 done; 2 bad input (a one-line message on stderr, nothing
written); 3 a return needs a manager's override; 4 a return was denied;
5 the database is unreachable, busy or of another schema version; 6 an
import rejected some records and imported the rest; 7 the signed-in
person's role may not do this (a clerk and the staff commands); 1 an
unexpected failure (the traceback goes to the log file, not the screen).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.services.imports.writer import Counts as ImportCounts

    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT, EXIT_NEEDS_OVERRIDE, EXIT_DENIED, EXIT_DATABASE = 0, 1, 2, 3, 4, 5
EXIT_SOME_REJECTED = 6  # an import: some records rejected (in the rejects file), the rest imported
EXIT_FORBIDDEN = 7  # signed in, but the role may not do this

log = logging.getLogger("returndesk")


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_BAD_INPUT):
        super().__init__(message)
        self.code = code


# ---- Helpers


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def _read_json(path: str, what: str) -> Any:
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise CliError(f"{what} {path}: {error.strerror}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise CliError(f"{what} {path} is not valid JSON: {error.msg} at line {error.lineno}") from None


def _settings(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from desktop.config import load_settings

    return load_settings({"db_url": args.db})


def _context(args: argparse.Namespace, migrate: bool | None = None):  # type: ignore[no-untyped-def]
    from desktop.bootstrap import build_context

    return build_context(_settings(args), migrate=migrate)


# ---- Commands


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from desktop.bootstrap import open_database
    from desktop.db import schema

    db = open_database(_settings(args))
    before, after = schema.upgrade(db.engine, args.revision)
    print(f"schema {before or 'empty'} -> {after} ({db.describe()})" if before != after
          else f"schema already at {after} ({db.describe()})")
    return EXIT_OK


def cmd_db_downgrade(args: argparse.Namespace) -> int:
    from desktop.bootstrap import open_database
    from desktop.db import schema

    db = open_database(_settings(args))
    schema.downgrade(db.engine, args.revision)
    print(f"schema now {schema.current(db.engine) or 'empty'}")
    return EXIT_OK


def cmd_db_backup(args: argparse.Namespace) -> int:
    from desktop.bootstrap import open_database
    from desktop.db import backup

    db = open_database(_settings(args))
    try:
        size = backup.backup(db.engine, Path(args.file))
    except (FileExistsError, ValueError, OSError) as error:
        raise CliError(str(error)) from None
    print(f"backed up {db.describe()} to {args.file} ({size:,} bytes)", file=sys.stderr)
    return EXIT_OK


def cmd_db_restore(args: argparse.Namespace) -> int:
    from desktop.bootstrap import open_database
    from desktop.db import backup, schema

    db = open_database(_settings(args))
    try:
        revision = backup.restore(db.engine, Path(args.file))
    except (ValueError, OSError) as error:
        raise CliError(str(error)) from None
    schema.upgrade(db.engine)
    print(f"restored {args.file} (schema {revision}) into {db.describe()}; now at {schema.head()}", file=sys.stderr)
    return EXIT_OK


def cmd_db_current(args: argparse.Namespace) -> int:
    from desktop.bootstrap import open_database
    from desktop.db import schema

    db = open_database(_settings(args))
    print(json.dumps({"current": schema.current(db.engine), "head": schema.head(), "database": db.describe()}))
    return EXIT_OK


def cmd_demo_seed(args: argparse.Namespace) -> int:
    from desktop.services.demo import SeedDemo, seed_demo

    ctx = _context(args)
    if args.if_empty:
        from sqlalchemy import select

        from desktop.models import Store

        with ctx.uow() as uow:
            if uow.session.scalar(select(Store.id).limit(1)) is not None:
                print("the database already has a store; nothing seeded", file=sys.stderr)
                return EXIT_OK
    try:
        today = dt.date.fromisoformat(args.today) if args.today else None
    except ValueError:
        raise CliError(f"--today: not a date written YYYY-MM-DD: {args.today!r}") from None
    if args.receipts < 0:
        raise CliError("--receipts: cannot be negative")
    command = SeedDemo(receipts=args.receipts, seed=args.seed, today=today, history=not args.no_history)
    summary = seed_demo(command, ctx,
                        progress=lambda text: print(text, file=sys.stderr))
    _print_json(summary)
    return EXIT_OK


def cmd_receipt_show(args: argparse.Namespace) -> int:
    from desktop.services.receipts import find_sale, find_sale_code, parse_code, pos_ref, receipt_json

    if (args.barcode is None) == (args.pos is None):
        raise CliError("receipt show takes a BARCODE or --pos STORE/REGISTER/SEQUENCE/YYYY-MM-DD")
    if args.pos is not None:
        ref = pos_ref(args.pos)  # a malformed reference is refused before touching the database
        ctx = _context(args)
        with ctx.uow() as uow:
            _print_json(receipt_json(find_sale(uow.session, find_sale_code(uow.session, ref))))
        return EXIT_OK
    parse_code(args.barcode)  # refuse a misread code before touching the database
    ctx = _context(args)
    with ctx.uow() as uow:
        _print_json(receipt_json(find_sale(uow.session, args.barcode)))
    return EXIT_OK


def cmd_receipt_find(args: argparse.Namespace) -> int:
    from desktop.services.sale_search import SaleQuery, find_sales

    def day(text: str | None) -> dt.date | None:
        if text is None:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise CliError(f"{text!r} is not a date written YYYY-MM-DD") from None

    query = SaleQuery(last4=args.last4 or "", brand=args.brand or "", since=day(args.start), until=day(args.end),
                      amount=args.amount or "", customer=args.customer or "")
    _print_json([match.to_json() for match in find_sales(_context(args), query)])
    return EXIT_OK


def cmd_receipt_pdf(args: argparse.Namespace) -> int:
    from desktop.printing import PAPERS, render_pdf
    from desktop.services.documents import fetch
    from desktop.services.receipts import parse_code

    parse_code(args.id)
    if args.paper not in PAPERS:
        raise CliError(f"--paper: expected one of {', '.join(sorted(PAPERS))}")
    printed = fetch(_context(args), args.id, reprint=args.reprint)
    data = render_pdf(printed, PAPERS[args.paper])
    out = Path(args.out)
    try:
        partial = out.with_name(out.name + ".part")
        partial.write_bytes(data)
        partial.replace(out)
    except OSError as error:
        raise CliError(f"--out {out}: {error.strerror or error}", EXIT_FAILURE) from None
    print(f"{printed.title.lower()} {printed.doc_id} -> {out}", file=sys.stderr)
    return EXIT_OK


def cmd_receipt_print(args: argparse.Namespace) -> int:
    from desktop.printing.outputs import from_setting
    from desktop.services.documents import fetch
    from desktop.services.receipts import parse_code

    parse_code(args.id)
    settings = _settings(args)
    if settings.printer.startswith("system"):
        raise CliError("the system printer is used from the ReturnDesk window; "
                       "from the command line use `receipt pdf` and print the file")
    output = from_setting(settings.printer, _receipt_dir(settings), settings.paper)
    printed = fetch(_context(args), args.id, reprint=args.reprint)
    print(f"{printed.title.lower()} {printed.doc_id} -> {output.deliver(printed)}", file=sys.stderr)
    return EXIT_OK


def _check_page(printer: str, paper: str, station: str, when: str, drawer: bool):  # type: ignore[no-untyped-def]
    """What IT prints when installing a station: every script the stores
    write in, amounts, a barcode to scan back, and, if asked, the cash
    drawer's pulse. In English: it is for IT, like the rest of the CLI."""
    from desktop.policy.docid import DocumentId, DocumentKind
    from desktop.printing import PrintedDocument, PrintedLine

    check_id = str(DocumentId.make(DocumentKind.RETURN, "0000", "00", 1))  # store 0000: never a real document
    return PrintedDocument(
        kind="check", doc_id=check_id, title="PRINTER TEST", store_name="ReturnDesk",
        meta=(("Printer", printer), ("Paper", paper), ("Station", station), ("Printed", when)),
        lines=(PrintedLine("English, Filipino: Ñandú café", "$1.00"), PrintedLine("Tiếng Việt: Đồng hồ", "1.000 ₫"),
               PrintedLine("Lietuvių: ąčęėįšųūž", "1,00 €"), PrintedLine("తెలుగు: పరీక్ష రసీదు", "₹1.00")),
        notes=(f"The barcode below scans as {check_id}.",
               "The cash drawer was sent its pulse." if drawer else "The cash drawer was left shut."),
        barcode_caption="Scan it at the counter: ReturnDesk says no such return.",
        opens_drawer=drawer, name="printer-test",
    )


def cmd_printer_test(args: argparse.Namespace) -> int:
    import datetime as dt

    from desktop.printing.outputs import from_setting

    settings = _settings(args)
    if settings.printer.startswith("system"):
        raise CliError("the system printer is tested from the operating system's printer settings; "
                       "ReturnDesk prints to it from its window")
    output = from_setting(settings.printer, _receipt_dir(settings), settings.paper)
    page = _check_page(settings.printer, settings.paper, f"store {settings.store or '-'}, register {settings.register}",
                      dt.datetime.now().astimezone().isoformat(timespec="seconds"), drawer=args.drawer)
    print(f"printer test -> {output.deliver(page)}", file=sys.stderr)
    return EXIT_OK


def _receipt_dir(settings) -> Path:  # type: ignore[no-untyped-def]
    return Path(settings.receipt_dir) if settings.receipt_dir else settings.data_dir / "receipts"


def cmd_cases_list(args: argparse.Namespace) -> int:
    from desktop.services import cases

    rows = cases.export(_context(args), store_code=args.store, status=args.status)
    _print_json([{k: v for k, v in row.items() if k != "interactions"} for row in rows])
    return EXIT_OK


def cmd_cases_show(args: argparse.Namespace) -> int:
    from desktop.services import cases

    store, _, number = args.case.partition("-")
    if not (store.isdigit() and len(store) == 4 and number.isdigit()):
        raise CliError(f"case: write it STORE-NUMBER as printed on replies, e.g. 0001-17, not {args.case!r}")
    found = [row for row in cases.export(_context(args), store_code=store) if row["number"] == int(number)]
    if not found:
        raise CliError(f"no case {args.case}")
    _print_json(found[0])
    return EXIT_OK


def cmd_cases_export(args: argparse.Namespace) -> int:
    from desktop.services import cases

    rows = cases.export(_context(args), store_code=args.store, status=args.status)
    text = json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    if args.out == "-":
        sys.stdout.write(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"{len(rows)} cases -> {args.out}", file=sys.stderr)
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from desktop.services import reports

    try:
        query = reports.ReportQuery(dt.date.fromisoformat(args.start), dt.date.fromisoformat(args.end), args.store)
    except ValueError:
        raise CliError("--from and --to: dates written YYYY-MM-DD") from None
    ctx = _context(args)
    report = reports.run(ctx, args.name, query)
    if args.format == "json":
        data = (json.dumps({**reports.to_json(report), "from": args.start, "to": args.end, "store": args.store},
                           indent=2, ensure_ascii=False) + "\n").encode()
    elif args.format == "csv":
        data = reports.to_csv(report).encode()
    else:
        if args.out == "-":
            raise CliError("--format pdf needs --out FILE.pdf")
        data = _report_pdf(report, query, reports.locale_of(ctx, query))
    if args.out == "-":
        sys.stdout.write(data.decode())
    else:
        Path(args.out).write_bytes(data)
        print(f"{report.title}: {len(report.rows)} rows -> {args.out}", file=sys.stderr)
    return EXIT_OK


def _report_pdf(report, query, locale: str) -> bytes:  # type: ignore[no-untyped-def]
    """A report printed for people, in the store policy's language (the
    screens' translations, loaded without a display); CSV and JSON stay as
    they are for the programs that read them."""
    from PySide6.QtCore import QCoreApplication

    from desktop.printing.reports import render_report
    from desktop.ui import i18n

    app = QCoreApplication.instance() or QCoreApplication(["returndesk"])  # translators need an application
    if not i18n.install(locale) and i18n.language_of(locale) != "en":
        print(f"returndesk: no translation for {locale}; the report is in English", file=sys.stderr)
    translate = app.translate
    title, columns, rows, note = i18n.translated_report(report, locale)
    where = (translate("ReportsScreen", "store {code}").format(code=query.store) if query.store
             else translate("ReportsScreen", "every store"))
    subtitle = translate("ReportsScreen", "{start} to {end}, {where}").format(
        start=query.start.isoformat(), end=query.end.isoformat(), where=where)
    return render_report(title, subtitle, columns, rows, note, empty=translate("ReportsScreen",
                                                                               "no data in this range"))


def cmd_policy_check(args: argparse.Namespace) -> int:
    from desktop.policy import check_policy

    problems = check_policy(args.file)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{args.file}: {len(problems)} problem{'s' if len(problems) > 1 else ''}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"{args.file}: valid")
    for warning in _unmapped_departments(args):
        print(f"{args.file}: warning: {warning}", file=sys.stderr)
    return EXIT_OK


def _unmapped_departments(args: argparse.Namespace) -> list[str]:
    """The catalogue's departments with no category: their products get the
    policy's default rules. Only when the station's database answers (a file
    checked on its own has no catalogue to look at)."""
    from sqlalchemy import select

    from desktop.config import load_pos_config
    from desktop.models import Product

    try:
        ctx = _context(args, migrate=False)
        with ctx.uow() as uow:
            departments = sorted(d for d in uow.session.scalars(select(Product.department).distinct().where(
                Product.category == "", Product.department.is_not(None))) if d)
    except Exception:  # noqa: BLE001 - no database here: nothing to warn about
        return []
    mapped = load_pos_config().departments
    unmapped = [d for d in departments if d not in mapped]
    if not unmapped:
        return []
    return [f"department{'s' if len(unmapped) > 1 else ''} {', '.join(unmapped)} of the catalogue map to no "
            "category: their products get the default rules (map them in [pos.departments], docs/setting-up.md)"]


def cmd_policy_evaluate(args: argparse.Namespace) -> int:
    from desktop.policy import evaluate, load_policy, parse_case

    policy = load_policy(args.policy)
    case = parse_case(_read_json(args.case, "case"), policy.currency)
    _print_json(evaluate(policy, case).to_json())
    return EXIT_OK


def cmd_policy_install(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from desktop.models import Store
    from desktop.services.policies import install

    ctx = _context(args)
    with ctx.uow(write=True) as uow:
        code = args.store or ctx.store_code
        query = select(Store).where(Store.code == code) if code else select(Store).order_by(Store.code)
        store = uow.session.scalars(query).first()
        if store is None:
            raise CliError(f"no store {code or ''} in this database".replace("  ", " "))
        row = install(uow.session, store, Path(args.file), "command line", ctx.now())
        uow.commit()
    print(f"policy version {row.version} installed for store {store.code}")
    return EXIT_OK


def cmd_returns_process(args: argparse.Namespace) -> int:
    from desktop.services import auth, returns

    doc = _read_json(args.request, "request")
    request = returns.parse_request(doc)
    staff = doc.get("staff")
    if not isinstance(staff, dict) or not isinstance(staff.get("id"), str) or not isinstance(staff.get("pin"), str):
        raise CliError("staff: the clerk's staff id and pin are required, as strings")
    ctx = _context(args)
    actor = auth.sign_in(auth.SignIn(staff["id"], staff["pin"]), ctx)
    if actor.must_change_pin:
        raise CliError(f"{actor.code} has a one-time PIN: choose your own first (`returndesk pin --staff "
                       f"{actor.code}`, or sign in at a counter)", code=EXIT_FORBIDDEN)
    approval = None
    override = doc.get("override") or {}
    if override.get("manager_id") is not None:
        if not isinstance(override.get("manager_id"), str) or not isinstance(override.get("pin"), str):
            raise CliError("override: manager_id and pin must be strings")
        manager = auth.authorize_manager(ctx, override["manager_id"], override["pin"], actor.staff_id)
        approval = returns.Approval(manager, str(override.get("reason") or ""))
    reply = returns.process(request, actor, ctx, approval)
    _print_json(reply.body)
    return reply.exit_code


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from desktop.services import audit

    ctx = _context(args)
    with ctx.uow() as uow:
        reports = audit.verify(uow.session)
    broken = False
    for report in reports:
        if report.ok:
            print(f"store {report.store}: {report.entries} entries, chain intact")
        else:
            broken = True
            print(f"store {report.store}: chain broken at entry {report.broken_at}: {report.problem} "
                  f"({report.entries} entries verified before it)")
    return EXIT_DATABASE if broken else EXIT_OK


def cmd_config_show(args: argparse.Namespace) -> int:
    from desktop.config import describe, site_config_file, user_config_file

    settings = _settings(args)
    rows = describe(settings)
    if args.json:
        _print_json({key: {"value": value, "source": source} for key, value, source in rows})
        return EXIT_OK
    width = max(len(key) for key, _, _ in rows)
    print(f"# machine-wide: {site_config_file()}\n# per user:     {user_config_file()}")
    for key, value, source in rows:
        print(f"{key.ljust(width)} = {value}    [{source}]")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    if args.selftest:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from desktop.selftest import run as selftest

        return selftest()
    from desktop.ui.app import run

    return run(_settings(args), argv=sys.argv[:1])


# ---- Parser


def cmd_import_sales(args: argparse.Namespace) -> int:
    from desktop.config import load_pos_config
    from desktop.services.imports import InputUnreadable, import_sales

    config = load_pos_config()
    ctx = _context(args)
    progress = _progress_bar() if sys.stderr.isatty() and not args.quiet else None
    try:
        summary = import_sales(ctx, [Path(p) for p in args.paths], config, fmt=args.format,
                               rejects=Path(args.rejects) if args.rejects else None, progress=progress)
    except InputUnreadable as error:
        raise CliError(str(error)) from None
    finally:
        if progress is not None:
            sys.stderr.write("\n")
    _print_json(summary.to_json())
    return EXIT_SOME_REJECTED if summary.counts.rejected else EXIT_OK


def cmd_import_watch(args: argparse.Namespace) -> int:
    from desktop.config import load_pos_config
    from desktop.services.imports.watch import Watcher, report_json

    folder = Path(args.folder)
    if not folder.is_dir():
        raise CliError(f"{folder}: no such folder (the POS's export folder)")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    watcher = Watcher(_context(args), folder, load_pos_config(), settle=args.settle, every=args.every,
                      report=report_json)
    watcher.stop_on_signals()
    watcher.run(once=args.once)
    return EXIT_OK


def _signed_in(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The manager or admin running a command: --staff ID (or RETURNDESK_STAFF),
    and the PIN asked on the terminal, else RETURNDESK_PIN, else a line on
    stdin (never an argument: a process list shows those)."""
    import getpass
    import os

    from desktop.services import auth

    code = args.staff or os.environ.get("RETURNDESK_STAFF", "")
    if not code:
        raise CliError("say who you are: --staff ID (a manager or an admin); the PIN is asked")
    pin = os.environ.get("RETURNDESK_PIN") or (getpass.getpass("PIN: ") if sys.stdin.isatty()
                                               else sys.stdin.readline().strip())
    ctx = _context(args)
    actor = auth.sign_in(auth.SignIn(code, pin), ctx)
    if actor.must_change_pin:
        raise CliError(f"{actor.code} signs in at a counter once to choose their own PIN first")
    if actor.role not in ("manager", "admin"):
        raise CliError(f"{actor.name} ({actor.code}) is a {actor.role}: staff and store settings are for managers "
                       "and admins", code=EXIT_FORBIDDEN)
    return ctx, actor


def cmd_pin(args: argparse.Namespace) -> int:
    """The person chooses their own PIN: the current (or one-time) one, then the new one twice."""
    import getpass
    import os

    from desktop.services import auth

    if sys.stdin.isatty() and not os.environ.get("RETURNDESK_PIN"):
        current = getpass.getpass("Current (or one-time) PIN: ")
        new = getpass.getpass("Your new PIN (4 to 12 digits): ")
        if getpass.getpass("Again: ") != new:
            raise CliError("the two new PINs differ")
    else:  # scripts: the current PIN, then the new one, a line each on stdin (or the current in RETURNDESK_PIN)
        current = os.environ.get("RETURNDESK_PIN") or sys.stdin.readline().strip()
        new = sys.stdin.readline().strip()
    actor = auth.change_pin(auth.ChangePin(args.staff, current, new), _context(args))
    _print_json({"staff_id": actor.code, "name": actor.name, "pin_changed": True})
    return EXIT_OK


def cmd_store_show(args: argparse.Namespace) -> int:
    from desktop.services import store_settings

    _print_json(store_settings.show(_context(args), args.store).to_json())
    return EXIT_OK


def cmd_store_set(args: argparse.Namespace) -> int:
    from desktop.services import store_settings

    values: dict[str, object] = {}
    for pair in args.settings:
        key, sep, value = pair.partition("=")
        if not sep:
            raise CliError(f"{pair!r}: settings are KEY=VALUE (keys: {', '.join(store_settings.FIELDS)})")
        if key == "logo":
            try:
                values["logo"] = Path(value).read_bytes() if value else b""
            except OSError as error:
                raise CliError(f"logo {value}: {error.strerror}") from None
        else:
            values[key] = value
    ctx, actor = _signed_in(args)
    _print_json(store_settings.change(ctx, actor, args.store, values).to_json())
    return EXIT_OK


def cmd_staff(args: argparse.Namespace) -> int:
    from desktop.services import staff_admin
    from desktop.services.imports.catalogue import one_time_pin

    if args.action == "add" and args.first_admin:
        return _first_admin(args)
    ctx, actor = _signed_in(args)
    if args.action == "list":
        _print_json([view.to_json() for view in staff_admin.listing(ctx, actor, args.store)])
        return EXIT_OK
    if not args.staff_id:
        raise CliError(f"staff {args.action} needs the staff ID it is about")
    pin = one_time_pin()
    if args.action == "add":
        if not (args.name and args.role):
            raise CliError("staff add STAFF_ID --name NAME --role clerk|manager|admin [--store CODE]")
        view = staff_admin.add(ctx, actor, args.staff_id, args.name, args.role, args.store or "", pin)
    elif args.action == "set-role":
        view = staff_admin.set_role(ctx, actor, args.staff_id, args.role or "")
    elif args.action == "set-store":
        view = staff_admin.set_store(ctx, actor, args.staff_id, args.store or "")
    elif args.action == "reset-pin":
        view = staff_admin.reset_pin(ctx, actor, args.staff_id, pin)
    elif args.action == "deactivate":
        view = staff_admin.deactivate(ctx, actor, args.staff_id)
    else:
        view = staff_admin.reactivate(ctx, actor, args.staff_id)
    shown = view.to_json()
    if args.action in ("add", "reset-pin"):
        shown["one_time_pin"] = pin  # to hand to the person: they choose their own at their first sign-in
    _print_json(shown)
    return EXIT_OK


def _first_admin(args: argparse.Namespace) -> int:
    """A fresh database's first account (and its store, when it has none):
    the PIN typed twice on the terminal, or RETURNDESK_PIN."""
    import getpass
    import os

    from desktop.services import setup, staff_admin

    if not (args.staff_id and args.name and args.store):
        raise CliError("staff add STAFF_ID --first-admin --name NAME --store CODE [--store-name NAME] "
                       "[--currency C --timezone TZ]")
    pin = os.environ.get("RETURNDESK_PIN", "")
    if not pin:
        if not sys.stdin.isatty():
            pin = sys.stdin.readline().strip()
        else:
            pin = getpass.getpass("Choose the admin's PIN (6 to 12 digits): ")
            if getpass.getpass("Again: ") != pin:
                raise CliError("the two PINs differ")
    ctx = _context(args, migrate=True)
    from sqlalchemy import select

    from desktop.models import Store

    with ctx.uow() as uow:
        known = uow.session.scalar(select(Store.id).where(Store.code == args.store))
    if known is None:
        store_setup = setup.StationSetup(mode=setup.SHARED, store=args.store, store_name=args.store_name or "",
                                         timezone=args.timezone, currency=args.currency, register="01",
                                         admin_code=args.staff_id, admin_name=args.name, admin_pin=pin)
        setup.prepare_store(ctx, store_setup, ctx.now())
        _print_json({"staff_id": args.staff_id, "name": args.name, "role": "admin", "store": args.store,
                     "store_created": True})
        return EXIT_OK
    _print_json(staff_admin.first_admin(ctx, args.staff_id, args.name, pin, args.store).to_json())
    return EXIT_OK


def cmd_import_products(args: argparse.Namespace) -> int:
    from desktop.config import load_pos_config
    from desktop.services.imports import InputUnreadable
    from desktop.services.imports.catalogue import import_products

    try:
        summary = import_products(_context(args), [Path(p) for p in args.paths], load_pos_config(),
                                  rejects=Path(args.rejects) if args.rejects else None)
    except InputUnreadable as error:
        raise CliError(str(error)) from None
    _print_json(summary.to_json())
    return EXIT_SOME_REJECTED if summary.counts.rejected else EXIT_OK


def cmd_import_staff(args: argparse.Namespace) -> int:
    from desktop.services.imports import InputUnreadable
    from desktop.services.imports.catalogue import import_staff

    ctx, actor = _signed_in(args)
    try:
        result = import_staff(ctx, actor, [Path(p) for p in args.paths],
                              rejects=Path(args.rejects) if args.rejects else None)
    except InputUnreadable as error:
        raise CliError(str(error)) from None
    _print_json({**result.summary.to_json(), "one_time_pins_file": str(result.pins_file) if result.pins_file
                 else None})
    return EXIT_SOME_REJECTED if result.summary.counts.rejected else EXIT_OK


def cmd_export_returns(args: argparse.Namespace) -> int:
    from desktop.services import exports

    summary = exports.export(_context(args), args.format, Path(args.out), target=args.target, since=args.since)
    _print_json(summary.to_json())
    return EXIT_OK


def cmd_export_watch(args: argparse.Namespace) -> int:
    import threading

    from desktop.services import exports

    folder = Path(args.folder)
    stop = threading.Event()
    _stop_on_signals(stop)
    for summary in exports.watch(_context(args), folder, args.format, args.target, args.every, stop):
        print(json.dumps(summary.to_json(), ensure_ascii=False), flush=True)
    return EXIT_OK


def cmd_voucher(args: argparse.Namespace) -> int:
    from desktop.services import exports

    ctx = _context(args)
    if args.action == "show":
        _print_json(exports.voucher_state(ctx, args.code).to_json())
        return EXIT_OK
    if not (args.amount and args.reference):
        raise CliError("voucher redeem CODE --amount A --reference POS-SALE-REFERENCE")
    _print_json(exports.redeem_voucher(ctx, args.code, args.amount, args.reference).to_json())
    return EXIT_OK


def _stop_on_signals(stop) -> None:  # type: ignore[no-untyped-def]
    import signal

    for name in ("SIGTERM", "SIGINT"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), lambda _signum, _frame: stop.set())


def _progress_bar() -> Callable[[ImportCounts, int, int], None]:
    """A line on the terminal, redrawn after each batch: how far, how fast."""
    import time

    started = time.monotonic()

    def show(counts: ImportCounts, done: int, total: int) -> None:
        share = done / total if total else 1.0
        rate = counts.read / max(time.monotonic() - started, 1e-3)
        bar = "#" * int(share * 30)
        sys.stderr.write(f"\r[{bar:<30}] {share:6.1%}  {counts.read:,} read, {counts.imported:,} imported, "
                         f"{counts.rejected:,} rejected  {rate:,.0f}/s ")
        sys.stderr.flush()

    return show


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="returndesk", description="ReturnDesk: returns and service desk.")
    parser.add_argument("--db", metavar="URL",
                        help="sqlite:///path.db or postgresql+psycopg://user@host/db "
                             "(else RETURNDESK_DB_URL, else the config file, else the embedded database)")
    parser.add_argument("--selftest", action="store_true",
                        help="check this installation without a display (database, policy, receipt, window)")
    parser.set_defaults(handler=cmd_gui)
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
    command(db, "upgrade", cmd_db_upgrade, "create or migrate the schema to the newest version").add_argument(
        "revision", nargs="?", default="head")
    command(db, "downgrade", cmd_db_downgrade, "migrate the schema down to a revision").add_argument("revision")
    command(db, "current", cmd_db_current, "show the schema version")
    command(db, "backup", cmd_db_backup, "copy the embedded database while it is in use").add_argument("file")
    command(db, "restore", cmd_db_restore, "replace the embedded database with a backup").add_argument("file")

    demo = group("demo", "the demo chain")
    seed = command(demo, "seed", cmd_demo_seed, "create a deterministic demo store with N receipts")
    seed.add_argument("--receipts", type=int, default=1000, metavar="N")
    seed.add_argument("--seed", type=int, default=7, metavar="S")
    seed.add_argument("--today", metavar="YYYY-MM-DD", help="the day the demo's receipts end (default today)")
    seed.add_argument("--if-empty", action="store_true", help="seed only a database without any store")
    seed.add_argument("--no-history", action="store_true", help="no returns in the demo's past")

    receipt = group("receipt", "sales and return receipts")
    show = command(receipt, "show", cmd_receipt_show, "print a sale as JSON, by its barcode or its POS reference")
    show.add_argument("barcode", nargs="?")
    show.add_argument("--pos", metavar="STORE/REGISTER/SEQUENCE/YYYY-MM-DD",
                      help="a sale imported from the store's POS, by that POS's reference")
    finding = command(receipt, "find", cmd_receipt_find, "sales without their receipt: by card (last 4, brand, "
                      "dates, amount) or loyalty ID")
    finding.add_argument("--last4", metavar="DIGITS")
    finding.add_argument("--brand")
    finding.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    finding.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    finding.add_argument("--amount", metavar="TOTAL")
    finding.add_argument("--customer", metavar="LOYALTY_ID")
    pdf = command(receipt, "pdf", cmd_receipt_pdf, "a sale, return, voucher or gift receipt as PDF")
    pdf.add_argument("id", metavar="ID")
    pdf.add_argument("--out", required=True, metavar="FILE.pdf")
    pdf.add_argument("--paper", default="roll80", help="roll80 (default), roll58, a4 or letter")
    pdf.add_argument("--reprint", action="store_true", help="mark the copy REPRINT")
    printing = command(receipt, "print", cmd_receipt_print, "print a document on this station's printer")
    printing.add_argument("id", metavar="ID")
    printing.add_argument("--reprint", action="store_true", help="mark the copy REPRINT")

    printer = group("printer", "this station's receipt printer")
    command(printer, "test", cmd_printer_test, "print a test page: every script, a barcode, the drawer with "
            "--drawer").add_argument("--drawer", action="store_true", help="send the cash drawer its pulse too")

    policy = group("policy", "return policies")
    command(policy, "check", cmd_policy_check, "report every problem of a policy file").add_argument("file")
    evaluate = command(policy, "evaluate", cmd_policy_evaluate, "decide a case (JSON) against a policy")
    evaluate.add_argument("--policy", required=True, metavar="P.toml")
    evaluate.add_argument("case", metavar="CASE.json")
    install = command(policy, "install", cmd_policy_install, "make a policy file a store's active policy")
    install.add_argument("file")
    install.add_argument("--store", metavar="CODE")

    importing = group("import", "the store's data from its own POS (docs/importing.md)")
    sales = command(importing, "sales", cmd_import_sales, "sales from POSLog, JSON Lines, CSV or Shopify files")
    sales.add_argument("paths", nargs="+", metavar="FILE|DIR")
    sales.add_argument("--format", choices=["poslog", "jsonl", "csv", "shopify"],
                       help="the files' format (default: told from their first characters)")
    sales.add_argument("--rejects", metavar="FILE", help="where rejected records go (default: beside the input)")
    sales.add_argument("--quiet", action="store_true", help="no progress bar on the terminal")
    products = command(importing, "products", cmd_import_products, "the catalogue and its price history (CSV or "
                       "JSON Lines)")
    products.add_argument("paths", nargs="+", metavar="FILE|DIR")
    products.add_argument("--rejects", metavar="FILE")
    people = command(importing, "staff", cmd_import_staff, "staff accounts with one-time PINs (managers and admins)")
    people.add_argument("paths", nargs="+", metavar="FILE|DIR")
    people.add_argument("--rejects", metavar="FILE")
    people.add_argument("--staff", metavar="ID", help="who you are (a manager or an admin); the PIN is asked")
    watch = command(importing, "watch", cmd_import_watch, "import the POS's files as they arrive in a folder "
                    "(done/ and failed/ beside them)")
    watch.add_argument("folder", metavar="DIR")
    watch.add_argument("--once", action="store_true", help="look once, import what is complete, and stop")
    watch.add_argument("--settle", type=float, default=5.0, metavar="SECONDS",
                       help="how long a file stays unchanged before it counts as complete (default 5)")
    watch.add_argument("--every", type=float, default=2.0, metavar="SECONDS", help="between looks (default 2)")

    voucher = commands.add_parser("voucher", help="store-credit vouchers at the store's main POS",
                                  description="show a voucher's balance, or redeem it at the main POS (once per "
                                              "reference)")
    voucher.set_defaults(handler=cmd_voucher)
    voucher.add_argument("action", choices=["show", "redeem"])
    voucher.add_argument("code", metavar="CODE")
    voucher.add_argument("--amount")
    voucher.add_argument("--reference", metavar="POS-SALE")

    pin = commands.add_parser("pin", help="choose your own PIN (after a one-time one)",
                              description="choose your own PIN: the current or one-time one, then the new one")
    pin.set_defaults(handler=cmd_pin)
    pin.add_argument("--staff", required=True, metavar="ID")

    exporting = group("export", "returns, exchanges and vouchers back out to the POS, inventory and accounts")
    returns_out = command(exporting, "returns", cmd_export_returns,
                          "everything new since the last export for a target (each record once per target)")
    returns_out.add_argument("--format", required=True, choices=["poslog", "jsonl", "csv"])
    returns_out.add_argument("--out", required=True, metavar="FILE")
    returns_out.add_argument("--target", default="default", metavar="NAME",
                             help="who the export is for (pos, inventory, accounts...): each target gets each record "
                                  "exactly once (default: default)")
    returns_out.add_argument("--since", metavar="CURSOR",
                             help="instead: everything after the cursor an earlier export printed, nothing remembered")
    watch_out = command(exporting, "watch", cmd_export_watch, "write a file into DIR whenever there is something "
                        "new for the target")
    watch_out.add_argument("folder", metavar="DIR")
    watch_out.add_argument("--format", required=True, choices=["poslog", "jsonl", "csv"])
    watch_out.add_argument("--target", default="default", metavar="NAME")
    watch_out.add_argument("--every", type=float, default=10.0, metavar="SECONDS")

    store = group("store", "the store's settings: name, address, tax ID, language, receipts")
    store_show = command(store, "show", cmd_store_show, "the store's settings as JSON")
    store_show.add_argument("--store", metavar="CODE")
    store_set = command(store, "set", cmd_store_set, "change settings: KEY=VALUE ... (managers and admins)")
    store_set.add_argument("settings", nargs="+", metavar="KEY=VALUE",
                           help="name, address, phone, tax_id, locale, timezone, currency, receipt_header, "
                                "receipt_footer (\\n between lines), logo=FILE.png")
    store_set.add_argument("--store", metavar="CODE")
    store_set.add_argument("--staff", metavar="ID", help="who you are; the PIN is asked")

    staff = commands.add_parser("staff", help="staff accounts (managers and admins)",
                                description="staff accounts: add, list, set-role, set-store, reset-pin, deactivate, "
                                            "reactivate; a new or reset PIN is a one-time PIN the person replaces")
    staff.set_defaults(handler=cmd_staff)
    staff.add_argument("action", choices=["add", "list", "set-role", "set-store", "reset-pin", "deactivate",
                                          "reactivate"])
    staff.add_argument("staff_id", nargs="?", metavar="STAFF_ID")
    staff.add_argument("--name")
    staff.add_argument("--role", choices=["clerk", "manager", "admin"])
    staff.add_argument("--store", metavar="CODE")
    staff.add_argument("--staff", metavar="ID", help="who you are (a manager or an admin); the PIN is asked")
    staff.add_argument("--first-admin", action="store_true",
                       help="the database's first account, an admin, with the PIN typed (and its store)")
    staff.add_argument("--store-name", help="with --first-admin: the new store's name")
    staff.add_argument("--currency", default="USD", help="with --first-admin: the new store's currency")
    staff.add_argument("--timezone", default="America/New_York", help="with --first-admin: its time zone")

    returns = group("returns", "return transactions")
    command(returns, "process", cmd_returns_process, "process a return request (JSON)").add_argument(
        "request", metavar="REQUEST.json")

    cases_group = group("cases", "service cases")
    listing = command(cases_group, "list", cmd_cases_list, "cases as JSON, without their timelines")
    showing = command(cases_group, "show", cmd_cases_show, "one case with its timeline")
    showing.add_argument("case", metavar="STORE-NUMBER")
    cases_export = command(cases_group, "export", cmd_cases_export, "cases with their timelines as JSON")
    cases_export.add_argument("--out", default="-", metavar="FILE.json")
    for cases_command in (listing, cases_export):
        cases_command.add_argument("--store", metavar="CODE")
        cases_command.add_argument("--status", choices=["new", "open", "waiting_customer", "waiting_department",
                                                        "resolved", "closed"])

    from desktop.services.reports import REPORTS

    report = commands.add_parser("report", help="a manager's report over a date range",
                                 description="a manager's report over a date range")
    report.set_defaults(handler=cmd_report)
    report.add_argument("name", choices=sorted(REPORTS))
    report.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    report.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    report.add_argument("--store", metavar="CODE")
    report.add_argument("--format", choices=["csv", "json", "pdf"], default="csv")
    report.add_argument("--out", default="-", metavar="FILE")

    audit = group("audit", "the audit log")
    command(audit, "verify", cmd_audit_verify, "check the audit log's hash chains")

    cfg = group("config", "station settings")
    command(cfg, "show", cmd_config_show, "print the effective settings and their sources").add_argument(
        "--json", action="store_true")
    return parser


def _error_code(error: BaseException) -> tuple[int, str] | None:
    """Known failures: the exit code and the one line to print."""
    from desktop.config import ConfigError
    from desktop.db.errors import DatabaseError
    from desktop.policy import CaseError, MoneyError, PolicyError
    from desktop.policy.docid import DocumentIdError
    from desktop.services.errors import Forbidden, ServiceError

    if isinstance(error, CliError):
        return error.code, str(error)
    if isinstance(error, Forbidden):
        return EXIT_FORBIDDEN, str(error)
    if isinstance(error, PolicyError):
        return EXIT_BAD_INPUT, str(error)
    if isinstance(error, (CaseError, MoneyError, DocumentIdError, ServiceError, ConfigError)):
        return EXIT_BAD_INPUT, str(error)
    if isinstance(error, DatabaseError):
        return EXIT_DATABASE, str(error)
    from desktop.printing.escpos import PrinterError

    if isinstance(error, PrinterError):
        return EXIT_FAILURE, str(error)
    from sqlalchemy.exc import DBAPIError

    if isinstance(error, DBAPIError):
        detail = str(error.orig or error).strip().splitlines()
        return EXIT_DATABASE, f"database error: {detail[0] if detail else type(error).__name__}"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        known = _error_code(error)
        if known is not None:
            code, message = known
            print(f"returndesk: {message}", file=sys.stderr)
            return code
        path = _log_traceback()
        print(f"returndesk: unexpected error: {type(error).__name__}: {error} (details in {path})", file=sys.stderr)
        return EXIT_FAILURE


def _log_traceback() -> Path:
    import traceback

    from desktop.config import data_dir

    path = data_dir() / "returndesk.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now().isoformat()}\n{traceback.format_exc()}\n")
    except OSError:
        pass
    return path


if __name__ == "__main__":
    raise SystemExit(main())
