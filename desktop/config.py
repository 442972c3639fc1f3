"""Station settings, layered: built-in defaults, the machine-wide file IT
deploys, the per-user file, environment variables, then the command line.

Machine-wide: ``<site config dir>/ReturnDesk/returndesk.toml`` (``/etc/xdg``
on Linux, ``C:\\ProgramData`` on Windows). Per user:
``<user config dir>/ReturnDesk/returndesk.toml``. Environment:
``RETURNDESK_<KEY>`` for every key below. ``returndesk config show`` prints
the result and where each value came from; secrets are never printed.
"""

from __future__ import annotations

import os
import secrets
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "ReturnDesk"
CONFIG_FILE = "returndesk.toml"


class ConfigError(ValueError):
    """A configuration file or value that cannot be used."""


@dataclass(frozen=True)
class Settings:
    db_url: str = ""  # empty: the embedded SQLite file in the data dir
    db_password_file: str = ""  # secret for db_url, read only when connecting
    # A store on a PostgreSQL of its own in a chain: HQ's database, where a receipt of another store is
    # looked up (docs/deploying.md, "A chain of stores"); empty: every receipt is in db_url.
    hq_db_url: str = ""
    store: str = ""  # 4-digit store code of this station
    register: str = "01"  # 2-digit register code of this station
    language: str = ""  # screens; empty: the store policy's locale
    idle_lock_minutes: int = 5
    printer: str = "pdf"  # "pdf" | "system:NAME" | "escpos://host[:port]" | "escpos-serial://DEVICE", [?mode=...]
    paper: str = "roll80"  # "roll80" | "roll58" (the receipt printer's roll, PDFs too) | "a4" | "letter" (PDFs)
    receipt_dir: str = ""  # where receipt PDFs are kept; empty: <data dir>/receipts
    customer_screen: str = ""  # feedback prompt: empty: over the window; "auto": another screen; or a screen's name
    policy_file: str = ""  # installed for the store by `returndesk policy install`
    pepper_file: str = ""  # PIN pepper; empty: <data dir>/pepper (generated once)
    smtp_host: str = ""
    smtp_port: int = 25
    smtp_user: str = ""
    smtp_password_file: str = ""
    smtp_sender: str = ""
    # The store's customer-service mailbox, read into cases (on one station or the store server):
    # port 993 is IMAP over TLS; another port uses STARTTLS when the server offers it.
    imap_host: str = ""
    imap_port: int = 993
    imap_user: str = ""
    imap_password_file: str = ""
    imap_folder: str = "INBOX"
    imap_owner: str = ""  # staff ID who owns a case that comes in by mail; empty: the store's first manager
    # The scheduler's exports (every 5 minutes, when there is something new): folder, format, target.
    export_dir: str = ""
    export_format: str = "jsonl"  # "jsonl" | "csv" | "poslog"
    export_target: str = "default"
    # A group whose members (IT's backup job, a second Windows account) may read the database, its backups
    # and logs: files become 0640 and theirs; empty: the owner's only (0600).
    file_group: str = ""
    sources: Mapping[str, str] = field(default_factory=dict, compare=False)

    @property
    def data_dir(self) -> Path:
        return data_dir()

    def resolved_db_url(self) -> str:
        return self.db_url or embedded_db_url()


SECRET_KEYS = {"db_password_file", "smtp_password_file", "imap_password_file", "pepper_file"}
_INT_KEYS = {"idle_lock_minutes", "smtp_port", "imap_port"}
KEYS = tuple(f.name for f in fields(Settings) if f.name != "sources")


def share_with_group(path: Path, settings: Settings) -> None:
    """A private file (0600) opened to ``file_group`` read-only (0640, owned
    by that group) when one is configured; ConfigError for a group this
    computer does not know."""
    if not settings.file_group or not path.exists() or os.name != "posix":
        return
    import grp

    try:
        gid = grp.getgrnam(settings.file_group).gr_gid
    except KeyError:
        raise ConfigError(f"file_group {settings.file_group!r}: no such group on this computer") from None
    os.chown(path, -1, gid)
    os.chmod(path, 0o640)


