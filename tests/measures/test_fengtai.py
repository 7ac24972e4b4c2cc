"""丰台区: 《丰台 30条》 (FT-6, seed L3792-L4149) — item 16 SOE February rent (catalog 04 with ERRATA_04_06 findings
7-9), items 17/18 landlord 适度补贴 (finding 19), item 4 outlet support (finding 22), the stacking rules, and the
city rules the catalog filed under 丰台 ids (aliases of ``beijing.*``).
"""

from __future__ import annotations

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
from subsidycalc.engine.sources import cite_in_seed, in_seed, normalize, seed_excerpt
from subsidycalc.measures import fengtai

CAT = sc.catalog()
RENT = "fengtai.soe_rent_reduction"
MALL = "fengtai.mall_landlord_rent_relief_subsidy"
OWNER = "fengtai.property_owner_rent_relief_subsidy"
OUTLET = "fengtai.essential_outlet_support"
OK = {"open_or_closed_per_rules": True, "no_layoffs": True}


def run(mid: str, firm: dict[str, Any], **readings: Any) -> sc.Award:
    return evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def lease(use: str = "business", rent: str = "30000", **kw: Any) -> dict:
    return {"landlord": "district_soe", "landlord_district": "fengtai", "premises_district": "fengtai", "use": use,
            "monthly_rent": rent, **kw}


def tenant(*leases: dict, size: str = "small", q: dict | None = None, district: str = "fengtai") -> dict:
    return {"district": district, "size": size, "qualifications": OK if q is None else q, "leases": list(leases)}


@pytest.mark.parametrize("mid", [RENT, MALL, OWNER, OUTLET])
def test_cites_and_quotes_are_seed_text(mid: str) -> None:
    m = CAT[mid]
    for s in m.sources:
        assert in_seed(s.quote), s.quote
        assert normalize(s.quote) in normalize(seed_excerpt(s.lines)), s.lines
    for k, p in m.params.items():
        assert cite_in_seed(p.cite), (k, p.cite)


# ---------------------------------------------------------------------------------------------------------------
# item 16 (L3997-L4001): 免收 2月份房租 / 办公用房 2月份租金 50%
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("f", "status", "amount"), [
    # ex.1: small caterer, closed under the rules, no lay-offs: 100% × 30,000 = 30,000
    (tenant(lease()), "eligible", "30000.00"),
    # ex.2: offices from the same SOE: 50% × 30,000 = 15,000
    (tenant(lease("office")), "eligible", "15000.00"),
    # both leases: 30,000 + 15,000 = 45,000
    (tenant(lease(), lease("office")), "eligible", "45000.00"),
    # ex.3(a): a private landlord → 0 under this measure
    (tenant(lease(landlord="private")), "ineligible", "0.00"),
    # a 西城 district SOE is not 区属 to 丰台 → 0
    (tenant(lease(landlord_district="xicheng")), "ineligible", "0.00"),
    # premises outside 丰台 ("区内") → 0 under the default reading
    (tenant(lease(premises_district="daxing")), "ineligible", "0.00"),
    # a 大型 tenant is not 中小微 → 0
    (tenant(lease(), size="large"), "ineligible", "0.00"),
    # laid staff off: production tier lost; the office tier does not need the condition (finding 8): 15,000
    (tenant(lease(), lease("office"), q={"open_or_closed_per_rules": True, "no_layoffs": False}), "eligible",
     "15000.00"),
    # the tenant's registration is not a condition: a 海淀 firm renting 丰台 SOE offices gets 15,000
    (tenant(lease("office"), district="haidian"), "eligible", "15000.00"),
])
def test_soe_rent_examples(f: dict, status: str, amount: str) -> None:
    a = run(RENT, f)
    assert (a.status, a.amount) == (status, Decimal(amount))


def test_soe_rent_readings() -> None:
    laid_off = tenant(lease("office"), q={"open_or_closed_per_rules": True, "no_layoffs": False})
    assert run(RENT, laid_off).amount == Decimal("15000.00")
    assert run(RENT, laid_off, office_requires_no_layoff=True).status == "ineligible"
    elsewhere = tenant(lease(premises_district="daxing"))
    assert run(RENT, elsewhere, fengtai_rent_require_premises_in_district=False).amount == Decimal("30000.00")


