"""The rule vocabulary and its two evaluators (issue 9): one definition, the same results firm by firm (traced,
compiled or interpreted) and for many firms at once (columnar). The definitions here are engine fixtures (written
from the measures' reference calculators of their day); the catalog's own rules are checked against their
references in ``tests/test_rules_differential.py``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from proto.beijing_si import one_off_si
from proto.mentougou_scale import scale_hiring
from proto.xicheng_loan import loan_interest_subsidy
from strategies import firm_dicts

import subsidycalc as sc
from subsidycalc.engine.money import round_fen
from subsidycalc.engine.rules import columnar, traced
from subsidycalc.engine.rules.columns import Columns
from subsidycalc.engine.rules.define import Rule, stage
from subsidycalc.engine.rules.nodes import RuleError, const, if_
from subsidycalc.engine.rules.rat import Rat
from subsidycalc.synthetic import synthetic_firms

CAT = sc.catalog()
PROTOS: list[tuple[str, Callable[[Rule], None], list[dict[str, Any]]]] = [
    ("xicheng.loan_interest_subsidy", loan_interest_subsidy, [
        {}, {"xicheng_loan_amount_basis": "firm_total"}, {"xicheng_loan_threshold_mode": "cap_base"},
        {"xicheng_loan_above_benchmark": "loan_ineligible", "benchmark_series": "pboc"},
        {"xicheng_loan_requires_district_lender": True, "xicheng_loan_window_start": "policy_issue_date",
         "xicheng_loan_sizes": "small_micro"}]),
    ("beijing.one_off_social_insurance_subsidy", one_off_si, [
        {}, {"si_subsidy_cap": "contribution_base"}, {"si_subsidy_cap": "none",
                                                      "si_subsidy_contribution_basis": "payable"},
        {"si_subsidy_affected_test": "heavily_affected", "si_subsidy_cap_headcount": "ui_insured_avg_2019"}]),
    ("mentougou.scale_hiring_one_off_job_subsidy", scale_hiring, [
        {}, {"mentougou_hiring_tier_mode": "marginal", "mentougou_military_spouses_count_toward_scale": True}]),
]
CASES = [(mid, rule, readings) for mid, rule, variants in PROTOS for readings in variants]
SYNTHETIC = [sc.Firm.model_validate(f) for f in synthetic_firms(1500, seed=11)]


def outcome_traced(t: traced.Trace) -> tuple[str, Decimal, frozenset[str]]:
    amount = round_fen(t.amount) if t.status == "eligible" else Decimal("0.00")
    return t.status, amount, frozenset(t.missing)


def agree(mid: str, rule: Callable[[Rule], None], readings: dict[str, Any], firms: list[sc.Firm]) -> None:
    a = sc.Assumptions(**readings)
    m = CAT[mid]
    d = stage(m, a, rule)
    if m.district != "beijing":
        firms = [f for f in firms if f.district in (m.district, None)]
    cols = columnar.run(d, Columns.from_firms(firms))
    for i, f in enumerate(firms):
        t = traced.evaluate(d, f)
        it = traced.interpret(d, f)
        want = outcome_traced(t)
        assert (it.status, it.amount, list(it.missing), it.reasons, it.steps) == \
            (t.status, t.amount, list(t.missing), t.reasons, t.steps)
        status = columnar.STATUS_NAMES[cols.status[i]]
        assert (status, Decimal(int(cols.amount[i])) / 100, frozenset(cols.missing(i))) == want, (mid, readings, f)


@pytest.mark.parametrize(("mid", "rule", "readings"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_evaluators_agree_on_the_synthetic_registry(
        mid: str, rule: Callable[[Rule], None], readings: dict[str, Any]) -> None:
    agree(mid, rule, readings, SYNTHETIC)


@pytest.mark.parametrize(("mid", "rule", "readings"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
@settings(max_examples=30)
@given(data=st.lists(firm_dicts(), min_size=1, max_size=8))
def test_the_evaluators_agree_on_generated_firms(mid: str, rule: Callable[[Rule], None],
                                                       readings: dict[str, Any], data: list[dict[str, Any]]) -> None:
    firms = []
    district = CAT[mid].district
    for x in data:
        x = {**x, "district": x.get("district") if district == "beijing" else district}
        try:
            firms.append(sc.Firm.model_validate(x))
        except sc.ValidationError:
            continue
    if firms:
        agree(mid, rule, readings, firms)


# -- the vocabulary ---------------------------------------------------------------------------------------
def test_a_fact_cannot_steer_python() -> None:
    def bad(r: Rule) -> None:
        if r.fact.revenue > 0:  # noqa: SIM108 - the point of the test
            r.pay(1)

    with pytest.raises(RuleError, match="cannot steer"):
        stage(CAT["xicheng.loan_interest_subsidy"], sc.Assumptions(), bad)


def test_an_unknown_fact_path_names_close_paths() -> None:
    def bad(r: Rule) -> None:
        r.pay(r.fact.revenu)

    with pytest.raises(KeyError, match="revenue"):
        stage(CAT["xicheng.loan_interest_subsidy"], sc.Assumptions(), bad)


def test_choose_must_name_every_option() -> None:
    def bad(r: Rule) -> None:
        r.pay(r.choose("xicheng_loan_sizes", {"sme": 1, "small_mikro": 2}))

    with pytest.raises(RuleError, match="differ from the reading's values"):
        stage(CAT["xicheng.loan_interest_subsidy"], sc.Assumptions(), bad)


def test_two_sections_do_not_mix() -> None:
    def bad(r: Rule) -> None:
        r.pay(r.items("loans").sum(r.items("loans").principal + r.items("leases").monthly_rent))

    with pytest.raises(RuleError, match="different sections"):
        stage(CAT["xicheng.loan_interest_subsidy"], sc.Assumptions(), bad)


KLEENE = [True, False, None]


@pytest.mark.parametrize("a", KLEENE)
@pytest.mark.parametrize("b", KLEENE)
def test_kleene_logic_in_both_evaluators(a: Any, b: Any) -> None:
    def rule(r: Rule) -> None:
        q = r.fact.qualifications
        x, y = q.heavily_affected, q.fits_capital_function
        r.require(x & y, "and", "and")
        r.pay(1)

    firm = sc.Firm.model_validate({"qualifications": {k: v for k, v in (("heavily_affected", a),
                                                                       ("fits_capital_function", b)) if v is not None}})
    d = stage(CAT["beijing.one_off_social_insurance_subsidy"], sc.Assumptions(), rule)
    t = traced.evaluate(d, firm)
    want = "ineligible" if False in (a, b) else "undetermined" if None in (a, b) else "eligible"
    assert t.status == want
    missing = {f"qualifications.{k}" for k, v in (("heavily_affected", a), ("fits_capital_function", b)) if v is None}
    assert set(t.missing) == (missing if want == "undetermined" else set())
    c = columnar.run(d, Columns.from_firms([firm]))
    assert columnar.STATUS_NAMES[c.status[0]] == want and set(c.missing(0)) == set(t.missing)


def test_if_takes_only_its_branch_and_unknown_conditions_ask_for_the_condition() -> None:
    def rule(r: Rule) -> None:
        w = r.fact.workforce
        r.pay(if_(w.no_layoffs_2019, w.employer_si_paid_2020_feb_apr / 0, 5))

    d = stage(CAT["beijing.one_off_social_insurance_subsidy"], sc.Assumptions(), rule)
    firm = sc.Firm.model_validate({"workforce": {"no_layoffs_2019": False}})
    assert traced.evaluate(d, firm).amount == 5
    t = traced.evaluate(d, sc.Firm.model_validate({"workforce": {}}))
    assert t.status == "undetermined" and list(t.missing) == ["workforce.no_layoffs_2019"]


@given(st.lists(st.tuples(st.integers(-10**15, 10**15), st.integers(1, 10**6)), min_size=1, max_size=20),
       st.lists(st.tuples(st.integers(-10**15, 10**15), st.integers(1, 10**6)), min_size=1, max_size=20))
def test_rat_columns_are_exact(xs: list[tuple[int, int]], ys: list[tuple[int, int]]) -> None:
    k = min(len(xs), len(ys))
    xs, ys = xs[:k], ys[:k]
    a = Rat(np.array([n for n, _ in xs], dtype=np.int64), np.array([d for _, d in xs], dtype=np.int64))
    b = Rat(np.array([n for n, _ in ys], dtype=np.int64), np.array([d for _, d in ys], dtype=np.int64))
    fa, fb = [Fraction(n, d) for n, d in xs], [Fraction(n, d) for n, d in ys]
    assert (a + b).fractions() == [x + y for x, y in zip(fa, fb, strict=True)]
    assert (a * b).fractions() == [x * y for x, y in zip(fa, fb, strict=True)]
    q, zero = a.div(b)
    assert [f for f, z in zip(q.fractions(), zero, strict=True) if not z] == \
        [x / y for x, y in zip(fa, fb, strict=True) if y != 0]
    nonneg = [abs(x) for x in fa]
    r = Rat(np.array([x.numerator for x in nonneg], dtype=np.int64), np.array([x.denominator for x in nonneg]))
    assert [int(v) for v in r.round_fen()] == [int(round_fen(x) * 100) for x in nonneg]


def test_dates_and_months_in_columns() -> None:
    def rule(r: Rule) -> None:
        leases = r.items("leases")
        r.pay(leases.sum(leases.starts_on.add_months(1).days_until(leases.ends_on)))

    firms = [sc.Firm.model_validate({"leases": [{"starts_on": "2020-01-31", "ends_on": "2020-03-31"},
                                                {"starts_on": "2019-12-31", "ends_on": "2020-02-29"}]})]
    d = stage(CAT["beijing.soe_rent_reduction_feb"], sc.Assumptions(), rule)
    want = (date(2020, 3, 31) - date(2020, 2, 29)).days + (date(2020, 2, 29) - date(2020, 1, 31)).days
    assert traced.evaluate(d, firms[0]).amount == want
    c = columnar.run(d, Columns.from_firms(firms))
    assert int(c.amount[0]) == want * 100


# -- words: values carried into step names, item labels and notes (docs/rules.md, Statements) ---------------------
def _hiring_firm(*batches: dict[str, Any], avg_2019: int | None = 50) -> sc.Firm:
    return sc.Firm.model_validate({"hires": list(batches),
                                   "workforce": {} if avg_2019 is None else {"ui_insured_avg_2019": avg_2019}})


def test_step_args_label_and_note_args_carry_values_into_words() -> None:
    def rule(r: Rule) -> None:
        hires = r.items("hires")
        r.step("batch hired {}", hires["count"], args=(hires.hired_on,))
        r.step("hires of the year", hires["count"], label=hires.hired_on.year())
        avg = r.fact.workforce.ui_insured_avg_2019
        r.note("2019 average {} (UI payers)", when=avg.known(), args=(avg,))
        r.step("firm-level {} and {}", avg + 1, args=(avg, r.fact.workforce.ui_insured_avg_2019))
        r.pay(hires.sum(hires["count"]))

    d = stage(CAT["mentougou.scale_hiring_one_off_job_subsidy"], sc.Assumptions(), rule)
    firm = _hiring_firm({"count": 3, "hired_on": "2020-03-01"}, {"count": 4})
    t = traced.evaluate(d, firm)
    assert t.status == "eligible" and t.amount == 7
    assert t.steps[:4] == [
        "hire 0: batch hired 2020-03-01: 3",
        "hire 1: batch hired unknown: 4",  # an unknown value says so
        "2020: hires of the year: 3",  # labelled by the value of label=
        "hire 1: hires of the year: 4",  # no year known: the item's own label
    ]
    assert t.steps[4] == "firm-level 50 and 50: 50 + 1 = 51"
    assert "2019 average 50 (UI payers)" in t.reasons
    # the words change nothing else: the columnar evaluator gives the same outcome
    c = columnar.run(d, Columns.from_firms([firm]))
    assert columnar.STATUS_NAMES[c.status[0]] == "eligible"
    assert "2019 average" not in " ".join(traced.evaluate(d, _hiring_firm(avg_2019=None)).reasons)


def test_a_decided_only_step_is_not_shown_for_an_undetermined_award() -> None:
    def rule(r: Rule) -> None:
        r.require(r.fact.workforce.no_layoffs_2019, "no lay-offs in 2019", "lay-offs in 2019")
        r.pay(r.step("default amount", const(5), decided_only=True))

    d = stage(CAT["mentougou.scale_hiring_one_off_job_subsidy"], sc.Assumptions(), rule)
    undetermined = traced.evaluate(d, sc.Firm.model_validate({"workforce": {}}))
    assert undetermined.status == "undetermined" and undetermined.steps == []
    eligible = traced.evaluate(d, sc.Firm.model_validate({"workforce": {"no_layoffs_2019": True}}))
    assert eligible.status == "eligible" and eligible.steps == ["default amount: 5"]


def test_step_label_and_args_must_fit_the_step() -> None:
    def firm_label(r: Rule) -> None:
        r.step("x", r.fact.workforce.ui_insured_avg_2019, label=r.items("hires")["count"])
        r.pay(0)

    def other_items(r: Rule) -> None:
        r.step("x {}", r.items("hires")["count"], args=(r.items("loans").principal,))
        r.pay(0)

    def firm_args(r: Rule) -> None:
        r.note("{}", args=(r.items("hires")["count"],))
        r.pay(0)

    for bad in (firm_label, other_items, firm_args):
        with pytest.raises(RuleError):
            stage(CAT["mentougou.scale_hiring_one_off_job_subsidy"], sc.Assumptions(), bad)
