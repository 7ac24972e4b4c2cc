"""Load test of the local web page's API (issue 11 §3): concurrent clients against ``subsidycalc serve``.

    .venv/bin/python benchmarks/bench_web.py [--clients 50] [--seconds 30] [--port 8765] [--no-write]

Starts ``subsidycalc serve`` (uvicorn, one process) on 127.0.0.1 in a subprocess, waits for it to answer, then runs
CLIENTS concurrent clients (asyncio + httpx, one connection each) for SECONDS: each posts the example firms of
``examples/firms/`` in turn to ``POST /api/estimate`` (every 10th request to ``/api/questions``, every 10th to
``/api/calendar``), and records the latency of each request and every error (a status other than 200, a timeout, a
refused connection). Reports requests/s, median / p95 / max latency and the errors (goal: 0), and updates the
``bench_web`` section of ``benchmarks/RESULTS.md`` (unless ``--no-write``). The load generator shares the machine's
cores with the server: the figure is a floor for the server alone.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common  # noqa: E402


async def _client(base: str, bodies: list[bytes], until: float, lat: list[float], errors: list[str], i: int) -> None:
    import httpx

    paths = ["/api/estimate"] * 8 + ["/api/questions", "/api/calendar?as_of=2020-03-01"]
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        k = i
        while time.perf_counter() < until:
            body = bodies[k % len(bodies)]
            path = paths[k % len(paths)]
            k += 1
            t = time.perf_counter()
            try:
                r = await client.post(path, content=body, headers={"content-type": "application/json"})
                if r.status_code != 200:
                    errors.append(f"{path}: HTTP {r.status_code}")
            except httpx.HTTPError as e:  # pragma: no cover - counted, not raised
                errors.append(f"{path}: {e.__class__.__name__}")
            lat.append(time.perf_counter() - t)


async def _load(base: str, clients: int, seconds: float) -> tuple[list[float], list[str], float]:
    bodies = [p.read_bytes() for p in sorted(_common.EXAMPLES.glob("*.json"))]
    lat: list[float] = []
    errors: list[str] = []
    start = time.perf_counter()
    until = start + seconds
    await asyncio.gather(*(_client(base, bodies, until, lat, errors, i) for i in range(clients)))
    return lat, errors, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    base = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen([sys.executable, "-m", "subsidycalc.cli", "serve", "--port", str(args.port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        import httpx

        deadline = time.monotonic() + 60
        while True:  # wait for the server to answer (start-up, not part of the figures)
            try:
                if httpx.get(base + "/api/measures", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit(f"bench_web: the server did not start: {server.stderr.read().decode()[-500:]}")
            time.sleep(0.2)
        lat, errors, wall = asyncio.run(_load(base, args.clients, args.seconds))
    finally:
        server.terminate()
        server.wait(timeout=10)
    lat_ms = sorted(x * 1000 for x in lat)
    p95 = lat_ms[int(0.95 * (len(lat_ms) - 1))]
    out = {"requests": len(lat), "seconds": wall, "rps": len(lat) / wall, "median_ms": statistics.median(lat_ms),
           "p95_ms": p95, "max_ms": lat_ms[-1], "errors": len(errors), "error_kinds": sorted(set(errors))[:5]}
    print(json.dumps(out, indent=2))
    if not args.no_write:
        body = "\n".join([
            "## Web API under load (`bench_web.py`)", "",
            f"- date: {_common.now()}; commit {_common.git_head()}",
            f"- machine: {_common.machine()}",
            f"- command: `{_common.command()}`",
            f"- {args.clients} concurrent clients for {args.seconds:.0f} s against `subsidycalc serve` (one uvicorn "
            "process) on 127.0.0.1, the load generator on the same 2 cores; bodies: the 12 example firms; 80% "
            "`/api/estimate`, 10% `/api/questions`, 10% `/api/calendar`", "",
            "| figure | value |", "|---|---:|",
            f"| requests | {out['requests']:,} |",
            f"| requests/s | **{out['rps']:,.1f}** |",
            f"| median latency | {out['median_ms']:,.0f} ms |",
            f"| p95 latency | **{out['p95_ms']:,.0f} ms** |",
            f"| max latency | {out['max_ms']:,.0f} ms |",
            f"| errors | **{out['errors']}** |", "",
            "Goal: 0 errors — " + ("**met**." if not errors else f"**not met**: {', '.join(out['error_kinds'])}."),
            "",
        ])
        _common.write_section("bench_web", body)
    return 0 if not errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
