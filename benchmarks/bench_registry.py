"""Registries from files (issue 10 targets): write a synthetic registry, estimate it streamed, and on Dask.

    .venv/bin/python benchmarks/bench_registry.py [--size 10000000] [--dask-size 1000000] [--partition-size 131072]
                                                  [--workdir DIR] [--keep] [--no-write]

Steps, each in a fresh subprocess (its own peak RSS, ``ru_maxrss`` of the process and of its waited children):

1. ``subsidycalc synthetic SIZE --seed 2020 --out DIR`` — time, peak RSS;
2. ``subsidycalc estimate-registry DIR --out OUT`` in one process — time, firms/s, peak RSS (target: completes,
   peak RSS ≤ 4 GiB, which must not grow with SIZE);
3. the in-memory columnar figure for comparison: ``estimate_many(synthetic_tables(P))`` over one partition's worth
   of firms (P = the partition size), firms/s (target: step 2's throughput within 20% of it, per core);
4. on a registry of DASK_SIZE firms: ``estimate-registry`` in one process, then ``--dask local`` (2 single-threaded
   workers) — firms/s of each (target: Dask ≥ 1.6× the single process).

Each step also reports its CPU seconds (user + system, children included) and firms per CPU-second: one process
reads ahead and writes behind on two helper threads, so its wall-clock rate may use more than one core, and the
per-CPU-second rate is the per-core comparison with step 3.

Updates the ``bench_registry`` section of ``benchmarks/RESULTS.md`` (unless ``--no-write``). A small smoke run:
``--size 4000 --dask-size 4000 --partition-size 1000 --no-write``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common  # noqa: E402

RSS_TARGET_GIB = 4.0
STREAM_RATIO = 0.8
DASK_RATIO = 1.6

CHILD_CLI = r"""
import json, resource, sys, time
from subsidycalc.cli import main
if __name__ == "__main__":  # (Dask's spawned workers import this module)
    t = time.perf_counter(); code = main(json.loads(sys.argv[1])); s = time.perf_counter() - t
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    print(json.dumps({"code": code, "s": s, "cpu_s": cpu, "rss_kb": me.ru_maxrss, "children_rss_kb": kids.ru_maxrss}))
"""

CHILD_MEMORY = r"""
import json, resource, sys, time
import subsidycalc as sc
from subsidycalc.synthetic_tables import synthetic_tables
n = int(sys.argv[1])
tables = synthetic_tables(n, seed=2020)
c = time.process_time(); t = time.perf_counter(); p = sc.estimate_many(tables, progress=False)
s = time.perf_counter() - t; cpu = time.process_time() - c
print(json.dumps({"n": n, "s": s, "cpu_s": cpu, "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "total_fen": int(p.total_fen().sum())}))
"""


def child(code: str, *args: str) -> dict:
    r = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=False)
    if r.returncode:
        sys.stderr.write(r.stderr)
        raise SystemExit(f"bench_registry: a step failed (status {r.returncode}): {args}")
    lines = r.stdout.strip().splitlines()
    out = json.loads(lines[-1])
    out["stdout"] = lines[:-1]
    if out.get("code", 0):
        sys.stderr.write(r.stderr)
        raise SystemExit(f"bench_registry: the command exited {out['code']}: {args}")
    return out


def cli(*argv: str) -> dict:
    return child(CHILD_CLI, json.dumps(list(argv)))


def gib(kb: int) -> float:
    return kb / 2**20


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=10_000_000)
    ap.add_argument("--dask-size", type=int, default=1_000_000)
    ap.add_argument("--partition-size", type=int, default=131_072)
    ap.add_argument("--workdir", type=Path, default=None, help="where the registries go (default: a temp dir)")
    ap.add_argument("--keep", action="store_true", help="keep the registries and outputs")
    ap.add_argument("--no-write", action="store_true", help="print the figures only (a smoke run)")
    args = ap.parse_args(argv)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench_registry_"))
    work.mkdir(parents=True, exist_ok=True)
    P = str(args.partition_size)
    try:
        big, out = work / "registry", work / "out"
        gen = cli("synthetic", str(args.size), "--seed", "2020", "--out", str(big), "--partition-size", P,
                  "--no-progress")
        print(f"synthetic {args.size:,}: {gen['s']:.1f} s, peak RSS {gib(gen['rss_kb']):.2f} GiB", flush=True)
        est = cli("estimate-registry", str(big), "--out", str(out), "--no-progress")
        rate = args.size / est["s"]
        print(f"estimate-registry {args.size:,}: {est['s']:.1f} s, {rate:,.0f} firms/s "
              f"({args.size / est['cpu_s']:,.0f} firms per CPU-second), peak RSS {gib(est['rss_kb']):.2f} GiB",
              flush=True)
        print("  " + " | ".join(est["stdout"][-3:]), flush=True)
        mem = child(CHILD_MEMORY, str(min(args.partition_size, args.size)))
        mem_rate = mem["n"] / mem["s"]
        print(f"in memory ({mem['n']:,} firms): {mem_rate:,.0f} firms/s ({mem['n'] / mem['cpu_s']:,.0f} firms per "
              "CPU-second)", flush=True)
        if args.dask_size == args.size:
            small, one = big, est
        else:
            small = work / "registry_dask"
            cli("synthetic", str(args.dask_size), "--seed", "2020", "--out", str(small), "--partition-size", P,
                "--no-progress")
            one = cli("estimate-registry", str(small), "--out", str(work / "out_one"), "--no-progress")
        dask = cli("estimate-registry", str(small), "--out", str(work / "out_dask"), "--dask", "local", "--no-progress")
        r1, r2 = args.dask_size / one["s"], args.dask_size / dask["s"]
        same = one["stdout"][-3:] == dask["stdout"][-3:]
        print(f"{args.dask_size:,} firms: one process {r1:,.0f} firms/s, --dask local (2 workers) {r2:,.0f} firms/s "
              f"({r2 / r1:.2f}×); same totals: {same}", flush=True)
    finally:
        if not args.keep and args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    ok_rss = gib(est["rss_kb"]) <= RSS_TARGET_GIB
    ok_stream = rate >= STREAM_RATIO * mem_rate
    ok_dask = r2 >= DASK_RATIO * r1
    lines = [
        "## Registries from files (`bench_registry.py`)",
        "",
        f"- date: {_common.now()}; commit {_common.git_head()}",
        f"- machine: {_common.machine()}",
        f"- command: `{_common.command()}`",
        f"- registry: `subsidycalc synthetic N --seed 2020` (Parquet, partitions of {args.partition_size:,} firms); "
        "each step in a fresh subprocess; peak RSS of that process (Dask: the client; workers in the next column)",
        "",
        "| step | firms | s | firms/s | CPU s | firms per CPU-s | peak RSS GiB |",
        "|---|---:|---:|---:|---:|---:|---:|",
        f"| `synthetic` | {args.size:,} | {gen['s']:.1f} | {args.size / gen['s']:,.0f} | {gen['cpu_s']:.1f} | "
        f"{args.size / gen['cpu_s']:,.0f} | {gib(gen['rss_kb']):.2f} |",
        f"| `estimate-registry` (one process) | {args.size:,} | {est['s']:.1f} | **{rate:,.0f}** | "
        f"{est['cpu_s']:.1f} | {args.size / est['cpu_s']:,.0f} | **{gib(est['rss_kb']):.2f}** |",
        f"| in memory: `estimate_many(synthetic_tables(n))` | {mem['n']:,} | {mem['s']:.1f} | {mem_rate:,.0f} | "
        f"{mem['cpu_s']:.1f} | {mem['n'] / mem['cpu_s']:,.0f} | {gib(mem['rss_kb']):.2f} |",
        f"| `estimate-registry` (one process) | {args.dask_size:,} | {one['s']:.1f} | {r1:,.0f} | "
        f"{one['cpu_s']:.1f} | {args.dask_size / one['cpu_s']:,.0f} | {gib(one['rss_kb']):.2f} |",
        f"| `estimate-registry --dask local` (2 workers) | {args.dask_size:,} | {dask['s']:.1f} | **{r2:,.0f}** | "
        f"{dask['cpu_s']:.1f} | {args.dask_size / dask['cpu_s']:,.0f} | "
        f"{gib(dask['rss_kb']):.2f} (workers ≤ {gib(dask['children_rss_kb']):.2f}) |",
        "",
        "CPU s: user + system of the process and its children (the Dask workers; one process: its writer thread "
        "too). One process builds and writes each partition's output on a second thread while it evaluates the "
        "next, so its wall-clock throughput can use more than one core; the firms per CPU-second column is the "
        "per-core figure.",
        "",
        f"Registry totals: {' · '.join(est['stdout'][-3:])}. Dask and one process give the same totals: "
        f"**{'yes' if same else 'NO'}**.",
        "",
        f"Targets: peak RSS ≤ {RSS_TARGET_GIB} GiB at {args.size:,} firms — **{'meets' if ok_rss else 'MISSES'}** "
        f"it; streamed throughput within 20% of in memory — **{'meets' if ok_stream else 'MISSES'}** it "
        f"({rate / mem_rate:.2f}×; per CPU-second {(args.size / est['cpu_s']) / (mem['n'] / mem['cpu_s']):.2f}×); "
        f"Dask 2 workers ≥ {DASK_RATIO}× one process — **{'meets' if ok_dask else 'MISSES'}** "
        f"it ({r2 / r1:.2f}×).",
    ]
    if not args.no_write:
        _common.write_section("bench_registry", "\n".join(lines))
    else:
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