def test_soe_rent_missing_facts() -> None:
    a = run(RENT, {"district": "fengtai", "size": "small"})
    assert a.status == "undetermined" and a.missing == ["leases"]
    a = run(RENT, tenant(lease(), q={}))
    assert a.status == "undetermined"
    assert set(a.missing) == {"qualifications.open_or_closed_per_rules", "qualifications.no_layoffs"}
    ls = lease()
    del ls["premises_district"], ls["monthly_rent"]
    a = run(RENT, tenant(ls))
    assert a.status == "undetermined" and set(a.missing) == {"leases.0.premises_district", "leases.0.monthly_rent"}


@given(st.integers(min_value=0, max_value=10_000_000), st.sampled_from(["business", "office"]))
def test_soe_rent_bounds(rent: int, use: str) -> None:
    a = run(RENT, tenant(lease(use, str(rent))))
    assert 0 <= a.amount <= rent
    assert a.amount == (rent if use == "business" else Decimal(rent) / 2)


def test_one_february_rent_once_with_the_city_rule() -> None:
    # the city rule (L5656-L5660) covers the same 丰台 district-SOE lease: only one of the two is added
    f = tenant(lease(premises_in_beijing=True))
    report = sc.estimate(f)
    rent, city = report[RENT], report["beijing.soe_rent_reduction_feb"]
    assert rent.status == "eligible" and city.status == "eligible"
    assert rent.amount + city.amount == Decimal("30000.00")
    assert any("fengtai_soe_rent_once" in s for s in rent.stacking + city.stacking)


# ---------------------------------------------------------------------------------------------------------------
# items 17/18 (L4008-L4020): 可给予适度补贴 to landlords that cut SME tenants' rent
# ---------------------------------------------------------------------------------------------------------------
def landlord(kind: str = "mall", *reliefs: dict) -> dict:
    return {"district": "fengtai", "landlord_premises_type": kind, "rent_relief_granted": list(reliefs) or [relief()]}


def relief(amount: str = "100000", **kw: Any) -> dict:
    return {"tenant_size": "small", "mandated": False, "amount": amount, "period_start": "2020-02-01",
            "period_end": "2020-03-31", **kw}


def test_landlord_subsidy_unquantified_by_default() -> None:
    # finding 19 example: a mall waives 100,000 for SME tenants → eligible, amount undetermined
    a = run(MALL, landlord())
    assert a.status == "eligible" and a.amount == 0
    assert any("fengtai_mall_landlord_subsidy_rate" in r for r in a.reasons)


@pytest.mark.parametrize(("mid", "kind", "reading"), [
    (MALL, "mall", "fengtai_mall_landlord_subsidy_rate"),
    (OWNER, "office_building", "fengtai_property_owner_subsidy_rate"),
])
def test_landlord_subsidy_with_rate(mid: str, kind: str, reading: str) -> None:
    # hypothetical r = 0.3: 30% × 100,000 = 30,000
    a = run(mid, landlord(kind), **{reading: Decimal("0.3")})
    assert a.amount == Decimal("30000.00")


def test_landlord_subsidy_conditions() -> None:
    assert run(MALL, {"district": "fengtai"}).status == "ineligible"  # not a landlord claiming
    assert run(MALL, landlord("office_building")).status == "ineligible"  # item 18's
    assert run(OWNER, landlord("mall")).status == "ineligible"  # item 17's
    large = landlord("mall", relief(tenant_size="large"))
    assert run(MALL, large).status == "ineligible"
    late = landlord("mall", relief(period_start="2021-02-01", period_end="2021-02-28"))
    assert run(MALL, late).status == "ineligible"  # outside 疫情期间 (default end 2020-12-31)
    mandated = landlord("mall", relief(mandated=True))
    assert run(MALL, mandated).status == "ineligible"
    assert run(MALL, mandated, fengtai_landlord_subsidy_counts_mandated=True,
               fengtai_mall_landlord_subsidy_rate=Decimal("0.1")).amount == Decimal("10000.00")
    a = run(MALL, {"district": "fengtai", "rent_relief_granted": [{"amount": "5"}]})
    assert a.status == "undetermined"
    assert {"landlord_premises_type", "rent_relief_granted.0.tenant_size", "rent_relief_granted.0.mandated"} <= set(
        a.missing)


