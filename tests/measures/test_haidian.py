"""海淀区 H1 (seed L3189-L3494): the worked examples of catalog 03 Part B (with ERRATA_01_03 R14–R18), the
global rules GH1–GH4, hypothesis properties (caps, ranges, windows, monotonicity, tier edges, missing facts) and
every reading. Arithmetic by hand in the comments.
"""

from __future__ import annotations

import copy
import json
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate
from subsidycalc.engine.estimate import run as run_catalog
from subsidycalc.engine.money import round_fen
from subsidycalc.engine.periods import add_days, add_months
from subsidycalc.engine.sources import cite_in_seed, in_seed, normalize, seed_excerpt
from subsidycalc.measures import haidian

CAT = sc.catalog()
H = "haidian."
ROOT = Path(__file__).resolve().parents[2]


ASSESSED = {  # issue 9 §4: the assessed amounts, readings until then, are facts of the firm (assessed_grants)
    "haidian_covid_rd_support_amounts": "covid_rd_support", "haidian_matching_amount": "national_emergency_project_matching",
    "haidian_tech_reward_amount": "tech_epidemic_control_reward",
    "haidian_supply_reward_amount": "epidemic_supply_production_reward",
    "haidian_control_cost_amounts": "epidemic_control_cost_subsidy_q1",
}


def as_facts(firm: dict[str, Any], readings: dict[str, Any]) -> dict[str, Any]:
    """The firm with the per-firm determinations the tests still name by their old reading names put where they are
    now, in the profile: an assessed amount (one per project) → ``assessed_grants``, the loss share →
    ``lending.credit_loss_share``, the extension granted → each pledge's ``extension_months``."""
    firm = copy.deepcopy(firm)
    for name, mid in ASSESSED.items():
        if name in readings:
            v = readings.pop(name)
            firm.setdefault("assessed_grants", []).extend(
                {"measure": H + mid, "amount": a} for a in (v if isinstance(v, list | tuple) else [v]))
    if "haidian_credit_loss_share" in readings:
        firm["lending"] = {**firm.get("lending", {}), "credit_loss_share": readings.pop("haidian_credit_loss_share")}
    if "haidian_pledge_extension_months" in readings:
        k = readings.pop("haidian_pledge_extension_months")
        for pledge in firm["capital_markets"]["stock_pledges"]:
            pledge["extension_months"] = k
    return firm


