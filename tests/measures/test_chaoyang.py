"""朝阳区 (朝政办发〔2020〕2号, catalog 03 Part A as corrected by ERRATA_01_03): worked examples with their seed
lines and the arithmetic by hand, GC1 with its epidemic-control exemption, readings, properties and stacking.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate
from subsidycalc.engine.estimate import run as run_catalog
from subsidycalc.engine.money import round_fen
from subsidycalc.measures import chaoyang

CAT = sc.catalog()
PROD = "chaoyang.district_soe_rent_relief.production_use"
OFFICE = "chaoyang.district_soe_rent_relief.office_use"
INST = "chaoyang.district_institution_rent_relief"
COLL = "chaoyang.collective_org_rent_relief_encouraged"
CARRIER = "chaoyang.innovation_carrier_rent_reduction_reward"
POOL = "chaoyang.special_fund_pool"
OFFICE_BLDG = "chaoyang.office_building_rent_reduction_reward"
MALL = "chaoyang.mall_rent_reduction_reward"
RND = "chaoyang.epidemic_rnd_breakthrough_reward"
SUPPLY = "chaoyang.epidemic_supply_contribution_reward"
OWN = [POOL, PROD, OFFICE, INST, COLL, CARRIER, OFFICE_BLDG, MALL, RND, SUPPLY]


def run(mid: str, firm: dict[str, Any], **readings: Any) -> sc.Award:
    return evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def lease(landlord: str = "district_soe", use: str = "business", rent: str = "60000", **kw: Any) -> dict[str, Any]:
    """A lease in force throughout Feb–Apr 2020 whose relief was recognised (经认定后)."""
    return {"landlord": landlord, "landlord_district": "chaoyang", "use": use, "monthly_rent": rent,
            "premises_in_beijing": True, "relief_recognised": True, **kw}


def tenant(*leases: dict[str, Any], **kw: Any) -> dict[str, Any]:
    """A 朝阳-registered-and-taxed small firm that stayed open and laid no one off."""
    return {"district": "chaoyang", "size": "small", "leases": list(leases),
            "qualifications": {"open_or_closed_per_rules": True, "no_layoffs": True}, **kw}


def carrier(*relief: dict[str, Any], kind: str = "maker_space", **kw: Any) -> dict[str, Any]:
    return {"district": "chaoyang", "landlord_premises_type": kind, "rent_relief_granted": list(relief), **kw}


def relief(amount: str, district: str = "chaoyang", start: str = "2020-02-01", end: str = "2020-04-30",
           **kw: Any) -> dict[str, Any]:
    """A recognised (经行业主管部门认定) reduction for a small 朝阳 tenant, Feb–Apr 2020 by default."""
    return {"tenant_size": "small", "tenant_district": district, "amount": amount, "period_start": start,
            "period_end": end, "recognised": True, **kw}


# =====================================================================================================
# Every 朝阳 catalog id resolves: the district's own measures here, the city restatements as aliases
# =====================================================================================================
CITY_ALIASES = {
    "chaoyang.special_equipment_inspection_fee_waiver": "beijing.special_equipment_inspection_fee_waiver",
    "chaoyang.sewage_treatment_fee_waiver": "beijing.sewage_treatment_fee_waiver",
    "chaoyang.road_occupation_fee_waiver": "beijing.road_occupation_fee_waiver",
    "chaoyang.tax_filing_and_payment_deferral": "beijing.tax_payment_deferral",
    "chaoyang.si_contribution_deferral_to_march": "beijing.si_deferral_to_march",
    "chaoyang.si_contribution_deferral_to_july_key_industries": "beijing.si_deferral_to_july_key_industries",
    "chaoyang.hardship_ui_premium_refund": "beijing.hardship_unemployment_insurance_refund",
    "chaoyang.one_off_si_subsidy": "beijing.one_off_social_insurance_subsidy",
    "chaoyang.skills_training_subsidy": "beijing.skills_training_subsidy",
}
# the city business module (fee waivers, tax deferral) is another engineer's; its aliases appear when it lands
EMPLOYMENT_ALIASES = {k: v for k, v in CITY_ALIASES.items() if "fee_waiver" not in k and "tax_" not in k}


@pytest.mark.parametrize("mid", OWN)
def test_own_ids_are_chaoyang_measures(mid: str) -> None:
    m = CAT[mid]
    assert m.id == mid and m.district == "chaoyang"
    assert m.sources[0].document is chaoyang.DOC and m.sources[-1] == chaoyang.SCOPE_SOURCE


@pytest.mark.parametrize(("alias", "canonical"), sorted(EMPLOYMENT_ALIASES.items()))
def test_city_restatements_resolve_to_city_measures(alias: str, canonical: str) -> None:
    assert CAT[alias].id == canonical and CAT[canonical].district == "beijing"


def test_no_city_rule_is_encoded_twice_here() -> None:
    ids = {m.id for m in CAT.filter(district="chaoyang")}
    assert ids == set(OWN)
    assert not ids & set(CITY_ALIASES)


# =====================================================================================================
# chaoyang.district_soe_rent_relief.production_use — L2889-L2893
# =====================================================================================================
@pytest.mark.parametrize(("firm", "readings", "expected"), [
    # ex. 1: 60,000/month, stayed open, no lay-offs: 60,000 + 30,000 + 30,000 = 120,000
    (tenant(lease()), {}, "120000.00"),
    # ex. 2: lease starts 2020-03-01 at 40,000: Feb 0 + 20,000 + 20,000 = 40,000
    (tenant(lease(rent="40000", starts_on="2020-03-01")), {}, "40000.00"),
    # ex. 2: lease ends 2020-02-15 at 29,000: 29,000 × 15/29 = 15,000, all waived
    (tenant(lease(rent="29000", ends_on="2020-02-15")), {}, "15000.00"),
    # same, reading whole_month: the partly leased February counts at its full 29,000
    (tenant(lease(rent="29000", ends_on="2020-02-15")), {"chaoyang_rent_partial_months": "whole_month"}, "29000.00"),
    # a lease that ended in January or starts in May: nothing relieved in Feb–Apr (May is outside the window)
    (tenant(lease(starts_on="2020-05-01")), {}, None),
    # two business leases: (10,000 + 5,000 + 5,000) + (20,000 + 10,000 + 10,000) = 60,000
    (tenant(lease(rent="10000"), lease(rent="20000")), {}, "60000.00"),
])
def test_production_use_examples(firm: dict[str, Any], readings: dict[str, Any], expected: str | None) -> None:
    a = run(PROD, firm, **readings)
    if expected is None:
        assert a.status == "ineligible" and a.amount == 0
    else:
        assert a.status == "eligible", a.reasons
        assert a.amount == Decimal(expected)
        assert a.steps


@pytest.mark.parametrize(("firm", "why"), [
    # ex. 3: a 市属 (city-owned) SOE landlord
    (tenant(lease(landlord="city_soe")), "not a 朝阳 区属国有企业"),
    # ex. 3: registered in 朝阳 but paying tax in 东城
    (tenant(lease(), tax_district="dongcheng"), "在朝阳区注册纳税"),
    # ex. 3: cut most of its staff
    (tenant(lease(), qualifications={"open_or_closed_per_rules": True, "no_layoffs": False}), "no qualifying lease"),
    # another district's SOE
    (tenant(lease(landlord_district="haidian")), "no qualifying lease"),
    # premises outside Beijing (京内房产)
    (tenant(lease(premises_in_beijing=False)), "no qualifying lease"),
    # a large tenant
    ({**tenant(lease()), "size": "large"}, "not within 中小微企业"),
    # an office lease is the office measure's
    (tenant(lease(use="office")), "no qualifying lease"),
])
def test_production_use_ineligible(firm: dict[str, Any], why: str) -> None:
    a = run(PROD, firm)
    assert a.status == "ineligible" and a.amount == 0
    assert any(why in r for r in a.reasons), a.reasons


@pytest.mark.parametrize(("firm", "path"), [
    (tenant(lease(rent=None)), "leases.0.monthly_rent"),
    (tenant(lease(premises_in_beijing=None)), "leases.0.premises_in_beijing"),
    (tenant(lease(landlord_district=None)), "leases.0.landlord_district"),
    ({**tenant(lease()), "qualifications": {"open_or_closed_per_rules": True}}, "qualifications.no_layoffs"),
    ({**tenant(lease()), "leases": None}, "leases"),
    ({**tenant(lease()), "size": None}, "size"),
])
def test_production_use_missing_facts(firm: dict[str, Any], path: str) -> None:
    a = run(PROD, firm)  # a field given as None is unknown, like one left out
    assert a.status == "undetermined" and path in a.missing, (a.status, a.missing)


# =====================================================================================================
# chaoyang.district_soe_rent_relief.office_use — L2893-L2895
# =====================================================================================================
def test_office_use_examples() -> None:
    # ex. 1: 50% × (80,000 × 3) = 120,000
    assert run(OFFICE, tenant(lease(use="office", rent="80000"))).amount == Decimal("120000.00")
    # ex. 2: the same 80,000 premises classed as production: 80,000 + 40,000 + 40,000 = 160,000
    assert run(PROD, tenant(lease(rent="80000"))).amount == Decimal("160000.00")
    # ex. 3: a large tenant; a private landlord
    assert run(OFFICE, {**tenant(lease(use="office")), "size": "large"}).status == "ineligible"
    assert run(OFFICE, tenant(lease(landlord="private", use="office"))).status == "ineligible"


def test_office_requires_no_layoff_reading() -> None:
    laid_off = {**tenant(lease(use="office", rent="80000")),
                "qualifications": {"open_or_closed_per_rules": True, "no_layoffs": False}}
    # default False (README "Decisions"): the office tier has no lay-off condition
    a = run(OFFICE, laid_off)
    assert a.status == "eligible" and a.amount == Decimal("120000.00")
    assert a.readings["office_requires_no_layoff"] is False
    # True: the business clause's conditions apply to offices too
    assert run(OFFICE, laid_off, office_requires_no_layoff=True).status == "ineligible"
    # … and an unknown flag is then needed
    a = run(OFFICE, {**laid_off, "qualifications": {}}, office_requires_no_layoff=True)
    assert a.status == "undetermined" and "qualifications.no_layoffs" in a.missing


def test_mixed_leases_split_between_the_two_measures() -> None:
    firm = tenant(lease(rent="60000"), lease(use="office", rent="80000"))
    # production: 60,000 × (1 + 0.5 + 0.5) = 120,000; office: 80,000 × 0.5 × 3 = 120,000
    assert run(PROD, firm).amount == Decimal("120000.00")
    assert run(OFFICE, firm).amount == Decimal("120000.00")


# =====================================================================================================
# chaoyang.district_institution_rent_relief — L2895-L2899 (参照区属国有企业房产租金减免期限、标准执行)
# =====================================================================================================
@pytest.mark.parametrize(("use", "rent", "expected"), [
    ("business", "20000", "40000.00"),   # ex. 1: 20,000 + 10,000 + 10,000 = 40,000
    ("office", "30000", "45000.00"),     # ex. 2: 50% × 90,000 = 45,000
    ("office", "20000", "30000.00"),     # ex. 2: at 20,000 as offices: 30,000, 10,000 less than production
])
def test_institution_examples(use: str, rent: str, expected: str) -> None:
    a = run(INST, tenant(lease(landlord="institution", use=use, rent=rent)))
    assert a.status == "eligible" and a.amount == Decimal(expected)


def test_institution_ineligible_and_conditions_reading() -> None:
    # ex. 3 (a 市属 事业单位): an institution that is not 朝阳's gets nothing here
    assert run(INST, tenant(lease(landlord="institution", landlord_district="haidian"))).status == "ineligible"
    assert run(INST, tenant(lease())).status == "ineligible"  # a district SOE is the SOE measures'
    laid_off = {**tenant(lease(landlord="institution", rent="20000")),
                "qualifications": {"open_or_closed_per_rules": True, "no_layoffs": False}}
    # default: the production tier's conditions come with its rate
    assert run(INST, laid_off).status == "ineligible"
    # literal reading: only '期限、标准' carry over → 40,000
    a = run(INST, laid_off, chaoyang_referenced_terms_include_conditions=False)
    assert a.status == "eligible" and a.amount == Decimal("40000.00")


# =====================================================================================================
# chaoyang.collective_org_rent_relief_encouraged — L2899 (鼓励集体经济组织参照执行)
# =====================================================================================================
def test_collective_examples() -> None:
    opted = tenant(lease(landlord="collective", rent="50000", landlord_follows_district_terms=True,
                         rent_waived="50000"))
    # ex. 1: opted in, full terms: 50,000 + 25,000 + 25,000 = 100,000
    assert run(COLL, opted).amount == Decimal("100000.00")
    # ex. 2: partial adoption (February only, 50,000 waived), reading as_granted → 50,000
    assert run(COLL, opted, chaoyang_collective_amount="as_granted").amount == Decimal("50000.00")
    # ex. 3: not opted in → 0
    no = tenant(lease(landlord="collective", landlord_follows_district_terms=False))
    assert run(COLL, no).status == "ineligible"
    # unknown whether it follows → undetermined with the path
    a = run(COLL, tenant(lease(landlord="collective")))
    assert a.status == "undetermined" and a.missing == ["leases.0.landlord_follows_district_terms"]


def test_collective_scope_reading() -> None:
    elsewhere = tenant(lease(landlord="collective", landlord_district="tongzhou", rent="10000",
                             landlord_follows_district_terms=True))
    assert run(COLL, elsewhere).status == "ineligible"
    # 'any': 10,000 + 5,000 + 5,000 = 20,000
    assert run(COLL, elsewhere, chaoyang_collective_scope="any").amount == Decimal("20000.00")


# =====================================================================================================
# GC1 — L3174-L3176: 在朝阳区注册纳税, except recognised epidemic-control firms
# =====================================================================================================
def test_gc1_registration_and_tax() -> None:
    # registered in 朝阳, paying tax in 丰台: ineligible under the default, eligible under registered_or_tax
    firm = tenant(lease(), tax_district="fengtai")
    assert run(PROD, firm).status == "ineligible"
    assert run(PROD, firm, chaoyang_registration_test="registered_or_tax").amount == Decimal("120000.00")
    # registered elsewhere: ineligible
    assert run(PROD, {**tenant(lease()), "district": "haidian"}).status == "ineligible"
    # district unknown: undetermined on district
    firm = tenant(lease())
    del firm["district"]
    a = run(PROD, firm)
    assert a.status == "undetermined" and "district" in a.missing


def test_gc1_exemption_for_epidemic_control_firms() -> None:
    outside = carrier(relief("2000000"), district="haidian")
    # a carrier registered in 海淀: only a recognised epidemic-control firm is exempt
    a = run(CARRIER, outside)
    assert a.status == "undetermined" and a.missing == ["qualifications.epidemic_control_participant"]
    no = {**outside, "qualifications": {"epidemic_control_participant": False}}
    assert run(CARRIER, no).status == "ineligible"
    yes = {**outside, "qualifications": {"epidemic_control_participant": True}}
    a = run(CARRIER, yes)
    assert a.status == "eligible" and a.amount == Decimal("600000.00")
    assert any("直接参与疫情防控" in r for r in a.reasons)
    # item 2 states 在朝阳区注册纳税 for its tenants: the exemption does not lift it by default …
    rent = {**tenant(lease()), "district": "haidian",
            "qualifications": {"open_or_closed_per_rules": True, "no_layoffs": True,
                               "epidemic_control_participant": True}}
    assert run(PROD, rent).status == "ineligible"
    # … unless the reading says it does
    assert run(PROD, rent, chaoyang_exemption_lifts_item_test=True).amount == Decimal("120000.00")


def test_other_districts_firms_are_ineligible_for_every_relief_measure() -> None:
    firm = {**tenant(lease(landlord="collective", landlord_follows_district_terms=True)),
            **carrier(relief("100"), kind="office_building")}
    firm["district"] = "xicheng"
    firm["qualifications"] = {"epidemic_control_participant": False, "open_or_closed_per_rules": True,
                              "no_layoffs": True, "epidemic_rnd_breakthrough": True,
                              "epidemic_supply_outstanding_contribution": True}
    for mid in OWN[1:]:
        a = run(mid, firm)
        assert a.status == "ineligible" and a.amount == 0, (mid, a.reasons)


# =====================================================================================================
# chaoyang.innovation_carrier_rent_reduction_reward — L2929-L2934
# =====================================================================================================
@pytest.mark.parametrize(("reliefs", "expected"), [
    ([relief("2000000")], "600000.00"),                       # ex. 1: 30% × 2,000,000 = 600,000
    ([relief("3333334")], "1000000.00"),                      # ex. 2: 1,000,000.20 → capped at 1,000,000
    ([relief("3333333")], "999999.90"),                       # ex. 2: just under the cap
    ([relief("4000000")], "1000000.00"),                      # ex. 2: 1,200,000 → 1,000,000
    ([relief("300000", district="haidian"), relief("200000")], "60000.00"),  # ex. 3: only 200,000 counts
    ([relief("100000", tenant_tax_district="dongcheng"), relief("100000")], "30000.00"),  # taxed in 东城: not counted
    ([relief("100000", tenant_size="large"), relief("100000")], "30000.00"),  # a large tenant: not counted
    ([relief("0.50")], "0.15"),                               # under one yuan waived still counts: 30% × 0.50
    ([relief("1")], "0.30"),
])
def test_carrier_examples(reliefs: list[dict[str, Any]], expected: str) -> None:
    a = run(CARRIER, carrier(*reliefs))
    assert a.status == "eligible" and a.amount == Decimal(expected)


def test_carrier_ineligible() -> None:
    # ex. 3: not a carrier (an office building operator)
    assert run(CARRIER, carrier(relief("500000"), kind="office_building")).status == "ineligible"
    # not a landlord claiming at all
    a = run(CARRIER, {"district": "chaoyang", "landlord_premises_type": "incubator"})
    assert a.status == "ineligible" and "not a landlord" in a.reasons[-1]
    # relief wholly outside 疫情期间 (default 2020-01-24..2020-12-31)
    assert run(CARRIER, carrier(relief("500000", start="2021-01-01", end="2021-03-31"))).status == "ineligible"
    # the carrier type unknown
    a = run(CARRIER, {"district": "chaoyang", "rent_relief_granted": [relief("1")]})
    assert a.status == "undetermined" and a.missing == ["landlord_premises_type"]


def test_carrier_readings() -> None:
    two = carrier(relief("4000000", carrier="A"), relief("4000000", carrier="B"))
    # per operator (default): min(30% × 8,000,000, 1,000,000) = 1,000,000
    assert run(CARRIER, two).amount == Decimal("1000000.00")
    # per carrier: 1,000,000 + 1,000,000
    assert run(CARRIER, two, chaoyang_carrier_cap_scope="per_carrier").amount == Decimal("2000000.00")
    # per carrier needs the carrier of each relief
    a = run(CARRIER, carrier(relief("1")), chaoyang_carrier_cap_scope="per_carrier")
    assert a.status == "undetermined" and a.missing == ["rent_relief_granted.0.carrier"]
    mixed = carrier(relief("100000", mandated=True), relief("100000"))
    assert run(CARRIER, mixed).amount == Decimal("60000.00")  # 30% × 200,000
    a = run(CARRIER, mixed, chaoyang_carrier_include_mandated_reductions=False)
    assert a.status == "undetermined" and a.missing == ["rent_relief_granted.1.mandated"]
    mixed["rent_relief_granted"][1]["mandated"] = False
    assert run(CARRIER, mixed, chaoyang_carrier_include_mandated_reductions=False).amount == Decimal("30000.00")
    # relief 2020-12-01..2021-01-30 (61 days), 31 inside: 610,000 × 31/61 = 310,000 → 30% = 93,000; 'exclude' → none
    straddle = carrier(relief("610000", start="2020-12-01", end="2021-01-30"))
    assert run(CARRIER, straddle).amount == Decimal("93000.00")
    assert run(CARRIER, straddle, chaoyang_carrier_straddling_relief="exclude").status == "ineligible"
    # a later end of 疫情期间 brings it all in: 30% × 610,000 = 183,000
    assert run(CARRIER, straddle, epidemic_period_end=date(2021, 6, 30)).amount == Decimal("183000.00")


@given(st.lists(st.integers(0, 6_000_000), min_size=1, max_size=4))
def test_carrier_is_min_of_30pct_and_cap(amounts: list[int]) -> None:
    a = run(CARRIER, carrier(*(relief(str(x)) for x in amounts)))
    total = sum(amounts)
    if total == 0:
        assert a.amount == 0
        return
    assert a.status == "eligible"
    assert a.amount == round_fen(min(Decimal("0.3") * total, Decimal(1_000_000)))
    assert Decimal(0) <= a.amount <= Decimal(1_000_000)


@given(st.integers(0, 4_000_000), st.integers(0, 4_000_000))
def test_carrier_is_monotone(x: int, y: int) -> None:
    lo, hi = sorted((x, y))
    assert run(CARRIER, carrier(relief(str(lo)))).amount <= run(CARRIER, carrier(relief(str(hi)))).amount


# =====================================================================================================
# Rent properties
# =====================================================================================================
RENTS = st.decimals(min_value=0, max_value=Decimal("5000000"), places=2)


@given(RENTS)
def test_production_is_two_months_rent_office_one_and_a_half(rent: Decimal) -> None:
    # production: 100% + 50% + 50% = 2 × rent; office: 3 × 50% = 1.5 × rent
    p = run(PROD, tenant(lease(rent=str(rent))))
    o = run(OFFICE, tenant(lease(use="office", rent=str(rent))))
    assert p.amount == round_fen(2 * rent) and o.amount == round_fen(Decimal("1.5") * rent)
    assert Decimal(0) <= o.amount <= p.amount


@given(st.dates(date(2020, 1, 1), date(2020, 6, 30)), st.dates(date(2020, 1, 1), date(2020, 6, 30)))
def test_partial_leases_never_exceed_the_full_months_and_shrink_with_the_lease(d1: date, d2: date) -> None:
    start, later = sorted((d1, d2))
    full = Decimal(2 * 30000)
    a = run(PROD, tenant(lease(rent="30000", starts_on=start.isoformat())))
    b = run(PROD, tenant(lease(rent="30000", starts_on=later.isoformat())))
    amount_a = a.amount if a.status == "eligible" else Decimal(0)
    amount_b = b.amount if b.status == "eligible" else Decimal(0)
    assert Decimal(0) <= amount_b <= amount_a <= full
    if start > date(2020, 4, 30):
        assert a.status == "ineligible"       # zero outside the Feb–Apr window
    if start <= date(2020, 2, 1):
        assert a.amount == full                # the whole window leased
    # a lease ending on day d of the window: the mirror image
    c = run(PROD, tenant(lease(rent="30000", ends_on=start.isoformat())))
    if start < date(2020, 2, 1):
        assert c.status == "ineligible"
    elif start >= date(2020, 4, 30):
        assert c.amount == full


@pytest.mark.parametrize(("starts_on", "expected"), [
    ("2020-02-01", "60000.00"),   # the first day of February: all three months
    ("2020-02-02", "58965.52"),   # 30,000 × 28/29 + 15,000 + 15,000 = 28,965.517… + 30,000
    ("2020-04-30", "500.00"),     # 50% × 30,000 × 1/30
    ("2020-05-01", None),         # nothing left in the window
])
def test_window_edges(starts_on: str, expected: str | None) -> None:
    a = run(PROD, tenant(lease(rent="30000", starts_on=starts_on)))
    if expected is None:
        assert a.status == "ineligible"
    else:
        assert a.amount == Decimal(expected)


# =====================================================================================================
# Information and amount-less rewards (R24, R27)
# =====================================================================================================
def test_special_fund_pool_is_information() -> None:
    m = CAT[POOL]
    assert m.relief is False and m.params.size == Decimal(300_000_000)
    firm = tenant(lease())
    report = sc.estimate(firm)
    a = report[POOL]
    assert a.status == "ineligible" and a.amount == 0 and "information" in a.reasons[-1]
    assert report.total == sum((x.amount for x in report.awards if x.status == "eligible" and x.relief), Decimal(0))


SHARE = "chaoyang_rent_cut_reward_share"


@pytest.mark.parametrize(("mid", "kind", "reading"), [
    (OFFICE_BLDG, "office_building", "chaoyang_office_building_reward_share"),
    (MALL, "commercial_street", "chaoyang_mall_reward_share"),
])
def test_operator_rewards_pay_the_share_the_district_set_for_the_operator(mid: str, kind: str, reading: str) -> None:
    # L2899-L2907 "对于采取减免租金措施的，给予奖励支持": the text sets no amount; the share of the rent waived the district
    # rewards is its decision for each operator, a fact of the profile (issue 9 §4; formerly the reading `reading`)
    firm = carrier(relief("200000"), relief("100000"), kind=kind)
    a = run(mid, firm)
    assert a.status == "undetermined" and a.amount == 0 and a.missing == [SHARE]
    assert any("cut tenants' rent by 300,000.00 in 疫情期间" in r for r in a.reasons), a.reasons
    # with the share: 10% × 300,000 = 30,000
    a = run(mid, {**firm, SHARE: "0.1"})
    assert a.status == "eligible" and a.quantified and a.amount == Decimal("30000.00")
    # the former reading names where it went
    with pytest.raises(sc.ValidationError, match=SHARE):
        sc.Assumptions(**{reading: Decimal("0.1")})
    # no rent cut, or the wrong kind of premises: ineligible, whatever the share
    assert run(mid, {**carrier(relief("0"), kind=kind), SHARE: "0.1"}).status == "ineligible"
    assert run(mid, carrier(relief("1"), kind="incubator")).status == "ineligible"
    a = run(mid, carrier({}, kind=kind))
    assert a.status == "undetermined" and set(a.missing) == {
        "rent_relief_granted.0.amount", "rent_relief_granted.0.period_start", "rent_relief_granted.0.period_end"}


@pytest.mark.parametrize("mid", [OFFICE_BLDG, MALL])
def test_operator_rewards_count_the_rent_cut_inside_the_epidemic_period(mid: str) -> None:
    share = {SHARE: "0.1"}
    kind = "office_building" if mid == OFFICE_BLDG else "mall"
    # 疫情期间 defaults to 2020-01-24..2020-12-31: a cut for 2021 is not one in the period → ineligible
    a = run(mid, carrier(relief("500000", start="2021-01-01", end="2021-03-31"), kind=kind, **share))
    assert a.status == "ineligible" and "outside 疫情期间" in a.reasons[-2]
    # ... its known start alone decides it (the end unknown)
    a = run(mid, carrier(relief("500000", start="2021-01-01", end=None), kind=kind, **share))
    assert a.status == "ineligible", a.missing
    # a cut ending the day before 疫情期间 starts: out; ending on its first day: 1 day of 10 counts
    a = run(mid, carrier(relief("500000", start="2020-01-14", end="2020-01-23"), kind=kind, **share))
    assert a.status == "ineligible"
    # 10% × 500,000 × 1/10 = 5,000
    a = run(mid, carrier(relief("500000", start="2020-01-15", end="2020-01-24"), kind=kind, **share))
    assert a.amount == Decimal("5000.00")
    # a start only, inside the period: the end is needed to know how much falls inside
    a = run(mid, carrier(relief("500000", end=None), kind=kind, **share))
    assert a.status == "undetermined" and a.missing == ["rent_relief_granted.0.period_end"]


@pytest.mark.parametrize(("mid", "flag", "field"), [
    (RND, "epidemic_rnd_breakthrough", "chaoyang_rnd_breakthrough_reward"),
    (SUPPLY, "epidemic_supply_outstanding_contribution", "chaoyang_supply_contribution_reward"),
])
def test_rewards_without_an_amount_in_the_text_pay_what_the_district_granted(mid: str, flag: str, field: str) -> None:
    # L3068-L3076 / L3101-L3103 "给予奖励支持": no amount in the text; the reward the district granted the firm is a fact
    # of its profile (issue 9 §4; formerly the reading of the same name): unknown → undetermined, that field missing
    firm = {"district": "chaoyang", "qualifications": {flag: True}}
    a = run(mid, firm)
    assert a.status == "undetermined" and a.missing == [field]
    assert run(mid, {**firm, field: "50000"}).amount == Decimal("50000.00")
    with pytest.raises(sc.ValidationError, match=f"the profile field {field}"):
        sc.Assumptions(**{field: Decimal(50000)})
    assert run(mid, {"district": "chaoyang", "qualifications": {flag: False}, field: "1"}).status == "ineligible"
    a = run(mid, {"district": "chaoyang"})
    assert a.status == "undetermined" and a.missing == [f"qualifications.{flag}"]


# =====================================================================================================
# Stacking: one rent, once, against the city February rule (README "Decisions")
# =====================================================================================================
def test_soe_rent_stacking_rule_against_the_city_february_rule() -> None:
    city = "beijing.soe_rent_reduction_feb"
    rules = [r for r in CAT.rules if r.id.startswith("chaoyang_soe_rent_once")]
    if city not in CAT:  # the city business module has not landed: the rule waits for it (import stays clean)
        assert rules == [] and chaoyang.STACKING == []
        return
    assert {r.measures for r in rules} == {(PROD, city), (OFFICE, city)}
    assert all(r.kind == "exclusive" and r.keep == "highest" for r in rules)
    report = sc.estimate(tenant(lease()))
    if report[city].status == "eligible":
        # 朝阳's 120,000 (February included) is paid; the city February 60,000 is not added on top
        assert report[PROD].amount == Decimal("120000.00") and report[city].amount == 0


@pytest.mark.parametrize(("mid", "use", "rent", "kept"), [
    (PROD, "business", "60000", "120000.00"),   # 朝阳 120,000 (Feb 60,000 + 30,000 + 30,000) vs city Feb 60,000
    (OFFICE, "office", "80000", "120000.00"),   # 朝阳 120,000 (3 × 40,000) vs city Feb 50% = 40,000
])
def test_one_rent_once_keeps_the_district_award(mid: str, use: str, rent: str, kept: str) -> None:
    rule = next(r for r in chaoyang.one_rent_once_rules() if r.measures[0] == mid)
    assert rule.measures == (mid, chaoyang.CITY_SOE_RENT) and rule.kind == "exclusive" and rule.keep == "highest"
    district = run(mid, tenant(lease(use=use, rent=rent)))
    share = Decimal(1) if use == "business" else Decimal("0.5")
    city = sc.Award(measure_id=chaoyang.CITY_SOE_RENT, status="eligible", amount=share * Decimal(rent),
                    low=share * Decimal(rent), high=share * Decimal(rent))
    rule.apply({mid: district, chaoyang.CITY_SOE_RENT: city})
    assert district.amount == Decimal(kept) and city.amount == 0
    assert city.stacking and district.stacking


# -- one lease, one level (per="leases") ------------------------------------------------------------------------
CITY = chaoyang.CITY_SOE_RENT
# the three measures with this module's own rules (per="leases"); sc.estimate applies the same rules once the catalog
# keeps each rule's ``per`` (engine/registry.py load() rebuilds every StackingRule without it)
STACK = sc.Catalog([CAT[PROD], CAT[OFFICE], CAT[CITY]], chaoyang.one_rent_once_rules(), CAT.readings)
CATALOG_KEEPS_PER = all(r.per == "leases" for r in CAT.rules if r.id.startswith("chaoyang_soe_rent_once"))


def stacked(firm: dict[str, Any], **readings: Any) -> sc.Report:
    return run_catalog(STACK, sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def city_lease(use: str = "business", rent: str = "40000", **kw: Any) -> dict[str, Any]:
    """A lease from a 市属国有企业 (the city rule's, not item 2's)."""
    return {"landlord": "city_soe", "use": use, "monthly_rent": rent, "premises_in_beijing": True, **kw}


def test_one_rent_once_rules_are_per_lease() -> None:
    rules = chaoyang.one_rent_once_rules()
    assert [r.measures for r in rules] == [(PROD, CITY), (OFFICE, CITY)]
    assert all(r.per == "leases" and r.keep == "highest" for r in rules)


MIXED = tenant(lease(), lease(use="office", rent="80000"), city_lease())


def test_district_leases_and_a_city_lease_are_all_relieved() -> None:
    # lease 0, 朝阳 区属国企, business, 60,000 (L2889-L2893 "免收 2 月份房租，3月份、4月份房租减半"):
    #   100% × 60,000 + 50% × 60,000 + 50% × 60,000 = 120,000; the city February rule (房山 L5656-L5658) would give
    #   60,000 on it → 120,000 by 朝阳
    # lease 1, 朝阳 区属国企, office, 80,000 (L2893-L2895 "2月份、3月份、4月份房租减半"): 3 × 50% × 80,000 = 120,000;
    #   city 50% × 80,000 = 40,000 (L5658-L5660) → 120,000 by 朝阳
    # lease 2, 市属国企, business, 40,000: city 100% × 40,000 = 40,000; item 2 covers 区属 landlords only → the city
    # total 120,000 + 120,000 + 40,000 = 280,000 (the whole-award rules paid the city's 60,000 + 40,000 + 40,000 =
    # 140,000 instead of both 朝阳 awards, since 140,000 > 120,000 each)
    r = stacked(MIXED)
    prod, office, city = r[PROD], r[OFFICE], r[CITY]
    assert {prod.status, office.status, city.status} == {"eligible"}
    assert (prod.amount, office.amount, city.amount) == (Decimal("120000.00"), Decimal("120000.00"),
                                                         Decimal("40000.00"))
    assert (list(prod.parts), list(office.parts), list(city.parts)) == (["leases.0"], ["leases.1"], ["leases.2"])
    assert prod.amount + office.amount + city.amount == Decimal("280000.00")


def test_catalog_keeps_the_per_lease_rule() -> None:
    assert CATALOG_KEEPS_PER  # registry.load() keeps StackingRule.per


def test_estimate_relieves_each_lease_at_one_level() -> None:
    r = sc.estimate(MIXED)  # as above: 120,000 + 120,000 + 40,000
    assert (r[PROD].amount, r[OFFICE].amount, r[CITY].amount) == (Decimal("120000.00"), Decimal("120000.00"),
                                                                  Decimal("40000.00"))


@pytest.mark.parametrize(("f", "readings", "kept", "amount"), [
    # business 60,000: 朝阳 120,000 (L2889-L2893) vs city February 60,000 (L5656-L5658) → 120,000 by 朝阳
    (tenant(lease()), {}, PROD, "120000.00"),
    # office 80,000: 朝阳 3 × 40,000 = 120,000 (L2893-L2895) vs city 50% × 80,000 = 40,000 → 120,000 by 朝阳
    (tenant(lease(use="office", rent="80000")), {}, OFFICE, "120000.00"),
    # business 29,000, lease ends 2020-02-10: 朝阳 prorates, 100% × 29,000 × 10/29 = 10,000 (March, April not leased);
    # the city with soe_rent_feb_partial_month=whole_month pays 100% × 29,000 = 29,000 → the higher, the city's
    (tenant(lease(rent="29000", ends_on="2020-02-10")), {"soe_rent_feb_partial_month": "whole_month"}, CITY,
     "29000.00"),
])
def test_a_single_district_lease_is_relieved_once(f: dict[str, Any], readings: dict[str, Any], kept: str,
                                                 amount: str) -> None:
    r = stacked(f, **readings)
    assert r[kept].amount == Decimal(amount)
    assert sum(r[m].amount for m in (PROD, OFFICE, CITY) if m != kept) == 0


LEASE_KINDS: dict[str, dict[str, Any]] = {
    "chaoyang": {},                                         # 朝阳 SOE, 京内: item 2 and the city rule
    "chaoyang_outside": {"premises_in_beijing": False},     # not 京内: neither
    "city": {"landlord": "city_soe"},                       # the city rule only
    "haidian_soe": {"landlord_district": "haidian"},        # the city rule only
    "institution": {"landlord": "institution"},             # 区属事业单位: another 朝阳 measure, neither of these
    "private": {"landlord": "private"},                     # neither
}
LEASE_SPANS: list[dict[str, Any]] = [
    {}, {"starts_on": "2020-03-01"}, {"ends_on": "2020-02-29"}, {"ends_on": "2020-03-31"}, {"starts_on": "2020-05-01"},
]


def alone(mid: str, f: dict[str, Any]) -> Decimal:
    a = run(mid, f)
    return a.amount if a.status == "eligible" else Decimal(0)


@given(leases=st.lists(st.tuples(st.sampled_from(sorted(LEASE_KINDS)), st.sampled_from(["business", "office"]),
                                 st.integers(0, 10**6), st.sampled_from(range(len(LEASE_SPANS)))),
                       min_size=1, max_size=4),
       laid_off=st.booleans())
def test_total_is_the_higher_level_lease_by_lease(leases: list[tuple[str, str, int, int]], laid_off: bool) -> None:
    q = {"open_or_closed_per_rules": True, "no_layoffs": not laid_off}
    items = [lease(use=use, rent=str(rent), **LEASE_KINDS[k], **LEASE_SPANS[span]) for k, use, rent, span in leases]
    r = stacked(tenant(*items, qualifications=q))
    # per lease: 朝阳 alone (its production or its office measure, by use) vs the city alone, on a firm with that lease
    # only; whole months and whole yuan: exact to the fen
    expected = Decimal(0)
    for x in items:
        one = tenant(x, qualifications=q)
        expected += max(alone(PROD, one) + alone(OFFICE, one), alone(CITY, one))
    assert r[PROD].amount + r[OFFICE].amount + r[CITY].amount == expected
    assert not (set(r[PROD].parts) | set(r[OFFICE].parts)) & set(r[CITY].parts)  # no lease paid at both levels


def test_readings_are_documented_and_declared_once() -> None:
    fields = sc.Assumptions.model_fields
    for r in chaoyang.READINGS:
        assert r.name.startswith("chaoyang_") or r.name == "office_requires_no_layoff"
        assert fields[r.name].default == r.default and len(r.doc) > 60
    for m in CAT.filter(district="chaoyang"):
        assert set(m.readings) <= set(fields)


def test_policy_validity_is_cited() -> None:
    assert chaoyang.VALID.start == date(2020, 2, 10) and chaoyang.VALID.end == date(2020, 12, 31)
    assert chaoyang.VALID.end - chaoyang.VALID.start == timedelta(days=325)


# =====================================================================================================
# Issue 8 §1: a lease counts only for the days it exists in each month relieved (L2889-L2899)
# =====================================================================================================
FEB1, APR30 = date(2020, 2, 1), date(2020, 4, 30)
#: (measure, landlord, use, extra lease facts) of every lease-paying measure of item 2, and its shares by month:
#: "免收 2 月份房租，3月份、4月份房租减半" (business) / "2月份、3月份、4月份房租减半" (office)
BUSINESS_SHARES = {2: Fraction(1), 3: Fraction(1, 2), 4: Fraction(1, 2)}
OFFICE_SHARES = {2: Fraction(1, 2), 3: Fraction(1, 2), 4: Fraction(1, 2)}
LEASE_MEASURES = [
    (PROD, "district_soe", "business", {}),
    (OFFICE, "district_soe", "office", {}),
    (INST, "institution", "business", {}),
    (INST, "institution", "office", {}),
    (COLL, "collective", "business", {"landlord_follows_district_terms": True}),
    (COLL, "collective", "office", {"landlord_follows_district_terms": True}),
]


def days_relief(rent: Decimal, use: str, start: date | None, end: date | None, whole: bool = False) -> Fraction:
    """The relief by hand, day by day (no engine.periods): each day of Feb–Apr 2020 the lease exists earns its
    month's share × rent / days in the month; under whole_month a month leased on any day earns the whole month."""
    shares = BUSINESS_SHARES if use == "business" else OFFICE_SHARES
    total = Fraction(0)
    for month in (2, 3, 4):
        ndays = calendar.monthrange(2020, month)[1]
        leased = sum(1 for d in range(1, ndays + 1)
                     if (start is None or date(2020, month, d) >= start) and (end is None or date(2020, month, d) <= end))
        if leased and whole:
            leased = ndays
        total += shares[month] * Fraction(rent) * Fraction(leased, ndays)
    return total