@given(st.integers(min_value=1, max_value=10_000_000), st.decimals(min_value=0, max_value=1, places=3))
def test_landlord_subsidy_is_rate_times_relief(amount: int, rate: Decimal) -> None:
    a = run(OWNER, landlord("office_building", relief(str(amount))), fengtai_property_owner_subsidy_rate=rate)
    assert a.status == "eligible"
    assert a.amount == (rate * amount).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")


# ---------------------------------------------------------------------------------------------------------------
# item 4 (L3865-L3869): 运营、房租等支持 for key chain outlets
# ---------------------------------------------------------------------------------------------------------------
def test_outlet_support() -> None:
    f = {"district": "fengtai", "essential_outlet": "chain_convenience_store", "essential_outlet_rent": "150000",
         "qualifications": {"affected_by_epidemic": True}}
    a = run(OUTLET, f)
    assert a.status == "eligible" and a.amount == 0  # no rate in the text
    # hypothetical r = 0.5: 50% × 150,000 = 75,000
    assert run(OUTLET, f, fengtai_essential_outlet_support_rate=Decimal("0.5")).amount == Decimal("75000.00")
    assert run(OUTLET, {**f, "essential_outlet": "other"}).status == "ineligible"
    a = run(OUTLET, {"district": "fengtai"})
    assert a.status == "undetermined" and a.missing == [
        "essential_outlet", "qualifications.affected_by_epidemic", "qualifications.kept_supplies_during_epidemic"]
    a = run(OUTLET, {"district": "fengtai", "essential_outlet": "public_catering", "qualifications": {"heavily_affected": True}},
            fengtai_essential_outlet_support_rate=Decimal("0.5"))
    assert a.status == "undetermined" and a.missing == ["essential_outlet_rent"]
    assert run(OUTLET, {**f, "district": "tongzhou"}).status == "ineligible"  # a 丰台 measure


def test_outlet_programme_once_rule_is_declared() -> None:
    rule = next(r for r in CAT.rules if r.id == "fengtai_tongzhou_outlet_programme_once")
    assert set(rule.measures) == {OUTLET, "tongzhou.essential_outlet_rent_support"}


def test_city_rules_restated_by_fengtai_are_aliases() -> None:
    assert CAT.resolve("fengtai.admin_fee_suspension") == "beijing.special_equipment_inspection_fee_waiver"
    assert CAT.resolve("fengtai.social_insurance_deferral") == "beijing.si_deferral_to_march"
    assert CAT.resolve("fengtai.covid_medical_cost_subsidy") == "beijing.covid_patient_medical_cost_subsidy"


def test_example_firm() -> None:
    path = Path(__file__).parents[2] / "examples" / "firms" / "fengtai_breakfast_chain.json"
    report = sc.estimate(json.loads(path.read_text(encoding="utf-8")))
    assert report[RENT].amount == Decimal("45000.00")  # 100% × 30,000 + 50% × 30,000
    assert report[OUTLET].status == "eligible"
    assert report[OWNER].status == "eligible"
    assert len([a for a in report.awards if a.status == "eligible"]) >= 4


# ---------------------------------------------------------------------------------------------------------------
# item 16 and the city February rule: one level per lease (per="leases")
# ---------------------------------------------------------------------------------------------------------------
CITY = "beijing.soe_rent_reduction_feb"
# the two measures with this module's own rule (per="leases"); sc.estimate applies the same rule once the catalog
# keeps each rule's ``per`` (engine/registry.py load() rebuilds every StackingRule without it)
STACK = sc.Catalog([CAT[RENT], CAT[CITY]], [fengtai.one_rent_once_rule()], CAT.readings)
CATALOG_KEEPS_PER = all(r.per == "leases" for r in CAT.rules if r.id == "fengtai_soe_rent_once")


