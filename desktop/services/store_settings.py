"""A store's own settings: its name and address on every receipt, its tax
ID, its language, time zone and currency, the lines above and under each
receipt, and its logo.

Receipts, the sentences read to the customer and the reports follow them:
changing the language or the time zone installs the store's return policy
again with them (a new, audited version: every counter decides with it
within seconds), so a Vietnamese store's receipts and sentences are in
Vietnamese. The currency changes only while the store has sold nothing,
and only to one its policy's amounts can be written in. Managers and
admins only; every change is audited with who made it.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.messages import QT_TR_NOOP
from desktop.models import Return, Sale, Store, StorePolicy
from desktop.policy.loading import policy_from_document
from desktop.policy.money import Currency, MoneyError
from desktop.policy.rules import PolicyError
from desktop.services import audit, policies
from desktop.services.auth import Actor
from desktop.services.commands import MANAGERS, Command, handles
from desktop.services.context import Context
from desktop.services.errors import Forbidden, NotFound, RequestError

TEXT_FIELDS = {"name": 120, "address": 240, "phone": 40, "tax_id": 40}
RECEIPT_LINES = ("receipt_header", "receipt_footer")
MAX_RECEIPT_LINES = 6
MAX_LINE = 64
MAX_LOGO_BYTES = 256 * 1024
FIELDS = (*TEXT_FIELDS, "locale", "timezone", "currency", *RECEIPT_LINES, "logo")


@dataclass(frozen=True)
class StoreSettings:
    code: str
    name: str
    address: str
    phone: str
    tax_id: str
    locale: str
    timezone: str
    currency: str
    receipt_header: str
    receipt_footer: str
    logo_bytes: int  # the PNG's size; 0: none

    def to_json(self) -> dict[str, Any]:
        return {"store": self.code, "name": self.name, "address": self.address, "phone": self.phone,
                "tax_id": self.tax_id, "locale": self.locale, "timezone": self.timezone, "currency": self.currency,
                "receipt_header": self.receipt_header, "receipt_footer": self.receipt_footer,
                "logo": f"{self.logo_bytes} bytes (PNG)" if self.logo_bytes else None}


# ---- Public API


def show(ctx: Context, code: str | None = None) -> StoreSettings:
    with ctx.uow() as uow:
        return _settings(_store(uow.session, code or ctx.store_code))


def change(ctx: Context, actor: Actor, code: str | None, values: dict[str, Any]) -> StoreSettings:
    """Set some of FIELDS (``logo``: PNG bytes, or b"" to remove it)."""
    if actor.role not in ("manager", "admin"):
        raise Forbidden(QT_TR_NOOP("only a manager or an admin changes the store's settings"))
    unknown = sorted(set(values) - set(FIELDS))
    if unknown:
        raise RequestError(QT_TR_NOOP("unknown store setting {key} (known: {known})"), key=unknown[0],
                           known=", ".join(FIELDS))
    with ctx.uow(write=True) as uow:
        session = uow.session
        store = _store(session, code or actor.store_code, lock=True)
        if actor.role != "admin" and store.id != actor.store_id:
            raise Forbidden(QT_TR_NOOP("a manager changes their own store's settings ({store})"),
                            store=actor.store_code)
        changed: dict[str, Any] = {}
        for key, value in values.items():
            new = _checked(key, value)
            if getattr(store, key) != new:
                changed[key] = new
        if "currency" in changed and (session.scalar(select(Sale.id).where(Sale.store_id == store.id).limit(1))
                                      or session.scalar(select(Return.id).where(Return.store_id == store.id).limit(1))):
            raise RequestError(QT_TR_NOOP("store {store} has sales: its currency stays {currency}"),
                               store=store.code, currency=store.currency)
        for key, value in changed.items():
            setattr(store, key, value)
        if changed.keys() & {"locale", "timezone", "currency"}:
            _policy_follows(session, ctx, actor, store)
        if changed:
            shown = {k: (f"{len(v)} bytes" if k == "logo" and v else v) for k, v in changed.items()}
            audit.record(session, store.id, "store.changed", at=ctx.now(), staff_id=actor.staff_id, entity="store",
                         entity_id=store.code, payload={"changed": shown, "by": actor.code})
        uow.commit()
        return _settings(store)


# ---- Checks


def _checked(key: str, value: Any) -> Any:
    if key == "logo":
        return _logo(value)
    if not isinstance(value, str):
        raise RequestError(QT_TR_NOOP("{key}: text"), key=key)
    value = value.strip()
    if key in TEXT_FIELDS:
        if len(value) > TEXT_FIELDS[key] or (key == "name" and not value):
            raise RequestError(QT_TR_NOOP("{key}: at most {length} characters"), key=key, length=TEXT_FIELDS[key])
        return value
    if key in RECEIPT_LINES:
        lines = [line.rstrip() for line in value.replace("\\n", "\n").splitlines()]
        if len(lines) > MAX_RECEIPT_LINES or any(len(line) > MAX_LINE for line in lines):
            raise RequestError(QT_TR_NOOP("{key}: at most {lines} lines of {length} characters"), key=key,
                               lines=MAX_RECEIPT_LINES, length=MAX_LINE)
        return "\n".join(lines)
    if key == "locale":
        try:
            return str(Locale.parse(value.replace("-", "_")))
        except (UnknownLocaleError, ValueError):
            raise RequestError(QT_TR_NOOP("locale: {value!r} is not a language and country such as vi_VN"),
                               value=value) from None
    if key == "timezone":
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise RequestError(QT_TR_NOOP("timezone: {value!r} is not a time zone such as Asia/Ho_Chi_Minh"),
                               value=value) from None
        return value
    try:
        return Currency.of(value.upper()).code
    except MoneyError:
        raise RequestError(QT_TR_NOOP("currency: {value!r} is not an ISO currency code such as VND"),
                           value=value) from None


def _logo(value: Any) -> bytes | None:
    if value in (None, b"", ""):
        return None
    if not isinstance(value, bytes) or not value.startswith(b"\x89PNG\r\n\x1a\n"):
        raise RequestError(QT_TR_NOOP("logo: a PNG image"))
    if len(value) > MAX_LOGO_BYTES:
        raise RequestError(QT_TR_NOOP("logo: at most {size} KB"), size=MAX_LOGO_BYTES // 1024)
    try:
        from PIL import Image

        Image.open(io.BytesIO(value)).verify()
    except ImportError:
        pass
    except Exception:  # noqa: BLE001 - a damaged PNG, whatever Pillow calls it
        raise RequestError(QT_TR_NOOP("logo: the PNG is damaged")) from None
    return value


def _policy_follows(session: Session, ctx: Context, actor: Actor, store: Store) -> None:
    """The store's policy again, in its language, time zone and currency."""
    row = session.scalars(select(StorePolicy).where(StorePolicy.store_id == store.id)
                          .order_by(StorePolicy.version.desc()).limit(1)).first()
    if row is None:
        return
    document = {**row.document, "locale": store.locale, "timezone": store.timezone, "currency": store.currency}
    try:
        policy_from_document(document, file=f"store {store.code}'s policy")
    except PolicyError as error:
        raise RequestError(QT_TR_NOOP("the store's policy cannot be written in {currency}: {problem}. Install a "
                                      "policy written in {currency} first (`returndesk policy install FILE`)"),
                           currency=store.currency, problem=str(error)) from None
    policies.install_document(session, store, document, row.source, f"store settings by {actor.code}", ctx.now())


def _store(session: Session, code: str, lock: bool = False) -> Store:
    query = select(Store).order_by(Store.code)
    if code:
        query = query.where(Store.code == code)
    if lock:
        query = query.with_for_update()
    store = session.scalars(query.limit(1)).first()
    if store is None:
        raise NotFound(QT_TR_NOOP("store {code} is not in this database"), code=code)
    return store


def _settings(store: Store) -> StoreSettings:
    return StoreSettings(store.code, store.name, store.address, store.phone, store.tax_id, store.locale,
                         store.timezone, store.currency, store.receipt_header, store.receipt_footer,
                         len(store.logo or b""))


@dataclass(frozen=True)
class ChangeStoreSettings(Command[StoreSettings]):
    """Some of FIELDS for a store (None: the actor's own); managers and admins."""

    roles: ClassVar[frozenset[str]] = MANAGERS
    refusal: ClassVar[str] = QT_TR_NOOP("only a manager or an admin changes the store's settings")
    store_code: str | None
    values: Mapping[str, Any]


@handles(ChangeStoreSettings)
def _change(ctx: Context, command: ChangeStoreSettings, actor: Actor) -> StoreSettings:
    return change(ctx, actor, command.store_code, dict(command.values))
