"""通州区: 通政办发〔2020〕3号 (TZ-1, seed L4395-L4547) and the TZ-4 pension notice (L4624-L4710) — catalog 04 worked
examples with ERRATA_04_06 findings 16, 17, 20 and 25; the scope clause; readings; properties; information entries;
the road-occupation notice (TZ-2) as an alias of the city fee waiver.
"""

from __future__ import annotations

import json
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
from subsidycalc.measures import tongzhou

CAT = sc.catalog()
PRODUCER = "tongzhou.epidemic_supply_producer_rent_subsidy"
OUTLET = "tongzhou.essential_outlet_rent_support"
REWARD = "tongzhou.reward_early_disbursement"
HR = "tongzhou.hr_agency_free_recruitment_subsidy"
COMMUTE = "tongzhou.commute_per_worker_subsidy"
GUARANTEE = "tongzhou.guarantee_fee_compensation"
NOTARY = "tongzhou.force_majeure_notary_fee_reduction"
PENSION = "tongzhou.pension_back_pay_after_delayed_approval"
ALL = [PRODUCER, OUTLET, REWARD, HR, COMMUTE, GUARANTEE, NOTARY, PENSION]


def run(mid: str, firm: dict[str, Any], **readings: Any) -> sc.Award:
    return evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def sme(**kw: Any) -> dict:
    return {"district": "tongzhou", "size": "small", **kw}


@pytest.mark.parametrize("mid", ALL)
def test_cites_and_quotes_are_seed_text(mid: str) -> None:
    m = CAT[mid]
    for s in m.sources:
        assert in_seed(s.quote), s.quote
        assert normalize(s.quote) in normalize(seed_excerpt(s.lines)), s.lines
    for k, p in m.params.items():
        assert cite_in_seed(p.cite), (k, p.cite)


def test_scope_clause_is_registered_and_taxed_in_tongzhou() -> None:
    doc = CAT[NOTARY].sources[0].document
    assert doc is not None and doc.territory == "district_and_tax" and in_seed(doc.scope_quote or "")
    f = sme(force_majeure_notary_fees="1200")
    assert run(NOTARY, f).amount == Decimal("600.00")
    assert run(NOTARY, {**f, "district": "chaoyang"}).status == "ineligible"  # registered elsewhere
    assert run(NOTARY, {**f, "tax_district": "chaoyang"}).status == "ineligible"  # taxed elsewhere
    assert run(NOTARY, {**f, "size": "large"}).status == "ineligible"  # not 中小微
    assert run(NOTARY, {**f, "size": "large"}, tongzhou_sme_scope_clause=False).amount == Decimal("600.00")


# ---------------------------------------------------------------------------------------------------------------
# （二） producer rent (L4435-L4439)
# ---------------------------------------------------------------------------------------------------------------
PRODUCER_Q = {"epidemic_supply_producer": True, "accepts_government_allocation": True}


def producer(*leases: dict, q: dict | None = None) -> dict:
    return sme(qualifications=PRODUCER_Q if q is None else q, leases=list(leases) or [
        {"landlord": "private", "premises_district": "tongzhou", "use": "business", "monthly_rent": "40000"}])


def test_producer_rent_examples() -> None:
    # ex.1: 100% × 40,000 × 2 months (recognised Feb–Mar) = 80,000
    assert run(PRODUCER, producer(), tongzhou_producer_rent_months=2).amount == Decimal("80000.00")
    # no months in the text: eligible, amount unquantified by default (finding 25)
    a = run(PRODUCER, producer())
    assert a.status == "eligible" and a.amount == 0
    assert any("tongzhou_producer_rent_months" in r for r in a.reasons)
    # ex.3(a): does not accept the government's unified allocation → 0
    no_alloc = producer(q={**PRODUCER_Q, "accepts_government_allocation": False})
    assert run(PRODUCER, no_alloc).status == "ineligible"
    # ex.3(b): registered in 朝阳 → 0 (scope clause)
    assert run(PRODUCER, {**producer(), "district": "chaoyang"}).status == "ineligible"
    # premises outside 通州 (区内房产) → 0
    other = {"landlord": "private", "premises_district": "daxing", "use": "business", "monthly_rent": "40000"}
    assert run(PRODUCER, producer(other)).status == "ineligible"


