"""Importing the store's sales from its own POS (docs/contract.md section 6, docs/importing.md).

``import_sales(ctx, paths, ...)`` reads POSLog, JSON Lines, CSV or Shopify
files (a folder: every file in it), settles and reconciles each sale, and
stores the good ones; every bad one goes to the rejects file with its
reason. Before anything is written, every file is opened and checked: a
file that cannot be read at all (missing, not in a known format, not whole,
hostile XML) stops the import with nothing written.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, Any, cast

from desktop.config import PosConfig
from desktop.services.context import Context
from desktop.services.imports import parallel
from desktop.services.imports.documents import CSV_KEYS, DocumentError, read_csv, read_jsonl
from desktop.services.imports.outcome import Counts, Rejects
from desktop.services.imports.poslog import FileRefused, check_file, read_poslog
from desktop.services.imports.raw import PosRef, Record
from desktop.services.imports.shopify import read_shopify
from desktop.services.imports.writer import BATCH, SaleWriter

FORMATS = ("poslog", "jsonl", "csv", "shopify")
REJECTS_SUFFIX = ".rejects.jsonl"


class InputUnreadable(ValueError):
    """The input cannot be read at all: nothing was written."""

    def __init__(self, message: str, truncated: bool = False):
        super().__init__(message)
        self.truncated = truncated  # a file that ends too soon (a POS may still be writing it)


@dataclass(frozen=True)
class ImportSummary:
    counts: Counts
    rejects_file: Path | None
    files: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        c = self.counts
        return {"read": c.read, "imported": c.imported, "duplicates": c.duplicates, "skipped": c.skipped,
                "rejected": c.rejected, "rejects_file": str(self.rejects_file) if self.rejects_file else None,
                "voided": c.voided, "files": list(self.files)}


Progress = Callable[[Counts, int, int], None]  # counts, bytes read, bytes in all


# ---- Public API


def input_files(paths: list[Path]) -> list[Path]:
    """The files named, and every file of a folder named (not its rejects
    files nor hidden ones), in name order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")
                                and not p.name.endswith(REJECTS_SUFFIX)))
        elif path.is_file():
            files.append(path)
        else:
            raise InputUnreadable(f"{path}: no such file or folder")
    if not files:
        raise InputUnreadable(f"{', '.join(str(p) for p in paths)}: no files to import")
    return files


