"""Search latency over the whole catalog: ``python benchmarks/search.py``.

Prints the catalog load time and memory, then p50 / p95 / max latency per query for the search
test table (tests/test_specs_queries.py, many languages, with typos) and for every spec's own title,
as wall time and as thread CPU time (the latter does not move when other processes share the host).
"""

from __future__ import annotations

import gc
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROUNDS = 20


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _report(label: str, timings: list[tuple[float, float]]) -> None:
    for kind, values in (("wall", [w for w, _ in timings]), ("cpu", [c for _, c in timings])):
        ms = [t * 1000 for t in values]
        print(
            f"{label:<32} {kind:>4} n={len(ms):>6}  p50 {statistics.median(ms):6.3f} ms  "
            f"p95 {_percentile(ms, 0.95):6.3f} ms  max {max(ms):6.3f} ms"
        )


def _time_queries(search, queries: list[str]) -> tuple[list[tuple[float, float]], dict[str, float]]:
    """(wall, thread CPU) seconds per call; CPU time is immune to other processes on the host."""
    timings: list[tuple[float, float]] = []
    worst: dict[str, float] = {}
    for _ in range(ROUNDS):
        for query in queries:
            wall, cpu = time.perf_counter(), time.thread_time()
            search(query)
            cpu, wall = time.thread_time() - cpu, time.perf_counter() - wall
            timings.append((wall, cpu))
            worst[query] = max(worst.get(query, 0.0), cpu)
    return timings, worst


def _memory(build) -> tuple[float, float]:
    """(retained, peak) MB of one more catalog build, caches warm (tracemalloc slows it down)."""
    gc.collect()
    tracemalloc.start()
    catalog = build()
    gc.collect()
    retained, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del catalog
    return retained / 1e6, peak / 1e6


def main() -> None:
    start = time.perf_counter()
    import bot.specs as specs
    from bot.specs.catalog import build_catalog

    imported = time.perf_counter()
    catalog = specs.load_catalog()
    loaded = time.perf_counter()
    build_catalog()
    rebuilt = time.perf_counter()
    retained, peak = _memory(build_catalog)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"catalog: {len(catalog)} specs, {len(catalog.countries)} countries/regions")
    print(f"import bot.specs:            {1000 * (imported - start):7.1f} ms")
    print(f"load_catalog() (first call): {1000 * (loaded - imported):7.1f} ms")
    print(f"build_catalog() (warm):      {1000 * (rebuilt - loaded):7.1f} ms")
    print(
        f"memory: one catalog {retained:.1f} MB (peak {peak:.1f} MB while building); "
        f"process max RSS {rss:.0f} MB"
    )

    from tests.test_specs_queries import QUERIES

    table = [query for query, _, _ in QUERIES]
    titles = [spec.title for spec in catalog]
    cold_start = time.perf_counter()
    for query in table:
        catalog.search(query)
    print(
        f"first pass over the query table: {1000 * (time.perf_counter() - cold_start):.1f} ms "
        f"for {len(table)} queries"
    )
    timings, worst = _time_queries(catalog.search, table)
    _report(f"query table ({len(table)} queries)", timings)
    title_timings, _ = _time_queries(catalog.search, titles)
    _report(f"every spec title ({len(titles)})", title_timings)
    _report("all", timings + title_timings)
    slowest = sorted(worst.items(), key=lambda item: -item[1])[:5]
    print("slowest table queries (cpu):", ", ".join(f"{q!r} {1000 * t:.2f} ms" for q, t in slowest))


if __name__ == "__main__":
    main()
