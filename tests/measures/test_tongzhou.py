"""通州区: 通政办发〔2020〕3号 (TZ-1, seed L4395-L4547) and the TZ-4 pension notice (L4624-L4710) — catalog 04 worked
examples with ERRATA_04_06 findings 16, 17, 20 and 25; the scope clause; readings; properties; information entries;
the road-occupation notice (TZ-2) as an alias of the city fee waiver.
"""

from __future__ import annotations

import calendar
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
from subsidycalc.engine import literals
from subsidycalc.engine.estimate import evaluate
from subsidycalc.engine.estimate import run as run_catalog
from subsidycalc.engine.money import round_fen
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


@pytest.mark.parametrize("mid", ALL)
def test_every_number_is_a_literal_of_its_sentence_or_a_convention(mid: str) -> None:
    # issue 8 §9: each declared number reads as the literal form it takes in its cite, or says why the text does not
    # write it
    for k, p in CAT[mid].params.items():
        if literals.is_numeric(p.value):
            assert (p.literal is None) != (p.convention is None), k
        if p.literal is not None:
            assert not literals.check(p.value, p.literal, normalize(p.cite), normalize), k


@pytest.mark.parametrize(("mid", "lines", "issued"), [
    (PRODUCER, "L4395", "2020年 2月 13日"),  # TZ-1: "1 2020年 2月 13日,通州区人民政府办公室,通政办发〔2020〕3号"
    (PENSION, "L4624", "2020年 2月 5日"),    # TZ-4: "4 2020年 2月 5日，通州区人力资源和社会保障局，"
])
def test_documents_are_dated_as_the_seed_dates_them(mid: str, lines: str, issued: str) -> None:
    doc = CAT[mid].sources[0].document
    assert doc is not None and issued in seed_excerpt(lines) and literals.reads_as(issued, doc.issued)


def test_scope_clause_is_registered_and_taxed_in_tongzhou() -> None:
    doc = CAT[NOTARY].sources[0].document
    assert doc is not None and doc.territory == "district_and_tax" and in_seed(doc.scope_quote or "")
    f = sme(force_majeure_notary_fees="1200")
    assert run(NOTARY, f).amount == Decimal("600.00")
    assert run(NOTARY, {**f, "district": "chaoyang"}).status == "ineligible"  # registered elsewhere
    assert run(NOTARY, {**f, "tax_district": "chaoyang"}).status == "ineligible"  # taxed elsewhere
    assert run(NOTARY, {**f, "size": "large"}).status == "ineligible"  # not 中小微
    assert run(NOTARY, {**f, "size": "large"}, tongzhou_sme_scope_clause=False).amount == Decimal("600.00")
    assert run(NOTARY, {**f, "size": "medium"}).amount == run(NOTARY, {**f, "size": "micro"}).amount == Decimal("600.00")
    a = run(NOTARY, {"district": "tongzhou", "force_majeure_notary_fees": "1200"})  # size unknown
    assert a.status == "undetermined" and a.missing == ["size"]
    assert run(NOTARY, {"district": "tongzhou", "force_majeure_notary_fees": "1200"},
               tongzhou_sme_scope_clause=False).amount == Decimal("600.00")


# ---------------------------------------------------------------------------------------------------------------
# （二） producer rent (L4435-L4439)
# ---------------------------------------------------------------------------------------------------------------
PRODUCER_Q = {"epidemic_supply_producer": True, "accepts_government_allocation": True,
              "tongzhou_epidemic_supply_producer_recognised": True}


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


def test_producer_rent_whole_award_deduction_under_the_firm_scope() -> None:
    # reading soe_rent_one_level_scope = "firm": the city relief of the whole firm (40,000 + 10,000) comes off the
    # producer subsidy, 80,000 − 50,000 = 30,000 (the default "lease" gives 40,000: see above)
    f = producer(tz_lease(), tz_lease("city_soe", "office", "20000"), q=OPEN_Q)
    r = stacked(f, tongzhou_producer_rent_months=2, soe_rent_one_level_scope="firm")
    assert (r[PRODUCER].amount, r[CITY].amount) == (Decimal("30000.00"), Decimal("50000.00"))
    assert r[PRODUCER].readings["soe_rent_one_level_scope"] == "firm"


