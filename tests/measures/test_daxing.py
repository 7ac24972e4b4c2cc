"""大兴区: the 区国资委 February SOE-rent notice (DX-5, seed L5258-L5315), worked examples of catalog 05 with
ERRATA_04_06 findings 7 and 8, properties and the office-tier reading. The road-occupation and sewage notices are
city rules (aliases of ``beijing.*`` measures, encoded by the city module's owner).
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
from subsidycalc.measures import daxing

CAT = sc.catalog()
RENT = "daxing.soe_rent_reduction"


def run(firm: dict[str, Any], **readings: Any) -> sc.Award:
    return evaluate(CAT[RENT], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def lease(use: str = "business", rent: str = "30000", **kw: Any) -> dict:
    return {"landlord": "district_soe", "landlord_district": "daxing", "use": use, "monthly_rent": rent,
            "premises_in_beijing": True, **kw}


OK = {"open_or_closed_per_rules": True, "no_layoffs": True}


def firm(*leases: dict, district: str = "daxing", size: str = "small", q: dict | None = None) -> dict:
    return {"district": district, "size": size, "qualifications": OK if q is None else q, "leases": list(leases)}


def test_cites_and_quotes_are_seed_text() -> None:
    m = CAT[RENT]
    for s in m.sources:
        assert in_seed(s.quote), s.quote
        assert normalize(s.quote) in normalize(seed_excerpt(s.lines)), s.lines
    for k, p in m.params.items():
        assert cite_in_seed(p.cite), (k, p.cite)
    doc = m.sources[0].document
    assert doc is not None and doc.territory == "beijing" and in_seed(doc.scope_quote or "")


@pytest.mark.parametrize(("f", "status", "amount"), [
    # ex.1 (L5278-L5282): a pharmacy, stayed open, no lay-offs: 100% × 30,000 = 30,000 (免收 2 月份房租)
    (firm(lease()), "eligible", "30000.00"),
    # ex.2 (L5282-L5285): offices: 50% × 30,000 = 15,000 (减收 2月份租金的 50%)
    (firm(lease("office")), "eligible", "15000.00"),
    # ex.2: the SOE's building in 通州 is still 京内 (L5276); the tenant registered in 海淀 is 在京注册: 15,000
    (firm(lease("office"), district="haidian"), "eligible", "15000.00"),
    # ex.2: a building in 廊坊 (河北), outside Beijing → 0
    (firm(lease("office", premises_in_beijing=False)), "ineligible", "0.00"),
    # ex.3: a large tenant → 0
    (firm(lease(), size="large"), "ineligible", "0.00"),
    # a 丰台 district SOE is not under 大兴's 区国资委 → 0 here (the city rule covers it)
    (firm(lease(landlord_district="fengtai")), "ineligible", "0.00"),
    # a private landlord → 0
    (firm(lease(landlord="private")), "ineligible", "0.00"),
    # business use but staff laid off (不裁员、少裁员 not met) → 0
    (firm(lease(), q={"open_or_closed_per_rules": True, "no_layoffs": False}), "ineligible", "0.00"),
    # offices: no condition by default (README "Decisions", ERRATA_04_06 finding 8): 15,000 even with lay-offs
    (firm(lease("office"), q={"open_or_closed_per_rules": False, "no_layoffs": False}), "eligible", "15000.00"),
    # two leases: 30,000 + 50% × 10,000 = 35,000
    (firm(lease(), lease("office", "10000")), "eligible", "35000.00"),
])
def test_worked_examples(f: dict, status: str, amount: str) -> None:
    a = run(f)
    assert (a.status, a.amount) == (status, Decimal(amount))


def test_reading_office_requires_no_layoff() -> None:
    f = firm(lease("office"), q={"open_or_closed_per_rules": True, "no_layoffs": False})
    assert run(f).amount == Decimal("15000.00")
    assert run(f, office_requires_no_layoff=True).status == "ineligible"
    g = firm(lease("office"), q={})
    assert run(g).amount == Decimal("15000.00")
    a = run(g, office_requires_no_layoff=True)
    assert a.status == "undetermined" and {"qualifications.no_layoffs", "qualifications.open_or_closed_per_rules"} <= set(a.missing)


@pytest.mark.parametrize(("f", "path"), [
    ({"district": "daxing", "size": "small"}, "leases"),
    (firm({k: v for k, v in lease().items() if k != "premises_in_beijing"}), "leases.0.premises_in_beijing"),
    (firm({k: v for k, v in lease().items() if k != "monthly_rent"}), "leases.0.monthly_rent"),
    (firm(lease(), q={}), "qualifications.no_layoffs"),
    ({"size": "small", "leases": [lease("office")]}, "district"),
    ({"district": "daxing", "leases": [lease("office")]}, "size"),
])
def test_missing_facts(f: dict, path: str) -> None:
    a = run(f)
    assert a.status == "undetermined" and path in a.missing


@given(rent=st.integers(0, 10**7), use=st.sampled_from(["business", "office"]))
def test_february_rent_only_and_never_above_it(rent: int, use: str) -> None:
    a = run(firm(lease(use, str(rent))))
    assert 0 <= a.amount <= rent
    assert a.amount == (Decimal(rent) if use == "business" else Decimal(rent) / 2)


@given(r1=st.integers(0, 10**6), r2=st.integers(0, 10**6))
def test_monotone_in_rent(r1: int, r2: int) -> None:
    lo, hi = sorted((r1, r2))
    assert run(firm(lease(rent=str(lo)))).amount <= run(firm(lease(rent=str(hi)))).amount


def test_rule_with_the_city_february_rule() -> None:
    city = "beijing.soe_rent_reduction_feb"
    rules = [r for r in CAT.rules if RENT in r.measures]
    if city in CAT:
        assert any(r.kind == "exclusive" and CAT.resolve(city) in r.measures and r.keep == "highest" for r in rules)
    else:  # the rule waits for the city measure (see daxing.STACKING)
        assert rules == []


def test_office_reading_is_declared_once_with_default_false() -> None:
    r = CAT.readings["office_requires_no_layoff"]
    assert r.default is False and r.annotation is bool


@pytest.mark.parametrize("alias", ["daxing.road_occupation_fee_suspension", "daxing.sewage_fee_suspension"])
def test_city_rule_ids_resolve_when_the_city_module_declares_them(alias: str) -> None:
    # encoded by the city business module as aliases of beijing.* measures, never by daxing
    assert all(m.id != alias for m in CAT.filter(district="daxing"))
    if alias in CAT:
        assert CAT[alias].district == "beijing"


def test_example_firm_shows_several_measures() -> None:
    path = Path(__file__).parents[2] / "examples" / "firms" / "daxing_pharmacy_chain.json"
    report = sc.estimate(sc.Firm.model_validate(json.loads(path.read_text(encoding="utf-8"))))
    a = report[RENT]
    assert a.status == "eligible" and a.amount == Decimal("45000.00")
    assert sum(1 for x in report.awards if x.status == "eligible" and x.relief) >= 2


# =====================================================================================================
# One lease, one level (per="leases"): the 大兴 notice and the city February rule relieve each lease once
# =====================================================================================================
CITY = "beijing.soe_rent_reduction_feb"
# the two measures with this module's own rule (per="leases"); sc.estimate applies the same rule once the catalog
# keeps each rule's ``per`` (engine/registry.py load() rebuilds every StackingRule without it)
STACK = sc.Catalog([CAT[RENT], CAT[CITY]], daxing.STACKING, CAT.readings)
CATALOG_KEEPS_PER = all(r.per == "leases" for r in CAT.rules if r.id == "daxing_soe_rent_once")


def stacked(f: dict, **readings: Any) -> sc.Report:
    return run_catalog(STACK, sc.Firm.model_validate(f), sc.Assumptions(**readings))


def city_lease(use: str = "office", rent: str = "20000", **kw: Any) -> dict:
    """A lease from a 市属国有企业 (the city rule's, not 大兴's)."""
    return {"landlord": "city_soe", "use": use, "monthly_rent": rent, "premises_in_beijing": True, **kw}


def test_rule_is_per_lease() -> None:
    (rule,) = daxing.STACKING
    assert rule.per == "leases" and rule.measures == (RENT, CITY) and rule.keep == "highest"


def test_district_lease_and_city_lease_are_both_relieved() -> None:
    # lease 0, 大兴 区属国企, business, 30,000: DX-5 "免收 2 月份房租" (L5278-L5282): 100% × 30,000 = 30,000; the city
    #   rule (房山 L5656-L5660, "京内市及区属国有企业…免收 2月份房租") gives the same 30,000 → paid once, by 大兴 (listed
    #   first, equal amounts)
    # lease 1, 市属国企, office, 20,000: city "给予 2月份租金 50%的减免" (L5658-L5660): 50% × 20,000 = 10,000; 大兴's
    #   notice covers 区属 landlords only (L5270-L5272) → nothing there
    # total 30,000 + 10,000 = 40,000 — both levels paid, each on its own lease
    r = stacked(firm(lease(), city_lease()))
    d, c = r[RENT], r[CITY]
    assert (d.status, c.status) == ("eligible", "eligible")
    assert (d.amount, c.amount) == (Decimal("30000.00"), Decimal("10000.00"))
    assert list(d.parts) == ["leases.0"] and list(c.parts) == ["leases.1"]
    assert d.amount + c.amount == Decimal("40000.00")
    assert "leases.0: paid here" in d.stacking[0] and "leases.0: not added" in c.stacking[0]


def test_catalog_keeps_the_per_lease_rule() -> None:
    assert CATALOG_KEEPS_PER  # registry.load() keeps StackingRule.per


def test_estimate_relieves_each_lease_at_one_level() -> None:
    # the same firm through sc.estimate: 30,000 (大兴, lease 0) + 10,000 (city, lease 1)
    r = sc.estimate(firm(lease(), city_lease()))
    assert (r[RENT].amount, r[CITY].amount) == (Decimal("30000.00"), Decimal("10000.00"))


@pytest.mark.parametrize("use", ["business", "office"])
def test_a_single_district_lease_is_relieved_once(use: str) -> None:
    # one 大兴 区属国企 lease of 30,000: business 100% × 30,000 = 30,000 (L5278-L5282), office 50% × 30,000 = 15,000
    # (L5282-L5285); the city rule gives the same on it (L5656-L5660) → the higher (equal) is paid once, not twice
    expected = Decimal("30000.00") if use == "business" else Decimal("15000.00")
    for r in (stacked(firm(lease(use))), sc.estimate(firm(lease(use)))):
        assert r[RENT].status == r[CITY].status == "eligible"
        assert r[RENT].amount + r[CITY].amount == expected
        assert 0 in (r[RENT].amount, r[CITY].amount)


LEASE_KINDS = {
    "daxing": lambda use, rent: lease(use, rent),                               # both measures
    "city": lambda use, rent: city_lease(use, rent),                            # the city rule only
    "fengtai": lambda use, rent: lease(use, rent, landlord_district="fengtai"),  # another district's SOE: city only
    "private": lambda use, rent: lease(use, rent, landlord="private"),          # neither
}


def alone(mid: str, f: dict) -> Decimal:
    a = evaluate(CAT[mid], sc.Firm.model_validate(f), sc.Assumptions())
    return a.amount if a.status == "eligible" else Decimal(0)


@given(leases=st.lists(st.tuples(st.sampled_from(sorted(LEASE_KINDS)), st.sampled_from(["business", "office"]),
                                 st.integers(0, 10**6)), min_size=1, max_size=4),
       laid_off=st.booleans())
def test_total_is_the_higher_level_lease_by_lease(leases: list[tuple[str, str, int]], laid_off: bool) -> None:
    q = {"open_or_closed_per_rules": True, "no_layoffs": not laid_off}
    items = [LEASE_KINDS[k](use, str(rent)) for k, use, rent in leases]
    r = stacked(firm(*items, q=q))
    # what each measure alone pays on each lease (a firm with that lease only); whole yuan rents, so exact to the fen
    expected = sum((max(alone(RENT, firm(x, q=q)), alone(CITY, firm(x, q=q))) for x in items), Decimal(0))
    assert r[RENT].amount + r[CITY].amount == expected
    # no lease is paid by both measures
    assert not set(r[RENT].parts) & set(r[CITY].parts)


def test_firm_scope_reading_pays_one_level_for_the_whole_firm() -> None:
    # reading soe_rent_one_level_scope="firm" (海淀 L3482-L3484 / 东城 L2521-L2523 "企业只能选择其中一级进行申请"):
    # the same firm as above chooses one level: 大兴 30,000 (lease 0) vs city 30,000 + 10,000 = 40,000 (both
    # leases, L5656-L5660) → the city's 40,000 is paid, 大兴's award is not added; the awards name the reading
    r = sc.estimate(firm(lease(), city_lease()), {"soe_rent_one_level_scope": "firm"})
    assert (r[RENT].amount, r[CITY].amount) == (Decimal("0.00"), Decimal("40000.00"))
    assert r[RENT].readings["soe_rent_one_level_scope"] == "firm"
    assert "not added" in r[RENT].stacking[0]
    lease_scope = sc.estimate(firm(lease(), city_lease()))
    assert lease_scope[RENT].readings["soe_rent_one_level_scope"] == "lease"
    # lease scope: lease 0 once (30,000) + lease 1 by the city (10,000) = 40,000 — here the same total, paid by
    # both levels instead of by the city alone
    assert (lease_scope[RENT].amount, lease_scope[CITY].amount) == (Decimal("30000.00"), Decimal("10000.00"))
    assert lease_scope.total == r.total


# =====================================================================================================
# Issue 8 §1: a lease counts only for its own days in February 2020 (29 days; reading soe_rent_feb_partial_month)
# =====================================================================================================
@pytest.mark.parametrize(("kw", "use", "status", "amount"), [
    # DX-5 "免收 2 月份房租" (L5278-L5282) on a lease that ended 2020-02-10: 30,000 × 10/29 = 10,344.827… → 10,344.83
    ({"ends_on": "2020-02-10"}, "business", "eligible", "10344.83"),
    # "减收 2月份租金的 50%" (L5282-L5285): 50% × 30,000 × 10/29 = 5,172.413… → 5,172.41
    ({"ends_on": "2020-02-10"}, "office", "eligible", "5172.41"),
    # the edges of February: a lease ending on its first day (1/29: 1,034.482… → 1,034.48), or the day before it (0)
    ({"ends_on": "2020-02-01"}, "business", "eligible", "1034.48"),
    ({"ends_on": "2020-01-31"}, "business", "ineligible", "0.00"),
    # a lease starting on its last day (1/29), or the day after it (0); from 2020-02-15: 15/29 → 15,517.24
    ({"starts_on": "2020-02-29"}, "business", "eligible", "1034.48"),
    ({"starts_on": "2020-03-01"}, "business", "ineligible", "0.00"),
    ({"starts_on": "2020-02-15"}, "business", "eligible", "15517.24"),
    # in force the whole month: the whole February rent
    ({"starts_on": "2020-02-01", "ends_on": "2020-02-29"}, "business", "eligible", "30000.00"),
    ({"starts_on": "2019-03-01", "ends_on": "2021-02-28"}, "office", "eligible", "15000.00"),
    # 2020-02-02..2020-02-28: 27 of 29 days: 30,000 × 27/29 = 27,931.034… → 27,931.03
    ({"starts_on": "2020-02-02", "ends_on": "2020-02-28"}, "business", "eligible", "27931.03"),
])
def test_a_lease_counts_for_its_own_days_in_february(kw: dict, use: str, status: str, amount: str) -> None:
    a = run(firm(lease(use, **kw)))
    assert (a.status, a.amount) == (status, Decimal(amount)), (a.reasons, a.steps)


def test_a_lease_outside_february_says_so() -> None:
    a = run(firm(lease(ends_on="2020-01-31")))
    assert "✗ lease 0: the lease (ending 2020-01-31) is not in force in 2020-02-01..2020-02-29" in a.reasons
    # ruled out before its unknown facts: no rent known, no operating conditions known → still ineligible
    ls = {k: v for k, v in lease(ends_on="2020-01-31").items() if k != "monthly_rent"}
    a = run(firm(ls, q={}))
    assert a.status == "ineligible" and a.missing == []
    # beside a lease in force, it adds nothing: 30,000 + 0
    a = run(firm(lease(), lease(starts_on="2020-03-01")))
    assert a.amount == Decimal("30000.00") and list(a.parts) == ["leases.0"]


def test_reading_whole_month() -> None:
    # 'whole_month': any lease in force at some time in February counts its whole monthly rent; not one outside it
    assert run(firm(lease(ends_on="2020-02-10")), soe_rent_feb_partial_month="whole_month").amount == Decimal("30000.00")
    assert run(firm(lease(ends_on="2020-01-31")), soe_rent_feb_partial_month="whole_month").status == "ineligible"
    a = run(firm(lease(ends_on="2020-02-10")))
    assert a.readings["soe_rent_feb_partial_month"] == "prorate_days"


FEB = (date(2020, 2, 1), date(2020, 2, 29))
days_2020 = st.dates(min_value=date(2019, 12, 1), max_value=date(2020, 4, 30))


def _in_february(start: date | None, end: date | None) -> int:
    lo, hi = max(FEB[0], start or FEB[0]), min(FEB[1], end or FEB[1])
    return max(0, (hi - lo).days + 1)


@given(rent=st.decimals(min_value=0, max_value=10**6, places=2), use=st.sampled_from(["business", "office"]),
       start=st.none() | days_2020, end=st.none() | days_2020)
def test_exact_share_of_the_lease_days_in_february(rent: Decimal, use: str, start: date | None,
                                                   end: date | None) -> None:
    if start and end and end < start:
        start, end = end, start
    kw = {**({"starts_on": start.isoformat()} if start else {}), **({"ends_on": end.isoformat()} if end else {})}
    a = run(firm(lease(use, str(rent), **kw)))
    days = _in_february(start, end)
    share = Fraction(1) if use == "business" else Fraction(1, 2)
    # the amount is the exact rational share rounded half-up once (issue 8 §1b), and never more than the month's rent
    assert a.amount == round_fen(share * Fraction(rent) * Fraction(days, 29))
    assert a.amount <= rent
    if days == 0:  # wholly outside February: nothing, and ineligible as the only lease
        assert a.status == "ineligible"


@given(start=days_2020, length=st.integers(0, 60), cut=st.integers(0, 60), use=st.sampled_from(["business", "office"]))
def test_shortening_a_lease_never_raises_the_relief(start: date, length: int, cut: int, use: str) -> None:
    end = start + timedelta(days=length)
    shorter = start + timedelta(days=max(0, length - cut))
    whole = run(firm(lease(use, starts_on=start.isoformat(), ends_on=end.isoformat())))
    part = run(firm(lease(use, starts_on=start.isoformat(), ends_on=shorter.isoformat())))
    later = run(firm(lease(use, starts_on=(start + timedelta(days=min(cut, length))).isoformat(),
                           ends_on=end.isoformat())))
    assert part.amount <= whole.amount and later.amount <= whole.amount


@pytest.mark.parametrize(("ends_on", "total"), [
    # issue 8 §1: the lease ended 2020-02-10; 大兴 and the city rule both give 30,000 × 10/29 = 10,344.83; paid once
    ("2020-02-10", "10344.83"),
    # ended 2020-01-31: neither pays (before the fix 大兴 paid the whole 30,000 and the city rule's 0 was dropped)
    ("2020-01-31", "0.00"),
])
def test_one_level_on_a_lease_ending_in_february(ends_on: str, total: str) -> None:
    r = sc.estimate(firm(lease(ends_on=ends_on)))
    assert r[RENT].amount + r[CITY].amount == Decimal(total)
    assert r[RENT].amount == Decimal(total)  # listed first among equals


@pytest.mark.parametrize("key", ["landlord", "landlord_district", "use"])
def test_unknown_lease_facts(key: str) -> None:
    a = run(firm({k: v for k, v in lease().items() if k != key}))
    assert a.status == "undetermined" and a.missing == [f"leases.0.{key}"]


# -- survivors of a mutation run over _leases (the shared helpers) -----------------------------------------
def test_steps_of_a_whole_and_a_partial_lease() -> None:
    a = run(firm(lease()))
    assert a.steps == ["lease 0: relief, business use (免收 2 月份房租): 100% (share of the tier) × 30,000.00 "
                       "(rent of February 2020 for its own days) = 30,000.00"]  # one lease: no sum line
    a = run(firm(lease(ends_on="2020-02-10"), lease("office", "10000")))
    assert a.steps[:2] == [
        "lease 0: days in force in 2020-02-01..2020-02-29 (of 29): days of 2020-02-01..2020-02-10 inside "
        "2020-02-01..2020-02-29 = 10",
        "lease 0: rent of February 2020 for its own days: 30,000.00 × 10 (days in force in "
        "2020-02-01..2020-02-29) / 29 = 10,344.827586…"]
    assert a.steps[-2:] == ["sum over leases: 10,344.827586… + 5,000.00 = 15,344.827586…",
                            "rounded half-up to the fen: 15344.83"]
    assert a.effects["apply"].startswith("promptly to the SOE landlord")


@pytest.mark.parametrize(("q", "why"), [
    ({"open_or_closed_per_rules": False, "no_layoffs": True}, "did not stay open as required nor close under the rules"),
    ({"open_or_closed_per_rules": True, "no_layoffs": False}, "laid off staff (不裁员、少裁员 not met)"),
])
def test_failed_operating_condition_says_which(q: dict, why: str) -> None:
    a = run(firm(lease(), q=q))
    assert a.status == "ineligible" and f"✗ lease 0: production/business use: {why}" in a.reasons


def test_no_import_time_probing() -> None:
    # the shared readings are declared once (measures/_readings.py) and the stacking rule as data, unconditionally
    from subsidycalc.measures import _readings
    assert not hasattr(daxing, "READINGS")
    assert {"office_requires_no_layoff", "soe_rent_feb_partial_month"} <= {x.name for x in _readings.READINGS}
    assert [x.id for x in daxing.STACKING] == ["daxing_soe_rent_once"]


def test_a_lease_outside_the_month_is_relieved_on_nothing() -> None:
    a = run(firm(lease(ends_on="2020-01-31"), lease("office", "10000")))
    assert a.amount == Decimal("5000.00") and not any(x.startswith("lease 0:") for x in a.steps)
    assert "✗ lease 0: the lease (ending 2020-01-31) is not in force in 2020-02-01..2020-02-29" in a.reasons


@pytest.mark.parametrize(("kw", "days", "in_force"), [
    ({}, 29, True), ({"ends_on": "2020-02-10"}, 10, True), ({"starts_on": "2020-02-20"}, 10, True),
    ({"starts_on": "2020-02-10", "ends_on": "2020-02-10"}, 1, True), ({"ends_on": "2020-01-31"}, 0, False),
    ({"starts_on": "2020-03-01"}, 0, False), ({"starts_on": "2020-01-01", "ends_on": "2020-03-31"}, 29, True),
])
def test_named_lease_concepts(kw: dict, days: int, in_force: bool) -> None:
    # _leases.days_in and _leases.in_force on their own: a lease's own days in February 2020, open ends in force
    from subsidycalc.engine.rules import traced
    from subsidycalc.engine.rules.define import stage
    from subsidycalc.engine.rules.nodes import all_of
    from subsidycalc.measures import _leases

    seen: dict[str, Any] = {}

    def rule(r: Any) -> None:
        leases = r.items("leases")
        seen["days"] = r.step("days", _leases.days_in(leases, _leases.FEBRUARY_2020))
        seen["in"] = all_of(*(c for c, _ in _leases.in_force(leases, _leases.FEBRUARY_2020)))
        r.pay(leases.sum(seen["days"], where=seen["in"]))

    d = stage(CAT[RENT], sc.Assumptions(), rule)
    t = traced.evaluate(d, sc.Firm.model_validate(firm(lease(**kw))))
    assert t.ev.val(seen["days"]) == [days] and t.ev.val(seen["in"]) == [in_force]


def test_in_beijing_follows_from_the_premises_district() -> None:
    # 京内 (L5276 '位于北京市行政辖区内') is one fact set once: a lease whose district is given is in Beijing
    no_flag = {k: v for k, v in lease().items() if k != "premises_in_beijing"}
    given = run(firm(dict(no_flag, premises_district="daxing")))
    assert given.status == "eligible" and given.amount == run(firm(lease())).amount
    assert run(firm(no_flag)).missing == ["leases.0.premises_in_beijing"] or \
        "leases.0.premises_in_beijing" in run(firm(no_flag)).missing
    # a contradiction (a Beijing district, yet outside Beijing) follows the explicit flag: refused
    assert run(firm(dict(no_flag, premises_district="daxing", premises_in_beijing=False))).status == "ineligible"
