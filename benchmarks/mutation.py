"""Mutation testing of ``src/subsidycalc/`` module by module (issue 8 §6); CI never runs it.

Each module is mutated with cosmic-ray (configuration: ``cosmic-ray.toml`` at the repository root) against the
tests that cover it — its entry in :data:`MODULES`, plus ``tests/test_mutation_<stem>.py`` when that file exists
— not the whole suite, to keep it fast. The mutants run in scratch copies of the working tree (``--jobs`` of
them, in parallel), never in the tree itself. The score per module (killed / total, surviving mutants listed by
line) goes to its own section of ``benchmarks/MUTATION.md``; text outside the generated sections is kept.

    .venv/bin/python benchmarks/mutation.py profile/sme_size_standard.py          # one module
    .venv/bin/python benchmarks/mutation.py engine/money.py engine/periods.py     # a list
    .venv/bin/python benchmarks/mutation.py                                       # every module of MODULES
    .venv/bin/python benchmarks/mutation.py engine/money.py --tests tests/test_engine_basics.py --no-write
    .venv/bin/python benchmarks/mutation.py --count                               # mutants per module, no run

Mutants cosmic-ray cannot apply (incompetent) and those inside type annotations (with ``from __future__ import
annotations`` they are strings no code runs, and a mutated annotation of a pydantic field fails at import) are
left out of the score and counted apart, as are lines marked ``# pragma: no mutate``. A mutant whose tests run
past the timeout counts as killed (cosmic-ray's rule).
"""

from __future__ import annotations

import argparse
import ast
import difflib
import fcntl
import importlib.metadata
import os
import random
import re
import shutil
import signal
import sys
import tempfile
import time
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import cosmic_ray.plugins
import hypothesis  # noqa: F401 - imported once here, not in every forked child
import pydantic  # noqa: F401
import pytest
from cosmic_ray.commands.init import init as cr_init
from cosmic_ray.config import ConfigDict
from cosmic_ray.mutating import apply_mutation
from cosmic_ray.work_db import WorkDB, use_db
from cosmic_ray.work_item import TestOutcome, WorkerOutcome, WorkItem, WorkResult

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, command, git_head, machine, now, write_section  # noqa: E402

PACKAGE = "src/subsidycalc"
CONFIG = ROOT / "cosmic-ray.toml"
REPORT = ROOT / "benchmarks" / "MUTATION.md"
HEADER = """# Mutation scores

Written by `benchmarks/mutation.py` (cosmic-ray, configuration `cosmic-ray.toml`; CI never runs it): each
module of `src/subsidycalc/` mutated against the tests that cover it. Score = killed / (killed + survived);
annotation mutants, `# pragma: no mutate` lines and mutants cosmic-ray could not apply are left out. Each
module's section is replaced when that module is run again. How to run it: "Mutation testing" in
`docs/contributing_measures.md`.
"""

# every measure module is also run against the seed checks: each document's issue date (its header in the seed)
# and each Param's literal (in its cite, reading as its value: issue 8 §9)
_SEED = ["tests/measures/test_mutation_documents.py", "tests/test_literals.py"]