def stacked(f: dict, **readings: Any) -> sc.Report:
    return run_catalog(STACK, sc.Firm.model_validate(f), sc.Assumptions(**readings))


def own_lease(use: str = "business", rent: str = "30000", **kw: Any) -> dict:
    """A 丰台 区属国企 lease of 丰台 premises, which are also 京内 (the city rule's test)."""
    return lease(use, rent, premises_in_beijing=True, **kw)


def city_lease(use: str = "office", rent: str = "20000", **kw: Any) -> dict:
    """A lease from a 市属国有企业 (the city rule's, not item 16's)."""
    return {"landlord": "city_soe", "use": use, "monthly_rent": rent, "premises_in_beijing": True, **kw}


def test_soe_rent_rule_is_per_lease() -> None:
    rule = fengtai.one_rent_once_rule()
    assert rule.per == "leases" and rule.measures == (RENT, CITY) and rule.keep == "highest"
    # the outlet-programme rule stays a whole-award rule
    assert fengtai.one_outlet_programme_rule().per is None


def test_district_lease_and_city_lease_are_both_relieved() -> None:
    # lease 0, 丰台 区属国企 premises in 丰台, business, 30,000: item 16 "免收 2月份房租" (L3997-L4000): 100% × 30,000 =
    #   30,000; the city rule (房山 L5656-L5660) gives the same 30,000 → paid once, by item 16 (listed first, equal)
    # lease 1, 市属国企, office, 20,000: city "给予 2月份租金 50%的减免" (L5658-L5660): 50% × 20,000 = 10,000; item 16
    #   covers 区内区属国有企业房产 only (L3997) → nothing there
    # total 30,000 + 10,000 = 40,000 — both levels paid, each on its own lease
    r = stacked(tenant(own_lease(), city_lease()))
    d, c = r[RENT], r[CITY]
    assert (d.status, c.status) == ("eligible", "eligible")
    assert (d.amount, c.amount) == (Decimal("30000.00"), Decimal("10000.00"))
    assert list(d.parts) == ["leases.0"] and list(c.parts) == ["leases.1"]
    assert d.amount + c.amount == Decimal("40000.00")


def test_catalog_keeps_the_per_lease_rule() -> None:
    assert CATALOG_KEEPS_PER  # registry.load() keeps StackingRule.per


def test_estimate_relieves_each_lease_at_one_level() -> None:
    # the same firm through sc.estimate: 30,000 (item 16, lease 0) + 10,000 (city, lease 1)
    r = sc.estimate(tenant(own_lease(), city_lease()))
    assert (r[RENT].amount, r[CITY].amount) == (Decimal("30000.00"), Decimal("10000.00"))


@pytest.mark.parametrize(("use", "expected"), [
    ("business", "30000.00"),  # 100% × 30,000 (L3997-L4000; city L5656-L5658): equal, paid once
    ("office", "15000.00"),    # 50% × 30,000 (L4000-L4001; city L5658-L5660): equal, paid once
])
def test_a_single_district_lease_is_relieved_once(use: str, expected: str) -> None:
    r = stacked(tenant(own_lease(use)))
    assert r[RENT].amount + r[CITY].amount == Decimal(expected) and 0 in (r[RENT].amount, r[CITY].amount)


LEASE_KINDS = {
    "fengtai": lambda use, rent: own_lease(use, rent),                                # both measures
    "fengtai_soe_in_daxing": lambda use, rent: own_lease(use, rent, premises_district="daxing"),  # not 区内: city
    "city": lambda use, rent: city_lease(use, rent),                                  # the city rule only
    "xicheng_soe": lambda use, rent: own_lease(use, rent, landlord_district="xicheng"),  # city only
    "private": lambda use, rent: own_lease(use, rent, landlord="private"),            # neither
}


def alone(mid: str, f: dict) -> Decimal:
    a = run(mid, f)
    return a.amount if a.status == "eligible" else Decimal(0)


