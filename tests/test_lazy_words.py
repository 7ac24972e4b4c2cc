"""The words of a traced award (reasons, steps, effects, in English and Chinese) are written from its trace only
when first read (``engine/estimate.award_from_trace``). Whatever happens to the award before that — read in any
order, read twice, copied, deep-copied, pickled with its report — the words must be the ones a fresh estimate
gives when read straight away."""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import subsidycalc as sc
from subsidycalc.synthetic import synthetic_firms

ROOT = Path(__file__).resolve().parents[1]
PROFILES = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "examples/firms").glob("*.json"))]
PROFILES += synthetic_firms(25, seed=77)
FIRMS = [sc.Firm.model_validate(p) for p in PROFILES]


def seen(award: sc.Award) -> dict[str, Any]:
    """Everything a user reads of an award, in a fixed order (English first)."""
    return {"explain": award.explain(), "explain_zh": award.explain("zh"), "dict": award.to_dict(),
            "dict_zh": award.to_dict("zh"), "reasons": list(award.reasons), "steps": list(award.steps),
            "effects": dict(award.effects), "reason": award.reason, "words_zh": award.words("zh")}


def read_backwards(award: sc.Award) -> dict[str, Any]:
    """The same reads, Chinese and the later fields first, each of them twice."""
    for _ in range(2):
        got = {"words_zh": award.words("zh"), "dict_zh": award.to_dict("zh"), "explain_zh": award.explain("zh"),
               "effects": dict(award.effects), "steps": list(award.steps), "reason": award.reason,
               "reasons": list(award.reasons), "dict": award.to_dict(), "explain": award.explain()}
    return got


@pytest.fixture(scope="module")
def expected() -> list[list[dict[str, Any]]]:
    return [[seen(a) for a in sc.estimate(f).awards] for f in FIRMS]


def _pickled(r: sc.Report) -> sc.Report:
    return pickle.loads(pickle.dumps(r))  # type: ignore[no-any-return]


def _via_dict(r: sc.Report) -> sc.Report:
    r.to_dict("zh")  # the report serialised first (its words rendered in Chinese), then read again
    r.to_dict()
    return r


@pytest.mark.parametrize("change", [_pickled, copy.deepcopy, copy.copy, _via_dict],
                         ids=["pickle", "deepcopy", "copy", "to_dict_first"])
def test_words_survive_copies_and_serialisation(change: Callable[[sc.Report], sc.Report],
                                                expected: list[list[dict[str, Any]]]) -> None:
    for firm, want in zip(FIRMS, expected, strict=True):
        report = sc.estimate(firm)
        other = change(report)
        assert [seen(a) for a in other.awards] == want
        assert [seen(a) for a in report.awards] == want  # the original is untouched by its copy's reads


def test_each_award_copied_before_its_words_are_read(expected: list[list[dict[str, Any]]]) -> None:
    """A shallow copy of an unread award and the award itself: each gives its words once, not twice."""
    for firm, want in zip(FIRMS, expected, strict=True):
        awards = sc.estimate(firm).awards
        copies = [copy.copy(a) for a in awards]
        assert [seen(c) for c in copies] == want
        assert [seen(a) for a in awards] == want


def test_words_in_any_order_and_twice(expected: list[list[dict[str, Any]]]) -> None:
    for firm, want in zip(FIRMS, expected, strict=True):
        report = sc.estimate(firm)
        got = [read_backwards(a) for a in report.awards]
        assert got == want
        assert [seen(a) for a in report.awards] == want


def test_the_words_are_there_to_compare() -> None:
    """What the tests above compare is not empty: eligible awards with steps, every award with a reason."""
    report = sc.estimate(FIRMS[0])
    assert report.eligible and any(a.steps for a in report.eligible)
    assert all(a.reasons for a in report.awards)
    assert report.eligible[0].words("zh")[0] != report.eligible[0].reasons  # Chinese fixed fragments differ


def test_a_pickled_report_keeps_its_catalog_and_totals() -> None:
    report = sc.estimate(FIRMS[0])
    again = _pickled(report)
    assert again.catalog is sc.catalog()
    assert (again.total, again.total_low, again.total_high) == (report.total, report.total_low, report.total_high)
    assert again.awards == report.awards
    assert again[report.awards[0].measure_id].measure_id == report.awards[0].measure_id


def test_an_unknown_language_is_the_same_error_before_and_after_a_copy() -> None:
    report = sc.estimate(FIRMS[0])
    award = report.eligible[0]
    with pytest.raises(ValueError, match="lang 'fr'"):
        award.words("fr")
    with pytest.raises(ValueError, match="lang 'fr'"):
        copy.copy(award).words("fr")


def test_the_compiled_form_sets_every_field_of_its_trace_and_evaluation() -> None:
    """The generated function writes the fields of ``Eval`` and ``Trace`` itself (no constructor call): a field
    added to either class and not to ``compiled.compile_traced`` fails here."""
    from subsidycalc.engine.rules import traced

    assumptions = sc.Assumptions()
    for measure in sc.catalog():
        if measure.rule is None or measure.definition(assumptions).depends:
            continue
        t = traced.evaluate(measure.definition(assumptions), FIRMS[0])
        for obj, cls in ((t, traced.Trace), (t.ev, traced.Eval)):
            for name in cls.__slots__:
                getattr(obj, name)  # AttributeError when the generated prologue left it unset