def months_covered(start: date | None, end: date | None, whole: bool = False) -> Fraction:
    """Σ over Feb–Apr 2020 of days leased / days in the month, by hand (a month leased at all is 1 under whole)."""
    # the office tier halves every month: its relief on a rent of 2 is the months covered
    return days_relief(Decimal(2), "office", start, end, whole)


def paid(a: sc.Award) -> Decimal:
    return a.amount if a.status == "eligible" else Decimal(0)


SPAN_DAYS = st.dates(date(2019, 12, 1), date(2020, 6, 30))


@given(which=st.sampled_from(range(len(LEASE_MEASURES))), rent=st.decimals(0, 10_000_000, places=2),
       start=st.none() | SPAN_DAYS, end=st.none() | SPAN_DAYS, whole=st.booleans())
def test_lease_relief_is_the_exact_share_of_the_days_leased(which: int, rent: Decimal, start: date | None,
                                                            end: date | None, whole: bool) -> None:
    mid, landlord, use, extra = LEASE_MEASURES[which]
    if start and end and end < start:
        start, end = end, start
    dates = {"starts_on": start and start.isoformat(), "ends_on": end and end.isoformat()}
    readings = {"chaoyang_rent_partial_months": "whole_month"} if whole else {}
    a = run(mid, tenant(lease(landlord, use, str(rent), **dates, **extra)), **readings)
    want = days_relief(rent, use, start, end, whole)
    # exact to the fen (issue 8 §1b): the day-by-day fraction rounded half-up once
    assert a.amount == round_fen(want)
    assert a.status == ("eligible" if want > 0 else "ineligible"), a.reasons
    # never more than the lease's own rent over the months it covers (whole months under whole_month)
    assert Fraction(a.amount) <= Fraction(rent) * months_covered(start, end, whole) + Fraction(1, 200)
    if (end is not None and end < FEB1) or (start is not None and start > APR30):
        # wholly outside Feb–Apr: 0, with a reason saying so
        assert a.status == "ineligible" and any("not leased in 2020-02-01..2020-04-30" in r for r in a.reasons)


