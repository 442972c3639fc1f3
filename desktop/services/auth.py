"""Staff sign-in with an ID and a PIN; manager approval by PIN.

A PIN has only 10,000 possible values, so its hash alone would fall to a
brute force in seconds. Each PIN is first keyed with HMAC-SHA256 and a pepper
kept outside the database (config.pepper), then hashed with argon2id at
OWASP's parameters (19 MiB, 2 passes, 1 lane). Five wrong PINs at any
counters lock the account for 15 minutes everywhere: the counter lives in the
database, and the lock is audited.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass
from typing import NoReturn

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.messages import QT_TR_NOOP, Term
from desktop.models import Register, Staff, StaffApprovalStore, Store, SystemSetting
from desktop.services import audit
from desktop.services.context import Context
from desktop.services.errors import AuthError, Forbidden, NotFound, RequestError

MAX_FAILED_PINS = 5
LOCK_MINUTES = 15
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
PEPPER_CHECK_KEY = "pin_pepper_check"


def _keyed(pepper: bytes, pin: str) -> str:
    return hmac.new(pepper, pin.encode("utf-8"), hashlib.sha256).hexdigest()


def hash_pin(pepper: bytes, pin: str) -> str:
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise RequestError(QT_TR_NOOP("a PIN has 4 to 12 digits"))
    return _HASHER.hash(_keyed(pepper, pin))


def pin_matches(pepper: bytes, pin: str, pin_hash: str) -> bool:
    try:
        return _HASHER.verify(pin_hash, _keyed(pepper, pin))
    except (VerificationError, InvalidHashError):
        return False


def pepper_fingerprint(pepper: bytes) -> str:
    return hmac.new(pepper, b"returndesk pepper check", hashlib.sha256).hexdigest()


def remember_pepper(session: Session, pepper: bytes) -> None:
    """Record which pepper this database's PINs were hashed with."""
    if session.get(SystemSetting, PEPPER_CHECK_KEY) is None:
        session.add(SystemSetting(key=PEPPER_CHECK_KEY, value=pepper_fingerprint(pepper)))


def check_pepper(session: Session, pepper: bytes) -> None:
    """The station's pepper is the one the database's PINs were hashed with.
    Without the check row (a database set up by hand, or the row deleted)
    nobody signs in: a right PIN would count as wrong and lock people out."""
    setting = session.get(SystemSetting, PEPPER_CHECK_KEY)
    if setting is None:
        if session.scalar(select(Staff.id).limit(1)) is not None:
            raise AuthError(QT_TR_NOOP("this database does not record which PIN pepper it was set up with, so no "
                                       "PIN can be checked; ask IT (docs/deploying.md)"))
        return
    if setting.value != pepper_fingerprint(pepper):
        raise AuthError(QT_TR_NOOP("this station's PIN pepper differs from the one the database was set up with; "
                                   "ask IT to install the chain's pepper file (docs/deploying.md)"))


# ---- Public API


@dataclass(frozen=True)
class Actor:
    """A signed-in staff member at a station."""

    staff_id: int
    code: str
    name: str
    role: str
    store_id: int
    store_code: str
    register_id: int
    register_code: str
    must_change_pin: bool = False  # signed in with a one-time PIN: their own PIN is chosen before anything else

    @property
    def is_manager(self) -> bool:
        return self.role in ("manager", "admin")


@dataclass(frozen=True)
class SignIn:
    staff_code: str
    pin: str
    roles: frozenset[str] | None = None  # only these roles may sign in for this (the command line's manager commands)
    one_time_ok: bool = True  # a one-time PIN signs in to choose one's own (the window); not for a command