def test_producer_rent_missing_facts() -> None:
    a = run(PRODUCER, sme(leases=[{"use": "business"}]))
    assert a.status == "undetermined"
    assert {"qualifications.epidemic_supply_producer", "qualifications.accepts_government_allocation",
            "qualifications.tongzhou_epidemic_supply_producer_recognised",
            "leases.0.premises_district", "leases.0.monthly_rent"} <= set(a.missing)
    a = run(PRODUCER, sme(qualifications=PRODUCER_Q))  # leases unknown
    assert a.status == "undetermined" and a.missing == ["leases"]
    lease = {"landlord": "private", "premises_district": "tongzhou", "monthly_rent": "40000"}  # use unknown
    a = run(PRODUCER, producer(lease))
    assert a.status == "undetermined" and a.missing == ["leases.0.use"]


@pytest.mark.parametrize(("recognised", "status"), [(True, "eligible"), (False, "ineligible"), (None, "undetermined")])
def test_producer_rent_needs_the_recognition(recognised: bool | None, status: str) -> None:
    # L4435-L4439 "……的防疫用品生产企业……，经认定后，给予房租全额费用补贴": the recognition by 区经济和信息化局 is a
    # condition (issue 8 §3), a fact of the profile: unknown → undetermined, false → ineligible
    q = {k: v for k, v in PRODUCER_Q.items() if k != "tongzhou_epidemic_supply_producer_recognised"}
    if recognised is not None:
        q["tongzhou_epidemic_supply_producer_recognised"] = recognised
    a = run(PRODUCER, producer(q=q), tongzhou_producer_rent_months=2)
    assert a.status == status
    if status == "eligible":
        assert a.amount == Decimal("80000.00")
    if status == "ineligible":
        assert "经认定" in a.reasons[-1]
    if status == "undetermined":
        assert a.missing == ["qualifications.tongzhou_epidemic_supply_producer_recognised"]


@pytest.mark.parametrize(("q", "leases"), [
    ({**PRODUCER_Q, "epidemic_supply_producer": False}, None),  # not a 防疫用品生产企业
    (PRODUCER_Q, [{"landlord": "private", "premises_district": "tongzhou", "use": "office", "monthly_rent": "1"}]),
    (PRODUCER_Q, []),  # rents nothing
])
def test_producer_rent_other_conditions(q: dict, leases: list | None) -> None:
    f = producer(q=q) if leases is None else {**producer(q=q), "leases": leases}
    assert run(PRODUCER, f, tongzhou_producer_rent_months=2).status == "ineligible"


# a lease counts only for the days of the covered months it runs (issue 8 §1): reading tongzhou_producer_rent_months
# = 2 covers February and March 2020 (the plan took effect on 2020-02-13: the months from February); rent 40,000
@pytest.mark.parametrize(("starts", "ends", "amount"), [
    (None, None, "80000.00"),                # 40,000 × 2
    (None, "2020-01-31", "0.00"),            # ended before February: wholly outside → 0
    (None, "2020-02-01", "1379.31"),         # 40,000 × 1/29 = 1,379.3103…
    (None, "2020-02-10", "13793.10"),        # 40,000 × 10/29 = 13,793.1034…
    (None, "2020-03-30", "78709.68"),        # 40,000 + 40,000 × 30/31 = 78,709.6774…
    (None, "2020-03-31", "80000.00"),        # runs to the end of March: both months whole
    ("2020-02-01", None, "80000.00"),        # from the first day of February: whole
    ("2020-02-02", None, "78620.69"),        # 40,000 × 28/29 + 40,000 = 78,620.6896…
    ("2020-03-31", None, "1290.32"),         # 40,000 × 1/31 = 1,290.3225…
    ("2020-04-01", None, "0.00"),            # starts after March: wholly outside → 0
    ("2020-02-10", "2020-02-10", "1379.31"),  # a one-day lease: 40,000 × 1/29
])
def test_producer_rent_covers_the_lease_period_only(starts: str | None, ends: str | None, amount: str) -> None:
    ls = {"landlord": "private", "premises_district": "tongzhou", "use": "business", "monthly_rent": "40000",
          **({"starts_on": starts} if starts else {}), **({"ends_on": ends} if ends else {})}
    a = run(PRODUCER, producer(ls), tongzhou_producer_rent_months=2)
    assert (a.status, a.amount) == ("eligible", Decimal(amount))
    # the explanation names the lease's own period and the days of each covered month it runs (the steps are
    # generated from the rule's values: docs/rules.md)
    window = "2020-02-01..2020-03-31"
    days = {"80000.00": None, "0.00": None, "1379.31": (1, 0), "13793.10": (10, 0), "78709.68": (29, 30),
            "78620.69": (28, 31), "1290.32": (0, 1)}[amount]
    step = next(x for x in a.steps if x.startswith("lease 0: rent subsidy: "))
    assert step.startswith("lease 0: rent subsidy: 100% × 40,000.00 × ") and f"(months of {window} covered)" in step
    if amount == "0.00":
        assert step.startswith("lease 0: rent subsidy: 100% × 40,000.00 × 0 (months")
        outside = (f"ends {ends}, before the covered months begin (2020-02-01)" if ends is not None else
                   f"starts {starts}, after the covered months end (2020-03-31)")
        assert f"✗ lease 0: {outside}: contributes 0" in a.reasons
    elif days is not None:
        runs = f"{starts or '2020-02-01'}..{ends or '2020-03-31'}"  # an absent end: still in force
        assert f"lease 0: the lease runs: {runs}" in a.steps
        feb, mar = days
        assert any(x.startswith(f"lease 0: months of {window} covered: {feb} (days of 2020-02 the lease runs) / 29 + "
                                f"{mar} (days of 2020-03 the lease runs) / 31 = ") for x in a.steps)
    else:
        assert step.startswith("lease 0: rent subsidy: 100% × 40,000.00 × 2 (months") and len(a.steps) == 1  # no sum over one lease


