"""returndesk staff|pin|store|import|export: running a store, and its data
in from the POS and back out."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import threading
from pathlib import Path

from desktop.cli.common import (
    EXIT_OK,
    EXIT_SOME_REJECTED,
    CliError,
    context,
    print_json,
    progress_bar,
    signed_in,
    stop_on_signals,
)


def pin(args: argparse.Namespace) -> int:
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
    actor = auth.change_pin(auth.ChangePin(args.staff, current, new), context(args))
    print_json({"staff_id": actor.code, "name": actor.name, "pin_changed": True})
    return EXIT_OK


def store_show(args: argparse.Namespace) -> int:
    from desktop.services import store_settings

    print_json(store_settings.show(context(args), args.store).to_json())
    return EXIT_OK


def store_set(args: argparse.Namespace) -> int:
    from desktop.services import store_settings
    from desktop.services.commands import handle

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
    ctx, actor = signed_in(args)
    print_json(handle(ctx, store_settings.ChangeStoreSettings(args.store, values), actor).to_json())
    return EXIT_OK


def staff(args: argparse.Namespace) -> int:
    from desktop.services import staff_admin
    from desktop.services.commands import Command, handle
    from desktop.services.imports.catalogue import one_time_pin

    if args.action == "add" and args.first_admin:
        return _first_admin(args)
    ctx, actor = signed_in(args)
    if args.action == "list":
        print_json([view.to_json() for view in handle(ctx, staff_admin.ListStaff(args.store), actor)])
        return EXIT_OK
    if not args.staff_id:
        raise CliError(f"staff {args.action} needs the staff ID it is about")
    if args.action == "sign-off":
        return _sign_off(args, ctx, actor)
    new_pin = one_time_pin()
    if args.action == "add":
        if not (args.name and args.role):
            raise CliError("staff add STAFF_ID --name NAME --role clerk|manager|admin [--store CODE]")
        command: Command[staff_admin.StaffView] = staff_admin.AddStaff(args.staff_id, args.name, args.role,
                                                                      args.store or "", new_pin, args.email or "")
    elif args.action == "set-role":
        command = staff_admin.SetRole(args.staff_id, args.role or "")
    elif args.action == "set-store":
        command = staff_admin.SetStore(args.staff_id, args.store or "")
    elif args.action == "reset-pin":
        command = staff_admin.ResetPin(args.staff_id, new_pin)
    elif args.action == "deactivate":
        command = staff_admin.Deactivate(args.staff_id)
    elif args.action == "approve-for":
        command = staff_admin.SetApprovalStores(args.staff_id, tuple((args.stores or "").split(",")))
    else:
        command = staff_admin.Reactivate(args.staff_id)
    view = handle(ctx, command, actor)
    shown = view.to_json()
    if args.action in ("add", "reset-pin"):
        shown["one_time_pin"] = new_pin  # to hand to the person: they choose their own at their first sign-in
    print_json(shown)
    return EXIT_OK


def _sign_off(args: argparse.Namespace, ctx, actor) -> int:  # type: ignore[no-untyped-def]
    """A manager signs off a person's scorecard for a period (the report
    staff-scorecards shows it; --pdf exports it)."""
    import datetime as dt

    from desktop.services import reviews

    try:
        start, end = dt.date.fromisoformat(args.start or ""), dt.date.fromisoformat(args.end or "")
    except ValueError:
        raise CliError("staff sign-off STAFF_ID --from YYYY-MM-DD --to YYYY-MM-DD [--note TEXT]") from None
    reviews.sign_off(ctx, actor, args.staff_id, start, end, args.note or "")
    print_json({"staff_id": args.staff_id, "from": start.isoformat(), "to": end.isoformat(), "signed_off_by":
                actor.code})
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
    chosen = os.environ.get("RETURNDESK_PIN", "")
    if not chosen:
        if not sys.stdin.isatty():
            chosen = sys.stdin.readline().strip()
        else:
            chosen = getpass.getpass("Choose the admin's PIN (6 to 12 digits): ")
            if getpass.getpass("Again: ") != chosen:
                raise CliError("the two PINs differ")
    ctx = context(args, migrate=True)
    if not setup.store_exists(ctx, args.store):
        store_setup = setup.StationSetup(mode=setup.SHARED, store=args.store, store_name=args.store_name or "",
                                         timezone=args.timezone, currency=args.currency, register="01",
                                         admin_code=args.staff_id, admin_name=args.name, admin_pin=chosen)
        setup.prepare_store(ctx, store_setup, ctx.now())
        print_json({"staff_id": args.staff_id, "name": args.name, "role": "admin", "store": args.store,
                    "store_created": True})
        return EXIT_OK
    print_json(staff_admin.first_admin(ctx, args.staff_id, args.name, chosen, args.store).to_json())
    return EXIT_OK


def import_sales(args: argparse.Namespace) -> int:
    from desktop.config import load_pos_config
    from desktop.services.imports import InputUnreadable, import_sales

    config = load_pos_config()
    ctx = context(args)
    progress = progress_bar() if sys.stderr.isatty() and not args.quiet else None
    try:
        summary = import_sales(ctx, [Path(p) for p in args.paths], config, fmt=args.format,
                               rejects=Path(args.rejects) if args.rejects else None, progress=progress)
    except InputUnreadable as error:
        raise CliError(str(error)) from None
    finally:
        if progress is not None:
            sys.stderr.write("\n")
    print_json(summary.to_json())
    return EXIT_SOME_REJECTED if summary.counts.rejected else EXIT_OK


def import_watch(args: argparse.Namespace) -> int:
    from desktop.config import load_pos_config
    from desktop.services.imports.watch import Watcher, report_json

    folder = Path(args.folder)
    if not folder.is_dir():
        raise CliError(f"{folder}: no such folder (the POS's export folder)")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    watcher = Watcher(context(args), folder, load_pos_config(), settle=args.settle, every=args.every,
                      report=report_json)
    watcher.stop_on_signals()
    watcher.run(once=args.once)
    return EXIT_OK


def import_products(args: argparse.Namespace) -> int:
    from desktop.config import load_pos_config
    from desktop.services.imports import InputUnreadable
    from desktop.services.imports.catalogue import import_products

    try:
        summary = import_products(context(args), [Path(p) for p in args.paths], load_pos_config(),
                                  rejects=Path(args.rejects) if args.rejects else None)
    except InputUnreadable as error:
        raise CliError(str(error)) from None
    print_json(summary.to_json())
    return EXIT_SOME_REJECTED if summary.counts.rejected else EXIT_OK


def import_staff(args: argparse.Namespace) -> int:
    from desktop.services.commands import handle
    from desktop.services.imports import InputUnreadable
    from desktop.services.imports.catalogue import ImportStaff

    ctx, actor = signed_in(args)
    try:
        result = handle(ctx, ImportStaff(tuple(Path(p) for p in args.paths),
                                         Path(args.rejects) if args.rejects else None), actor)
    except InputUnreadable as error:
        raise CliError(str(error)) from None
    print_json({**result.summary.to_json(), "one_time_pins_file": str(result.pins_file) if result.pins_file
                else None})
    return EXIT_SOME_REJECTED if result.summary.counts.rejected else EXIT_OK


def _exporter(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The context, and the manager or admin named by --staff (None without one)."""
    if args.staff:
        return signed_in(args)
    return context(args), None


def export_returns(args: argparse.Namespace) -> int:
    from desktop.services import exports

    ctx, actor = _exporter(args)
    summary = exports.export(ctx, args.format, Path(args.out), target=args.target, since=args.since, actor=actor)
    print_json(summary.to_json())
    return EXIT_OK


def export_watch(args: argparse.Namespace) -> int:
    from desktop.services import exports

    stop = threading.Event()
    stop_on_signals(stop)
    ctx, actor = _exporter(args)
    for summary in exports.watch(ctx, Path(args.folder), args.format, args.target, args.every, stop, actor=actor):
        print(json.dumps(summary.to_json(), ensure_ascii=False), flush=True)
    return EXIT_OK


def export_guard(args: argparse.Namespace) -> int:
    from desktop.services import exports
    from desktop.services.commands import handle

    ctx, actor = signed_in(args)
    on = handle(ctx, exports.GuardExports(args.state == "on"), actor)
    print(f"exports {'need a signed-in manager or admin' if on else 'run for whoever runs the station'}")
    return EXIT_OK
