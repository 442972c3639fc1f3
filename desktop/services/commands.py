"""Actions as typed commands, each handled by one service function.

A command is a frozen dataclass saying what a person asks for (run a report,
process a return, add a clerk); its class names who may ask (``roles``).
``handle(ctx, command, actor)`` is the one way in for the screens, the
command line and background jobs alike: it refuses an actor whose role may
not ask before any work is done, then runs the command's handler, which
does the work in one unit of work and returns a typed result (a frozen
dataclass, never a loose dictionary).

    @dataclass(frozen=True)
    class RunReport(Command[Report]):
        roles: ClassVar[frozenset[str]] = MANAGERS
        name: str
        query: ReportQuery

    @handles(RunReport)
    def run_report(ctx: Context, command: RunReport, actor: Actor) -> Report: ...

    report = handle(ctx, RunReport("returns-per-day", query), manager)

Finer rules (a manager manages only the clerks of their own store; nobody
approves their own return) stay in the handler, which knows the rows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar

from desktop.messages import QT_TR_NOOP, Term
from desktop.services.auth import Actor
from desktop.services.context import Context
from desktop.services.errors import Forbidden, ServiceError

EVERYONE = frozenset({"clerk", "manager", "admin"})
MANAGERS = frozenset({"manager", "admin"})
ADMINS = frozenset({"admin"})

R = TypeVar("R")
C = TypeVar("C", bound="Command[Any]")


class Command(Generic[R]):
    """A typed request for one action; ``R`` is what handling it returns."""

    roles: ClassVar[frozenset[str]] = EVERYONE
    refusal: ClassVar[str] = QT_TR_NOOP("a {role} may not do this: ask a manager")

    def check(self) -> None:
        """Refuse bad input (RequestError naming the field) before any work;
        a command with free text checks it here (services/inputs.py)."""


Handler = Callable[[Context, Any, Actor], Any]
_HANDLERS: dict[type[Command[Any]], Handler] = {}


def handles(kind: type[C]) -> Callable[[Callable[[Context, C, Actor], R]], Callable[[Context, C, Actor], R]]:
    """Register the function as the one handler of ``kind``."""

    def register(function: Callable[[Context, C, Actor], R]) -> Callable[[Context, C, Actor], R]:
        if kind in _HANDLERS:
            raise RuntimeError(f"{kind.__name__} already has a handler: {_HANDLERS[kind].__qualname__}")
        _HANDLERS[kind] = function
        return function

    return register


def handle(ctx: Context, command: Command[R], actor: Actor) -> R:
    """Check that the actor's role may ask for this, then do it."""
    kind = type(command)
    function = _HANDLERS.get(kind)
    if function is None:
        raise ServiceError(QT_TR_NOOP("{command} has no handler"), command=kind.__name__)
    if actor.role not in kind.roles:
        raise Forbidden(kind.refusal, role=Term(actor.role), name=actor.name)
    command.check()
    result: R = function(ctx, command, actor)
    return result


def registered() -> dict[type[Command[Any]], Handler]:
    """Every command and its handler (for tests and documentation)."""
    return dict(_HANDLERS)
