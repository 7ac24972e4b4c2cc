"""City one-off SI subsidy and hardship UI refund (measures/beijing/social_insurance_subsidies.py): cases that pin
what the sampled mutation run found unpinned (issue 8 §6).

- The 2019 lay-off rate (门头沟 M1 L5935-L5937, "2019 年度裁员率=1-(2019 年 12 月失业保险参保人数+2019 年自然减员人数)/2018 年
  12月失业保险参保人数"): the step shows the formula and its exact value, and the reason repeats the value.
- 不少于 (L5972, "2020 年前 4 个月月均缴纳失业保险费人数,不少于 2019 年月均缴纳失业保险费人数"): with one of the two averages
  unknown the comparison is not made — the award asks for the unknown average once, and only for it.
"""

from __future__ import annotations

from typing import Any

import pytest

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate

CAT = sc.catalog()
SI = "beijing.one_off_social_insurance_subsidy"
UI = "beijing.hardship_unemployment_insurance_refund"
M = {"ui_refund_monthly_benefit": "1500"}   # illustrative M (not in the seed)


def run(mid: str, firm: dict[str, Any], **readings: Any) -> sc.Award:
    return evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def ui_firm(d18: int, d19: int, attrition: int) -> dict[str, Any]:
    return {
        "district": "mentougou",
        "qualifications": {"heavily_affected": True, "temporary_difficulty": True, "no_layoffs": True,
                           "serious_dishonesty_list": False, "job_stabilisation_measures": True},
        "workforce": {"ui_paid_months": 60, "ui_insured_dec_2018": d18, "ui_insured_dec_2019": d19,
                      "natural_attrition_2019": attrition, "ui_insured_employees": 40},
        "finances": {"profit_tax_change_2019": "-0.6", "losses_two_consecutive_quarters": True, "loss_q1_2020": True},
    }


@pytest.mark.parametrize(("d18", "d19", "attrition", "rate"), [
    (42, 40, 1, "1 − (40 + 1) / 42 = 1/42 (2.380952…%)"),
    (50, 47, 1, "1 − (47 + 1) / 50 = 4%"),
])
def test_the_lay_off_rate_is_the_texts_formula(d18: int, d19: int, attrition: int, rate: str) -> None:
    a = run(UI, ui_firm(d18, d19, attrition), **M)
    assert a.status == "eligible"
    assert f"2019 lay-off rate (2019 年度裁员率): {rate}" in a.steps
    value = rate.split(" = ")[1]
    assert f"✓ 2019 年度未裁员或裁员率低于 5.2%: lay-off rate {value}, no lay-offs (未裁员): unknown" in a.reasons


@pytest.mark.parametrize(("h19", "h20", "missing"), [
    (50, None, "workforce.ui_insured_avg_2020_jan_apr"),
    (None, 55, "workforce.ui_insured_avg_2019"),
])
def test_one_average_unknown_is_asked_for_once(h19: Any, h20: Any, missing: str) -> None:
    firm = {"district": "chaoyang", "size": "small", "ownership": "private",
            "qualifications": {"fits_capital_function": True, "in_restricted_catalog": False},
            "workforce": {"ui_insured_avg_2019": h19, "ui_insured_avg_2020_jan_apr": h20,
                          "employer_si_paid_2020_feb_apr": "180000"}}
    a = run(SI, firm)
    assert a.status == "undetermined" and a.missing == [missing]
    assert [r for r in a.reasons if r.startswith("?")] == [f"? {a.reasons[-1][2:]}"]
    assert not any(r.startswith("✗") for r in a.reasons)
