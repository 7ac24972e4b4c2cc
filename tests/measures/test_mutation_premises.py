"""海淀 H1 premises (``measures/haidian/premises.py``): cases that pin what the sampled mutation run found unpinned
(issue 8 §6), on B5/B6 (L3280-L3290: the February 2020 rent of a 海淀 区属国有企业's premises 按市级政策 — 生产经营用房
免收, 办公用房 减半 — and 另…物业费).

- each measure names its own kind of lease, met and not met ("production/business" for B5, "office" for B6);
- the rent step is shown for each lease that qualifies and meets the rent conditions only: not for another lease of the
  firm (a private landlord), nor for a qualifying lease when the firm laid off staff (the property fee alone is then
  relieved under haidian_property_fee_requires_rent_conditions=False).
"""

from __future__ import annotations

from typing import Any

import pytest

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate

CAT = sc.catalog()
PROD = "haidian.district_soe_tenant_relief_feb.production_use"
OFFICE = "haidian.district_soe_tenant_relief_feb.office_use"
OPEN = {"open_or_closed_per_rules": True, "no_layoffs": True}
LAID_OFF = {"open_or_closed_per_rules": True, "no_layoffs": False}
RENT_0 = "lease 0: rent (按市级政策): 100% × 50,000.00 × 29 (days in force in February 2020) / 29 (days of February 2020) " \
         "= 50,000.00"
FEE_0 = "lease 0: property fee (海淀's own): 100% × 8,000.00 × 29 (days in force in February 2020) / 29 (days of " \
        "February 2020) = 8,000.00"


def soe(use: str = "business", **kw: Any) -> dict:
    return {"landlord": "district_soe", "landlord_district": "haidian", "use": use, "monthly_rent": 50_000,
            "property_manager": "district_soe", "relief_recognised": True, "monthly_property_fee": 8_000, **kw}


def run(mid: str, *leases: dict, q: dict = OPEN, **readings: Any) -> sc.Award:
    firm = {"district": "haidian", "size": "small", "leases": list(leases), "qualifications": q}
    return evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


@pytest.mark.parametrize(("mid", "use", "kind"), [(PROD, "business", "production/business"),
                                                  (OFFICE, "office", "office")])
def test_each_measure_names_its_kind_of_lease(mid: str, use: str, kind: str) -> None:
    a = run(mid, soe(use))
    assert a.status == "eligible" and f"✓ {kind} lease(s) of 海淀 district-SOE premises" in a.reasons
    other = "office" if use == "business" else "business"
    a = run(mid, soe(other))
    assert a.status == "ineligible"
    assert a.reasons[-1] == f"✗ no {kind} lease of a 海淀 区属国有企业's premises in force in February 2020"


def test_the_rent_step_only_for_a_qualifying_lease_meeting_the_rent_conditions() -> None:
    a = run(PROD, soe(), soe(landlord="private", property_manager="other"))
    assert a.amount == 58_000
    assert a.steps == [RENT_0, FEE_0, "relief: 58,000.00"]
    a = run(PROD, soe(), q=LAID_OFF, haidian_property_fee_requires_rent_conditions=False)
    assert a.status == "eligible" and a.amount == 8_000
    assert RENT_0 not in a.steps and FEE_0 in a.steps, a.steps