# module (under src/subsidycalc/) -> the existing test files that cover it; tests/test_mutation_<stem>.py is
# added when it exists.
MODULES: dict[str, list[str]] = {
    "profile/sme_size_standard.py": ["tests/test_firm_profile.py", "tests/test_engine_basics.py"],
    "profile/types.py": ["tests/test_firm_profile.py"],
    "profile/firm.py": ["tests/test_firm_profile.py", "tests/test_malformed_input.py"],
    "profile/industries.py": ["tests/test_firm_profile.py", "tests/test_estimate_generic.py"],
    "engine/money.py": ["tests/test_engine_basics.py", "tests/test_exact_arithmetic.py"],
    "engine/periods.py": ["tests/test_periods.py", "tests/test_engine_basics.py"],
    "engine/literals.py": ["tests/test_literals.py"],
    "engine/sources.py": ["tests/test_engine_basics.py", "tests/test_city_documents.py",
                          "tests/test_catalog_integrity.py"],
    "engine/stacking.py": ["tests/test_stacking_engine.py", "tests/test_catalog_integrity.py"],
    "engine/registry.py": ["tests/test_catalog_integrity.py", "tests/test_engine_basics.py"],
    "engine/report.py": ["tests/test_mutation_report_calendar.py", "tests/test_engine_basics.py",
                         "tests/test_estimate_generic.py"],
    "engine/award.py": ["tests/test_engine_basics.py", "tests/test_estimate_generic.py"],
    "engine/apply.py": ["tests/test_apply_data.py", "tests/test_mutation_report_calendar.py"],
    # the measure modules: each against the seed checks and its district's tests
    # (tests/measures/test_mutation_<stem>.py first when it exists); the large ones as a sample (--sample 60)
    "measures/daxing.py": [*_SEED, "tests/measures/test_daxing.py"],
    "measures/xicheng.py": [*_SEED, "tests/measures/test_xicheng.py"],
    "measures/dongcheng.py": [*_SEED, "tests/measures/test_dongcheng.py"],
    "measures/_dongcheng_periods.py": [*_SEED, "tests/measures/test_dongcheng.py"],
    "measures/chaoyang.py": [*_SEED, "tests/measures/test_chaoyang.py"],
    "measures/fengtai.py": [*_SEED, "tests/measures/test_fengtai.py"],
    "measures/shijingshan.py": [*_SEED, "tests/measures/test_shijingshan.py"],
    "measures/mentougou.py": [*_SEED, "tests/measures/test_mentougou.py"],
    "measures/tongzhou.py": [*_SEED, "tests/measures/test_tongzhou.py"],
    "measures/shunyi.py": [*_SEED, "tests/measures/test_shunyi.py"],
    "measures/beijing_business.py": [*_SEED, "tests/measures/test_beijing_business.py"],
    "measures/_leases.py": [*_SEED, "tests/measures/test_daxing.py", "tests/measures/test_fengtai.py"],
    "measures/beijing/_information.py": [*_SEED, "tests/measures/test_beijing.py"],
    "measures/beijing/contributions.py": [*_SEED, "tests/measures/test_beijing.py"],
    "measures/beijing/hiring.py": [*_SEED, "tests/measures/test_beijing.py"],
    "measures/beijing/hr_agencies.py": [*_SEED, "tests/measures/test_beijing.py"],
    "measures/beijing/social_insurance_subsidies.py": [*_SEED, "tests/measures/test_beijing.py"],
    "measures/beijing/startup_loans.py": [*_SEED, "tests/measures/test_beijing.py"],
    "measures/beijing/training.py": [*_SEED, "tests/measures/test_beijing.py"],
    "measures/beijing/wage_obligations.py": [*_SEED, "tests/measures/test_beijing.py"],
    "measures/haidian/_h1.py": [*_SEED, "tests/measures/test_haidian.py"],
    "measures/haidian/capital_markets.py": [*_SEED, "tests/measures/test_haidian.py"],
    "measures/haidian/credit.py": [*_SEED, "tests/measures/test_haidian.py"],
    "measures/haidian/premises.py": [*_SEED, "tests/measures/test_haidian.py"],
    "measures/haidian/research.py": [*_SEED, "tests/measures/test_haidian.py"],
}

IGNORE = shutil.ignore_patterns(".git", ".venv", "venv", "__pycache__", "*.egg-info", ".pytest_cache",
                                ".hypothesis", ".ruff_cache", ".mypy_cache", "build", "dist", "*.sqlite")
PRAGMA = re.compile(r"#.*pragma:.*no mutate")


def module_key(arg: str) -> str:
    """``profile/firm.py``, ``src/subsidycalc/profile/firm.py`` or ``subsidycalc.profile.firm`` -> ``profile/firm.py``."""
    a = arg.strip()
    if not a.endswith(".py"):
        a = a.removeprefix("subsidycalc.").replace(".", "/") + ".py"
    a = a.removeprefix("./").removeprefix(PACKAGE + "/").removeprefix("subsidycalc/")
    if not (ROOT / PACKAGE / a).is_file():
        raise SystemExit(f"mutation.py: no module {PACKAGE}/{a}")
    return a


