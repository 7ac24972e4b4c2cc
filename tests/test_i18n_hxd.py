"""`--lang zh` for the own words of 海淀 (measures/haidian/), 西城 (measures/xicheng.py) and 东城
(measures/dongcheng.py): every text their definitions give has a Chinese form (issue 11 §4), and the Chinese
explanation of each example firm of these districts has no English word left in what these measures write."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import subsidycalc as sc
from subsidycalc import i18n

ROOT = Path(__file__).resolve().parents[1]
DISTRICTS = ("haidian", "xicheng", "dongcheng")
MINE = tuple(f"{d}." for d in DISTRICTS)
FIRMS = {p.stem: json.loads(p.read_text(encoding="utf-8"))
         for p in sorted((ROOT / "examples/firms").glob("*.json")) if p.stem.startswith(DISTRICTS)}

#: the words ``select(..., none=...)`` gives its own condition: written by the engine, never shown as they are (the
#: traced evaluator renders them with the catalogue's "n_qualify" message), so not a measure's words
_ENGINE_SELECT = re.compile(r"^at least one of [\w.]+ qualifies$")

#: the item labels these measures give ``select(label=...)``: the engine writes them, and their plurals, into its
#: own fragments ("lease 0: …", "2 of 3 leases") as they are, in English (a label's Chinese form is not used there)
LABELS = {"lease", "loan", "first", "financing", "relief", "pledge", "guarantee", "loss", "claim", "rent"}


def _codes() -> set[str]:
    """Codes a Chinese text may show as they are: the field names and enum values of the profile schema (sections,
    sizes, districts, industries, landlords, levels …) and the example firms' own code values (one word, no space)."""
    words: set[str] = set()

    def walk(x: Any, schema: bool) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                if schema and k == "enum":
                    words.update(str(e) for e in v)
                if schema and k == "properties":  # field names: a section path ("lending") is a code
                    words.update(v)
                walk(v, schema)
        elif isinstance(x, list):
            for v in x:
                walk(v, schema)
        elif isinstance(x, str) and not schema and " " not in x:  # a firm's code value, not a sentence
            words.add(x)

    walk(sc.Firm.model_json_schema(), True)
    walk(list(FIRMS.values()), False)
    return {w.lower() for c in words for w in re.findall(r"[A-Za-z]+", c)}


CODES = _codes()


def english_words(text: str) -> list[str]:
    """ASCII words of 4+ letters in ``text`` that are not a code: field paths and reading names (with ``_`` or
    ``.``), enum values, the engine's item labels, and acronyms (GH1, LPR, COVID-19)."""
    text = re.sub(r"[A-Za-z0-9]*[_.][A-Za-z0-9_.]*", " ", text)  # paths, reading names, measure ids
    words = re.findall(r"(?<![A-Za-z])[A-Za-z]{4,}(?![A-Za-z])", text)
    out = []
    for w in words:
        base = w.lower()
        stem = base[:-1] if base.endswith("s") else base
        if w.isupper() or base in CODES or base in LABELS or stem in LABELS:
            continue
        out.append(w)
    return out


def test_no_untranslated_words_in_these_districts():
    left = {mid: [x for x in texts if not _ENGINE_SELECT.match(x)]
            for mid, texts in i18n.untranslated().items() if mid.startswith(MINE)}
    assert {mid: texts for mid, texts in left.items() if texts} == {}


def test_the_check_finds_english():
    # the test above and below would fail on an English text left: the check sees it, and not the codes
    assert english_words("✗ pays a financial institution; no lending section") == [
        "pays", "financial", "section"]  # "institution" is a code (a landlord kind)
    assert english_words("✗ 出租方为 district_soe，不是区属国有企业；规模 small；leases.0；GH1") == []


@pytest.mark.parametrize("name", sorted(FIRMS))
def test_zh_explanations_have_no_english_words(name):
    report = sc.estimate(FIRMS[name])
    mine = [a for a in report if a.measure_id.startswith(MINE) and sc.catalog()[a.measure_id].relief]
    assert mine
    seen = 0
    for a in mine:
        reasons, steps, effects = a.words("zh")
        _, steps_en, effects_en = a.words("en")
        for text in [*reasons, *effects.values()]:
            assert english_words(text) == [], (a.measure_id, text)
            seen += 1
        # a step's name is its label: in Chinese the line differs from the English one (its values are the same)
        for en, zh in zip(steps_en, steps, strict=True):
            assert en != zh, (a.measure_id, zh)
        assert list(effects) == list(effects_en)
    assert seen


def test_zh_forms_keep_the_placeholders():
    # zh() checks the {} of each pair when it is made; a definition made under the defaults makes them all
    for m in sc.catalog():
        if m.id.startswith(MINE) and m.relief and getattr(m, "rule", None) is not None:
            m.definition(sc.Assumptions())
