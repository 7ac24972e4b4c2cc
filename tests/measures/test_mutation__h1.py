"""海淀 H1's shared clauses (``measures/haidian/_h1.py``): cases that pin what the sampled mutation run found unpinned
(issue 8 §6): the months of a loan inside H1's validity (L3492-L3494 "以上措施自印发之日起实施，有效期为新冠肺炎疫情防控
期间"), as B10 确权融资 (L3360-L3362 "给予基准利率 50%的贴息") and B17 并购贷款 (L3392-L3394 "付息后按基准利率的 40％予以补贴")
count them, and the capital-markets section a bond issuer's measure reads (B15, L3386-L3388).

- the columnar evaluator counts the months inside the validity as the traced one does, loan by loan: loans of
  different and of equal (disbursement day, term), a loan whose disbursement day is not known, several firms;
- a firm with no capital_markets section misses that section in both evaluators;
- the Chinese name of the months-inside step names the validity window;
- the "limited to the interest paid" step is shown only for a loan whose interest paid is below the benchmark subsidy
  (not equal to it);
- with no validity window (疫情期间 read to end before the issue date) the months inside name the issue date.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import subsidycalc as sc
from subsidycalc.engine.batch import STATUS, evaluate_columns
from subsidycalc.engine.estimate import evaluate
from subsidycalc.engine.rules.columns import Columns

CAT = sc.catalog()
MA = "haidian.ma_loan_interest_subsidy"
RC = "haidian.rights_confirmation_financing_interest_subsidy"
BOND = "haidian.direct_financing_intermediary_fee_subsidy"


def ma(principal: int, on: str | None, months_paid: int, interest: int | None = None) -> dict[str, Any]:
    loan = {"principal": principal, "term_months": 36, "interest_months_paid": months_paid, "ma_loan": True,
            "interest_paid": str(interest if interest is not None else principal * months_paid // 200)}
    return loan | ({"disbursed_on": on} if on is not None else {})


def rc(on: str, term: int) -> dict[str, Any]:
    return {"principal": 5_000_000, "disbursed_on": on, "term_months": term, "interest_paid": 500_000,
            "rights_confirmation": "platform"}


FIRMS = [
    {"district": "haidian", "size": "small", "loans": [ma(50_000_000, "2020-01-01", 12), ma(10_000_000, "2020-04-01", 9)]},
    {"district": "haidian", "size": "small", "loans": [ma(20_000_000, "2020-01-01", 12), ma(8_000_000, "2019-06-15", 12)]},
    {"district": "haidian", "size": "small", "loans": [ma(30_000_000, "2020-11-20", 3)]},
    {"district": "haidian", "size": "small", "loans": [ma(30_000_000, None, 6)]},
    {"district": "haidian", "size": "small", "loans": [rc("2020-01-12", 6), rc("2020-03-02", 6), rc("2020-10-31", 4)]},
    {"district": "haidian", "size": "small", "loans": [rc("2020-01-12", 6), rc("2019-12-31", 24)]},
    {"district": "haidian", "size": "small", "qualifications": {"high_tech_enterprise": True}},
    {"district": "haidian", "size": "small", "qualifications": {"high_tech_enterprise": True},
     "capital_markets": {"direct_financing_approval": "approved", "direct_financing_national_strategy": True,
                         "direct_financing_intermediary_fees": 300_000}},
]


def outcomes(mid: str, readings: dict[str, Any]) -> tuple[list[tuple], list[tuple]]:
    firms = [sc.Firm.model_validate(f) for f in FIRMS]
    a = sc.Assumptions(benchmark_series="pboc", **readings)
    batch = evaluate_columns(CAT, Columns.from_firms(firms), a, measures=[mid])
    st_, amt = batch.status(mid), batch.amount(mid)
    col = [(STATUS[st_[i]], Decimal(int(amt[i])) / 100, sorted(batch.missing(mid, i))) for i in range(len(firms))]
    traced = [(x.status, x.amount, sorted(x.missing)) for x in (evaluate(CAT[mid], f, a, {}) for f in firms)]
    return col, traced


def test_the_columnar_months_inside_the_validity_are_the_traced_ones() -> None:
    for mid in (MA, RC):
        for readings in ({}, {"haidian_interest_subsidy_period": "whole_term"}):
            col, traced = outcomes(mid, readings)
            assert col == traced, (mid, readings)
    col, traced = outcomes(MA, {})
    # firm 0: 40% × 4.75% × (50,000,000 × 309/29 + 10,000,000 × 9) / 12 = 986,034.48 (2020-02-11.. inside)
    assert col[0] == ("eligible", Decimal("986034.48"), [])
    assert col[3] == ("undetermined", Decimal(0), ["loans.0.disbursed_on"])


def test_a_missing_capital_markets_section_is_missing_in_both_evaluators() -> None:
    col, traced = outcomes(BOND, {})
    assert col == traced
    assert col[6] == ("undetermined", Decimal(0), ["capital_markets"])
    assert col[7] == ("eligible", Decimal(150_000), [])  # 50% × 300,000 (给予 50%的中介费用补贴)


def test_the_months_inside_step_names_the_window_in_chinese() -> None:
    a = evaluate(CAT[MA], sc.Firm.model_validate(FIRMS[0]), sc.Assumptions(benchmark_series="pboc"))
    steps = a.words("zh")[1]
    assert any(s.startswith("贷款 0: H1 有效期 2020-02-11..2020-12-31 内的月数") for s in steps), steps


def test_the_interest_paid_limits_only_where_it_is_below_the_benchmark_subsidy() -> None:
    # whole term, 12 months: 40% × 4.75% × 20,000,000 = 380,000 at the benchmark; loan 0 paid 100,000 (limits),
    # loan 1 paid 1,000,000 (does not)
    firm = {"district": "haidian", "size": "small",
            "loans": [ma(20_000_000, "2020-03-01", 12, 100_000), ma(20_000_000, "2020-03-01", 12, 1_000_000)]}
    a = evaluate(CAT[MA], sc.Firm.model_validate(firm),
                 sc.Assumptions(benchmark_series="pboc", haidian_interest_subsidy_period="whole_term"))
    assert str(a.amount) == "480000.00"
    assert any(s.startswith("loan 0: limited to the interest paid") for s in a.steps), a.steps
    assert not any(s.startswith("loan 1: limited to the interest paid") for s in a.steps), a.steps


def test_with_no_validity_window_the_months_inside_name_the_issue_date() -> None:
    # 疫情期间 read to end 2020-01-31, before the issue date 2020-02-11: no window, nothing counted, in either language
    a = evaluate(CAT[MA], sc.Firm.model_validate(FIRMS[0]),
                 sc.Assumptions(benchmark_series="pboc", epidemic_period_end="2020-01-31"))
    assert a.status == "ineligible"
    assert "✗ 贷款 0: 已付息月份均不在 H1 有效期 自 2020-02-11 内（以上措施自印发之日起实施，有效期为新冠肺炎疫情防控期间）" \
        in a.words("zh")[0]


def test_interest_paid_equal_to_the_benchmark_subsidy_does_not_limit_it() -> None:
    # 40% × 4.75% × 20,000,000 × 12/12 = 380,000 at the benchmark, 380,000 paid: not a limiting step
    firm = {"district": "haidian", "size": "small", "loans": [ma(20_000_000, "2020-03-01", 12, 380_000)]}
    a = evaluate(CAT[MA], sc.Firm.model_validate(firm),
                 sc.Assumptions(benchmark_series="pboc", haidian_interest_subsidy_period="whole_term"))
    assert str(a.amount) == "380000.00"
    assert not any("limited to the interest paid" in s for s in a.steps), a.steps