@given(leases=st.lists(st.tuples(st.sampled_from(sorted(LEASE_KINDS)), st.sampled_from(["business", "office"]),
                                 st.integers(0, 10**6)), min_size=1, max_size=4),
       laid_off=st.booleans())
def test_total_is_the_higher_level_lease_by_lease(leases: list[tuple[str, str, int]], laid_off: bool) -> None:
    q = {"open_or_closed_per_rules": True, "no_layoffs": not laid_off}
    items = [LEASE_KINDS[k](use, str(rent)) for k, use, rent in leases]
    r = stacked(tenant(*items, q=q))
    # what each measure alone pays on each lease (a firm with that lease only); whole yuan rents: exact to the fen
    expected = sum((max(alone(RENT, tenant(x, q=q)), alone(CITY, tenant(x, q=q))) for x in items), Decimal(0))
    assert r[RENT].amount + r[CITY].amount == expected
    assert not set(r[RENT].parts) & set(r[CITY].parts)  # no lease paid by both


# ---------------------------------------------------------------------------------------------------------------
# Issue 8 §1: item 16 counts a lease only for its own days in February 2020 (reading soe_rent_feb_partial_month)
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("kw", "use", "status", "amount"), [
    # item 16 "免收 2月份房租" (L3997-L4000), a lease that ended 2020-02-10: 30,000 × 10/29 = 10,344.827… → 10,344.83
    ({"ends_on": "2020-02-10"}, "business", "eligible", "10344.83"),
    # "给予 2月份租金 50%的减免" (L4000-L4001): 50% × 30,000 × 10/29 = 5,172.413… → 5,172.41
    ({"ends_on": "2020-02-10"}, "office", "eligible", "5172.41"),
    # ended 2020-01-31 (before the fix: the whole 30,000) → 0; ended 2020-02-01: 1/29 → 1,034.48
    ({"ends_on": "2020-01-31"}, "business", "ineligible", "0.00"),
    ({"ends_on": "2020-02-01"}, "business", "eligible", "1034.48"),
    # starts 2020-02-29: 1/29 → 1,034.48; starts 2020-03-01 → 0
    ({"starts_on": "2020-02-29"}, "office", "eligible", "517.24"),
    ({"starts_on": "2020-03-01"}, "office", "ineligible", "0.00"),
])
def test_soe_rent_counts_the_lease_days_in_february(kw: dict, use: str, status: str, amount: str) -> None:
    a = run(RENT, tenant(lease(use, **kw)))
    assert (a.status, a.amount) == (status, Decimal(amount)), (a.reasons, a.steps)


def test_soe_rent_whole_month_reading_and_unknown_facts_of_a_lease_outside_february() -> None:
    assert run(RENT, tenant(lease(ends_on="2020-02-10")), soe_rent_feb_partial_month="whole_month").amount == Decimal(
        "30000.00")
    ls = {k: v for k, v in lease(ends_on="2020-01-31").items() if k not in ("monthly_rent", "premises_district")}
    a = run(RENT, tenant(ls, q={}))
    assert a.status == "ineligible" and a.missing == []
    assert any("ending 2020-01-31" in r and "not in force" in r for r in a.reasons)


@given(rent=st.decimals(min_value=0, max_value=10**6, places=2), use=st.sampled_from(["business", "office"]),
       start=st.dates(min_value=date(2020, 1, 1), max_value=date(2020, 3, 31)), length=st.integers(0, 70))
def test_soe_rent_is_the_exact_share_of_the_days(rent: Decimal, use: str, start: date, length: int) -> None:
    end = start + timedelta(days=length)
    a = run(RENT, tenant(lease(use, str(rent), starts_on=start.isoformat(), ends_on=end.isoformat())))
    lo, hi = max(date(2020, 2, 1), start), min(date(2020, 2, 29), end)
    days = max(0, (hi - lo).days + 1)
    share = Fraction(1) if use == "business" else Fraction(1, 2)
    assert a.amount == round_fen(share * Fraction(rent) * Fraction(days, 29)) and a.amount <= rent
    assert (a.status == "ineligible") == (days == 0)


