"""The columnar evaluator over a synthetic registry: firms per second and peak memory (issue 9 targets).

    .venv/bin/python benchmarks/bench_columnar.py [--sizes 100000 1000000] [--measures ID ...] [--no-write]

For each size, in a fresh subprocess (so ``ru_maxrss`` is that size's own peak, input included): generate
``synthetic_tables(n, seed=2020)`` (the registry as typed columns; timed apart), then time
``estimate_many(tables, measures=...)`` — every measure's definition over the columns, the stacking rules, the
compact firm × measure result (one process, one core). Targets: ≥ 100,000 firms/s over the full catalog at 1,000,000
firms, peak RSS ≤ 4 GiB including the input. Updates the ``bench_columnar`` section of ``benchmarks/RESULTS.md``
(or ``bench_columnar_<label>`` with ``--label``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common  # noqa: E402

TARGET = 100_000.0
RSS_TARGET_GIB = 4.0

CHILD = r"""
import gc, json, resource, sys, time
n = int(sys.argv[1]); measures = json.loads(sys.argv[2])
import subsidycalc as sc
from subsidycalc.synthetic_tables import synthetic_tables
t = time.perf_counter(); tables = synthetic_tables(n, seed=2020); gen_s = time.perf_counter() - t
gc.collect()
rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter(); p = sc.estimate_many(tables, measures=measures or None); s = time.perf_counter() - t
rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
status = {k: 0 for k in ("eligible", "undetermined", "ineligible")}
for mid in p.measure_ids:
    st = p.status(mid)
    status["eligible"] += int((st == 3).sum()); status["undetermined"] += int((st == 2).sum())
    status["ineligible"] += int((st == 1).sum())
total = int(p.total_fen().sum())
print(json.dumps({"n": n, "gen_s": gen_s, "s": s, "rss_before_kb": rss_before, "rss_after_kb": rss_after,
                  "measures": len(p.measure_ids), "status": status, "total_fen": total}))
"""


def child(n: int, measures: list[str]) -> dict:
    r = subprocess.run([sys.executable, "-c", CHILD, str(n), json.dumps(measures)], capture_output=True, text=True,
                       check=False)
    if r.returncode:
        sys.stderr.write(r.stderr)
        raise SystemExit(f"bench_columnar: the run at n={n} failed (status {r.returncode})")
    return json.loads(r.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--measures", nargs="*", default=[])
    ap.add_argument("--label", default="")
    ap.add_argument("--no-write", action="store_true", help="print only, leave RESULTS.md alone")
    args = ap.parse_args(argv)
    rows = []
    for n in args.sizes:
        out = child(n, args.measures)
        rows.append(out)
        print(f"{n:>10,} firms: {out['s']:.1f} s, {n / out['s']:,.0f} firms/s, peak RSS "
              f"{out['rss_after_kb'] / 2**20:.2f} GiB (input {out['rss_before_kb'] / 2**20:.2f} GiB)", flush=True)
    what = "the full catalog" if not args.measures else ", ".join(f"`{m}`" for m in args.measures)
    lines = [
        f"## Columnar evaluator over a synthetic registry (`bench_columnar.py`{' ' + args.label if args.label else ''})",
        "",
        f"- date: {_common.now()}; commit {_common.git_head()}",
        f"- machine: {_common.machine()}",
        f"- command: `{_common.command()}`",
        f"- measures: {what}; input: `synthetic_tables(n, seed=2020)` (typed columns), generated in a fresh "
        "subprocess per size, not timed; timed: `estimate_many(tables)` (definitions over the columns, stacking, the "
        "compact result), one process, one core",
        "",
        "| firms | generated in s | estimate_many s | firms/s | peak RSS GiB (input only → with the result) | "
        "eligible / undetermined / ineligible awards | total relief yuan |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        st = r["status"]
        lines.append(f"| {r['n']:,} | {r['gen_s']:.1f} | {r['s']:.1f} | **{r['n'] / r['s']:,.0f}** | "
                     f"{r['rss_before_kb'] / 2**20:.2f} → {r['rss_after_kb'] / 2**20:.2f} | "
                     f"{st['eligible']:,} / {st['undetermined']:,} / {st['ineligible']:,} | "
                     f"{r['total_fen'] / 100:,.2f} |")
    biggest = max(rows, key=lambda r: r["n"])
    rate = biggest["n"] / biggest["s"]
    rss = biggest["rss_after_kb"] / 2**20
    if not args.measures:
        lines += ["", f"Targets at {biggest['n']:,} firms: ≥ {TARGET:,.0f} firms/s — "
                      f"**{'meets' if rate >= TARGET else 'MISSES'}** it ({rate:,.0f}); peak RSS ≤ {RSS_TARGET_GIB} GiB "
                      f"— **{'meets' if rss <= RSS_TARGET_GIB else 'MISSES'}** it ({rss:.2f} GiB)."]
    if args.no_write:
        print("\n".join(lines))
        return 0
    _common.write_section("bench_columnar" + (f"_{args.label}" if args.label else ""), "\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
