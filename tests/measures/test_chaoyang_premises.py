"""朝阳's item 2 (L2889-L2897 "承租区属国有企业京内房产" / "区属事业单位京内房产"): 京内 is one fact set once —
a lease whose premises' district is given is in Beijing; ``premises_in_beijing`` is asked only when it is not.
(issue 8 §3; the same derivation as 大兴's, tested in test_daxing.py.)
"""

from __future__ import annotations

from typing import Any

import pytest

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate

CAT = sc.catalog()
PROD = "chaoyang.district_soe_rent_relief.production_use"
OFFICE = "chaoyang.district_soe_rent_relief.office_use"
INST = "chaoyang.district_institution_rent_relief"


def run(mid: str, firm: dict[str, Any]) -> sc.Award:
    return evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions())


def lease(landlord: str, use: str, **kw: Any) -> dict[str, Any]:
    """A lease in force Feb–Apr 2020 from a 朝阳 landlord, relief recognised, 京内 not stated."""
    return {"landlord": landlord, "landlord_district": "chaoyang", "use": use, "monthly_rent": "60000",
            "relief_recognised": True, **kw}


def tenant(*leases: dict[str, Any]) -> dict[str, Any]:
    return {"district": "chaoyang", "size": "small", "leases": list(leases),
            "qualifications": {"open_or_closed_per_rules": True, "no_layoffs": True}}


CASES = [(PROD, "district_soe", "business"), (OFFICE, "district_soe", "office"),
         (INST, "institution", "business")]


@pytest.mark.parametrize(("mid", "landlord", "use"), CASES)
@pytest.mark.parametrize("district", ["chaoyang", "haidian", "daxing"])
def test_a_beijing_premises_district_means_jingnei(mid: str, landlord: str, use: str, district: str) -> None:
    explicit = run(mid, tenant(lease(landlord, use, premises_in_beijing=True)))
    derived = run(mid, tenant(lease(landlord, use, premises_district=district)))
    assert explicit.status == "eligible" and explicit.amount > 0
    assert derived.status == explicit.status and derived.amount == explicit.amount
    assert "leases.0.premises_in_beijing" not in derived.missing


@pytest.mark.parametrize(("mid", "landlord", "use"), CASES)
def test_neither_fact_given_asks_for_jingnei(mid: str, landlord: str, use: str) -> None:
    a = run(mid, tenant(lease(landlord, use)))
    assert a.status == "undetermined" and "leases.0.premises_in_beijing" in a.missing


@pytest.mark.parametrize(("mid", "landlord", "use"), CASES)
def test_premises_outside_beijing_are_refused(mid: str, landlord: str, use: str) -> None:
    assert run(mid, tenant(lease(landlord, use, premises_in_beijing=False))).status == "ineligible"
    # a contradiction (a Beijing district, yet outside Beijing) follows the explicit flag: refused
    contradiction = lease(landlord, use, premises_district="chaoyang", premises_in_beijing=False)
    assert run(mid, tenant(contradiction)).status == "ineligible"
