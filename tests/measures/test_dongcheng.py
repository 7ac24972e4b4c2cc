"""东城区: D1–D6 (seed L1075-L2847), catalog 02 with ERRATA_01_03 (R08–R13, R19, R24, R27).

City rules restated by 东城 are aliases of ``beijing.*`` measures (fee waivers, tax deferral, SI deferral, skills
training, COVID patient costs, medical-insurance late processing, hiring-subsidy window, ZGC R&D subsidy): the
city module's owners test them; here only that the ids resolve there.
"""

from __future__ import annotations

import inspect
import json
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import subsidycalc as sc
from subsidycalc.engine import literals
from subsidycalc.engine.estimate import evaluate
from subsidycalc.engine.estimate import run as run_catalog
from subsidycalc.engine.money import round_fen
from subsidycalc.engine.periods import Window, add_months, month_window, months_covered, overlap_days
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


#: issue 9 §4: three former readings are facts of the profile now (MOVED_READINGS): the ratio 区金融服务办 set for a
#: risk-compensation claim, the rate the district set for a 商务楼宇 landlord, the supply reward 区商务局 granted. A case
#: written with the old reading name sets the fact instead (on every claim, for the ratio): same amounts expected.
MOVED_TO_FACTS = {"dongcheng_building_subsidy_rate": "commercial_building_subsidy_rate",
                  "dongcheng_supply_reward_amount": "supply_guarantee_reward_granted"}


