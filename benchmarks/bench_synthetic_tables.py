"""``synthetic_tables`` generation: time and peak memory at 100k and 1M firms (issue 9/10 targets).

    .venv/bin/python benchmarks/bench_synthetic_tables.py [--sizes 100000 1000000] [--seed 0]

For each size, in a fresh subprocess run under ``/usr/bin/time -v`` when it exists (so the peak resident set is
that size's own): import ``subsidycalc.synthetic_tables``, then time ``synthetic_tables(n, seed)`` — every fact,
section and presence column of ``n`` firms in memory as typed numpy columns. Reported: generation seconds, the
process's wall time and peak RSS (``Maximum resident set size``; ``ru_maxrss`` without ``/usr/bin/time``), the
bytes of the tables' arrays (object arrays: their pointers, plus the ``name`` strings) and the items of all list
sections. Targets: 1,000,000 firms in well under a minute, peak RSS at most ~1.5 GiB. Updates the
``bench_synthetic_tables`` section of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common  # noqa: E402

TARGET_S = 60.0
TARGET_RSS_MIB = 1.5 * 1024

CHILD = r"""
import json, resource, sys, time
n, seed = int(sys.argv[1]), int(sys.argv[2])
t = time.perf_counter()
from subsidycalc.synthetic_tables import synthetic_tables
from subsidycalc.engine.rules.schema import firm_schema
firm_schema()
import_s = time.perf_counter() - t
t = time.perf_counter(); tables = synthetic_tables(n, seed=seed); gen_s = time.perf_counter() - t

def nbytes(v):
    data = v.data.n if hasattr(v.data, "n") else v.data
    extra = sum(sys.getsizeof(x) for x in data if x is not None) if data.dtype == object else 0
    return data.nbytes + v.known.nbytes + extra

arrays = sum(nbytes(v) for v in tables.facts.values()) + sum(p.nbytes for p in tables.present_.values())
items = 0
for sec, cols in tables.sections.values():
    items += sec.n_items
    arrays += sec.owner.nbytes + sec.pos.nbytes + sec.known.nbytes + sum(nbytes(v) for v in cols.values())
print(json.dumps({"n": n, "import_s": import_s, "gen_s": gen_s, "array_mib": arrays / 2**20, "items": items,
                  "facts": len(tables.facts), "item_columns": sum(len(c) for _, c in tables.sections.values()),
                  "ru_maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def child(n: int, seed: int) -> dict:
    time_bin = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None
    cmd = [sys.executable, "-c", CHILD, str(n), str(seed)]
    if time_bin:
        cmd = ["/usr/bin/time", "-v", *cmd]
    r = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if r.returncode:
        sys.stderr.write(r.stderr)
        raise SystemExit(f"bench_synthetic_tables: the run at n={n} failed (status {r.returncode})")
    out = json.loads(r.stdout.strip().splitlines()[-1])
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", r.stderr)
    out["rss_mib"] = (int(rss.group(1)) if rss else out["ru_maxrss_kb"]) / 1024
    if wall:
        parts = [float(x) for x in wall.group(1).split(":")]
        out["wall_s"] = sum(x * 60 ** i for i, x in enumerate(reversed(parts)))
    out["timer"] = "/usr/bin/time -v" if time_bin else "ru_maxrss"
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    rows = []
    for n in args.sizes:
        r = child(n, args.seed)
        rows.append(r)
        print(f"n={n:,}: generate {r['gen_s']:.1f} s, wall {r.get('wall_s', float('nan')):.1f} s, "
              f"peak RSS {r['rss_mib']:,.0f} MiB, arrays {r['array_mib']:,.0f} MiB, {r['items']:,} items")
    lines = [
        "## Synthetic registry as columns (`bench_synthetic_tables.py`)",
        "",
        f"- date: {_common.now()}; commit {_common.git_head()}",
        f"- machine: {_common.machine()}",
        f"- command: `{_common.command()}`",
        f"- each size in a fresh process under `{rows[0]['timer']}`; seed {args.seed}; "
        f"{rows[0]['facts']} firm-level and {rows[0]['item_columns']} item columns",
        "",
        "| firms | generate (s) | process wall (s) | peak RSS (MiB) | arrays (MiB) | items |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        wall = f"{r['wall_s']:.1f}" if "wall_s" in r else "–"
        lines.append(f"| {r['n']:,} | {r['gen_s']:.1f} | {wall} | {r['rss_mib']:,.0f} | {r['array_mib']:,.0f} | "
                     f"{r['items']:,} |")
    big = max(rows, key=lambda r: r["n"])
    per_million = big["gen_s"] * 1_000_000 / big["n"]
    rss_ok = big["rss_mib"] <= TARGET_RSS_MIB * big["n"] / 1_000_000 or big["n"] < 1_000_000
    lines += ["", f"Targets (1,000,000 firms): generation well under {TARGET_S:.0f} s — "
                  f"{per_million:.1f} s per million firms ({'meets' if per_million < TARGET_S / 2 else 'misses'} it); "
                  f"peak RSS ≤ ~1.5 GiB — {big['rss_mib']:,.0f} MiB at {big['n']:,} firms "
                  f"({'meets' if rss_ok else 'misses'} it)."]
    _common.write_section("bench_synthetic_tables", "\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
