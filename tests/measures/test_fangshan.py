"""房山区: the three quantified entries of catalog 06 (F1, seed L5607-L5680) restate city rules and are aliases of
``beijing.*`` measures (ERRATA_04_06 findings 4, 7, 10); 房山 has no measure of its own (F2/F3 carry no number).
These tests check that every 房山 catalog id resolves, that the 房山 text is a source of the city measure, and that
a 房山 firm is not limited by a district test on those city rules.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import subsidycalc as sc
from subsidycalc.engine.sources import in_seed

CAT = sc.catalog()
ALIASES = {
    "fangshan.ice_snow_si_deferral_to_july": "beijing.si_deferral_to_july_key_industries",
    "fangshan.ice_snow_venue_utility_subsidy": "beijing.ice_snow_venue_utility_subsidy",
    "fangshan.soe_rent_reduction_feb": "beijing.soe_rent_reduction_feb",
}


@pytest.mark.parametrize(("alias", "city"), list(ALIASES.items()))
def test_fangshan_ids_resolve_to_city_measures(alias: str, city: str) -> None:
    m = CAT[alias]
    assert m.id == city and m.district == "beijing"
    fangshan = [s for s in m.sources if "房山区" in s.issuer]
    assert fangshan, f"{city} does not list the 房山 restatement among its sources"
    assert all(in_seed(s.quote) for s in fangshan)


def test_no_district_measure_of_fangshan() -> None:
    assert len(CAT.filter(district="fangshan")) == 0


def test_fangshan_tenant_of_a_district_soe_gets_the_city_rule() -> None:
    # L5656-L5660: 承租京内市及区属国有企业房产 … 免收 2月份房租: 100% × 30,000 = 30,000
    firm = {"district": "fangshan", "size": "small",
            "qualifications": {"open_or_closed_per_rules": True, "no_layoffs": True},
            "leases": [{"landlord": "district_soe", "landlord_district": "fangshan", "premises_district": "fangshan",
                        "premises_in_beijing": True, "use": "business", "monthly_rent": "30000"}]}
    a = sc.estimate(firm)["fangshan.soe_rent_reduction_feb"]
    assert a.measure_id == "beijing.soe_rent_reduction_feb"
    assert a.status == "eligible" and a.amount == Decimal("30000.00")


def test_example_firm_fangshan_ski_resort() -> None:
    """examples/firms/fangshan_ski_resort.json: several city measures 房山 restates, at once."""
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "examples/firms/fangshan_ski_resort.json"
    r = sc.estimate(json.loads(path.read_text(encoding="utf-8")))
    # February rent (房山 restatement of the city rule, L5652-L5662): lease 0, 房山 区属国企, business: 100% × 80,000
    # = 80,000; lease 1, 市属国企, office: 50% × 20,000 = 10,000 → 90,000
    rent = r["fangshan.soe_rent_reduction_feb"]
    assert (rent.status, rent.amount) == ("eligible", Decimal("90000.00"))
    # one-off SI subsidy (city rule, 门头沟 L5966-L5997): growth (78 − 75) / 75 = 4% ∈ [0, 20%) → 30% × 260,000 =
    # 78,000 ≤ cap 6,315 × 78 = 492,570
    assert r["beijing.one_off_social_insurance_subsidy"].amount == Decimal("78000.00")
    # ice/snow venue utility subsidy (L5623-L5650): eligible, '适当额度' — no number in the text
    ice = r["fangshan.ice_snow_venue_utility_subsidy"]
    assert ice.status == "eligible" and not ice.quantified
    # end-July SI deferral for 冰雪体育 firms (L5627-L5635): eligible, relief in time, not yuan
    assert r["fangshan.ice_snow_si_deferral_to_july"].status == "eligible"
    assert r.total == Decimal("168000.00")  # 90,000 + 78,000