@given(which=st.sampled_from(range(len(LEASE_MEASURES))), rent=st.integers(0, 1_000_000),
       days=st.lists(SPAN_DAYS, min_size=4, max_size=4), open_start=st.booleans(), open_end=st.booleans())
def test_shortening_a_lease_never_raises_its_relief(which: int, rent: int, days: list[date], open_start: bool,
                                                   open_end: bool) -> None:
    mid, landlord, use, extra = LEASE_MEASURES[which]
    a, b, c, d = sorted(days)
    outer = {"starts_on": None if open_start else a.isoformat(), "ends_on": None if open_end else d.isoformat()}
    inner = {"starts_on": b.isoformat(), "ends_on": c.isoformat()}
    for readings in ({}, {"chaoyang_rent_partial_months": "whole_month"}):
        long = run(mid, tenant(lease(landlord, use, str(rent), **outer, **extra)), **readings)
        short = run(mid, tenant(lease(landlord, use, str(rent), **inner, **extra)), **readings)
        assert paid(short) <= paid(long)


@given(rent=st.integers(1, 1_000_000), start=st.none() | SPAN_DAYS, end=st.none() | SPAN_DAYS)
def test_no_lease_earns_more_than_its_rent_over_the_months_it_covers(rent: int, start: date | None,
                                                                    end: date | None) -> None:
    if start and end and end < start:
        start, end = end, start
    dates = {"starts_on": start and start.isoformat(), "ends_on": end and end.isoformat()}
    firm = tenant(lease(rent=str(rent), **dates), lease(use="office", rent=str(rent), **dates))
    covered = months_covered(start, end)
    for mid in (PROD, OFFICE):
        assert Fraction(paid(run(mid, firm))) <= rent * covered + Fraction(1, 200)
    # the business tier (100% + 50% + 50%) never pays less than the office tier (3 × 50%) on the same days
    assert paid(run(PROD, firm)) >= paid(run(OFFICE, firm))


