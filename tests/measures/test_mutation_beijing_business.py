"""City business measures: cases that pin what the sampled mutation run found unpinned (issue 8 §6).

- 停征 fee waivers (特种设备检验费 L1493-L1500, 污水处理费, 占道费 L4560-L4572): a firm that lists no fees is eligible
  with no amount, and its range is 0 .. 0 (never below 0); a fee ruled out by a condition (通州's 因工程建设需要, reading
  road_occupation_construction_only) is named only when a fee list holds one;
- 延期缴纳税款 (L888-L889 "受疫情影响纳税申报困难的中小微企业，可依法办理延期缴纳税款，最长不超过 3个月"): a request
  whose kind is not known is asked, not ruled out as a filing deferral;
- 滑冰滑雪场所水电补贴 (房山 L5637-L5650 "许可证（滑雪场所）"): the permit is noted for a ski venue only, never for a
  venue whose kind is unknown; the rate of the venue's own kind decides whether its area is needed; the subsidy
  step is shown exactly when a rate is supplied.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate

CAT = sc.catalog()
SPECIAL = "beijing.special_equipment_inspection_fee_waiver"
SEWAGE = "beijing.sewage_treatment_fee_waiver"
ROAD = "beijing.road_occupation_fee_waiver"
TAX = "beijing.tax_payment_deferral"
ICE = "beijing.ice_snow_venue_utility_subsidy"
RULED_OUT = "✗ a fee is ruled out: not occupied for construction works (因工程建设需要)"


def run(mid: str, firm: dict[str, Any], **readings: Any) -> sc.Award:
    return evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def sme(**kw: Any) -> dict[str, Any]:
    return {"district": "xicheng", "size": "small", "qualifications": {"heavily_affected": True}, **kw}


@pytest.mark.parametrize("mid", [SPECIAL, SEWAGE, ROAD])
def test_no_fee_list_pays_nothing_in_a_range_of_nothing(mid: str) -> None:
    a = run(mid, sme())
    assert a.status == "eligible"
    assert (a.amount, a.low, a.high) == (0, 0, 0)


def test_a_ruled_out_fee_is_named_only_when_fees_are_listed() -> None:
    a = run(ROAD, sme(), road_occupation_construction_only=True)
    assert a.status == "eligible" and not any(r.startswith("✗ a fee is ruled out") for r in a.reasons), a.reasons
    fees = [{"fee": "road_occupation", "amount": "500", "start": "2020-04-01", "construction_works": False},
            {"fee": "road_occupation", "amount": "300", "start": "2020-04-02", "construction_works": True}]
    a = run(ROAD, sme(fees=fees), road_occupation_construction_only=True)
    assert a.status == "eligible" and a.amount == 300
    assert RULED_OUT in a.reasons
    a = run(ROAD, sme(fees=fees[1:]), road_occupation_construction_only=True)
    assert a.amount == 300 and RULED_OUT not in a.reasons


def test_a_tax_deferral_request_of_unknown_kind_is_asked() -> None:
    firm = {"district": "xicheng", "size": "small", "qualifications": {"tax_payment_difficulty": True},
            "tax_deferrals": [{"due_on": "2020-04-15", "months_requested": 3}]}
    a = run(TAX, firm)
    assert a.status == "undetermined" and a.missing == ["tax_deferrals.0.kind"]
    firm["tax_deferrals"][0]["kind"] = "filing"  # a filing deferral: ruled out (the city rule covers payment)
    assert run(TAX, firm).status == "ineligible"


def venue(**v: Any) -> dict[str, Any]:
    return {"district": "fangshan", "qualifications": {"affected_by_epidemic": True},
            "ice_snow_venue": {"area_m2": "1500", "applied_on": "2020-02-20", "cit_receipts_2017_2019": True, **v}}


PERMIT = "✓ holds the 许可证（滑雪场所）"


def test_the_ski_permit_is_noted_for_a_ski_venue_only() -> None:
    assert PERMIT in run(ICE, venue(kind="snow", ski_permit=True)).reasons
    a = run(ICE, venue(ski_permit=True))  # kind not known
    assert a.status == "undetermined" and a.missing == ["ice_snow_venue.kind"]
    assert PERMIT not in a.reasons, a.reasons
    assert PERMIT not in run(ICE, venue(kind="ice", ski_permit=True)).reasons


def test_the_area_is_needed_for_the_rate_of_the_venues_own_kind() -> None:
    # only the ski-run rate (5 yuan/m², EXTERNAL) supplied: a ski venue without its area is undetermined ...
    snow = venue(kind="snow", ski_permit=True)
    del snow["ice_snow_venue"]["area_m2"]
    a = run(ICE, snow, ice_snow_utility_rate_snow_per_m2=Decimal(5))
    assert a.status == "undetermined" and a.missing == ["ice_snow_venue.area_m2"]
    # ... an ice rink without its area is eligible, unquantified (its own rate is not supplied)
    ice = venue(kind="ice")
    del ice["ice_snow_venue"]["area_m2"]
    a = run(ICE, ice, ice_snow_utility_rate_snow_per_m2=Decimal(5))
    assert a.status == "eligible" and a.amount == 0 and not a.quantified
    assert a.needs == ["assumptions.ice_snow_utility_rate_ice_per_m2"]


def test_the_subsidy_step_is_shown_when_a_rate_is_supplied() -> None:
    a = run(ICE, venue(kind="ice"), ice_snow_utility_rate_ice_per_m2=Decimal(120))
    assert a.amount == 180000
    assert [s for s in a.steps if s.startswith("subsidy: ")] == [
        "subsidy: 120.00 (assumptions.ice_snow_utility_rate_ice_per_m2 (EXTERNAL)) × 1500 (ice surface or ski-run area "
        "(m²)) = 180,000.00"]
    assert not any(s.startswith("subsidy: ") for s in run(ICE, venue(kind="ice")).steps)
