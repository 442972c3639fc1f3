"""Errors of the use cases: each carries a message fit for a clerk or IT,
as a marked template with its values (desktop/messages.py), so the screens
show it in the station's language."""

from __future__ import annotations

import errno

from desktop.messages import Explained


class ServiceError(Explained):
    """A user action that cannot be done, for a reason the user can act on."""


class RequestError(ServiceError):
    """Bad input: a malformed request, an unknown code, a reused key."""


class NotFound(RequestError):
    """No receipt, product, customer or staff member with that code."""


class AuthError(ServiceError):
    """Sign-in refused: wrong PIN, locked account, unknown staff ID."""


class Forbidden(AuthError):
    """Signed in, but the role or the situation does not allow the action."""


def classify(error: BaseException) -> tuple[str, str] | None:
    """What kind of known failure an error is, for the command line's exit
    codes, and the one line that says it: ("forbidden" | "bad_input" |
    "database" | "printer", message); None for an unexpected error."""
    from sqlalchemy.exc import DBAPIError

    from desktop.config import ConfigError
    from desktop.db.errors import DatabaseError, is_disk_full
    from desktop.policy import CaseError, MoneyError, PolicyError
    from desktop.policy.docid import DocumentIdError
    from desktop.printing.escpos import PrinterError

    if isinstance(error, Forbidden):
        return "forbidden", str(error)
    if isinstance(error, (PolicyError, CaseError, MoneyError, DocumentIdError, ServiceError, ConfigError)):
        return "bad_input", str(error)
    if isinstance(error, DatabaseError):
        return "database", str(error)
    if isinstance(error, PrinterError):
        return "printer", str(error)
    if isinstance(error, DBAPIError):
        if is_disk_full(error):
            return "database", "the disk holding the database is full: nothing was written; free space and try again"
        detail = str(error.orig or error).strip().splitlines()
        return "database", f"database error: {detail[0] if detail else type(error).__name__}"
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return "bad_input", f"the disk is full{f' ({error.filename})' if error.filename else ''}: nothing was written"
    return None
