"""门头沟: cases that pin what the sampled mutation run found unpinned (issue 8 §6).

- 四 1. (L6033-L6046) "年度内累计招用本区城乡劳动力 5人以上(含 5人)": the step of the scale-hiring subsidy names the
  lowest tier's head-count (5), on both sides of it (4 hires: "fewer than 5"; 5 hires: "≥ 5"), not another tier's;
- 一(二) 2. (L5886-L5888) "以本市上年度职工月平均工资标准的60%为最高补贴基数": the reading that supplies that cap is a
  figure in yuan, never negative (0 is allowed, −0.01 is refused).
"""

from __future__ import annotations

from decimal import Decimal

import pydantic
import pytest

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate

CAT = sc.catalog()
SCALE = "mentougou.scale_hiring_one_off_job_subsidy"


def hires(count: int) -> sc.Firm:
    return sc.Firm.model_validate({"district": "mentougou", "hires": [
        {"group": "urban_rural_labor", "hukou_district": "mentougou", "count": count, "contract_months": 12,
         "hired_on": "2020-03-01", "social_insurance_paid": True, "wage_at_least_minimum": True}]})


@pytest.mark.parametrize(("count", "status", "reason"), [
    (4, "ineligible", "✗ fewer than 5 qualifying hires of 门头沟 urban-rural labour in a year (5人以上(含 5人))"),
    (5, "eligible", "✓ ≥ 5 qualifying hires of 门头沟 urban-rural labour in a year with ≥ 1-year contracts and social "
                    "insurance paid"),
    (30, "eligible", "✓ ≥ 5 qualifying hires of 门头沟 urban-rural labour in a year with ≥ 1-year contracts and social "
                     "insurance paid"),  # the top tier (30人以上) is reached; the condition still names 5
])
def test_the_scale_condition_names_the_lowest_tier(count: int, status: str, reason: str) -> None:
    a = evaluate(CAT[SCALE], hires(count), sc.Assumptions())
    assert a.status == status
    assert reason in (a.reasons if status == "ineligible" else a.steps + a.reasons), (a.reasons, a.steps)


def test_the_district_si_base_cap_is_never_negative() -> None:
    assert sc.Assumptions(mentougou_district_si_base_cap_monthly=Decimal(0)).mentougou_district_si_base_cap_monthly == 0
    with pytest.raises(pydantic.ValidationError, match="mentougou_district_si_base_cap_monthly"):
        sc.Assumptions(mentougou_district_si_base_cap_monthly=Decimal("-0.01"))


