"""Run the benchmarks: `python -m bench [--quick] [--only NAME ...]`.

Prints each figure as it comes, writes bench/results/latest.json, and
rewrites the generated table of docs/benchmarks.md (between its markers)
with the machine, the date and the command.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "results"
DOC = ROOT / "docs" / "benchmarks.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
QUICK_BEGIN, QUICK_END = "<!-- bench:begin:quick -->", "<!-- bench:end:quick -->"


def machine() -> str:
    memory = ""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f", {pages / 2**30:.0f} GiB RAM"
    except (ValueError, OSError, AttributeError):
        pass
    return f"{platform.machine()}, {os.cpu_count()} cores{memory}, Python {platform.python_version()}"


class Report:
    def __init__(self, quick: bool):
        self.quick = quick
        self.rows: list[dict[str, Any]] = []

    def timing(self, key: str, timing: Any, target_ms: float | None = None, target_on: str = "p99") -> None:
        summary = timing.summary()
        value = summary[f"{target_on}_ms"]
        row = {"key": key, "what": timing.name, **summary,
               "target": f"{target_on} < {target_ms:g} ms" if target_ms else "",
               "met": None if target_ms is None else value < target_ms}
        self.add(row)

    def value(self, key: str, what: str, figure: str, target: str = "", met: bool | None = None, **extra: Any) -> None:
        self.add({"key": key, "what": what, "figure": figure, "target": target, "met": met, **extra})

    def add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        figure = row.get("figure") or f"p50 {row['p50_ms']} ms, p95 {row['p95_ms']} ms, p99 {row['p99_ms']} ms"
        verdict = "" if row["met"] is None else ("  [target met]" if row["met"] else "  [TARGET MISSED]")
        print(f"{row['what']}: {figure}{verdict}", flush=True)

    def markdown(self) -> str:
        commands = sorted({f"`{row.get('command', '')}` ({row.get('date', '')})" for row in self.rows})
        lines = [
            f"On {machine()}{' (quick mode: fewer runs, small databases)' if self.quick else ''}; "
            f"rows from {', '.join(commands)}.",
            "",
            "| measurement | p50 | p95 | p99 | runs / figure | target | met |",
            "| --- | ---: | ---: | ---: | --- | --- | --- |",
        ]
        for row in self.rows:
            met = "" if row["met"] is None else ("yes" if row["met"] else "**no**")
            if "figure" in row:
                lines.append(f"| {row['what']} | | | | {row['figure']} | {row['target']} | {met} |")
            else:
                lines.append(f"| {row['what']} | {row['p50_ms']:.3f} ms | {row['p95_ms']:.3f} ms | "
                             f"{row['p99_ms']:.3f} ms | {row['runs']} runs | {row['target']} | {met} |")
        return "\n".join(lines)


def write_doc(report: Report, command: str) -> None:
    """Merge this run's rows into the results file (a run of one suite
    replaces that suite's rows and keeps the others), then rewrite the
    table between the markers of docs/benchmarks.md."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / ("quick.json" if report.quick else "full.json")
    try:
        previous = json.loads(path.read_text())["rows"]
    except (OSError, ValueError, KeyError):
        previous = []
    today = dt.date.today().isoformat()
    fresh = {row["key"]: {**row, "date": today, "command": command} for row in report.rows}
    merged = [fresh.pop(row["key"], row) for row in previous] + list(fresh.values())
    path.write_text(json.dumps({"date": today, "machine": machine(), "rows": merged}, indent=2))
    if not DOC.exists():
        return
    report.rows = merged
    text = DOC.read_text(encoding="utf-8")
    begin, end = (QUICK_BEGIN, QUICK_END) if report.quick else (BEGIN, END)
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        _, tail = rest.split(end, 1)
        DOC.write_text(f"{head}{begin}\n{report.markdown()}\n{end}{tail}", encoding="utf-8")