def sign_in(cmd: SignIn, ctx: Context) -> Actor:
    """Check a staff ID and PIN at this station. A wrong PIN, an unknown or
    inactive ID and a locked one are refused alike (the message does not
    tell whether the ID exists); every attempt is audited."""
    with ctx.uow(write=True) as uow:
        session = uow.session
        store, register = station(session, ctx)
        staff = _verify(session, ctx, store, cmd.staff_code, cmd.pin, purpose="sign-in")
        refusal = None
        if cmd.roles is not None and staff.role not in cmd.roles:
            refusal = Forbidden(QT_TR_NOOP("{name} ({code}) is a {role}: this is for managers and admins"),
                                name=staff.name, code=staff.code, role=Term(staff.role))
        elif staff.pin_must_change and not cmd.one_time_ok:
            refusal = Forbidden(QT_TR_NOOP("{code} has a one-time PIN: choose your own first (`returndesk pin "
                                           "--staff {code}`, or sign in at a counter)"), code=staff.code)
        if refusal is not None:
            audit.record(session, store.id, "signin.refused", at=ctx.now(), staff_id=staff.id, entity="staff",
                         entity_id=staff.code, payload={"register": register.code, "reason": str(refusal)})
            uow.commit()
            raise refusal
        audit.record(session, store.id, "signin.ok", at=ctx.now(), staff_id=staff.id,
                     entity="staff", entity_id=staff.code, payload={"register": register.code})
        uow.commit()
        return Actor(staff.id, staff.code, staff.name, staff.role, store.id, store.code, register.id, register.code,
                     must_change_pin=staff.pin_must_change)


@dataclass(frozen=True)
class ChangePin:
    staff_code: str
    current_pin: str  # the one-time PIN an admin gave, or the person's own
    new_pin: str


WEAK_PINS = {"1234", "123456", "4321", "654321", "12345678", "0000", "000000"}


def check_new_pin(pin: str) -> None:
    """A PIN a person chooses: 4 to 12 digits, not one digit repeated, not a run."""
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise RequestError(QT_TR_NOOP("a PIN has 4 to 12 digits"))
    if len(set(pin)) == 1 or pin in WEAK_PINS or pin in "01234567890123" or pin in "98765432109876":
        raise RequestError(QT_TR_NOOP("choose a PIN that is harder to guess than {pin}"), pin="*" * len(pin))


def change_pin(cmd: ChangePin, ctx: Context) -> Actor:
    """The person chooses their own PIN (after a one-time one, or any time)."""
    with ctx.uow(write=True) as uow:
        session = uow.session
        store, register = station(session, ctx)
        staff = _verify(session, ctx, store, cmd.staff_code, cmd.current_pin, purpose="pin-change")
        check_new_pin(cmd.new_pin)
        if cmd.new_pin == cmd.current_pin:
            raise RequestError(QT_TR_NOOP("the new PIN must differ from the one you were given"))
        staff.pin_hash = hash_pin(ctx.pepper, cmd.new_pin)
        staff.pin_must_change = False
        audit.record(session, store.id, "staff.pin_chosen", at=ctx.now(), staff_id=staff.id, entity="staff",
                     entity_id=staff.code, payload={"register": register.code})
        uow.commit()
        return Actor(staff.id, staff.code, staff.name, staff.role, store.id, store.code, register.id, register.code)


def authorize_manager(ctx: Context, manager_code: str, pin: str, requested_by: int) -> Actor:
    """A manager's PIN typed for an override: the right role, and not the
    clerk's own request."""
    with ctx.uow(write=True) as uow:
        session = uow.session
        store, register = station(session, ctx)
        staff = _verify(session, ctx, store, manager_code, pin, purpose="override")
        problem = None
        if staff.pin_must_change:
            problem = Forbidden(QT_TR_NOOP("{name} ({code}) signs in once to choose their own PIN before "
                                           "approving anything"), name=staff.name, code=staff.code)
        elif staff.role not in ("manager", "admin"):
            problem = Forbidden(QT_TR_NOOP("{name} ({code}) is a {role} and cannot approve overrides"),
                                name=staff.name, code=staff.code, role=Term(staff.role))
        elif staff.id == requested_by:
            problem = Forbidden(QT_TR_NOOP("a manager cannot approve an override on their own return"))
        elif not may_approve_at(session, staff, store):
            problem = Forbidden(QT_TR_NOOP("{name} ({code}) approves for their own store, not for store {store}"),
                                name=staff.name, code=staff.code, store=store.code)
        if problem:
            audit.record(session, store.id, "override.forbidden", at=ctx.now(), staff_id=staff.id,
                         entity="staff", entity_id=staff.code, payload={"reason": str(problem)})
            uow.commit()
            raise problem
        uow.commit()
        return Actor(staff.id, staff.code, staff.name, staff.role, store.id, store.code, register.id, register.code)


