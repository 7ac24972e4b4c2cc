"""西城 (西政办发〔2020〕1号): cases that pin what the sampled mutation run found unpinned (issue 8 §6).

- （八） L672-L674 "展期 3至 6个月": every agreed length of 3, 4, 5 and 6 months fixes its own new maturity;
- （十三） L807-L813: a reduction straddling 疫情期间 shows the part inside it as its step;
- （十三） L801-L805: the office and the production/business measures name their own use in their reasons;
- （十三） L811 "可适当延长减免期": the extension is a number of months ≥ 0 (a negative one is refused).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate

CAT = sc.catalog()
PLEDGE = "xicheng.stock_pledge_extension"
PROD = "xicheng.soe_rent_exemption_feb"
OFFICE = "xicheng.soe_office_rent_reduction_feb"
LANDLORD = "xicheng.landlord_rent_reduction_subsidy"
OK = {"open_or_closed_per_rules": True, "no_layoffs": True}


def run(mid: str, firm: dict[str, Any], **readings: Any) -> sc.Award:
    return evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


@pytest.mark.parametrize(("months", "new_due"), [(3, "2020-06-16"), (4, "2020-07-16"), (5, "2020-08-16"),
                                                 (6, "2020-09-16")])
def test_pledge_each_agreed_extension_fixes_its_own_maturity(months: int, new_due: str) -> None:
    """L672-L674 展期 3至 6个月: a pledge maturing 2020-03-16 extended by the months agreed."""
    firm = {"district": "xicheng", "size": "small", "capital_markets": {"stock_pledges": [
        {"matures_on": "2020-03-16", "repayment_difficulty": True, "pledgee_district": "xicheng",
         "extension_months": months}]}}
    effect = run(PLEDGE, firm).effects["deferral capital_markets.stock_pledges 0"]
    assert effect.startswith(f"matures 2020-03-16 → {new_due} (an extension of {months} months")


def test_landlord_reduction_straddling_the_epidemic_period_steps_its_days_inside() -> None:
    """L807-L813 (疫情期间 from 2020-01-24 by default): 3,000 waived over 2019-12-01 … 2020-02-29 (91 days), 37 of
    them inside → 3,000 × 37 / 91 = 1,219.78…, subsidy 30% = 365.93."""
    firm = {"district": "xicheng", "size": "large", "rent_relief_granted": [
        {"tenant_size": "small", "amount": "3000", "period_start": "2019-12-01", "period_end": "2020-02-29",
         "recognised": True}]}
    a = run(LANDLORD, firm)
    assert (a.status, a.amount) == ("eligible", Decimal("365.93"))
    assert a.steps[0] == ("rent relief 0: rent waived within 疫情期间: 3,000.00 × 37 (days within 疫情期间) / 91 "
                          "(days relieved) = 1,219.780219…")
    # wholly inside (2020-02-01 … 2020-02-29), or not counted (a large tenant): no such step
    firm["rent_relief_granted"] = [{**firm["rent_relief_granted"][0], "period_start": "2020-02-01"},
                                   {**firm["rent_relief_granted"][0], "tenant_size": "large"}]
    a = run(LANDLORD, firm)
    assert (a.status, a.amount) == ("eligible", Decimal("900.00"))
    assert not any("rent waived within 疫情期间:" in s for s in a.steps)


def _lessee(landlord: str, use: str) -> dict[str, Any]:
    return {"district": "xicheng", "size": "small", "qualifications": OK, "leases": [
        {"landlord": landlord, "landlord_district": "xicheng", "use": use, "monthly_rent": "100"}]}


def test_rent_reasons_name_the_measure_s_use() -> None:
    """L801-L803 生产经营 vs L803-L805 办公用房."""
    assert "✗ no office lease of a 西城 区属国有企业's premises" in run(OFFICE, _lessee("city_soe", "office")).reasons
    assert ("✗ no production/business lease of a 西城 区属国有企业's premises"
            in run(PROD, _lessee("city_soe", "business")).reasons)
    assert "✓ office lease(s) of 西城 district-SOE premises" in run(OFFICE, _lessee("district_soe", "office")).reasons
    assert ("✓ production/business lease(s) of 西城 district-SOE premises"
            in run(PROD, _lessee("district_soe", "business")).reasons)


@pytest.mark.parametrize("months", [-1, 11])
def test_rent_extension_is_0_to_10_months(months: int) -> None:
    """L811 可适当延长减免期 gives no length: none by default, at most the 10 months after February left in 2020 (to
    December, the end of the document's validity, L1072-L1074)."""
    assert sc.Assumptions().xicheng_rent_extension_months == 0
    assert sc.Assumptions(xicheng_rent_extension_months=0).xicheng_rent_extension_months == 0
    assert sc.Assumptions(xicheng_rent_extension_months=10).xicheng_rent_extension_months == 10
    with pytest.raises(ValidationError):
        sc.Assumptions(xicheng_rent_extension_months=months)


def test_pledge_range_of_maturities_shown_only_for_a_covered_pledge() -> None:
    """L672-L674 (驻区金融机构 … 展期 3至 6个月): with the extension not yet agreed, the new maturity is a range (3 to 6
    months on) for the covered pledge only; a pledge with a 海淀 pledgee is not covered and gets no range."""
    firm = {"district": "xicheng", "size": "small", "capital_markets": {"stock_pledges": [
        {"matures_on": "2020-03-16", "repayment_difficulty": True, "pledgee_district": "xicheng"},
        {"matures_on": "2020-04-20", "repayment_difficulty": True, "pledgee_district": "haidian"}]}}
    text = run(PLEDGE, firm).explain()
    assert text.count("new maturity, at the earliest") == 1 and text.count("new maturity, at the latest") == 1
    assert "2020-06-16" in text and "2020-09-16" in text
    assert "2020-07-20" not in text and "2020-10-20" not in text