# -- every window edge, both ends and the day beyond (L2889-L2895); 30,000 a month --------------------------------
@pytest.mark.parametrize(("mid", "use", "dates", "expected"), [
    (PROD, "business", {"ends_on": "2020-01-31"}, None),           # the day before February: not leased → 0
    (PROD, "business", {"ends_on": "2020-02-01"}, "1034.48"),      # 100% × 30,000 × 1/29 = 1,034.482…
    (PROD, "business", {"ends_on": "2020-02-28"}, "28965.52"),     # 100% × 30,000 × 28/29 = 28,965.517…
    (PROD, "business", {"ends_on": "2020-02-29"}, "30000.00"),     # the whole of February
    (PROD, "business", {"ends_on": "2020-03-01"}, "30483.87"),     # + 50% × 30,000 × 1/31 = 483.870…
    (PROD, "business", {"ends_on": "2020-03-31"}, "45000.00"),     # 30,000 + 15,000
    (PROD, "business", {"ends_on": "2020-04-01"}, "45500.00"),     # + 50% × 30,000 × 1/30 = 500
    (PROD, "business", {"ends_on": "2020-04-29"}, "59500.00"),     # + 50% × 30,000 × 29/30 = 14,500
    (PROD, "business", {"ends_on": "2020-04-30"}, "60000.00"),     # 30,000 + 15,000 + 15,000
    (PROD, "business", {"starts_on": "2020-01-31"}, "60000.00"),
    (PROD, "business", {"starts_on": "2020-02-29"}, "31034.48"),   # 30,000 × 1/29 + 15,000 + 15,000
    (PROD, "business", {"starts_on": "2020-03-01"}, "30000.00"),   # 0 + 15,000 + 15,000
    (PROD, "business", {"starts_on": "2020-03-02"}, "29516.13"),   # 15,000 × 30/31 + 15,000 = 29,516.129…
    (PROD, "business", {"starts_on": "2020-04-01"}, "15000.00"),
    (PROD, "business", {"starts_on": "2020-04-30"}, "500.00"),     # 50% × 30,000 × 1/30
    (PROD, "business", {"starts_on": "2020-05-01"}, None),         # the day after April: 0
    # both ends inside: 2020-02-15..2020-03-15 at 30,000: 30,000 × 15/29 + 50% × 30,000 × 15/31
    #   = 15,517.241… + 7,258.064… = 22,775.305…
    (PROD, "business", {"starts_on": "2020-02-15", "ends_on": "2020-03-15"}, "22775.31"),
    (OFFICE, "office", {"ends_on": "2020-01-31"}, None),
    (OFFICE, "office", {"ends_on": "2020-02-29"}, "15000.00"),     # 50% × 30,000: February is halved for offices
    (OFFICE, "office", {"ends_on": "2020-03-31"}, "30000.00"),
    (OFFICE, "office", {"starts_on": "2020-04-30"}, "500.00"),     # 50% × 30,000 × 1/30
    (OFFICE, "office", {"starts_on": "2020-05-01"}, None),
])
def test_every_month_edge(mid: str, use: str, dates: dict[str, str], expected: str | None) -> None:
    a = run(mid, tenant(lease(use=use, rent="30000", **dates)))
    if expected is None:
        assert a.status == "ineligible" and a.amount == 0
        assert any("not leased in 2020-02-01..2020-04-30 (the months relieved)" in r for r in a.reasons), a.reasons
    else:
        assert a.status == "eligible" and a.amount == Decimal(expected), (a.amount, a.steps)