@pytest.mark.parametrize(("ends_on", "total"), [
    ("2020-02-10", "10344.83"),  # item 16 and the city rule both 30,000 × 10/29; paid once
    ("2020-01-31", "0.00"),      # neither (the city rule's refusal is no longer dropped for item 16's whole month)
])
def test_one_level_on_a_lease_ending_in_february(ends_on: str, total: str) -> None:
    r = sc.estimate(tenant(own_lease(ends_on=ends_on)))
    assert r[RENT].amount + r[CITY].amount == Decimal(total)


# ---------------------------------------------------------------------------------------------------------------
# items 17/18: the rent waived counts for its days inside 疫情期间 (epidemic_period_start … _end: 2020-01-24 … 12-31)
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("start", "end", "amount", "status", "subsidy"), [
    # inside: 30% (hypothetical rate) × 100,000 = 30,000
    ("2020-02-01", "2020-03-31", "100000", "eligible", "30000.00"),
    # 2020-01-01..01-24 (24 days), 24,000 waived: 1 day in the period → 1,000; 30% → 300
    ("2020-01-01", "2020-01-24", "24000", "eligible", "300.00"),
    # … ending 2020-01-23: wholly before the period → 0
    ("2020-01-01", "2020-01-23", "23000", "ineligible", "0.00"),
    # 2020-12-31..2021-01-29 (30 days), 30,000: 1 day → 1,000; 30% → 300; from 2021-01-01 → 0
    ("2020-12-31", "2021-01-29", "30000", "eligible", "300.00"),
    ("2021-01-01", "2021-01-30", "30000", "ineligible", "0.00"),
    # 2020-01-14..2020-02-12 (30 days), 10,000.01: 20 days → 6,666.673…; 30% → 2,000.002 → 2,000.00
    ("2020-01-14", "2020-02-12", "10000.01", "eligible", "2000.00"),
])
def test_landlord_subsidy_counts_the_days_in_the_epidemic_period(start: str, end: str, amount: str, status: str,
                                                                   subsidy: str) -> None:
    a = run(MALL, landlord("mall", relief(amount, period_start=start, period_end=end)),
            fengtai_mall_landlord_subsidy_rate=Decimal("0.3"))
    assert (a.status, a.amount) == (status, Decimal(subsidy)), (a.reasons, a.steps)


def test_landlord_subsidy_epidemic_period_readings_move_the_window() -> None:
    f = landlord("mall", relief("30000", period_start="2020-06-01", period_end="2020-06-30"))
    # epidemic_period_end 2020-06-15: 15 of 30 days → 15,000; 30% → 4,500; ending 2020-05-31 → 0
    assert run(MALL, f, fengtai_mall_landlord_subsidy_rate=Decimal("0.3"),
               epidemic_period_end=date(2020, 6, 15)).amount == Decimal("4500.00")
    assert run(MALL, f, fengtai_mall_landlord_subsidy_rate=Decimal("0.3"),
               epidemic_period_end=date(2020, 5, 31)).status == "ineligible"
    # epidemic_period_start 2020-06-30: 1 day → 1,000; 30% → 300
    assert run(MALL, f, fengtai_mall_landlord_subsidy_rate=Decimal("0.3"),
               epidemic_period_start=date(2020, 6, 30)).amount == Decimal("300.00")


@given(daily=st.decimals(min_value=0, max_value=10_000, places=2),
       start=st.dates(min_value=date(2019, 12, 1), max_value=date(2021, 1, 31)), length=st.integers(0, 120),
       cut=st.integers(0, 120), rate=st.decimals(min_value=0, max_value=1, places=3))