def test_producer_rent_months_reading_moves_the_window_end() -> None:
    # 1 month covers February only: a lease from 2020-03-01 gets nothing, one ending 2020-02-29 the whole month;
    # 3 months cover February to April: the March lease gets March and April, 2 × 40,000
    march = {"landlord": "private", "premises_district": "tongzhou", "use": "business", "monthly_rent": "40000",
             "starts_on": "2020-03-01"}
    assert run(PRODUCER, producer(march), tongzhou_producer_rent_months=1).amount == 0
    assert run(PRODUCER, producer(march), tongzhou_producer_rent_months=3).amount == Decimal("80000.00")
    feb = {**march, "starts_on": None, "ends_on": "2020-02-29"}
    assert run(PRODUCER, producer(feb), tongzhou_producer_rent_months=1).amount == Decimal("40000.00")
    assert run(PRODUCER, producer(feb), tongzhou_producer_rent_months=0).amount == 0  # 0 months: nothing


def _rent_due(rent: int, starts: date | None, ends: date | None, months: int) -> Fraction:
    """The rent of the lease over the first ``months`` calendar months from February 2020, day by day."""
    total = Fraction(0)
    y, m = 2020, 2
    for _ in range(months):
        days = calendar.monthrange(y, m)[1]
        first, last = date(y, m, 1), date(y, m, days)
        lo, hi = max(first, starts or first), min(last, ends or last)
        if hi >= lo:
            total += Fraction(rent) * Fraction((hi - lo).days + 1, days)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return total


LEASE_DAYS = st.dates(date(2019, 11, 1), date(2021, 6, 30))


@given(rent=st.integers(0, 10**7), months=st.integers(1, 14), starts=st.none() | LEASE_DAYS,
       ends=st.none() | LEASE_DAYS, cut=st.integers(0, 400))
def test_producer_rent_is_the_rent_of_the_days_the_lease_runs(rent: int, months: int, starts: date | None,
                                                               ends: date | None, cut: int) -> None:
    # issue 8 §1 and §1b: the amount is the lease's own rent over the covered months it runs, exact until the one
    # half-up rounding; wholly outside → 0; shortening the lease never raises it; never more than the rent of the
    # covered months
    if starts and ends and ends < starts:
        starts, ends = ends, starts

    def amount(s: date | None, e: date | None) -> Decimal:
        ls = {"landlord": "private", "premises_district": "tongzhou", "use": "business", "monthly_rent": str(rent),
              **({"starts_on": s.isoformat()} if s else {}), **({"ends_on": e.isoformat()} if e else {})}
        a = run(PRODUCER, producer(ls), tongzhou_producer_rent_months=months)
        assert a.status == "eligible"
        return a.amount

    due = _rent_due(rent, starts, ends, months)
    got = amount(starts, ends)
    assert got == round_fen(due)
    assert got <= rent * months
    window_end = date(2020, 2, 1) + timedelta(days=31 * months)  # beyond the last covered day
    if (ends is not None and ends < date(2020, 2, 1)) or (starts is not None and starts >= window_end):
        assert got == 0
    # shorten the lease: end it earlier (or start it later) by ``cut`` days
    last = ends or date(2021, 12, 31)
    shorter_end = max(starts or date(2019, 1, 1), last - timedelta(days=cut))
    assert amount(starts, shorter_end) <= got
    first = starts or date(2019, 1, 1)
    shorter_start = min(ends or date(2022, 12, 31), first + timedelta(days=cut))
    assert amount(shorter_start, ends) <= got