def data_dir() -> Path:
    override = os.environ.get("RETURNDESK_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def site_config_file() -> Path:
    override = os.environ.get("RETURNDESK_SITE_CONFIG")
    if override:
        return Path(override)
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / CONFIG_FILE


def user_config_file() -> Path:
    override = os.environ.get("RETURNDESK_USER_CONFIG")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / CONFIG_FILE


def embedded_db_url() -> str:
    return f"sqlite:///{data_dir() / 'returndesk.sqlite3'}"


def load_settings(overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """The effective settings, each value labelled with its source."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    sources: dict[str, str] = {key: "default" for key in KEYS}
    for path in (site_config_file(), user_config_file()):
        for key, value in _read_file(path).items():
            values[key] = value
            sources[key] = str(path)
    for key in KEYS:
        name = f"RETURNDESK_{key.upper()}"
        if environ.get(name):
            values[key] = _coerce(key, environ[name], name)
            sources[key] = f"environment {name}"
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key] = value
            sources[key] = "command line"
    return replace(Settings(**values), sources=sources)


def _read_file(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise ConfigError(f"{path}: cannot be read ({error.strerror})") from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    values = {}
    for key, value in document.items():
        if key == POS_TABLE:
            continue  # the POS connection's tables: load_pos_config()
        if key not in KEYS:
            raise ConfigError(f"{path}: unknown setting {key!r} (known: {', '.join(KEYS)})")
        values[key] = _coerce(key, value, f"{path}: {key}")
    return values


# ---- The store's own POS: how its exports and receipts map onto ReturnDesk
#
# A [pos] table in the machine-wide (or the user's) config file, read by the
# importer and the counter (docs/importing.md):
#
#   [pos.stores]          POS store ID -> ReturnDesk store code ("9" = "0001");
#                         without an entry, a store whose code is the same number
#   [pos.tenders]         the POS's tender name -> card, gift_card, store_credit,
#                         cash or discount (a coupon taken as payment)
#   [pos.departments]     the POS's department -> the policy's category
#   [pos.units]           unit of measure codes -> the unit printed (LBR = "lb")
#   [[pos.barcodes]]      receipt barcode layouts: name, layout, prefix

POS_TABLE = "pos"
DEFAULT_TENDERS = {
    "cash": "cash", "creditdebit": "card", "credit": "card", "debit": "card", "card": "card",
    "creditcard": "card", "debitcard": "card", "giftcard": "gift_card", "giftcertificate": "gift_card",
    "storecredit": "store_credit", "voucher": "store_credit", "storevalue": "store_credit",
    "coupon": "discount", "manufacturercoupon": "discount",
}
DEFAULT_UNITS = {"lbr": "lb", "lb": "lb", "kgm": "kg", "kg": "kg", "grm": "g", "g": "g", "mtr": "m", "m": "m",
                 "ltr": "l", "l": "l", "onz": "oz", "oz": "oz", "ftk": "ft", "ft": "ft"}
TENDER_KINDS = ("card", "gift_card", "store_credit", "cash", "discount")


@dataclass(frozen=True)
class PosConfig:
    stores: Mapping[str, str] = field(default_factory=dict)
    tenders: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_TENDERS))
    departments: Mapping[str, str] = field(default_factory=dict)
    units: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_UNITS))
    barcodes: tuple[Mapping[str, str], ...] = ()
    source: str = "default"

    def tender_kind(self, name: str) -> str | None:
        return self.tenders.get(_fold(name))

    def unit(self, code: str | None) -> str | None:
        """The unit printed for a unit-of-measure code; None for pieces."""
        if not code or _fold(code) in ("ea", "each", "pce", "pc", "unit", "h87", "c62"):
            return None
        return self.units.get(_fold(code), code.strip().lower()[:8])


def _fold(text: str) -> str:
    return "".join(char for char in text.lower() if char.isalnum())


def load_pos_config() -> PosConfig:
    """The [pos] table of the machine-wide file, with the user's on top."""
    merged: dict[str, Any] = {}
    source = "default"
    for path in (site_config_file(), user_config_file()):
        try:
            document = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            continue
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise ConfigError(f"{path}: cannot be read: {error}") from None
        table = document.get(POS_TABLE)
        if table is None:
            continue
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [{POS_TABLE}] must be a table")
        for key, value in table.items():
            if key not in ("stores", "tenders", "departments", "units", "barcodes"):
                raise ConfigError(f"{path}: unknown key {POS_TABLE}.{key} (known: stores, tenders, departments, "
                                  "units, barcodes)")
            merged[key] = value
        source = str(path)
    return _pos_config(merged, source)


def _pos_config(table: Mapping[str, Any], source: str) -> PosConfig:
    def strings(key: str) -> dict[str, str]:
        value = table.get(key, {})
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise ConfigError(f"{source}: {POS_TABLE}.{key} maps names to strings")
        return {str(k): v for k, v in value.items()}

    tenders = dict(DEFAULT_TENDERS)
    for name, kind in strings("tenders").items():
        if kind not in TENDER_KINDS:
            raise ConfigError(f"{source}: {POS_TABLE}.tenders.{name} = {kind!r}: must be one of "
                              f"{', '.join(TENDER_KINDS)}")
        tenders[_fold(name)] = kind
    stores = strings("stores")
    for pos_store, code in stores.items():
        if not (len(code) == 4 and code.isdigit()):
            raise ConfigError(f"{source}: {POS_TABLE}.stores.{pos_store} = {code!r}: a store code has 4 digits")
    units = dict(DEFAULT_UNITS)
    units.update({_fold(k): v for k, v in strings("units").items()})
    barcodes = table.get("barcodes", [])
    if not isinstance(barcodes, list) or not all(isinstance(b, dict) for b in barcodes):
        raise ConfigError(f"{source}: [[{POS_TABLE}.barcodes]] is a list of tables with name, layout and prefix")
    return PosConfig(stores=stores, tenders=tenders, departments=strings("departments"), units=units,
                     barcodes=tuple(barcodes), source=source)


def _coerce(key: str, value: Any, where: str) -> Any:
    if key in _INT_KEYS:
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise ConfigError(f"{where}: must be a whole number, not {value!r}") from None
        if number < 0:
            raise ConfigError(f"{where}: cannot be negative")
        return number
    if not isinstance(value, str):
        raise ConfigError(f"{where}: must be a string, not {value!r}")
    if key == "store" and value and not (len(value) == 4 and value.isdigit()):
        raise ConfigError(f"{where}: a store code has 4 digits, not {value!r}")
    if key == "register" and not (len(value) == 2 and value.isdigit()):
        raise ConfigError(f"{where}: a register code has 2 digits, not {value!r}")
    return value


def write_config(path: Path, values: Mapping[str, Any]) -> None:
    """Write (merge into) a config file: used by the first-run wizard and
    the Windows installer's /DBURL=... options."""
    current = _read_file(path)
    current.update({k: v for k, v in values.items() if v not in (None, "")})
    lines = ["# ReturnDesk station settings (see docs/deploying.md)"]
    for key in KEYS:
        if key in current:
            value = current[key]
            lines.append(f"{key} = {value}" if isinstance(value, int) else f"{key} = {_toml_string(value)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written whole (FILE.part, renamed) and readable by its owner only: a URL may carry a password.
    partial = path.with_name(path.name + ".part")
    with os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    partial.replace(path)


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def read_secret(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8").strip()
    except OSError as error:
        raise ConfigError(f"secret file {path} cannot be read ({error.strerror})") from None


def pepper(settings: Settings) -> bytes:
    """The PIN pepper, kept outside the database.

    RETURNDESK_PEPPER, else ``pepper_file``, else a file generated once in the
    data dir. Every station of a shared database needs the same pepper; IT
    deploys it with the machine-wide config (docs/deploying.md).
    """
    if os.environ.get("RETURNDESK_PEPPER"):
        return os.environ["RETURNDESK_PEPPER"].encode()
    if settings.pepper_file:
        return read_secret(settings.pepper_file).encode()
    path = data_dir() / "pepper"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return path.read_text(encoding="utf-8").strip().encode()


def describe(settings: Settings) -> list[tuple[str, str, str]]:
    """(key, shown value, source) rows for `config show`; secrets masked."""
    rows = []
    for key in KEYS:
        value = getattr(settings, key)
        if key in SECRET_KEYS and value:
            shown = f"{value} (a secret file; its content is never shown)"
        elif key in ("db_url", "hq_db_url") and value:
            shown = mask_url(value)
        elif key == "db_url":
            shown = mask_url(value) if value else f"{mask_url(embedded_db_url())} (embedded)"
        else:
            shown = str(value)
        rows.append((key, shown, settings.sources.get(key, "default")))
    return rows


def mask_url(url: str) -> str:
    """A database URL fit to print: the password replaced by ***."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def needs_setup(settings: Settings) -> bool:
    """No settings file anywhere, no database named by the environment, and
    no embedded database yet: a station that was just installed."""
    if settings.db_url or os.environ.get("RETURNDESK_DB_URL"):
        return False
    if site_config_file().exists() or user_config_file().exists():
        return False
    return not Path(embedded_db_url().removeprefix("sqlite:///")).exists()
