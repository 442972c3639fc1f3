"""Staff administration: who may sign in, as what, at which store.

Managers and admins only. An admin manages everyone; a manager manages the
clerks of their own store (never a manager or an admin, never another
store's people). Nobody changes their own role or deactivates themselves,
and the last active admin stays. A new person, or one whose PIN was reset,
gets a one-time PIN: they choose their own at their next sign-in. A
deactivated person cannot sign in, but everything they did stays theirs.
Every change is in the audit log with who made it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import ClassVar

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.messages import QT_TR_NOOP, Term
from desktop.models import Staff, StaffApprovalStore, Store
from desktop.models.store import ROLES
from desktop.services import audit, auth
from desktop.services.auth import Actor
from desktop.services.commands import MANAGERS, Command, handles
from desktop.services.context import Context
from desktop.services.errors import Forbidden, NotFound, RequestError


@dataclass(frozen=True)
class StaffView:
    code: str
    name: str
    role: str
    store: str
    active: bool
    pin_must_change: bool
    locked_until: dt.datetime | None

    def to_json(self) -> dict[str, object]:
        return {"staff_id": self.code, "name": self.name, "role": self.role, "store": self.store,
                "active": self.active, "pin_must_change": self.pin_must_change,
                "locked_until": self.locked_until.isoformat() if self.locked_until else None}


# ---- Public API


def first_admin(ctx: Context, code: str, name: str, pin: str, store_code: str) -> StaffView:
    """The database's first account, an admin, when it has none yet: never
    a default PIN, the PIN the person typed (6 to 12 digits)."""
    with ctx.uow(write=True) as uow:
        session = uow.session
        if session.scalar(select(func.count()).select_from(Staff)):
            raise Forbidden(QT_TR_NOOP("this database already has staff: an admin adds people with `returndesk "
                                       "staff add`"))
        if not (pin.isdigit() and 6 <= len(pin) <= 12):
            raise RequestError(QT_TR_NOOP("the admin PIN has 6 to 12 digits"))
        auth.check_new_pin(pin)
        store = _store(session, store_code)
        auth.remember_pepper(session, ctx.pepper)
        staff = Staff(code=_code(code), name=_name(name), role="admin", home_store_id=store.id,
                      pin_hash=auth.hash_pin(ctx.pepper, pin), pin_must_change=False)
        session.add(staff)
        session.flush()
        audit.record(session, store.id, "staff.created", at=ctx.now(), staff_id=staff.id, entity="staff",
                     entity_id=staff.code, payload={"role": "admin", "by": "first admin"})
        uow.commit()
        return _view(staff, store.code)


def add(ctx: Context, actor: Actor, code: str, name: str, role: str, store_code: str, one_time_pin: str,
        email: str = "") -> StaffView:
    with ctx.uow(write=True) as uow:
        session = uow.session
        role = _role(role)
        store = _store(session, store_code or actor.store_code)
        _may_manage(actor, role, store)
        code = _code(code)
        if session.scalar(select(Staff.id).where(Staff.code == code)):
            raise RequestError(QT_TR_NOOP("staff ID {code} is taken (deactivated people keep theirs)"), code=code)
        email = email.strip()
        if email and ("@" not in email or len(email) > 200 or any(c.isspace() for c in email)):
            raise RequestError(QT_TR_NOOP("{email} is not a mail address"), email=email)
        staff = Staff(code=code, name=_name(name), role=role, home_store_id=store.id,
                      pin_hash=_one_time(ctx, one_time_pin), pin_must_change=True, email=email)
        session.add(staff)
        session.flush()
        _audit(session, ctx, actor, store.id, "staff.created", staff, {"role": role, "store": store.code})
        uow.commit()
        return _view(staff, store.code)


def listing(ctx: Context, actor: Actor, store_code: str | None = None, inactive: bool = True) -> list[StaffView]:
    """The people a manager or an admin may see: an admin everyone (or one store's), a manager their store's."""
    _manager(actor)
    with ctx.uow() as uow:
        query = select(Staff, Store.code).join(Store, Store.id == Staff.home_store_id).order_by(Store.code, Staff.code)
        if actor.role != "admin":
            query = query.where(Store.id == actor.store_id)
        elif store_code:
            query = query.where(Store.code == store_code)
        if not inactive:
            query = query.where(Staff.active.is_(True))
        return [_view(staff, code) for staff, code in uow.session.execute(query)]


def set_role(ctx: Context, actor: Actor, code: str, role: str) -> StaffView:
    return _change(ctx, actor, code, "staff.role_changed", role=_role(role))


def set_store(ctx: Context, actor: Actor, code: str, store_code: str) -> StaffView:
    return _change(ctx, actor, code, "staff.store_changed", store_code=store_code)


def reset_pin(ctx: Context, actor: Actor, code: str, one_time_pin: str) -> StaffView:
    """A one-time PIN (the person forgot theirs, or is locked out): it also lifts a lock."""
    return _change(ctx, actor, code, "staff.pin_reset", one_time_pin=one_time_pin)


def deactivate(ctx: Context, actor: Actor, code: str) -> StaffView:
    return _change(ctx, actor, code, "staff.deactivated", active=False)


def reactivate(ctx: Context, actor: Actor, code: str) -> StaffView:
    return _change(ctx, actor, code, "staff.reactivated", active=True)


# ---- The rules


def _change(ctx: Context, actor: Actor, code: str, action: str, role: str | None = None,
            store_code: str | None = None, one_time_pin: str | None = None,
            active: bool | None = None) -> StaffView:
    with ctx.uow(write=True) as uow:
        session = uow.session
        staff = session.scalars(select(Staff).where(Staff.code == _code(code)).with_for_update()).first()
        if staff is None:
            raise NotFound(QT_TR_NOOP("no staff member has ID {code}"), code=code)
        store = session.get(Store, staff.home_store_id)
        assert store is not None
        _may_manage(actor, staff.role, store)
        if staff.id == actor.staff_id and (role is not None or active is False or store_code is not None):
            raise Forbidden(QT_TR_NOOP("nobody changes their own role or store or deactivates themselves: ask "
                                       "another admin"))
        payload: dict[str, object] = {}
        if role is not None:
            _may_manage(actor, role, store)
            payload = {"from": staff.role, "to": role}
            if staff.role == "admin" and role != "admin":
                _not_last_admin(session, staff)
            staff.role = role
        if store_code is not None:
            target = _store(session, store_code)
            _may_manage(actor, staff.role, target)
            payload = {"from": store.code, "to": target.code}
            staff.home_store_id, store = target.id, target
        if one_time_pin is not None:
            staff.pin_hash = _one_time(ctx, one_time_pin)
            staff.pin_must_change = True
            staff.failed_pins, staff.locked_until = 0, None
        if active is not None:
            if not active and staff.role == "admin":
                _not_last_admin(session, staff)
            staff.active = active
        _audit(session, ctx, actor, store.id, action, staff, payload)
        uow.commit()
        return _view(staff, store.code)


def _may_manage(actor: Actor, role: str, store: Store) -> None:
    _manager(actor)
    if actor.role == "admin":
        return
    if role != "clerk":
        raise Forbidden(QT_TR_NOOP("only an admin manages managers and admins"))
    if store.id != actor.store_id:
        raise Forbidden(QT_TR_NOOP("a manager manages the clerks of their own store ({store})"),
                        store=actor.store_code)


def _manager(actor: Actor) -> None:
    if actor.role not in ("manager", "admin"):
        raise Forbidden(QT_TR_NOOP("{role}s cannot manage staff: ask a manager"), role=Term(actor.role))
    if actor.must_change_pin:
        raise Forbidden(QT_TR_NOOP("choose your own PIN first"))


def _not_last_admin(session: Session, staff: Staff) -> None:
    admins = session.scalar(select(func.count()).select_from(Staff).where(
        Staff.role == "admin", Staff.active.is_(True), Staff.id != staff.id))
    if not admins:
        raise Forbidden(QT_TR_NOOP("{code} is the last active admin: make another admin first"), code=staff.code)


def _one_time(ctx: Context, pin: str) -> str:
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise RequestError(QT_TR_NOOP("a PIN has 4 to 12 digits"))
    return auth.hash_pin(ctx.pepper, pin)


def _role(role: str) -> str:
    role = (role or "").strip().lower()
    if role not in ROLES:
        raise RequestError(QT_TR_NOOP("a role is clerk, manager or admin, not {role}"), role=role)
    return role


def _code(code: str) -> str:
    code = (code or "").strip()
    if not code or len(code) > 16 or not code.isalnum():
        raise RequestError(QT_TR_NOOP("a staff ID is 1 to 16 letters or digits, as badges print it"))
    return code


def _name(name: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > 120:
        raise RequestError(QT_TR_NOOP("a person's name, up to 120 characters"))
    return name


def _store(session: Session, code: str) -> Store:
    store = session.scalars(select(Store).where(Store.code == (code or "").strip())).first()
    if store is None:
        raise NotFound(QT_TR_NOOP("store {code} is not in this database"), code=code)
    return store


def _audit(session: Session, ctx: Context, actor: Actor, store_id: int, action: str, staff: Staff,
           payload: dict[str, object]) -> None:
    audit.record(session, store_id, action, at=ctx.now(), staff_id=actor.staff_id, entity="staff",
                 entity_id=staff.code, payload={**payload, "by": actor.code})


def _view(staff: Staff, store_code: str) -> StaffView:
    return StaffView(staff.code, staff.name, staff.role, store_code, staff.active, staff.pin_must_change,
                     staff.locked_until)


# ---- As commands (desktop/services/commands.py): the Staff screen and `returndesk staff`


class _StaffCommand(Command[StaffView]):
    roles: ClassVar[frozenset[str]] = MANAGERS
    refusal: ClassVar[str] = QT_TR_NOOP("{role}s cannot manage staff: ask a manager")


@dataclass(frozen=True)
class ListStaff(Command[list[StaffView]]):
    roles: ClassVar[frozenset[str]] = MANAGERS
    refusal: ClassVar[str] = QT_TR_NOOP("{role}s cannot manage staff: ask a manager")
    store_code: str | None = None  # an admin: None for every store
    inactive: bool = True


@dataclass(frozen=True)
class AddStaff(_StaffCommand):
    code: str
    name: str
    role: str
    store_code: str
    one_time_pin: str  # handed to the person, who chooses their own at their first sign-in
    email: str = ""  # where the service desk's alerts go


@dataclass(frozen=True)
class SetRole(_StaffCommand):
    code: str
    role: str


@dataclass(frozen=True)
class SetStore(_StaffCommand):
    code: str
    store_code: str


@dataclass(frozen=True)
class ResetPin(_StaffCommand):
    code: str
    one_time_pin: str


@dataclass(frozen=True)
class Deactivate(_StaffCommand):
    code: str


@dataclass(frozen=True)
class Reactivate(_StaffCommand):
    code: str


@handles(ListStaff)
def _list(ctx: Context, command: ListStaff, actor: Actor) -> list[StaffView]:
    return listing(ctx, actor, command.store_code, command.inactive)


@handles(AddStaff)
def _add(ctx: Context, command: AddStaff, actor: Actor) -> StaffView:
    return add(ctx, actor, command.code, command.name, command.role, command.store_code, command.one_time_pin,
               command.email)


@handles(SetRole)
def _set_role(ctx: Context, command: SetRole, actor: Actor) -> StaffView:
    return set_role(ctx, actor, command.code, command.role)


@handles(SetStore)
def _set_store(ctx: Context, command: SetStore, actor: Actor) -> StaffView:
    return set_store(ctx, actor, command.code, command.store_code)


@handles(ResetPin)
def _reset_pin(ctx: Context, command: ResetPin, actor: Actor) -> StaffView:
    return reset_pin(ctx, actor, command.code, command.one_time_pin)


@handles(Deactivate)
def _deactivate(ctx: Context, command: Deactivate, actor: Actor) -> StaffView:
    return deactivate(ctx, actor, command.code)


@handles(Reactivate)
def _reactivate(ctx: Context, command: Reactivate, actor: Actor) -> StaffView:
    return reactivate(ctx, actor, command.code)


@dataclass(frozen=True)
class SetApprovalStores(Command[StaffView]):
    """The other stores a manager approves overrides and gestures for (an
    area manager, a neighbouring store's cover); admins only."""

    roles: ClassVar[frozenset[str]] = frozenset({"admin"})
    refusal: ClassVar[str] = QT_TR_NOOP("only an admin manages managers and admins")
    code: str
    store_codes: tuple[str, ...]


@handles(SetApprovalStores)
def _set_approval_stores(ctx: Context, command: SetApprovalStores, actor: Actor) -> StaffView:
    with ctx.uow(write=True) as uow:
        session = uow.session
        staff = session.scalars(select(Staff).where(Staff.code == _code(command.code)).with_for_update()).first()
        if staff is None:
            raise NotFound(QT_TR_NOOP("no staff member has ID {code}"), code=command.code)
        stores = [_store(session, code) for code in command.store_codes if code.strip()]
        session.execute(delete(StaffApprovalStore).where(StaffApprovalStore.staff_id == staff.id))
        session.add_all(StaffApprovalStore(staff_id=staff.id, store_id=store.id) for store in stores)
        home = session.get(Store, staff.home_store_id)
        assert home is not None
        _audit(session, ctx, actor, home.id, "staff.approval_stores", staff,
               {"stores": sorted(store.code for store in stores)})
        uow.commit()
        return _view(staff, home.code)
