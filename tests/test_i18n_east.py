"""`--lang zh` for the measures of 朝阳, 丰台, 石景山, 门头沟 and 通州 (issue 11 §4): every text their definitions give
(conditions, selections, payments, needs, notes, effects, step names) has a Chinese form (``i18n.zh``), so the
Chinese explanation of each award of the districts' example firms carries no English sentence of these measures.

What stays English, and why (each excluded below by name, so that the check still fails on any other English word):

- words the engine or a shared helper writes, not these modules: ``select(none=...)``'s "at least one of {section}
  qualifies" (shown through the catalogue's "n of m"), and the words of ``measures/_leases.py`` (丰台's February
  rent tiers share them with other districts);
- a ``select`` label ("lease 0: …") and a ``need``'s words: they have their Chinese form, but the traced evaluator
  writes them as plain strings (``item_label``, the NEEDED line), and a ``.named(...)`` concept's name in a formula
  ("(rent waived in 疫情期间)"): ``Node.named`` takes no Chinese form without an engine change;
- a measure's metadata (English title, apply note, summary), the readings (codes), the stacking rules'
  explanations and the sources, which docs/i18n.md keeps in their own words.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import pytest

import subsidycalc as sc
from subsidycalc import Assumptions, i18n
from subsidycalc.engine.rules.define import Effect, Need, Select
from subsidycalc.engine.rules.nodes import Node

ROOT = Path(__file__).resolve().parents[1]
DISTRICTS = ("chaoyang", "fengtai", "shijingshan", "mentougou", "tongzhou")
FIRMS = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "examples/firms").glob("*.json"))
         if p.stem.split("_")[0] in DISTRICTS}

#: the English texts of these measures that come from the engine or the shared lease helpers (see the docstring)
SHARED = re.compile(
    r"^(at least one of \w+ qualifies"
    r"|the lease \((ending|from) \{\}\) is not in force in .*"
    r"|production/business use: .*|office use: .*"
    r"|\{\} lease\(s\) of 区内 premises from a 丰台 区属国有企业)$")
#: the same words as they show in an explanation (the lease helpers' step names and words)
SHARED_SHOWN = (r"relief, \S+ use \([^)]*\)", r"days in force in \S+ \(of \d+\)", r"sum over leases",
                r"the lease \((ending|from) [\d-]+\) is not in force in \S+", r"(production/business|office) use: [^;]*",
                r"\d+ lease\(s\) of 区内 premises from a 丰台 区属国有企业", r"a lease in force for part of [^;]*")


def _ours(measure_id: str) -> bool:
    return measure_id.split(".")[0] in DISTRICTS


def test_the_measures_words_have_their_chinese_form() -> None:
    left = {k: v for k, v in i18n.untranslated().items() if _ours(k)}
    assert sc.catalog() and any(_ours(m.id) for m in sc.catalog())
    unexpected = {k: [x for x in v if not SHARED.match(x)] for k, v in left.items()}
    assert not {k: v for k, v in unexpected.items() if v}, unexpected


def _nodes(x: Any, seen: set[int]) -> list[Node]:
    out: list[Node] = []
    stack = [x]
    while stack:
        y = stack.pop()
        if isinstance(y, Node):
            if id(y) in seen:
                continue
            seen.add(id(y))
            out.append(y)
            stack.extend(y.args)
        elif isinstance(y, tuple | list):
            stack.extend(y)
    return out


def _engine_words(measure: Any) -> list[str]:
    """The words of a measure's definition the engine writes as they are: concept names, select labels (and their
    plurals), needs."""
    if measure.rule is None:  # information, not relief: no definition
        return []
    d = measure.definition(Assumptions())
    words: list[str] = []
    seen: set[int] = set()
    for s in d.statements:
        for f in dataclasses.fields(s):
            words += [n.name for n in _nodes(getattr(s, f.name), seen) if n.name]
        if isinstance(s, Select):
            words += [s.label, s.label + "s", s.label + "es"]
        if isinstance(s, Need):
            words.append(s.what)
        if isinstance(s, Effect):  # its key: a code ("apply: …")
            words.append(f"{s.key}: ")
    return sorted(set(words), key=len, reverse=True)


def _codes() -> set[str]:
    """Enum values and field names of the Firm schema: codes an explanation shows as they are."""
    out: set[str] = set()

    def walk(x: Any) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                out.add(k)
                if k == "enum":
                    out.update(str(e) for e in v)
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(sc.Firm.model_json_schema())
    return {w.lower() for w in out}


CODES = _codes()
HEADINGS = {"所用解释口径:", "出处:", "叠加规则:"}  # sections in their own words (codes, citations, rules)


def _own_words(explanation: str) -> str:
    """The reasons, steps and effects of a zh explanation (the title lines and the sections in their own words
    dropped)."""
    keep, skip = [], False
    for line in explanation.split("\n")[2:]:
        if line.startswith("  ") and not line.startswith("    "):
            skip = line.strip() in HEADINGS
        if not skip:
            keep.append(line)
    return "\n".join(keep)


def _english(text: str, measure: Any) -> list[str]:
    for p in SHARED_SHOWN:
        text = re.sub(p, " ", text)
    for w in [measure.apply_note or "", measure.summary or "", "apply: "] + _engine_words(measure):
        if w:  # as a whole: "relief" is not taken out of "rent_relief_granted"
            text = re.sub(r"(?<![A-Za-z0-9_.])" + re.escape(w) + r"(?![A-Za-z0-9_])", " ", text)
    words = re.findall(r"[A-Za-z][A-Za-z0-9_.]*", text)
    return [w for w in words if len(re.sub(r"[\W\d_]", "", w)) >= 4 and "_" not in w and "." not in w
            and w.lower() not in CODES]


@pytest.mark.parametrize("name", sorted(FIRMS))
def test_chinese_explanations_carry_no_english_of_these_measures(name: str) -> None:
    cat = sc.catalog()
    report = sc.estimate(FIRMS[name])
    awards = [a for a in report if _ours(a.measure_id)]
    assert awards
    found = {}
    for a in awards:
        english = _english(_own_words(a.explain("zh")), cat[a.measure_id])
        if english:
            found[a.measure_id] = english
    assert not found, found
    # the check can fail: the English explanations of the same awards hold English words it would report
    assert any(_english(_own_words(a.explain("en")), cat[a.measure_id]) for a in awards)