@given(st.integers(min_value=0, max_value=1_000_000), st.integers(min_value=0, max_value=12))
def test_producer_rent_is_the_rent_never_more(rent: int, months: int) -> None:
    ls = {"landlord": "private", "premises_district": "tongzhou", "use": "business", "monthly_rent": str(rent)}
    a = run(PRODUCER, producer(ls), tongzhou_producer_rent_months=months)
    assert a.amount == rent * months


# ---------------------------------------------------------------------------------------------------------------
# （三） outlet rent support, ratio cap 80% (L4444-L4448)
# ---------------------------------------------------------------------------------------------------------------
OUTLET_FIRM = sme(essential_outlet="public_catering", essential_outlet_rent="150000")
# the ratios granted to the outlet are facts of the firm (issue 9 §4: per-firm determinations), no longer readings
RATIOS = ("tongzhou_outlet_support_rate", "tongzhou_outlet_city_support_rate")


def run_outlet(firm: dict[str, Any], **given: Any) -> sc.Award:
    """（三） for ``firm``: ``given`` holds readings, and the ratios granted (RATIOS), which go into the profile."""
    f = {**firm, **{k: str(v) for k, v in given.items() if k in RATIOS and v is not None}}
    return run(OUTLET, f, **{k: v for k, v in given.items() if k not in RATIOS})


def test_outlet_ratios_are_facts_of_the_firm() -> None:
    # the old readings name the profile fields that replaced them
    for old, new in (("tongzhou_outlet_approved_rate", "tongzhou_outlet_support_rate"),
                     ("tongzhou_outlet_city_rate", "tongzhou_outlet_city_support_rate")):
        with pytest.raises(sc.ValidationError, match=new):
            sc.Assumptions(**{old: Decimal("0.6")})
    # two outlets of one portfolio, two ratios granted: 60% and 70% × 150,000 (whole support)
    a, b = (run_outlet(OUTLET_FIRM, tongzhou_outlet_support_rate=Decimal(x), tongzhou_outlet_award_basis="whole_support")
            for x in ("0.6", "0.7"))
    assert (a.amount, b.amount) == (Decimal("90000.00"), Decimal("105000.00"))


@pytest.mark.parametrize(("readings", "amount"), [
    # ex.1: approved at 60%, whole support: 0.60 × 150,000 = 90,000
    ({"tongzhou_outlet_support_rate": Decimal("0.6"), "tongzhou_outlet_award_basis": "whole_support"}, "90000.00"),
    # ex.2: asks 90% → capped at 80%: 0.80 × 150,000 = 120,000
    ({"tongzhou_outlet_support_rate": Decimal("0.9"), "tongzhou_outlet_award_basis": "whole_support"}, "120000.00"),
    # ex.2, reading A (default): (80% − city 70%) × 150,000 = 15,000
    ({"tongzhou_outlet_support_rate": Decimal("0.9"), "tongzhou_outlet_city_support_rate": Decimal("0.7")}, "15000.00"),
    # ratio at the city's: nothing for 通州 to add
    ({"tongzhou_outlet_support_rate": Decimal("0.5"), "tongzhou_outlet_city_support_rate": Decimal("0.7")}, "0.00"),
])
def test_outlet_examples(readings: dict, amount: str) -> None:
    a = run_outlet(OUTLET_FIRM, **readings)
    assert a.status == "eligible" and a.amount == Decimal(amount)


def test_outlet_default_unquantified_and_conditions() -> None:
    a = run_outlet(OUTLET_FIRM)
    assert a.status == "eligible" and a.amount == 0 and not a.quantified
    assert a.needs == ["tongzhou_outlet_support_rate", "tongzhou_outlet_city_support_rate"]
    assert all(any(x in r for r in a.reasons) for x in a.needs)
    # ex.3: a fashion boutique is not an essential-living outlet → 0
    assert run_outlet({**OUTLET_FIRM, "essential_outlet": "other"}).status == "ineligible"


@pytest.mark.parametrize("kind", ["public_catering", "community_vegetable_shop", "key_supermarket",
                                  "chain_convenience_store"])
def test_outlet_types_of_the_list(kind: str) -> None:
    # L4444-L4446 重点连锁餐饮(早餐)、菜店(生鲜超市)、便利店等网点: 0.60 × 150,000 = 90,000
    a = run_outlet({**OUTLET_FIRM, "essential_outlet": kind}, tongzhou_outlet_support_rate=Decimal("0.6"),
            tongzhou_outlet_award_basis="whole_support")
    assert a.amount == Decimal("90000.00")