SUITES = ("policy", "printing", "counter", "ui", "cases", "reports", "customers", "concurrency", "growth", "imports")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="small databases and fewer runs (under 2 minutes)")
    parser.add_argument("--only", nargs="*", choices=SUITES, help="run only these suites")
    parser.add_argument("--backends", nargs="*", default=["sqlite", "postgresql"])
    args = parser.parse_args(argv)
    command = "make bench-quick" if args.quick else "make bench"
    if args.only:
        command += f" (python -m bench {'--quick ' if args.quick else ''}--only {' '.join(args.only)})"
    suites = args.only or SUITES
    report = Report(args.quick)
    started = time.perf_counter()

    from bench import databases

    backends = [b for b in args.backends if b == "sqlite" or databases.pg_available()]
    if len(backends) < len(args.backends):
        print("PostgreSQL is not reachable: its benchmarks are skipped", file=sys.stderr)
    sizes = [10_000] if args.quick else [10_000, 100_000, 1_000_000]
    big = sizes[-1]

    if "policy" in suites:
        from bench import policy

        for key, timing in policy.run(args.quick):
            report.timing(key, timing, target_ms=1.0 if key == "policy_evaluate_30_lines" else None,
                          target_on="p50")

    if "printing" in suites:
        from bench import printing

        for key, timing in printing.run(args.quick):
            # The receipt a customer waits for: under 3 ms at p50 (issue 21; the bare reportlab floor is under 1 ms).
            report.timing(key, timing, target_ms=3.0 if key == "print_return_pdf_3" else
                          30.0 if key.startswith("print_return_pdf") else None,
                          target_on="p50" if key == "print_return_pdf_3" else "p99")

    from bench import counter

    if "counter" in suites:
        runs = 150 if args.quick else 500
        for backend in backends:
            copy = databases.working_copy(backend, big)
            try:
                report.timing(f"scan_to_decision_{backend}", counter.scan_to_decision(copy, runs), 20.0)
                full, floor = counter.commit_side_by_side(copy, runs // 2 if args.quick else 2 * runs)
                report.timing(f"commit_{backend}", full, 30.0)
                report.timing(f"commit_sql_floor_{backend}", floor)
                ratio = full.p50 / floor.p50
                report.value(f"stack_over_sql_{backend}", f"full stack / hand-written SQL, p50 ({backend})",
                             f"{ratio:.2f}x", "< 3x", ratio < 3)
            finally:
                copy.close()

    if "ui" in suites:
        from bench import ui

        for backend in backends:
            copy = databases.working_copy(backend, big)
            try:
                report.timing(f"ui_scan_to_paint_{backend}", ui.scan_to_paint(copy, 60 if args.quick else 300), 50.0)
                if backend == "sqlite":
                    report.timing("ui_cold_start", ui.cold_start(copy.url, 3 if args.quick else 10), 500.0)
                    report.timing("ui_cold_start_ready", ui.cold_start(copy.url, 3 if args.quick else 10, "ready"))
                    resident, peak = ui.memory_after_return(copy)
                    report.value("ui_memory_after_return", "app resident memory after a return (RSS)",
                                 f"{resident:.0f} MB", "<= 150 MB", resident <= 150)
                    report.value("ui_peak_memory", "app peak memory up to the end of a return (RSS high-water mark)",
                                 f"{peak:.0f} MB", "", None)
            finally:
                copy.close()

    if "cases" in suites:
        from bench import cases as case_bench

        for backend in backends:
            copy = databases.working_copy(backend, 10_000)
            try:
                case_bench.seed_cases(copy, 100_000)
                report.timing(f"case_queue_{backend}", case_bench.queue_open(copy, 30 if args.quick else 100), 200.0)
            finally:
                copy.close()

    if "reports" in suites:
        from bench import reports as report_bench

        for backend in backends:
            copy = databases.working_copy(backend, big)
            try:
                report_bench.seed_returns(copy, 10_000 if args.quick else 100_000)
                for name, timing in report_bench.run_all(copy, 3 if args.quick else 10):
                    report.timing(f"report_{name}_{backend}", timing, 1000.0)
            finally:
                copy.close()

    if "customers" in suites:
        from bench import customers as customer_bench

        for backend in backends:
            copy = databases.working_copy(backend, big)
            try:
                code, given = customer_bench.give_receipts(copy, 5_000)
                report.timing(f"customer_view_{backend}",
                              customer_bench.open_view(copy, code, given, 20 if args.quick else 100), 100.0)
            finally:
                copy.close()

    if "concurrency" in suites:
        per = 15 if args.quick else 150
        for backend in backends:
            copy = databases.working_copy(backend, big)
            try:
                for counters in ((1, 8) if args.quick else (1, 4, 8)):
                    result = counter.returns_per_second(copy, counters, per)
                    # Issue 25's goal, 8 counters on one server, for the full run (a quick run is mostly start-up).
                    goal = backend == "postgresql" and counters == 8 and not args.quick
                    report.value(f"rps_{backend}_{counters}", f"returns per second, {counters} counter"
                                 f"{'s' if counters > 1 else ''} ({backend}, {big:,} receipts)",
                                 f"{result['returns_per_second']} /s ({result['returns']} in {result['seconds']} s, "
                                 f"{result['double_refunds']} double refunds)",
                                 ">= 500 /s, no double refund" if goal else "",
                                 result["returns_per_second"] >= 500 and not result["double_refunds"] if goal else None,
                                 **result)
            finally:
                copy.close()

    if "growth" in suites and len(sizes) > 1:
        for backend in backends:
            small, big_copy = databases.working_copy(backend, sizes[0]), databases.working_copy(backend, sizes[-1])
            try:
                timings = counter.lookup_growth(small, big_copy, 500)
            finally:
                small.close()
                big_copy.close()
            for size, timing in zip((sizes[0], sizes[-1]), timings, strict=False):
                report.timing(f"scan_to_decision_{backend}_{size}", timing)
            growth = timings[1].p50 / timings[0].p50
            report.value(f"growth_{backend}", f"lookup growth {sizes[0]:,} -> {sizes[-1]:,} receipts, p50 ({backend})",
                         f"{growth:.2f}x", "< 1.5x", growth < 1.5)

    if "imports" in suites:
        from bench import imports

        counts = (5_000, 50_000) if args.quick else (100_000, 1_000_000)
        goals = {"sqlite": 5000, "postgresql": 2000}
        for backend in backends:
            peaks = []
            for count in counts:
                copy = databases.working_copy(backend, 10_000)
                try:
                    result = imports.run(copy, imports.export("poslog", count, copy.today.isoformat()))
                finally:
                    copy.close()
                peaks.append(result["peak_mb"])
                report.value(f"import_poslog_{backend}_{count}", f"POSLog import, {count:,} sales ({backend})",
                             f"{result['sales_per_second']:,} sales/s ({result['imported']:,} in "
                             f"{result['seconds']} s), peak {result['peak_mb']} MB",
                             f">= {goals[backend]:,} sales/s, < 300 MB",
                             result["sales_per_second"] >= goals[backend] and result["peak_mb"] < 300, **result)
            report.value(f"import_memory_{backend}", f"import memory, {counts[0]:,} -> {counts[1]:,} sales ({backend})",
                         f"{peaks[0]} -> {peaks[1]} MB", "flat (< 1.5x)", peaks[1] < 1.5 * peaks[0])

    write_doc(report, command)
    print(f"done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