def test_landlord_subsidy_properties(daily: Decimal, start: date, length: int, cut: int, rate: Decimal) -> None:
    def subsidy(s: date, e: date) -> sc.Award:
        days = (e - s).days + 1
        return run(OWNER, landlord("office_building", relief(str(daily * days), period_start=s.isoformat(),
                                                             period_end=e.isoformat())),
                   fengtai_property_owner_subsidy_rate=rate)
    end = start + timedelta(days=length)
    a = subsidy(start, end)
    lo, hi = max(date(2020, 1, 24), start), min(date(2020, 12, 31), end)
    inside = max(0, (hi - lo).days + 1)
    # exact: rate × (the relief's daily amount × its days inside the period), rounded once
    assert a.amount == round_fen(Fraction(rate) * Fraction(daily) * inside)
    if inside == 0:
        assert a.status == "ineligible"
    # shortening the relieved period (at the same daily amount) never raises the subsidy
    assert subsidy(start, start + timedelta(days=max(0, length - cut))).amount <= a.amount


# ---------------------------------------------------------------------------------------------------------------
# item 4 (L3865-L3869): "对受疫情影响或在疫情防控工作中保障市民基本生活的重点连锁…网点" — either condition; unknown → undetermined
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("q", "status", "missing"), [
    ({"affected_by_epidemic": True}, "eligible", []),
    ({"heavily_affected": True}, "eligible", []),  # 受影响较大 implies 受疫情影响
    ({"affected_by_epidemic": False, "kept_supplies_during_epidemic": True}, "eligible", []),
    ({"kept_supplies_during_epidemic": True}, "eligible", []),
    ({"affected_by_epidemic": False, "kept_supplies_during_epidemic": False}, "ineligible", []),
    ({"heavily_affected": False, "affected_by_epidemic": False, "kept_supplies_during_epidemic": False}, "ineligible",
     []),
    ({"affected_by_epidemic": False}, "undetermined", ["qualifications.kept_supplies_during_epidemic"]),
    ({"kept_supplies_during_epidemic": False}, "undetermined", ["qualifications.affected_by_epidemic"]),
    ({"heavily_affected": False}, "undetermined",
     ["qualifications.affected_by_epidemic", "qualifications.kept_supplies_during_epidemic"]),
    (None, "undetermined", ["qualifications.affected_by_epidemic", "qualifications.kept_supplies_during_epidemic"]),
])
def test_outlet_affected_or_keeping_residents_supplied(q: dict | None, status: str, missing: list[str]) -> None:
    f = {"district": "fengtai", "essential_outlet": "community_vegetable_shop", "essential_outlet_rent": "100000",
         **({"qualifications": q} if q is not None else {})}
    a = run(OUTLET, f)
    assert (a.status, a.missing) == (status, missing), a.reasons
    if status == "eligible":
        assert not a.quantified and a.needs == ["assumptions.fengtai_essential_outlet_support_rate"]


@pytest.mark.parametrize("kind", ["public_catering", "community_vegetable_shop", "key_supermarket",
                                  "chain_convenience_store", "other"])
def test_outlet_types(kind: str) -> None:
    a = run(OUTLET, {"district": "fengtai", "essential_outlet": kind, "qualifications": {"affected_by_epidemic": True}})
    assert a.status == ("ineligible" if kind == "other" else "eligible")


def test_outlet_unknown_facts_leave_it_undetermined_even_with_a_rate() -> None:
    a = run(OUTLET, {"district": "fengtai", "qualifications": {"affected_by_epidemic": True}},
            fengtai_essential_outlet_support_rate=Decimal("0.5"))
    assert a.status == "undetermined" and a.missing == ["essential_outlet"] and a.amount == 0
    # a failed type wins over an unknown rent
    a = run(OUTLET, {"district": "fengtai", "essential_outlet": "other", "qualifications": {}},
            fengtai_essential_outlet_support_rate=Decimal("0.5"))
    assert a.status == "ineligible"
    # a zero rent pays 0 (eligible, quantified)
    a = run(OUTLET, {"district": "fengtai", "essential_outlet": "key_supermarket", "essential_outlet_rent": "0",
                     "qualifications": {"affected_by_epidemic": True}}, fengtai_essential_outlet_support_rate=Decimal("0.5"))
    assert (a.status, a.amount, a.quantified) == ("eligible", Decimal("0.00"), True)


