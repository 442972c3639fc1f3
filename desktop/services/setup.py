"""First-run setup of a station: which database, which store and register,
and the first admin account when the database has no staff yet.

Used by the first-run wizard (desktop/ui/wizard.py). Nothing is written to
the station's settings until the database has answered.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, inspect, select

from desktop import config, resources
from desktop.config import Settings
from desktop.db import schema
from desktop.db.engine import Database
from desktop.db.errors import clear_errors
from desktop.db.numbering import RegisterCounter
from desktop.messages import QT_TR_NOOP
from desktop.models import Chain, Register, Staff, Store
from desktop.policy.money import Currency, MoneyError
from desktop.services import audit, auth, policies
from desktop.services.context import Context
from desktop.services.errors import RequestError

EMBEDDED, SHARED, DEMO = "embedded", "shared", "demo"


@dataclass(frozen=True)
class ConnectionReport:
    description: str  # "shared server db.lan/returndesk"
    schema: str | None  # its schema revision; None: an empty database
    stores: tuple[tuple[str, str], ...]  # (code, name)
    staff: int  # how many staff accounts exist


@dataclass(frozen=True)
class StationSetup:
    mode: str  # EMBEDDED | SHARED | DEMO
    db_url: str = ""  # SHARED only
    db_password: str = ""  # SHARED only; kept in a file readable by this user only
    store: str = "0001"
    store_name: str = ""
    timezone: str = "America/New_York"
    currency: str = "USD"
    register: str = "01"
    admin_code: str = ""
    admin_name: str = ""
    admin_pin: str = ""


def probe_database(url: str, password: str = "") -> ConnectionReport:
    """Connect and look: raises DatabaseUnavailable with the reason."""
    if not url.startswith(("postgresql", "sqlite:///")):
        raise RequestError(QT_TR_NOOP("the server address is a URL such as "
                                      "postgresql+psycopg://user@host:5432/returndesk"))
    db = Database.connect(url, password or None)
    try:
        with clear_errors(f"{db.engine.url.host or 'localhost'}/{db.engine.url.database}"):
            with db.engine.connect() as connection:
                tables = set(inspect(connection).get_table_names())
        revision = schema.current(db.engine) if "alembic_version" in tables else None
        stores: tuple[tuple[str, str], ...] = ()
        staff = 0
        if "stores" in tables:
            with db.session() as session:
                stores = tuple((s.code, s.name) for s in session.scalars(select(Store).order_by(Store.code)))
                staff = session.scalar(select(func.count()).select_from(Staff)) or 0
        return ConnectionReport(db.describe(), revision, stores, staff)
    finally:
        db.dispose()


def validate(setup: StationSetup, existing_staff: int) -> None:
    """Every field checked before anything is written; RequestError names the field."""
    if not re.fullmatch(r"\d{4}", setup.store):
        raise RequestError(QT_TR_NOOP("store: four digits, as printed in the document IDs (e.g. 0001)"))
    if not re.fullmatch(r"\d{2}", setup.register):
        raise RequestError(QT_TR_NOOP("register: two digits (e.g. 01)"))
    try:
        ZoneInfo(setup.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise RequestError(QT_TR_NOOP("time zone: {timezone!r} is not a known zone such as Europe/Vilnius"),
                           timezone=setup.timezone) from None
    try:
        Currency.of(setup.currency)
    except MoneyError:
        raise RequestError(QT_TR_NOOP("currency: {currency!r} is not an ISO currency code such as EUR"),
                           currency=setup.currency) from None
    if existing_staff == 0 and setup.mode != DEMO:
        if not setup.admin_code.strip() or not setup.admin_name.strip():
            raise RequestError(QT_TR_NOOP("the first admin needs a staff ID and a name"))
        if not (setup.admin_pin.isdigit() and 6 <= len(setup.admin_pin) <= 12):
            raise RequestError(QT_TR_NOOP("the admin PIN has 6 to 12 digits"))
        auth.check_new_pin(setup.admin_pin)


def apply(setup: StationSetup, now: dt.datetime | None = None) -> Settings:
    """Prepare the database and write this user's settings file; returns
    the station's settings."""
    now = now or dt.datetime.now(dt.UTC)
    values: dict[str, object] = {"store": setup.store, "register": setup.register}
    if setup.mode == SHARED:
        values["db_url"] = setup.db_url
        if setup.db_password:
            secret = config.data_dir() / "db-password"
            secret.parent.mkdir(parents=True, exist_ok=True)
            secret.write_text(setup.db_password, encoding="utf-8")
            secret.chmod(0o600)
            values["db_password_file"] = str(secret)
    url = setup.db_url if setup.mode == SHARED else config.embedded_db_url()
    if setup.mode != SHARED:
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    db = Database.connect(url, setup.db_password or None)
    try:
        schema.upgrade(db.engine)
        settings_for_pepper = config.load_settings(values)
        ctx = Context(db=db, pepper=config.pepper(settings_for_pepper),
                      counter=RegisterCounter(config.data_dir() / "counters.sqlite3"),
                      store_code=setup.store, register_code=setup.register, clock=lambda: now)
        if setup.mode == DEMO:
            from desktop.services.demo import SeedDemo, seed_demo

            with ctx.uow() as uow:
                empty = uow.session.scalar(select(Store.id).limit(1)) is None
            if empty:
                seed_demo(SeedDemo(receipts=1000), ctx)
            values.update(store="0001", register="01")
        else:
            prepare_store(ctx, setup, now)
    finally:
        db.dispose()
    config.write_config(config.user_config_file(), values)
    return config.load_settings()