def test_the_steps_show_the_days_leased() -> None:
    # a month partly leased shows its days; a month not leased at all says so with the lease's own period (it
    # counts 0); a sum over one lease whose line already shows its value is not repeated
    a = run(PROD, tenant(lease(rent="29000", ends_on="2020-02-15")))
    assert a.steps == [
        "lease 0: 2020-02: 100% × 29,000.00 × 15 (days leased in 2020-02) / 29 = 15,000.00",
        "lease 0: 2020-03: not leased, relief 0: days of 2020-02-01..2020-02-15 inside 2020-03-01..2020-03-31 = 0",
        "lease 0: 2020-04: not leased, relief 0: days of 2020-02-01..2020-02-15 inside 2020-04-01..2020-04-30 = 0",
    ]


def test_an_exact_tie_rounds_half_up_once() -> None:
    # two office leases at 1,000.01 a month, one ending 2020-02-01, the other starting 2020-02-02: together they
    # cover February once; 50% × 1,000.01 × (1/29 + 28/29) + 50% × 1,000.01 × 2 = 1,500.015 exactly → 1,500.02
    firm = tenant(lease(use="office", rent="1000.01", ends_on="2020-02-01"),
                  lease(use="office", rent="1000.01", starts_on="2020-02-02"))
    a = run(OFFICE, firm)
    assert Fraction("1000.01") * Fraction(3, 2) == Fraction("1500.015")
    assert a.amount == Decimal("1500.02")


