"""returndesk db|demo|audit|config: the station's database and settings."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from desktop.cli.common import EXIT_DATABASE, EXIT_OK, CliError, context, database, print_json, settings


def _database(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    return database(args)


def db_upgrade(args: argparse.Namespace) -> int:
    from desktop.services import maintenance

    change = maintenance.upgrade(_database(args), args.revision)
    print(f"schema {change.before or 'empty'} -> {change.after} ({change.database})" if change.changed
          else f"schema already at {change.after} ({change.database})")
    return EXIT_OK


def db_downgrade(args: argparse.Namespace) -> int:
    from desktop.services import maintenance

    print(f"schema now {maintenance.downgrade(_database(args), args.revision) or 'empty'}")
    return EXIT_OK


def db_backup(args: argparse.Namespace) -> int:
    from desktop.services import maintenance

    db = _database(args)
    try:
        size = maintenance.backup(db, Path(args.file))
    except (FileExistsError, ValueError, OSError) as error:
        raise CliError(str(error)) from None
    from desktop.config import share_with_group

    share_with_group(Path(args.file), settings(args))
    print(f"backed up {db.describe()} to {args.file} ({size:,} bytes)", file=sys.stderr)
    return EXIT_OK


def db_restore(args: argparse.Namespace) -> int:
    from desktop.services import maintenance

    station = settings(args)
    db = _database(args)
    try:
        done = maintenance.restore(db, Path(args.file), station.data_dir / "backups")
    except (ValueError, OSError) as error:
        raise CliError(str(error)) from None
    print(f"restored {args.file} (schema {done.revision}) into {db.describe()}; now at {done.now_at}; the database "
          f"as it was before is kept as {done.kept}", file=sys.stderr)
    return EXIT_OK


def db_current(args: argparse.Namespace) -> int:
    from desktop.services import maintenance

    print(json.dumps(maintenance.state(_database(args)).to_json()))
    return EXIT_OK


def db_app_role(args: argparse.Namespace) -> int:
    """The stations' PostgreSQL role (owning nothing, adding to the audit log only)."""
    import os

    from desktop.cli.common import ask_pin
    from desktop.services import maintenance

    password = os.environ.get("RETURNDESK_APP_PASSWORD") or ask_pin("The app role's password: ")
    try:
        maintenance.create_app_role(_database(args), args.role, password)
    except ValueError as error:
        raise CliError(str(error)) from None
    print(f"role {args.role}: the stations connect as it (postgresql+psycopg://{args.role}@HOST/DB); it may not "
          "change or empty the audit log", file=sys.stderr)
    return EXIT_OK


def db_partition(args: argparse.Namespace) -> int:
    """The record tables partitioned by store (desktop/db/partitioning.py)."""
    import time

    from desktop.services import maintenance

    started = time.monotonic()
    try:
        done = maintenance.partition(_database(args), args.partitions)
    except ValueError as error:  # PartitionError
        raise CliError(str(error)) from None
    rows = ", ".join(f"{table} {count:,}" for table, count in done.rows.items())
    print(f"partitioned by store into {done.partitions} partitions in {time.monotonic() - started:.1f} s: {rows}; "
          f"{len(done.references)} references kept ({done.same_store} as foreign keys within a store, the others as "
          "constraint triggers)", file=sys.stderr)
    return EXIT_OK


def demo_seed(args: argparse.Namespace) -> int:
    from desktop.services.demo import SeedDemo, seed_demo
    from desktop.services.setup import store_exists

    ctx = context(args)
    if args.if_empty and store_exists(ctx):
        print("the database already has a store; nothing seeded", file=sys.stderr)
        return EXIT_OK
    try:
        today = dt.date.fromisoformat(args.today) if args.today else None
    except ValueError:
        raise CliError(f"--today: not a date written YYYY-MM-DD: {args.today!r}") from None
    if args.receipts < 0:
        raise CliError("--receipts: cannot be negative")
    command = SeedDemo(receipts=args.receipts, seed=args.seed, today=today, history=not args.no_history)
    print_json(seed_demo(command, ctx, progress=lambda text: print(text, file=sys.stderr)))
    return EXIT_OK


def audit_verify(args: argparse.Namespace) -> int:
    """Each chain (a store's own, each of its registers'), then every
    return, refund, voucher and override against its entry, then the
    checkpoints in --checkpoints FILE; exit 5 when anything is wrong, naming
    the first bad entry of each chain."""
    from desktop.services import audit

    taken = []
    if args.checkpoints:
        try:
            lines = Path(args.checkpoints).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise CliError(f"--checkpoints {args.checkpoints}: {error}") from None
        try:
            taken = [json.loads(line) for line in lines if line.strip()]
        except json.JSONDecodeError as error:
            raise CliError(f"--checkpoints {args.checkpoints}: not JSON lines ({error.msg})") from None
    result = audit.verify_everything(context(args), taken)
    for report in result.chains:
        store, register = audit.parse_chain_name(report.store)  # a store's own chain, or one of its registers'
        chain = f"store {store}" + (f", register {register}" if register else "")
        if report.ok:
            print(f"{chain}: {report.entries} entries, chain intact")
        else:
            print(f"{chain}: chain broken at entry {report.broken_at}: {report.problem} "
                  f"({report.entries} entries verified before it)")
    for problem in result.problems:
        print(problem)
    if taken and not result.problems:
        print(f"{len(taken)} checkpoints match the chains")
    return EXIT_OK if result.ok else EXIT_DATABASE


def audit_checkpoint(args: argparse.Namespace) -> int:
    """Each store's chain as it stands, with its MAC: to keep away from the
    database (a file IT ships elsewhere, a printout), for `audit verify
    --checkpoints` to catch a cut or rewritten chain later."""
    import os

    from desktop.services import audit

    lines = "".join(json.dumps(point.to_json()) + "\n" for point in audit.take_checkpoints(context(args), args.store))
    if args.out == "-":
        sys.stdout.write(lines)
        return EXIT_OK
    try:
        with os.fdopen(os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "a",
                       encoding="utf-8") as handle:
            handle.write(lines)
    except OSError as error:
        raise CliError(f"--out {args.out}: {error.strerror or error}") from None
    from desktop.config import share_with_group

    share_with_group(Path(args.out), settings(args))
    print(f"{lines.count(chr(10))} checkpoints appended to {args.out}", file=sys.stderr)
    return EXIT_OK


def config_show(args: argparse.Namespace) -> int:
    from desktop.config import describe, site_config_file, user_config_file

    rows = describe(settings(args))
    if args.json:
        print_json({key: {"value": value, "source": source} for key, value, source in rows})
        return EXIT_OK
    width = max(len(key) for key, _, _ in rows)
    print(f"# machine-wide: {site_config_file()}\n# per user:     {user_config_file()}")
    for key, value, source in rows:
        print(f"{key.ljust(width)} = {value}    [{source}]")
    return EXIT_OK
