"""What every command shares: exit codes, the one-line error, JSON in and
out, the station's settings and service context, who is signed in."""

from __future__ import annotations

import argparse
import json
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.config import Settings, load_settings

if TYPE_CHECKING:
    from desktop.services.auth import Actor
    from desktop.services.context import Context
    from desktop.services.imports.outcome import Counts as ImportCounts

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT, EXIT_NEEDS_OVERRIDE, EXIT_DENIED, EXIT_DATABASE = 0, 1, 2, 3, 4, 5
EXIT_SOME_REJECTED = 6  # an import: some records rejected (in the rejects file), the rest imported
EXIT_FORBIDDEN = 7  # signed in, but the role may not do this


class CliError(Exception):
    """Bad use of a command: its one line goes to stderr with ``code``."""

    def __init__(self, message: str, code: int = EXIT_BAD_INPUT):
        super().__init__(message)
        self.code = code


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def read_json(path: str, what: str) -> Any:
    """A JSON document from a file, or stdin for "-"."""
    from desktop.services.inputs import json_document

    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as error:
        raise CliError(f"{what} {path}: {error.strerror}") from None
    return json_document(raw, f"{what} {path}")


def settings(args: argparse.Namespace) -> Settings:
    return load_settings({"db_url": args.db})


_OPENED: list[Any] = []  # databases a command opened: closed when it ends (main())


def context(args: argparse.Namespace, migrate: bool | None = None) -> Context:
    from desktop.bootstrap import build_context, open_database

    db = open_database(settings(args))
    _OPENED.append(db)
    return build_context(settings(args), db=db, migrate=migrate)


def database(args: argparse.Namespace) -> Any:
    """The station's database, for IT's chores (schema, backup, restore)."""
    from desktop.bootstrap import open_database

    db = open_database(settings(args))
    _OPENED.append(db)
    return db


def close_all() -> None:
    """Every database a command opened, disposed (its connections closed)."""
    while _OPENED:
        _OPENED.pop().dispose()


def write_out(out: str, data: bytes) -> None:
    """A file written whole or not at all (FILE.part, then renamed)."""
    target = Path(out)
    try:
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(data)
        partial.replace(target)
    except OSError as error:
        raise CliError(f"--out {target}: {error.strerror or error}", EXIT_FAILURE) from None


def ask_pin(prompt: str) -> str:
    """A PIN from the terminal (not echoed), else RETURNDESK_PIN, else a line
    on stdin: never an argument, which a process list shows."""
    import getpass
    import os

    if os.environ.get("RETURNDESK_PIN"):
        return os.environ["RETURNDESK_PIN"]
    return getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline().strip()


def signed_in(args: argparse.Namespace) -> tuple[Context, Actor]:
    """The manager or admin running a command: --staff ID (or RETURNDESK_STAFF)
    and their PIN (ask_pin)."""
    import os

    from desktop.services import auth

    code = args.staff or os.environ.get("RETURNDESK_STAFF", "")
    if not code:
        raise CliError("say who you are: --staff ID (a manager or an admin); the PIN is asked")
    pin = ask_pin("PIN: ")
    ctx = context(args)
    # The role and a one-time PIN are checked before the sign-in counts (and is audited as one).
    actor = auth.sign_in(auth.SignIn(code, pin, roles=frozenset({"manager", "admin"}), one_time_ok=False), ctx)
    return ctx, actor


def stop_on_signals(stop: threading.Event) -> None:
    import signal

    for name in ("SIGTERM", "SIGINT"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), lambda _signum, _frame: stop.set())


def progress_bar() -> Callable[[ImportCounts, int, int], None]:
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