# =====================================================================================================
# Issue 8 §3: "经认定后" (L2891, L2894) and "经行业主管部门认定后" (L2931-L2932) are facts of the profile
# =====================================================================================================
@pytest.mark.parametrize("which", range(len(LEASE_MEASURES)))
def test_recognition_of_the_lease_relief_is_a_fact(which: int) -> None:
    mid, landlord, use, extra = LEASE_MEASURES[which]
    assert run(mid, tenant(lease(landlord, use, **extra))).status == "eligible"
    # refused: the lease is out → ineligible (nothing else qualifies)
    a = run(mid, tenant(lease(landlord, use, relief_recognised=False, **extra)))
    assert a.status == "ineligible" and any("not recognised (经认定后)" in r for r in a.reasons), a.reasons
    # unknown: undetermined, the path in missing
    a = run(mid, tenant(lease(landlord, use, relief_recognised=None, **extra)))
    assert a.status == "undetermined" and a.missing == ["leases.0.relief_recognised"]
    # two leases, only one recognised: only that one is relieved (60,000 a month each)
    two = run(mid, tenant(lease(landlord, use, relief_recognised=False, **extra), lease(landlord, use, **extra)))
    assert two.status == "eligible" and list(two.parts) == ["leases.1"]
    assert two.amount == run(mid, tenant(lease(landlord, use, **extra))).amount


@pytest.mark.parametrize("mid", [INST, COLL])
def test_the_literal_reading_of_the_reference_carries_no_recognition(mid: str) -> None:
    # '参照…期限、标准执行' read literally (chaoyang_referenced_terms_include_conditions=False): periods and rates only
    landlord = "institution" if mid == INST else "collective"
    extra = {"landlord_follows_district_terms": True} if mid == COLL else {}
    for recognised in (False, None):
        f = tenant(lease(landlord, "business", "20000", relief_recognised=recognised, **extra))
        assert run(mid, f).status != "eligible"
        a = run(mid, f, chaoyang_referenced_terms_include_conditions=False)
        assert a.status == "eligible" and a.amount == Decimal("40000.00")  # 20,000 + 10,000 + 10,000


def test_carrier_recognition_is_a_fact() -> None:
    # "经行业主管部门认定后，按减免金额的 30%给予奖励" (L2931-L2932)
    assert run(CARRIER, carrier(relief("2000000"))).amount == Decimal("600000.00")
    a = run(CARRIER, carrier(relief("2000000", recognised=False)))
    assert a.status == "ineligible" and any("经行业主管部门认定" in r for r in a.reasons)
    a = run(CARRIER, carrier(relief("2000000", recognised=None)))
    assert a.status == "undetermined" and a.missing == ["rent_relief_granted.0.recognised"]
    # only the recognised reductions count: 30% × 1,000,000 = 300,000
    a = run(CARRIER, carrier(relief("2000000", recognised=False), relief("1000000")))
    assert a.status == "eligible" and a.amount == Decimal("300000.00")


# =====================================================================================================
# Issue 8 §1 / §6: a reduction's period, one end known or both (L2929-L2934 "在疫情期间"; 疫情期间 2020-01-24..2020-12-31)
# =====================================================================================================
@pytest.mark.parametrize(("start", "end", "readings", "status", "missing"), [
    ("2020-02-01", None, {}, "undetermined", ["rent_relief_granted.0.period_end"]),      # inside: how much is inside?
    (None, "2020-04-30", {}, "undetermined", ["rent_relief_granted.0.period_start"]),
    (None, None, {}, "undetermined", ["rent_relief_granted.0.period_start", "rent_relief_granted.0.period_end"]),
    ("2021-01-01", None, {}, "ineligible", []),          # starts after 疫情期间 ends: wholly outside whatever its end
    (None, "2020-01-23", {}, "ineligible", []),          # ends the day before 疫情期间 starts
    ("2020-12-31", None, {}, "undetermined", ["rent_relief_granted.0.period_end"]),   # the last day is inside
    (None, "2020-01-24", {}, "undetermined", ["rent_relief_granted.0.period_start"]),  # the first day is inside
    # under 'exclude' (only reductions wholly inside count) one known end outside decides alone
    ("2020-01-23", None, {"chaoyang_carrier_straddling_relief": "exclude"}, "ineligible", []),
    (None, "2021-01-01", {"chaoyang_carrier_straddling_relief": "exclude"}, "ineligible", []),
    ("2020-01-24", None, {"chaoyang_carrier_straddling_relief": "exclude"}, "undetermined",
     ["rent_relief_granted.0.period_end"]),
])
def test_carrier_relief_with_one_date_known(start: str | None, end: str | None, readings: dict[str, Any], status: str,
                                            missing: list[str]) -> None:
    a = run(CARRIER, carrier(relief("600000", start=start, end=end)), **readings)  # type: ignore[arg-type]
    assert (a.status, a.missing) == (status, missing), a.reasons
    if status == "ineligible":
        assert any("outside 疫情期间" in r for r in a.reasons), a.reasons


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2020-01-14", "2020-01-23", None),            # wholly before 疫情期间 (2020-01-24): 0
    ("2020-01-15", "2020-01-24", "30000.00"),      # 1 day of 10 inside: 30% × 1,000,000 × 1/10
    ("2020-12-31", "2021-01-09", "30000.00"),      # the last day: 1 of 10
    ("2021-01-01", "2021-01-10", None),            # wholly after: 0
])
def test_carrier_epidemic_period_edges(start: str, end: str, expected: str | None) -> None:
    a = run(CARRIER, carrier(relief("1000000", start=start, end=end)))
    if expected is None:
        assert a.status == "ineligible" and a.amount == 0
    else:
        assert a.status == "eligible" and a.amount == Decimal(expected)


WIDE_DAYS = st.dates(date(2019, 12, 1), date(2021, 3, 31))
EPI = (date(2020, 1, 24), date(2020, 12, 31))


def inside_days(start: date, end: date) -> int:
    lo, hi = max(start, EPI[0]), min(end, EPI[1])
    return max(0, (hi - lo).days + 1)


@given(items=st.lists(st.tuples(st.integers(0, 50_000), WIDE_DAYS, WIDE_DAYS), min_size=1, max_size=4),
       exclude=st.booleans())
def test_carrier_reward_is_30pct_of_the_days_inside_capped(items: list[tuple[int, date, date]], exclude: bool) -> None:
    reliefs, total = [], Fraction(0)
    for daily, d1, d2 in items:
        start, end = sorted((d1, d2))
        days = (end - start).days + 1
        reliefs.append(relief(str(daily * days), start=start.isoformat(), end=end.isoformat()))
        inside = inside_days(start, end)
        if not (exclude and inside < days):
            total += daily * inside  # the reduction's own amount × days inside / days relieved
    readings = {"chaoyang_carrier_straddling_relief": "exclude"} if exclude else {}
    a = run(CARRIER, carrier(*reliefs), **readings)
    assert a.amount == round_fen(min(Fraction(3, 10) * total, Fraction(1_000_000)))
    assert a.status == ("eligible" if total > 0 else "ineligible")
    # no reduction counts for more than its own amount
    assert Fraction(a.amount) <= Fraction(3, 10) * sum(daily * ((max(d1, d2) - min(d1, d2)).days + 1)
                                                       for daily, d1, d2 in items) + Fraction(1, 200)


@given(daily=st.integers(1, 20_000), days=st.lists(WIDE_DAYS, min_size=4, max_size=4))
def test_shortening_a_reduction_never_raises_the_reward(daily: int, days: list[date]) -> None:
    a, b, c, d = sorted(days)
    long = relief(str(daily * ((d - a).days + 1)), start=a.isoformat(), end=d.isoformat())
    short = relief(str(daily * ((c - b).days + 1)), start=b.isoformat(), end=c.isoformat())
    # the default reading only: under 'exclude' a reduction straddling 疫情期间 counts 0 while a shorter one inside
    # counts whole — that reading is not monotone by construction
    assert paid(run(CARRIER, carrier(short))) <= paid(run(CARRIER, carrier(long)))


