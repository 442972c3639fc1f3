"""returndesk chain: a store's own PostgreSQL joined to HQ's by logical
replication (desktop/services/chain.py, docs/deploying.md), for IT."""

from __future__ import annotations

import argparse
import dataclasses

from desktop.cli.common import EXIT_OK, database, print_json, settings


def chain_join(args: argparse.Namespace) -> int:
    """This station's database becomes its store's database in the chain."""
    from desktop.services import chain

    joined = chain.join_url(database(args), args.hq, args.store or settings(args).store)
    print_json(dataclasses.asdict(joined))
    return EXIT_OK


def chain_subscribe(args: argparse.Namespace) -> int:
    """Run against HQ's database: it subscribes to a store's publication."""
    from desktop.services import chain

    name = chain.subscribe(database(args), args.store, args.publisher, copy_data=args.copy_data)
    print_json({"subscription": name, "store": args.store})
    return EXIT_OK


def chain_status(args: argparse.Namespace) -> int:
    from desktop.services import chain

    db = database(args)
    print_json({"links": [dataclasses.asdict(link) for link in chain.status(db)],
                "over_returned": chain.over_returned(db)})
    return EXIT_OK