def detect_format(path: Path) -> str:
    """By its first characters: < is POSLog; a CSV header with ``record``;
    JSON with order fields is Shopify, other JSON objects JSON Lines."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    text = head.decode("utf-8-sig", errors="replace").lstrip()
    if text.startswith("<"):
        return "poslog"
    if text.startswith("{") or text.startswith("["):
        if any(marker in text for marker in ('"order_number"', '"line_items"', '"orders"', '"order"')):
            return "shopify"
        return "jsonl"
    if text.split("\n", 1)[0].replace('"', "").split(",")[0].strip().lower() == "record":
        return "csv"
    raise InputUnreadable(f"{path}: not POSLog, JSON Lines, CSV or a Shopify order (say which with --format)")


def check_input(files: list[Path], fmt: str | None) -> list[tuple[Path, str]]:
    """Every file readable, in a known format, whole and harmless: else
    InputUnreadable, before anything is written."""
    checked = []
    for path in files:
        kind = fmt or detect_format(path)
        if kind not in FORMATS:
            raise InputUnreadable(f"unknown format {kind!r} (poslog, jsonl, csv, shopify)")
        try:
            if kind == "poslog":
                with path.open("rb") as handle:
                    check_file(handle)
            elif kind == "csv":
                with path.open(encoding="utf-8-sig", newline="") as text:
                    header = next(csv.reader(text), [])
                missing = [key for key in CSV_KEYS if key not in header]
                if missing:
                    raise InputUnreadable(f"{path}: the CSV header lacks {', '.join(missing)} (docs/importing.md)")
            if kind != "poslog":
                with path.open("rb") as handle:
                    while chunk := handle.read(1 << 20):
                        chunk.decode("utf-8")  # a multi-byte character cut at a chunk's end is checked below
        except FileRefused as error:
            raise InputUnreadable(f"{path}: {error}", truncated=error.truncated) from None
        except UnicodeDecodeError:
            try:
                path.read_text(encoding="utf-8-sig")
            except UnicodeDecodeError as error:
                raise InputUnreadable(f"{path}: not UTF-8 text (byte {error.start})") from None
        except OSError as error:
            raise InputUnreadable(f"{path}: cannot be read ({error.strerror})") from None
        checked.append((path, kind))
    return checked


def rejects_path(files: list[Path], when: dt.datetime) -> Path:
    """Beside the one file imported, or in the folder of the first, named by the time."""
    if len(files) == 1:
        return files[0].with_name(files[0].name + REJECTS_SUFFIX)
    return files[0].parent / f"import-{when:%Y%m%dT%H%M%S}{REJECTS_SUFFIX}"


def import_sales(ctx: Context, paths: list[Path], config: PosConfig, fmt: str | None = None,
                 rejects: Path | None = None, progress: Progress | None = None,
                 batch_size: int = BATCH, workers: int | None = None) -> ImportSummary:
    """``workers``: processes reading and settling a big POSLog file while
    this one writes (default: one per core for files over 2 MB; 0 or 1: none)."""
    files = check_input(input_files(paths), fmt)
    total_bytes = sum(path.stat().st_size for path, _ in files)
    log = Rejects(rejects or rejects_path([path for path, _ in files], ctx.now()))
    writer = SaleWriter(ctx, config, log, batch_size=batch_size)
    done_bytes = 0
    try:
        for path, kind in files:
            with path.open("rb") as handle:
                tracked = _Tracked(handle)
                stream = cast(IO[bytes], tracked)  # a binary file object, as open() gives
                if progress is not None:
                    writer.on_batch = partial(_report_progress, progress, done_bytes, tracked, total_bytes)
                count = _workers(workers, path, kind)
                records = (parallel.settled(stream, config, writer.stores_by_code(), count) if count > 1
                           else _records(stream, kind, config))
                for position, record in records:
                    writer.add(path.name, position, record)
                writer.flush()
            done_bytes += path.stat().st_size
    finally:
        log.close()
    if progress is not None:
        progress(writer.counts, total_bytes, total_bytes)
    return ImportSummary(writer.counts, log.path if log.used else None, tuple(str(path) for path, _ in files))


PARALLEL_BYTES = 2 << 20  # below this a worker process costs more to start than it saves


def _report_progress(progress: Progress, before: int, file: _Tracked, total: int, counts: Counts) -> None:
    """One batch written: the counts so far and how far through all the files the import has read."""
    progress(counts, before + file.position, total)


def _workers(asked: int | None, path: Path, kind: str) -> int:
    if kind != "poslog":
        return 0
    if asked is not None:
        return asked
    return min(os.cpu_count() or 1, 4) if path.stat().st_size >= PARALLEL_BYTES else 0


def _records(handle: IO[bytes], kind: str, config: PosConfig) -> Iterator[Record]:
    if kind == "poslog":
        yield from read_poslog(handle, config)
        return
    text = io.TextIOWrapper(io.BufferedReader(cast(io.RawIOBase, handle)), encoding="utf-8-sig",
                            newline="" if kind == "csv" else None)
    try:
        if kind == "jsonl":
            yield from read_jsonl(text)
        elif kind == "csv":
            yield from read_csv(text)
        else:
            yield from read_shopify(text)
    except DocumentError as error:
        raise InputUnreadable(str(error)) from None
    finally:
        text.detach()


class _Tracked(io.RawIOBase):
    """A file that tells how far it has been read (the progress bar)."""

    def __init__(self, handle: IO[bytes]):
        self.handle = handle
        self.position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.handle.read(len(buffer))
        buffer[:len(data)] = data
        self.position += len(data)
        return len(data)

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        self.position += len(data)
        return data


__all__ = ["FORMATS", "ImportSummary", "InputUnreadable", "PosRef", "detect_format", "import_sales",
           "input_files"]
