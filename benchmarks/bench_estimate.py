"""Single-firm ``estimate`` latency over the full catalog: median and p95 in µs, warm.

    .venv/bin/python benchmarks/bench_estimate.py [--synthetic 20] [--repeat 200]

Profiles: the example firms of ``examples/firms/`` and ``--synthetic`` firms of ``subsidycalc.synthetic``
(seed 2020), each validated once to a ``Firm`` (so the figure is the engine's, not pydantic's; the latency of
``estimate(dict)`` with validation is reported too). Each firm is estimated a few times to warm up, then
``--repeat`` times, each call timed on its own with ``perf_counter_ns``; median and p95 are over every call of
every firm. Target (issue 9): median no slower than 316 µs, the figure before the rule vocabulary; aim 100 µs. Updates the ``bench_estimate`` section of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common  # noqa: E402

import subsidycalc as sc  # noqa: E402
from subsidycalc.synthetic import synthetic_firms  # noqa: E402

TARGET_US = 316.0  # issue 9: "median no slower than today's 316 µs; aim for 100 µs"
AIM_US = 100.0


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, round(q * (len(xs) - 1))))]


def time_calls(fn, arg, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        t = time.perf_counter_ns()
        fn(arg)
        out.append((time.perf_counter_ns() - t) / 1000)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--synthetic", type=int, default=20, help="synthetic firms besides the examples (default 20)")
    ap.add_argument("--repeat", type=int, default=200, help="timed calls per firm (default 200)")
    ap.add_argument("--warmup", type=int, default=20, help="untimed calls per firm first (default 20)")
    ap.add_argument("--no-write", action="store_true", help="print only, leave RESULTS.md alone")
    args = ap.parse_args(argv)

    profiles: list[tuple[str, dict]] = [(p.stem, json.loads(p.read_text(encoding="utf-8")))
                                        for p in sorted(_common.EXAMPLES.glob("*.json"))]
    profiles += [(f["name"], f) for f in synthetic_firms(args.synthetic, seed=2020)]
    firms = [(name, sc.Firm.model_validate(d), d) for name, d in profiles]
    n_measures = len(sc.catalog())

    gc.collect()
    per_firm: list[tuple[str, float, float, int]] = []
    all_calls: list[float] = []
    with_validation: list[float] = []
    for name, firm, data in firms:
        for _ in range(args.warmup):
            sc.estimate(firm)
        calls = time_calls(sc.estimate, firm, args.repeat)
        all_calls += calls
        with_validation += time_calls(sc.estimate, data, max(10, args.repeat // 10))
        eligible = len(sc.estimate(firm).eligible)
        per_firm.append((name, statistics.median(calls), pct(calls, 0.95), eligible))

    med, p95 = statistics.median(all_calls), pct(all_calls, 0.95)
    vmed = statistics.median(with_validation)
    verdict = "meets" if med <= TARGET_US else "MISSES"
    lines = [
        "## Single-firm estimate latency (`bench_estimate.py`)", "",
        _common.run_facts(n_measures),
        f"- firms: {len(firms)} ({len(firms) - args.synthetic} examples + {args.synthetic} synthetic, seed 2020); "
        f"{args.warmup} warm-up + {args.repeat} timed calls each ({len(all_calls):,} calls)", "",
        "| figure | µs |", "|---|---:|",
        f"| median `estimate(Firm)` | **{med:,.0f}** |",
        f"| p95 `estimate(Firm)` | {p95:,.0f} |",
        f"| mean `estimate(Firm)` | {statistics.fmean(all_calls):,.0f} |",
        f"| median `estimate(dict)` (with validation) | {vmed:,.0f} |",
        f"| median per measure | {med / n_measures:,.2f} |", "",
        f"Target (issue 9): median no slower than {TARGET_US:,.0f} µs for the whole catalog with its trace — "
        f"**{verdict}** it ({med / TARGET_US:.0%} of the budget); aim {AIM_US:,.0f} µs.", "",
        "<details><summary>per firm</summary>", "",
        "| firm | median µs | p95 µs | eligible awards |", "|---|---:|---:|---:|",
        *[f"| {n} | {m:,.0f} | {p:,.0f} | {e} |" for n, m, p, e in per_firm],
        "", "</details>",
    ]
    body = "\n".join(lines)
    print(body)
    if not args.no_write:
        _common.write_section("bench_estimate", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