@pytest.mark.parametrize(("readings", "high"), [
    # issue 8 §3: without a ratio the award is unquantified, and the text's cap bounds it: 80% × 150,000 = 120,000
    # (the city's ratio not given: nothing is known to come off)
    ({}, "120000.00"),
    ({"tongzhou_outlet_award_basis": "whole_support"}, "120000.00"),
    # (80% − city 70%) × 150,000 = 15,000
    ({"tongzhou_outlet_city_support_rate": Decimal("0.7")}, "15000.00"),
    # the ratio granted but not the city's: (60% − 0) × 150,000 = 90,000 at most
    ({"tongzhou_outlet_support_rate": Decimal("0.6")}, "90000.00"),
    # a city ratio at or above the cap leaves nothing for 通州
    ({"tongzhou_outlet_city_support_rate": Decimal("0.8")}, "0.00"),
])
def test_outlet_cap_bounds_high_when_the_ratio_is_not_given(readings: dict, high: str) -> None:
    a = run_outlet(OUTLET_FIRM, **readings)
    assert (a.status, a.quantified, a.amount, a.low, a.high) == ("eligible", False, 0, 0, Decimal(high))


@pytest.mark.parametrize(("rate", "amount"), [
    ("0.79", "118500.00"),  # 79% × 150,000
    ("0.80", "120000.00"),  # at the cap (支持比例上限提高至 80%)
    ("0.81", "120000.00"),  # above: cut to 80%
])
def test_outlet_cap_edge(rate: str, amount: str) -> None:
    a = run_outlet(OUTLET_FIRM, tongzhou_outlet_support_rate=Decimal(rate), tongzhou_outlet_award_basis="whole_support")
    assert (a.amount, a.low, a.high, a.quantified) == (Decimal(amount), Decimal(amount), Decimal(amount), True)


@pytest.mark.parametrize(("firm", "path"), [
    ({k: v for k, v in OUTLET_FIRM.items() if k != "essential_outlet"}, "essential_outlet"),
    ({k: v for k, v in OUTLET_FIRM.items() if k != "essential_outlet_rent"}, "essential_outlet_rent"),
])
@pytest.mark.parametrize("readings", [{}, {"tongzhou_outlet_support_rate": Decimal("0.6"),
                                           "tongzhou_outlet_award_basis": "whole_support"}])
def test_outlet_unknown_facts_leave_it_undetermined(firm: dict, path: str, readings: dict) -> None:
    # the kind of outlet, and the rent the cap applies to, are needed whether or not a ratio is supplied
    a = run_outlet(firm, **readings)
    assert a.status == "undetermined" and a.missing == [path]


# a ratio is a decimal fraction below 1 (a profile Rate): 81%..99% are above the cap
@given(st.none() | st.decimals(min_value=0, max_value="0.99", places=2), st.none() | st.decimals(0, "0.99", places=2),
       st.sampled_from(["district_increment", "whole_support"]), st.integers(min_value=0, max_value=5_000_000))
def test_outlet_never_above_80_percent(rate: Decimal | None, city: Decimal | None, basis: str, rent: int) -> None:
    f = {**OUTLET_FIRM, "essential_outlet_rent": str(rent)}
    a = run_outlet(f, tongzhou_outlet_support_rate=rate, tongzhou_outlet_city_support_rate=city,
            tongzhou_outlet_award_basis=basis)
    assert a.status == "eligible"
    assert 0 <= a.low <= a.amount <= a.high <= round_fen(Fraction(4, 5) * rent)
    assert a.quantified == (rate is not None and (city is not None or basis == "whole_support"))


# ---------------------------------------------------------------------------------------------------------------
# （七） commute: 最高 100元/人 (L4478-L4484)
# ---------------------------------------------------------------------------------------------------------------
def builder(resumed: str = "2020-02-18", heads: int = 120, **kw: Any) -> dict:
    return sme(restart={"key_construction_project": True, "applied_on": "2020-02-10", "resumed_on": resumed,
                        "labour_headcount": heads, "tongzhou_commute_recognised": True, **kw},
               qualifications={"epidemic_or_necessities_supplier": False})


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
    soft = sme(restart={"key_construction_project": False, "chartered_buses": True, "labour_headcount": 50,
                        "tongzhou_commute_recognised": True},
               qualifications={"epidemic_or_necessities_supplier": False})
    assert run(COMMUTE, soft).status == "ineligible"
    # G1: a supplier using chartered buses: 50 × 100 = 5,000
    g1 = sme(restart={"chartered_buses": True, "labour_headcount": 50, "tongzhou_commute_recognised": True},
             qualifications={"epidemic_or_necessities_supplier": True})
    assert run(COMMUTE, g1).amount == Decimal("5000.00")


