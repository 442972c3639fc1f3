"""The command line: the same services as the screens (docs/contract.md).

Exit codes: 0 done; 2 bad input (a one-line message on stderr, nothing
written); 3 a return needs a manager's override; 4 a return was denied;
5 the database is unreachable, busy or of another schema version; 6 an
import rejected some records and imported the rest; 7 the signed-in
person's role may not do this (a clerk and the staff commands); 1 an
unexpected failure (the traceback goes to the log file, not the screen).

One module per group of commands (database, documents, rules, store, desk);
each command parses its arguments, calls one service and prints its result.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_DATABASE,
    EXIT_FAILURE,
    EXIT_FORBIDDEN,
    EXIT_OK,
    CliError,
    close_all,
    settings,
)
from desktop.cli.parser import build_parser as _build_parser

log = logging.getLogger("returndesk")

_EXIT_CODES = {"forbidden": EXIT_FORBIDDEN, "bad_input": EXIT_BAD_INPUT, "database": EXIT_DATABASE,
               "printer": EXIT_FAILURE}


def gui(args: argparse.Namespace) -> int:
    """`returndesk` alone: the window, or with --selftest the installation's check."""
    if args.selftest:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from desktop.selftest import run as selftest

        return selftest()
    from desktop.ui.app import run

    return run(settings(args), argv=sys.argv[:1])


def build_parser() -> argparse.ArgumentParser:
    return _build_parser(gui)


def _error_code(error: BaseException) -> tuple[int, str] | None:
    """Known failures: the exit code and the one line to print."""
    from desktop.services.errors import classify

    if isinstance(error, CliError):
        return error.code, str(error)
    known = classify(error)
    if known is None:
        return None
    kind, message = known
    return _EXIT_CODES[kind], message


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
            print(f"returndesk: {one_line(message)}", file=sys.stderr)
            return code
        path = _log_traceback()
        print(f"returndesk: unexpected error: {type(error).__name__}: {one_line(str(error), 200)} (details in {path})",
              file=sys.stderr)
        return EXIT_FAILURE
    finally:
        close_all()


def one_line(message: str, width: int = 400) -> str:
    """What goes to stderr: one line, cut where a message quotes too much input."""
    flat = " ".join(message.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _log_traceback() -> Path:
    import traceback

    from desktop.config import data_dir

    path = data_dir() / "returndesk.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # The owner's only: a traceback can show a customer's data.
        with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now().isoformat()}\n{traceback.format_exc()}\n")
    except OSError:
        pass
    return path
