"""海淀 H1 capital markets (``measures/haidian/capital_markets.py``): cases that pin what the sampled mutation run
found unpinned (issue 8 §6), on B17 并购贷款贴息 (L3392-L3394 "对通过并购贷款融资的企业，付息后按基准利率的 40％予以补贴，
补贴上限为200万元"; H1's validity L3492-L3494 "以上措施自印发之日起实施，有效期为新冠肺炎疫情防控期间").

- the reason of a loan whose paid months lie wholly outside the validity names the validity window
  (2020-02-11..2020-12-31), and "from 2020-02-11" (自 2020-02-11) when the epidemic period is read to end before
  the issue date (no window);
- the months counted are a step only for a loan whose paid months lie partly outside the validity;
- by default the 200万元 cap is per firm: two loans of 1,140,000 each pay 2,000,000, not 2,280,000;
- per loan (reading haidian_ma_cap_scope = loan), the capping step is shown only for a loan over the cap (not at it).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate

CAT = sc.catalog()
MA = "haidian.ma_loan_interest_subsidy"
WHOLE = {"haidian_interest_subsidy_period": "whole_term"}
TAIL_EN = " (以上措施自印发之日起实施，有效期为新冠肺炎疫情防控期间)"
TAIL_ZH = " 内（以上措施自印发之日起实施，有效期为新冠肺炎疫情防控期间）"


def ma(principal: int, on: str = "2020-04-01", months_paid: int = 12) -> dict[str, Any]:
    """An M&A loan of 36 months with interest of 6% a year paid on its paid months."""
    return {"principal": principal, "disbursed_on": on, "term_months": 36, "interest_months_paid": months_paid,
            "ma_loan": True, "interest_paid": str(Decimal(principal) * months_paid * 6 / 1200)}


def run(*loans: dict, **readings: Any) -> sc.Award:
    firm = {"district": "haidian", "size": "small", "loans": list(loans)}
    return evaluate(CAT[MA], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def test_a_loan_outside_the_validity_names_the_window() -> None:
    a = run(ma(50_000_000, on="2019-01-01"))  # paid 2019-01..2019-12, before the issue date 2020-02-11
    assert a.status == "ineligible"
    assert "✗ loan 0: its months of interest paid lie outside H1's validity 2020-02-11..2020-12-31" + TAIL_EN \
        in a.reasons, a.reasons
    assert "✗ 贷款 0: 已付息月份均不在 H1 有效期 2020-02-11..2020-12-31" + TAIL_ZH in a.words("zh")[0]


def test_with_no_validity_window_the_reason_names_the_issue_date() -> None:
    a = run(ma(50_000_000, on="2019-01-01"), epidemic_period_end="2020-01-31")  # ends before the issue date
    assert a.status == "ineligible"
    assert "✗ loan 0: its months of interest paid lie outside H1's validity from 2020-02-11" + TAIL_EN in a.reasons
    assert "✗ 贷款 0: 已付息月份均不在 H1 有效期 自 2020-02-11" + TAIL_ZH in a.words("zh")[0]


def test_the_months_counted_are_a_step_only_when_some_paid_months_lie_outside() -> None:
    # loan 0: paid 2020-01-01..2020-12-31, 2020-02-11.. inside: 19/29 + 10 = 309/29 months; loan 1: 9 months, all in
    a = run(ma(50_000_000, on="2020-01-01"), ma(10_000_000, months_paid=9), benchmark_series="pboc")
    assert str(a.amount) == "986034.48"  # 40% × 4.75% × (50,000,000 × 309/29 + 10,000,000 × 9) / 12
    assert "loan 0: months inside H1's validity 2020-02-11..2020-12-31: 309 / 29 = 309/29 (10.655172…)" in a.steps
    assert not any(s.startswith("loan 1: months") for s in a.steps), a.steps


def test_the_cap_is_per_firm_by_default() -> None:
    # 40% × 4.75% × 60,000,000 × 12/12 = 1,140,000 a loan; 2,280,000 together → 2,000,000 (补贴上限为200万元)
    assert str(run(ma(60_000_000), ma(60_000_000), benchmark_series="pboc", **WHOLE).amount) == "2000000.00"


def test_per_loan_the_capping_step_is_shown_only_over_the_cap() -> None:
    # 120,000,000 → 2,280,000 → 2,000,000; 10,000,000 → 190,000 (not capped)
    a = run(ma(120_000_000), ma(10_000_000), benchmark_series="pboc", haidian_ma_cap_scope="loan", **WHOLE)
    assert str(a.amount) == "2190000.00"
    assert any(s.startswith("loan 0: capped per loan (补贴上限为200万元") for s in a.steps), a.steps
    assert not any(s.startswith("loan 1: capped per loan") for s in a.steps), a.steps


def test_per_loan_a_subsidy_at_the_cap_is_not_capped() -> None:
    # 120,000,000 → 2,280,000 at the benchmark, limited to the 2,000,000 of interest paid: at the cap (上限), not over
    loan = {**ma(120_000_000), "interest_paid": "2000000"}
    a = run(loan, benchmark_series="pboc", haidian_ma_cap_scope="loan", **WHOLE)
    assert str(a.amount) == "2000000.00"
    assert not any("capped per loan" in s for s in a.steps), a.steps
