"""The generated reference docs match the library; the README's commands and example run."""

from __future__ import annotations

import re
from pathlib import Path

from subsidycalc.docgen import outputs

ROOT = Path(__file__).resolve().parent.parent


def test_generated_docs_are_up_to_date() -> None:
    stale = [str(p.relative_to(ROOT)) for p, text in outputs(ROOT).items()
             if not p.exists() or p.read_text(encoding="utf-8") != text]
    assert not stale, f"stale generated docs {stale}: run `python -m subsidycalc.docgen`"


def test_readme_python_example_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert blocks, "README has a Python example"
    code = blocks[0]
    assert len(code.strip().splitlines()) <= 12
    exec(compile(code, "README.md", "exec"), {"__name__": "readme"})  # noqa: S102


def test_readme_quick_start_is_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("##", 1)[0]
    cmds = re.findall(r"```(?:sh|bash|console)\n(.*?)```", quick, flags=re.S)
    lines = [ln for c in cmds for ln in c.strip().splitlines() if ln.strip()]
    assert len(lines) == 2, lines
    assert "subsidycalc estimate examples/firms/" in lines[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert lines[1].split("&&")[-1].strip() in ci


def test_docstring_examples_run() -> None:
    """Every ``>>>`` example in the package's docstrings gives the output it shows."""
    import doctest
    import importlib
    import pkgutil

    import subsidycalc

    failed, tried = [], 0
    for info in pkgutil.walk_packages(subsidycalc.__path__, "subsidycalc."):
        if info.name.endswith("__main__"):
            continue
        result = doctest.testmod(importlib.import_module(info.name), optionflags=doctest.ELLIPSIS, verbose=False,
                                 report=False)
        tried += result.attempted
        if result.failed:
            failed.append(info.name)
    assert tried >= 9
    assert not failed, f"docstring examples fail in {failed}: run pytest --doctest-modules src/subsidycalc"
