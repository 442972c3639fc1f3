"""Errors of the use cases: each carries a message fit for a clerk or IT,
as a marked template with its values (desktop/messages.py), so the screens
show it in the station's language."""

from __future__ import annotations

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