def may_approve_at(session: Session, staff: Staff, store: Store) -> bool:
    """An admin approves anywhere; a manager at their home store and at the
    stores listed for them (staff_approval_stores)."""
    if staff.role == "admin" or staff.home_store_id == store.id:
        return True
    return session.get(StaffApprovalStore, (staff.id, store.id)) is not None


def may_act_for(session: Session, actor: Actor, store_code: str) -> bool:
    """may_approve_at() for a signed-in actor and a store by its code."""
    staff = session.get(Staff, actor.staff_id)
    store = session.scalars(select(Store).where(Store.code == store_code)).first()
    return staff is not None and store is not None and may_approve_at(session, staff, store)


def staff_label(session: Session, staff_id: int | None, nobody: str = "") -> str:
    """"Alex Rivera (1001)", as receipts, queues and timelines name staff."""
    staff = session.get(Staff, staff_id) if staff_id else None
    return f"{staff.name} ({staff.code})" if staff else nobody


def station(session: Session, ctx: Context) -> tuple[Store, Register]:
    """This station's store and register, as configured."""
    query = select(Store).order_by(Store.code)
    if ctx.store_code:
        query = query.where(Store.code == ctx.store_code)
    store = session.scalars(query.limit(1)).first()
    if store is None:
        if ctx.store_code:
            raise NotFound(QT_TR_NOOP("store {store_code} is not in this database (check the station's store "
                                      "setting)"), store_code=ctx.store_code)
        raise NotFound(QT_TR_NOOP("this database has no store yet: run `returndesk demo seed` or the first-run "
                                  "setup"))
    register = session.scalars(
        select(Register).where(Register.store_id == store.id, Register.code == ctx.register_code)
    ).first()
    if register is None:
        raise NotFound(QT_TR_NOOP("register {register_code} is not set up for store {store_code}"),
                       register_code=ctx.register_code, store_code=store.code)
    return store, register


WRONG = QT_TR_NOOP("wrong staff ID or PIN; after {count} wrong PINs in a row an ID is locked for {minutes} minutes")


def _verify(session: Session, ctx: Context, store: Store, code: str, pin: str, purpose: str) -> Staff:
    """The staff member, or AuthError WRONG whatever went wrong (unknown or
    inactive ID, wrong PIN, locked ID): a person trying IDs learns nothing.
    The audit log says which it was."""
    code = (code or "").strip()
    if not code:
        raise RequestError(QT_TR_NOOP("type your staff ID"))
    check_pepper(session, ctx.pepper)
    staff = session.scalars(select(Staff).where(Staff.code == code[:16]).with_for_update()).first()
    now = ctx.now()

    def refuse(why: str, **more: object) -> NoReturn:
        audit.record(session, store.id, "signin.failed", at=now, staff_id=staff.id if staff else None,
                     entity="staff", entity_id=code[:64],
                     payload={"purpose": purpose, "why": why, "register": ctx.register_code, **more})
        session.commit()
        raise AuthError(WRONG, count=MAX_FAILED_PINS, minutes=LOCK_MINUTES)

    if staff is None or len(code) > 16:
        refuse("unknown ID")
    if not staff.active:
        refuse("inactive ID")
    if staff.locked_until is not None and staff.locked_until > now:
        refuse("locked", until=staff.locked_until.isoformat())
    if pin_matches(ctx.pepper, pin or "", staff.pin_hash):
        staff.failed_pins = 0
        staff.locked_until = None
        return staff
    staff.failed_pins = (staff.failed_pins or 0) + 1
    attempt = staff.failed_pins
    if staff.failed_pins >= MAX_FAILED_PINS:
        staff.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
        staff.failed_pins = 0
        audit.record(session, store.id, "account.locked", at=now, staff_id=staff.id, entity="staff",
                     entity_id=staff.code, payload={"until": staff.locked_until.isoformat(), "purpose": purpose})
    refuse("wrong PIN", attempt=attempt)


def _zone(store: Store) -> dt.tzinfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo(store.timezone)
