"""City hire subsidies (measures/beijing/hiring.py): cases that pin what the sampled mutation run found unpinned
(issue 8 §6).

- 次月起 90日内 (门头沟 M1 L5850-L5852, "履行劳动合同且实际缴纳社会保险费每满半年或一年的企业,可于次月起 90日内提出申请"): the
  first day of the next month is the same for one firm (the scalar table) and for many (the vector table), across
  month ends, the leap day and the year end; a batch with no full half-year performed yet has no claim window, and a
  hire that does not qualify gets none either.
- The other registered unemployed (L5839-L5845, "基本养老保险补贴 16%,失业保险补贴 0.8%,医疗保险补贴 10%,以各险种最低
  缴费基数为补贴基数"): their subsidy is on the minimum bases, so a hire's own contribution base is not asked for
  (it is for the priority groups, L5833-L5837, "低于 60%的,以实际缴费基数为补贴基数").
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import numpy as np
import pytest

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate
from subsidycalc.measures.beijing import hiring

CAT = sc.catalog()
PRI = "beijing.hire_subsidy.priority_groups"
OTH = "beijing.hire_subsidy.other_registered_unemployed"
REF = {"hire_subsidy_base_cap_monthly": Decimal(5000), "si_min_base_medical_monthly": Decimal(4500),
       "si_min_base_pension_monthly": Decimal(4500), "si_min_base_unemployment_monthly": Decimal(4500)}


def run(mid: str, firm: dict[str, Any], **readings: Any) -> sc.Award:
    return evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def hire(group: str, **more: Any) -> dict[str, Any]:
    h = {"group": group, "count": 1, "contract_months": 36, "social_insurance_paid": True,
         "monthly_wage_at_least_1_2x_minimum": True, "months_performed": 12, "contribution_base": "4000",
         "one_off_si_subsidy_share": "0", "hired_on": "2019-03-01"}
    return {**h, **more}


def hire_firm(*hires: dict[str, Any]) -> dict[str, Any]:
    return {"district": "dongcheng", "hires": list(hires)}


DAYS = [date(2019, 12, 31), date(2020, 1, 1), date(2020, 1, 31), date(2020, 2, 28), date(2020, 2, 29),
        date(2020, 3, 1), date(2020, 12, 31), date(1970, 1, 1), date(1969, 12, 31), date(2021, 6, 15)]


def test_first_of_next_month_is_the_same_for_one_firm_and_for_many() -> None:
    t = hiring.FIRST_OF_NEXT_MONTH
    opens, unknown = t.vector(np.array([d.toordinal() for d in DAYS], dtype=np.int64))
    assert not unknown.any()
    expected = [t.scalar(d)[0] for d in DAYS]
    assert [date.fromordinal(int(o)) for o in opens] == expected
    assert expected[:5] == [date(2020, 1, 1), date(2020, 2, 1), date(2020, 2, 1), date(2020, 3, 1), date(2020, 3, 1)]


@pytest.mark.parametrize(("months", "window"), [
    (5, None),                                    # no full half-year yet: nothing to claim
    (6, "2019-09-01..2019-11-29"),               # hired 2019-03-01, half-year done 2019-08-31: 次月起 90日内
    (12, "2020-03-01..2020-05-29"),
])
def test_a_claim_window_only_after_a_full_half_year(months: int, window: str | None) -> None:
    a = run(PRI, hire_firm(hire("priority_groups", months_performed=months)), **REF)
    assert a.status == "eligible"
    if window is None:
        assert "apply hires 0" not in a.effects
    else:
        assert f"claim {window} " in a.effects["apply hires 0"]


def test_no_claim_window_for_a_hire_that_does_not_qualify() -> None:
    a = run(PRI, hire_firm(hire("priority_groups"), hire("priority_groups", contract_months=11)), **REF)
    assert a.status == "eligible"
    assert "apply hires 0" in a.effects and "apply hires 1" not in a.effects


def test_other_registered_unemployed_need_no_contribution_base() -> None:
    h = {k: v for k, v in hire("registered_unemployed").items() if k != "contribution_base"}
    a = run(OTH, hire_firm(h), **REF)
    # 16% × 4,500 + 0.8% × 4,500 + 10% × 4,500 = 1,206 a month × 12 = 14,472
    assert a.status == "eligible" and a.amount == Decimal("14472.00")
    h = {k: v for k, v in hire("priority_groups").items() if k != "contribution_base"}
    a = run(PRI, hire_firm(h), **REF)
    assert a.status == "undetermined" and a.missing == ["hires.0.contribution_base"]