def test_producer_rent_net_of_the_city_february_rule() -> None:
    # ex.2: the landlord is a 通州 district SOE that waived February under the city rule: 80,000 − 40,000 = 40,000
    soe = {"landlord": "district_soe", "landlord_district": "tongzhou", "premises_district": "tongzhou",
           "premises_in_beijing": True, "use": "business", "monthly_rent": "40000"}
    f = {**producer(soe), "qualifications": {**PRODUCER_Q, "open_or_closed_per_rules": True, "no_layoffs": True}}
    report = sc.estimate(f, assumptions=sc.Assumptions(tongzhou_producer_rent_months=2))
    assert report["beijing.soe_rent_reduction_feb"].amount == Decimal("40000.00")
    assert report[PRODUCER].amount == Decimal("40000.00")


# the city February rent is taken off the producer subsidy lease by lease (per="leases"): only what the city paid on
# the same lease (ERRATA_04_06 finding 25, base net payable)
CITY = "beijing.soe_rent_reduction_feb"
# the two measures with this module's own rule; sc.estimate applies the same rule once the catalog keeps each rule's
# ``per`` (engine/registry.py load() rebuilds every StackingRule without it)
STACK = sc.Catalog([CAT[PRODUCER], CAT[CITY]], [tongzhou.producer_rent_net_rule()], CAT.readings)
CATALOG_KEEPS_PER = all(r.per == "leases" for r in CAT.rules if r.id == "tongzhou_producer_rent_net_of_city_feb")
OPEN_Q = {**PRODUCER_Q, "open_or_closed_per_rules": True, "no_layoffs": True}


def stacked(f: dict[str, Any], **readings: Any) -> sc.Report:
    return run_catalog(STACK, sc.Firm.model_validate(f), sc.Assumptions(**readings))


def tz_lease(landlord: str = "district_soe", use: str = "business", rent: str = "40000", where: str = "tongzhou",
             **kw: Any) -> dict:
    """A lease with every fact both measures read (区内房产 for 通州, 京内 for the city rule)."""
    return {"landlord": landlord, "premises_district": where, "premises_in_beijing": True, "use": use,
            "monthly_rent": rent, **kw}


def test_producer_rent_rule_is_per_lease() -> None:
    rule = tongzhou.producer_rent_net_rule()
    assert (rule.kind, rule.measures, rule.per) == ("reduce_by", (PRODUCER, CITY), "leases")
    assert all(r.per == "leases" for r in tongzhou.STACKING)


def test_producer_rent_net_of_the_city_relief_on_the_same_lease_only() -> None:
    # 2 months (reading tongzhou_producer_rent_months):
    # lease 0, 通州 区属国企, production, 40,000: （二） (L4435-L4439) 100% × 40,000 × 2 = 80,000; city (L5656-L5658
    #   "免收 2月份房租") 100% × 40,000 = 40,000 → net 80,000 − 40,000 = 40,000
    # lease 1, 市属国企, office, 20,000: （二） needs 从事生产经营活动 → nothing; city (L5658-L5660) 50% × 20,000 = 10,000,
    #   not deducted (another lease)
    # producer 40,000 + city 40,000 + 10,000 = 90,000 (the whole-award deduction: 80,000 − 50,000 = 30,000 → 80,000)
    f = producer(tz_lease(), tz_lease("city_soe", "office", "20000"), q=OPEN_Q)
    r = stacked(f, tongzhou_producer_rent_months=2)
    p, c = r[PRODUCER], r[CITY]
    assert (p.amount, c.amount) == (Decimal("40000.00"), Decimal("50000.00"))
    assert list(p.parts) == ["leases.0"] and list(c.parts) == ["leases.0", "leases.1"]
    assert p.amount + c.amount == Decimal("90000.00")
    assert p.stacking[0].startswith("reduced (leases.0 by 40,000.00) already paid under " + CITY)


def test_producer_lease_and_city_lease_are_both_paid_in_full() -> None:
    # lease 0, private landlord, 通州 production 40,000: （二） 100% × 40,000 × 2 = 80,000 (the city rule: not an SOE)
    # lease 1, 市属国企 office 20,000: city 50% × 20,000 = 10,000 (（二）: an office, nothing)
    # no lease in common → 80,000 + 10,000 = 90,000 (the whole-award deduction gave 70,000 + 10,000)
    f = producer(tz_lease("private"), tz_lease("city_soe", "office", "20000"), q=OPEN_Q)
    r = stacked(f, tongzhou_producer_rent_months=2)
    assert (r[PRODUCER].amount, r[CITY].amount) == (Decimal("80000.00"), Decimal("10000.00"))
    assert r[PRODUCER].stacking == r[CITY].stacking == []  # nothing to deduct: no lease in common