@pytest.mark.parametrize(("recognised", "status"), [(True, "eligible"), (False, "ineligible"), (None, "undetermined")])
def test_commute_needs_the_recognition(recognised: bool | None, status: str) -> None:
    # L4482-L4484 "……的重点工程建设企业，经认定后，按劳务用工人数最高给予 100元/人的一次性补助" (issue 8 §3)
    f = builder()
    if recognised is None:
        del f["restart"]["tongzhou_commute_recognised"]
    else:
        f["restart"]["tongzhou_commute_recognised"] = recognised
    a = run(COMMUTE, f)
    assert a.status == status
    if status == "eligible":
        assert a.amount == Decimal("12000.00")
    if status == "ineligible":
        assert "经认定" in a.reasons[-1]
    if status == "undetermined":
        assert a.missing == ["restart.tongzhou_commute_recognised"]


@pytest.mark.parametrize(("cost", "amount"), [
    ("99", "11880.00"),   # 120 × 99
    ("100", "12000.00"),  # 120 × 100, at the per-head cap
    ("101", "12000.00"),  # 120 × min(100, 101)
    ("99.99", "11998.80"),  # 120 × 99.99 = 11,998.80 (exact)
])
def test_commute_actual_cost_edge(cost: str, amount: str) -> None:
    a = run(COMMUTE, builder(charter_cost_per_head=cost), tongzhou_commute_per_head_rule="actual_cost")
    assert a.amount == Decimal(amount)


def test_commute_zero_headcount_and_missing_cost() -> None:
    a = run(COMMUTE, builder(heads=0), tongzhou_commute_per_head_rule="fixed")
    assert (a.status, a.amount, a.high) == ("eligible", 0, 0)
    a = run(COMMUTE, builder(), tongzhou_commute_per_head_rule="actual_cost")
    assert a.status == "undetermined" and a.missing == ["restart.charter_cost_per_head"]
    # a supply firm (G1) whose use of chartered buses is unknown, and no key construction firm: undetermined
    g1 = sme(restart={"key_construction_project": False, "labour_headcount": 50, "tongzhou_commute_recognised": True},
             qualifications={"epidemic_or_necessities_supplier": True})
    a = run(COMMUTE, g1)
    assert a.status == "undetermined" and a.missing == ["restart.chartered_buses"]
    # a key construction firm that resumed in February is in G2 whatever G1 says
    g2 = builder(chartered_buses=False)
    g2["qualifications"] = {"epidemic_or_necessities_supplier": True}
    assert run(COMMUTE, g2).amount == Decimal("12000.00")


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
    assert run(COMMUTE, builder(applied_on=None), tongzhou_commute_resumption_window_applies_to="both").missing == [
        "restart.applied_on"]
    assert run(COMMUTE, builder(chartered_buses=True), tongzhou_commute_g2_requires_charter=True).status == "eligible"
    assert run(COMMUTE, builder(), tongzhou_commute_g2_requires_charter=True).missing == ["restart.chartered_buses"]


@pytest.mark.parametrize("day", ["2020-01-31", "2020-02-01", "2020-02-29", "2020-03-01"])
def test_commute_application_window_edges_under_both(day: str) -> None:
    # reading 'both': the application too falls in 2月 1日至 2月底 (resumed 2020-02-29, inside)
    a = run(COMMUTE, builder("2020-02-29", applied_on=day), tongzhou_commute_resumption_window_applies_to="both")
    assert a.status == ("eligible" if "2020-02-01" <= day <= "2020-02-29" else "ineligible")
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


@pytest.mark.parametrize(("granted", "end", "status"), [
    ("2020-12-31", None, "eligible"),      # the default end of the epidemic period, 2020-12-31, included
    ("2021-01-01", None, "ineligible"),    # the day after
    ("2020-06-30", "2020-06-30", "eligible"),
    ("2020-07-01", "2020-06-30", "ineligible"),
    ("2020-02-13", "2020-02-12", "ineligible"),  # an epidemic period ending before the plan: nothing, no error
])
def test_guarantee_window_end(granted: str, end: str | None, status: str) -> None:
    readings = {} if end is None else {"epidemic_period_end": date.fromisoformat(end)}
    a = run(GUARANTEE, guarantor(guarantee(granted_on=granted)), **readings)
    assert a.status == status
    if status == "eligible":
        assert a.amount == Decimal("25000.00")