def run(mid: str, firm: dict[str, Any], **readings: Any) -> sc.Award:
    firm = as_facts(firm, readings)
    return evaluate(CAT[H + mid], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def D(x: str | int) -> Decimal:
    return round_fen(Decimal(str(x)))  # half-up to the fen, as the engine


def hd(**kw: Any) -> dict[str, Any]:
    """A 海淀 firm (registered, taxed, 纳统 in 海淀)."""
    return {"district": "haidian", "size": "small", **kw}


def q(**flags: Any) -> dict[str, Any]:
    return {"qualifications": flags}


money = st.integers(min_value=0, max_value=10**9).map(Decimal)


# =====================================================================================================
# The catalog: ids, cites, documents
# =====================================================================================================
CATALOG_IDS = [
    "covid_rd_support", "national_emergency_project_matching", "tech_epidemic_control_reward",
    "epidemic_supply_production_reward", "district_soe_tenant_relief_feb.production_use",
    "district_soe_tenant_relief_feb.office_use", "epidemic_control_cost_subsidy_q1", "first_loan_subsidy",
    "credit_loan_loss_compensation", "rights_confirmation_financing_interest_subsidy",
    "renewal_center_per_loan_reward", "renewal_center_lender_subsidy", "renewal_center_guarantor_subsidy",
    "emergency_bridge_loan_fund", "direct_financing_intermediary_fee_subsidy", "pre_ipo_intermediary_fee_subsidy",
    "ma_loan_interest_subsidy", "bailout_fund", "stock_pledge_extension",
    "hnte_tenant_rent_reduction_landlord_subsidy",  # ERRATA_01_03 R18
]


@pytest.mark.parametrize("mid", CATALOG_IDS)
def test_every_catalog_id_resolves_with_seed_cites(mid: str) -> None:
    m = CAT[H + mid]
    assert m.district == "haidian"
    for s in m.sources:
        assert in_seed(s.quote), s.quote
        assert normalize(s.quote) in normalize(seed_excerpt(s.lines)), (s.lines, s.quote)
    for k, p in m.params.items():
        assert p.ref or cite_in_seed(p.cite), (k, p.cite)
    doc = m.sources[0].document
    assert doc is not None and doc.territory == "district_and_tax" and in_seed(doc.scope_quote or "")


def test_information_entries_never_pay() -> None:
    # B14 (L3380-L3382) 5亿元 fund; B18 (L3395-L3399) 100亿元 fund: sizes, not per-firm amounts
    for mid, size in (("emergency_bridge_loan_fund", 500_000_000), ("bailout_fund", 10_000_000_000)):
        m = CAT[H + mid]
        assert not m.relief and m.params.fund_size == size
        a = run(mid, hd())
        assert a.status == "ineligible" and a.amount == 0 and "information, not relief" in a.reasons[0]


# =====================================================================================================
# GH1 / GH3 / GH4
# =====================================================================================================
RD_OK = q(covid_rd_engaged=True)


@pytest.mark.parametrize(("firm", "status"), [
    (hd(**RD_OK), "eligible"),
    # GH1 (L3476): registered in 海淀 but paying tax (and counted) in 朝阳 → 0
    (hd(tax_district="chaoyang", **RD_OK), "ineligible"),
    ({"district": "xicheng", **RD_OK}, "ineligible"),
    ({**RD_OK}, "undetermined"),
])
def test_gh1_registered_taxed_counted(firm: dict, status: str) -> None:
    a = run("covid_rd_support", firm)
    assert a.status == status
    if status == "undetermined":
        assert a.missing == ["district"]


def test_gh3_city_level_chosen_and_gh4_ban() -> None:
    # GH3 (L3482-L3484): the firm applies for a same-type city programme instead → the 海淀 measure is not paid
    a = run("covid_rd_support", hd(city_level_chosen_for=["haidian.covid_rd_support"], **RD_OK))
    assert a.status == "ineligible" and "GH3" in a.reasons[-1]
    # another measure chosen at the city level leaves this one paid
    assert run("covid_rd_support", hd(city_level_chosen_for=["haidian.tech_epidemic_control_reward"],
                                      **RD_OK)).status == "eligible"
    # GH4 (L3486-L3490): clawback on 2019-01-01 → banned until 2022-01-01 ≥ 2020-02-11 → 0
    a = run("covid_rd_support", hd(subsidy_fraud_clawback_on="2019-01-01", **RD_OK))
    assert a.status == "ineligible" and "2022-01-01" in a.reasons[-1]
    # clawback on 2016-01-01 → ban ended 2019-01-01, before the measures → eligible
    assert run("covid_rd_support", hd(subsidy_fraud_clawback_on="2016-01-01", **RD_OK)).status == "eligible"


def test_stacking_one_rent_once_against_the_city_rule() -> None:
    rules = {r.id: r for r in CAT.rules if r.id.startswith("haidian_")}
    if "beijing.soe_rent_reduction_feb" in CAT:
        assert set(rules) == {"haidian_soe_rent_one_level_production", "haidian_soe_rent_one_level_office"}
        for r in rules.values():
            assert r.kind == "exclusive" and r.keep == "highest" and in_seed(r.source.quote)
            assert CAT.resolve("beijing.soe_rent_reduction_feb") in r.measures
        # one level per lease (the module's rules; see CATALOG_KEEPS_PER below for the catalog's copies)
        assert [r.per for r in haidian.STACKING] == ["leases", "leases"]
    else:  # the city module does not declare the rule yet: no dangling rule
        assert rules == {} and haidian.STACKING == []


# =====================================================================================================
# B1–B4, B7: assessed grants under a ceiling (不高于 / 最高)
# =====================================================================================================
@pytest.mark.parametrize(("mid", "firm", "readings", "status", "amount", "low", "high"), [
    # B1 ex.1 (L3227-L3231): a vaccine developer assessed at 2,000,000 → 2,000,000
    ("covid_rd_support", hd(**RD_OK), {"haidian_covid_rd_support_amounts": [2_000_000]}, "eligible",
     2_000_000, 2_000_000, 2_000_000),
    # B1 ex.2: exactly 3,000,000 (不高于: inclusive) → 3,000,000; 3,500,000 → min(3,500,000, 3,000,000)
    ("covid_rd_support", hd(**RD_OK), {"haidian_covid_rd_support_amounts": [3_000_000]}, "eligible",
     3_000_000, 3_000_000, 3_000_000),
    ("covid_rd_support", hd(**RD_OK), {"haidian_covid_rd_support_amounts": [3_500_000]}, "eligible",
     3_000_000, 3_000_000, 3_000_000),
    # no assessment supplied: range 0 – 3,000,000, point at the floor (haidian_range_point = low)
    ("covid_rd_support", hd(**RD_OK), {}, "eligible", 0, 0, 3_000_000),
    ("covid_rd_support", hd(**RD_OK), {"haidian_range_point": "high"}, "eligible", 3_000_000, 0, 3_000_000),
    # per project: min(2,500,000, 3M) + min(3,500,000, 3M) = 5,500,000; per firm: min(6,000,000, 3M)
    ("covid_rd_support", hd(**RD_OK), {"haidian_covid_rd_support_amounts": [2_500_000, 3_500_000],
                                       "haidian_covid_rd_cap_scope": "project"}, "eligible", 5_500_000, 5_500_000,
     5_500_000),
    ("covid_rd_support", hd(**RD_OK), {"haidian_covid_rd_support_amounts": [2_500_000, 3_500_000]}, "eligible",
     3_000_000, 3_000_000, 3_000_000),
    # B1 ex.3: a test for ordinary influenza, not COVID-19 → 0
    ("covid_rd_support", hd(**q(covid_rd_engaged=False)), {}, "ineligible", 0, 0, 0),
    # reading 研发出: engaged but not yet developed → 0
    ("covid_rd_support", hd(**q(covid_rd_engaged=True, covid_rd_developed=False)),
     {"haidian_covid_rd_requires_success": True}, "ineligible", 0, 0, 0),
    # B2 ex.1 (L3240-L3244): national funding 4,000,000, 1:1 → 4,000,000
    ("national_emergency_project_matching", hd(national_emergency_project_funding=4_000_000,
                                               **q(covid_emergency_project="national")),
     {"haidian_matching_ratio": 1}, "eligible", 4_000_000, 4_000_000, 4_000_000),
    # B2 ex.2: 8,000,000 at 1:1 → min(8,000,000, 5,000,000); assessed exactly 5,000,000 → 5,000,000
    ("national_emergency_project_matching", hd(national_emergency_project_funding=8_000_000,
                                               **q(covid_emergency_project="national")),
     {"haidian_matching_ratio": 1}, "eligible", 5_000_000, 5_000_000, 5_000_000),
    ("national_emergency_project_matching", hd(**q(covid_emergency_project="national")),
     {"haidian_matching_amount": 5_000_000}, "eligible", 5_000_000, 5_000_000, 5_000_000),
    # B2 ex.3: a project approved only at city level → 0 (国家级 only), unless the reading admits it (range 0–5M)
    ("national_emergency_project_matching", hd(**q(covid_emergency_project="city")), {}, "ineligible", 0, 0, 0),
    ("national_emergency_project_matching", hd(**q(covid_emergency_project="city")),
     {"haidian_matching_accepts_city_projects": True}, "eligible", 0, 0, 5_000_000),
    # B2 ambiguity 2: a 海淀 university (no 海淀 tax) is a 项目单位 → eligible by default, not when GH1 binds it
    ("national_emergency_project_matching", hd(enterprise=False, tax_district="xicheng",
                                               **q(covid_emergency_project="national")), {}, "eligible", 0, 0,
     5_000_000),
    ("national_emergency_project_matching", hd(enterprise=False, tax_district="xicheng",
                                               **q(covid_emergency_project="national")),
     {"haidian_matching_allows_non_enterprise": False}, "ineligible", 0, 0, 0),
    # B3 ex.1 (L3248-L3254): assessed 1,500,000 → 1,500,000; ex.2: 3,000,000 → 3,000,000, higher → 3,000,000
    ("tech_epidemic_control_reward", hd(**q(tech_epidemic_control_applied=True, tech_epidemic_control_recognised=True,
                                            tech_epidemic_control_contributions=["epidemic_control"])),
     {"haidian_tech_reward_amount": 1_500_000}, "eligible", 1_500_000, 1_500_000, 1_500_000),
    ("tech_epidemic_control_reward", hd(**q(tech_epidemic_control_applied=True, tech_epidemic_control_recognised=True,
                                            tech_epidemic_control_contributions=["epidemic_control"])),
     {"haidian_tech_reward_amount": 4_000_000}, "eligible", 3_000_000, 3_000_000, 3_000_000),
    # B3 ex.3: only piloted, not 实际应用于大规模疫情防控 → 0
    ("tech_epidemic_control_reward", hd(**q(tech_epidemic_control_applied=False,
                                            tech_epidemic_control_contributions=["production"])), {}, "ineligible",
     0, 0, 0),
    # B3 ambiguity 2: one efficiency suffices by default; not under 'all three'
    ("tech_epidemic_control_reward", hd(**q(tech_epidemic_control_applied=True, tech_epidemic_control_recognised=True,
                                            tech_epidemic_control_contributions=["production"])),
     {"haidian_tech_reward_requires_all_three": True}, "ineligible", 0, 0, 0),
    # B4 ex.1 (L3256-L3260): a converted thermometer line assessed at 800,000 → 800,000
    ("epidemic_supply_production_reward", hd(**q(epidemic_supply_emergency_production=True, epidemic_supply_production_recognised=True)),
     {"haidian_supply_reward_amount": 800_000}, "eligible", 800_000, 800_000, 800_000),
    # B4 ex.2: 3,200,000 → 3,000,000
    ("epidemic_supply_production_reward", hd(**q(epidemic_supply_emergency_production=True, epidemic_supply_production_recognised=True)),
     {"haidian_supply_reward_amount": 3_200_000}, "eligible", 3_000_000, 3_000_000, 3_000_000),
    # B4 ex.3: a mask trader (no production) → 0; a same-type city reward taken (GH3) → 0
    ("epidemic_supply_production_reward", hd(**q(epidemic_supply_emergency_production=False)), {}, "ineligible",
     0, 0, 0),
    ("epidemic_supply_production_reward", hd(city_level_chosen_for=["haidian.epidemic_supply_production_reward"],
                                             **q(epidemic_supply_emergency_production=True, epidemic_supply_production_recognised=True)),
     {}, "ineligible", 0, 0, 0),
    # B4 ambiguity 2: a regular producer raising output is out under 'new producers only'
    ("epidemic_supply_production_reward", hd(**q(epidemic_supply_emergency_production=True, epidemic_supply_production_recognised=True,
                                                 existing_plant_epidemic_supply_line=False)),
     {"haidian_supply_reward_new_producers_only": True}, "ineligible", 0, 0, 0),
    # B7 ex.1 (L3325-L3329): assessed 1,200,000 → 1,200,000; ex.2: 2,000,000 → 2,000,000; 2,500,000 → 2,000,000
    ("epidemic_control_cost_subsidy_q1", hd(**q(high_epidemic_cost_operation=True, q1_2020_growth_contribution=True)),
     {"haidian_control_cost_amounts": [1_200_000]}, "eligible", 1_200_000, 1_200_000, 1_200_000),
    ("epidemic_control_cost_subsidy_q1", hd(**q(high_epidemic_cost_operation=True, q1_2020_growth_contribution=True)),
     {"haidian_control_cost_amounts": [2_500_000]}, "eligible", 2_000_000, 2_000_000, 2_000_000),
    # B7 ex.2 under the non-default reading cap_at_costs (R15): costs 1,800,000, assessed 2,000,000 → 1,800,000
    ("epidemic_control_cost_subsidy_q1", hd(epidemic_control_costs=1_800_000,
                                            **q(high_epidemic_cost_operation=True, q1_2020_growth_contribution=True)),
     {"haidian_control_cost_amounts": [2_000_000], "haidian_control_cost_cap_at_costs": True}, "eligible",
     1_800_000, 1_800_000, 1_800_000),
    # …and by default (R15) the costs do not limit it: 2,000,000
    ("epidemic_control_cost_subsidy_q1", hd(epidemic_control_costs=1_800_000,
                                            **q(high_epidemic_cost_operation=True, q1_2020_growth_contribution=True)),
     {"haidian_control_cost_amounts": [2_000_000]}, "eligible", 2_000_000, 2_000_000, 2_000_000),
    # B7 ex.3: the stand-out contribution was in Q2, not Q1 2020 → 0
    ("epidemic_control_cost_subsidy_q1", hd(**q(high_epidemic_cost_operation=True, q1_2020_growth_contribution=False)),
     {}, "ineligible", 0, 0, 0),
])
def test_assessed_grants(mid: str, firm: dict, readings: dict, status: str, amount: int, low: int, high: int) -> None:
    a = run(mid, firm, **readings)
    assert (a.status, a.amount, a.low, a.high) == (status, D(amount), D(low), D(high)), a.reasons


@pytest.mark.parametrize(("mid", "flags", "reading", "cap"), [
    ("covid_rd_support", {"covid_rd_engaged": True}, "haidian_covid_rd_support_amounts", 3_000_000),
    ("tech_epidemic_control_reward", {"tech_epidemic_control_applied": True, "tech_epidemic_control_recognised": True,
                                      "tech_epidemic_control_contributions": ["production"]},
     "haidian_tech_reward_amount", 3_000_000),
    ("epidemic_supply_production_reward", {"epidemic_supply_emergency_production": True, "epidemic_supply_production_recognised": True},
     "haidian_supply_reward_amount", 3_000_000),
    ("epidemic_control_cost_subsidy_q1", {"high_epidemic_cost_operation": True, "q1_2020_growth_contribution": True},
     "haidian_control_cost_amounts", 2_000_000),
    ("national_emergency_project_matching", {"covid_emergency_project": "national"}, "haidian_matching_amount",
     5_000_000),
])
@given(x=money, y=money)
def test_assessed_grants_capped_and_monotone(mid: str, flags: dict, reading: str, cap: int, x: Decimal,
                                             y: Decimal) -> None:
    lo, hi = sorted((x, y))

    def amt(v: Decimal) -> Decimal:
        value: Any = [v] if reading.endswith("amounts") else v
        a = run(mid, hd(qualifications=flags), **{reading: value})
        assert a.status == "eligible" and a.low == a.amount == a.high
        return a.amount

    a_lo, a_hi = amt(lo), amt(hi)
    assert 0 <= a_lo <= a_hi <= cap
    assert a_lo == min(lo, Decimal(cap))


@pytest.mark.parametrize(("mid", "path"), [
    ("covid_rd_support", "qualifications.covid_rd_engaged"),
    ("national_emergency_project_matching", "qualifications.covid_emergency_project"),
    ("tech_epidemic_control_reward", "qualifications.tech_epidemic_control_applied"),
    ("epidemic_supply_production_reward", "qualifications.epidemic_supply_emergency_production"),
    ("epidemic_control_cost_subsidy_q1", "qualifications.q1_2020_growth_contribution"),
])
def test_grants_missing_facts_are_undetermined(mid: str, path: str) -> None:
    a = run(mid, hd())
    assert a.status == "undetermined" and path in a.missing


# B3 (L3248-L3254) and B4 (L3256-L3260): "经相关部门评定后" is a fact of the firm (issue 8 §3)
@pytest.mark.parametrize(("mid", "flags", "flag"), [
    ("tech_epidemic_control_reward", {"tech_epidemic_control_applied": True,
                                      "tech_epidemic_control_contributions": ["production"]},
     "tech_epidemic_control_recognised"),
    ("epidemic_supply_production_reward", {"epidemic_supply_emergency_production": True},
     "epidemic_supply_production_recognised"),
])
def test_assessment_by_the_departments_is_a_fact(mid: str, flags: dict, flag: str) -> None:
    a = run(mid, hd(qualifications={**flags, flag: True}))
    assert (a.status, a.low, a.high) == ("eligible", D(0), D(3_000_000))
    # not recognised → 0 (it was paid on the old code: the recognition was procedure)
    a = run(mid, hd(qualifications={**flags, flag: False}))
    assert (a.status, a.amount) == ("ineligible", D(0)) and "经相关部门评定" in a.reasons[-1]
    # unknown → undetermined, the flag in missing
    a = run(mid, hd(qualifications=flags))
    assert a.status == "undetermined" and a.missing == [f"qualifications.{flag}"]


def test_matching_ratio_needs_the_national_funding() -> None:
    a = run("national_emergency_project_matching", hd(**q(covid_emergency_project="national")),
            haidian_matching_ratio=1)
    assert a.status == "undetermined" and a.missing == ["national_emergency_project_funding"]


# =====================================================================================================
# B5/B6: district-SOE February rent (city rule) + property fee (海淀), ERRATA_01_03 R14
# =====================================================================================================
def soe_lease(use: str = "business", rent: int = 50_000, fee: int | None = 8_000, manager: str = "district_soe",
              **kw: Any) -> dict:
    out = {"landlord": "district_soe", "landlord_district": "haidian", "use": use, "monthly_rent": rent,
           "property_manager": manager, "relief_recognised": True, **kw}
    if fee is not None:
        out["monthly_property_fee"] = fee
    return out


OPEN = {"open_or_closed_per_rules": True, "no_layoffs": True}
PROD, OFFICE = "district_soe_tenant_relief_feb.production_use", "district_soe_tenant_relief_feb.office_use"


@pytest.mark.parametrize(("mid", "firm", "readings", "status", "amount"), [
    # B5 ex.1 (L3280-L3284): print shop, rent 50,000 + fee 8,000, district-SOE managed, open, no lay-offs:
    # 100% × 50,000 + 100% × 8,000 = 58,000
    (PROD, hd(leases=[soe_lease()], qualifications=OPEN), {}, "eligible", 58_000),
    # B5 ex.2: quarterly fee 24,000 for Jan–Mar → February share 8,000 entered → 58,000 (March: not relieved)
    (PROD, hd(leases=[soe_lease(fee=24_000 // 3)], qualifications=OPEN), {}, "eligible", 58_000),
    # B5 ex.3 as corrected by R14: privately managed building → rent 50,000, property fee 0 → 50,000
    (PROD, hd(leases=[soe_lease(manager="other", fee=None)], qualifications=OPEN), {}, "eligible", 50_000),
    # B5 ex.3: a large enterprise → 0
    (PROD, hd(size="large", leases=[soe_lease()], qualifications=OPEN), {}, "ineligible", 0),
    # lay-offs: no rent part; the fee is an add-on to it (default) → 0; under the reading → fee only 8,000
    (PROD, hd(leases=[soe_lease()], qualifications={**OPEN, "no_layoffs": False}), {}, "ineligible", 0),
    (PROD, hd(leases=[soe_lease()], qualifications={**OPEN, "no_layoffs": False}),
     {"haidian_property_fee_requires_rent_conditions": False}, "eligible", 8_000),
    # a 朝阳 district SOE's premises are not 区内区属 → 0 here (the city rule covers them)
    (PROD, hd(leases=[soe_lease(landlord_district="chaoyang")], qualifications=OPEN), {}, "ineligible", 0),
    # managed by another district SOE: any 区属国有企业 by default; only the landlord itself under the reading
    (PROD, hd(leases=[soe_lease(manager="district_soe")], qualifications=OPEN),
     {"haidian_property_manager_must_be_landlord": True}, "eligible", 50_000),
    (PROD, hd(leases=[soe_lease(manager="landlord")], qualifications=OPEN),
     {"haidian_property_manager_must_be_landlord": True}, "eligible", 58_000),
    # B6 ex.1 (L3286-L3288): offices 80,000 rent + 12,000 fee: 50% × 80,000 + 50% × 12,000 = 46,000
    (OFFICE, hd(leases=[soe_lease("office", 80_000, 12_000)]), {}, "eligible", 46_000),
    # B6 ex.2: the same premises as production use (B5): 80,000 + 12,000 = 92,000
    (PROD, hd(leases=[soe_lease("business", 80_000, 12_000)], qualifications=OPEN), {}, "eligible", 92_000),
    # B6 needs no lay-off test by default (README Decisions); office_requires_no_layoff=True applies it
    (OFFICE, hd(leases=[soe_lease("office", 80_000, 12_000)], qualifications={**OPEN, "no_layoffs": False}), {},
     "eligible", 46_000),
    (OFFICE, hd(leases=[soe_lease("office", 80_000, 12_000)], qualifications={**OPEN, "no_layoffs": False}),
     {"office_requires_no_layoff": True}, "ineligible", 0),
    # B6 ex.3: a large tenant → 0
    (OFFICE, hd(size="large", leases=[soe_lease("office", 80_000, 12_000)]), {}, "ineligible", 0),
    # B6 ambiguity 1: a private landlord's offices managed by a district SOE: out by default, in under the reading
    (OFFICE, hd(leases=[soe_lease("office", 80_000, 12_000, landlord="private", manager="district_soe")]), {},
     "ineligible", 0),
    (OFFICE, hd(leases=[soe_lease("office", 80_000, 12_000, landlord="private", manager="district_soe")]),
     {"haidian_office_requires_district_soe_landlord": False}, "eligible", 46_000),
    # an office lease is not a production lease (the two never count the same premises)
    (PROD, hd(leases=[soe_lease("office")], qualifications=OPEN), {}, "ineligible", 0),
])
def test_soe_rent_and_property_fee(mid: str, firm: dict, readings: dict, status: str, amount: int) -> None:
    a = run(mid, firm, **readings)
    assert (a.status, a.amount) == (status, D(amount)), a.reasons


@pytest.mark.parametrize(("firm", "path"), [
    (hd(qualifications=OPEN), "leases"),
    (hd(leases=[soe_lease(fee=None)], qualifications=OPEN), "leases.0.monthly_property_fee"),
    (hd(leases=[{**soe_lease(), "property_manager": None}], qualifications=OPEN), "leases.0.property_manager"),
    (hd(leases=[soe_lease()]), "qualifications.no_layoffs"),
])
def test_soe_missing_facts(firm: dict, path: str) -> None:
    a = run(PROD, firm)
    assert a.status == "undetermined" and path in a.missing


@given(rent=money, fee=money, office=st.booleans())
def test_soe_relief_is_the_shares_of_rent_and_fee(rent: Decimal, fee: Decimal, office: bool) -> None:
    mid, use, share = (OFFICE, "office", Decimal("0.5")) if office else (PROD, "business", Decimal(1))
    a = run(mid, hd(leases=[soe_lease(use, rent, fee)], qualifications=OPEN))
    assert a.status == "eligible"
    assert a.amount == D(share * (rent + fee)) and 0 <= a.amount <= rent + fee


# B5/B6: 经行业主管部门和出租方认定 (L3280-L3284) is a fact of each lease (leases.N.relief_recognised, issue 8 §3)
@pytest.mark.parametrize(("mid", "recognised", "readings", "status", "amount"), [
    (PROD, True, {}, "eligible", 58_000),          # 100% × 50,000 + 100% × 8,000
    (PROD, False, {}, "ineligible", 0),            # refused by the authority or the lessor → 0
    (PROD, None, {}, "undetermined", 0),           # unknown → undetermined (leases.0.relief_recognised)
    (OFFICE, True, {}, "eligible", 29_000),        # 50% × 50,000 + 50% × 8,000
    (OFFICE, False, {}, "ineligible", 0),          # catalog 03 B6 ambiguity 1: the recognition carries over (default)
    (OFFICE, None, {}, "undetermined", 0),
    (OFFICE, False, {"haidian_office_requires_recognition": False}, "eligible", 29_000),
    (OFFICE, None, {"haidian_office_requires_recognition": False}, "eligible", 29_000),
    # the production clause always needs it (the reading is about offices only)
    (PROD, False, {"haidian_office_requires_recognition": False}, "ineligible", 0),
])
def test_soe_relief_needs_the_recognition(mid: str, recognised: bool | None, readings: dict, status: str,
                                          amount: int) -> None:
    ls = soe_lease("office" if mid == OFFICE else "business", relief_recognised=recognised)
    if recognised is None:
        del ls["relief_recognised"]
    a = run(mid, hd(leases=[ls], qualifications=OPEN), **readings)
    assert (a.status, a.amount) == (status, D(amount)), a.reasons
    if status == "undetermined":
        assert a.missing == ["leases.0.relief_recognised"]


# B5/B6 count a lease only for the days of February 2020 it is in force (issue 8 §1; L3284 "免收 2020年 2月份房租")
@pytest.mark.parametrize(("mid", "span", "status", "amount"), [
    (PROD, {"ends_on": "2020-01-31"}, "ineligible", "0"),            # ended the day before February → 0
    (PROD, {"ends_on": "2020-02-01"}, "eligible", "2000"),           # 1 day: 58,000 × 1/29 = 2,000
    (PROD, {"ends_on": "2020-02-10"}, "eligible", "20000"),          # 10 days: 58,000 × 10/29 = 20,000
    (PROD, {"ends_on": "2020-02-28"}, "eligible", "56000"),          # 28 days: 58,000 × 28/29 = 56,000
    (PROD, {"ends_on": "2020-02-29"}, "eligible", "58000"),          # the whole month
    (PROD, {"starts_on": "2020-02-01"}, "eligible", "58000"),
    (PROD, {"starts_on": "2020-02-02"}, "eligible", "56000"),        # 28 days
    (PROD, {"starts_on": "2020-02-29"}, "eligible", "2000"),         # 1 day
    (PROD, {"starts_on": "2020-03-01"}, "ineligible", "0"),          # starts after February → 0 (B6 ex.2: "March: 0")
    (PROD, {"starts_on": "2020-02-10", "ends_on": "2020-02-19"}, "eligible", "20000"),   # 10 days
    # offices: 50% × (80,000 + 12,000) × 10/29 = 46,000 × 10/29 = 15,862.068… → 15,862.07
    (OFFICE, {"ends_on": "2020-02-10"}, "eligible", "15862.07"),
    (OFFICE, {"ends_on": "2020-01-31"}, "ineligible", "0"),
])
def test_soe_relief_counts_the_days_of_february_leased(mid: str, span: dict, status: str, amount: str) -> None:
    ls = soe_lease("business", 50_000, 8_000, **span) if mid == PROD else soe_lease("office", 80_000, 12_000, **span)
    a = run(mid, hd(leases=[ls], qualifications=OPEN))
    assert (a.status, a.amount) == (status, D(amount)), a.reasons


FEB_DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2020, 3, 31))


@given(rent=money, fee=money, office=st.booleans(), a=FEB_DAYS, b=FEB_DAYS, shorten=st.integers(0, 40))
def test_soe_relief_item_period_properties(rent: Decimal, fee: Decimal, office: bool, a: date, b: date,
                                           shorten: int) -> None:
    start, end = sorted((a, b))
    mid, use, share = (OFFICE, "office", Fraction(1, 2)) if office else (PROD, "business", Fraction(1))
    feb = (date(2020, 2, 1), date(2020, 2, 29))
    days = max(0, (min(end, feb[1]) - max(start, feb[0])).days + 1)

    def amount(s: date, e: date) -> Decimal:
        r = run(mid, hd(leases=[soe_lease(use, rent, fee, starts_on=s.isoformat(), ends_on=e.isoformat())],
                        qualifications=OPEN))
        return r.amount if r.status == "eligible" else Decimal(0)

    got = amount(start, end)
    # exactly the shares of a month's rent and fee × the days of February leased / 29, rounded once (§1, §1b)
    assert got == round_fen(share * (Fraction(rent) + Fraction(fee)) * Fraction(days, 29))
    # wholly outside February → 0; never more than the month's rent and fee over the days it covers
    if days == 0:
        assert got == 0
    assert got <= round_fen((Fraction(rent) + Fraction(fee)) * Fraction(days, 29))
    # shortening the lease never raises the amount
    shorter = max(start, end - timedelta(days=shorten))
    assert amount(start, shorter) <= got


# =====================================================================================================
# B5/B6 and the city February rent, one level per lease (GH3 L3482-L3484, "按市级政策" L3284/L3286-L3288)
# =====================================================================================================
CITY = "beijing.soe_rent_reduction_feb"
# the three measures with this module's own rules (per="leases"); sc.estimate applies the same rules once the catalog
# keeps each rule's ``per`` (engine/registry.py load() rebuilds every StackingRule without it)
STACK = sc.Catalog([CAT[H + PROD], CAT[H + OFFICE], CAT[CITY]], haidian.STACKING, CAT.readings)
CATALOG_KEEPS_PER = all(r.per == "leases" for r in CAT.rules if r.id.startswith("haidian_soe_rent_one_level"))
IN_BJ = {"premises_in_beijing": True}  # the city rule's 京内 test (default reading soe_rent_premises_test)


def stacked(firm: dict[str, Any], **readings: Any) -> sc.Report:
    return run_catalog(STACK, sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def city_lease(use: str = "office", rent: int = 20_000) -> dict:
    """Premises of a 市属国有企业: the city rule's (京内市及区属), not 海淀's (区内区属)."""
    return {"landlord": "city_soe", "use": use, "monthly_rent": rent, **IN_BJ}


def test_a_district_lease_and_a_city_lease_are_both_relieved() -> None:
    # lease 0, 海淀 区属国企, production, rent 50,000, fee 8,000, managed by the SOE (L3280-L3284):
    #   海淀 B5: 100% × 50,000 + 100% × 8,000 = 58,000; city (L5656-L5660 "免收 2月份房租"): 100% × 50,000 = 50,000
    #   → one level on this lease (GH3 L3482-L3484): the higher, 海淀's 58,000
    # lease 1, 市属国企, office, rent 20,000: 海淀 B5/B6 need a 区内区属 landlord → nothing; city "给予 2月份租金 50%的减免"
    #   (L5658-L5660): 50% × 20,000 = 10,000
    # total 58,000 + 10,000 = 68,000 (the whole-award rule paid only the city's 50,000 + 10,000 = 60,000)
    r = stacked(hd(leases=[soe_lease(**IN_BJ), city_lease()], qualifications=OPEN))
    prod, office, city = r[H + PROD], r[H + OFFICE], r[CITY]
    assert (prod.status, office.status, city.status) == ("eligible", "ineligible", "eligible")
    assert (prod.amount, city.amount) == (D(58_000), D(10_000))
    assert list(prod.parts) == ["leases.0"] and list(city.parts) == ["leases.1"]
    assert prod.amount + office.amount + city.amount == D(68_000)
    assert "leases.0: paid here" in prod.stacking[0] and "leases.0: not added" in city.stacking[0]


def test_production_office_and_city_leases_each_at_one_level() -> None:
    # lease 0: 海淀 production 50,000 + fee 8,000 → B5 58,000 vs city 50,000 → 58,000 (海淀)
    # lease 1: 海淀 office 80,000 + fee 12,000 (L3286-L3288) → B6 50% × 80,000 + 50% × 12,000 = 46,000 vs city
    #   50% × 80,000 = 40,000 → 46,000 (海淀)
    # lease 2: 市属 production 30,000 → city only, 100% × 30,000 = 30,000
    # total 58,000 + 46,000 + 30,000 = 134,000
    r = stacked(hd(leases=[soe_lease(**IN_BJ), soe_lease("office", 80_000, 12_000, **IN_BJ),
                           city_lease("business", 30_000)], qualifications=OPEN))
    assert (r[H + PROD].amount, r[H + OFFICE].amount, r[CITY].amount) == (D(58_000), D(46_000), D(30_000))
    assert list(r[CITY].parts) == ["leases.2"]


def test_catalog_keeps_the_per_lease_rule() -> None:
    assert CATALOG_KEEPS_PER  # registry.load() keeps StackingRule.per


def test_estimate_relieves_each_lease_at_one_level() -> None:
    # the firm of test_a_district_lease_and_a_city_lease_are_both_relieved through sc.estimate: 58,000 + 10,000
    r = sc.estimate(hd(leases=[soe_lease(**IN_BJ), city_lease()], qualifications=OPEN))
    assert (r[H + PROD].amount, r[CITY].amount) == (D(58_000), D(10_000))


@pytest.mark.parametrize(("lease", "mid", "expected"), [
    # production 50,000 + fee 8,000: 海淀 58,000 (L3280-L3284) vs city 50,000 (L5656-L5660) → 58,000, once
    (soe_lease(**IN_BJ), PROD, 58_000),
    # office 80,000 + fee 12,000: 海淀 46,000 (L3286-L3288) vs city 50% × 80,000 = 40,000 → 46,000, once
    (soe_lease("office", 80_000, 12_000, **IN_BJ), OFFICE, 46_000),
])
def test_a_single_district_lease_is_relieved_once(lease: dict, mid: str, expected: int) -> None:
    for r in (stacked(hd(leases=[lease], qualifications=OPEN)), sc.estimate(hd(leases=[lease], qualifications=OPEN))):
        assert r[H + mid].amount == D(expected) and r[CITY].status == "eligible" and r[CITY].amount == 0


HD_LEASES = {
    "haidian": lambda use, rent, fee: soe_lease(use, rent, fee, **IN_BJ),                          # 海淀 and the city
    "city": lambda use, rent, fee: {**city_lease(use, rent), "monthly_property_fee": fee},          # the city only
    "chaoyang": lambda use, rent, fee: soe_lease(use, rent, fee, landlord_district="chaoyang", **IN_BJ),  # city only
    "private": lambda use, rent, fee: soe_lease(use, rent, fee, landlord="private", **IN_BJ),       # neither
}


def alone(mid: str, firm: dict[str, Any]) -> Decimal:
    a = evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions())
    return a.amount if a.status == "eligible" else Decimal(0)


@given(leases=st.lists(st.tuples(st.sampled_from(sorted(HD_LEASES)), st.sampled_from(["business", "office"]),
                                 st.integers(0, 10**6), st.integers(0, 10**5)), min_size=1, max_size=4),
       laid_off=st.booleans())
def test_total_is_the_higher_level_lease_by_lease(leases: list[tuple[str, str, int, int]], laid_off: bool) -> None:
    flags = {**OPEN, "no_layoffs": not laid_off}
    items = [HD_LEASES[k](use, rent, fee) for k, use, rent, fee in leases]
    r = stacked(hd(leases=items, qualifications=flags))
    # each lease: the most any of the three measures alone pays on it (a firm with that lease only); whole-yuan rents
    # and fees at 100% or 50%, so every amount is exact to the fen
    expected = sum((max(alone(CAT.resolve(m), hd(leases=[x], qualifications=flags)) for m in (H + PROD, H + OFFICE, CITY))
                    for x in items), Decimal(0))
    assert r[H + PROD].amount + r[H + OFFICE].amount + r[CITY].amount == expected
    # no lease is paid at two levels
    keys = [k for m in (H + PROD, H + OFFICE, CITY) for k in r[m].parts]
    assert len(keys) == len(set(keys))


# =====================================================================================================
# B8: first-loan subsidy (headline; ERRATA_01_03 R17: no borrower-district test)
# =====================================================================================================
def lender(*loans: dict, branch: str = "haidian", **kw: Any) -> dict:
    return {"district": "haidian", "industry": "finance", "size": "large",
            "lending": {"branch_district": branch, "first_loans": list(loans), **kw}}


def fl(amount: int | Decimal, on: str = "2020-03-10", size: str = "small", **kw: Any) -> dict:
    return {"amount": str(amount), "disbursed_on": on, "borrower_size": size, **kw}


@pytest.mark.parametrize(("firm", "readings", "status", "amount"), [
    # ex.1 (L3341-L3343): 10 first loans to SMEs, 20,000,000 in all → 2% × 20,000,000 = 400,000
    (lender(*[fl(2_000_000) for _ in range(10)]), {}, "eligible", 400_000),
    # ex.2: Σ 50,000,000 → 2% = 1,000,000 = the cap exactly (上限 inclusive)
    (lender(fl(50_000_000)), {}, "eligible", 1_000_000),
    # ex.2: Σ 60,000,000 → 1,200,000 → capped at 1,000,000
    (lender(fl(60_000_000)), {}, "eligible", 1_000_000),
    # ex.3: a first loan to a large enterprise → 0
    (lender(fl(5_000_000, size="large")), {}, "ineligible", 0),
    # outside 疫情期间 (disbursed 2019-12-20, before 2020-01-24) → 0
    (lender(fl(5_000_000, on="2019-12-20")), {}, "ineligible", 0),
    # ex.3: a lender with no presence in 海淀 (branch in 朝阳) → 0
    (lender(fl(5_000_000), branch="chaoyang"), {}, "ineligible", 0),
    # no lending section: not a lender → 0
    (hd(), {}, "ineligible", 0),
    # R17: the borrower's district is not tested by default (a 朝阳 SME: 2% × 5,000,000 = 100,000) …
    (lender(fl(5_000_000, borrower_district="chaoyang")), {}, "eligible", 100_000),
    # … only under the reading that applies GH1 to borrowers
    (lender(fl(5_000_000, borrower_district="chaoyang")), {"haidian_first_loan_borrower_must_be_haidian": True},
     "ineligible", 0),
    # ex.3: a loan to an SME that already had bank loans → 0 under 'borrower_first_ever' (首贷)
    (lender(fl(5_000_000, borrower_first_ever=False)), {"haidian_first_loan_definition": "borrower_first_ever"},
     "ineligible", 0),
    (lender(fl(5_000_000, borrower_first_ever=False)), {}, "eligible", 100_000),
    # a lender registered in 朝阳 with a 海淀 branch: the 驻区 test is on the branch (default) …
    ({**lender(fl(5_000_000)), "district": "chaoyang"}, {}, "eligible", 100_000),
    # … GH1 on the payee under the reading
    ({**lender(fl(5_000_000)), "district": "chaoyang"}, {"haidian_gh1_applies_to_payee": True}, "ineligible", 0),
])
def test_first_loan_subsidy(firm: dict, readings: dict, status: str, amount: int) -> None:
    a = run("first_loan_subsidy", firm, **readings)
    assert (a.status, a.amount) == (status, D(amount)), a.reasons


def test_first_loan_api_example_and_missing() -> None:
    # API.md example: 2% × 2,000,000 = 40,000
    a = sc.estimate({"district": "xicheng", "lending": {"branch_district": "haidian", "first_loans": [
        {"amount": "2000000", "disbursed_on": "2020-03-10", "borrower_size": "small"}]}})["haidian.first_loan_subsidy"]
    assert (a.status, a.amount) == ("eligible", D(40_000))
    a = run("first_loan_subsidy", {"lending": {"first_loans": [{"amount": "1"}]}})
    assert a.status == "undetermined"
    assert set(a.missing) == {"lending.branch_district", "lending.first_loans.0.disbursed_on",
                              "lending.first_loans.0.borrower_size"}


@given(amounts=st.lists(st.integers(min_value=0, max_value=80_000_000), min_size=1, max_size=6), extra=st.integers(
    min_value=0, max_value=80_000_000))
def test_first_loan_capped_and_monotone(amounts: list[int], extra: int) -> None:
    a = run("first_loan_subsidy", lender(*[fl(x) for x in amounts]))
    b = run("first_loan_subsidy", lender(*[fl(x) for x in amounts], fl(extra)))
    assert a.amount == D(min(Decimal("0.02") * sum(amounts), Decimal(1_000_000)))
    assert 0 <= a.amount <= b.amount <= 1_000_000


@given(day=st.dates(min_value=date(2019, 1, 1), max_value=date(2021, 12, 31)))
def test_first_loan_zero_outside_the_epidemic_period(day: date) -> None:
    a = run("first_loan_subsidy", lender(fl(1_000_000, on=day.isoformat())))
    inside = date(2020, 1, 24) <= day <= date(2020, 12, 31)
    assert (a.status, a.amount) == (("eligible", D(20_000)) if inside else ("ineligible", D(0)))


# =====================================================================================================
# B9: credit-loan loss compensation (20%–70%, ≤ 5,000,000)
# =====================================================================================================
def loss(lost: int, principal: int | None = None, on: str = "2020-03-15", **kw: Any) -> dict:
    return {"principal": principal or 2 * lost, "lost_principal": lost, "disbursed_on": on, "borrower_size": "small",
            "unsecured": True, **kw}


def loss_lender(*losses: dict) -> dict:
    return {"district": "haidian", "lending": {"branch_district": "haidian", "credit_loan_losses": list(losses)}}


@pytest.mark.parametrize(("firm", "readings", "status", "amount", "low", "high"), [
    # ex.1 (L3343-L3346): 2,000,000 unsecured loan, 1,000,000 lost: 20% → 200,000 … 70% → 700,000
    (loss_lender(loss(1_000_000)), {}, "eligible", 200_000, 200_000, 700_000),
    (loss_lender(loss(1_000_000)), {"haidian_credit_loss_share": "0.5"}, "eligible", 500_000, 500_000, 500_000),
    (loss_lender(loss(1_000_000)), {"haidian_range_point": "high"}, "eligible", 700_000, 200_000, 700_000),
    # base = the whole principal under the reading: 20% × 2,000,000 = 400,000 … 70% → 1,400,000
    (loss_lender(loss(1_000_000)), {"haidian_credit_loss_base": "loan_principal"}, "eligible", 400_000, 400_000,
     1_400_000),
    # ex.2: 10,000,000 lost at 50% → 5,000,000 = cap; at 70% → 7,000,000 → 5,000,000
    (loss_lender(loss(10_000_000)), {"haidian_credit_loss_share": "0.5"}, "eligible", 5_000_000, 5_000_000,
     5_000_000),
    (loss_lender(loss(10_000_000)), {"haidian_credit_loss_share": "0.7"}, "eligible", 5_000_000, 5_000_000,
     5_000_000),
    # ex.3: a mortgage-secured loan → 0; a loan disbursed in December 2019 → 0
    (loss_lender(loss(1_000_000, unsecured=False)), {}, "ineligible", 0, 0, 0),
    (loss_lender(loss(1_000_000, on="2019-12-10")), {}, "ineligible", 0, 0, 0),
])
def test_credit_loan_loss_compensation(firm: dict, readings: dict, status: str, amount: int, low: int,
                                       high: int) -> None:
    a = run("credit_loan_loss_compensation", firm, **readings)
    assert (a.status, a.amount, a.low, a.high) == (status, D(amount), D(low), D(high)), a.reasons


def test_credit_loss_lender_location_and_share_bounds() -> None:
    f = loss_lender(loss(1_000_000))
    f["lending"]["branch_district"] = "xicheng"
    assert run("credit_loan_loss_compensation", f).status == "ineligible"
    assert run("credit_loan_loss_compensation", f, haidian_credit_loss_lender_must_be_in_haidian=False).status \
        == "eligible"
    with pytest.raises(ValueError):
        sc.Firm.model_validate(as_facts(f, {"haidian_credit_loss_share": "0.8"}))  # outside 20%至70%


@given(lost=st.integers(min_value=1, max_value=40_000_000))
def test_credit_loss_range_within_cap(lost: int) -> None:
    a = run("credit_loan_loss_compensation", loss_lender(loss(lost)))
    assert 0 <= a.low <= a.amount <= a.high <= 5_000_000
    assert a.low == D(min(Decimal("0.2") * lost, Decimal(5_000_000)))
    assert a.high == D(min(Decimal("0.7") * lost, Decimal(5_000_000)))


# =====================================================================================================
# B10: rights-confirmation financing (50% of the benchmark, ≤ 500,000)
# =====================================================================================================
def rc(principal: int, months: int, interest: int, kind: str = "platform", on: str = "2020-03-02") -> dict:
    return {"principal": principal, "disbursed_on": on, "term_months": months, "interest_paid": interest,
            "rights_confirmation": kind}


WHOLE = {"haidian_interest_subsidy_period": "whole_term"}  # every month of a financing in force in H1's validity


@pytest.mark.parametrize(("loans", "readings", "status", "amount"), [
    # ex.1 (L3360-L3362), PBoC 4.35%: 50% × 4.35% × 5,000,000 × 6/12 = 54,375 (2020-03-02..2020-09-01: all inside
    # H1's validity 2020-02-11..2020-12-31)
    ([rc(5_000_000, 6, 120_000)], {"benchmark_series": "pboc"}, "eligible", "54375"),
    # LPR default (4.05% published 2020-02-20): 50% × 4.05% × 5,000,000 × 6/12 = 50,625
    ([rc(5_000_000, 6, 120_000)], {}, "eligible", "50625"),
    # ex.2: 25,000,000 for a year: 50% × 4.35% × 25,000,000 = 543,750 → capped at 500,000 (the whole year counted)
    ([rc(25_000_000, 12, 900_000)], {"benchmark_series": "pboc", **WHOLE}, "eligible", "500000"),
    # … by default only the months inside H1's validity (2020-03-02..2020-12-31 = 9 months + 30/31 of the tenth,
    # 2020-12-02..2021-01-01): 543,750 × (9 + 30/31)/12 = 451,663.306… → 451,663.31, under the cap (issue 8 §1)
    ([rc(25_000_000, 12, 900_000)], {"benchmark_series": "pboc"}, "eligible", "451663.31"),
    # ex.2: contract rate 2.0% on 5,000,000 for a year: interest 100,000 < 108,750 → 100,000
    ([rc(5_000_000, 12, 100_000)], {"benchmark_series": "pboc", **WHOLE}, "eligible", "100000"),
    ([rc(5_000_000, 12, 100_000)], {"benchmark_series": "pboc", "haidian_rc_cap_at_interest_paid": False, **WHOLE},
     "eligible", "108750"),
    # … by default: 108,750 × (309/31)/12 = 90,332.66 against the interest of those months 100,000 × (309/31)/12 =
    # 83,064.516… → 83,064.52
    ([rc(5_000_000, 12, 100_000)], {"benchmark_series": "pboc"}, "eligible", "83064.52"),
    # ex.3: an ordinary bank loan, not 确权融资 → 0; 确权融资 off the platform: 0 by default, paid under the reading
    ([rc(5_000_000, 12, 100_000, kind="none")], {}, "ineligible", "0"),
    ([rc(5_000_000, 6, 120_000, kind="other")], {"benchmark_series": "pboc"}, "ineligible", "0"),
    ([rc(5_000_000, 6, 120_000, kind="other")], {"benchmark_series": "pboc", "haidian_rc_requires_platform": False},
     "eligible", "54375"),
    # a financing wholly before H1 (2019-08-01 + 6 months = ..2020-01-31) or after its validity → 0, either reading
    ([rc(5_000_000, 6, 120_000, on="2019-08-01")], {"benchmark_series": "pboc"}, "ineligible", "0"),
    ([rc(5_000_000, 6, 120_000, on="2019-08-01")], {"benchmark_series": "pboc", **WHOLE}, "ineligible", "0"),
    ([rc(5_000_000, 6, 120_000, on="2021-01-01")], {"benchmark_series": "pboc"}, "ineligible", "0"),
    # the validity's first day: a term ending 2020-02-11 counts that day, 1/31 of its last month (2020-01-12..02-11):
    # 50% × 4.35% × 5,000,000 × (1/31)/12 = 292.338… → 292.34; ending the day before → 0
    ([rc(5_000_000, 1, 120_000, on="2020-01-12")], {"benchmark_series": "pboc"}, "eligible", "292.34"),
    ([rc(5_000_000, 1, 120_000, on="2020-01-11")], {"benchmark_series": "pboc"}, "ineligible", "0"),
    # its last day (epidemic_period_end 2020-12-31): a term from 2020-12-31 counts 1/31 of its first month; from
    # 2021-01-01 nothing
    ([rc(5_000_000, 1, 120_000, on="2020-12-31")], {"benchmark_series": "pboc"}, "eligible", "292.34"),
    # a term of 0 months → no interest → 0
    ([rc(5_000_000, 0, 0)], {"benchmark_series": "pboc"}, "ineligible", "0"),
])
def test_rights_confirmation_financing(loans: list, readings: dict, status: str, amount: str) -> None:
    a = run("rights_confirmation_financing_interest_subsidy", hd(loans=loans), **readings)
    assert (a.status, a.amount) == (status, D(amount)), a.reasons


def test_benchmark_before_the_series_is_undetermined_not_an_error() -> None:
    # an M&A loan of 2018: the LPR series starts 2019-08-20 → undetermined (choose pboc), never an exception
    loan = {"principal": 10_000_000, "disbursed_on": "2018-06-01", "term_months": 60, "interest_months_paid": 24,
            "interest_paid": 1_200_000, "ma_loan": True}
    a = run("ma_loan_interest_subsidy", hd(loans=[loan]))
    assert a.status == "undetermined" and a.missing == ["assumptions.benchmark_series"]
    # interest paid 2018-06-01..2020-05-31; inside H1's validity: 19/29 of 2020-02-01..02-29 and March–May = 106/29
    # months: 40% × 4.75% × 10,000,000 × (106/29)/12 = 57,873.563… → 57,873.56
    assert run("ma_loan_interest_subsidy", hd(loans=[loan]), benchmark_series="pboc").amount == D("57873.56")
    # the catalog's way, every month paid (whole_term): 40% × 4.75% × 10,000,000 × 24/12 = 380,000
    assert run("ma_loan_interest_subsidy", hd(loans=[loan]), benchmark_series="pboc", **WHOLE).amount == D(380_000)


# =====================================================================================================
# B11–B13: the renewal center
# =====================================================================================================
def renewing(count: int | None = None, amount: int | None = None, branch: str = "haidian", member: bool = True) -> dict:
    lending: dict[str, Any] = {"branch_district": branch, "renewal_center_member": member}
    if count is not None:
        lending["renewals_count"] = count
    if amount is not None:
        lending["renewal_loan_amount"] = amount
    return {"district": "haidian", "lending": lending}


@pytest.mark.parametrize(("firm", "readings", "status", "amount"), [
    # B11 ex.1 (L3364-L3368): n = 30 → 5,000 × 30 = 150,000
    (renewing(30), {}, "eligible", 150_000),
    # B11 ex.2: n = 20 → 100,000 (（含）); n = 19 → 0; n = 40 → 200,000 = cap; n = 45 → 225,000 → 200,000
    (renewing(20), {}, "eligible", 100_000),
    (renewing(19), {}, "ineligible", 0),
    (renewing(40), {}, "eligible", 200_000),
    (renewing(45), {}, "eligible", 200_000),
    # marginal reading: n = 30 → 5,000 × (30 − 20) = 50,000
    (renewing(30), {"haidian_renewal_reward_count_mode": "above_threshold"}, "eligible", 50_000),
    # B11 ex.3: not in the center, 50 renewals → 0
    (renewing(50, member=False), {}, "ineligible", 0),
    # R16: a lender with no 海淀 presence → 0 by default; paid when the reading drops the test
    (renewing(30, branch="fengtai"), {}, "ineligible", 0),
    (renewing(30, branch="fengtai"), {"haidian_renewal_reward_lender_must_be_in_haidian": False}, "eligible", 150_000),
])
def test_renewal_center_per_loan_reward(firm: dict, readings: dict, status: str, amount: int) -> None:
    a = run("renewal_center_per_loan_reward", firm, **readings)
    assert (a.status, a.amount) == (status, D(amount)), a.reasons


@given(n=st.integers(min_value=0, max_value=200), m=st.integers(min_value=0, max_value=200))
def test_renewal_reward_tier_edge_cap_monotone(n: int, m: int) -> None:
    lo, hi = sorted((n, m))
    a, b = run("renewal_center_per_loan_reward", renewing(lo)), run("renewal_center_per_loan_reward", renewing(hi))
    assert a.status == ("eligible" if lo >= 20 else "ineligible")
    assert a.amount == (D(min(5_000 * lo, 200_000)) if lo >= 20 else D(0))
    assert 0 <= a.amount <= b.amount <= 200_000


def guarantor(amount: int, district: str | None = "haidian", member: bool = True, registered: str = "haidian") -> dict:
    """A guarantee company located (驻区) in ``district`` (guarantor.district; None: unknown), registered in
    ``registered`` (Firm.district)."""
    g: dict[str, Any] = {"renewal_center_member": member, "renewal_guarantee_amount": amount}
    if district is not None:
        g["district"] = district
    return {"district": registered, "industry": "finance", "guarantor": g}


@pytest.mark.parametrize(("mid", "firm", "status", "amount"), [
    # B12 ex.1 (L3370-L3372): Σ renewals 30,000,000 → 1% = 300,000
    ("renewal_center_lender_subsidy", renewing(amount=30_000_000), "eligible", 300_000),
    # B12 ex.2: 100,000,000 → 1,000,000 = cap; 150,000,000 → 1,000,000
    ("renewal_center_lender_subsidy", renewing(amount=100_000_000), "eligible", 1_000_000),
    ("renewal_center_lender_subsidy", renewing(amount=150_000_000), "eligible", 1_000_000),
    # B12 ex.3: in the center but not located in 海淀 → 0
    ("renewal_center_lender_subsidy", renewing(amount=30_000_000, branch="chaoyang"), "ineligible", 0),
    # B13 ex.1 (L3372-L3376): guarantees 40,000,000 → 400,000
    ("renewal_center_guarantor_subsidy", guarantor(40_000_000), "eligible", 400_000),
    # B13 ex.2: 100,000,000 → 1,000,000; 120,000,000 → 1,000,000
    ("renewal_center_guarantor_subsidy", guarantor(100_000_000), "eligible", 1_000_000),
    ("renewal_center_guarantor_subsidy", guarantor(120_000_000), "eligible", 1_000_000),
    # B13 ex.3: a guarantee company registered in 朝阳 → 0; not in the center → 0; not a guarantor → 0
    ("renewal_center_guarantor_subsidy", guarantor(40_000_000, district="chaoyang"), "ineligible", 0),
    # the 驻区 test reads the guarantee company's own location (guarantor.district), as 西城's does: located in 朝阳
    # though the profile's district is 海淀 → 0; located in 海淀, registered in 朝阳 → 400,000 (GH1 on the payee only
    # under haidian_gh1_applies_to_payee)
    ("renewal_center_guarantor_subsidy", guarantor(40_000_000, district="chaoyang", registered="haidian"),
     "ineligible", 0),
    ("renewal_center_guarantor_subsidy", guarantor(40_000_000, district="haidian", registered="chaoyang"),
     "eligible", 400_000),
    ("renewal_center_guarantor_subsidy", guarantor(40_000_000, member=False), "ineligible", 0),
    ("renewal_center_guarantor_subsidy", hd(), "ineligible", 0),
])
def test_renewal_center_one_percent(mid: str, firm: dict, status: str, amount: int) -> None:
    a = run(mid, firm)
    assert (a.status, a.amount) == (status, D(amount)), a.reasons


@given(x=money, y=money)
def test_one_percent_subsidies_capped_and_monotone(x: Decimal, y: Decimal) -> None:
    lo, hi = sorted((x, y))
    for mid, make in (("renewal_center_lender_subsidy", lambda v: renewing(amount=v)),
                      ("renewal_center_guarantor_subsidy", guarantor)):
        a, b = run(mid, make(lo)), run(mid, make(hi))
        assert 0 <= a.amount <= b.amount <= 1_000_000
        if lo > 0:
            assert a.amount == D(min(lo / 100, Decimal(1_000_000)))


# =====================================================================================================
# B15 / B16: intermediary fees (50%, ≤ 1,000,000)
# =====================================================================================================
def issuer(fees: int, hnte: bool = True, approval: str = "approved") -> dict:
    return hd(qualifications={"high_tech_enterprise": hnte}, capital_markets={
        "direct_financing_approval": approval, "direct_financing_national_strategy": True,
        "direct_financing_intermediary_fees": fees})


def pre_ipo(fees: int, flag: bool = True, hnte: bool | None = None) -> dict:
    f = hd(capital_markets={"pre_ipo": flag, "listing_intermediary_fees": fees})
    if hnte is not None:
        f["qualifications"] = {"high_tech_enterprise": hnte}
    return f


@pytest.mark.parametrize(("mid", "firm", "readings", "status", "amount"), [
    # B15 ex.1 (L3386-L3388): green bond fees 1,200,000 → 50% = 600,000
    ("direct_financing_intermediary_fee_subsidy", issuer(1_200_000), {}, "eligible", 600_000),
    # B15 ex.2: fees 2,000,000 → 1,000,000 = cap; 2,600,000 → 1,000,000
    ("direct_financing_intermediary_fee_subsidy", issuer(2_000_000), {}, "eligible", 1_000_000),
    ("direct_financing_intermediary_fee_subsidy", issuer(2_600_000), {}, "eligible", 1_000_000),
    # B15 ex.3: no 高新技术企业 status → 0
    ("direct_financing_intermediary_fee_subsidy", issuer(1_200_000, hnte=False), {}, "ineligible", 0),
    # ambiguity 2: a registered (not approved) issue: 0 by default, 600,000 under the reading
    ("direct_financing_intermediary_fee_subsidy", issuer(1_200_000, approval="registered"), {}, "ineligible", 0),
    ("direct_financing_intermediary_fee_subsidy", issuer(1_200_000, approval="registered"),
     {"haidian_bond_registration_counts": True}, "eligible", 600_000),
    # B16 ex.1 (L3388-L3390): listing fees 1,000,000 → 500,000; ex.2: 2,000,000 → 1,000,000; 3,000,000 → 1,000,000
    ("pre_ipo_intermediary_fee_subsidy", pre_ipo(1_000_000), {}, "eligible", 500_000),
    ("pre_ipo_intermediary_fee_subsidy", pre_ipo(2_000_000), {}, "eligible", 1_000_000),
    ("pre_ipo_intermediary_fee_subsidy", pre_ipo(3_000_000), {}, "eligible", 1_000_000),
    # B16 ex.3: no listing plan → 0
    ("pre_ipo_intermediary_fee_subsidy", pre_ipo(1_000_000, flag=False), {}, "ineligible", 0),
    # ambiguity 2: high-tech status carried over only under the reading
    ("pre_ipo_intermediary_fee_subsidy", pre_ipo(1_000_000, hnte=False), {"haidian_pre_ipo_requires_high_tech": True},
     "ineligible", 0),
])
def test_intermediary_fee_subsidies(mid: str, firm: dict, readings: dict, status: str, amount: int) -> None:
    a = run(mid, firm, **readings)
    assert (a.status, a.amount) == (status, D(amount)), a.reasons


@given(fees=money)
def test_fee_subsidy_half_capped(fees: Decimal) -> None:
    a = run("pre_ipo_intermediary_fee_subsidy", pre_ipo(int(fees)))
    assert a.amount == D(min(fees / 2, Decimal(1_000_000))) and 0 <= a.amount <= 1_000_000


# =====================================================================================================
# B17: M&A loan interest subsidy (40% of the benchmark after interest is paid, ≤ 2,000,000)
# =====================================================================================================
def ma(principal: int, months_paid: int = 12, term: int = 36, ma_loan: bool = True, on: str = "2020-04-01",
       **kw: Any) -> dict:
    """An M&A loan; by default interest of 6% a year paid on it (never the binding limit at 40% of a benchmark)."""
    return {"principal": principal, "disbursed_on": on, "term_months": term, "interest_months_paid": months_paid,
            "ma_loan": ma_loan, "interest_paid": str((Decimal(principal) * months_paid * 6 / 1200).quantize(Decimal("0.01"))), **kw}


@pytest.mark.parametrize(("loans", "readings", "status", "amount"), [
    # ex.1 (L3392-L3394), PBoC 1–5 years 4.75%, one year of interest paid: 40% × 4.75% × 50,000,000 × 12/12 =
    # 950,000 (the whole year counted, haidian_interest_subsidy_period = whole_term)
    ([ma(50_000_000)], {"benchmark_series": "pboc", **WHOLE}, "eligible", "950000"),
    # by default only the interest months inside H1's validity: 2020-04-01..2020-12-31 = 9 → 950,000 × 9/12 = 712,500
    ([ma(50_000_000)], {"benchmark_series": "pboc"}, "eligible", "712500"),
    # LPR default (1-year LPR 4.05% on 2020-04-01): 40% × 4.05% × 50,000,000 × 9/12 = 607,500
    ([ma(50_000_000)], {}, "eligible", "607500"),
    # ex.2: 120,000,000 → 2,280,000 → capped at 2,000,000; per loan (two loans of 1,140,000 each) → 2,280,000
    ([ma(120_000_000)], {"benchmark_series": "pboc", **WHOLE}, "eligible", "2000000"),
    ([ma(60_000_000), ma(60_000_000)], {"benchmark_series": "pboc", "haidian_ma_cap_scope": "loan", **WHOLE},
     "eligible", "2280000"),
    # by default 2,280,000 × 9/12 = 1,710,000: under the cap
    ([ma(120_000_000)], {"benchmark_series": "pboc"}, "eligible", "1710000"),
    # the cap's edge: 40% × 4.75% × P × 12/12 = 2,000,000 at P = 105,263,157.89…; 105,263,157 → 1,999,999.98;
    # 105,263,158 → 2,000,000.002 → 2,000,000
    ([ma(105_263_157)], {"benchmark_series": "pboc", **WHOLE}, "eligible", "1999999.98"),
    ([ma(105_263_158)], {"benchmark_series": "pboc", **WHOLE}, "eligible", "2000000"),
    # ex.3: interest not yet paid (付息后) → 0; an ordinary working-capital loan → 0
    ([ma(50_000_000, months_paid=0)], {}, "ineligible", "0"),
    ([ma(50_000_000, ma_loan=False)], {}, "ineligible", "0"),
    # limited to the interest actually paid (default): 400,000 paid < 950,000 → 400,000 …
    ([ma(50_000_000, interest_paid=400_000)], {"benchmark_series": "pboc", **WHOLE}, "eligible", "400000"),
    # … of the months counted: 400,000 × 9/12 = 300,000 < 712,500 → 300,000
    ([ma(50_000_000, interest_paid=400_000)], {"benchmark_series": "pboc"}, "eligible", "300000"),
    # … not limited under the reading: 950,000
    ([ma(50_000_000, interest_paid=400_000)], {"benchmark_series": "pboc", "haidian_ma_cap_at_interest_paid": False,
                                              **WHOLE}, "eligible", "950000"),
    # interest paid only for months before H1 (2019-01-01 + 12 months = ..2019-12-31) → 0, either reading
    ([ma(50_000_000, on="2019-01-01")], {"benchmark_series": "pboc"}, "ineligible", "0"),
    ([ma(50_000_000, on="2019-01-01")], {"benchmark_series": "pboc", **WHOLE}, "ineligible", "0"),
])
def test_ma_loan_interest_subsidy(loans: list, readings: dict, status: str, amount: str) -> None:
    a = run("ma_loan_interest_subsidy", hd(loans=loans), **readings)
    assert (a.status, a.amount) == (status, D(amount)), a.reasons


def test_ma_loan_interest_paid_is_needed_by_default() -> None:
    loan = ma(50_000_000)
    del loan["interest_paid"]
    a = run("ma_loan_interest_subsidy", hd(loans=[loan]))
    assert a.status == "undetermined" and a.missing == ["loans.0.interest_paid"]
    assert run("ma_loan_interest_subsidy", hd(loans=[loan]), haidian_ma_cap_at_interest_paid=False).status \
        == "eligible"


def test_ma_loans_in_epidemic_only_reading() -> None:
    loan = ma(10_000_000, on="2019-10-08")
    assert run("ma_loan_interest_subsidy", hd(loans=[loan])).status == "eligible"
    assert run("ma_loan_interest_subsidy", hd(loans=[loan]), haidian_ma_loans_in_epidemic_only=True).status \
        == "ineligible"
    # the epidemic period's first day (2020-01-24) is in, the day before is out
    for on, status in (("2020-01-24", "eligible"), ("2020-01-23", "ineligible")):
        assert run("ma_loan_interest_subsidy", hd(loans=[ma(10_000_000, on=on)]),
                   haidian_ma_loans_in_epidemic_only=True).status == status


@given(p=st.integers(min_value=0, max_value=300_000_000), months=st.integers(min_value=1, max_value=10))
def test_ma_inside_the_validity_is_exact_and_capped(p: int, months: int) -> None:
    # interest months from 2020-03-01: at most 10 (to 2020-12-31), all inside H1's validity
    a = run("ma_loan_interest_subsidy", hd(loans=[ma(p, months_paid=months, on="2020-03-01")]),
            benchmark_series="pboc")
    exact_amount = Fraction("0.4") * Fraction("0.0475") * p * months / 12
    assert a.amount == round_fen(min(exact_amount, Fraction(2_000_000)))
    assert 0 <= a.amount <= 2_000_000


LOAN_DAYS = st.dates(min_value=date(2018, 1, 1), max_value=date(2021, 6, 30))


@given(p=st.integers(min_value=1, max_value=100_000_000), on=LOAN_DAYS, months=st.integers(min_value=1, max_value=48),
       shorter=st.integers(min_value=0, max_value=48), rate=st.integers(min_value=0, max_value=800))
def test_interest_subsidies_item_period_properties(p: int, on: date, months: int, shorter: int, rate: int) -> None:
    """B10 and B17 (issue 8 §1): a loan whose months lie wholly outside H1's validity pays 0; fewer months never pay
    more; never more than the interest paid on the months counted; 'validity' never pays more than 'whole_term'."""
    fewer = max(0, months - shorter)

    def paid(m: int) -> Decimal:  # interest in proportion to the months paid: rate × 100 yuan a month
        return Decimal(rate * 100 * m)

    start, end = on, add_days(add_months(on, months), -1)
    outside = end < date(2020, 2, 11) or start > date(2020, 12, 31)
    cases = (
        ("ma_loan_interest_subsidy", lambda m: {**ma(p, months_paid=m, on=on.isoformat()),
                                                "interest_paid": str(paid(m))}),
        ("rights_confirmation_financing_interest_subsidy", lambda m: {**rc(p, m, 0, on=on.isoformat()),
                                                                       "interest_paid": str(paid(m))}),
    )
    for mid, loan in cases:
        def amount(m: int, mid: str = mid, loan: Any = loan, **readings: Any) -> Decimal:
            a = run(mid, hd(loans=[loan(m)]), benchmark_series="pboc", **readings)
            assert a.status in ("eligible", "ineligible"), a.missing
            return a.amount
        got = amount(months)
        if outside:
            assert got == 0 and amount(months, **WHOLE) == 0
        assert amount(fewer) <= got <= amount(months, **WHOLE)
        assert got <= round_fen(Fraction(paid(months)))


# =====================================================================================================
# B19: stock-pledge extension (deferral)
# =====================================================================================================
def listed(*pledges: dict, district: str = "haidian") -> dict:
    return {"district": district, "capital_markets": {"listed": True, "stock_pledges": list(pledges)}}


def test_stock_pledge_extension_examples() -> None:
    # ex.1 (L3405-L3407): a pledge maturing 2020-03-15 extended 6 months → 2020-09-15
    a = run("stock_pledge_extension", listed({"matures_on": "2020-03-15", "repayment_difficulty": True}),
            haidian_pledge_extension_months=6)
    assert (a.status, a.amount) == ("eligible", D(0)) and "2020-09-15" in a.effects["deferral capital_markets.stock_pledges 0"]
    # ex.2: k = 3 → 2020-06-15; by default the range of 3 to 6 months is reported
    a = run("stock_pledge_extension", listed({"matures_on": "2020-03-15", "repayment_difficulty": True}))
    assert "between 2020-06-15 and 2020-09-15" in a.effects["deferral capital_markets.stock_pledges 0"]
    # ex.3: matured 2019-12-20, before the epidemic → not covered
    a = run("stock_pledge_extension", listed({"matures_on": "2019-12-20", "repayment_difficulty": True}))
    assert a.status == "ineligible"
    # no repayment difficulty → not covered; a non-海淀 listed company → not 驻区 unless the reading drops it
    assert run("stock_pledge_extension", listed({"matures_on": "2020-03-15", "repayment_difficulty": False})).status \
        == "ineligible"
    other = listed({"matures_on": "2020-03-15", "repayment_difficulty": True}, district="xicheng")
    assert run("stock_pledge_extension", other).status == "ineligible"
    assert run("stock_pledge_extension", other, haidian_pledge_requires_district=False).status == "eligible"
    # an extension beyond 3至6个月 (L3403-L3407) is not this measure's: the pledge is ruled out (one fact, read as 西城's)
    long = listed({"matures_on": "2020-03-15", "repayment_difficulty": True, "extension_months": 8})
    a = run("stock_pledge_extension", long)
    assert a.status == "ineligible" and any("not 3至 6个月" in x for x in a.reasons)


@given(day=st.dates(min_value=date(2019, 6, 1), max_value=date(2021, 6, 30)))
def test_stock_pledge_window(day: date) -> None:
    a = run("stock_pledge_extension", listed({"matures_on": day.isoformat(), "repayment_difficulty": True}))
    assert a.status == ("eligible" if date(2020, 1, 24) <= day <= date(2020, 12, 31) else "ineligible")
    assert a.amount == 0


# =====================================================================================================
# R18: landlord subsidy for 海淀 high-tech tenants ("一定资金补贴")
# =====================================================================================================
def landlord(*reliefs: dict) -> dict:
    return hd(rent_relief_granted=list(reliefs))


def relief(amount: int, hnte: bool = True, tenant: str = "haidian", start: str = "2020-02-01",
           end: str = "2020-04-30", mandated: bool = False) -> dict:
    return {"tenant_high_tech": hnte, "tenant_district": tenant, "amount": amount, "period_start": start,
            "period_end": end, "mandated": mandated}


@pytest.mark.parametrize(("firm", "readings", "status", "amount", "quantified"), [
    # ex.1 (L3301-L3303): R = 400,000; illustrative k = 30% → 120,000
    (landlord(relief(400_000)), {"haidian_hnte_landlord_subsidy_share": "0.3"}, "eligible", 120_000, True),
    # default: eligible, amount unquantified (一定资金补贴 sets no rate)
    (landlord(relief(400_000)), {}, "eligible", 0, False),
    # ex.2: a reduction of 0 → 0
    (landlord(relief(0)), {}, "ineligible", 0, True),
    # ex.3: the tenant is not a certified HNTE → 0; a 朝阳 HNTE → 0; a natural-person landlord → 0
    (landlord(relief(400_000, hnte=False)), {}, "ineligible", 0, True),
    (landlord(relief(400_000, tenant="chaoyang")), {}, "ineligible", 0, True),
    ({**landlord(relief(400_000)), "enterprise": False}, {}, "ineligible", 0, True),
    # not a landlord claiming → 0
    (hd(), {}, "ineligible", 0, True),
    # a mandated reduction counts only under the reading
    (landlord(relief(400_000, mandated=True)), {"haidian_hnte_landlord_subsidy_share": "0.3"}, "ineligible", 0,
     True),
    (landlord(relief(400_000, mandated=True)), {"haidian_hnte_landlord_subsidy_share": "0.3",
                                                "haidian_hnte_include_mandated_reductions": True}, "eligible",
     120_000, True),
    # a reduction before the epidemic period (2019-12) → 0
    (landlord(relief(400_000, start="2019-12-01", end="2019-12-31")), {}, "ineligible", 0, True),
])
def test_hnte_landlord_subsidy(firm: dict, readings: dict, status: str, amount: int, quantified: bool) -> None:
    a = run("hnte_tenant_rent_reduction_landlord_subsidy", firm, **readings)
    assert (a.status, a.amount, a.quantified) == (status, D(amount), quantified), a.reasons
    if not quantified:
        assert a.needs == ["assumptions.haidian_hnte_landlord_subsidy_share"]


K = {"haidian_hnte_landlord_subsidy_share": "0.3"}  # an illustrative k (catalog 03 R18 example 1)


@pytest.mark.parametrize(("relieved", "readings", "status", "amount"), [
    # a reduction counts only for its days in 疫情期间 (2020-01-24..2020-12-31; issue 8 §1), spread evenly over its days:
    # 310,000 over January (31 days): 8 days from 01-24 → 310,000 × 8/31 = 80,000; × 30% = 24,000
    (relief(310_000, start="2020-01-01", end="2020-01-31"), K, "eligible", "24000"),
    # ending 2020-01-24, the first day: 310,000 over 2019-12-25..2020-01-24 (31 days) × 1/31 = 10,000 → 3,000
    (relief(310_000, start="2019-12-25", end="2020-01-24"), K, "eligible", "3000"),
    # ending the day before → 0
    (relief(310_000, start="2019-12-24", end="2020-01-23"), K, "ineligible", "0"),
    # starting 2020-12-31, the last day: 1 of 31 days → 10,000 → 3,000; starting 2021-01-01 → 0
    (relief(310_000, start="2020-12-31", end="2021-01-30"), K, "eligible", "3000"),
    (relief(310_000, start="2021-01-01", end="2021-01-31"), K, "ineligible", "0"),
    # the end of 疫情期间 moved to 2020-06-30 (reading epidemic_period_end): 2020-06-01..07-31 (61 days) 610,000 →
    # 30 days → 300,000 → 90,000
    (relief(610_000, start="2020-06-01", end="2020-07-31"), {**K, "epidemic_period_end": "2020-06-30"}, "eligible",
     "90000"),
    # GH3 "不得重复享受同类补贴支持资金" (L3482-L3484): a reduction that already drew a subsidy elsewhere (e.g. a city
    # landlord subsidy) earns nothing here (rent_relief_granted.N.subsidised_elsewhere, as 西城 reads it)
    ({**relief(400_000), "subsidised_elsewhere": True}, K, "ineligible", "0"),
    ({**relief(400_000), "subsidised_elsewhere": False}, K, "eligible", "120000"),
    # GH1 on the tenant (海淀区高新技术企业): taxed in 海淀 → counts; taxed in 西城 → not
    ({**relief(400_000), "tenant_tax_district": "haidian"}, K, "eligible", "120000"),
    ({**relief(400_000), "tenant_tax_district": "xicheng"}, K, "ineligible", "0"),
])
def test_hnte_relief_period_and_one_subsidy(relieved: dict, readings: dict, status: str, amount: str) -> None:
    a = run("hnte_tenant_rent_reduction_landlord_subsidy", landlord(relieved), **readings)
    assert (a.status, a.amount) == (status, D(amount)), a.reasons


@given(daily=st.integers(min_value=0, max_value=100_000), a=st.dates(min_value=date(2019, 10, 1),
                                                                     max_value=date(2021, 3, 31)),
       length=st.integers(min_value=1, max_value=200), cut=st.integers(min_value=0, max_value=200))
def test_hnte_relief_item_period_properties(daily: int, a: date, length: int, cut: int) -> None:
    """R18 (issue 8 §1): the reduction counts for its days in 疫情期间 only: wholly outside → 0; a shorter reduction (at
    the same daily rent) never counts more; exact: k × amount × days inside / days, rounded once."""
    def amount(days: int) -> Decimal:
        end = a + timedelta(days=days - 1)
        r = run("hnte_tenant_rent_reduction_landlord_subsidy",
                landlord(relief(daily * days, start=a.isoformat(), end=end.isoformat())), **K)
        return r.amount if r.status == "eligible" else Decimal(0)

    end = a + timedelta(days=length - 1)
    inside = max(0, (min(end, date(2020, 12, 31)) - max(a, date(2020, 1, 24))).days + 1)
    got = amount(length)
    assert got == round_fen(Fraction(3, 10) * daily * inside)
    if inside == 0:
        assert got == 0
    assert amount(max(1, length - cut)) <= got


def test_hnte_missing_facts() -> None:
    a = run("hnte_tenant_rent_reduction_landlord_subsidy", landlord({"amount": 1000}))
    assert a.status == "undetermined"
    assert {"rent_relief_granted.0.tenant_high_tech", "rent_relief_granted.0.tenant_district",
            "rent_relief_granted.0.mandated", "rent_relief_granted.0.period_start",
            "rent_relief_granted.0.period_end"} <= set(a.missing)
    for key in ("period_start", "period_end", "amount"):
        r = relief(400_000)
        del r[key]
        a = run("hnte_tenant_rent_reduction_landlord_subsidy", landlord(r))
        assert (a.status, a.missing) == ("undetermined", [f"rent_relief_granted.0.{key}"])


def test_hnte_explanations() -> None:
    a = run("hnte_tenant_rent_reduction_landlord_subsidy", landlord(relief(400_000)), **K)
    assert a.steps == ["rent reduced for 海淀 high-tech tenants: 400,000.00",
                       "the share supplied × the rent reduced: 30% (assumptions.haidian_hnte_landlord_subsidy_share) × 400,000.00 "
                       "(rent reduced) = 120,000.00"]  # the supplied share names its assumption
    a = run("hnte_tenant_rent_reduction_landlord_subsidy",
            landlord(relief(310_000, start="2020-01-01", end="2020-01-31")), **K)
    assert a.steps[0] == ("relief 0: rent reduced in 疫情期间 (its days inside): 310,000.00 × 8 (days in "
                          "疫情期间) / 31 (days relieved) = 80,000.00")
    a = run("hnte_tenant_rent_reduction_landlord_subsidy",
            landlord(relief(310_000, start="2021-01-01", end="2021-01-31")), **K)
    assert "outside 疫情期间 2020-01-24..2020-12-31" in a.reasons[-2]


# =====================================================================================================
# The example firm
# =====================================================================================================
def test_example_firm_shows_several_measures() -> None:
    firm = json.loads((ROOT / "examples/firms/haidian_vaccine_developer.json").read_text(encoding="utf-8"))
    report = sc.estimate(firm)
    paying = [a for a in report.awards if a.district == "haidian" and a.status == "eligible"]
    assert len(paying) >= 4
    # B5: 100% × 60,000 + 100% × 9,000 = 69,000
    assert report["haidian.district_soe_tenant_relief_feb.production_use"].amount == D(69_000)
    # B10 (LPR 4.05% on 2020-03-02): 50% × 4.05% × 4,000,000 × 6/12 = 40,500
    assert report["haidian.rights_confirmation_financing_interest_subsidy"].amount == D(40_500)
    assert report["haidian.covid_rd_support"].high == D(3_000_000)
    assert report.total_high >= report.total >= D(69_000 + 40_500)


def test_pledge_extension_clamps_to_the_month_end() -> None:
    # 2020-08-31 + 6 months: there is no 31 February → 2021-02-28 (engine.periods.add_months, dateutil)
    a = run("stock_pledge_extension", listed({"matures_on": "2020-08-31", "repayment_difficulty": True}),
            haidian_pledge_extension_months=6)
    assert "2020-08-31 → 2021-02-28" in a.effects["deferral capital_markets.stock_pledges 0"]


def test_control_cost_cap_scope_per_project() -> None:
    firm = hd(**q(high_epidemic_cost_operation=True, q1_2020_growth_contribution=True))
    # per firm (default): min(1,500,000 + 1,500,000, 2,000,000) = 2,000,000
    assert run("epidemic_control_cost_subsidy_q1", firm, haidian_control_cost_amounts=[1_500_000, 1_500_000]).amount \
        == D(2_000_000)
    # per project: min(1,500,000, 2M) + min(1,500,000, 2M) = 3,000,000
    assert run("epidemic_control_cost_subsidy_q1", firm, haidian_control_cost_amounts=[1_500_000, 1_500_000],
               haidian_control_cost_cap_scope="project").amount == D(3_000_000)


@pytest.mark.parametrize(("mid", "firm", "path"), [
    ("renewal_center_per_loan_reward", renewing(), "lending.renewals_count"),
    ("renewal_center_lender_subsidy", renewing(), "lending.renewal_loan_amount"),
    ("renewal_center_guarantor_subsidy", {"district": "haidian", "guarantor": {"renewal_center_member": True}},
     "guarantor.renewal_guarantee_amount"),
    ("renewal_center_guarantor_subsidy", guarantor(40_000_000, district=None), "guarantor.district"),
    ("credit_loan_loss_compensation", {"district": "haidian", "lending": {"branch_district": "haidian"}},
     "lending.credit_loan_losses"),
    ("rights_confirmation_financing_interest_subsidy", hd(loans=[{"principal": 1}]), "loans.0.rights_confirmation"),
    ("ma_loan_interest_subsidy", hd(loans=[{"ma_loan": True, "principal": 1}]), "loans.0.interest_months_paid"),
    ("direct_financing_intermediary_fee_subsidy", hd(qualifications={"high_tech_enterprise": True}),
     "capital_markets"),
    ("stock_pledge_extension", hd(capital_markets={"listed": True}), "capital_markets.stock_pledges"),
])
def test_money_measures_missing_facts(mid: str, firm: dict, path: str) -> None:
    a = run(mid, firm)
    assert a.status == "undetermined" and path in a.missing, (a.status, a.missing)


# =====================================================================================================
# GH3 and GH4 in every 海淀 measure (L3482-L3490)
# =====================================================================================================
ELIGIBLE: dict[str, Any] = {
    "covid_rd_support": lambda: hd(**RD_OK),
    "national_emergency_project_matching": lambda: hd(**q(covid_emergency_project="national")),
    "tech_epidemic_control_reward": lambda: hd(**q(tech_epidemic_control_applied=True, tech_epidemic_control_recognised=True,
                                                   tech_epidemic_control_contributions=["production"])),
    "epidemic_supply_production_reward": lambda: hd(**q(epidemic_supply_emergency_production=True, epidemic_supply_production_recognised=True)),
    PROD: lambda: hd(leases=[soe_lease()], qualifications=OPEN),
    OFFICE: lambda: hd(leases=[soe_lease("office")]),
    "epidemic_control_cost_subsidy_q1": lambda: hd(**q(high_epidemic_cost_operation=True,
                                                       q1_2020_growth_contribution=True)),
    "first_loan_subsidy": lambda: lender(fl(1_000_000)),
    "credit_loan_loss_compensation": lambda: loss_lender(loss(1_000_000)),
    "rights_confirmation_financing_interest_subsidy": lambda: hd(loans=[rc(5_000_000, 6, 120_000)]),
    "renewal_center_per_loan_reward": lambda: renewing(30),
    "renewal_center_lender_subsidy": lambda: renewing(amount=30_000_000),
    "renewal_center_guarantor_subsidy": lambda: guarantor(40_000_000),
    "direct_financing_intermediary_fee_subsidy": lambda: issuer(1_200_000),
    "pre_ipo_intermediary_fee_subsidy": lambda: pre_ipo(1_000_000),
    "ma_loan_interest_subsidy": lambda: hd(loans=[ma(50_000_000)]),
    "stock_pledge_extension": lambda: listed({"matures_on": "2020-03-15", "repayment_difficulty": True}),
    "hnte_tenant_rent_reduction_landlord_subsidy": lambda: landlord(relief(400_000)),
}


def test_every_relief_measure_has_an_eligible_firm() -> None:
    relief = {m.id.removeprefix(H) for m in CAT if m.district == "haidian" and m.relief}
    assert relief == set(ELIGIBLE)


@pytest.mark.parametrize("mid", sorted(ELIGIBLE))
def test_gh3_one_level_is_a_fact_of_the_firm_in_every_measure(mid: str) -> None:
    firm = ELIGIBLE[mid]()
    assert run(mid, firm).status == "eligible"
    # GH3 (L3482-L3484): the firm claims this measure at the city level instead → ineligible here
    a = run(mid, {**firm, "city_level_chosen_for": [H + mid]})
    assert (a.status, a.amount) == ("ineligible", 0) and "GH3" in a.reasons[-1]
    # [] (none chosen) and another measure chosen leave it paid
    assert run(mid, {**firm, "city_level_chosen_for": []}).status == "eligible"
    other = H + ("covid_rd_support" if mid != "covid_rd_support" else "bailout_fund")
    assert run(mid, {**firm, "city_level_chosen_for": [other]}).status == "eligible"


@pytest.mark.parametrize("mid", sorted(ELIGIBLE))
def test_gh4_three_year_ban_edge_in_every_measure(mid: str) -> None:
    firm = ELIGIBLE[mid]()
    # GH4 (L3486-L3490): clawed back 2017-02-11 → banned until 2020-02-11, the day the measures were issued → 0
    a = run(mid, {**firm, "subsidy_fraud_clawback_on": "2017-02-11"})
    assert a.status == "ineligible" and "until 2020-02-11" in a.reasons[-1]
    # one day earlier: the ban ended 2020-02-10, before the measures → paid
    assert run(mid, {**firm, "subsidy_fraud_clawback_on": "2017-02-10"}).status == "eligible"


@pytest.mark.parametrize(("ids", "error"), [
    (["haidian.covid_rd_suport"], "unknown measure id"),            # a typo is refused, with close ids
    (["beijing.soe_rent_reduction_feb"], "is a city measure"),     # the city level is the alternative, not a choice
    (["fangshan.soe_rent_reduction_feb"], "is a city measure"),    # an alias of the city rule
])
def test_city_level_chosen_for_names_district_measures(ids: list[str], error: str) -> None:
    with pytest.raises(ValueError, match=error) as e:
        sc.Firm.model_validate(hd(city_level_chosen_for=ids))
    assert "city_level_chosen_for.0" in str(e.value)


def test_gh3_is_not_a_reading_any_more() -> None:
    assert "haidian_city_level_chosen" not in CAT.readings
    with pytest.raises(ValueError):
        sc.Assumptions(haidian_city_level_chosen=("haidian.covid_rd_support",))


# =====================================================================================================
# §6: every edge pinned by one unit (one yuan, one day, one renewal), every unknown fact, zero quantities
# =====================================================================================================
GRANTS = [  # (measure, qualifications that make it eligible, the reading of the assessed amount, the ceiling)
    ("covid_rd_support", {"covid_rd_engaged": True}, "haidian_covid_rd_support_amounts", 3_000_000),
    ("national_emergency_project_matching", {"covid_emergency_project": "national"}, "haidian_matching_amount",
     5_000_000),
    ("tech_epidemic_control_reward", {"tech_epidemic_control_applied": True, "tech_epidemic_control_recognised": True,
                                      "tech_epidemic_control_contributions": ["production"]},
     "haidian_tech_reward_amount", 3_000_000),
    ("epidemic_supply_production_reward", {"epidemic_supply_emergency_production": True,
                                           "epidemic_supply_production_recognised": True},
     "haidian_supply_reward_amount", 3_000_000),
    ("epidemic_control_cost_subsidy_q1", {"high_epidemic_cost_operation": True, "q1_2020_growth_contribution": True},
     "haidian_control_cost_amounts", 2_000_000),
]


@pytest.mark.parametrize(("mid", "flags", "reading", "cap"), GRANTS)
@pytest.mark.parametrize("delta", [-1, 0, 1])
def test_grant_ceiling_edge_by_one_yuan(mid: str, flags: dict, reading: str, cap: int, delta: int) -> None:
    # 不高于 / 最高 (L3227-L3329): inclusive; one yuan above the ceiling pays the ceiling
    assessed = cap + delta
    a = run(mid, hd(qualifications=flags), **{reading: [assessed] if reading.endswith("amounts") else assessed})
    assert (a.status, a.amount) == ("eligible", D(min(assessed, cap)))
    # the step shows the assessed amount beside the ceiling: min(assessed, ceiling) = amount
    assert a.steps[-1] == f"grant: min({assessed:,}.00 (assessed amount), {cap:,}.00) = {min(assessed, cap):,}.00"


@pytest.mark.parametrize(("mid", "flags", "reading", "cap"), GRANTS)
def test_grant_range_without_assessment(mid: str, flags: dict, reading: str, cap: int) -> None:
    # no assessed amount: the range 0 … ceiling, the point at the floor (default) or the ceiling (reading)
    a = run(mid, hd(qualifications=flags))
    assert (a.amount, a.low, a.high) == (D(0), D(0), D(cap))
    a = run(mid, hd(qualifications=flags), haidian_range_point="high")
    assert (a.amount, a.low, a.high) == (D(cap), D(0), D(cap))


def test_grant_per_project_ceiling_edge() -> None:
    # per project (reading): min(3,000,001, 3M) + min(1, 3M) = 3,000,001; per firm: min(3,000,002, 3M) = 3,000,000
    firm = hd(**RD_OK)
    assert run("covid_rd_support", firm, haidian_covid_rd_support_amounts=[3_000_001, 1],
               haidian_covid_rd_cap_scope="project").amount == D(3_000_001)
    assert run("covid_rd_support", firm, haidian_covid_rd_support_amounts=[3_000_001, 1]).amount == D(3_000_000)
    assert run("epidemic_control_cost_subsidy_q1", hd(**q(high_epidemic_cost_operation=True,
                                                           q1_2020_growth_contribution=True)),
               haidian_control_cost_amounts=[2_000_001, 0], haidian_control_cost_cap_scope="project").amount \
        == D(2_000_000)


@pytest.mark.parametrize(("firm", "readings", "status", "amount", "missing"), [
    # 研发出 (reading): developed → paid; unknown → undetermined
    (hd(**q(covid_rd_engaged=True, covid_rd_developed=True)), {"haidian_covid_rd_requires_success": True,
                                                               "haidian_covid_rd_support_amounts": [100]},
     "eligible", 100, []),
    (hd(**RD_OK), {"haidian_covid_rd_requires_success": True}, "undetermined", 0,
     ["qualifications.covid_rd_developed"]),
])
def test_covid_rd_success_reading(firm: dict, readings: dict, status: str, amount: int, missing: list) -> None:
    a = run("covid_rd_support", firm, **readings)
    assert (a.status, a.amount, a.missing) == (status, D(amount), missing)


NATIONAL = q(covid_emergency_project="national")


@pytest.mark.parametrize(("firm", "readings", "status", "amount", "missing"), [
    # B2 1:1 on 5,000,001 of national funding → the ceiling; a ratio of 0.5 on 4,000,000 → 2,000,000
    (hd(national_emergency_project_funding=5_000_001, **NATIONAL), {"haidian_matching_ratio": 1}, "eligible",
     5_000_000, []),
    (hd(national_emergency_project_funding=4_000_000, **NATIONAL), {"haidian_matching_ratio": "0.5"}, "eligible",
     2_000_000, []),
    # an assessed amount wins over the ratio
    (hd(national_emergency_project_funding=4_000_000, **NATIONAL), {"haidian_matching_ratio": 1,
                                                                     "haidian_matching_amount": 300}, "eligible", 300,
     []),
    # registered in 海淀, taxed elsewhere: a non-enterprise unit passes (default), an enterprise fails GH1, unknown →
    # undetermined (enterprise)
    (hd(tax_district="xicheng", enterprise=True, **NATIONAL), {}, "ineligible", 0, []),
    (hd(tax_district="xicheng", **NATIONAL), {}, "undetermined", 0, ["enterprise"]),
    # registered and taxed in 海淀: GH1 met whatever the unit
    (hd(enterprise=True, **NATIONAL), {}, "eligible", 0, []),
    # registration unknown → undetermined; registered in 西城 → 0 (the measure tests registration itself, territory
    # custom); no emergency approval → 0; a national one with the city reading → paid
    ({**NATIONAL}, {}, "undetermined", 0, ["district"]),
    ({"district": "xicheng", **NATIONAL}, {}, "ineligible", 0, []),
    ({"district": "xicheng", "enterprise": False, **NATIONAL}, {}, "ineligible", 0, []),
    (hd(**q(covid_emergency_project="none")), {}, "ineligible", 0, []),
    (hd(**NATIONAL), {"haidian_matching_accepts_city_projects": True}, "eligible", 0, []),
])
def test_matching_edges(firm: dict, readings: dict, status: str, amount: int, missing: list) -> None:
    a = run("national_emergency_project_matching", firm, **readings)
    assert (a.status, a.amount, a.missing) == (status, D(amount), missing), a.reasons


TECH = {"tech_epidemic_control_applied": True, "tech_epidemic_control_recognised": True}


@pytest.mark.parametrize(("flags", "readings", "status", "missing"), [
    ({**TECH, "tech_epidemic_control_contributions": []}, {}, "ineligible", []),        # no 突出贡献 → 0
    ({**TECH}, {}, "undetermined", ["qualifications.tech_epidemic_control_contributions"]),
    ({**TECH, "tech_epidemic_control_contributions": ["epidemic_control", "production", "city_operation"]},
     {"haidian_tech_reward_requires_all_three": True}, "eligible", []),
    ({**TECH, "tech_epidemic_control_contributions": ["epidemic_control", "production"]},
     {"haidian_tech_reward_requires_all_three": True}, "ineligible", []),
])
def test_tech_reward_contributions(flags: dict, readings: dict, status: str, missing: list) -> None:
    a = run("tech_epidemic_control_reward", hd(qualifications=flags), **readings)
    assert (a.status, a.missing) == (status, missing)


SUPPLY = {"epidemic_supply_emergency_production": True, "epidemic_supply_production_recognised": True}


@pytest.mark.parametrize(("flags", "status", "missing"), [
    ({**SUPPLY, "existing_plant_epidemic_supply_line": True}, "eligible", []),
    ({**SUPPLY}, "undetermined", ["qualifications.existing_plant_epidemic_supply_line"]),
])
def test_supply_reward_new_producers_reading(flags: dict, status: str, missing: list) -> None:
    a = run("epidemic_supply_production_reward", hd(qualifications=flags),
            haidian_supply_reward_new_producers_only=True)
    assert (a.status, a.missing) == (status, missing)


COST = q(high_epidemic_cost_operation=True, q1_2020_growth_contribution=True)


@pytest.mark.parametrize(("costs", "readings", "status", "amount", "low", "high"), [
    # reading cap_at_costs (R15): the costs unknown → undetermined
    (None, {"haidian_control_cost_amounts": [1_000]}, "undetermined", 0, 0, 0),
    # no assessment: the range 0 … 2,000,000 limited to costs of 1,500,000; point at the floor or, under
    # haidian_range_point = high, the ceiling limited to the costs
    (1_500_000, {}, "eligible", 0, 0, 1_500_000),
    (1_500_000, {"haidian_range_point": "high"}, "eligible", 1_500_000, 0, 1_500_000),
    # costs at the ceiling, or one yuan below it
    (2_000_000, {"haidian_control_cost_amounts": [2_000_000]}, "eligible", 2_000_000, 2_000_000, 2_000_000),
    (1_999_999, {"haidian_control_cost_amounts": [2_000_000]}, "eligible", 1_999_999, 1_999_999, 1_999_999),
])
def test_control_cost_cap_at_costs_edges(costs: int | None, readings: dict, status: str, amount: int, low: int,
                                         high: int) -> None:
    firm = hd(**COST) if costs is None else hd(epidemic_control_costs=costs, **COST)
    a = run("epidemic_control_cost_subsidy_q1", firm, haidian_control_cost_cap_at_costs=True, **readings)
    assert (a.status, a.amount, a.low, a.high) == (status, D(amount), D(low), D(high))
    if status == "undetermined":
        assert a.missing == ["epidemic_control_costs"]
    else:  # the limit is stated (with the costs beside the amount), and it binds only below the high end
        limited = [x for x in a.steps if x.startswith("limited to the epidemic-control costs borne")]
        assert len(limited) == 1 and f"{costs:,}.00" in limited[0]


@pytest.mark.parametrize(("mid", "firm", "readings", "status", "amount"), [
    # a medium-sized enterprise is an SME (GH2 300号); a large one is not
    (PROD, hd(size="medium", leases=[soe_lease()], qualifications=OPEN), {}, "eligible", 58_000),
    # did not stay open nor close under the rules → no rent part, and the fee add-on needs it → 0
    (PROD, hd(leases=[soe_lease()], qualifications={**OPEN, "open_or_closed_per_rules": False}), {}, "ineligible", 0),
    # a lease of rent 0 and fee 0: relieved, 0
    (PROD, hd(leases=[soe_lease(rent=0, fee=0)], qualifications=OPEN), {}, "eligible", 0),
    # offices with the landlord test dropped (reading): a private landlord that manages its own building is not a
    # 区属国有企业 managing it → rent 50% × 80,000 only
    (OFFICE, hd(leases=[soe_lease("office", 80_000, 12_000, landlord="private", manager="landlord")]),
     {"haidian_office_requires_district_soe_landlord": False}, "eligible", 40_000),
    # two production leases: 58,000 + 100% × 20,000 + 100% × 2,000 = 80,000
    (PROD, hd(leases=[soe_lease(), soe_lease(rent=20_000, fee=2_000)], qualifications=OPEN), {}, "eligible", 80_000),
])
def test_soe_relief_edges(mid: str, firm: dict, readings: dict, status: str, amount: int) -> None:
    a = run(mid, firm, **readings)
    assert (a.status, a.amount) == (status, D(amount)), a.reasons


@pytest.mark.parametrize(("lease", "path"), [
    ({"landlord_district": None}, "leases.0.landlord_district"),
    ({"landlord": None}, "leases.0.landlord"),
    ({"monthly_rent": None}, "leases.0.monthly_rent"),
    ({"use": None}, "leases.0.use"),
])
def test_soe_relief_unknown_lease_facts(lease: dict, path: str) -> None:
    ls = {k: v for k, v in {**soe_lease(), **lease}.items() if v is not None}
    a = run(PROD, hd(leases=[ls], qualifications=OPEN))
    assert a.status == "undetermined" and path in a.missing


def test_soe_one_level_scope_firm_reading() -> None:
    # reading soe_rent_one_level_scope = firm: the firm takes one level for the whole policy, the higher award — the city
    # rule 50,000 + 10,000 = 60,000 against 海淀 B5's 58,000 → the city's 60,000 (per lease, default: 58,000 + 10,000)
    r = stacked(hd(leases=[soe_lease(**IN_BJ), city_lease()], qualifications=OPEN), soe_rent_one_level_scope="firm")
    assert (r[H + PROD].amount, r[CITY].amount) == (D(0), D(60_000))


@pytest.mark.parametrize(("loans", "readings", "status", "amount"), [
    # 2% × Σ: the cap's edge by 50 yuan of loans (one yuan of subsidy): 999,999 / 1,000,000 (1,000,001 capped)
    ([fl(49_999_950)], {}, "eligible", 999_999),
    ([fl(50_000_050)], {}, "eligible", 1_000_000),
    # 疫情期间 2020-01-24 … 2020-12-31, both ends in, the day outside out: 2% × 1,000,000 = 20,000
    ([fl(1_000_000, on="2020-01-23")], {}, "ineligible", 0),
    ([fl(1_000_000, on="2020-01-24")], {}, "eligible", 20_000),
    ([fl(1_000_000, on="2020-12-31")], {}, "eligible", 20_000),
    ([fl(1_000_000, on="2021-01-01")], {}, "ineligible", 0),
    # the shared reading moves the start: from 2020-02-01, a loan of 2020-01-31 is out
    ([fl(1_000_000, on="2020-01-31")], {"epidemic_period_start": "2020-02-01"}, "ineligible", 0),
    ([fl(1_000_000, on="2020-02-01")], {"epidemic_period_start": "2020-02-01"}, "eligible", 20_000),
    # a medium-sized borrower is an SME; a first loan of 0 → 0
    ([fl(1_000_000, size="medium")], {}, "eligible", 20_000),
    ([fl(0)], {}, "eligible", 0),
    # 首贷 (reading): a borrower's first loan ever counts
    ([fl(1_000_000, borrower_first_ever=True)], {"haidian_first_loan_definition": "borrower_first_ever"}, "eligible",
     20_000),
    ([fl(1_000_000, borrower_district="haidian")], {"haidian_first_loan_borrower_must_be_haidian": True},
     "eligible", 20_000),
])
def test_first_loan_edges(loans: list, readings: dict, status: str, amount: int) -> None:
    a = run("first_loan_subsidy", lender(*loans), **readings)
    assert (a.status, a.amount) == (status, D(amount)), a.reasons


@pytest.mark.parametrize(("firm", "readings", "path"), [
    (lender(fl(1_000_000)), {"haidian_first_loan_definition": "borrower_first_ever"},
     "lending.first_loans.0.borrower_first_ever"),
    (lender(fl(1_000_000)), {"haidian_first_loan_borrower_must_be_haidian": True},
     "lending.first_loans.0.borrower_district"),
    ({"district": "haidian", "lending": {"branch_district": "haidian"}}, {}, "lending.first_loans"),
    (lender(fl(1_000_000), branch=None), {}, "lending.branch_district"),
])
def test_first_loan_unknown_facts(firm: dict, readings: dict, path: str) -> None:
    if firm["lending"].get("branch_district", "") is None:
        del firm["lending"]["branch_district"]
    a = run("first_loan_subsidy", firm, **readings)
    assert a.status == "undetermined" and a.missing == [path]


@pytest.mark.parametrize(("losses", "readings", "status", "amount", "low", "high"), [
    # the cap's edge at 20% (low end): 24,999,995 → 4,999,999; 25,000,005 → 5,000,001 → 5,000,000
    ([loss(24_999_995)], {}, "eligible", 4_999_999, 4_999_999, 5_000_000),
    ([loss(25_000_005)], {}, "eligible", 5_000_000, 5_000_000, 5_000_000),
    # …at 70% (high end): 7,142,857 × 70% = 4,999,999.90; 7,142,858 × 70% = 5,000,000.60 → 5,000,000
    ([loss(7_142_857)], {}, "eligible", "1428571.4", "1428571.4", "4999999.9"),
    ([loss(7_142_858)], {}, "eligible", "1428571.6", "1428571.6", 5_000_000),
    # the share's bounds are in: 20% and 70% of 1,000,000
    ([loss(1_000_000)], {"haidian_credit_loss_share": "0.2"}, "eligible", 200_000, 200_000, 200_000),
    ([loss(1_000_000)], {"haidian_credit_loss_share": "0.7"}, "eligible", 700_000, 700_000, 700_000),
    # 疫情期间 ends: 2020-01-23 out, 01-24 in, 12-31 in, 2021-01-01 out
    ([loss(1_000_000, on="2020-01-23")], {}, "ineligible", 0, 0, 0),
    ([loss(1_000_000, on="2020-01-24")], {}, "eligible", 200_000, 200_000, 700_000),
    ([loss(1_000_000, on="2020-12-31")], {}, "eligible", 200_000, 200_000, 700_000),
    ([loss(1_000_000, on="2021-01-01")], {}, "ineligible", 0, 0, 0),
    # borrowers: medium in, large out; no loss listed → 0
    ([loss(1_000_000, borrower_size="medium")], {}, "eligible", 200_000, 200_000, 700_000),
    ([loss(1_000_000, borrower_size="large")], {}, "ineligible", 0, 0, 0),
    ([], {}, "ineligible", 0, 0, 0),
])
def test_credit_loss_edges(losses: list, readings: dict, status: str, amount: int | str, low: int | str,
                           high: int | str) -> None:
    a = run("credit_loan_loss_compensation", loss_lender(*losses), **readings)
    assert (a.status, a.amount, a.low, a.high) == (status, D(amount), D(low), D(high)), a.reasons


def test_credit_loss_unknown_unsecured_is_undetermined() -> None:
    # 信用贷款 (unsecured) unknown: the loss may or may not count → undetermined, never paid (issue 8 §6)
    ls = loss(1_000_000)
    del ls["unsecured"]
    a = run("credit_loan_loss_compensation", loss_lender(ls))
    assert (a.status, a.missing) == ("undetermined", ["lending.credit_loan_losses.0.unsecured"])
    # and with another, known loss beside it, still undetermined
    a = run("credit_loan_loss_compensation", loss_lender(loss(1_000_000), ls))
    assert (a.status, a.missing) == ("undetermined", ["lending.credit_loan_losses.1.unsecured"])


@pytest.mark.parametrize("share", ["0.19", "0.71"])
def test_credit_loss_share_outside_the_range_is_refused(share: str) -> None:
    with pytest.raises(ValueError):
        sc.Firm.model_validate(as_facts(loss_lender(loss(1_000_000)), {"haidian_credit_loss_share": share}))


@pytest.mark.parametrize(("principal", "amount"), [
    # 50% × 4.35% × P = 500,000 at P = 22,988,505.74…: 22,988,505 → 499,999.98375 → 499,999.98; 22,988,506 → capped
    (22_988_505, "499999.98"),
    (22_988_506, "500000"),
])
def test_rights_confirmation_cap_edge(principal: int, amount: str) -> None:
    a = run("rights_confirmation_financing_interest_subsidy", hd(loans=[rc(principal, 12, 10_000_000)]),
            benchmark_series="pboc", **WHOLE)
    assert a.amount == D(amount)


def test_rights_confirmation_interest_paid_needed_by_default() -> None:
    loan = rc(5_000_000, 6, 0)
    del loan["interest_paid"]
    a = run("rights_confirmation_financing_interest_subsidy", hd(loans=[loan]))
    assert (a.status, a.missing) == ("undetermined", ["loans.0.interest_paid"])
    a = run("rights_confirmation_financing_interest_subsidy", hd(loans=[loan]), benchmark_series="pboc",
            haidian_rc_cap_at_interest_paid=False)
    assert a.amount == D(54_375)


@pytest.mark.parametrize(("n", "readings", "status", "amount"), [
    (39, {}, "eligible", 195_000),                    # 5,000 × 39
    (41, {}, "eligible", 200_000),                    # 205,000 → the cap
    (0, {}, "ineligible", 0),                         # no renewals
    # marginal reading: at 20 nothing beyond the threshold → 0; 60 → 5,000 × 40 = 200,000; 61 → capped
    (20, {"haidian_renewal_reward_count_mode": "above_threshold"}, "eligible", 0),
    (60, {"haidian_renewal_reward_count_mode": "above_threshold"}, "eligible", 200_000),
    (61, {"haidian_renewal_reward_count_mode": "above_threshold"}, "eligible", 200_000),
    (59, {"haidian_renewal_reward_count_mode": "above_threshold"}, "eligible", 195_000),
])
def test_renewal_reward_edges(n: int, readings: dict, status: str, amount: int) -> None:
    a = run("renewal_center_per_loan_reward", renewing(n), **readings)
    assert (a.status, a.amount) == (status, D(amount))


@pytest.mark.parametrize(("mid", "make"), [
    ("renewal_center_lender_subsidy", lambda v: renewing(amount=v)),
    ("renewal_center_guarantor_subsidy", guarantor),
])
@pytest.mark.parametrize(("base", "status", "amount"), [
    (99_999_900, "eligible", 999_999),     # 1% one yuan under the cap
    (100_000_100, "eligible", 1_000_000),  # 1,000,001 → the cap
    (0, "ineligible", 0),                  # nothing renewed or guaranteed → 0
])
def test_one_percent_edges(mid: str, make: Any, base: int, status: str, amount: int) -> None:
    a = run(mid, make(base))
    assert (a.status, a.amount) == (status, D(amount))


@pytest.mark.parametrize(("mid", "firm", "path"), [
    ("renewal_center_lender_subsidy", {"district": "haidian", "lending": {"branch_district": "haidian",
                                                                          "renewal_loan_amount": 1}},
     "lending.renewal_center_member"),
    ("renewal_center_lender_subsidy", {"district": "haidian", "lending": {"renewal_center_member": True,
                                                                          "renewal_loan_amount": 1}},
     "lending.branch_district"),
    ("renewal_center_guarantor_subsidy", {"district": "haidian", "guarantor": {"district": "haidian",
                                                                               "renewal_guarantee_amount": 1}},
     "guarantor.renewal_center_member"),
])
def test_renewal_center_unknown_facts(mid: str, firm: dict, path: str) -> None:
    a = run(mid, firm)
    assert a.status == "undetermined" and a.missing == [path]


@pytest.mark.parametrize(("mid", "make", "fees", "status", "amount"), [
    ("direct_financing_intermediary_fee_subsidy", issuer, 1_999_998, "eligible", 999_999),
    ("direct_financing_intermediary_fee_subsidy", issuer, 2_000_002, "eligible", 1_000_000),
    ("direct_financing_intermediary_fee_subsidy", issuer, 0, "eligible", 0),
    ("pre_ipo_intermediary_fee_subsidy", pre_ipo, 1_999_998, "eligible", 999_999),
    ("pre_ipo_intermediary_fee_subsidy", pre_ipo, 2_000_002, "eligible", 1_000_000),
    ("pre_ipo_intermediary_fee_subsidy", pre_ipo, 0, "eligible", 0),
])
def test_fee_subsidy_edges(mid: str, make: Any, fees: int, status: str, amount: int) -> None:
    a = run(mid, make(fees))
    assert (a.status, a.amount) == (status, D(amount))


@pytest.mark.parametrize(("mid", "firm", "status", "missing"), [
    ("direct_financing_intermediary_fee_subsidy", hd(qualifications={"high_tech_enterprise": True}, capital_markets={
        "direct_financing_national_strategy": True, "direct_financing_intermediary_fees": 1}), "undetermined",
     ["capital_markets.direct_financing_approval"]),
    ("direct_financing_intermediary_fee_subsidy", hd(qualifications={"high_tech_enterprise": True}, capital_markets={
        "direct_financing_approval": "none", "direct_financing_national_strategy": True,
        "direct_financing_intermediary_fees": 1}), "ineligible", []),
    ("direct_financing_intermediary_fee_subsidy", hd(qualifications={"high_tech_enterprise": True}, capital_markets={
        "direct_financing_approval": "approved", "direct_financing_national_strategy": False,
        "direct_financing_intermediary_fees": 1}), "ineligible", []),
    ("direct_financing_intermediary_fee_subsidy", hd(capital_markets={
        "direct_financing_approval": "approved", "direct_financing_national_strategy": True,
        "direct_financing_intermediary_fees": 1}), "undetermined", ["qualifications.high_tech_enterprise"]),
    ("pre_ipo_intermediary_fee_subsidy", hd(capital_markets={"listing_intermediary_fees": 1}), "undetermined",
     ["capital_markets.pre_ipo"]),
    ("pre_ipo_intermediary_fee_subsidy", hd(capital_markets={"pre_ipo": True}), "undetermined",
     ["capital_markets.listing_intermediary_fees"]),
    ("pre_ipo_intermediary_fee_subsidy", hd(), "undetermined", ["capital_markets"]),
])
def test_fee_subsidy_conditions(mid: str, firm: dict, status: str, missing: list) -> None:
    a = run(mid, firm)
    assert (a.status, a.missing) == (status, missing)


@pytest.mark.parametrize(("matures", "status"), [
    ("2020-01-23", "ineligible"), ("2020-01-24", "eligible"), ("2020-12-31", "eligible"), ("2021-01-01", "ineligible"),
])
def test_stock_pledge_window_edges(matures: str, status: str) -> None:
    a = run("stock_pledge_extension", listed({"matures_on": matures, "repayment_difficulty": True}))
    assert a.status == status


@pytest.mark.parametrize(("firm", "readings", "status", "missing"), [
    (listed({"matures_on": "2020-03-15"}), {}, "undetermined", ["capital_markets.stock_pledges.0.repayment_difficulty"]),
    (listed(), {}, "ineligible", []),                                    # no pledge
    ({**listed({"matures_on": "2020-03-15", "repayment_difficulty": True}), "tax_district": "xicheng"}, {},
     "ineligible", []),                                                   # 驻区 = GH1: taxed elsewhere → not 驻区
    ({"capital_markets": {"listed": True, "stock_pledges": [{"matures_on": "2020-03-15",
                                                              "repayment_difficulty": True}]}}, {}, "undetermined",
     ["district"]),
    ({"district": "haidian", "capital_markets": {"listed": False, "stock_pledges": []}}, {}, "ineligible", []),
])
def test_stock_pledge_conditions(firm: dict, readings: dict, status: str, missing: list) -> None:
    a = run("stock_pledge_extension", firm, **readings)
    assert (a.status, a.missing) == (status, missing)


def test_stock_pledge_extension_bounds() -> None:
    # 3至6个月: k = 3 gives the minimum, both ends of the range are reported by default
    a = run("stock_pledge_extension", listed({"matures_on": "2020-03-15", "repayment_difficulty": True}),
            haidian_pledge_extension_months=3)
    assert "2020-03-15 → 2020-06-15" in a.effects["deferral capital_markets.stock_pledges 0"]
    assert "3–6 months" in a.effects["deferral"]
    # 2 months is below 3至6个月: not this extension, the pledge is ruled out; 6 is the top of the range, still covered
    short = {"matures_on": "2020-03-15", "repayment_difficulty": True, "extension_months": 2}
    assert run("stock_pledge_extension", listed(short)).status == "ineligible"
    top = run("stock_pledge_extension", listed(dict(short, extension_months=6)))
    assert top.status == "eligible" and "2020-03-15 → 2020-09-15" in top.effects["deferral capital_markets.stock_pledges 0"]


@pytest.mark.parametrize(("firm", "status", "missing"), [
    # GH1 on the payee (reading haidian_gh1_applies_to_payee): registered and taxed in 海淀 → paid; taxed elsewhere →
    # 0; registration unknown → undetermined (district)
    (lender(fl(1_000_000)), "eligible", []),
    ({**lender(fl(1_000_000)), "tax_district": "xicheng"}, "ineligible", []),
    ({k: v for k, v in lender(fl(1_000_000)).items() if k != "district"}, "undetermined", ["district"]),
])
def test_gh1_on_the_payee_reading(firm: dict, status: str, missing: list) -> None:
    a = run("first_loan_subsidy", firm, haidian_gh1_applies_to_payee=True)
    assert (a.status, a.missing) == (status, missing)
    # by default the payee's registration and tax are not tested (the branch's 驻区 only)
    assert run("first_loan_subsidy", firm).status == "eligible"


@pytest.mark.parametrize(("end", "status", "amount"), [
    # H1's validity from 2020-02-11 to epidemic_period_end: ending on the issue day itself leaves one day, 1/31 of the
    # financing's month 2020-01-12..02-11: 50% × 4.35% × 5,000,000 × (1/31)/12 = 292.34
    ("2020-02-11", "eligible", "292.34"),
    # ending before the issue day leaves no validity at all → 0
    ("2020-02-10", "ineligible", "0"),
])
def test_validity_ending_on_the_issue_day(end: str, status: str, amount: str) -> None:
    a = run("rights_confirmation_financing_interest_subsidy", hd(loans=[rc(5_000_000, 1, 120_000, on="2020-01-12")]),
            benchmark_series="pboc", epidemic_period_end=end)
    assert (a.status, a.amount) == (status, D(amount))
    if status == "ineligible":
        assert any("outside H1's validity from 2020-02-11" in r for r in a.reasons)


def test_interest_steps_show_the_months_counted() -> None:
    # the explanation carries the arithmetic: 3 + 19/29 of 24 months inside the validity, × (3 + 19/29)/12, and the
    # interest paid over those months as the limit
    loan = {"principal": 10_000_000, "disbursed_on": "2018-06-01", "term_months": 60, "interest_months_paid": 24,
            "interest_paid": 60_000, "ma_loan": True}
    a = run("ma_loan_interest_subsidy", hd(loans=[loan]), benchmark_series="pboc")
    # 40% × 4.75% × 10,000,000 × (106/29)/12 = 57,873.56 > 60,000 × (106/29)/24 = 9,137.93 → 9,137.93
    assert a.amount == D("9137.93")
    assert "loan 0: months inside H1's validity 2020-02-11..2020-12-31: 106 / 29 = 106/29 (3.655172…)" in a.steps
    assert any(x.startswith("loan 0: subsidy at the benchmark: 40% × 4.75% (benchmark rate) × 10,000,000.00 × "
                            "106/29 (months inside H1's validity 2020-02-11..2020-12-31) / 12 = 57,873.563218…")
               for x in a.steps)
    assert any(x.startswith("loan 0: limited to the interest paid over the months counted (reading "
                            "haidian_ma_cap_at_interest_paid): min(57,873.563218… (subsidy at the benchmark), "
                            "9,137.931034… (interest paid over the months counted)) = 9,137.931034…") for x in a.steps)
    # whole months: the benchmark with its source, then 50% × 4.35% × 5,000,000 × 6/12
    a = run("rights_confirmation_financing_interest_subsidy", hd(loans=[rc(5_000_000, 6, 120_000)]),
            benchmark_series="pboc")
    assert a.steps[:2] == [  # each item named as the reasons name it (financing 0)
        "financing 0: benchmark rate: PBoC benchmark for a 6-month loan: 4.35% (PBoC 贷款基准利率, in force from "
        "2015-10-24 (spec/reference/benchmark_rates.md)) = 4.35%",
        "financing 0: subsidy at the benchmark: 50% × 4.35% (benchmark rate) × 5,000,000.00 × 6 (months inside H1's "
        "validity 2020-02-11..2020-12-31) / 12 = 54,375.00"]
    # a term of 0 months has no interest (reason), a financing outside the validity says so
    assert "✗ financing 0: no months of term, no interest" in run(
        "rights_confirmation_financing_interest_subsidy", hd(loans=[rc(5_000_000, 0, 0)])).reasons
    assert any("lie outside H1's validity" in r for r in run(
        "rights_confirmation_financing_interest_subsidy", hd(loans=[rc(5_000_000, 6, 0, on="2019-01-01")])).reasons)


def test_soe_steps_show_the_days_of_february() -> None:
    a = run(PROD, hd(leases=[soe_lease(ends_on="2020-02-10")], qualifications=OPEN))
    assert a.steps == [
        "lease 0: days in force in February 2020: days of 2020-02-01..2020-02-10 inside 2020-02-01..2020-02-29 = 10",
        "lease 0: rent (按市级政策): 100% × 50,000.00 × 10 (days in force in February 2020) / 29 (days of February 2020) "
        "= 17,241.379310…",
        "lease 0: property fee (海淀's own): 100% × 8,000.00 × 10 (days in force in February 2020) / 29 (days of "
        "February 2020) = "
        "2,758.620689…",
        "relief: 20,000.00",
    ]
    assert "✓ recognised by the industry authority and the lessor (经行业主管部门和出租方认定)" in a.reasons
    # the whole month: all 29 days
    a = run(PROD, hd(leases=[soe_lease()], qualifications=OPEN))
    assert a.steps == ["lease 0: rent (按市级政策): 100% × 50,000.00 × 29 (days in force in February 2020) / 29 (days "
                       "of February 2020) = 50,000.00",
                       "lease 0: property fee (海淀's own): 100% × 8,000.00 × 29 (days in force in February 2020) / 29 "
                       "(days of February 2020) = 8,000.00",
                       "relief: 58,000.00"]
    # offices without the recognition (reading): nothing said about it
    a = run(OFFICE, hd(leases=[soe_lease("office")]), haidian_office_requires_recognition=False)
    assert not any("认定" in r for r in a.reasons)
    # the rent part refused (lay-offs), the fee add-on without it (reading): the reason and the fee step
    a = run(PROD, hd(leases=[soe_lease()], qualifications={**OPEN, "no_layoffs": False}),
            haidian_property_fee_requires_rent_conditions=False)
    assert "✗ rent part: laid off staff or neither stayed open nor closed under the rules" in a.reasons


def test_credit_loss_and_rc_explanations() -> None:
    a = run("credit_loan_loss_compensation", loss_lender(loss(1_000_000), loss(500_000)))
    assert a.steps == ["principal lost (本金): 1,000,000.00 + 500,000.00 = 1,500,000.00",
                       "low end: 20% of the 本金, capped at 500万元: min(20% × 1,500,000.00 (本金), 5,000,000.00) = "
                       "300,000.00",
                       "high end: 70% of the 本金, capped at 500万元: min(70% × 1,500,000.00 (本金), 5,000,000.00) = "
                       "1,050,000.00",
                       "subsidy: 300,000.00 (no share set yet: the point of the range (reading haidian_range_point)) = "
                       "300,000.00"]
    a = run("credit_loan_loss_compensation", loss_lender(loss(1_000_000)), haidian_credit_loss_base="loan_principal")
    assert a.steps[0] == "loan principal (本金): 2,000,000.00"
    # the share the district set (lending.credit_loss_share): its product with the 本金 beside the cap
    a = run("credit_loan_loss_compensation", loss_lender(loss(10_000_000)), haidian_credit_loss_share="0.5")
    assert a.steps[-1] == ("subsidy: min(50% (share set for the institution (lending.credit_loss_share)) × "
                           "10,000,000.00 (本金), 5,000,000.00) = 5,000,000.00")
    a = run("credit_loan_loss_compensation", loss_lender(loss(10_000_001)), haidian_credit_loss_share="0.5")
    assert a.steps[-1].endswith("× 10,000,001.00 (本金), 5,000,000.00) = 5,000,000.00")
    # 确权融资: no platform financing at all vs platform financing outside the validity
    a = run("rights_confirmation_financing_interest_subsidy", hd(loans=[rc(5_000_000, 6, 0, kind="none")]))
    assert a.reasons[-1] == "✗ no 确权融资 (confirmed-receivable financing) on the district's blockchain platform"
    a = run("rights_confirmation_financing_interest_subsidy", hd(loans=[rc(5_000_000, 6, 0, kind="none")]),
            haidian_rc_requires_platform=False)
    assert a.reasons[-1] == "✗ no 确权融资 (confirmed-receivable financing)"


CENTS = st.integers(min_value=0, max_value=3_000_000_000).map(lambda c: Decimal(c) / 100)


@given(p=CENTS, months=st.integers(min_value=1, max_value=9), whole=st.booleans())
def test_interest_subsidies_are_exact_rationals_rounded_once(p: Decimal, months: int, whole: bool) -> None:
    """§1b: share × benchmark × principal × months / 12 for decimal principals, exact until the one rounding."""
    readings = {"benchmark_series": "pboc", **(WHOLE if whole else {})}
    loan = rc(0, months, 0, on="2020-03-01")  # months from 2020-03-01: all inside H1's validity
    loan.update(principal=str(p), interest_paid=str(p))
    a = run("rights_confirmation_financing_interest_subsidy", hd(loans=[loan]), **readings)
    want = Fraction(1, 2) * Fraction("0.0435") * Fraction(p) * months / 12
    assert a.amount == round_fen(min(want, Fraction(500_000)))
    m = {**ma(0, months_paid=months, on="2020-03-01"), "principal": str(p), "interest_paid": str(p)}
    a = run("ma_loan_interest_subsidy", hd(loans=[m]), **readings)
    want = Fraction(2, 5) * Fraction("0.0475") * Fraction(p) * months / 12
    assert a.amount == round_fen(min(want, Fraction(2_000_000)))


@pytest.mark.parametrize("key", ["principal", "disbursed_on", "term_months"])
def test_rc_unknown_financing_facts(key: str) -> None:
    loan = rc(5_000_000, 6, 120_000)
    del loan[key]
    a = run("rights_confirmation_financing_interest_subsidy", hd(loans=[loan]))
    assert (a.status, a.missing) == ("undetermined", [f"loans.0.{key}"])


@pytest.mark.parametrize("key", ["principal", "disbursed_on", "term_months", "interest_months_paid"])
def test_ma_unknown_loan_facts(key: str) -> None:
    loan = ma(50_000_000)
    del loan[key]
    a = run("ma_loan_interest_subsidy", hd(loans=[loan]))
    assert (a.status, a.missing) == ("undetermined", [f"loans.0.{key}"])


def test_cap_steps_show_the_amount_beside_the_cap() -> None:
    # each cap is a step min(amount, cap) = paid: the amount beside the cap, at the cap and one step above it
    reward = "reward per renewal, capped per institution (奖励上限为 20万元): "
    assert run("renewal_center_per_loan_reward", renewing(40)).steps == [
        reward + "min(5,000.00 × 40, 200,000.00) = 200,000.00"]                            # 200,000 = the cap
    assert run("renewal_center_per_loan_reward", renewing(41)).steps == [
        reward + "min(5,000.00 × 41, 200,000.00) = 200,000.00"]                            # 205,000 → the cap
    a = run("renewal_center_per_loan_reward", renewing(30), haidian_renewal_reward_count_mode="above_threshold")
    assert a.steps == [reward + "min(5,000.00 × 10 (renewals beyond 20 (reading haidian_renewal_reward_count_mode)), "
                                "200,000.00) = 50,000.00"]
    assert run("renewal_center_per_loan_reward", renewing(30)).steps == [
        reward + "min(5,000.00 × 30, 200,000.00) = 150,000.00"]
    assert run("renewal_center_lender_subsidy", renewing(amount=100_000_100)).steps == [
        "1% of the loans renewed through the center, capped (补贴上限为 100万元): min(1% × 100,000,100.00, "
        "1,000,000.00) = 1,000,000.00"]
    assert run("pre_ipo_intermediary_fee_subsidy", pre_ipo(2_000_002)).steps == [
        "50% of the listing intermediary fees, capped per firm (补贴上限为 100万元): min(50% × 2,000,002.00, "
        "1,000,000.00) = 1,000,000.00"]


def test_ma_loan_kind_and_refusal_reasons() -> None:
    # whether the loan is an M&A loan unknown → undetermined
    loan = ma(50_000_000)
    del loan["ma_loan"]
    a = run("ma_loan_interest_subsidy", hd(loans=[loan]))
    assert (a.status, a.missing) == ("undetermined", ["loans.0.ma_loan"])
    a = run("ma_loan_interest_subsidy", hd(loans=[ma(50_000_000, months_paid=0)]))
    assert a.reasons[-2:] == ["✗ loan 0: no interest paid yet (付息后)", "✗ no M&A loan (并购贷款) with interest paid (付息后)"]
    a = run("ma_loan_interest_subsidy", hd(loans=[ma(50_000_000, ma_loan=False)]))
    assert a.reasons[-1] == "✗ no M&A loan (并购贷款) with interest paid (付息后)"


@pytest.mark.parametrize(("principals", "amount"), [
    # per loan (reading): 40% × 4.75% × 120,000,000 = 2,280,000 → 2,000,000, + 60,000,000 → 1,140,000 = 3,140,000
    ([120_000_000, 60_000_000], 3_140_000),
    # exactly at the cap per loan: 2,000,000 (no step), one loan
    ([120_000_000], 2_000_000),
])
def test_ma_per_loan_cap(principals: list[int], amount: int) -> None:
    a = run("ma_loan_interest_subsidy", hd(loans=[ma(p) for p in principals]), benchmark_series="pboc",
            haidian_ma_cap_scope="loan", **WHOLE)
    assert a.amount == D(amount)
    assert any(x.startswith("loan 0: capped per loan (补贴上限为200万元; reading haidian_ma_cap_scope): min(") and
               x.endswith(", 2,000,000.00) = 2,000,000.00") for x in a.steps)


def test_direct_financing_fees_unknown() -> None:
    a = run("direct_financing_intermediary_fee_subsidy", hd(qualifications={"high_tech_enterprise": True},
                                                            capital_markets={"direct_financing_approval": "approved",
                                                                             "direct_financing_national_strategy": True}))
    assert (a.status, a.missing) == ("undetermined", ["capital_markets.direct_financing_intermediary_fees"])


def test_stock_pledge_maturity_unknown() -> None:
    a = run("stock_pledge_extension", listed({"repayment_difficulty": True}))
    assert (a.status, a.missing) == ("undetermined", ["capital_markets.stock_pledges.0.matures_on"])
