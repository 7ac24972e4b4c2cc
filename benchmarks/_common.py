"""Shared helpers of the benchmarks: machine facts and the sections of ``benchmarks/RESULTS.md``.

Each benchmark owns one section of RESULTS.md, between ``<!-- NAME:start -->`` and ``<!-- NAME:end -->``;
running it replaces that section (or appends it) and leaves the others alone.
"""

from __future__ import annotations

import datetime as _dt
import os
import platform
import re
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
EXAMPLES = ROOT / "examples" / "firms"

HEADER = """# Benchmark results

Written by the scripts in `benchmarks/` (each updates its own section; CI never runs them). Figures are from
one run on the machine named in each section: compare runs on the same machine only. The synthetic firms come
from `subsidycalc.synthetic` (illustrative distributions, see its docstring).
"""


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        load = ", load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:  # pragma: no cover
        load = ""
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (f"{os.cpu_count()} cores ({affinity} usable; {cpu}{load}); Python {platform.python_version()} "
            f"({platform.python_implementation()}), {platform.system()} {platform.release()}")


def command() -> str:
    exe = sys.executable
    try:
        exe = os.path.relpath(exe, ROOT)
    except ValueError:  # pragma: no cover - other drive
        pass
    script = os.path.relpath(os.path.abspath(sys.argv[0]), ROOT)
    return " ".join(shlex.quote(x) for x in [exe, script, *sys.argv[1:]])


def now() -> str:
    return _dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")


def git_head() -> str:
    try:
        import subprocess

        out = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short=10", "HEAD"], capture_output=True,
                             text=True, check=False)
        if out.returncode == 0:
            return out.stdout.strip()
    except OSError:
        pass
    try:
        head = (ROOT / ".git" / "HEAD").read_text().strip()
        if head.startswith("ref: "):
            ref = ROOT / ".git" / head[5:]
            if ref.exists():
                return ref.read_text().strip()[:10]
            packed = (ROOT / ".git" / "packed-refs").read_text()
            m = re.search(r"^([0-9a-f]{40}) " + re.escape(head[5:]) + "$", packed, re.M)
            return m.group(1)[:10] if m else "?"
        return head[:10]
    except OSError:
        return "?"


def write_section(name: str, body: str, results: Path = RESULTS, header: str = HEADER) -> None:
    """Replace (or add) the section ``name`` of ``results`` (RESULTS.md) with ``body``."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{body.rstrip()}\n{end}"
    text = results.read_text(encoding="utf-8") if results.exists() else header
    if start in text and end in text:
        text = text[: text.index(start)] + block + text[text.index(end) + len(end):]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    results.write_text(text, encoding="utf-8")
    print(f"updated section {name!r} of {os.path.relpath(results, Path.cwd())}")


def run_facts(catalog_size: int) -> str:
    return (f"- date: {now()}; commit {git_head()}\n- machine: {machine()}\n"
            f"- catalog: {catalog_size} measures\n- command: `{command()}`")