def prepare_store(ctx: Context, setup: StationSetup, now: dt.datetime) -> None:
    with ctx.uow(write=True) as uow:
        session = uow.session
        staff_count = session.scalar(select(func.count()).select_from(Staff)) or 0
        validate(setup, staff_count)
        if staff_count == 0:
            auth.remember_pepper(session, ctx.pepper)  # PINs hashed from now on need this pepper
        else:
            auth.check_pepper(session, ctx.pepper)
        store = session.scalars(select(Store).where(Store.code == setup.store)).first()
        if store is None:
            chain = session.scalars(select(Chain).order_by(Chain.id).limit(1)).first()
            if chain is None:
                chain = Chain(code="MAIN", name=setup.store_name or "Our stores")
                session.add(chain)
                session.flush()
            store = Store(chain_id=chain.id, code=setup.store, name=setup.store_name or f"Store {setup.store}",
                          timezone=setup.timezone, currency=setup.currency)
            session.add(store)
            session.flush()
            default = resources.path("policies", "default.toml")
            if setup.currency == "USD" and setup.timezone == "America/New_York":
                policies.install(session, store, default, "first-run setup", now)
            else:
                _install_local_default(session, store, default, setup, now)
            audit.record(session, store.id, "store.created", at=now, entity="store", entity_id=store.code,
                         payload={"by": "first-run setup"})
        register = session.scalars(select(Register).where(Register.store_id == store.id,
                                                          Register.code == setup.register)).first()
        if register is None:
            session.add(Register(store_id=store.id, code=setup.register, name=f"Register {setup.register}"))
        if staff_count == 0:
            admin = Staff(code=setup.admin_code.strip(), name=setup.admin_name.strip(), role="admin",
                          home_store_id=store.id, pin_hash=auth.hash_pin(ctx.pepper, setup.admin_pin))
            session.add(admin)
            session.flush()
            audit.record(session, store.id, "staff.created", at=now, staff_id=admin.id, entity="staff",
                         entity_id=admin.code, payload={"role": "admin", "by": "first-run setup"})
        uow.commit()


# The default policy's two money limits, in round amounts of the local money
# (a starting point: a store sets its own in its policy, docs/policy.md).
LOCAL_LIMITS = {  # currency: (cash refund limit, no-receipt value per 365 days)
    "USD": ("200.00", "150.00"), "EUR": ("200.00", "150.00"), "GBP": ("150.00", "120.00"),
    "CAD": ("250.00", "200.00"), "AUD": ("300.00", "220.00"), "VND": ("5000000", "3500000"),
    "PHP": ("10000.00", "8000.00"), "INR": ("15000.00", "12000.00"), "JPY": ("30000", "20000"),
}


def _install_local_default(session, store: Store, default: Path, setup: StationSetup,  # type: ignore[no-untyped-def]
                           now: dt.datetime) -> None:
    """The default policy in the store's own currency and time zone, its money
    limits in round local amounts (a currency not listed keeps the numbers,
    as whole units: set them in the store's policy)."""
    cash, no_receipt = LOCAL_LIMITS.get(setup.currency, ("200", "150"))
    text = default.read_text(encoding="utf-8")
    text = (text.replace('currency = "USD"', f'currency = "{setup.currency}"')
            .replace('timezone = "America/New_York"', f'timezone = "{setup.timezone}"')
            .replace('cash_refund_limit = "200.00"', f'cash_refund_limit = "{cash}"')
            .replace('max_value_per_365_days = "150.00"', f'max_value_per_365_days = "{no_receipt}"'))
    local = config.data_dir() / f"policy-{store.code}.toml"
    local.parent.mkdir(parents=True, exist_ok=True)
    local.write_text(text, encoding="utf-8")
    policies.install(session, store, local, "first-run setup", now)


def store_exists(ctx: Context, code: str | None = None) -> bool:
    """Whether the database has the store ``code`` (without one: any store)."""
    query = select(Store.id).limit(1) if code is None else select(Store.id).where(Store.code == code)
    with ctx.uow() as uow:
        return uow.session.scalar(query) is not None