def tests_for(key: str, given: list[str] | None, own_file: bool = True, own_only: bool = False) -> list[str]:
    if given:
        return given
    own = f"tests/{'measures/' if key.startswith('measures/') else ''}test_mutation_{Path(key).stem}.py"
    if own_only and (ROOT / own).exists():
        return [own]
    tests = list(MODULES.get(key, []))
    if own_file and (ROOT / own).exists():
        tests.insert(0, own)  # first: with -x, most mutants die in the fast focused file
    if not tests:
        raise SystemExit(f"mutation.py: no tests known for {key}: pass --tests")
    return tests


def annotation_spans(source: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(start, end) positions (line 1-based, column 0-based) of every annotation in ``source``."""
    spans = []
    for node in ast.walk(ast.parse(source)):
        anns: list[ast.expr | None] = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            a = node.args
            anns += [x.annotation for x in [*a.posonlyargs, *a.args, *a.kwonlyargs]]
            anns += [a.vararg.annotation if a.vararg else None, a.kwarg.annotation if a.kwarg else None,
                     node.returns]
        elif isinstance(node, ast.AnnAssign):
            anns.append(node.annotation)
        for x in anns:
            if x is not None:
                spans.append(((x.lineno, x.col_offset), (x.end_lineno, x.end_col_offset)))
    return spans


def in_spans(pos: tuple[int, int], spans) -> bool:
    return any(s <= tuple(pos) < e for s, e in spans)


@dataclass
class Outcome:
    key: str
    tests: list[str]
    total_generated: int = 0
    killed: int = 0
    timeouts: int = 0
    survived: list[tuple[int, str, str]] = field(default_factory=list)  # (line, operator, diff lines)
    left_out: Counter = field(default_factory=Counter)
    sampled: int | None = None
    seconds: float = 0.0
    baseline_seconds: float = 0.0

    @property
    def scored(self) -> int:
        return self.killed + len(self.survived)

    @property
    def score(self) -> float:
        return 100.0 * self.killed / self.scored if self.scored else 100.0


class Workers:
    """``n`` scratch copies of the working tree; each runs one mutant at a time in a forked child.

    The parent has imported pytest, hypothesis and pydantic but never ``subsidycalc``: a child forked from it
    imports the (mutated) package afresh from its copy's ``src/`` and runs pytest in-process, which spares the
    interpreter's and the test tools' start-up for each mutant (the way mutmut runs its mutants).
    """

    def __init__(self, n: int) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="subsidycalc-mutation-"))
        self.free: list[Path] = []
        for i in range(n):
            dest = self.base / f"w{i}"
            shutil.copytree(ROOT, dest, ignore=IGNORE)
            self.free.append(dest)

    @staticmethod
    def start(copy: Path, tests: list[str]) -> int:
        """Fork a child that runs ``tests`` in ``copy``; return its pid (exit status 0: all passed)."""
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            code = 99
            try:
                os.setpgid(0, 0)
                os.chdir(copy)
                sys.path.insert(0, str(copy / "src"))
                sys.dont_write_bytecode = True
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, 1)
                os.dup2(null, 2)
                code = int(pytest.main(["-x", "-q", "-p", "no:cacheprovider", *tests]))
            finally:
                os._exit(code)
        return pid

    def run_one(self, tests: list[str]) -> tuple[bool, float]:
        """Run ``tests`` unmutated in the first copy: (passed, seconds)."""
        t0 = time.perf_counter()
        pid = self.start(self.free[0], tests)
        _, status = os.waitpid(pid, 0)
        return os.waitstatus_to_exitcode(status) == 0, time.perf_counter() - t0

    def close(self) -> None:
        shutil.rmtree(self.base, ignore_errors=True)


def generate(key: str, db_path: Path, cfg: dict) -> tuple[WorkDB, Counter]:
    """Initialise a session for one module; mark the left-out mutants as skipped."""
    work_db = use_db(str(db_path), WorkDB.Mode.create).__enter__()
    module = Path(PACKAGE) / key
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        cr_init([module], work_db, ConfigDict(cfg.get("operators", {})))
    finally:
        os.chdir(cwd)
    source = (ROOT / module).read_text(encoding="utf-8")
    lines = source.splitlines()
    spans = annotation_spans(source)
    excluded = [re.compile(e) for e in cfg.get("filters", {}).get("operators-filter", {}).get("exclude-operators", [])]
    left_out: Counter = Counter()
    for item in list(work_db.work_items):
        m = item.mutations[0]
        why = None
        if any(e.match(m.operator_name) for e in excluded):
            why = "operator not in the set (cosmic-ray.toml)"
        elif in_spans(m.start_pos, spans):
            why = "in a type annotation"
        elif PRAGMA.search(lines[m.start_pos[0] - 1]):
            why = "pragma: no mutate"
        if why:
            left_out[why] += 1
            work_db.set_result(item.job_id, WorkResult(worker_outcome=WorkerOutcome.SKIPPED, output=why))
    return work_db, left_out


def run_module(key: str, tests: list[str], workers: Workers, cfg: dict, sample: int | None, seed: int,
               count_only: bool = False) -> Outcome:
    out = Outcome(key, tests)
    db_path = workers.base / f"{key.replace('/', '.')}.sqlite"
    work_db, out.left_out = generate(key, db_path, cfg)
    out.total_generated = work_db.num_work_items
    # in source order: the database's order follows random job ids, and the sample must be the same for a seed
    pending: list[WorkItem] = sorted(work_db.pending_work_items, key=lambda w: (
        w.mutations[0].start_pos, w.mutations[0].operator_name, w.mutations[0].occurrence))
    if ARGS.lines:  # a targeted re-run: only the mutants starting on these lines
        pending = [w for w in pending if w.mutations[0].start_pos[0] in ARGS.lines]
        out.sampled = len(pending)
    if sample is not None and sample < len(pending):
        pending = random.Random(seed).sample(pending, sample)
        out.sampled = sample
    if count_only:
        out.left_out["(would run)"] = len(pending)
        work_db.close()
        return out

    passed, out.baseline_seconds = workers.run_one(tests)
    if not passed:
        raise SystemExit(f"mutation.py: the tests of {key} fail before any mutation ({' '.join(tests)})")
    timeout = max(float(cfg.get("timeout", 120.0)), 10 * out.baseline_seconds)

    def record(item: WorkItem, result: WorkResult) -> None:
        work_db.set_result(item.job_id, result)
        m = item.mutations[0]
        if result.worker_outcome != WorkerOutcome.NORMAL:
            out.left_out[f"not applied ({result.worker_outcome})"] += 1
        elif result.test_outcome == TestOutcome.SURVIVED:
            out.survived.append((m.start_pos[0], m.operator_name.removeprefix("core/"), result.diff or ""))
        else:
            out.killed += 1
            out.timeouts += result.output == "timeout"

    running: dict[int, tuple[WorkItem, Path, Path, str, str, float]] = {}
    todo = list(pending)
    t0 = time.perf_counter()
    try:
        _loop(key, todo, running, workers, tests, timeout, record, len(pending))
    finally:  # interrupted: end the children, put the copies' sources back
        for pid, (_, _, path, original, _, _) in running.items():
            try:
                os.killpg(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except OSError:
                pass
            path.write_text(original, encoding="utf-8")
    out.seconds = time.perf_counter() - t0
    out.survived.sort()
    work_db.close()
    return out


def _loop(key, todo, running, workers, tests, timeout, record, total) -> None:
    done = 0
    while todo or running:
        while todo and workers.free:
            item = todo.pop()
            copy = workers.free.pop()
            m = item.mutations[0]
            path = copy / m.module_path
            operator = cosmic_ray.plugins.get_operator(m.operator_name)(**(m.operator_args or {}))
            saved = path.read_text(encoding="utf-8")
            try:
                original, mutated = apply_mutation(path, operator, m.occurrence)
            except Exception as exc:  # noqa: BLE001 - reported, not fatal
                path.write_text(saved, encoding="utf-8")
                record(item, WorkResult(worker_outcome=WorkerOutcome.EXCEPTION, output=repr(exc)))
                workers.free.append(copy)
                continue
            if mutated is None:
                record(item, WorkResult(worker_outcome=WorkerOutcome.NO_TEST))
                workers.free.append(copy)
                continue
            pid = workers.start(copy, tests)
            running[pid] = (item, copy, path, original, mutated, time.monotonic())
        time.sleep(0.05)
        for pid, (item, copy, path, original, mutated, started) in list(running.items()):
            wpid, status = os.waitpid(pid, os.WNOHANG)
            timed_out = False
            if wpid == 0:
                if time.monotonic() - started < timeout:
                    continue
                os.killpg(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                timed_out = True
            path.write_text(original, encoding="utf-8")
            del running[pid]
            workers.free.append(copy)
            killed = timed_out or os.waitstatus_to_exitcode(status) != 0
            record(item, WorkResult(
                worker_outcome=WorkerOutcome.NORMAL,
                test_outcome=TestOutcome.KILLED if killed else TestOutcome.SURVIVED,
                output="timeout" if timed_out else None,
                diff=_changed_lines(original, mutated)))
            done += 1
            if done % 25 == 0 or done == total:
                print(f"  {key}: {done}/{total}", flush=True)


def _changed_lines(original: str, mutated: str) -> str:
    rows = [ln for ln in difflib.unified_diff(original.splitlines(), mutated.splitlines(), lineterm="", n=0)
            if ln[:1] in "+-" and not ln.startswith(("+++", "---"))]
    return " ⟶ ".join(r[1:].strip() for r in rows)


def section(out: Outcome, tool: str) -> str:
    head = f"## `{out.key}`: **{out.score:.1f}%** ({out.killed} / {out.scored} killed)"
    facts = [
        f"- date: {now()}; commit {git_head()}",
        f"- machine: {machine()}",
        f"- command: `{command()}`",
        f"- tool: {tool}; tests: {', '.join(f'`{t}`' for t in out.tests)}",
        f"- mutants: {out.total_generated} generated"
        + (f", only those on lines {' '.join(map(str, ARGS.lines))} run ({out.sampled})" if ARGS.lines else
           f", a sample of {out.sampled} run (seed {ARGS.seed})" if out.sampled is not None else "")
        + f"; killed {out.killed} (timeouts {out.timeouts}), survived {len(out.survived)}; left out: "
        + (", ".join(f"{n} {why}" for why, n in sorted(out.left_out.items())) or "none"),
        f"- time: {out.seconds:.0f} s ({out.baseline_seconds:.1f} s for one run of the tests unmutated)",
    ]
    body = [head, "", *facts]
    if out.survived:
        body += ["", "| line | operator | mutation (original ⟶ mutant) |", "|---:|---|---|"]
        for line, op, change in out.survived:
            body.append(f"| {line} | {op} | `{change.replace('|', '¦').replace('`', 'ʼ')}` |")
    else:
        body += ["", "No surviving mutant."]
    return "\n".join(body)


def summary() -> str:
    text = REPORT.read_text(encoding="utf-8") if REPORT.exists() else ""
    lines = ["## Summary", "", "| module | score | killed / total | mutants run | tests |", "|---|---:|---:|---|---|"]
    blocks = re.findall(r"<!-- mutation:([^ ]+?):start -->\n(.*?)<!-- mutation:\1:end -->", text, re.S)
    for key, block in sorted(blocks):
        head = re.search(r"^## `[^`]+`: \*\*([\d.]+)%\*\* \((\d+) / (\d+) killed\)", block, re.M)
        if key == "summary" or not head:
            continue
        generated = re.search(r"- mutants: (\d+) generated", block)
        sample = re.search(r"a sample of (\d+) run|only those on lines [\d ]+ run \((\d+)\)", block)
        tests = re.search(r"; tests: (.*)$", block, re.M)
        run = (f"a sample of {sample.group(1)}" if sample and sample.group(1) else
               "some lines only" if sample else f"all {head.group(3)}")
        lines.append(f"| `{key}` | {head.group(1)}% | {head.group(2)} / {head.group(3)} | {run}"
                     f"{f' ({generated.group(1)} generated)' if generated else ''} | "
                     f"{tests.group(1) if tests else ''} |")
    return "\n".join(lines)


ARGS: argparse.Namespace


def main(argv: list[str] | None = None) -> int:
    global ARGS
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("modules", nargs="*", help="modules under src/subsidycalc/ (default: every one in MODULES)")
    p.add_argument("--tests", nargs="+", help="test files to run (default: the module's entry in MODULES)")
    p.add_argument("--jobs", type=int, default=max(1, min(4, os.cpu_count() or 1)), help="parallel scratch copies")
    p.add_argument("--sample", type=int, help="run a random sample of this many mutants per module")
    p.add_argument("--seed", type=int, default=2020)
    p.add_argument("--without-own-tests", action="store_true",
                   help="leave out tests/test_mutation_<stem>.py (the score of the other tests alone)")
    p.add_argument("--own-tests-only", action="store_true",
                   help="run tests/test_mutation_<stem>.py alone where it exists (fast; a lower bound of the score)")
    p.add_argument("--lines", type=int, nargs="+", help="only the mutants on these lines (a targeted re-run)")
    p.add_argument("--summary", action="store_true", help="only rewrite the summary of benchmarks/MUTATION.md")
    p.add_argument("--count", action="store_true", help="only count the mutants")
    p.add_argument("--no-write", action="store_true", help="print, do not update benchmarks/MUTATION.md")
    ARGS = p.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # run the clean-ups: children ended, copies removed
    if ARGS.summary:
        write_section("mutation:summary", summary(), results=REPORT, header=HEADER)
        return 0
    keys = [module_key(m) for m in ARGS.modules] or list(MODULES)
    with open(CONFIG, "rb") as f:
        cfg = tomllib.load(f)["cosmic-ray"]
    tool = f"cosmic-ray {importlib.metadata.version('cosmic-ray')}"
    plan = {key: tests_for(key, ARGS.tests, not ARGS.without_own_tests, ARGS.own_tests_only) for key in keys}  # before copying the tree
    assert "subsidycalc" not in sys.modules, "the parent must not import the package it mutates"
    workers = Workers(1 if ARGS.count else ARGS.jobs)
    try:
        for key, tests in plan.items():
            print(f"{key}: mutating against {' '.join(tests)}", flush=True)
            out = run_module(key, tests, workers, cfg, ARGS.sample, ARGS.seed, ARGS.count)
            if ARGS.count:
                print(f"  {out.total_generated} generated; " + ", ".join(f"{n} {w}" for w, n in out.left_out.items()))
                continue
            text = section(out, tool)
            print(text)
            if not ARGS.no_write:
                with open(REPORT.with_suffix(".lock"), "w") as lock:  # runs of other modules may write too
                    fcntl.flock(lock, fcntl.LOCK_EX)
                    _write(key, text)
    finally:
        workers.close()
    return 0


def _write(key: str, text: str) -> None:
    if not REPORT.exists() or "<!-- mutation:summary:start -->" not in REPORT.read_text("utf-8"):
        write_section("mutation:summary", "## Summary", results=REPORT, header=HEADER)
    write_section(f"mutation:{key}", text, results=REPORT, header=HEADER)
    write_section("mutation:summary", summary(), results=REPORT, header=HEADER)


if __name__ == "__main__":
    raise SystemExit(main())