def test_catalog_keeps_the_per_lease_rule() -> None:
    assert CATALOG_KEEPS_PER  # registry.load() keeps StackingRule.per


def test_estimate_deducts_the_same_lease_only() -> None:
    # the firm of test_producer_rent_net_of_the_city_relief_on_the_same_lease_only through sc.estimate: 40,000 + 50,000
    f = producer(tz_lease(), tz_lease("city_soe", "office", "20000"), q=OPEN_Q)
    r = sc.estimate(f, assumptions=sc.Assumptions(tongzhou_producer_rent_months=2))
    assert (r[PRODUCER].amount, r[CITY].amount) == (Decimal("40000.00"), Decimal("50000.00"))


@pytest.mark.parametrize(("months", "net"), [
    # ex.2 (L4435-L4439 with L5656-L5658): 100% × 40,000 × 2 − 40,000 = 40,000
    (2, "40000.00"),
    # 1 month: 40,000 − 40,000 = 0 (the rent is paid once, by the city)
    (1, "0.00"),
    # 0 months: 0 − 40,000 → floored at 0
    (0, "0.00"),
])
def test_a_single_district_lease_is_net_of_the_city_february(months: int, net: str) -> None:
    f = producer(tz_lease(), q=OPEN_Q)
    for r in (stacked(f, tongzhou_producer_rent_months=months),
              sc.estimate(f, assumptions=sc.Assumptions(tongzhou_producer_rent_months=months))):
        assert (r[PRODUCER].amount, r[CITY].amount) == (Decimal(net), Decimal("40000.00"))


TZ_LEASES = {
    "tongzhou_soe": lambda use, rent: tz_lease("district_soe", use, rent, landlord_district="tongzhou"),  # both
    "city_soe": lambda use, rent: tz_lease("city_soe", use, rent),                                        # both
    "daxing_soe": lambda use, rent: tz_lease("district_soe", use, rent, where="daxing"),                  # the city
    "private": lambda use, rent: tz_lease("private", use, rent),                                          # 通州
}


def alone(mid: str, f: dict, **readings: Any) -> Decimal:
    a = run(mid, f, **readings)
    return a.amount if a.status == "eligible" else Decimal(0)


@given(leases=st.lists(st.tuples(st.sampled_from(sorted(TZ_LEASES)), st.sampled_from(["business", "office"]),
                                 st.integers(0, 10**6)), min_size=1, max_size=4),
       laid_off=st.booleans(), months=st.integers(0, 3))
def test_producer_is_reduced_lease_by_lease(leases: list[tuple[str, str, int]], laid_off: bool, months: int) -> None:
    q = {**OPEN_Q, "no_layoffs": not laid_off}
    items = [TZ_LEASES[k](use, str(rent)) for k, use, rent in leases]
    r = stacked(producer(*items, q=q), tongzhou_producer_rent_months=months)
    # what each measure alone pays on each lease (a firm with that lease only); whole-yuan rents, exact to the fen
    mine = [alone(PRODUCER, producer(x, q=q), tongzhou_producer_rent_months=months) for x in items]
    city = [alone(CITY, producer(x, q=q)) for x in items]
    assert r[CITY].amount == sum(city, Decimal(0))  # the earlier measure is never changed
    assert r[PRODUCER].amount == sum((max(Decimal(0), p - c) for p, c in zip(mine, city, strict=True)), Decimal(0))


def test_producer_rent_missing_facts() -> None:
    a = run(PRODUCER, sme(leases=[{"use": "business"}]))
    assert a.status == "undetermined"
    assert {"qualifications.epidemic_supply_producer", "qualifications.accepts_government_allocation",
            "leases.0.premises_district", "leases.0.monthly_rent"} <= set(a.missing)


@given(st.integers(min_value=0, max_value=1_000_000), st.integers(min_value=0, max_value=12))
def test_producer_rent_is_the_rent_never_more(rent: int, months: int) -> None:
    ls = {"landlord": "private", "premises_district": "tongzhou", "use": "business", "monthly_rent": str(rent)}
    a = run(PRODUCER, producer(ls), tongzhou_producer_rent_months=months)
    assert a.amount == rent * months