@pytest.mark.parametrize(("rate", "term", "base", "amount", "principal"), [
    # a 6-month guarantee: fee 1% × 5,000,000 × 6/12 = 25,000; B 0.5% × 25,000 = 125
    ("0.01", 6, "fee", "125.00", "5000000"),
    # 0.4% for 6 months: fee 0.4% × 5,000,000 × 6/12 = 10,000; C = min(A 25,000, fee 10,000) = 10,000 (capped at the
    # fee actually charged, the catalog's reading C)
    ("0.004", 6, "capped_at_fee", "10000.00", "5000000"),
    # 0.4% for 24 months: fee 40,000; C = min(25,000, 40,000) = 25,000
    ("0.004", 24, "capped_at_fee", "25000.00", "5000000"),
    # A does not depend on the term
    ("0.004", 6, "principal", "25000.00", "5000000"),
    # 7 months at 1% on 100,000: fee = 1% × 100,000 × 7/12 = 583.333…; B = 0.5% × fee = 2.91666… → 2.92 (exact: the
    # quotient is a fraction, not a 28-digit decimal)
    ("0.01", 7, "fee", "2.92", "100000"),
    # half a fen: A 0.5% × 1 = 0.005 → 0.01 half-up
    ("0.01", 12, "principal", "0.01", "1"),
])
def test_guarantee_term(rate: str, term: int, base: str, amount: str, principal: str) -> None:
    g = guarantee(rate, term_months=term, amount=principal)
    a = run(GUARANTEE, guarantor(g), tongzhou_guarantee_compensation_base=base)
    assert a.amount == Decimal(amount)


def test_guarantee_needs_a_reduced_rate() -> None:
    # L4517-L4519 "支持……融资担保公司落实降低费率政策": a guarantee whose rate was not cut does not count
    assert run(GUARANTEE, guarantor(guarantee(original_rate="0.02"))).amount == Decimal("25000.00")
    assert run(GUARANTEE, guarantor(guarantee(original_rate="0.01"))).status == "ineligible"  # not below: 1% = 1%
    assert run(GUARANTEE, guarantor(guarantee(original_rate="0.0101"))).status == "eligible"


def test_guarantee_missing_facts() -> None:
    a = run(GUARANTEE, {"industry": "finance", "guarantor": {"discounted_guarantees": [guarantee()]}})
    assert a.status == "undetermined" and a.missing == ["district"]
    a = run(GUARANTEE, {"district": "tongzhou", "guarantor": {}})
    assert a.status == "undetermined" and a.missing == ["guarantor.discounted_guarantees"]
    assert run(GUARANTEE, guarantor()).status == "ineligible"  # none at reduced rates
    # a large borrower, severely affected: group (a) needs an SME (为受疫情影响严重的中小微企业, L4519-L4520); under the
    # scope clause (L4543-L4547, reading tongzhou_sme_scope_clause, default) group (b) needs an SME too, so nothing can
    # make the guarantee count and its supply role is not asked → ineligible (bug fix, phase 2: the calculator asked
    # for borrower_supply_firm, a fact that could not change the outcome); without the scope clause group (b) is open
    # to it: undetermined on that fact
    big = guarantee(borrower_size="large")
    assert run(GUARANTEE, guarantor(big)).status == "ineligible"
    a = run(GUARANTEE, guarantor(big), tongzhou_sme_scope_clause=False)
    assert a.status == "undetermined" and a.missing == ["guarantor.discounted_guarantees.0.borrower_supply_firm"]
    # a large borrower whose severity is unknown, supply role unknown, no scope clause: only the supply role can decide
    a = run(GUARANTEE, guarantor(guarantee(borrower_size="large", borrower_severely_affected=None)),
            tongzhou_sme_scope_clause=False)
    assert a.status == "undetermined" and a.missing == ["guarantor.discounted_guarantees.0.borrower_supply_firm"]
    # an SME whose severity is unknown, not a supply firm
    a = run(GUARANTEE, guarantor(guarantee(borrower_severely_affected=None, borrower_supply_firm=False)))
    assert a.status == "undetermined"
    assert a.missing == ["guarantor.discounted_guarantees.0.borrower_severely_affected"]
    # an SME supply firm qualifies whatever its severity
    assert run(GUARANTEE, guarantor(guarantee(borrower_severely_affected=False, borrower_supply_firm=True))).amount \
        == Decimal("25000.00")


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


@given(st.decimals(min_value=0, max_value=100_000_000, places=2), st.decimals(min_value=0, max_value="0.05", places=4),
       st.integers(0, 60), st.integers(0, 60))
