"""`--lang zh` for the city measures (measures/beijing_business.py, measures/beijing/*, the lease helpers of
measures/_leases.py) and 大兴, 顺义: every text their definitions give has a Chinese form (``i18n.zh``), and the
Chinese explanations of the example firms' awards of these measures are written in Chinese.

What the engine still renders from a measure's words in English whatever their Chinese form — a ``select``'s label
("lease 0: …"), a ``need``'s words, a ``.named`` concept inside a formula, a measure's ``apply_note`` — is taken out
before the check (``_engine_english``); each is named in the report of this change."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

import subsidycalc as sc
from subsidycalc import Assumptions, i18n
from subsidycalc.engine.rules.define import Need, Select, Step
from subsidycalc.engine.rules.nodes import Node

ROOT = Path(__file__).resolve().parents[1]
FIRMS = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "examples/firms").glob("*.json"))}
MODULES = ("subsidycalc.measures.beijing_business", "subsidycalc.measures.beijing.", "subsidycalc.measures.daxing",
           "subsidycalc.measures.shunyi")

#: texts untranslated() lists that are not a measure's wording: the engine's own "at least one of {section}
#: qualifies" (define.py: select(none=...), rendered as the catalogue's "n_qualify" in Chinese), and an effect whose
#: words are all a value chosen by the rule ("{}": the flexible worker's deferral and continuity sentences)
ENGINE_TEXTS = {"at least one of hires qualifies", "{}"}


def _ours() -> list:
    return [m for m in sc.catalog() if m.relief and getattr(m, "rule", None) is not None
            and m.rule.__module__.startswith(MODULES)]


OURS = _ours()
IDS = {m.id for m in OURS}


def test_the_modules_have_measures() -> None:
    assert len(OURS) >= 20 and {"beijing.soe_rent_reduction_feb", "daxing.soe_rent_reduction",
                                "shunyi.hr_agency_placement_reward"} <= IDS


def test_every_text_of_the_city_measures_has_a_chinese_form() -> None:
    left = {k: [x for x in v if x not in ENGINE_TEXTS] for k, v in i18n.untranslated().items() if k in IDS}
    assert {k: v for k, v in left.items() if v} == {}


def _definition(m):
    return m.definition(Assumptions())


def test_every_step_name_has_a_chinese_form() -> None:
    plain = {m.id: [s.name for s in _definition(m).statements if isinstance(s, Step) and not isinstance(s.name, i18n.Msg)]
             for m in OURS}
    assert {k: v for k, v in plain.items() if v} == {}


def test_a_chinese_form_keeps_the_placeholders() -> None:
    for m in OURS:
        for s in _definition(m).statements:
            for f in dataclasses.fields(s):
                x = getattr(s, f.name)
                if isinstance(x, i18n.Msg) and not x.key:
                    assert x.text("zh").count("{}") == str.__str__(x).count("{}"), (m.id, x)
                    assert re.search("[\u4e00-\u9fff]", x.text("zh")), (m.id, x)  # Chinese, not the English again


def _names(node: object, seen: set[int], out: set[str]) -> None:
    if not isinstance(node, Node) or id(node) in seen:
        return
    seen.add(id(node))
    if node.name:
        out.add(str.__str__(node.name))
    for a in node.args:
        _names(a, seen, out)


def _engine_english(m) -> list[str]:
    """The English the engine writes from this measure's words whatever their Chinese form, longest first."""
    d = _definition(m)
    out: set[str] = set()
    seen: set[int] = set()
    for s in d.statements:
        if isinstance(s, Select):
            out.add(str.__str__(s.label))
        elif isinstance(s, Need):
            out.add(str.__str__(s.what))
        for f in dataclasses.fields(s):
            x = getattr(s, f.name)
            for n in (x if isinstance(x, tuple) else (x,)):
                _names(n[0] if isinstance(n, tuple) else n, seen, out)
    out |= {m.apply_note or ""} | {r.explanation for r in sc.catalog().rules}
    return sorted((x for x in out if x), key=len, reverse=True)


def _codes() -> set[str]:
    """Words that are values, not wording: the profile's enum values and field names, the readings' values."""
    words: set[str] = set()

    def walk(x: object) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                words.add(str(k))
                if k == "enum":
                    words.update(str(e) for e in v)
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(sc.Firm.model_json_schema())
    return {w.lower() for w in words}


CODES = _codes()


def english_words(text: str, drop: list[str]) -> list[str]:
    for x in drop:
        text = text.replace(x, " ")
    text = re.sub(r"https?://\S+", " ", text)
    words = re.findall(r"[A-Za-z][A-Za-z0-9_.\-]*", text)
    return [w for w in words if re.fullmatch(r"[A-Za-z]{4,}", w) and w.lower() not in CODES]


@pytest.mark.parametrize("firm", sorted(FIRMS))
def test_the_chinese_explanations_are_in_chinese(firm: str) -> None:
    report = sc.estimate(FIRMS[firm])
    by_id = {m.id: m for m in OURS}
    bad: dict[str, list[str]] = {}
    checked = 0
    for a in report:
        m = by_id.get(a.measure_id)
        if m is None:
            continue
        reasons, steps, effects = a.words("zh")
        drop = _engine_english(m)
        for text in [*reasons, *steps, *effects.values()]:
            checked += 1
            left = english_words(text, drop)
            if left:
                bad.setdefault(a.measure_id, []).append(f"{text}  <- {left}")
    assert checked > 0
    assert bad == {}


def test_the_check_finds_english() -> None:
    """The check above fails on a text left in English."""
    assert english_words("✓ registered in Beijing (在北京注册)", []) == ["Beijing"]  # "registered": an enum value
    assert english_words("✓ 受影响较大 (heavily affected by the epidemic)", []) == ["heavily", "affected"]  # "epidemic": an enum value
    assert english_words("✗ no lease meets its tier's conditions", []) == ["meets", "tier", "conditions"]
    assert english_words("减免额: 100% (share of the tier) × 1.00", ["share of the tier"]) == []
    assert english_words("✓ 规模 small 属于中小微企业（assumptions.epidemic_period_end）", []) == []
