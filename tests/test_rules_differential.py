"""Every measure written in the rule vocabulary: its two evaluators (traced, columnar) agree with each other on
status, amount, low, high and missing facts (issue 9).

Firms: the synthetic registry (the firms of the measure's district for a district measure) and hypothesis-generated
profiles; readings: the defaults and each other value of each ``Literal``/``bool`` reading the measure declares.
"""

from __future__ import annotations

import typing
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import firm_dicts

import subsidycalc as sc
from subsidycalc.engine.batch import STATUS, evaluate_columns
from subsidycalc.engine.estimate import evaluate
from subsidycalc.engine.rules.columns import Columns
from subsidycalc.synthetic import synthetic_firms

CAT = sc.catalog()
RULED = [m for m in CAT if m.rule is not None and m.relief]
REGISTRY = [sc.Firm.model_validate(f) for f in synthetic_firms(4000, seed=20201)]


def variants(m: sc.Measure) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [{}]
    for name in m.readings:
        f = sc.Assumptions.model_fields[name]
        ann = f.annotation
        if typing.get_origin(ann) is typing.Literal:
            out += [{name: v} for v in typing.get_args(ann) if v != f.default]
        elif ann is bool:
            out.append({name: not f.default})
    return out


CASES = [(m, v) for m in RULED for v in variants(m)]


def firms_for(m: sc.Measure, firms: list[sc.Firm], city: int = 600) -> list[sc.Firm]:
    if m.effective_territory in ("district", "district_and_tax"):
        return [f for f in firms if f.district in (m.district, None)]
    return firms[:city]


def outcome(a: sc.Award) -> tuple[str, Decimal, Decimal, Decimal, frozenset[str]]:
    return a.status, a.amount, a.low, a.high, frozenset(a.missing)


def check(m: sc.Measure, readings: dict[str, Any], firms: list[sc.Firm]) -> None:
    a = sc.Assumptions(**readings)
    batch = evaluate_columns(CAT, Columns.from_firms(firms), a, measures=[m.id])
    st_, amt, lo, hi = batch.status(m.id), batch.amount(m.id), batch.low(m.id), batch.high(m.id)
    for i, f in enumerate(firms):
        traced = outcome(evaluate(m, f, a, {}))
        col = (STATUS[st_[i]], Decimal(int(amt[i])) / 100, Decimal(int(lo[i])) / 100, Decimal(int(hi[i])) / 100,
               frozenset(batch.missing(m.id, i)))
        assert col == traced, (m.id, readings, i, f, traced, col)


@pytest.mark.parametrize(("m", "readings"), CASES, ids=[f"{m.id}{'-' + '-'.join(map(str, v.values())) if v else ''}"
                                                        for m, v in CASES])
def test_evaluators_agree_on_the_synthetic_registry(m: sc.Measure, readings: dict[str, Any]) -> None:
    check(m, readings, firms_for(m, REGISTRY))


@pytest.mark.parametrize("m", RULED, ids=lambda m: m.id)
@settings(max_examples=15)
@given(data=st.lists(firm_dicts(), min_size=1, max_size=6))
def test_evaluators_agree_on_generated_firms(m: sc.Measure, data: list[dict[str, Any]]) -> None:
    firms = []
    for x in data:
        if m.effective_territory in ("district", "district_and_tax"):
            x = {**x, "district": m.district}
        try:
            firms.append(sc.Firm.model_validate(x))
        except sc.ValidationError:
            continue
    if firms:
        check(m, {}, firms)
