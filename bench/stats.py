"""Timing helpers: percentiles over many runs."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Timing:
    name: str
    samples_ms: list[float]

    def percentile(self, q: float) -> float:
        ordered = sorted(self.samples_ms)
        if not ordered:
            return float("nan")
        index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
        return ordered[index]

    @property
    def p50(self) -> float:
        return self.percentile(50)

    @property
    def p95(self) -> float:
        return self.percentile(95)

    @property
    def p99(self) -> float:
        return self.percentile(99)

    def summary(self) -> dict[str, float]:
        return {"runs": len(self.samples_ms), "p50_ms": round(self.p50, 3), "p95_ms": round(self.p95, 3),
                "p99_ms": round(self.p99, 3), "mean_ms": round(statistics.fmean(self.samples_ms), 3)}


def measure(name: str, action: Callable[[int], object], runs: int, warmup: int = 5) -> Timing:
    """Run ``action(i)`` ``runs`` times after a warm-up; milliseconds each."""
    for i in range(warmup):
        action(-1 - i)
    samples = []
    for i in range(runs):
        start = time.perf_counter()
        action(i)
        samples.append((time.perf_counter() - start) * 1000)
    return Timing(name, samples)


def measure_in_turns(first: tuple[str, Callable[[int], object]], second: tuple[str, Callable[[int], object]],
                     runs: int, warmup: int = 5, block: int = 20) -> tuple[Timing, Timing]:
    """Two actions timed in alternating blocks (``block`` runs of the first,
    as many of the second, and again), so that a slow spell of a shared
    machine falls on both alike while each still runs warm: for comparing
    them."""
    (first_name, first_action), (second_name, second_action) = first, second
    for i in range(warmup):
        first_action(-1 - i)
        second_action(-1 - i)
    samples: tuple[list[float], list[float]] = ([], [])
    for start in range(0, runs, block):
        for action, into in ((first_action, samples[0]), (second_action, samples[1])):
            for i in range(start, min(start + block, runs)):
                began = time.perf_counter()
                action(i)
                into.append((time.perf_counter() - began) * 1000)
    return Timing(first_name, samples[0]), Timing(second_name, samples[1])
