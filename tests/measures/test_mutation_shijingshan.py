"""石景山: cases that pin what the sampled mutation run found unpinned (issue 8 §6).

Item on SOE / collective rent (L4765-L4769, "免收一个月房租，后续按50%给予租金优惠", to the end of 疫情防控期间):
- the steps "free month(s) leased" / "later months leased" appear for a relieved lease covering a month in part only —
  not for whole months, not for a lease that is not relieved;
- under the reading shijingshan_rent_free_month_per_lease, a lease's own free month runs from its start to the day
  before the same day a month later (2020-03-10 … 2020-04-09: 31 days), so a lease ending 2020-03-20 is free for
  11/31 of a month.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate

CAT = sc.catalog()
RENT = "shijingshan.soe_collective_rent_reduction"
TENANT = {"district": "shijingshan", "size": "small", "qualifications": {"fits_district_positioning": True}}


def run(firm: dict[str, Any], **readings: Any) -> sc.Award:
    return evaluate(CAT[RENT], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def lease(landlord: str = "district_soe", **kw: Any) -> dict:
    return {"landlord": landlord, "landlord_district": "shijingshan", "use": "office", "monthly_rent": "20000", **kw}


def firm(*leases: dict) -> dict:
    return {**TENANT, "leases": list(leases)}


def _steps(a: sc.Award, name: str) -> list[str]:
    return [s for s in a.steps if f": {name}:" in s]


def test_whole_months_show_no_month_count_steps() -> None:
    """February free (100% × 20,000), March–December at 50%: 20,000 + 10 × 10,000 = 120,000."""
    a = run(firm(lease()))
    assert a.amount == Decimal("120000.00")
    assert _steps(a, "free month(s) leased") == [] and _steps(a, "later months leased") == []


def test_a_lease_ending_mid_june_shows_its_later_months() -> None:
    """Ends 2020-06-15: March, April, May whole and 15/30 of June → 3.5 later months: 20,000 + 3.5 × 10,000."""
    a = run(firm(lease(ends_on="2020-06-15"), lease("private", ends_on="2020-02-15")))
    assert a.amount == Decimal("55000.00")
    later = _steps(a, "later months leased")
    assert len(later) == 1 and later[0].startswith("lease 0: later months leased:") and later[0].endswith("= 3.50")
    # the private landlord's lease covers half of February but is not relieved: no step for it
    assert _steps(a, "free month(s) leased") == []


def test_own_free_month_per_lease_ends_the_day_before_a_month_later() -> None:
    a = run(firm(lease(starts_on="2020-03-10", ends_on="2020-03-20")), shijingshan_rent_free_month_per_lease=True)
    assert a.amount == Decimal("7096.77")  # 20,000 × 11/31
    assert _steps(a, "free month(s) leased") == [
        "lease 0: free month(s) leased: 1 × max(0, 10 + 1) / (30 + 1) = 11/31 (0.354838…)"]
