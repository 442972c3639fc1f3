"""Database failures a person can act on, each one clear line."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import exc

from desktop.messages import QT_TR_NOOP, Explained


class DatabaseError(Explained, RuntimeError):
    """Base of the database errors shown to a clerk or IT."""


class DatabaseUnavailable(DatabaseError):
    """The database cannot be reached, or the connection dropped mid-way.
    Whatever was in progress was rolled back."""


class SchemaMismatch(DatabaseError):
    """The database schema is older or newer than this program."""


class Busy(DatabaseError):
    """Another counter held the lock too long; safe to retry."""


class DiskFull(DatabaseError):
    """The disk under the database has no room: the transaction was rolled back."""


DISK_FULL = QT_TR_NOOP("the disk holding the database ({where}) is full: nothing was written; ask IT to free space, "
                       "then try again")


# PostgreSQL SQLSTATEs that mean "try the whole transaction again": serialization failure, deadlock,
# lock not available, and a prepared statement the server no longer has (a DISCARD ALL; the retry
# prepares it again, desktop/db/pipeline.py).
RETRYABLE_SQLSTATES = {"40001", "40P01", "55P03", "26000"}


def is_retryable(error: BaseException) -> bool:
    """Serialization failures, deadlocks, lock timeouts, a busy SQLite file."""
    original = getattr(error, "orig", None)
    sqlstate = getattr(original, "sqlstate", None) or getattr(getattr(original, "diag", None), "sqlstate", None)
    if sqlstate in RETRYABLE_SQLSTATES:
        return True
    text = str(original or error).lower()
    return "database is locked" in text or "database table is locked" in text


def is_disk_full(error: BaseException) -> bool:
    """SQLite's SQLITE_FULL, PostgreSQL's disk_full (53100), or ENOSPC from the system."""
    import errno

    original = getattr(error, "orig", None) or error
    sqlstate = getattr(original, "sqlstate", None) or getattr(getattr(original, "diag", None), "sqlstate", None)
    if sqlstate == "53100" or getattr(original, "errno", None) == errno.ENOSPC:
        return True
    text = str(original).lower()
    return "database or disk is full" in text or "no space left on device" in text


def is_disconnect(error: BaseException) -> bool:
    if is_disk_full(error):
        return False
    if isinstance(error, exc.DBAPIError) and error.connection_invalidated:
        return True
    if isinstance(error, (exc.OperationalError, exc.InterfaceError)):
        return not is_retryable(error)
    return False


def unreachable(error: BaseException, where: str) -> DatabaseUnavailable:
    """The database at ``where`` did not answer; the driver's first line says why."""
    original = getattr(error, "orig", None) or error
    detail = str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    return DatabaseUnavailable(QT_TR_NOOP("cannot reach the database {where}: {detail}"), where=where, detail=detail)


@contextlib.contextmanager
def clear_errors(where: str) -> Iterator[None]:
    """Turn driver errors about the connection into DatabaseUnavailable."""
    try:
        yield
    except DatabaseError:
        raise
    except (exc.OperationalError, exc.InterfaceError) as error:
        if is_disk_full(error):
            raise DiskFull(DISK_FULL, where=where) from error
        if is_retryable(error):
            raise Busy(QT_TR_NOOP("another counter is holding the database; try again")) from error
        raise unreachable(error, where) from error
    except exc.DBAPIError as error:
        if error.connection_invalidated:
            raise unreachable(error, where) from error
        raise
