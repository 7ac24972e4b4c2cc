"""东城区: D1–D6 (seed L1075-L2847), catalog 02 with ERRATA_01_03 (R08–R13, R19, R24, R27).

City rules restated by 东城 are aliases of ``beijing.*`` measures (fee waivers, tax deferral, SI deferral, skills
training, COVID patient costs, medical-insurance late processing, hiring-subsidy window, ZGC R&D subsidy): the
city module's owners test them; here only that the ids resolve there.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate
from subsidycalc.engine.estimate import run as run_catalog
from subsidycalc.engine.sources import cite_in_seed, in_seed, normalize, seed_excerpt
from subsidycalc.measures import dongcheng

CAT = sc.catalog()
RC = "dongcheng.risk_comp.default_compensation"
SOE = "dongcheng.district_soe_rent_reduction"
BLDG = "dongcheng.commercial_building_rent_subsidy"
TDJ = "dongcheng.tou_dai_jiang_matching"
FZT = "dongcheng.fang_zu_tong_matching"
SUPPLY = "dongcheng.supply_guarantee_one_off_reward"
INFO = ("dongcheng.risk_comp.loan_rate_cap", "dongcheng.risk_comp.pool_rules", "dongcheng.talent_introduction_2020",
        "dongcheng.sme_procurement_reservation", "dongcheng.frontline_medical_staff_life_insurance")
OWN = (RC, SOE, BLDG, TDJ, FZT, SUPPLY, *INFO)
MONEY = st.integers(min_value=1, max_value=20_000_000).map(Decimal)


def run(mid: str, firm: dict[str, Any], **readings: Any) -> sc.Award:
    return evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


@pytest.mark.parametrize("mid", OWN)
def test_cites_and_quotes_are_seed_text(mid: str) -> None:
    m = CAT[mid]
    assert m.district == "dongcheng"
    for s in m.sources:
        assert in_seed(s.quote), s.quote
        assert normalize(s.quote) in normalize(seed_excerpt(s.lines)), s.lines
    for k, p in m.params.items():
        assert cite_in_seed(p.cite), (k, p.cite)


def test_documents_carry_their_scope_clauses() -> None:
    from subsidycalc.measures._documents import DONGCHENG_D1, DONGCHENG_DZBF_2020_3
    for doc in (DONGCHENG_D1, dongcheng.D2, dongcheng.D3, DONGCHENG_DZBF_2020_3, dongcheng.D6):
        assert doc.scope_quote and in_seed(doc.scope_quote)
        assert normalize(doc.scope_quote) in normalize(seed_excerpt(doc.scope_lines or ""))
    assert dongcheng.D2.territory == "custom" and CAT[RC].effective_territory == "custom"


@pytest.mark.parametrize(("alias", "city"), [
    ("dongcheng.skills_training_subsidy", "beijing.skills_training_subsidy"),
    ("dongcheng.special_equipment_inspection_fee_waiver", "beijing.special_equipment_inspection_fee_waiver"),
    ("dongcheng.road_occupation_fee_waiver", "beijing.road_occupation_fee_waiver"),
    ("dongcheng.sewage_and_admin_fee_waiver", "beijing.sewage_treatment_fee_waiver"),
    ("dongcheng.tax_payment_deferral", "beijing.tax_payment_deferral"),
    ("dongcheng.zgc_small_firm_rd_subsidy", "beijing.zgc_small_firm_rd_subsidy"),
    ("dongcheng.covid_patient_medical_cost_subsidy", "beijing.covid_patient_medical_cost_subsidy"),
    ("dongcheng.social_insurance_contribution_deferral", "beijing.si_deferral_to_march"),
    ("dongcheng.medical_insurance_late_processing", "beijing.medical_insurance_late_processing"),
    ("dongcheng.hiring_subsidy_application_window", "beijing.hire_subsidy.priority_groups"),
])
def test_city_rules_resolve_to_city_measures(alias: str, city: str) -> None:
    assert all(alias not in (m.id, *m.aliases) for m in dongcheng.MEASURES)
    if alias in CAT:  # declared by the city modules' owners
        assert CAT[alias].id == city


@pytest.mark.parametrize("mid", INFO)
def test_information_entries_never_pay(mid: str) -> None:
    m = CAT[mid]
    assert not m.relief and m.summary
    a = sc.estimate({"district": "dongcheng", "size": "small"})[mid]
    assert a.status == "ineligible" and a.amount == 0 and "information" in a.reasons[0]


def test_information_numbers() -> None:
    pool = CAT["dongcheng.risk_comp.pool_rules"].params
    # pool 15,000,000: year-1 lending 10 × 15,000,000 = 150,000,000; ceiling 20 × = 300,000,000; suspension at
    # 50% × 15,000,000 = 7,500,000
    assert pool.pool * pool.leverage_year1 == Decimal(150_000_000)
    assert pool.pool * pool.leverage_max == Decimal(300_000_000)
    assert pool.pool * pool.suspend_share == Decimal(7_500_000)
    proc = CAT["dongcheng.sme_procurement_reservation"].params
    # budget 10,000,000: SME ≥ 3,000,000, of which small/micro ≥ 1,800,000
    assert Decimal(10_000_000) * proc.sme_share * proc.small_micro_share == Decimal(1_800_000)
    assert CAT["dongcheng.frontline_medical_staff_life_insurance"].beneficiary == "individual"
    assert CAT["dongcheng.talent_introduction_2020"].params.deadline == date(2020, 2, 19)


# =====================================================================================================
# dongcheng.risk_comp.default_compensation — D2 第十五–十八条
# =====================================================================================================
def claim(loss: str = "4000000", tier: str = "culture_plus", security: str = "credit", **kw: Any) -> dict:
    return {"in_pool": True, "borrower_size": "small", "borrower_district": "dongcheng", "borrower_tier": tier,
            "security": security, "loss_principal": loss, "matures_on": "2020-06-30", **kw}


def bank(*claims: dict) -> dict:
    return {"district": "dongcheng", "size": "large", "lending": {"risk_comp_claims": list(claims)}}


def guarantor(*claims: dict) -> dict:
    return {"district": "chaoyang", "guarantor": {"risk_comp_claims": list(claims)}}


MORTGAGE = {"security": "mortgage_commercial", "credit_line": "7000000", "collateral_value": "10000000"}


@pytest.mark.parametrize(("firm", "readings", "status", "amount", "high"), [
    # ex.1 (L1310-L1314): “文化+”, 4,000,000 unrecovered: min(60% × 4,000,000, 3,000,000) = 2,400,000
    (bank(claim()), {}, "eligible", "2400000.00", "2400000.00"),
    # ex.2: guarantor mode, other 高精尖, paid the bank 4,000,000: min(50% × 4,000,000, 2,000,000) = 2,000,000
    (guarantor(claim(tier="high_end")), {}, "eligible", "2000000.00", "2000000.00"),
    # ex.2: 6,000,000: 50% = 3,000,000 → capped at 2,000,000
    (bank(claim("6000000", "high_end")), {}, "eligible", "2000000.00", "2000000.00"),
    # ex.2: “文化+” 5,000,000: 60% = 3,000,000 = exactly the cap
    (bank(claim("5000000")), {}, "eligible", "3000000.00", "3000000.00"),
    # ex.3: residential mortgage at 60% LTV ≤ 70% standard → no exposure → 0
    (bank(claim("3000000", security="mortgage_residential", credit_line="6000000", collateral_value="10000000")), {},
     "ineligible", "0.00", "0.00"),
    # ex.3 contrast, reading A (excess_only): 7,000,000 − 50% × 10,000,000 = 2,000,000; × 50% = 1,000,000
    (bank(claim("7000000", "high_end", **MORTGAGE)), {}, "eligible", "1000000.00", "1000000.00"),
    # reading B (whole_line): min(50% × 7,000,000, 2,000,000) = 2,000,000
    (bank(claim("7000000", "high_end", **MORTGAGE)), {"dongcheng_risk_comp_mortgage_exposure": "whole_line"},
     "eligible", "2000000.00", "2000000.00"),
    # ex.3: a loan never included in the pool → 0 (第六条)
    (bank(claim(in_pool=False)), {}, "ineligible", "0.00", "0.00"),
    # a supplied ratio of 40%: 40% × 4,000,000 = 1,600,000
    (bank(claim()), {"dongcheng_risk_comp_ratio": Decimal("0.40")}, "eligible", "1600000.00", "1600000.00"),
    # a ratio above the ceiling is held at 60%
    (bank(claim()), {"dongcheng_risk_comp_ratio": Decimal("0.90")}, "eligible", "2400000.00", "2400000.00"),
    # recovered after payout: returned in full (default) → 0
    (bank(claim(recovered="1000000")), {}, "ineligible", "0.00", "0.00"),
    # proportional: 60% × (4,000,000 − 1,000,000) = 1,800,000
    (bank(claim(recovered="1000000")), {"dongcheng_risk_comp_clawback": "proportional"}, "eligible", "1800000.00",
     "1800000.00"),
    # principal and interest: 60% × (4,000,000 + 200,000) = 2,520,000
    (bank(claim(loss_interest="200000")), {"dongcheng_risk_comp_base": "principal_and_interest"}, "eligible",
     "2520000.00", "2520000.00"),
    # two “文化+” claims of 4,000,000: per loan 2 × 2,400,000 = 4,800,000; per claimant capped at 3,000,000
    (bank(claim(), claim()), {}, "eligible", "4800000.00", "4800000.00"),
    (bank(claim(), claim()), {"dongcheng_risk_comp_cap_scope": "claimant"}, "eligible", "3000000.00", "3000000.00"),
    # borrower registered in 海淀, or large, or of neither direction → 0
    (bank(claim(borrower_district="haidian")), {}, "ineligible", "0.00", "0.00"),
    (bank(claim(borrower_size="large")), {}, "ineligible", "0.00", "0.00"),
    (bank(claim(tier="none")), {}, "ineligible", "0.00", "0.00"),
])
def test_risk_comp_worked_examples(firm: dict, readings: dict, status: str, amount: str, high: str) -> None:
    a = run(RC, firm, **readings)
    assert (a.status, a.amount, a.high) == (status, Decimal(amount), Decimal(high))
    if status == "eligible" and "dongcheng_risk_comp_ratio" not in readings:
        assert a.low == 0  # 不超过: the text guarantees no floor


def test_risk_comp_deadline_and_roles() -> None:
    a = run(RC, bank(claim()))
    # maturity 2020-06-30 + 60 calendar days = 2020-08-29 (第十七条)
    assert any("2020-08-29" in v for v in a.effects.values())
    assert run(RC, {"district": "dongcheng"}).status == "ineligible"  # neither a bank nor a guarantor
    a = run(RC, bank(claim(security=None)))
    assert a.status == "undetermined" and a.missing == ["lending.risk_comp_claims.0.security"]
    a = run(RC, bank(claim(security="mortgage_commercial")))
    assert a.missing == ["lending.risk_comp_claims.0.credit_line", "lending.risk_comp_claims.0.collateral_value"]
    a = run(RC, {"lending": {}})
    assert a.status == "undetermined" and a.missing == ["lending.risk_comp_claims"]


@given(loss=MONEY, tier=st.sampled_from(["culture_plus", "high_end"]))
def test_risk_comp_never_above_ratio_or_cap(loss: Decimal, tier: str) -> None:
    a = run(RC, bank(claim(str(loss), tier)))
    ratio, cap = (Decimal("0.6"), Decimal(3_000_000)) if tier == "culture_plus" else (Decimal("0.5"),
                                                                                      Decimal(2_000_000))
    assert a.status == "eligible" and 0 <= a.low <= a.amount <= a.high
    assert a.amount == min(ratio * loss, cap).quantize(Decimal("0.01"))


@given(line=st.integers(min_value=1, max_value=100).map(lambda k: Decimal(k) * 100_000))
def test_risk_comp_mortgage_standard_edge(line: Decimal) -> None:
    # commercial property worth 10,000,000: a credit line ≤ 5,000,000 (不高于 50%) has no exposure
    c = claim(str(line), "high_end", security="mortgage_commercial", credit_line=str(line),
              collateral_value="10000000")
    a = run(RC, bank(c))
    if line <= 5_000_000:
        assert a.status == "ineligible"
    else:
        assert a.amount == min(Decimal("0.5") * (line - 5_000_000), Decimal(2_000_000))


# =====================================================================================================
# dongcheng.district_soe_rent_reduction — D4 item 4, D5 item 7 (北京市减免标准)
# =====================================================================================================
OK = {"open_or_closed_per_rules": True, "no_layoffs": True}


def lease(use: str = "business", rent: str = "30000", **kw: Any) -> dict:
    return {"landlord": "district_soe", "landlord_district": "dongcheng", "use": use, "monthly_rent": rent, **kw}


def tenant(*leases: dict, size: str = "small", q: dict | None = None) -> dict:
    return {"district": "dongcheng", "size": size, "qualifications": OK if q is None else q, "leases": list(leases)}


@pytest.mark.parametrize(("firm", "readings", "status", "amount"), [
    # ex.1: retail in a district-SOE shop, 30,000/month, open, no lay-offs: 100% × 30,000 = 30,000
    (tenant(lease()), {}, "eligible", "30000.00"),
    # ex.2: offices at 20,000: 50% × 20,000 = 10,000
    (tenant(lease("office", "20000")), {}, "eligible", "10000.00"),
    # ex.3: a large tenant; a private landlord; a city SOE; a 西城 district SOE → 0 here
    (tenant(lease(), size="large"), {}, "ineligible", "0.00"),
    (tenant(lease(landlord="private")), {}, "ineligible", "0.00"),
    (tenant(lease(landlord="city_soe")), {}, "ineligible", "0.00"),
    (tenant(lease(landlord_district="xicheng")), {}, "ineligible", "0.00"),
    # business tenant that laid staff off → 0; an office tenant is unaffected (README "Decisions")
    (tenant(lease(), q={"open_or_closed_per_rules": True, "no_layoffs": False}), {}, "ineligible", "0.00"),
    (tenant(lease("office", "20000"), q={"open_or_closed_per_rules": True, "no_layoffs": False}), {}, "eligible",
     "10000.00"),
    (tenant(lease("office", "20000"), q={"open_or_closed_per_rules": True, "no_layoffs": False}),
     {"office_requires_no_layoff": True}, "ineligible", "0.00"),
    # D5 '按照实际经营情况' (as_granted): the rent the SOE waived, 45,000
    (tenant(lease(rent_waived="45000")), {"dongcheng_soe_rent_terms": "as_granted"}, "eligible", "45000.00"),
    # a lease from 2020-02-15: 30,000 × 15/29; whole_month: 30,000
    (tenant(lease(starts_on="2020-02-15")), {}, "eligible", "15517.24"),
    (tenant(lease(starts_on="2020-02-15")), {"dongcheng_rent_partial_month": "whole_month"}, "eligible",
     "30000.00"),
])
def test_soe_rent_worked_examples(firm: dict, readings: dict, status: str, amount: str) -> None:
    a = run(SOE, firm, **readings)
    assert (a.status, a.amount) == (status, Decimal(amount))


def test_soe_rent_missing_facts() -> None:
    a = run(SOE, tenant(lease(), q={}))
    assert a.status == "undetermined"
    assert a.missing == ["qualifications.open_or_closed_per_rules", "qualifications.no_layoffs"]
    a = run(SOE, tenant(lease(use=None)))
    assert a.status == "undetermined" and a.missing == ["leases.0.use"]


@given(rent=MONEY, use=st.sampled_from(["business", "office"]))
def test_soe_rent_is_the_city_share(rent: Decimal, use: str) -> None:
    share = Decimal(1) if use == "business" else Decimal("0.5")
    assert run(SOE, tenant(lease(use, str(rent)))).amount == (share * rent).quantize(Decimal("0.01"))


def test_one_level_rule_against_the_city_february_rule() -> None:
    rule = dongcheng.one_level_rules()[0]
    assert rule.measures == (SOE, dongcheng.CITY_SOE_RENT) and rule.kind == "exclusive" and rule.keep == "highest"
    assert in_seed(rule.source.quote) and "市区两级" in rule.source.quote
    district = run(SOE, tenant(lease()))
    city = sc.Award(measure_id=dongcheng.CITY_SOE_RENT, status="eligible", amount=Decimal(30000),
                    low=Decimal(30000), high=Decimal(30000))
    rule.apply({SOE: district, dongcheng.CITY_SOE_RENT: city})
    assert district.amount + city.amount == Decimal(30000) and district.stacking and city.stacking
    if dongcheng.CITY_SOE_RENT in CAT:
        assert any(r.id == "dongcheng_soe_rent_one_level" for r in CAT.rules)
        f = tenant(lease(premises_in_beijing=True))
        report = sc.estimate(f)
        paid = report[SOE].amount + report[dongcheng.CITY_SOE_RENT].amount
        assert paid == Decimal("30000.00")  # one February rent, once


# D4 附则 "凡市区两级共有的政策，原则上企业只能选择其中一级进行申请" (L2521-L2523), read lease by lease (per="leases")
CITY = dongcheng.CITY_SOE_RENT
# the two measures with this module's own rule (per="leases"); sc.estimate applies the same rule once the catalog
# keeps each rule's ``per`` (engine/registry.py load() rebuilds every StackingRule without it)
STACK = sc.Catalog([CAT[SOE], CAT[CITY]], dongcheng.one_level_rules(), CAT.readings)
CATALOG_KEEPS_PER = all(r.per == "leases" for r in CAT.rules if r.id == "dongcheng_soe_rent_one_level")


def stacked(f: dict, **readings: Any) -> sc.Report:
    return run_catalog(STACK, sc.Firm.model_validate(f), sc.Assumptions(**readings))


def city_lease(use: str = "office", rent: str = "20000", **kw: Any) -> dict:
    """A lease from a 市属国有企业 (the city rule's, not 东城's)."""
    return {"landlord": "city_soe", "use": use, "monthly_rent": rent, "premises_in_beijing": True, **kw}


def test_one_level_rule_is_per_lease() -> None:
    (rule,) = dongcheng.one_level_rules()
    assert rule.per == "leases" and rule.measures == (SOE, CITY) and rule.keep == "highest"


@pytest.mark.parametrize(("readings", "waived", "district", "total"), [
    # lease 0, 东城 区属国企, business, 30,000 (京内): D4 "参照北京市减免标准" (L1547-L1555) with the city standard
    #   "免收 2月份房租" (房山 L5656-L5658): 100% × 30,000 = 30,000; the city rule gives the same 30,000 → paid once, by
    #   东城 (listed first, equal)
    # lease 1, 市属国企, office, 20,000: city "给予 2月份租金 50%的减免" (L5658-L5660): 50% × 20,000 = 10,000; D4 item 4
    #   covers 区属国有企业房产 only → nothing there
    # total 30,000 + 10,000 = 40,000
    ({}, None, "30000.00", "40000.00"),
    # D5 "按照实际经营情况，给予租金减免" (L2638-L2640), reading as_granted: the SOE waived 45,000 on lease 0, more than
    # the city's 30,000 → 东城 45,000 on lease 0 + city 10,000 on lease 1 = 55,000 (the whole-award rule paid only
    # max(45,000, 30,000 + 10,000) = 45,000: the 市属 lease's relief was lost)
    ({"dongcheng_soe_rent_terms": "as_granted"}, "45000", "45000.00", "55000.00"),
])
def test_district_lease_and_city_lease_are_both_relieved(readings: dict, waived: str | None, district: str,
                                                        total: str) -> None:
    f = tenant(lease(premises_in_beijing=True, **({"rent_waived": waived} if waived else {})), city_lease())
    r = stacked(f, **readings)
    d, c = r[SOE], r[CITY]
    assert (d.status, c.status) == ("eligible", "eligible")
    assert (d.amount, c.amount) == (Decimal(district), Decimal("10000.00"))
    assert list(d.parts) == ["leases.0"] and list(c.parts) == ["leases.1"]
    assert d.amount + c.amount == Decimal(total)


def test_catalog_keeps_the_per_lease_rule() -> None:
    assert CATALOG_KEEPS_PER  # registry.load() keeps StackingRule.per


def test_estimate_relieves_each_lease_at_one_level() -> None:
    # as above through sc.estimate: 30,000 (东城, lease 0) + 10,000 (city, lease 1)
    r = sc.estimate(tenant(lease(premises_in_beijing=True), city_lease()))
    assert (r[SOE].amount, r[CITY].amount) == (Decimal("30000.00"), Decimal("10000.00"))


@pytest.mark.parametrize(("readings", "waived", "kept", "amount"), [
    # one 东城 区属国企 business lease of 30,000: 东城 100% × 30,000 = city 100% × 30,000 → 30,000 once (东城, first)
    ({}, None, SOE, "30000.00"),
    # as_granted, the SOE waived 45,000 (L2638-L2640): 45,000 > city 30,000 → 45,000 by 东城, the city adds nothing
    ({"dongcheng_soe_rent_terms": "as_granted"}, "45000", SOE, "45000.00"),
    # as_granted, the SOE waived only 12,000: the city's 30,000 (L5656-L5658) is higher → 30,000 by the city
    ({"dongcheng_soe_rent_terms": "as_granted"}, "12000", CITY, "30000.00"),
])
def test_a_single_district_lease_is_relieved_once(readings: dict, waived: str | None, kept: str, amount: str) -> None:
    f = tenant(lease(premises_in_beijing=True, **({"rent_waived": waived} if waived else {})))
    r = stacked(f, **readings)
    other = CITY if kept == SOE else SOE
    assert (r[kept].amount, r[other].amount) == (Decimal(amount), Decimal(0))


LEASE_KINDS = {
    "dongcheng": {"premises_in_beijing": True},                                      # both measures
    "dongcheng_outside": {"premises_in_beijing": False},  # 东城 SOE premises outside Beijing: D4 names no 京内 test
    "city": {"landlord": "city_soe", "premises_in_beijing": True},                   # the city rule only
    "xicheng_soe": {"landlord_district": "xicheng", "premises_in_beijing": True},    # city only
    "private": {"landlord": "private", "premises_in_beijing": True},                 # neither
}


def alone(mid: str, f: dict, readings: dict) -> Decimal:
    a = run(mid, f, **readings)
    return a.amount if a.status == "eligible" else Decimal(0)


@given(leases=st.lists(st.tuples(st.sampled_from(sorted(LEASE_KINDS)), st.sampled_from(["business", "office"]),
                                 st.integers(0, 10**6), st.integers(0, 10**6)), min_size=1, max_size=4),
       laid_off=st.booleans(), terms=st.sampled_from(["city_standard", "as_granted"]))
def test_total_is_the_higher_level_lease_by_lease(leases: list[tuple[str, str, int, int]], laid_off: bool,
                                                  terms: str) -> None:
    q = {"open_or_closed_per_rules": True, "no_layoffs": not laid_off}
    readings = {"dongcheng_soe_rent_terms": terms}
    items = [lease(use, str(rent), rent_waived=str(waived), **LEASE_KINDS[k]) for k, use, rent, waived in leases]
    r = stacked(tenant(*items, q=q), **readings)
    # what each measure alone pays on each lease (a firm with that lease only); whole yuan rents: exact to the fen
    expected = sum((max(alone(SOE, tenant(x, q=q), readings), alone(CITY, tenant(x, q=q), readings)) for x in items),
                   Decimal(0))
    assert r[SOE].amount + r[CITY].amount == expected
    assert not set(r[SOE].parts) & set(r[CITY].parts)  # no lease paid by both


# =====================================================================================================
# dongcheng.commercial_building_rent_subsidy — D4 item 6
# =====================================================================================================
def building(*reliefs: dict, kind: str = "office_building") -> dict:
    return {"district": "dongcheng", "landlord_premises_type": kind, "rent_relief_granted": list(reliefs)}


def relief(amount: str, **kw: Any) -> dict:
    return {"tenant_size": "small", "tenant_fits_district_positioning": True, "amount": amount,
            "period_start": "2020-02-01", "period_end": "2020-03-31", **kw}


@pytest.mark.parametrize(("firm", "readings", "amount", "low", "high"), [
    # ex.1: 600,000 reduced at 40%: 240,000 (range 180,000 – 300,000)
    (building(relief("600000")), {"dongcheng_building_subsidy_rate": Decimal("0.40")}, "240000.00", "240000.00",
     "240000.00"),
    # no rate supplied: the range 30% … 50%, point at the floor
    (building(relief("600000")), {}, "180000.00", "180000.00", "300000.00"),
    (building(relief("600000")), {"dongcheng_range_point": "high"}, "300000.00", "180000.00", "300000.00"),
    # ex.2: 1,000,000 at 50% = 500,000, exactly the cap
    (building(relief("1000000")), {"dongcheng_building_subsidy_rate": Decimal("0.50")}, "500000.00", "500000.00",
     "500000.00"),
    # ex.2: 1,600,000 at 40% = 640,000 → capped at 500,000
    (building(relief("1600000")), {"dongcheng_building_subsidy_rate": Decimal("0.40")}, "500000.00", "500000.00",
     "500000.00"),
    # ex.2: 1,000,000 at the 30% floor = 300,000
    (building(relief("1000000")), {"dongcheng_building_subsidy_rate": Decimal("0.30")}, "300000.00", "300000.00",
     "300000.00"),
    # cap per building: two buildings of 1,600,000 each at 40%: 2 × 500,000
    (building(relief("1600000", carrier="A"), relief("1600000", carrier="B")),
     {"dongcheng_building_subsidy_rate": Decimal("0.40"), "dongcheng_building_cap_scope": "building"},
     "1000000.00", "1000000.00", "1000000.00"),
])
def test_building_worked_examples(firm: dict, readings: dict, amount: str, low: str, high: str) -> None:
    a = run(BLDG, firm, **readings)
    assert a.status == "eligible" and (a.amount, a.low, a.high) == (Decimal(amount), Decimal(low), Decimal(high))


def test_building_ineligible_carriers_and_missing() -> None:
    # ex.3: reductions for a large tenant, a tenant outside 东城's direction, or months outside 疫情期间 count 0
    for r in (relief("100000", tenant_size="large"), relief("100000", tenant_fits_district_positioning=False),
              relief("100000", period_start="2019-11-01", period_end="2019-12-31")):
        assert run(BLDG, building(r)).status == "ineligible"
    # a mall is neither a 商务楼宇 nor a carrier
    assert run(BLDG, building(relief("100000"), kind="mall")).status == "ineligible"
    # an incubator: 优先予以政策扶持 (no number) unless the reading applies the building rate
    a = run(BLDG, building(relief("100000"), kind="incubator"))
    assert a.status == "eligible" and not a.quantified
    assert a.needs == ["assumptions.dongcheng_carriers_get_building_rate"]
    a = run(BLDG, building(relief("100000"), kind="incubator"), dongcheng_carriers_get_building_rate=True)
    assert a.amount == Decimal("30000.00")
    assert run(BLDG, {"district": "dongcheng", "landlord_premises_type": "office_building"}).status == "ineligible"
    a = run(BLDG, {"district": "dongcheng", "rent_relief_granted": [relief("1")]})
    assert a.status == "undetermined" and a.missing == ["landlord_premises_type"]


@given(amount=MONEY, rate=st.integers(min_value=0, max_value=100).map(lambda k: Decimal(k) / 100))
def test_building_within_range_and_cap(amount: Decimal, rate: Decimal) -> None:
    a = run(BLDG, building(relief(str(amount))), dongcheng_building_subsidy_rate=rate)
    assert 0 <= a.amount <= Decimal(500_000)
    assert (Decimal("0.30") * amount).quantize(Decimal("0.01")) >= a.amount or a.amount == Decimal(500_000) \
        or a.amount <= (Decimal("0.50") * amount).quantize(Decimal("0.01"))
    low = run(BLDG, building(relief(str(amount))))
    assert low.low <= a.amount <= low.high


# =====================================================================================================
# dongcheng.tou_dai_jiang_matching / fang_zu_tong_matching — D4 item 13
# =====================================================================================================
@pytest.mark.parametrize(("mid", "field", "award", "status", "amount"), [
    (TDJ, "city_tou_dai_jiang_award_2019", "800000", "eligible", "160000.00"),  # 20% × 800,000
    (TDJ, "city_tou_dai_jiang_award_2019", "50000", "eligible", "10000.00"),    # 20% × 50,000, no floor or cap
    (TDJ, "city_tou_dai_jiang_award_2019", "0", "ineligible", "0.00"),          # not granted
    (FZT, "city_fang_zu_tong_subsidy", "250000", "eligible", "50000.00"),       # 20% × 250,000
    (FZT, "city_fang_zu_tong_subsidy", "1", "eligible", "0.20"),                # 20% × 1 = 0.20
    (FZT, "city_fang_zu_tong_subsidy", "0", "ineligible", "0.00"),
])
def test_matching_worked_examples(mid: str, field: str, award: str, status: str, amount: str) -> None:
    a = run(mid, {"district": "dongcheng", field: award})
    assert (a.status, a.amount) == (status, Decimal(amount))
    # ex.3: a firm registered in 朝阳 → 0
    assert run(mid, {"district": "chaoyang", field: award}).status == "ineligible"


def test_matching_readings_and_missing() -> None:
    f = {"district": "dongcheng", "tax_district": "xicheng", "city_tou_dai_jiang_award_2019": "800000"}
    assert run(TDJ, f).status == "eligible"
    assert run(TDJ, f, dongcheng_matching_requires_tax=True).status == "ineligible"
    a = run(FZT, {"district": "dongcheng"})
    assert a.status == "undetermined" and a.missing == ["city_fang_zu_tong_subsidy"]


@given(award=MONEY)
def test_matching_is_20_percent(award: Decimal) -> None:
    a = run(TDJ, {"district": "dongcheng", "city_tou_dai_jiang_award_2019": str(award)})
    assert a.amount == (Decimal("0.20") * award).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")


# =====================================================================================================
# dongcheng.supply_guarantee_one_off_reward — D4 item 11 (no amount; ERRATA R27)
# =====================================================================================================
def test_supply_reward_without_amount() -> None:
    f = {"district": "dongcheng", "qualifications": {"kept_supplies_during_epidemic": True}}
    a = run(SUPPLY, f)
    assert a.status == "eligible" and not a.quantified and a.needs == ["assumptions.dongcheng_supply_reward_amount"]
    assert run(SUPPLY, f, dongcheng_supply_reward_amount=Decimal(20000)).amount == Decimal("20000.00")
    assert run(SUPPLY, {"district": "dongcheng", "qualifications": {"kept_supplies_during_epidemic": False}}).status \
        == "ineligible"
    a = run(SUPPLY, {"district": "dongcheng"})
    assert a.status == "undetermined" and a.missing == ["qualifications.kept_supplies_during_epidemic"]


def test_readings_are_declared_and_documented() -> None:
    fields = sc.Assumptions.model_fields
    for r in dongcheng.READINGS:
        assert r.name.startswith("dongcheng_") or r.name == "office_requires_no_layoff"
        assert fields[r.name].default == r.default and len(r.doc) > 60


def test_example_firm_shows_several_measures() -> None:
    path = Path(__file__).resolve().parents[2] / "examples" / "firms" / "dongcheng_cultural_building_operator.json"
    report = sc.estimate(json.loads(path.read_text(encoding="utf-8")))
    paid = {a.measure_id for a in report.awards if a.status == "eligible" and a.district == "dongcheng"}
    assert {SOE, BLDG, TDJ, FZT} <= paid