# ---------------------------------------------------------------------------------------------------------------
# （三） outlet rent support, ratio cap 80% (L4444-L4448)
# ---------------------------------------------------------------------------------------------------------------
OUTLET_FIRM = sme(essential_outlet="public_catering", essential_outlet_rent="150000")


@pytest.mark.parametrize(("readings", "amount"), [
    # ex.1: approved at 60%, whole support: 0.60 × 150,000 = 90,000
    ({"tongzhou_outlet_approved_rate": Decimal("0.6"), "tongzhou_outlet_award_basis": "whole_support"}, "90000.00"),
    # ex.2: asks 90% → capped at 80%: 0.80 × 150,000 = 120,000
    ({"tongzhou_outlet_approved_rate": Decimal("0.9"), "tongzhou_outlet_award_basis": "whole_support"}, "120000.00"),
    # ex.2, reading A (default): (80% − city 70%) × 150,000 = 15,000
    ({"tongzhou_outlet_approved_rate": Decimal("0.9"), "tongzhou_outlet_city_rate": Decimal("0.7")}, "15000.00"),
    # ratio at the city's: nothing for 通州 to add
    ({"tongzhou_outlet_approved_rate": Decimal("0.5"), "tongzhou_outlet_city_rate": Decimal("0.7")}, "0.00"),
])
def test_outlet_examples(readings: dict, amount: str) -> None:
    a = run(OUTLET, OUTLET_FIRM, **readings)
    assert a.status == "eligible" and a.amount == Decimal(amount)


def test_outlet_default_unquantified_and_conditions() -> None:
    a = run(OUTLET, OUTLET_FIRM)
    assert a.status == "eligible" and a.amount == 0
    assert any("tongzhou_outlet_approved_rate" in r and "tongzhou_outlet_city_rate" in r for r in a.reasons)
    # ex.3: a fashion boutique is not an essential-living outlet → 0
    assert run(OUTLET, {**OUTLET_FIRM, "essential_outlet": "other"}).status == "ineligible"


@given(st.decimals(min_value=0, max_value=2, places=2), st.integers(min_value=0, max_value=5_000_000))
def test_outlet_never_above_80_percent(rate: Decimal, rent: int) -> None:
    f = {**OUTLET_FIRM, "essential_outlet_rent": str(rent)}
    a = run(OUTLET, f, tongzhou_outlet_approved_rate=rate, tongzhou_outlet_award_basis="whole_support")
    assert 0 <= a.amount <= Decimal("0.8") * rent + Decimal("0.005")


# ---------------------------------------------------------------------------------------------------------------
# （七） commute: 最高 100元/人 (L4478-L4484)
# ---------------------------------------------------------------------------------------------------------------
def builder(resumed: str = "2020-02-18", heads: int = 120, **kw: Any) -> dict:
    return sme(restart={"key_construction_project": True, "applied_on": "2020-02-10", "resumed_on": resumed,
                        "labour_headcount": heads, **kw}, qualifications={"epidemic_or_necessities_supplier": False})


def test_commute_examples() -> None:
    # ex.1 (G2): 120 × 100 = 12,000 at the per-head cap; reading cap: low 0, high 12,000
    a = run(COMMUTE, builder())
    assert (a.amount, a.low, a.high) == (Decimal("12000.00"), Decimal("0.00"), Decimal("12000.00"))
    assert run(COMMUTE, builder(), tongzhou_commute_per_head_rule="fixed").low == Decimal("12000.00")
    # ex.1 with min(100, actual 80): 120 × 80 = 9,600
    a = run(COMMUTE, builder(charter_cost_per_head="80"), tongzhou_commute_per_head_rule="actual_cost")
    assert a.amount == Decimal("9600.00")
    # ex.2: resumed on 2020-02-29, the last day of 2月底: 300 × 100 = 30,000
    assert run(COMMUTE, builder("2020-02-29", 300)).amount == Decimal("30000.00")
    # ex.3(a): resumed 2020-03-05 → 0
    assert run(COMMUTE, builder("2020-03-05")).status == "ineligible"
    # ex.3(b): a software company with a charter bus is in neither group → 0
    soft = sme(restart={"key_construction_project": False, "chartered_buses": True, "labour_headcount": 50},
               qualifications={"epidemic_or_necessities_supplier": False})
    assert run(COMMUTE, soft).status == "ineligible"
    # G1: a supplier using chartered buses: 50 × 100 = 5,000
    g1 = sme(restart={"chartered_buses": True, "labour_headcount": 50},
             qualifications={"epidemic_or_necessities_supplier": True})
    assert run(COMMUTE, g1).amount == Decimal("5000.00")


