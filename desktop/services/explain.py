"""Any exception from a use case turned into the one sentence a clerk reads
(the screens cannot look into database errors themselves). In English for
the command line; the screens pass their translator (desktop/ui/i18n.py)."""

from __future__ import annotations

from desktop.db.errors import DatabaseError
from desktop.messages import QT_TR_NOOP, Explained, Translate, render
from desktop.policy import CaseError, MoneyError, PolicyError
from desktop.policy.docid import DocumentIdError
from desktop.printing.escpos import PrinterError
from desktop.services.errors import ServiceError


def _text(error: BaseException, translate: Translate | None) -> str:
    return error.render(translate) if isinstance(error, Explained) else str(error)


def explain(error: BaseException, translate: Translate | None = None) -> str:
    if isinstance(error, DatabaseError):
        return render(QT_TR_NOOP("The database cannot be reached: {error}. What you entered is kept; try again."),
                      {"error": _text(error, translate)}, translate)
    if isinstance(error, (ServiceError, DocumentIdError, CaseError, MoneyError, PolicyError, PrinterError)):
        text = _text(error, translate)
        return text[:1].upper() + text[1:]
    from sqlalchemy.exc import DBAPIError

    if isinstance(error, DBAPIError):
        if error.connection_invalidated:
            return render(QT_TR_NOOP("The connection to the database was lost. What you entered is kept; try again."),
                          {}, translate)
        return render(QT_TR_NOOP("The database refused the request. What you entered is kept; try again or call IT."),
                      {}, translate)
    return render(QT_TR_NOOP("Something went wrong ({error}). What you entered is kept; call IT if it happens again."),
                  {"error": type(error).__name__}, translate)


def is_offline(error: BaseException) -> bool:
    from sqlalchemy.exc import DBAPIError

    from desktop.db.errors import DatabaseUnavailable, is_disconnect

    if isinstance(error, DatabaseUnavailable):
        return True
    if not isinstance(error, DBAPIError):
        return False
    # A dropped connection; or a server that refuses or does not answer the connection (PostgreSQL's driver:
    # a SQLite file's OperationalError is about the file, not a network).
    return error.connection_invalidated or (type(error.orig).__module__.startswith("psycopg")
                                            and is_disconnect(error))


def explain_startup(error: BaseException, translate: Translate | None = None) -> str:
    """Why the window could not open, for IT at a station that just started."""
    if isinstance(error, DatabaseError):
        return render(QT_TR_NOOP("ReturnDesk cannot open its database: {error}. Check the network and the station's "
                                 "db_url (`returndesk config show`)."), {"error": _text(error, translate)}, translate)
    return explain(error, translate)
