"""returndesk cases|report: the service desk's cases and a manager's reports."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from desktop.cli.common import EXIT_OK, CliError, context, print_json, signed_in, write_out


def cases_list(args: argparse.Namespace) -> int:
    from desktop.services import cases

    rows = cases.export(context(args), store_code=args.store, status=args.status)
    print_json([{k: v for k, v in row.items() if k != "interactions"} for row in rows])
    return EXIT_OK


def cases_show(args: argparse.Namespace) -> int:
    from desktop.services import cases

    store, _, number = args.case.partition("-")
    if not (store.isdigit() and len(store) == 4 and number.isdigit()):
        raise CliError(f"case: write it STORE-NUMBER as printed on replies, e.g. 0001-17, not {args.case!r}")
    found = [row for row in cases.export(context(args), store_code=store) if row["number"] == int(number)]
    if not found:
        raise CliError(f"no case {args.case}")
    print_json(found[0])
    return EXIT_OK


def cases_export(args: argparse.Namespace) -> int:
    from desktop.services import cases

    rows = cases.export(context(args), store_code=args.store, status=args.status)
    text = json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    if args.out == "-":
        sys.stdout.write(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"{len(rows)} cases -> {args.out}", file=sys.stderr)
    return EXIT_OK


def report(args: argparse.Namespace) -> int:
    """A report for the manager or admin named by --staff: CSV and JSON for
    programs, a PDF in the store's language for people."""
    from desktop.services import reports
    from desktop.services.commands import handle

    try:
        query = reports.ReportQuery(dt.date.fromisoformat(args.start), dt.date.fromisoformat(args.end), args.store)
    except ValueError:
        raise CliError("--from and --to: dates written YYYY-MM-DD") from None
    if args.format == "pdf" and args.out == "-":
        raise CliError("--format pdf needs --out FILE.pdf")
    ctx, actor = signed_in(args)
    made = handle(ctx, reports.RunReport(args.name, query), actor)
    if args.format == "json":
        data = (json.dumps({**reports.to_json(made), "from": args.start, "to": args.end, "store": args.store},
                           indent=2, ensure_ascii=False) + "\n").encode()
    elif args.format == "csv":
        data = reports.to_csv(made).encode()
    else:
        data = reports.to_pdf(made, query, reports.locale_of(ctx, query))
    if args.out == "-":
        sys.stdout.write(data.decode())
    else:
        write_out(args.out, data)
        print(f"{made.title}: {len(made.rows)} rows -> {args.out}", file=sys.stderr)
    return EXIT_OK


def serve(args: argparse.Namespace) -> int:
    """The store server's scheduler: what is due runs every few seconds
    (each job once chain-wide, whichever station or server runs it), one
    JSON line per job run; SIGTERM ends it after the job in hand."""
    import logging
    import signal
    import threading

    from desktop.services import scheduler

    ctx = context(args)
    if args.status:
        print_json(scheduler.status(ctx))
        return EXIT_OK
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    stop = threading.Event()
    for name in ("SIGTERM", "SIGINT"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), lambda _signum, _frame: stop.set())
    while True:
        for ran in scheduler.run_due(ctx):
            print(json.dumps({"job": ran.job, "done": list(ran.done), "failed": ran.failed or None},
                             ensure_ascii=False), flush=True)
        if args.once or stop.wait(args.every):
            return EXIT_OK
