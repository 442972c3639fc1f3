"""returndesk receipt|printer|voucher: documents, the station's printer, and
vouchers at the main POS."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from desktop.cli.common import EXIT_OK, CliError, context, print_json, settings, write_out


def receipt_show(args: argparse.Namespace) -> int:
    from desktop.services.receipts import parse_code, pos_ref, show_receipt

    if (args.barcode is None) == (args.pos is None):
        raise CliError("receipt show takes a BARCODE or --pos STORE/REGISTER/SEQUENCE/YYYY-MM-DD")
    if args.pos is not None:
        ref = pos_ref(args.pos)  # a malformed reference is refused before touching the database
        print_json(show_receipt(context(args), pos=ref))
        return EXIT_OK
    parse_code(args.barcode)  # refuse a misread code before touching the database
    print_json(show_receipt(context(args), code=args.barcode))
    return EXIT_OK


def receipt_find(args: argparse.Namespace) -> int:
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
    print_json([match.to_json() for match in find_sales(context(args), query)])
    return EXIT_OK


def receipt_pdf(args: argparse.Namespace) -> int:
    from desktop.services.receipts import parse_code
    from desktop.services.station_printer import PAPER_NAMES, document_pdf

    parse_code(args.id)
    if args.paper not in PAPER_NAMES:
        raise CliError(f"--paper: expected one of {', '.join(PAPER_NAMES)}")
    printed, data = document_pdf(context(args), args.id, args.paper, reprint=args.reprint)
    write_out(args.out, data)
    print(f"{printed.title.lower()} {printed.doc_id} -> {args.out}", file=sys.stderr)
    return EXIT_OK


def receipt_print(args: argparse.Namespace) -> int:
    from desktop.services.receipts import parse_code
    from desktop.services.station_printer import print_document

    parse_code(args.id)
    station = settings(args)
    if station.printer.startswith("system"):
        raise CliError("the system printer is used from the ReturnDesk window; "
                       "from the command line use `receipt pdf` and print the file")
    printed, where = print_document(context(args), station, args.id, reprint=args.reprint)
    print(f"{printed.title.lower()} {printed.doc_id} -> {where}", file=sys.stderr)
    return EXIT_OK


def printer_test(args: argparse.Namespace) -> int:
    from desktop.services.station_printer import test_page

    station = settings(args)
    if station.printer.startswith("system"):
        raise CliError("the system printer is tested from the operating system's printer settings; "
                       "ReturnDesk prints to it from its window")
    where = test_page(station, dt.datetime.now().astimezone().isoformat(timespec="seconds"), drawer=args.drawer)
    print(f"printer test -> {where}", file=sys.stderr)
    return EXIT_OK


def voucher(args: argparse.Namespace) -> int:
    from desktop.services import vouchers

    ctx = context(args)
    if args.action == "show":
        print_json(vouchers.voucher_state(ctx, args.code).to_json())
        return EXIT_OK
    if not (args.amount and args.reference):
        raise CliError("voucher redeem CODE --amount A --reference POS-SALE-REFERENCE")
    print_json(vouchers.redeem_voucher(ctx, args.code, args.amount, args.reference).to_json())
    return EXIT_OK