@given(start=st.none() | WIDE_DAYS, end=st.none() | WIDE_DAYS, exclude=st.booleans())
def test_a_partly_known_reduction_never_crashes(start: date | None, end: date | None, exclude: bool) -> None:
    if start and end and end < start:
        start, end = end, start
    readings = {"chaoyang_carrier_straddling_relief": "exclude"} if exclude else {}
    r = relief("1000", start=start and start.isoformat(), end=end and end.isoformat())  # type: ignore[arg-type]
    for mid in (CARRIER, OFFICE_BLDG, MALL):
        kind = {CARRIER: "incubator", OFFICE_BLDG: "office_building", MALL: "mall"}[mid]
        a = run(mid, carrier(r, kind=kind, chaoyang_rent_cut_reward_share="0.1"),
                **(readings if mid == CARRIER else {}))
        outside = (start is not None and start > EPI[1]) or (end is not None and end < EPI[0])
        if outside:
            assert a.status == "ineligible"
        elif start is None or end is None:
            assert a.status in ("undetermined", "ineligible")
            if a.status == "undetermined":
                assert set(a.missing) == {f"rent_relief_granted.0.{k}" for k, v in
                                          (("period_start", start), ("period_end", end)) if v is None}
        else:
            assert a.status in ("eligible", "ineligible")


# =====================================================================================================
# Issue 8 §6: zero quantities, the collective's actual waiver, GC1 and the size bound
# =====================================================================================================
def test_zero_rent_and_zero_reductions_relieve_nothing() -> None:
    a = run(PROD, tenant(lease(rent="0")))
    assert a.status == "ineligible" and a.amount == 0 and "is 0" in a.reasons[-1]
    assert run(CARRIER, carrier(relief("0"))).status == "ineligible"
    a = run(COLL, tenant(lease("collective", rent="50000", landlord_follows_district_terms=True, rent_waived="0")),
            chaoyang_collective_amount="as_granted")
    assert a.status == "ineligible" and a.amount == 0


def test_as_granted_is_capped_by_the_district_terms_and_the_months_leased() -> None:
    opted = {"landlord_follows_district_terms": True}
    # waived 200,000 on a 50,000 lease: the district terms give 50,000 + 25,000 + 25,000 = 100,000 → 100,000
    f = tenant(lease("collective", rent="50000", rent_waived="200000", **opted))
    a = run(COLL, f, chaoyang_collective_amount="as_granted")
    assert a.amount == Decimal("100000.00")
    # waived 30,000: below the terms → 30,000
    f = tenant(lease("collective", rent="50000", rent_waived="30000", **opted))
    assert run(COLL, f, chaoyang_collective_amount="as_granted").amount == Decimal("30000.00")
    # a lease from May on: nothing in Feb–Apr, whatever was waived
    f = tenant(lease("collective", rent="50000", rent_waived="30000", starts_on="2020-05-01", **opted))
    assert run(COLL, f, chaoyang_collective_amount="as_granted").status == "ineligible"
    # the waiver unknown under as_granted: undetermined
    f = tenant(lease("collective", rent="50000", **opted))
    a = run(COLL, f, chaoyang_collective_amount="as_granted")
    assert a.status == "undetermined" and a.missing == ["leases.0.rent_waived"]


def test_gc1_registration_or_tax_reading_both_ways() -> None:
    # registered in 海淀, paying tax in 朝阳: the default needs both → ineligible; registered_or_tax → paid
    f = {**tenant(lease()), "district": "haidian", "tax_district": "chaoyang"}
    assert run(PROD, f).status == "ineligible"
    assert run(PROD, f, chaoyang_registration_test="registered_or_tax").amount == Decimal("120000.00")
    # neither: ineligible either way
    f = {**tenant(lease()), "district": "haidian"}
    assert run(PROD, f, chaoyang_registration_test="registered_or_tax").status == "ineligible"


@pytest.mark.parametrize(("size", "status"), [("micro", "eligible"), ("small", "eligible"), ("medium", "eligible"),
                                              ("large", "ineligible")])
def test_the_sme_bound(size: str, status: str) -> None:
    # GC2 / item 2 "中小微企业": medium is in, large is out; the carrier counts medium tenants, not large ones
    assert run(PROD, {**tenant(lease()), "size": size}).status == status
    assert run(CARRIER, carrier(relief("100000", tenant_size=size))).status == status


def test_carrier_tenant_facts_unknown() -> None:
    a = run(CARRIER, carrier(relief("100000", tenant_size=None)))
    assert a.status == "undetermined" and a.missing == ["rent_relief_granted.0.tenant_size"]
    a = run(CARRIER, carrier(relief("100000", district=None)))
    assert a.status == "undetermined" and a.missing == ["rent_relief_granted.0.tenant_district"]
    a = run(CARRIER, carrier(relief(None)))  # type: ignore[arg-type]
    assert a.status == "undetermined" and a.missing == ["rent_relief_granted.0.amount"]
    # one known reduction is enough to pay it, but an unknown one still leaves the whole reward undetermined
    a = run(CARRIER, carrier(relief("100000"), relief("100000", recognised=None)))
    assert a.status == "undetermined" and a.missing == ["rent_relief_granted.1.recognised"]


def test_every_chaoyang_number_has_its_literal_or_a_convention() -> None:
    # issue 8 §9: "免收" reads 100%, "减半" 50%, "2 月份" February 2020, "30%", "100万元", "3亿元"
    from subsidycalc.engine import literals
    for m in CAT.filter(district="chaoyang"):
        for name, p in m.params.items():
            if literals.is_numeric(p.value):
                assert p.literal is not None or p.convention, (m.id, name)
    assert chaoyang.RENT_PARAMS["business_terms"].literal == ("2 月份", "免收", "3月份", "减半", "4月份", "减半")


# =====================================================================================================
# Issue 8 §6: what a mutation run of this module left alive — explanations, unknown places, readings' edges
# =====================================================================================================
def test_lease_steps_and_reasons_say_what_was_computed() -> None:
    # a full lease: whole months, no day fraction
    a = run(PROD, tenant(lease()))
    assert a.steps == ["lease 0: 2020-02: 100% × 60,000.00 = 60,000.00", "lease 0: 2020-03: 50% × 60,000.00 = 30,000.00",
                       "lease 0: 2020-04: 50% × 60,000.00 = 30,000.00", "sum over leases: 120,000.00"]
    assert ("✓ 1 lease(s) from a 朝阳 区属国有企业 (district SOE), premises in Beijing (京内房产), the relief recognised "
            "(经认定后)") in a.reasons
    # a part month under whole_month says so
    a = run(PROD, tenant(lease(rent="29000", ends_on="2020-02-15")), chaoyang_rent_partial_months="whole_month")
    assert a.steps[0] == "lease 0: 2020-02: 100% × 29,000.00 = 29,000.00"
    assert ("a month leased on only some of its days counts at its whole rent (reading chaoyang_rent_partial_months = "
            "whole_month)") in a.reasons
    # two leases: a line per lease and month, and their sum
    a = run(PROD, tenant(lease(rent="10000"), lease(rent="20000")))
    assert len(a.steps) == 7 and a.steps[-1] == "sum over leases: 20,000.00 + 40,000.00 = 60,000.00"
    # the literal reading of the reference: no recognition asked for, none claimed
    f = tenant(lease("institution", rent="20000", relief_recognised=None))
    a = run(INST, f, chaoyang_referenced_terms_include_conditions=False)
    assert not any("经认定后" in r for r in a.reasons)
    # why a lease outside the months counts 0, by the end of its own period that puts it outside
    for dates, words in [({"ends_on": "2020-01-31"}, "lease ended 2020-01-31"),
                         ({"starts_on": "2020-05-01"}, "lease starts 2020-05-01"),
                         ({"starts_on": "2019-01-01", "ends_on": "2019-12-31"}, "lease ended 2019-12-31")]:
        a = run(PROD, tenant(lease(**dates)))
        assert f"✗ lease 0: {words}: not leased in 2020-02-01..2020-04-30 (the months relieved) → 0" in a.reasons


def test_carrier_steps_say_what_was_computed() -> None:
    assert run(CARRIER, carrier(relief("2000000"))).steps == [
        "rent waived in 疫情期间: 2,000,000.00",
        "reward: min(30% × 2,000,000.00 (rent waived in 疫情期间), 1,000,000.00) = 600,000.00"]
    # exactly the cap: 10,000,000 over 3 days, 1 inside 疫情期间 → 3,333,333.33… × 30% = 1,000,000
    a = run(CARRIER, carrier(relief("10000000", start="2020-12-31", end="2021-01-02")))
    assert a.amount == Decimal("1000000.00")
    assert a.steps[0] == ("relief 0: rent waived inside 疫情期间: 10,000,000.00 × 1 (days inside 疫情期间) / "
                          "3 (days relieved) = 3,333,333.333333…")
    two = carrier(relief("100000", carrier="A"), relief("200000", carrier="B"))
    assert run(CARRIER, two, chaoyang_carrier_cap_scope="per_carrier").steps == [
        "rent waived in 疫情期间: 100,000.00 + 200,000.00 = 300,000.00",
        "A: reward of the carrier: min(30% × 100,000.00 (rent waived in the carrier), "
        "1,000,000.00) = 30,000.00",
        "B: reward of the carrier: min(30% × 200,000.00 (rent waived in the carrier), "
        "1,000,000.00) = 60,000.00",
        "sum over carriers: 30,000.00 + 60,000.00 = 90,000.00"]
    assert run(CARRIER, two).steps[-1] == "reward: min(30% × 300,000.00 (rent waived in 疫情期间), 1,000,000.00) = 90,000.00"
    # a known end outside 疫情期间 decides alone, and says which
    a = run(CARRIER, carrier(relief("100", start="2021-01-01", end=None)))
    assert "✗ relief 0: starts 2021-01-01: outside 疫情期间 2020-01-24..2020-12-31 → 0" in a.reasons
    a = run(CARRIER, carrier(relief("100", start=None, end="2020-01-23")))
    assert "✗ relief 0: ends 2020-01-23: outside 疫情期间 2020-01-24..2020-12-31 → 0" in a.reasons