@given(rent=st.decimals(min_value=0, max_value=10**7, places=2), rate=st.decimals(min_value=0, max_value=1, places=4))
def test_outlet_rate_times_rent_rounded_once(rent: Decimal, rate: Decimal) -> None:
    a = run(OUTLET, {"district": "fengtai", "essential_outlet": "key_supermarket", "essential_outlet_rent": str(rent),
                     "qualifications": {"affected_by_epidemic": True}}, fengtai_essential_outlet_support_rate=rate)
    assert a.amount == round_fen(Fraction(rate) * Fraction(rent))


@pytest.mark.parametrize("key", ["landlord", "landlord_district", "use"])
def test_soe_rent_unknown_lease_facts(key: str) -> None:
    a = run(RENT, tenant({k: v for k, v in lease().items() if k != key}))
    assert a.status == "undetermined" and a.missing == [f"leases.0.{key}"]


@pytest.mark.parametrize("key", ["period_start", "period_end", "amount"])
def test_landlord_subsidy_unknown_relief_facts(key: str) -> None:
    a = run(MALL, landlord("mall", {k: v for k, v in relief().items() if k != key}))
    assert a.status == "undetermined" and a.missing == [f"rent_relief_granted.0.{key}"]


# -- survivors of a mutation run over this module ------------------------------------------------------------
def test_landlord_subsidy_reasons_and_steps() -> None:
    late = relief("5000", period_start="2021-02-01", period_end="2021-02-28")
    a = run(MALL, landlord("mall", relief(), late), fengtai_mall_landlord_subsidy_rate=Decimal("0.3"))
    assert a.amount == Decimal("30000.00")
    assert "✗ rent relief 1: relieved period from 2021-02-01, outside 疫情期间 2020-01-24..2020-12-31" in a.reasons
    assert "✓ rent waived for 中小微 tenants in the epidemic period: 100,000.00 (1 relief(s))" in a.reasons
    assert a.steps[0] == ("rent relief 0: rent waived for a small tenant, 2020-02-01..2020-03-31, within 疫情期间 "
                          "2020-01-24..2020-12-31: 100,000.00")
    a = run(MALL, landlord("mall", relief(), relief("24000", period_start="2020-01-01", period_end="2020-01-24")))
    assert "✓ rent waived for 中小微 tenants in the epidemic period: 101,000.00 (2 relief(s))" in a.reasons
    assert a.steps[1] == ("rent relief 1: rent waived for a small tenant, 2020-01-01..2020-01-24, within 疫情期间 "
                          "2020-01-24..2020-12-31: 24,000.00 × 1 (days in 疫情期间) / 24 (days of its period) = 1,000.00")
    # a relief of 0 waived nothing: ineligible
    assert run(MALL, landlord("mall", relief("0"))).status == "ineligible"


def test_stacking_rules_are_declared_as_data() -> None:
    # no import-time probing of other modules (issue 9 §4): both rules are declared, and the catalog resolves them
    assert [x.id for x in fengtai.STACKING] == ["fengtai_soe_rent_once", "fengtai_tongzhou_outlet_programme_once"]
    rules = {x.id: x for x in CAT.rules}
    assert rules["fengtai_soe_rent_once"].measures == ("fengtai.soe_rent_reduction", "beijing.soe_rent_reduction_feb")
    assert rules["fengtai_tongzhou_outlet_programme_once"].measures == (
        "fengtai.essential_outlet_support", "tongzhou.essential_outlet_rent_support")


def test_a_relief_ended_before_the_epidemic_is_ruled_out_whatever_its_start() -> None:
    # items 17/18 (L4008-L4010, L4018-L4020) count rent waived for 疫情期间: a relief whose period ended before
    # 2020-01-24 cannot reach it, whatever its first day; the old calculator asked for that day (and the amount) instead
    old = relief(period_end="2019-06-01")
    del old["period_start"]
    a = run(OWNER, landlord("office_building", old))
    assert a.status == "ineligible" and a.missing == []
    assert "✗ rent relief 0: relieved period ending 2019-06-01, outside 疫情期间 2020-01-24..2020-12-31" in a.reasons
