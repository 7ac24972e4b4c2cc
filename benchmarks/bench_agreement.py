"""Agreement of the two evaluators over the synthetic registry (issue 9: "0 differences between the columnar and
the traced evaluator over 1,000,000 synthetic firms and every measure").

    .venv/bin/python benchmarks/bench_agreement.py [--size 1000000] [--block 10000] [--workers 2] [--seed 2020]

The registry ``synthetic_tables(size, seed)`` is cut into blocks of ``--block`` firms (the generator gives the same
firm for the same number whatever the block: ``synthetic_tables(block, seed, start)``). Each block, in one of
``--workers`` processes, is evaluated twice:

* **columnar**: ``sc.estimate_many(tables)`` — every measure over the block's columns, stacking included;
* **traced**: every firm of the block as a profile (``synthetic_tables.profiles``), validated as a ``Firm`` and
  estimated alone with ``sc.estimate(firm)`` — the trace of every measure, stacking included, the awards the user
  sees;

and every firm × relief measure is compared on status, amount, low, high and the set of missing facts. Any
difference is counted per measure, and the first ones are printed with the firm's number, so that
``synthetic_tables(1, seed, start=number)`` reproduces it. Exit status 1 when any differ. Updates the
``bench_agreement`` section of ``benchmarks/RESULTS.md`` (not with ``--no-write``). CI runs the same comparison on a
small registry and on hypothesis firms (``tests/test_rules_differential.py``); this is the large run.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common  # noqa: E402

STATUS = ("", "ineligible", "undetermined", "eligible")


def _yuan(fen: Any) -> Decimal:
    return Decimal(int(fen)) / 100


def block(args: tuple[int, int, int]) -> dict[str, Any]:
    """Compare the two evaluators on firms ``start .. start + n - 1``; the differences found (counts and examples)."""
    start, n, seed = args
    import subsidycalc as sc
    from subsidycalc.synthetic_tables import profiles, synthetic_tables

    tables = synthetic_tables(n, seed=seed, start=start)
    t0 = time.perf_counter()
    p = sc.estimate_many(tables)
    columnar_s = time.perf_counter() - t0
    cat = sc.catalog()
    ids = [m for m in p.measure_ids if cat[m].relief]
    cols = {m: (p.batch.status(m), p.batch.amount(m), p.batch.low(m), p.batch.high(m)) for m in ids}
    rows = list(range(n))
    missing = {m: p.batch.missing_rows(m, rows) for m in ids}
    diffs: Counter[str] = Counter()
    examples: list[str] = []
    compared = 0
    traced_s = 0.0
    for i, prof in enumerate(profiles(tables)):
        t1 = time.perf_counter()
        report = sc.estimate(sc.Firm.model_validate(prof))
        traced_s += time.perf_counter() - t1
        for m in ids:
            a = report[m]
            st, amt, lo, hi = cols[m]
            col = (STATUS[st[i]], _yuan(amt[i]), _yuan(lo[i]), _yuan(hi[i]), frozenset(missing[m][i]))
            tr = (a.status, a.amount, a.low, a.high, frozenset(a.missing))
            compared += 1
            if col != tr:
                diffs[m] += 1
                if len(examples) < 20:
                    examples.append(f"firm {start + i} ({prof.get('name')}), {m}: columnar {col} · traced {tr}")
    return {"firms": n, "compared": compared, "diffs": dict(diffs), "examples": examples,
            "columnar_s": columnar_s, "traced_s": traced_s, "measures": len(ids)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--block", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--seed", type=int, default=2020)
    ap.add_argument("--no-write", action="store_true", help="do not update benchmarks/RESULTS.md")
    args = ap.parse_args(argv)

    jobs = [(s, min(args.block, args.size - s), args.seed) for s in range(0, args.size, args.block)]
    t0 = time.perf_counter()
    firms = compared = 0
    measures = 0
    columnar_s = traced_s = 0.0
    diffs: Counter[str] = Counter()
    examples: list[str] = []
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        for k, r in enumerate(pool.map(block, jobs), 1):
            firms += r["firms"]
            compared += r["compared"]
            measures = r["measures"]
            columnar_s += r["columnar_s"]
            traced_s += r["traced_s"]
            diffs.update(r["diffs"])
            examples += r["examples"][: max(0, 20 - len(examples))]
            print(f"block {k}/{len(jobs)}: {firms:,} firms, {sum(diffs.values()):,} differences "
                  f"({time.perf_counter() - t0:,.0f} s)", file=sys.stderr, flush=True)
    wall = time.perf_counter() - t0
    total = sum(diffs.values())
    for e in examples:
        print(e)
    print(f"{firms:,} firms × {measures} relief measures = {compared:,} awards compared: {total:,} differences "
          f"({wall:,.0f} s)")

    if not args.no_write:
        lines = [
            "## Agreement of the two evaluators (`bench_agreement.py`)",
            "",
            f"- date: {_common.now()}; commit {_common.git_head()}",
            f"- machine: {_common.machine()}",
            f"- command: `{_common.command()}`",
            f"- registry: `synthetic_tables({args.size:,}, seed={args.seed})` in blocks of {args.block:,} firms, "
            f"{args.workers} worker process(es); columnar: `sc.estimate_many(tables)` per block; traced: "
            "`sc.estimate(Firm.model_validate(profile))` per firm (every measure with its trace, stacking included)",
            "",
            "| firms | relief measures | awards compared | differences (status, amount, low, high, missing) "
            "| columnar s | traced s | wall s |",
            "|---:|---:|---:|---:|---:|---:|---:|",
            f"| {firms:,} | {measures} | {compared:,} | **{total:,}** | {columnar_s:,.0f} | {traced_s:,.0f} "
            f"| {wall:,.0f} |",
            "",
            ("Target: 0 differences — **met**." if total == 0 else
             "Target: 0 differences — **MISSED**; per measure: "
             + ", ".join(f"`{m}` {c:,}" for m, c in diffs.most_common())),
        ]
        _common.write_section("bench_agreement", "\n".join(lines))
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main())
