"""The store's catalogue and its people from files: `returndesk import
products FILE` and `returndesk import staff FILE`, CSV or JSON Lines, with
the same summary, rejects file and exit codes as sales.

Products: SKU, GTIN (barcode, its check digit checked), description,
department, category, price with the day it takes effect, tax rate, final
sale, serial required. A product's prices are kept as a history: the
no-receipt price basis (the lowest price in the policy's look-back) comes
from the real prices, and today's price is the one in effect today. The
category is the file's, else its department's (``[pos.departments]``),
else none: the policy's default rules.

Staff: staff ID, name, role, home store. Each person gets a one-time PIN,
written with their ID to a file only its owner can read, to hand out: they
choose their own at their first sign-in.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import secrets
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import select

from desktop.config import PosConfig
from desktop.messages import QT_TR_NOOP
from desktop.models import PriceChange, Product, Staff, Store
from desktop.policy.money import Currency, MoneyError
from desktop.services import audit, inputs, staff_admin
from desktop.services.auth import Actor
from desktop.services.commands import MANAGERS, Command, handles
from desktop.services.context import Context
from desktop.services.errors import ServiceError
from desktop.services.imports import ImportSummary, InputUnreadable, input_files, rejects_path
from desktop.services.imports.outcome import Counts, Rejects
from desktop.services.sanitize import csv_row

PRODUCT_KEYS = ("sku", "gtin", "barcode", "description", "department", "category", "price", "price_from",
                "tax_rate", "final_sale", "serial_required")
STAFF_KEYS = ("staff_id", "name", "role", "store")  # and, optional, email: where the service desk's alerts go


@dataclass(frozen=True)
class Row:
    position: int
    values: Mapping[str, Any]


# ---- Reading either format


def rows(path: Path, required: tuple[str, ...]) -> Iterator[Row]:
    """The file's records as mappings: a CSV's rows by header, or JSON lines."""
    text = path.read_text(encoding="utf-8-sig")
    head = text.lstrip()[:1]
    if head == "{":
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                value = inputs.loads(line, parse_float=Decimal)
            except json.JSONDecodeError as error:
                yield Row(number, {"__error__": f"not JSON ({error.msg})"})
                continue
            yield Row(number, value if isinstance(value, dict) else {"__error__": "a record is a JSON object"})
        return
    reader = csv.DictReader(io.StringIO(text))
    missing = [key for key in required if key not in (reader.fieldnames or [])]
    if missing:
        raise InputUnreadable(f"{path}: the header lacks {', '.join(missing)} (docs/setting-up.md)")
    for row in reader:
        yield Row(reader.line_num, {key: value for key, value in row.items() if key and value not in (None, "")})


def _check(paths: list[Path], required: tuple[str, ...]) -> list[Path]:
    files = input_files(paths)
    for path in files:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise InputUnreadable(f"{path}: not UTF-8 text") from None
        except OSError as error:
            raise InputUnreadable(f"{path}: cannot be read ({error.strerror})") from None
        if text.lstrip()[:1] != "{":
            header = next(csv.reader(io.StringIO(text)), [])
            missing = [key for key in required if key not in header]
            if missing:
                raise InputUnreadable(f"{path}: not JSON Lines, and a CSV header without {', '.join(missing)}")
    return files


# ---- Products


def import_products(ctx: Context, paths: list[Path], config: PosConfig, rejects: Path | None = None) -> ImportSummary:
    files = _check(paths, ("sku", "price"))
    log = Rejects(rejects or rejects_path(files, ctx.now()))
    counts = Counts()
    try:
        for path in files:
            with ctx.uow(write=True) as uow:
                session = uow.session
                stores = list(session.scalars(select(Store)))
                currencies = {store.currency for store in stores} or {"USD"}
                if len(currencies) > 1:
                    raise InputUnreadable("the chain's stores sell in several currencies: one catalogue file "
                                          "per currency is not supported yet")
                currency = Currency.of(currencies.pop())
                today = ctx.now().astimezone(dt.UTC).date()
                for row in rows(path, ("sku", "price")):
                    counts.read += 1
                    try:
                        outcome = _product(session, row.values, currency, config, today)
                    except ValueError as error:
                        counts.rejected += 1
                        log.write(path.name, row.position, None, f"{row.values.get('sku', '?')}: {error}")
                        continue
                    if outcome == "duplicate":
                        counts.duplicates += 1
                    else:
                        counts.imported += 1
                if stores:
                    audit.record(session, stores[0].id, "products.imported", at=ctx.now(), entity="import",
                                 entity_id=path.name[:64], payload={"file": path.name, "read": counts.read,
                                                                    "imported": counts.imported})
                uow.commit()
    finally:
        log.close()
    return ImportSummary(counts, log.path if log.used else None, tuple(str(p) for p in files))


def _product(session: Any, values: Mapping[str, Any], currency: Currency, config: PosConfig,
             today: dt.date) -> str:
    if "__error__" in values:
        raise ValueError(values["__error__"])
    sku = str(values.get("sku") or "").strip().upper()
    if not sku or len(sku) > 32:
        raise ValueError("a SKU of 1 to 32 characters is needed")
    barcode = str(values.get("gtin") or values.get("barcode") or "").strip() or None
    if barcode is not None and not valid_gtin(barcode):
        raise ValueError(f"GTIN {barcode} fails its check digit")
    try:
        price = currency.parse(str(values.get("price", "")).strip())
    except MoneyError as error:
        raise ValueError(f"price: {error}") from None
    if price < 0:
        raise ValueError("a price cannot be negative")
    since = _day(values.get("price_from"), today)
    department = str(values.get("department") or "").strip() or None
    category = str(values.get("category") or "").strip() or (config.departments.get(department) if department
                                                              else None) or ""
    rate = _rate(values.get("tax_rate"))
    product = session.scalars(select(Product).where(Product.sku == sku)).first()
    if barcode is not None:
        other = session.scalars(select(Product).where(Product.barcode == barcode, Product.sku != sku)).first()
        if other is not None:
            raise ValueError(f"GTIN {barcode} is already product {other.sku}'s")
    description = str(values.get("description") or "").strip()[:200]
    fields = {"name": description or (product.name if product else sku), "category": category[:40],
              "department": department, "barcode": barcode or (product.barcode if product else None),
              "final_sale": _flag(values.get("final_sale")), "serial_tracked": _flag(values.get("serial_required")),
              "tax_rate": rate if rate is not None else (product.tax_rate if product else Decimal(0))}
    if product is None:
        product = Product(sku=sku, price_cents=price, **fields)
        session.add(product)
        session.flush()
        changed = True
    else:
        changed = any(getattr(product, key) != value for key, value in fields.items())
        for key, value in fields.items():
            setattr(product, key, value)
    existing = session.scalars(select(PriceChange).where(PriceChange.product_id == product.id,
                                                         PriceChange.valid_from == since)).first()
    if existing is not None and existing.price_cents != price:
        raise ValueError(f"a price from {since} is already {currency.format(existing.price_cents)}: prices are "
                         "history, a new price comes with a new day")
    if existing is None:
        session.add(PriceChange(product_id=product.id, valid_from=since, price_cents=price))
        session.flush()
        changed = True
    in_effect = session.scalar(select(PriceChange.price_cents).where(
        PriceChange.product_id == product.id, PriceChange.valid_from <= today)
        .order_by(PriceChange.valid_from.desc()).limit(1))
    product.price_cents = in_effect if in_effect is not None else price
    return "imported" if changed else "duplicate"


def valid_gtin(code: str) -> bool:
    """GTIN-8, UPC-A (12), EAN-13 or GTIN-14, with its GS1 check digit."""
    if not code.isdigit() or len(code) not in (8, 12, 13, 14):
        return False
    body, check = code[:-1], int(code[-1])
    total = sum(int(digit) * (3 if index % 2 == 0 else 1) for index, digit in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def _day(value: Any, default: dt.date) -> dt.date:
    if value in (None, ""):
        return default
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError(f"price_from {value!r} is not a date written YYYY-MM-DD") from None


def _rate(value: Any) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        rate = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError(f"tax_rate {value!r} is not a number such as 0.0825") from None
    if not 0 <= rate < 1:
        raise ValueError("tax_rate is a fraction between 0 and 1 (0.0825 for 8.25 %)")
    return rate


def _flag(value: Any) -> bool:
    return str(value).strip().lower() in ("true", "1", "yes", "y") if value is not None else False


# ---- Staff


@dataclass(frozen=True)
class StaffImport:
    summary: ImportSummary
    pins_file: Path | None  # the one-time PINs to hand out, readable by its owner only


def import_staff(ctx: Context, actor: Actor, paths: list[Path], rejects: Path | None = None) -> StaffImport:
    files = _check(paths, STAFF_KEYS)
    log = Rejects(rejects or rejects_path(files, ctx.now()))
    counts = Counts()
    pins: list[tuple[str, str, str]] = []
    try:
        for path in files:
            for row in rows(path, STAFF_KEYS):
                counts.read += 1
                values = row.values
                code = str(values.get("staff_id") or "").strip()
                try:
                    if "__error__" in values:
                        raise ValueError(values["__error__"])
                    if code:
                        with ctx.uow() as uow:
                            known = uow.session.scalar(select(Staff.name).where(Staff.code == code))
                        if known is not None:
                            if known == str(values.get("name") or "").strip():
                                counts.duplicates += 1
                                continue
                            raise ValueError(f"staff ID {code} is {known}'s")
                    pin = one_time_pin()
                    staff_admin.add(ctx, actor, code, str(values.get("name") or ""), str(values.get("role") or ""),
                                    str(values.get("store") or ""), pin, str(values.get("email") or ""))
                except (ValueError, ServiceError) as error:
                    counts.rejected += 1
                    log.write(path.name, row.position, None, f"{code or '?'}: {error}")
                    continue
                counts.imported += 1
                pins.append((code, str(values.get("name") or ""), pin))
    finally:
        log.close()
    pins_file = None
    if pins:
        pins_file = files[0].parent / f"one-time-pins-{ctx.now():%Y%m%dT%H%M%S}.csv"
        descriptor = os.open(pins_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["staff_id", "name", "one_time_pin"])
            writer.writerows(csv_row(pin) for pin in pins)
    return StaffImport(ImportSummary(counts, log.path if log.used else None, tuple(str(p) for p in files)),
                       pins_file)


def one_time_pin() -> str:
    """Six random digits, for the person to replace at their first sign-in."""
    return f"{secrets.randbelow(10**6):06d}"


@dataclass(frozen=True)
class ImportStaff(Command[StaffImport]):
    """Staff accounts from a file, each with a one-time PIN: managers and admins."""

    roles: ClassVar[frozenset[str]] = MANAGERS
    refusal: ClassVar[str] = QT_TR_NOOP("{role}s cannot manage staff: ask a manager")
    paths: tuple[Path, ...]
    rejects: Path | None = None


@handles(ImportStaff)
def _import_staff(ctx: Context, command: ImportStaff, actor: Actor) -> StaffImport:
    return import_staff(ctx, actor, list(command.paths), command.rejects)
