"""A big POSLog file read and settled by worker processes while the
importing process writes: parsing and settling are most of an import's
time, and a store's server has more than one core.

The importing process cuts the file into transactions (cheap: a search in
the bytes) and hands them out in batches; each worker parses and settles
its batch; the results come back in file order. At most a few batches are
in flight, so memory stays flat whatever the file's size. Workers are
started fresh ("spawn"): they share nothing with the importing process,
least of all its database connections.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterator
from typing import IO, Any

from desktop.config import PosConfig
from desktop.services.imports.poslog import cut, parse_one
from desktop.services.imports.raw import BadRecord, ImportedSale, ImportReject, Parsed, RawSale

BATCH = 250  # transactions per task
IN_FLIGHT = 3  # tasks per worker queued ahead: the pool never reads the whole file ahead

_worker: tuple[PosConfig, dict] | None = None  # type: ignore[type-arg]


def _start(config: PosConfig, stores: dict) -> None:  # type: ignore[type-arg]
    global _worker
    _worker = (config, stores)


def _settle(batch: list[tuple[int, bytes]]) -> list[tuple[int, object]]:
    from desktop.services.imports.writer import settle_for_store

    assert _worker is not None
    config, stores = _worker
    out: list[tuple[int, object]] = []
    for number, document in batch:
        record: object = parse_one(document, config)
        if isinstance(record, RawSale):
            try:
                sale = settle_for_store(record, config, stores)
                sale.content_hash  # worked out here, sent with the sale  # noqa: B018
                record = sale
            except ImportReject as error:
                record = BadRecord(record.ref, str(error))
        out.append((number, record))
    return out


def settled(stream: IO[bytes], config: PosConfig, stores: dict[str, Any],
            workers: int) -> Iterator[tuple[int, Parsed | ImportedSale]]:
    """The file's records, in order: settled sales (ImportedSale), or what
    the sequential reader would have given for the others."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_start, initargs=(config, stores)) as pool:
        waiting: deque = deque()  # type: ignore[type-arg]
        batch: list[tuple[int, bytes]] = []
        for item in cut(stream):
            batch.append(item)
            if len(batch) == BATCH:
                waiting.append(pool.apply_async(_settle, (batch,)))
                batch = []
                while len(waiting) > IN_FLIGHT * workers:
                    yield from waiting.popleft().get()
        if batch:
            waiting.append(pool.apply_async(_settle, (batch,)))
        while waiting:
            yield from waiting.popleft().get()