@pytest.mark.parametrize("day", ["2020-01-31", "2020-02-01", "2020-02-29", "2020-03-01"])
def test_commute_window_edges(day: str) -> None:
    a = run(COMMUTE, builder(day))
    assert a.status == ("eligible" if "2020-02-01" <= day <= "2020-02-29" else "ineligible")


def test_commute_readings_and_missing_facts() -> None:
    assert run(COMMUTE, builder(chartered_buses=False), tongzhou_commute_g2_requires_charter=True).status == \
        "ineligible"
    late_application = builder(applied_on="2020-01-20")
    assert run(COMMUTE, late_application).status == "eligible"
    assert run(COMMUTE, late_application, tongzhou_commute_resumption_window_applies_to="both").status == "ineligible"
    a = run(COMMUTE, sme())
    assert a.status == "undetermined"
    assert {"qualifications.epidemic_or_necessities_supplier", "restart.chartered_buses",
            "restart.key_construction_project", "restart.resumed_on", "restart.labour_headcount"} <= set(a.missing)


@given(st.integers(min_value=0, max_value=100_000))
def test_commute_never_above_100_per_head(heads: int) -> None:
    a = run(COMMUTE, builder(heads=heads))
    assert 0 <= a.low <= a.amount <= a.high <= 100 * heads


# ---------------------------------------------------------------------------------------------------------------
# （十） guarantee-fee compensation (L4517-L4521)
# ---------------------------------------------------------------------------------------------------------------
def guarantor(*items: dict, district: str = "tongzhou") -> dict:
    return {"district": district, "industry": "finance", "guarantor": {"discounted_guarantees": list(items)}}


def guarantee(rate: str = "0.01", **kw: Any) -> dict:
    return {"amount": "5000000", "discounted_rate": rate, "term_months": 12, "granted_on": "2020-03-01",
            "borrower_size": "small", "borrower_severely_affected": True, "borrower_district": "tongzhou", **kw}


@pytest.mark.parametrize(("rate", "base", "amount"), [
    ("0.01", "principal", "25000.00"),   # ex.1, reading A: 0.5% × 5,000,000 = 25,000
    ("0.01", "fee", "250.00"),           # ex.1, reading B: fee 1% × 5,000,000 = 50,000; 0.5% × 50,000 = 250
    ("0.004", "principal", "25000.00"),  # ex.2, reading A: 25,000 (more than the fee charged)
    ("0.004", "capped_at_fee", "20000.00"),  # ex.2, reading C: min(0.4%, 0.5%) × 5,000,000 = 20,000
    ("0.005", "capped_at_fee", "25000.00"),  # ex.2: at exactly 0.5%, A and C agree: 25,000
])
def test_guarantee_examples(rate: str, base: str, amount: str) -> None:
    a = run(GUARANTEE, guarantor(guarantee(rate)), tongzhou_guarantee_compensation_base=base)
    assert a.status == "eligible" and a.amount == Decimal(amount)


def test_guarantee_range_and_conditions() -> None:
    a = run(GUARANTEE, guarantor(guarantee()))
    assert (a.low, a.high) == (Decimal("250.00"), Decimal("25000.00"))  # readings B .. A
    # ex.3: a guarantor registered in 海淀 → 0
    assert run(GUARANTEE, guarantor(guarantee(), district="haidian")).status == "ineligible"
    # a large, unaffected borrower in neither group → 0
    big = guarantee(borrower_size="large", borrower_severely_affected=False, borrower_supply_firm=False)
    assert run(GUARANTEE, guarantor(big)).status == "ineligible"
    # a large supply firm counts only without the SME scope clause
    supply = guarantee(borrower_size="large", borrower_severely_affected=False, borrower_supply_firm=True)
    assert run(GUARANTEE, guarantor(supply)).status == "ineligible"
    assert run(GUARANTEE, guarantor(supply), tongzhou_sme_scope_clause=False).amount == Decimal("25000.00")
    # a borrower of another district; a guarantee granted before the plan (2020-02-13)
    assert run(GUARANTEE, guarantor(guarantee(borrower_district="chaoyang"))).status == "ineligible"
    assert run(GUARANTEE, guarantor(guarantee(granted_on="2020-02-12"))).status == "ineligible"
    assert run(GUARANTEE, guarantor(guarantee(granted_on="2020-02-13"))).status == "eligible"
    assert run(GUARANTEE, {"district": "tongzhou"}).status == "ineligible"  # not a guarantee company
    a = run(GUARANTEE, guarantor({"amount": "100"}))
    assert a.status == "undetermined" and "guarantor.discounted_guarantees.0.borrower_district" in a.missing


