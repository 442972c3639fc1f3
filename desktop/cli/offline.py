"""returndesk offline: the register's own copy, its journal and its
allowance (desktop/services/offline/), for IT and the store's manager."""

from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_OK, context, print_json, signed_in


def _register(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from desktop.services.offline import OfflineRegister

    return OfflineRegister(context(args, migrate=False))


def offline_status(args: argparse.Namespace) -> int:
    """Whether this register can go on offline, what waits to be sent, and its allowance."""
    register = _register(args)
    print_json(register.status())
    return EXIT_OK


def offline_refresh(args: argparse.Namespace) -> int:
    """Send what waits, then bring the copy up to date (as the window does every minute)."""
    copied = _register(args).refresh()
    print_json({"sales_copied": copied.sales, "allowance_cents": copied.allowance, "full": copied.full})
    return EXIT_OK


def offline_sync(args: argparse.Namespace) -> int:
    synced = _register(args).sync()
    print_json({"sent": synced.entries, "already_there": synced.already, "conflicts": synced.conflicts})
    return EXIT_OK


def offline_settle(args: argparse.Namespace) -> int:
    from desktop.services.commands import handle
    from desktop.services.offline.settling import SettleConflict

    ctx, actor = signed_in(args)
    handle(ctx, SettleConflict(args.conflict, args.note), actor)
    print(f"offline conflict {args.conflict} settled")
    return EXIT_OK
