"""Any exception from a use case turned into the one sentence a clerk reads
(the screens cannot look into database errors themselves)."""

from __future__ import annotations

from desktop.db.errors import DatabaseError
from desktop.policy import CaseError, MoneyError, PolicyError
from desktop.printing.escpos import PrinterError
from desktop.services.errors import ServiceError


def explain(error: BaseException) -> str:
    if isinstance(error, DatabaseError):
        return f"The database cannot be reached: {error}. What you entered is kept; try again."
    if isinstance(error, (ServiceError, CaseError, MoneyError, PolicyError, PrinterError)):
        text = str(error)
        return text[:1].upper() + text[1:]
    from sqlalchemy.exc import DBAPIError

    if isinstance(error, DBAPIError):
        if error.connection_invalidated:
            return "The connection to the database was lost. What you entered is kept; try again."
        return "The database refused the request. What you entered is kept; try again or call IT."
    return f"Something went wrong ({type(error).__name__}). What you entered is kept; call IT if it happens again."


def is_offline(error: BaseException) -> bool:
    from sqlalchemy.exc import DBAPIError

    from desktop.db.errors import DatabaseUnavailable

    return isinstance(error, DatabaseUnavailable) or (isinstance(error, DBAPIError) and error.connection_invalidated)


def explain_startup(error: BaseException) -> str:
    """Why the window could not open, for IT at a station that just started."""
    if isinstance(error, DatabaseError):
        return (f"ReturnDesk cannot open its database: {error}. Check the network and the station's db_url "
                "(`returndesk config show`).")
    return explain(error)
