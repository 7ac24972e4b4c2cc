"""``estimate_many`` throughput (firms/s) and peak memory at 10k and 100k synthetic firms.

    .venv/bin/python benchmarks/bench_batch.py [--sizes 10000 100000] [--no-tracemalloc]

For each size, in a fresh subprocess (so ``ru_maxrss`` is that size's own peak): build
``synthetic_frame(n, seed=2020)`` (timed apart), then time ``estimate_many(frame, progress=False)`` — which
validates every row and estimates the firms on the columnar evaluator (the long frame is not built). Memory:
the process's peak resident set (``ru_maxrss``) before and after, and, in a second subprocess, the peak of
Python allocations during ``estimate_many`` under ``tracemalloc`` (which slows the run, so it is not timed).
One core: a single process. Target: at least 5,000 firms/s per core. Updates the ``bench_batch`` section of
``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common  # noqa: E402

TARGET = 5000.0

CHILD = r"""
import gc, json, resource, sys, time
n, mode = int(sys.argv[1]), sys.argv[2]
import subsidycalc as sc
from subsidycalc.synthetic import synthetic_frame
t = time.perf_counter(); frame = synthetic_frame(n, seed=2020); gen_s = time.perf_counter() - t
gc.collect()
rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
out = {"n": n, "gen_s": gen_s, "rss_before_kb": rss_before, "measures": len(sc.catalog())}
if mode == "time":
    t = time.perf_counter(); p = sc.estimate_many(frame, progress=False); out["s"] = time.perf_counter() - t
    out["rss_after_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out["rows"] = p.batch.n * len(p.measure_ids); out["errors"] = len(p.errors)
else:
    import tracemalloc
    tracemalloc.start()
    p = sc.estimate_many(frame, progress=False)
    out["traced_peak_b"] = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
print(json.dumps(out))
"""


def child(n: int, mode: str) -> dict:
    r = subprocess.run([sys.executable, "-c", CHILD, str(n), mode], capture_output=True, text=True, check=False)
    if r.returncode:
        sys.stderr.write(r.stderr)
        raise SystemExit(f"bench_batch: the {mode} run at n={n} failed (status {r.returncode})")
    return json.loads(r.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--no-tracemalloc", action="store_true", help="skip the (slow) tracemalloc runs")
    ap.add_argument("--no-write", action="store_true", help="print only, leave RESULTS.md alone")
    args = ap.parse_args(argv)

    rows = []
    measures = 0
    for n in args.sizes:
        t = child(n, "time")
        measures = t["measures"]
        traced = None if args.no_tracemalloc else child(n, "trace")["traced_peak_b"]
        rows.append((t, traced))
        rate = n / t["s"]
        print(f"n={n:,}: {t['s']:.1f} s, {rate:,.0f} firms/s, peak RSS {t['rss_after_kb'] / 1024:,.0f} MiB"
              + (f", traced peak {traced / 2**20:,.0f} MiB" if traced else ""), file=sys.stderr)

    lines = [
        "## Batch throughput and memory (`bench_batch.py`)", "",
        _common.run_facts(measures),
        "- input: `synthetic_frame(n, seed=2020)`; timed: `estimate_many(frame, progress=False)` in one process "
        "(one core), a fresh subprocess per size", "",
        "| firms | estimate_many s | firms/s | rows (firm × measure) | errors | frame built in s "
        "| peak RSS before → after MiB | tracemalloc peak MiB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for t, traced in rows:
        lines.append(
            f"| {t['n']:,} | {t['s']:,.1f} | **{t['n'] / t['s']:,.0f}** | {t['rows']:,} | {t['errors']} "
            f"| {t['gen_s']:,.1f} | {t['rss_before_kb'] / 1024:,.0f} → {t['rss_after_kb'] / 1024:,.0f} "
            f"| {'—' if traced is None else f'{traced / 2**20:,.0f}'} |")
    worst = min(t["n"] / t["s"] for t, _ in rows)
    verdict = "meets" if worst >= TARGET else "MISSES"
    lines += ["", f"Target: at least {TARGET:,.0f} firms/s per core — **{verdict}** it (slowest size: "
                  f"{worst:,.0f} firms/s, {worst / TARGET:.0%} of the target).",
              "", "This is the path for profiles (a DataFrame of flat dotted columns, one row per firm): each row is "
                  "unflattened and validated as a `Firm` (so a bad row is reported with its field), then the firms go "
                  "to the columnar evaluator. Registries and typed columns skip the per-row work: `bench_columnar` "
                  "(typed columns, the issue 9 figure) and `bench_registry` (files)."]
    body = "\n".join(lines)
    print(body)
    if not args.no_write:
        _common.write_section("bench_batch", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