@given(st.integers(min_value=0, max_value=100_000_000), st.decimals(min_value=0, max_value="0.05", places=4))
def test_guarantee_bounds(amount: int, rate: Decimal) -> None:
    g = guarantee(str(rate), amount=str(amount))
    for base in ("principal", "fee", "capped_at_fee"):
        a = run(GUARANTEE, guarantor(g), tongzhou_guarantee_compensation_base=base)
        assert 0 <= a.low <= a.amount <= a.high <= Decimal("0.005") * amount + Decimal("0.005")


# ---------------------------------------------------------------------------------------------------------------
# （十二） notary fees −50% (L4537-L4541); （五） HR agencies (L4462-L4466)
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("fee", "amount"), [("1200", "600.00"), ("20000", "10000.00")])  # ex.1, ex.2 (no cap)
def test_notary_examples(fee: str, amount: str) -> None:
    assert run(NOTARY, sme(force_majeure_notary_fees=fee)).amount == Decimal(amount)


def test_notary_none_and_missing() -> None:
    assert run(NOTARY, sme(force_majeure_notary_fees="0")).status == "ineligible"
    assert run(NOTARY, sme()).missing == ["force_majeure_notary_fees"]


@given(st.integers(min_value=1, max_value=10_000_000))
def test_notary_is_half(fee: int) -> None:
    assert run(NOTARY, sme(force_majeure_notary_fees=str(fee))).amount == (Decimal(fee) / 2).quantize(Decimal("0.01"))


def test_hr_agency_subsidy() -> None:
    f = {"district": "tongzhou", "hr_agency": {"tongzhou_hr_park": True, "fees_waived_for_local_firms": "50000"}}
    a = run(HR, f)
    assert a.status == "eligible" and a.amount == 0  # '一定补贴': no rate
    # finding 20 example, hypothetical r = 0.5: 0.5 × 50,000 = 25,000
    assert run(HR, f, tongzhou_hr_agency_subsidy_rate=Decimal("0.5")).amount == Decimal("25000.00")
    assert run(HR, {"district": "tongzhou"}).status == "ineligible"
    assert run(HR, {"hr_agency": {"tongzhou_hr_park": False, "fees_waived_for_local_firms": "1"}}).status == \
        "ineligible"
    assert set(run(HR, {"hr_agency": {}}).missing) == {"hr_agency.tongzhou_hr_park",
                                                       "hr_agency.fees_waived_for_local_firms"}


# ---------------------------------------------------------------------------------------------------------------
# information entries and aliases
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("mid", [REWARD, PENSION])
def test_information_entries_never_add(mid: str) -> None:
    assert CAT[mid].relief is False
    report = sc.estimate(sme(force_majeure_notary_fees="1200"))
    assert report[mid].amount == 0 and report[mid].status == "ineligible"
    assert report.total == Decimal("600.00")


def test_road_occupation_notice_is_the_city_fee_waiver() -> None:
    assert CAT.resolve("tongzhou.road_occupation_fee_suspension") == "beijing.road_occupation_fee_waiver"


def test_example_firm() -> None:
    path = Path(__file__).parents[2] / "examples" / "firms" / "tongzhou_mask_producer.json"
    report = sc.estimate(json.loads(path.read_text(encoding="utf-8")))
    for mid in (PRODUCER, COMMUTE, NOTARY):
        assert report[mid].status == "eligible", mid
    assert report[COMMUTE].amount == Decimal("8000.00")  # 80 × 100
    assert report[NOTARY].amount == Decimal("1500.00")  # 50% × 3,000