def test_guarantee_bounds(amount: Decimal, rate: Decimal, term: int, shorter: int) -> None:
    # §1b: each reading is the exact amount rounded once; §1: readings B and C never pay more than the fee charged
    # over the guarantee's own term, and a shorter term never pays more
    fee = Fraction(rate) * Fraction(amount) * Fraction(term, 12)
    exact = {"principal": Fraction("0.005") * Fraction(amount), "fee": Fraction("0.005") * fee,
             "capped_at_fee": min(Fraction("0.005") * Fraction(amount), fee)}
    g = guarantee(str(rate), amount=str(amount), term_months=term)
    short = {**g, "term_months": min(term, shorter)}
    for base, want in exact.items():
        a = run(GUARANTEE, guarantor(g), tongzhou_guarantee_compensation_base=base)
        assert a.amount == round_fen(want)
        assert 0 <= a.low <= a.amount <= a.high <= round_fen(Fraction("0.005") * Fraction(amount))
        if base != "principal":
            assert a.amount <= round_fen(fee)
        assert run(GUARANTEE, guarantor(short), tongzhou_guarantee_compensation_base=base).amount <= a.amount


# ---------------------------------------------------------------------------------------------------------------
# （十二） notary fees −50% (L4537-L4541); （五） HR agencies (L4462-L4466)
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("fee", "amount"), [("1200", "600.00"), ("20000", "10000.00")])  # ex.1, ex.2 (no cap)
def test_notary_examples(fee: str, amount: str) -> None:
    assert run(NOTARY, sme(force_majeure_notary_fees=fee)).amount == Decimal(amount)


def test_notary_none_and_missing() -> None:
    assert run(NOTARY, sme(force_majeure_notary_fees="0")).status == "ineligible"
    assert run(NOTARY, sme()).missing == ["force_majeure_notary_fees"]
    # half a fen: 50% × 0.01 = 0.005 → 0.01 half-up, rounded once
    assert run(NOTARY, sme(force_majeure_notary_fees="0.01")).amount == Decimal("0.01")


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
    # nothing waived or discounted: no subsidy
    zero = {"hr_agency": {"tongzhou_hr_park": True, "fees_waived_for_local_firms": "0"}}
    assert run(HR, zero, tongzhou_hr_agency_subsidy_rate=Decimal("0.5")).status == "ineligible"
    # exact: 33.3% × 0.05 = 0.01665 → 0.02 half-up
    tiny = {"hr_agency": {"tongzhou_hr_park": True, "fees_waived_for_local_firms": "0.05"}}
    assert run(HR, tiny, tongzhou_hr_agency_subsidy_rate=Decimal("0.333")).amount == Decimal("0.02")


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


# ---------------------------------------------------------------------------------------------------------------
# named concepts of the rules, evaluated on their own (docs/rules.md, "Testing a measure")
# ---------------------------------------------------------------------------------------------------------------
def concept(mid: str, name: str, firm: dict[str, Any], **readings: Any) -> Any:
    from subsidycalc.engine.rules import traced

    d = CAT[mid].definition(sc.Assumptions(**readings))
    node = next(n for n in d.nodes if n.name == name)
    return traced.run(d, sc.Firm.model_validate(firm)).env[node.idx]


def test_producer_months_covered_is_the_days_each_lease_runs() -> None:
    # （二） with 2 months covered (February and March 2020, L4435-L4439 from the plan's 2020-02-13): per lease, the
    # share of each month it runs — whole; from 2020-02-02 (28/29 + 1); until 2020-02-10 (10/29); before February (0)
    def lease(**dates: str) -> dict:
        return {"landlord": "private", "premises_district": "tongzhou", "use": "business", "monthly_rent": "40000",
                **dates}
    f = producer(lease(), lease(starts_on="2020-02-02"), lease(ends_on="2020-02-10"), lease(ends_on="2020-01-31"))
    covered = concept(PRODUCER, "months of 2020-02-01..2020-03-31 covered", f, tongzhou_producer_rent_months=2)
    assert covered == [2, Fraction(28, 29) + 1, Fraction(10, 29), 0]


def test_guarantee_fee_charged_is_the_annual_rate_over_the_term() -> None:
    # （十） L4517-L4521: the fee charged = discounted rate × principal × term / 12 (1% × 100,000 × 7/12 = 583.33…)
    f = guarantor(guarantee("0.01", term_months=7, amount="100000"), guarantee("0.004", term_months=24))
    assert concept(GUARANTEE, "fee charged", f) == [Fraction(1750, 3), Fraction(40000)]