def as_facts(firm: dict[str, Any], readings: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    firm, readings = dict(firm), dict(readings)
    for old, new in MOVED_TO_FACTS.items():
        if old in readings:
            firm[new] = str(readings.pop(old))
    if "dongcheng_risk_comp_ratio" in readings:
        ratio = str(readings.pop("dongcheng_risk_comp_ratio"))
        for role in ("lending", "guarantor"):
            if firm.get(role) and firm[role].get("risk_comp_claims"):
                firm[role] = {**firm[role], "risk_comp_claims": [{**c, "compensation_ratio": ratio}
                                                                 for c in firm[role]["risk_comp_claims"]]}
    return firm, readings


def run(mid: str, firm: dict[str, Any], **readings: Any) -> sc.Award:
    firm, readings = as_facts(firm, readings)
    f, assumptions = sc.Firm.model_validate(firm), sc.Assumptions(**readings)
    # Inexact is trapped in every test (tests/conftest.py): a quotient taken in Decimal (or a sub-fen Decimal
    # formatted by rounding) raises
    return evaluate(CAT[mid], f, assumptions)


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


@given(amount=MONEY, rate=st.integers(min_value=0, max_value=99).map(lambda k: Decimal(k) / 100))  # a Rate is < 1
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
    assert a.status == "eligible" and not a.quantified and a.needs == ["supply_guarantee_reward_granted"]
    a = run(SUPPLY, {**f, "supply_guarantee_reward_granted": "20000"})
    assert (a.amount, a.quantified, a.needs) == (Decimal("20000.00"), True, [])
    assert run(SUPPLY, {"district": "dongcheng", "qualifications": {"kept_supplies_during_epidemic": False}}).status \
        == "ineligible"
    a = run(SUPPLY, {"district": "dongcheng"})
    assert a.status == "undetermined" and a.missing == ["qualifications.kept_supplies_during_epidemic"]


def test_readings_are_declared_and_documented() -> None:
    fields = sc.Assumptions.model_fields
    owned = [r for m in dongcheng.MEASURES for r in m.owned_readings]  # declared with the measures that own them
    assert len(owned) >= 11
    for r in owned:
        assert r.name.startswith("dongcheng_")
        assert fields[r.name].default == r.default and len(r.doc) > 60
    for m in dongcheng.MEASURES:   # every reading a measure names is declared (its own, or shared elsewhere)
        assert all(name in fields for name in m.readings)


def test_example_firm_shows_several_measures() -> None:
    path = Path(__file__).resolve().parents[2] / "examples" / "firms" / "dongcheng_cultural_building_operator.json"
    report = sc.estimate(json.loads(path.read_text(encoding="utf-8")))
    paid = {a.measure_id for a in report.awards if a.status == "eligible" and a.district == "dongcheng"}
    assert {SOE, BLDG, TDJ, FZT} <= paid


# =====================================================================================================
# issue 8 — §9 every number against its sentence; §1b exact arithmetic; §1 items count only while they exist;
# §2 one level only (D4 附则); §3 recognitions as facts; §6 every edge pinned
# =====================================================================================================
NUMERIC = (Decimal, int, date, Window, tuple)


@pytest.mark.parametrize("mid", OWN)
def test_every_number_is_a_literal_of_its_cite_or_a_convention(mid: str) -> None:
    for k, p in CAT[mid].params.items():
        if isinstance(p.value, NUMERIC) and not isinstance(p.value, bool):
            assert (p.literal is None) != (p.convention is None), (mid, k)
            if p.literal is not None:
                assert not literals.check(p.value, p.literal, normalize(p.cite), normalize), (mid, k)


def test_no_district_module_helper_is_borrowed() -> None:
    # period arithmetic comes from engine.periods (issue 8 §7), not from xicheng's lease helpers
    src = inspect.getsource(dongcheng)
    assert "lease_months_share" not in src and "from .xicheng import FEB" not in src
    assert "timedelta" not in src


def frac_amount(a: sc.Award) -> Decimal:
    return a.amount if a.status == "eligible" else Decimal(0)


# ---- dongcheng.district_soe_rent_reduction: the lease's own period inside February (L1547-L1555; 房山 L5656-L5660) --
@pytest.mark.parametrize(("kw", "readings", "status", "amount"), [
    # February 2020 has 29 days; business lease, 30,000 a month, 100% (免收 2月份房租)
    ({"ends_on": "2020-01-31"}, {}, "ineligible", "0.00"),               # ended the day before February: 0
    ({"ends_on": "2020-02-01"}, {}, "eligible", "1034.48"),              # 1 day: 30,000 × 1/29 = 1,034.48
    ({"ends_on": "2020-02-28"}, {}, "eligible", "28965.52"),             # 28 days: 30,000 × 28/29 = 28,965.52
    ({"ends_on": "2020-02-29"}, {}, "eligible", "30000.00"),             # the whole month
    ({"starts_on": "2020-02-01"}, {}, "eligible", "30000.00"),
    ({"starts_on": "2020-02-29"}, {}, "eligible", "1034.48"),            # the last day only: 1/29
    ({"starts_on": "2020-03-01"}, {}, "ineligible", "0.00"),             # starts the day after February: 0
    ({"starts_on": "2020-02-10", "ends_on": "2020-02-10"}, {}, "eligible", "1034.48"),  # one day inside
    # whole_month: any day of February is the whole month; none is still none
    ({"ends_on": "2020-02-01"}, {"dongcheng_rent_partial_month": "whole_month"}, "eligible", "30000.00"),
    ({"ends_on": "2020-01-31"}, {"dongcheng_rent_partial_month": "whole_month"}, "ineligible", "0.00"),
    ({"starts_on": "2020-03-01"}, {"dongcheng_rent_partial_month": "whole_month"}, "ineligible", "0.00"),
])
def test_soe_rent_counts_the_lease_only_while_it_exists(kw: dict, readings: dict, status: str, amount: str) -> None:
    a = run(SOE, tenant(lease(**kw)), **readings)
    assert (a.status, a.amount) == (status, Decimal(amount))
    if status == "ineligible":
        assert any("not in force in February 2020" in r for r in a.reasons)


def test_soe_rent_office_partial_month_and_sizes() -> None:
    # office 20,000 from 2020-02-15 (15 days): 50% × 20,000 × 15/29 = 5,172.41
    assert run(SOE, tenant(lease("office", "20000", starts_on="2020-02-15"))).amount == Decimal("5172.41")
    # 中小微企业 (D4 附则): micro and medium qualify, large does not
    for size in ("micro", "medium"):
        assert run(SOE, tenant(lease(), size=size)).amount == Decimal("30000.00")
    assert run(SOE, tenant(lease(), size="large")).status == "ineligible"


def test_soe_rent_lease_outside_february_needs_no_conditions() -> None:
    # a lease that ended in January contributes 0 whatever the operating conditions: not undetermined on them
    a = run(SOE, tenant(lease(ends_on="2020-01-31"), q={}))
    assert a.status == "ineligible" and a.missing == []
    # with a February lease beside it, only that lease's conditions are asked
    a = run(SOE, tenant(lease(ends_on="2020-01-31"), lease(), q={}))
    assert a.status == "undetermined" and a.missing == ["qualifications.open_or_closed_per_rules",
                                                        "qualifications.no_layoffs"]


def test_soe_rent_as_granted_zero_and_unknown() -> None:
    a = run(SOE, tenant(lease(rent_waived="0")), dongcheng_soe_rent_terms="as_granted")
    assert a.status == "ineligible" and a.amount == 0     # the SOE waived nothing
    a = run(SOE, tenant(lease()), dongcheng_soe_rent_terms="as_granted")
    assert a.status == "undetermined" and a.missing == ["leases.0.rent_waived"]
    a = run(SOE, tenant(lease(landlord_district=None)))
    assert a.status == "undetermined" and a.missing == ["leases.0.landlord_district"]


def test_soe_rent_part_of_february_is_exact() -> None:
    # one day of February on a rent of 29,000.29: 29,000.29 × 1/29 = 1,000.01 exactly (a Decimal division
    # 29,000.29 / 29 rounded first could land a fen off); rents are whole fen, so no half-fen tie can arise here
    a = run(SOE, tenant(lease(rent="29000.29", ends_on="2020-02-01")))
    assert a.amount == Decimal("1000.01")
    a = run(SOE, tenant(lease(rent="29000.30", ends_on="2020-02-01")))      # 1,000.010344… → 1,000.01
    assert a.amount == Decimal("1000.01")


DAYS = st.dates(min_value=date(2019, 12, 1), max_value=date(2020, 4, 30))
CENTS = st.integers(min_value=1, max_value=10**9).map(lambda c: Decimal(c) / 100)


@given(start=DAYS, end=DAYS, rent=CENTS, use=st.sampled_from(["business", "office"]))
def test_soe_rent_is_the_exact_covered_share_rounded_once(start: date, end: date, rent: Decimal, use: str) -> None:

    start, end = min(start, end), max(start, end)
    a = run(SOE, tenant(lease(use, str(rent), starts_on=str(start), ends_on=str(end))))
    days = overlap_days(Window(start, end), Window(date(2020, 2, 1), date(2020, 2, 29)))
    share = Fraction(1) if use == "business" else Fraction(1, 2)
    if days == 0:
        assert a.status == "ineligible" and a.amount == 0
    else:
        assert a.amount == round_fen(share * Fraction(rent) * Fraction(days, 29))
        assert a.amount <= round_fen(share * Fraction(rent))   # never above the month's rent share


@given(start=DAYS, end=DAYS, cut_start=st.integers(0, 40), cut_end=st.integers(0, 40),
       mode=st.sampled_from(["prorate_days", "whole_month"]))
def test_soe_rent_shortening_a_lease_never_raises(start: date, end: date, cut_start: int, cut_end: int,
                                                  mode: str) -> None:
    start, end = min(start, end), max(start, end)
    s2, e2 = start + timedelta(days=cut_start), end - timedelta(days=cut_end)
    full = frac_amount(run(SOE, tenant(lease(starts_on=str(start), ends_on=str(end))), dongcheng_rent_partial_month=mode))
    if s2 <= e2:
        short = frac_amount(run(SOE, tenant(lease(starts_on=str(s2), ends_on=str(e2))),
                                dongcheng_rent_partial_month=mode))
        assert short <= full
    assert full <= Decimal(30000)   # no lease is relieved of more than its February rent


@given(days=st.integers(1, 400), after=st.booleans(), mode=st.sampled_from(["prorate_days", "whole_month"]))
def test_soe_rent_lease_wholly_outside_february_is_zero(days: int, after: bool, mode: str) -> None:
    if after:
        kw = {"starts_on": str(date(2020, 3, 1) + timedelta(days=days - 1))}
    else:
        kw = {"ends_on": str(date(2020, 1, 31) - timedelta(days=days - 1))}
    a = run(SOE, tenant(lease(**kw)), dongcheng_rent_partial_month=mode)
    assert a.status == "ineligible" and a.amount == 0


# ---- dongcheng.commercial_building_rent_subsidy: one level only (D4 附则 L2521-L2523) ------------------------
@pytest.mark.parametrize(("elsewhere", "status", "amount"), [
    # a 900,000 rent cut: 30% (the floor, default point) × 900,000 = 270,000 (L1599-L1601) …
    (None, "eligible", "270000.00"),      # absent: not subsidised elsewhere (the field's documented meaning)
    (False, "eligible", "270000.00"),
    # … but the cut already drew the city's subsidy: "凡市区两级共有的政策，原则上企业只能选择其中一级进行申请，不得
    # 重复享受同类补贴支持资金" → 0 (issue 8 §2: 270,000 was paid)
    (True, "ineligible", "0.00"),
])
def test_building_subsidy_one_level_only(elsewhere: bool | None, status: str, amount: str) -> None:
    r = relief("900000", **({} if elsewhere is None else {"subsidised_elsewhere": elsewhere}))
    a = run(BLDG, building(r))
    assert (a.status, a.amount) == (status, Decimal(amount))
    if elsewhere:
        assert any("不得重复享受同类补贴支持资金" in x for x in a.reasons)


def test_building_subsidy_one_level_is_per_rent_cut() -> None:
    # two cuts, 600,000 already subsidised by the city and 400,000 not: 30% × 400,000 = 120,000, 50% = 200,000
    a = run(BLDG, building(relief("600000", subsidised_elsewhere=True), relief("400000")))
    assert (a.amount, a.low, a.high) == (Decimal("120000.00"), Decimal("120000.00"), Decimal("200000.00"))
    assert CAT[BLDG].sources[-1].lines == "L2521-L2523"


@pytest.mark.parametrize(("period", "readings", "low", "high"), [
    # 疫情期间 ends 2020-03-31 (reading): a cut of 600,000 over March–April counts for March only
    #   months (default): 1 of 2 months → 300,000; 30% = 90,000, 50% = 150,000
    (("2020-03-01", "2020-04-30"), {"epidemic_period_end": date(2020, 3, 31)}, "90000.00", "150000.00"),
    #   days: 31 of 61 days → 600,000 × 31/61 = 304,918.03…; 30% = 91,475.41, 50% = 152,459.02
    (("2020-03-01", "2020-04-30"), {"epidemic_period_end": date(2020, 3, 31), "dongcheng_building_relief_spread": "days"},
     "91475.41", "152459.02"),
    # the default window starts 2020-01-24: a cut of 240,000 over 2020-01-01..01-24 counts 1 day of 24 (1/31 of 24/31
    # months) → 10,000; 30% = 3,000, 50% = 5,000
    (("2020-01-01", "2020-01-24"), {}, "3000.00", "5000.00"),
    (("2020-01-01", "2020-01-24"), {"dongcheng_building_relief_spread": "days"}, "3000.00", "5000.00"),
    # the default window ends 2020-12-31: a cut of 240,000 over 2020-12-31..2021-01-23 counts 1 day: months
    # (1/31) / (1/31 + 23/31) = 1/24 → 10,000; days 1/24 → 10,000
    (("2020-12-31", "2021-01-23"), {}, "3000.00", "5000.00"),
    (("2020-12-31", "2021-01-23"), {"dongcheng_building_relief_spread": "days"}, "3000.00", "5000.00"),
    # wholly inside: the whole 240,000 → 72,000 / 120,000
    (("2020-01-24", "2020-12-31"), {}, "72000.00", "120000.00"),
])
def test_building_subsidy_counts_the_cut_inside_the_epidemic_period(period: tuple[str, str], readings: dict,
                                                                    low: str, high: str) -> None:
    amount = "600000" if period[0] == "2020-03-01" else "240000"
    a = run(BLDG, building(relief(amount, period_start=period[0], period_end=period[1])), **readings)
    assert a.status == "eligible" and (a.low, a.high) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize("period", [("2020-01-01", "2020-01-23"), ("2021-01-01", "2021-01-31")])
def test_building_subsidy_cut_wholly_outside_the_epidemic_period_is_zero(period: tuple[str, str]) -> None:
    # the day before 2020-01-24 and the day after 2020-12-31 (readings epidemic_period_start / _end)
    a = run(BLDG, building(relief("240000", period_start=period[0], period_end=period[1])))
    assert a.status == "ineligible" and a.amount == 0 and any("wholly outside" in r for r in a.reasons)


@pytest.mark.parametrize(("amount", "rate", "expected"), [
    # rate edges of "30%-50%": a supplied rate is held inside (L1599-L1601)
    ("1000000", "0.29", "300000.00"), ("1000000", "0.30", "300000.00"), ("1000000", "0.31", "310000.00"),
    ("600000", "0.49", "294000.00"), ("600000", "0.50", "300000.00"), ("600000", "0.51", "300000.00"),
    # cap "最高不超过 50万元", to the yuan: 50% × 999,998 = 499,999; × 1,000,002 = 500,001 → 500,000
    ("999998", "0.50", "499999.00"), ("1000002", "0.50", "500000.00"),
])
def test_building_subsidy_rate_and_cap_edges(amount: str, rate: str, expected: str) -> None:
    a = run(BLDG, building(relief(amount)), dongcheng_building_subsidy_rate=Decimal(rate))
    assert a.amount == Decimal(expected)


def test_building_subsidy_zero_unknowns_and_cap_scope() -> None:
    assert run(BLDG, building(relief("0"))).status == "ineligible"            # a cut of 0: nothing to subsidise
    for key in ("tenant_fits_district_positioning", "tenant_size", "period_start", "amount"):
        a = run(BLDG, building({**relief("100000"), key: None}))
        assert a.status == "undetermined" and a.missing == [f"rent_relief_granted.0.{key}"]
    assert run(BLDG, building(relief("100000", tenant_size="medium"))).amount == Decimal("30000.00")
    # two buildings of 1,600,000 at 40%: one cap per applicant (default) 500,000; per building 2 × 500,000
    two = building(relief("1600000", carrier="A"), relief("1600000", carrier="B"))
    assert run(BLDG, two, dongcheng_building_subsidy_rate=Decimal("0.40")).amount == Decimal("500000.00")


MONTH_STARTS = st.sampled_from([date(2019, m, 1) for m in (10, 11, 12)] + [date(2020, m, 1) for m in range(1, 13)]
                               + [date(2021, m, 1) for m in (1, 2, 3)])


@given(first=MONTH_STARTS, months=st.integers(1, 8), drop_first=st.integers(0, 7), drop_last=st.integers(0, 7),
       monthly=st.integers(1, 60_000))
def test_building_subsidy_shortening_a_cut_never_raises_months(first: date, months: int, drop_first: int,
                                                               drop_last: int, monthly: int) -> None:
    # an equal monthly cut over whole months (the 'months' spread): dropping months never raises the subsidy, and
    # no cut counts for more than its own amount (50% × amount bounds the high end; the cap is out of reach)

    def high(first: date, n: int) -> Decimal:
        w = month_window(first, n)
        a = run(BLDG, building(relief(str(monthly * n), period_start=str(w.start), period_end=str(w.end))))
        return a.high if a.status == "eligible" else Decimal(0)

    full = high(first, months)
    assert full <= Decimal(monthly * months) / 2
    kept = months - drop_first - drop_last
    if kept >= 1:
        assert high(add_months(first, drop_first), kept) <= full


@given(start=st.dates(min_value=date(2019, 12, 1), max_value=date(2021, 2, 28)), days=st.integers(1, 120),
       cut_start=st.integers(0, 60), cut_end=st.integers(0, 60), daily=st.integers(1, 3000))
def test_building_subsidy_shortening_a_cut_never_raises_days(start: date, days: int, cut_start: int, cut_end: int,
                                                             daily: int) -> None:

    def high(s: date, n: int) -> Decimal:
        r = relief(str(daily * n), period_start=str(s), period_end=str(s + timedelta(days=n - 1)))
        a = run(BLDG, building(r), dongcheng_building_relief_spread="days")
        return a.high if a.status == "eligible" else Decimal(0)

    full = high(start, days)
    assert full == (Decimal(daily) * _days_inside(start, days) / 2).quantize(Decimal("0.01"))
    if days - cut_start - cut_end >= 1:
        assert high(start + timedelta(days=cut_start), days - cut_start - cut_end) <= full


def _days_inside(start: date, n: int) -> int:

    return overlap_days(Window(start, start + timedelta(days=n - 1)), Window(date(2020, 1, 24), date(2020, 12, 31)))


@given(start=st.dates(min_value=date(2019, 12, 1), max_value=date(2021, 2, 28)), days=st.integers(1, 500),
       amount=CENTS, spread=st.sampled_from(["months", "days"]))
def test_building_subsidy_is_exact_rounded_once(start: date, days: int, amount: Decimal, spread: str) -> None:

    item = Window(start, start + timedelta(days=days - 1))
    epi = Window(date(2020, 1, 24), date(2020, 12, 31))
    a = run(BLDG, building(relief(str(amount), period_start=str(item.start), period_end=str(item.end))),
            dongcheng_building_relief_spread=spread)
    if not item.overlaps(epi):
        assert a.status == "ineligible" and a.amount == 0
        return
    share = (Fraction(overlap_days(item, epi), item.days()) if spread == "days"
             else months_covered(item, epi) / months_covered(item, item))
    counted = Fraction(amount) * share
    assert a.low == round_fen(min(Fraction(3, 10) * counted, Fraction(500_000)))
    assert a.high == round_fen(min(Fraction(1, 2) * counted, Fraction(500_000)))
    assert a.high <= round_fen(Fraction(amount) / 2)


# ---- dongcheng.risk_comp.default_compensation: edges, one level, exactness (L1306-L1340) -----------------------
@pytest.mark.parametrize(("c", "amount"), [
    # “文化+” ceiling 60%, cap 300万元, to the yuan
    (claim("4999999"), "2999999.40"), (claim("5000000"), "3000000.00"), (claim("5000002"), "3000000.00"),
    # other 高精尖 ceiling 50%, cap 200万元
    (claim("3999999", "high_end"), "1999999.50"), (claim("4000002", "high_end"), "2000000.00"),
    # residential 70% standard (不高于): credit 7,000,000 on 10,000,000 has no exposure; 7,000,001 has 1 yuan
    (claim("3000000", "high_end", security="mortgage_residential", credit_line="7000000",
           collateral_value="10000000"), None),
    (claim("3000000", "high_end", security="mortgage_residential", credit_line="7000001",
           collateral_value="10000000"), "0.50"),
    # commercial 50%: 5,000,000 on 10,000,000 none; 5,000,001 → 1 yuan of exposure → 0.50
    (claim("3000000", "high_end", security="mortgage_commercial", credit_line="5000000",
           collateral_value="10000000"), None),
    (claim("3000000", "high_end", security="mortgage_commercial", credit_line="5000001",
           collateral_value="10000000"), "0.50"),
    # a loss of 0 has nothing to compensate; a recovery of 0 is no recovery
    (claim("0"), None), (claim(recovered="0"), "2400000.00"),
    # borrowers of every 中小微 size
    (claim(borrower_size="micro"), "2400000.00"), (claim(borrower_size="medium"), "2400000.00"),
])
def test_risk_comp_edges(c: dict, amount: str | None) -> None:
    a = run(RC, bank(c))
    if amount is None:
        assert a.status == "ineligible" and a.amount == 0
    else:
        assert (a.status, a.amount, a.high) == ("eligible", Decimal(amount), Decimal(amount))


def test_risk_comp_whole_line_reading_at_the_standard_ratio() -> None:
    # whole_line counts the whole loss only above the standard ratio: at exactly 70% there is still no exposure
    c = claim("3000000", "high_end", security="mortgage_residential", credit_line="7000000", collateral_value="10000000")
    assert run(RC, bank(c), dongcheng_risk_comp_mortgage_exposure="whole_line").status == "ineligible"


@pytest.mark.parametrize(("elsewhere", "status", "amount"), [
    # D4 item 17 restates the fund; D4 附则 (L2521-L2523): a loss already compensated at another level draws nothing
    (True, "ineligible", "0.00"),
    (False, "eligible", "2400000.00"),   # 60% × 4,000,000
    (None, "eligible", "2400000.00"),    # absent: not compensated elsewhere
])
def test_risk_comp_one_level_only(elsewhere: bool | None, status: str, amount: str) -> None:
    c = claim(**({} if elsewhere is None else {"compensated_elsewhere": elsewhere}))
    a = run(RC, guarantor(c))
    assert (a.status, a.amount) == (status, Decimal(amount))
    # the other claim of the same firm is unaffected
    a = run(RC, bank(claim(compensated_elsewhere=True), claim("1000000", "high_end")))
    assert a.amount == Decimal("500000.00")


@given(loss=CENTS, ratio=st.integers(0, 999).map(lambda k: Decimal(k) / 1000),  # a Rate is < 1
       tier=st.sampled_from(["culture_plus", "high_end"]))
def test_risk_comp_is_exact_rounded_once(loss: Decimal, ratio: Decimal, tier: str) -> None:

    ceiling, cap = (Fraction(3, 5), 3_000_000) if tier == "culture_plus" else (Fraction(1, 2), 2_000_000)
    a = run(RC, bank(claim(str(loss), tier)), dongcheng_risk_comp_ratio=ratio)
    expected = round_fen(min(min(Fraction(ratio), ceiling) * Fraction(loss), Fraction(cap)))
    if expected == 0 and ratio == 0:
        return  # a ratio of 0 pays 0
    assert a.amount == expected


# ---- dongcheng.tou_dai_jiang_matching / fang_zu_tong_matching: exact, unknowns (L1795-L1798) ------------------
@given(award=CENTS, mid=st.sampled_from([TDJ, FZT]))
def test_matching_is_exact_rounded_once(award: Decimal, mid: str) -> None:

    field = "city_tou_dai_jiang_award_2019" if mid == TDJ else "city_fang_zu_tong_subsidy"
    assert run(mid, {"district": "dongcheng", field: str(award)}).amount == round_fen(Fraction(1, 5) * Fraction(award))


def test_matching_edges_and_unknowns() -> None:
    # 20% × 12,345.67 = 2,469.134 → 2,469.13; 20% × 0.03 = 0.006 → 0.01
    assert run(TDJ, {"district": "dongcheng", "city_tou_dai_jiang_award_2019": "12345.67"}).amount == \
        Decimal("2469.13")
    assert run(FZT, {"district": "dongcheng", "city_fang_zu_tong_subsidy": "0.03"}).amount == Decimal("0.01")
    a = run(TDJ, {"district": "dongcheng"})
    assert a.status == "undetermined" and a.missing == ["city_tou_dai_jiang_award_2019"]
    f = {"district": "dongcheng", "tax_district": "dongcheng", "city_fang_zu_tong_subsidy": "250000"}
    assert run(FZT, f, dongcheng_matching_requires_tax=True).amount == Decimal("50000.00")


# ---- §3: the recognitions and verifications the quotes make conditions are facts (unknown → undetermined, false →
# ineligible); none of the quotes of this module says 认定 or 确认 -----------------------------------------------
RECOGNITIONS = [
    # (measure, the sentence's words, the profile fact, a firm with the fact set to value)
    (SOE, "经区国资委核实承租房产确属区属国有企业房产", "leases.0.landlord",
     lambda v: tenant(lease(landlord=v))),
    (BLDG, "符合东城区产业发展方向", "rent_relief_granted.0.tenant_fits_district_positioning",
     lambda v: building(relief("100000", tenant_fits_district_positioning=v))),
    (RC, "纳入风险补偿资金池", "lending.risk_comp_claims.0.in_pool", lambda v: bank(claim(in_pool=v))),
    (RC, "“文化+”融合企业", "lending.risk_comp_claims.0.borrower_tier", lambda v: bank(claim(tier=v))),
    (SUPPLY, "东城区生活必需品应急保供企业", "qualifications.kept_supplies_during_epidemic",
     lambda v: {"district": "dongcheng", "qualifications": {"kept_supplies_during_epidemic": v}}),
]
NOT_RECOGNISED = {"leases.0.landlord": "private", "lending.risk_comp_claims.0.borrower_tier": "none"}


@pytest.mark.parametrize(("mid", "words", "path", "firm"), RECOGNITIONS, ids=[r[2] for r in RECOGNITIONS])
def test_recognitions_are_facts(mid: str, words: str, path: str, firm: Any) -> None:
    assert any(normalize(words) in normalize(s.quote) for s in CAT[mid].sources)
    a = run(mid, firm(None))
    assert a.status == "undetermined" and path in a.missing
    assert run(mid, firm(NOT_RECOGNISED.get(path, False))).status == "ineligible"


def test_no_quote_says_recognised_without_a_fact() -> None:
    for mid in OWN:
        for s in CAT[mid].sources:
            if s.lines == "L2521-L2523":
                continue
            assert "认定" not in s.quote and "确认" not in s.quote, (mid, s.lines)


@pytest.mark.parametrize(("mid", "firm", "readings"), [
    # products with sub-fen digits: every step formats them exactly (a quantize in a step would trap Inexact)
    (TDJ, {"district": "dongcheng", "city_tou_dai_jiang_award_2019": "12345.67"}, {}),
    (SOE, tenant(lease(rent="30000.13")), {}),
    (SOE, tenant(lease(rent_waived="100.01")), {"dongcheng_soe_rent_terms": "as_granted"}),
    (RC, bank(claim("1000000.01", recovered="10.01")), {"dongcheng_risk_comp_clawback": "proportional"}),
    (BLDG, building(relief("100000.01")), {"dongcheng_building_subsidy_rate": Decimal("0.333")}),
    (SUPPLY, {"district": "dongcheng", "qualifications": {"kept_supplies_during_epidemic": True}},
     {"dongcheng_supply_reward_amount": Decimal("0.01")}),   # a fact now: whole fen
])
def test_sub_fen_inputs_run_under_the_inexact_trap(mid: str, firm: dict, readings: dict) -> None:
    a = run(mid, firm, **readings)
    assert a.status == "eligible" and a.amount >= 0


# ---- §6: the sums and explanations a changed rule would move --------------------------------------------------
@pytest.mark.parametrize(("firm", "readings", "status", "amount"), [
    # proportional clawback of a recovery larger than the exposure: max(0, 1,000,000 − 1,500,000) = 0 → nothing
    (bank(claim("1000000", recovered="1500000")), {"dongcheng_risk_comp_clawback": "proportional"}, "ineligible",
     "0.00"),
    # per claimant, below the cap: 60% × 1,000,000 + 60% × 1,000,000 = 1,200,000 (< 300万)
    (bank(claim("1000000"), claim("1000000")), {"dongcheng_risk_comp_cap_scope": "claimant"}, "eligible",
     "1200000.00"),
    # per claimant, both tiers: “文化+” min(60% × 6,000,000, 3,000,000) + 高精尖 50% × (1,000,000 + 1,000,000) = 4,000,000
    (bank(claim("6000000"), claim("1000000", "high_end"), claim("1000000", "high_end")),
     {"dongcheng_risk_comp_cap_scope": "claimant"}, "eligible", "4000000.00"),
])
def test_risk_comp_sums(firm: dict, readings: dict, status: str, amount: str) -> None:
    a = run(RC, firm, **readings)
    assert (a.status, a.amount, a.high) == (status, Decimal(amount), Decimal(amount))  # no ratio given: at the ceiling


def test_building_subsidy_cap_per_building_below_the_cap() -> None:
    # buildings A (100,000) and B (200,000) at 40%, one cap each: 40,000 + 80,000 = 120,000
    f = building(relief("100000", carrier="A"), relief("200000", carrier="B"))
    a = run(BLDG, f, dongcheng_building_subsidy_rate=Decimal("0.40"), dongcheng_building_cap_scope="building")
    assert a.amount == Decimal("120000.00")
    # the default point is the low end, whether left default or named
    assert run(BLDG, building(relief("600000")), dongcheng_range_point="low").amount == Decimal("180000.00")


def test_explanations_follow_the_values() -> None:
    # a cut partly outside 疫情期间 shows its share; one wholly inside does not
    partial = run(BLDG, building(relief("600000", period_start="2020-03-01", period_end="2020-04-30")),
                  epidemic_period_end=date(2020, 3, 31))
    assert any("share inside 疫情期间: 1 (months relieved inside 疫情期间) / 2 (months relieved) = 50%" in s
               for s in partial.steps)
    assert any("600,000.00 × 50% (share inside 疫情期间) = 300,000.00" in s for s in partial.steps)
    edge = run(BLDG, building(relief("240000", period_start="2020-01-01", period_end="2020-01-24")))
    assert edge.low == Decimal("3000.00")   # 240,000 × (1/31)/(24/31) = 10,000; × 30%
    assert any("share inside 疫情期间:" in s and "(months relieved)" in s for s in edge.steps)
    days = run(BLDG, building(relief("600000", period_start="2020-03-01", period_end="2020-04-30")),
               epidemic_period_end=date(2020, 3, 31), dongcheng_building_relief_spread="days")
    assert any("31 (days relieved inside 疫情期间) / 61 (days relieved)" in s for s in days.steps)
    assert not any("inside 疫情期间" in s for s in run(BLDG, building(relief("600000"))).steps)
    # a rate set outside 30%-50% is held inside, and the step shows it
    held = run(BLDG, building(relief("1000000")), dongcheng_building_subsidy_rate=Decimal("0.29"))
    assert "rate within 30%-50%: min(max(29% (rate set (由区政府给予)), 30%), 50%) = 30%" in held.steps
    assert not any("rate within" in s for s in run(BLDG, building(relief("1000000"))).steps)  # no rate set
    # a risk-comp ratio above the ceiling is said to be held; the ceiling itself is not
    assert any("above the ceiling" in s for s in run(RC, bank(claim()), dongcheng_risk_comp_ratio=Decimal("0.61")).steps)
    assert not any("above the ceiling" in s
                   for s in run(RC, bank(claim()), dongcheng_risk_comp_ratio=Decimal("0.60")).steps)
    # the sum over leases adds each lease's relief (one lease: its own line shows the total, no sum line)
    assert not any(x.startswith("sum over leases") for x in run(SOE, tenant(lease())).steps)
    two = run(SOE, tenant(lease(), lease("office", "20000")))
    assert two.amount == Decimal("40000.00") and "sum over leases: 30,000.00 + 10,000.00 = 40,000.00" in two.steps
    # a partial February names its days
    assert any("days of 2020-02-15..2020-02-29 inside 2020-02-01..2020-02-29 / 29" in s
               for s in run(SOE, tenant(lease(starts_on="2020-02-15"))).steps)


# ---- issue 9 §4: per-firm determinations are facts, not readings ------------------------------------------------
@pytest.mark.parametrize(("old", "new"), [
    ("dongcheng_risk_comp_ratio", "compensation_ratio"),
    ("dongcheng_building_subsidy_rate", "commercial_building_subsidy_rate"),
    ("dongcheng_supply_reward_amount", "supply_guarantee_reward_granted"),
])
def test_moved_readings_name_the_profile_field(old: str, new: str) -> None:
    with pytest.raises(ValueError, match=new):
        sc.Assumptions(**{old: Decimal("0.4")})
    assert old in dongcheng.MOVED_READINGS and new in dongcheng.MOVED_READINGS[old]


def test_risk_comp_ratio_is_set_claim_by_claim() -> None:
    # 40% set on claim 0 (4,000,000 → 1,600,000); claim 1 not set yet: 0 … 60% × 1,000,000, the point at the ceiling
    a = run(RC, bank(claim(compensation_ratio="0.40"), claim("1000000")))
    assert (a.status, a.amount, a.low, a.high) == ("eligible", Decimal("2200000.00"), Decimal("1600000.00"),
                                                   Decimal("2200000.00"))


def test_building_rate_set_for_one_landlord_in_a_portfolio() -> None:
    # the rate is the landlord's own: two landlords of one run, one with 40% set, one without
    set_, unset = building(relief("600000")), building(relief("600000"))
    set_["commercial_building_subsidy_rate"] = "0.40"
    a, b = run(BLDG, set_), run(BLDG, unset)
    assert (a.amount, a.low, a.high) == (Decimal("240000.00"),) * 3
    assert (b.amount, b.low, b.high) == (Decimal("180000.00"), Decimal("180000.00"), Decimal("300000.00"))


# ---- the calendar months of a period whose ends are facts (measures/_dongcheng_periods.py) ----------------------
@given(days=st.lists(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), min_size=1, max_size=20))
def test_calendar_tables_agree_for_one_firm_and_for_columns(days: list[date]) -> None:
    from subsidycalc.measures._dongcheng_periods import DAY_OF_MONTH, MONTH_INDEX, MONTH_LENGTH

    ordinals = np.array([d.toordinal() for d in days], dtype=np.int64)
    for t in (MONTH_INDEX, DAY_OF_MONTH, MONTH_LENGTH):
        col, unknown = t.vector(ordinals)
        assert not unknown.any()
        assert [int(v) for v in col.n] == [t.scalar(d)[0] for d in days] and col.d == 1


@given(start=st.dates(min_value=date(2019, 1, 1), max_value=date(2021, 12, 31)), length=st.integers(0, 500))
def test_months_spanned_is_the_periods_months_covered(start: date, length: int) -> None:
    # the building subsidy's share inside 疫情期间 (months): the cut's months inside over all its months, exact
    end = start + timedelta(days=length)
    amount = Decimal("290000")
    a = run(BLDG, building(relief(str(amount), period_start=start.isoformat(), period_end=end.isoformat())))
    item, period = Window(start, end), Window(date(2020, 1, 24), date(2020, 12, 31))
    if not item.overlaps(period):
        assert a.status == "ineligible"
        return
    expected = round_fen(min(Fraction(3, 10) * Fraction(amount) * months_covered(item, period) / months_covered(item, item),
                             Fraction(500_000)))
    assert a.low == expected