EXEMPT = "qualifications.epidemic_control_participant"


@pytest.mark.parametrize(("firm", "readings"), [
    # the registration district unknown, the tax district 朝阳: whether 在朝阳区注册纳税 holds is unknown
    ({"district": None, "tax_district": "chaoyang"}, {}),
    # under registered_or_tax, taxed elsewhere: registration in 朝阳 would still do
    ({"district": None, "tax_district": "haidian"}, {"chaoyang_registration_test": "registered_or_tax"}),
])
def test_gc1_with_the_registration_district_unknown(firm: dict[str, Any], readings: dict[str, Any]) -> None:
    # item 2 states 在朝阳区注册纳税 for its tenants (L2889): only the registration can decide it
    a = run(PROD, {**tenant(lease()), **firm}, **readings)
    assert a.status == "undetermined" and a.missing == ["district"], a.missing
    # GC1 (L3174-L3176 "除经各相关部门认定的直接参与疫情防控工作的企业外…须在朝阳区注册纳税"): either the registration or
    # the exemption decides it, so both are asked (bug fix, issue 9: the calculator asked only for the district) …
    a = run(CARRIER, {**carrier(relief("100000")), **firm}, **readings)
    assert a.status == "undetermined" and a.missing == ["district", EXEMPT], a.missing
    # … and a known exemption settles it without the district
    a = run(CARRIER, {**carrier(relief("100000")), **firm, "qualifications": {"epidemic_control_participant": True}},
            **readings)
    assert a.status == "eligible" and a.amount == Decimal("30000.00")


def test_a_carriers_tenant_with_its_registration_unknown() -> None:
    a = run(CARRIER, carrier(relief("100000", district=None, tenant_tax_district="chaoyang")))
    assert a.status == "undetermined" and a.missing == ["rent_relief_granted.0.tenant_district"]


@pytest.mark.parametrize(("start", "end", "status"), [
    ("2020-01-24", "2020-12-31", "eligible"),     # the whole of 疫情期间: wholly inside, counts under 'exclude'
    ("2020-01-23", "2020-12-31", "ineligible"),   # one day before
    ("2020-01-24", "2021-01-01", "ineligible"),   # one day after
    (None, "2020-12-31", "undetermined"),         # the end known and inside: the start decides
])
def test_the_exclude_reading_edges(start: str | None, end: str | None, status: str) -> None:
    a = run(CARRIER, carrier(relief("100000", start=start, end=end)),  # type: ignore[arg-type]
            chaoyang_carrier_straddling_relief="exclude")
    assert a.status == status, a.reasons


def test_an_earlier_end_or_later_start_of_the_epidemic_period() -> None:
    # 疫情期间 is a shared reading: starting it on 2020-02-01 leaves out a January reduction, half of a straddling one
    jan = carrier(relief("100000", start="2020-01-24", end="2020-01-31"))
    assert run(CARRIER, jan).amount == Decimal("30000.00")
    assert run(CARRIER, jan, epidemic_period_start=date(2020, 2, 1)).status == "ineligible"
    # 2020-01-25..2020-02-07 (14 days), 7 from 2020-02-01: 30% × 140,000 × 7/14 = 21,000
    a = run(CARRIER, carrier(relief("140000", start="2020-01-25", end="2020-02-07")),
            epidemic_period_start=date(2020, 2, 1))
    assert a.amount == Decimal("21000.00")


def test_notes_say_how_periods_and_recognitions_are_read() -> None:
    for mid in (PROD, OFFICE, INST, COLL):
        assert chaoyang.RENT_NOTES[0] in CAT[mid].notes
    for mid in (PROD, OFFICE):
        assert chaoyang.RENT_NOTES[1] in CAT[mid].notes
    for mid in (OFFICE_BLDG, MALL):
        assert CAT[mid].notes == (chaoyang.OPERATOR_PERIOD_NOTE,)


def test_a_stacking_reading_stays_on_the_award_it_was_applied_to() -> None:
    assert sc.estimate(MIXED)[PROD].readings["soe_rent_one_level_scope"] == "lease"  # the rules applied here
    a = sc.estimate(tenant(lease(landlord="private")))[PROD]  # no qualifying lease: no rule applies to it
    assert a.status == "ineligible" and "soe_rent_one_level_scope" not in a.readings


# =====================================================================================================
# Named concepts of the definitions (issue 9): each can be evaluated on its own
# =====================================================================================================
def concept(mid: str, firm: dict[str, Any], name: str, **readings: Any) -> Any:
    """A named concept of a measure's definition, evaluated for one firm (a list: one value per item)."""
    from subsidycalc.engine.rules import traced

    d = CAT[mid].definition(sc.Assumptions(**readings))
    node = next(n for n in d.nodes if n.name == name)
    return traced.evaluate(d, sc.Firm.model_validate(firm)).env[node.idx]


def test_concepts_days_leased_and_the_relief_on_each_lease() -> None:
    # L2889-L2893 "免收 2 月份房租，3月份、4月份房租减半", each lease for its own days: lease 0 all of Feb–Apr; lease 1
    # from 2020-02-20 (10 of February's 29 days); lease 2 until 2020-03-15 (15 of March's 31 days); lease 3 a 市属 SOE's
    f = tenant(lease(rent="29000"), lease(rent="29000", starts_on="2020-02-20"),
               lease(rent="31000", ends_on="2020-03-15"), lease(landlord="city_soe"))
    assert concept(PROD, f, "days leased in 2020-02") == [29, 10, 29, 29]
    assert concept(PROD, f, "days leased in 2020-03") == [31, 31, 15, 31]
    assert concept(PROD, f, "qualifying lease") == [True, True, True, False]
    # 29,000 + 14,500 + 14,500 = 58,000; 29,000 × 10/29 + 14,500 + 14,500 = 39,000; 31,000 + 31,000 × 15/31 × 50% = 38,500
    relief = concept(PROD, f, "relief on the lease")
    assert relief[:3] == [Fraction(58000), Fraction(39000), Fraction(38500)]
    # the whole_month reading: a month leased on any day counts whole — 29,000 + 14,500 + 14,500 for lease 1
    assert concept(PROD, f, "relief on the lease", chaoyang_rent_partial_months="whole_month")[1] == Fraction(58000)


def test_concepts_rent_waived_inside_the_epidemic_period() -> None:
    # L2929-L2934 "在疫情期间…减免租金": 疫情期间 2020-01-24..2020-12-31 by default; a reduction 2020-01-15..2020-01-24
    # has 1 of its 10 days inside → 1/10 of 500,000; one wholly inside counts whole; one wholly after counts out
    f = carrier(relief("500000", start="2020-01-15", end="2020-01-24"), relief("200000"),
                relief("100000", start="2021-01-01", end="2021-01-31"))
    assert concept(CARRIER, f, "days inside 疫情期间") == [1, 90, 0]  # Feb–Apr 2020: 29 + 31 + 30
    assert concept(CARRIER, f, "rent waived inside 疫情期间")[:2] == [Fraction(50000), Fraction(200000)]
    assert concept(CARRIER, f, "counted reduction") == [True, True, False]


def test_a_known_failure_rules_a_lease_out_whatever_else_is_unknown() -> None:
    # L2899 "鼓励集体经济组织参照执行": a collective that did not follow the terms rules its lease out, even with the
    # rent unknown (three-valued, issue 9: the calculator asked for leases.0.monthly_rent first)
    f = tenant(lease("collective", rent=None, landlord_follows_district_terms=False))  # type: ignore[arg-type]
    a = run(COLL, f)
    assert a.status == "ineligible" and "✗ lease 0: the collective did not follow the encouragement" in "\n".join(
        a.reasons)
    # the facts of a lease still undecided are all asked for at once
    f = tenant(lease("collective", rent=None))  # type: ignore[arg-type]
    a = run(COLL, f)
    assert a.status == "undetermined" and set(a.missing) == {"leases.0.monthly_rent",
                                                              "leases.0.landlord_follows_district_terms"}


def test_a_tenant_taxed_in_chaoyang_needs_no_registration_under_registered_or_tax() -> None:
    # L2929-L2931 "为承租在朝阳区注册纳税的中小微企业减免租金": under registered_or_tax the tenant's 朝阳 tax district decides
    # alone; its registration district is not asked for (the calculator listed it as missing)
    f = carrier(relief("100000", district=None, tenant_tax_district="chaoyang"))  # type: ignore[arg-type]
    a = run(CARRIER, f, chaoyang_registration_test="registered_or_tax")
    assert a.status == "eligible" and a.amount == Decimal("30000.00") and not a.missing
    # under registered_and_tax the registration is still needed
    a = run(CARRIER, f)
    assert a.status == "undetermined" and a.missing == ["rent_relief_granted.0.tenant_district"]
