"""石景山区 (石政发〔2020〕3号, seed L4712-L4854): worked examples of catalog 05 (ERRATA_04_06 found no error in these
entries), the text's invariants as hypothesis properties, and every reading. Seed lines are cited per row; the
arithmetic is done by hand in the comments.
"""

from __future__ import annotations

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
from subsidycalc.engine.periods import Window, add_months, month_of, overlap_days
from subsidycalc.engine.sources import cite_in_seed, in_seed
from subsidycalc.measures import shijingshan

CAT = sc.catalog()
IDS = ["shijingshan.soe_collective_rent_reduction", "shijingshan.landlord_rent_reduction_support",
       "shijingshan.loan_interest_subsidy", "shijingshan.guarantee_fee_waiver",
       "shijingshan.frontline_staff_post_subsidy"]
RENT, SUPPORT, LOAN, GUAR, POST = IDS


def run(mid: str, firm: dict[str, Any], **readings: Any) -> sc.Award:
    return evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


TENANT = {"district": "shijingshan", "size": "small", "qualifications": {"fits_district_positioning": True}}


def lease(landlord: str = "district_soe", d: str = "shijingshan", rent: str = "20000", use: str = "office") -> dict:
    return {"landlord": landlord, "landlord_district": d, "use": use, "monthly_rent": rent}


def tenant(**kw: Any) -> dict[str, Any]:
    return {**TENANT, "leases": [lease(**kw)]}


def half_up(x: Fraction) -> Decimal:
    """An exact rational rounded half-up to the fen, computed independently of the library's round_fen."""
    cents = x * 100
    floor = cents.numerator // cents.denominator
    return Decimal(floor + (1 if cents - floor >= Fraction(1, 2) else 0)).scaleb(-2)


# =====================================================================================================
# Sources: every number and quote is seed text
# =====================================================================================================
@pytest.mark.parametrize("mid", IDS)
def test_cites_and_quotes_are_seed_text(mid: str) -> None:
    m = CAT[mid]
    assert m.district == "shijingshan" and m.sources[0].lines.startswith("L4")
    for s in m.sources:
        assert in_seed(s.quote), s.quote
    for k, p in m.params.items():
        assert cite_in_seed(p.cite), (k, p.cite)


# =====================================================================================================
# shijingshan.soe_collective_rent_reduction — L4765-L4769 "免收一个月房租，后续按 50%给予租金优惠"
# =====================================================================================================
@pytest.mark.parametrize(("firm", "end", "status", "amount"), [
    # ex.1 (L4765-L4769): Feb free 20,000 + 50% × 20,000 × 2 (Mar, Apr) = 40,000
    (tenant(), date(2020, 4, 30), "eligible", "40000.00"),
    # ex.2: the period covers only February: 20,000 + 0 = 20,000
    (tenant(), date(2020, 2, 29), "eligible", "20000.00"),
    # ex.2: to 2020-03-31: 20,000 + 10,000 = 30,000
    (tenant(), date(2020, 3, 31), "eligible", "30000.00"),
    # default end of 疫情防控期间 2020-12-31: 20,000 + 50% × 20,000 × 10 (Mar..Dec) = 120,000
    (tenant(), date(2020, 12, 31), "eligible", "120000.00"),
    # a collective-economy landlord of 石景山 counts (区属国有企业和集体经济企业): same 40,000
    (tenant(landlord="collective"), date(2020, 4, 30), "eligible", "40000.00"),
    # ex.3: a private landlord → 0 under item 3
    (tenant(landlord="private"), date(2020, 4, 30), "ineligible", "0.00"),
    # a 海淀 district SOE is not 区属 (石景山)
    (tenant(d="haidian"), date(2020, 4, 30), "ineligible", "0.00"),
    # ex.3: not recognised as fitting the district's positioning
    ({**tenant(), "qualifications": {"fits_district_positioning": False}}, date(2020, 4, 30), "ineligible", "0.00"),
    # ex.3: a large firm
    ({**tenant(), "size": "large"}, date(2020, 4, 30), "ineligible", "0.00"),
])
def test_rent_worked_examples(firm: dict, end: date, status: str, amount: str) -> None:
    a = run(RENT, firm, epidemic_period_end=end)
    assert (a.status, a.amount) == (status, Decimal(amount))


def test_rent_two_leases_add_up() -> None:
    # 20,000 + 10,000 + (10,000 + 5,000) = 45,000 to 2020-03-31
    firm = {**TENANT, "leases": [lease(), lease(landlord="collective", rent="10000")]}
    assert run(RENT, firm, epidemic_period_end=date(2020, 3, 31)).amount == Decimal("45000.00")


@given(rent=st.integers(0, 10**7), end=st.dates(date(2020, 2, 1), date(2021, 12, 31)))
def test_rent_formula_and_bounds(rent: int, end: date) -> None:
    a = run(RENT, tenant(rent=str(rent)), epidemic_period_end=end)
    later = (end.year - 2020) * 12 + end.month - 2  # months after February that begin on or before the end
    assert a.amount == Decimal(rent) + Decimal("0.5") * rent * later
    assert a.amount >= 0


@given(e1=st.dates(date(2020, 2, 1), date(2021, 6, 30)), e2=st.dates(date(2020, 2, 1), date(2021, 6, 30)))
def test_rent_monotone_in_the_end_of_the_period(e1: date, e2: date) -> None:
    lo, hi = sorted((e1, e2))
    assert run(RENT, tenant(), epidemic_period_end=lo).amount <= run(RENT, tenant(), epidemic_period_end=hi).amount


def test_rent_zero_when_the_period_ends_before_the_free_month() -> None:
    assert run(RENT, tenant(), epidemic_period_end=date(2020, 1, 31)).status == "ineligible"


@pytest.mark.parametrize(("firm", "path"), [
    ({k: v for k, v in TENANT.items()}, "leases"),
    ({**TENANT, "leases": [{"landlord": "district_soe", "landlord_district": "shijingshan"}]}, "leases.0.monthly_rent"),
    ({**tenant(), "qualifications": {}}, "qualifications.fits_district_positioning"),
    ({**tenant(), "size": None}, "size"),
])
def test_rent_missing_facts(firm: dict, path: str) -> None:
    firm = {k: v for k, v in firm.items() if v is not None}
    a = run(RENT, firm)
    assert a.status == "undetermined" and path in a.missing


def test_reading_rent_free_month() -> None:
    # free month March: 20,000 + 50% × 20,000 × 1 (April) = 30,000 to 2020-04-30 (default February: 40,000)
    a = run(RENT, tenant(), epidemic_period_end=date(2020, 4, 30), shijingshan_rent_free_month=date(2020, 3, 15))
    assert a.amount == Decimal("30000.00")


def test_reading_rent_collective_scope() -> None:
    # a collective of 海淀: not 区属 by default; counted when 区属 qualifies only the SOEs
    firm = tenant(landlord="collective", d="haidian")
    assert run(RENT, firm).status == "ineligible"
    assert run(RENT, firm, shijingshan_rent_collective_scope="any",
               epidemic_period_end=date(2020, 2, 29)).amount == Decimal("20000.00")


def test_reading_local_firm_test() -> None:
    firm = {**tenant(), "tax_district": "haidian"}
    assert run(RENT, firm).status == "eligible"
    assert run(RENT, firm, shijingshan_local_firm_test="registered_and_tax").status == "ineligible"


def test_other_district_firms_are_ineligible() -> None:
    assert run(RENT, {**tenant(), "district": "haidian"}).status == "ineligible"


def dated(rent: str = "20000", **period: str) -> dict[str, Any]:
    return {**TENANT, "leases": [{**lease(rent=rent), **period}]}


@pytest.mark.parametrize(("firm", "readings", "status", "amount"), [
    # issue 8 §1 (L4765-L4769 "免收一个月房租，后续按 50%给予租金优惠"): a lease of 18,000 that ended 2020-03-31 is relieved
    # for February and March only: 18,000 + 50% × 18,000 = 27,000 (it was paid March to December: 108,000)
    (dated("18000", ends_on="2020-03-31"), {}, "eligible", "27000.00"),
    # a lease from 2020-06-01 of 20,000: no free month (February is before it), 50% × 20,000 × 7 (June..December)
    # = 70,000 (it was paid 120,000, as if leased since February)
    (dated(starts_on="2020-06-01"), {}, "eligible", "70000.00"),
    # reading shijingshan_rent_free_month_per_lease: its own first month (June) free: 20,000 + 50% × 20,000 × 6 = 80,000
    (dated(starts_on="2020-06-01"), {"shijingshan_rent_free_month_per_lease": True}, "eligible", "80000.00"),
    # from 2020-06-16 (15 of June's 30 days): 50% × 20,000 × (15/30 + 6) = 65,000; per lease: its first month
    # 2020-06-16..2020-07-15 free (20,000), then 50% × 20,000 × (16/31 of July + 5) = 55,161.290322… → 75,161.29
    (dated(starts_on="2020-06-16"), {}, "eligible", "65000.00"),
    (dated(starts_on="2020-06-16"), {"shijingshan_rent_free_month_per_lease": True}, "eligible", "75161.29"),
    # from 2020-02-20: 20,000 × 10/29 free + 50% × 20,000 × 10 = 106,896.551724… → 106,896.55; per lease:
    # 2020-02-20..2020-03-19 free (20,000) + 50% × 20,000 × (12/31 of March + 9) = 93,870.967741… → 113,870.97
    (dated(starts_on="2020-02-20"), {}, "eligible", "106896.55"),
    (dated(starts_on="2020-02-20"), {"shijingshan_rent_free_month_per_lease": True}, "eligible", "113870.97"),
    # a lease that began before February keeps the February free month under the per-lease reading: 120,000
    (dated(starts_on="2019-06-01"), {"shijingshan_rent_free_month_per_lease": True}, "eligible", "120000.00"),
    # ended 2020-01-31: not leased in any relieved month → 0
    (dated(ends_on="2020-01-31"), {}, "ineligible", "0.00"),
    # ended 2020-02-01: 20,000 × 1/29 = 689.655172… → 689.66
    (dated(ends_on="2020-02-01"), {}, "eligible", "689.66"),
    # 2020-02-15..2020-03-10: 20,000 × 15/29 + 50% × 20,000 × 10/31 = 10,344.827586… + 3,225.806451… = 13,570.63
    (dated(starts_on="2020-02-15", ends_on="2020-03-10"), {}, "eligible", "13570.63"),
    # begins 2020-05-01, after 疫情防控期间 read as ending 2020-04-30 → 0 (also under the per-lease reading)
    (dated(starts_on="2020-05-01"), {"epidemic_period_end": date(2020, 4, 30)}, "ineligible", "0.00"),
    (dated(starts_on="2020-05-01"), {"epidemic_period_end": date(2020, 4, 30),
                                     "shijingshan_rent_free_month_per_lease": True}, "ineligible", "0.00"),
])
def test_rent_counts_only_the_lease_period(firm: dict, readings: dict, status: str, amount: str) -> None:
    a = run(RENT, firm, **readings)
    assert (a.status, a.amount) == (status, Decimal(amount))


@pytest.mark.parametrize(("end", "amount"), [
    # a rent month counts when it begins on or before the end of 疫情防控期间: to 2020-03-31: 20,000 + 10,000 = 30,000;
    # to 2020-04-01: April counts: 40,000; to 2020-04-30: 40,000
    (date(2020, 3, 31), "30000.00"), (date(2020, 4, 1), "40000.00"), (date(2020, 4, 30), "40000.00"),
    # the free month alone: to 2020-02-01 (its first day): 20,000
    (date(2020, 2, 1), "20000.00"),
])
def test_rent_period_end_edges(end: date, amount: str) -> None:
    assert run(RENT, tenant(), epidemic_period_end=end).amount == Decimal(amount)


def _relieved_months(period: dict[str, str], end: date) -> tuple[Fraction, Fraction]:
    """(free, later) months of a lease, counted day by day (independently of the library's month helpers): February
    2020 free; later months to the month of ``end``."""
    start = date.fromisoformat(period["starts_on"]) if "starts_on" in period else date.min
    stop = date.fromisoformat(period["ends_on"]) if "ends_on" in period else date.max

    def share(first: date) -> Fraction:
        m = month_of(first)
        leased = sum(1 for j in range(m.days()) if start <= m.start + timedelta(days=j) <= stop)
        return Fraction(leased, m.days())
    later, m = Fraction(0), date(2020, 3, 1)
    while m <= end:
        later += share(m)
        m = add_months(m, 1)
    return share(date(2020, 2, 1)), later


LEASE_DAY = st.dates(date(2019, 12, 1), date(2021, 3, 31))


@given(rent=st.integers(0, 10**6), a=st.one_of(st.none(), LEASE_DAY), b=st.one_of(st.none(), LEASE_DAY),
       end=st.dates(date(2020, 2, 1), date(2021, 1, 31)), cut=st.integers(1, 200))
def test_rent_lease_period_properties(rent: int, a: date | None, b: date | None, end: date, cut: int) -> None:
    # issue 8 §1: rent × (free month share) + 50% × rent × (later months' shares), the shares the lease's own days;
    # a lease wholly outside the relieved months contributes 0; shortening never raises; never more than the rent of
    # the months covered
    if a is not None and b is not None and b < a:
        a, b = b, a
    period = {**({"starts_on": a.isoformat()} if a else {}), **({"ends_on": b.isoformat()} if b else {})}
    got = run(RENT, dated(str(rent), **period), epidemic_period_end=end)
    free, later = _relieved_months(period, end)
    assert got.amount == half_up(rent * free + Fraction(1, 2) * rent * later)
    assert got.amount <= half_up(rent * (free + later))
    if free + later == 0:
        assert got.status == "ineligible" and got.amount == 0
    if b is not None and (a is None or b - timedelta(days=cut) >= a):
        shorter = {**period, "ends_on": (b - timedelta(days=cut)).isoformat()}
        assert run(RENT, dated(str(rent), **shorter), epidemic_period_end=end).amount <= got.amount
    if a is not None and (b is None or a + timedelta(days=cut) <= b):
        later_start = {**period, "starts_on": (a + timedelta(days=cut)).isoformat()}
        for per_lease in (False, True):
            assert (run(RENT, dated(str(rent), **later_start), epidemic_period_end=end,
                        shijingshan_rent_free_month_per_lease=per_lease).amount
                    <= run(RENT, dated(str(rent), **period), epidemic_period_end=end,
                           shijingshan_rent_free_month_per_lease=per_lease).amount)


@pytest.mark.parametrize(("landlord", "ok"), [("district_soe", True), ("collective", True), ("city_soe", False),
                                              ("park", False), ("private", False), ("institution", False),
                                              ("individual", False)])
def test_rent_landlord_types(landlord: str, ok: bool) -> None:
    # L4765: 区属国有企业和集体经济企业 only
    assert (run(RENT, tenant(landlord=landlord)).status == "eligible") is ok


@pytest.mark.parametrize(("size", "ok"), [("micro", True), ("small", True), ("medium", True), ("large", False)])
def test_rent_tenant_size(size: str, ok: bool) -> None:
    assert (run(RENT, {**tenant(), "size": size}).status == "eligible") is ok


def test_rent_steps_reasons_and_the_last_day() -> None:
    # two leases add up in a step; one lease has none
    a = run(RENT, {**TENANT, "leases": [lease(), lease(landlord="collective", rent="10000")]},
            epidemic_period_end=date(2020, 3, 31))
    assert "sum over leases: 30,000.00 + 15,000.00 = 45,000.00" in a.steps and set(a.parts) == {"leases.0", "leases.1"}
    # a lease not in force in the relieved months says which months those are
    a = run(RENT, dated(ends_on="2020-01-31"))
    assert "✗ lease 0: not in force in the relieved months 2020-02-01..2020-12-31" in a.reasons
    # per lease, a lease beginning on the last day of 疫情防控期间 still gets its own free month: 20,000
    a = run(RENT, dated(starts_on="2020-12-31"), shijingshan_rent_free_month_per_lease=True)
    assert a.amount == Decimal("20000.00")
    a = run(RENT, dated(starts_on="2021-01-01"), shijingshan_rent_free_month_per_lease=True)
    assert a.status == "ineligible" and any("after the end of 疫情防控期间" in r for r in a.reasons)


def test_rent_recognition_is_the_positioning_fact() -> None:
    # L4765-L4767 "对符合区域产业发展定位的区属中小微企业，经认定后": the recognition is the fact
    # qualifications.fits_district_positioning (as recognised): false → 0, unknown → undetermined (path in missing)
    assert run(RENT, {**tenant(), "qualifications": {"fits_district_positioning": False}}).status == "ineligible"
    a = run(RENT, {**tenant(), "qualifications": {}})
    assert a.status == "undetermined" and a.missing == ["qualifications.fits_district_positioning"]


# =====================================================================================================
# shijingshan.landlord_rent_reduction_support — L4771-L4777 "按减免金额的 30%给予支持"
# =====================================================================================================
def relief(amount: str, start: date = date(2020, 2, 1), end: date = date(2020, 3, 31), **kw: Any) -> dict:
    return {"tenant_size": "micro", "tenant_district": "shijingshan", "tenant_fits_district_positioning": True,
            "amount": amount, "period_start": start.isoformat(), "period_end": end.isoformat(), "recognised": True, **kw}


LANDLORD = {"district": "shijingshan", "ownership": "private"}


@pytest.mark.parametrize(("reliefs", "status", "amount"), [
    # ex.1 (L4771-L4777): Feb 50,000 + half of March 25,000 = 75,000; 30% × 75,000 = 22,500
    ([relief("75000")], "eligible", "22500.00"),
    # ex.2: 4,000,000 waived in total, no cap: 30% × 4,000,000 = 1,200,000
    ([relief("2500000"), relief("1500000")], "eligible", "1200000.00"),
    # ex.3: a large tenant → 0
    ([relief("100000", tenant_size="large")], "ineligible", "0.00"),
    # ex.3: a tenant registered in another district → 0
    ([relief("100000", tenant_district="haidian")], "ineligible", "0.00"),
    # ex.3: a landlord that only switches to monthly collection waives nothing
    ([], "ineligible", "0.00"),
])
def test_support_worked_examples(reliefs: list, status: str, amount: str) -> None:
    a = run(SUPPORT, {**LANDLORD, "rent_relief_granted": reliefs})
    assert (a.status, a.amount) == (status, Decimal(amount))


def test_support_not_a_landlord() -> None:
    assert run(SUPPORT, {"district": "shijingshan"}).status == "ineligible"


@pytest.mark.parametrize(("own", "level", "status"), [
    ("collective", None, "ineligible"),  # item 3's landlord
    ("state", "district", "ineligible"),  # a 石景山 区属国有企业: item 3
    ("state", "city", "eligible"),  # 市属: other premises
    ("state", None, "undetermined"),
    ("private", None, "eligible"),
    ("foreign", None, "eligible"),
])
def test_support_item3_landlords_excluded(own: str, level: str | None, status: str) -> None:
    firm = {**LANDLORD, "ownership": own, "rent_relief_granted": [relief("1000")]}
    if level:
        firm["state_owner_level"] = level
    assert run(SUPPORT, firm).status == status


def test_support_district_soe_of_unknown_district() -> None:
    # a district-owned landlord whose district is unknown: it may be item 3's (石景山) → undetermined on district
    firm = {"ownership": "state", "state_owner_level": "district", "rent_relief_granted": [relief("1000")]}
    a = run(SUPPORT, firm)
    assert a.status == "undetermined" and a.missing == ["district"]
    # one of another district: other premises (其他经营用房) → counted
    assert run(SUPPORT, {**firm, "district": "haidian"}).amount == Decimal("300.00")


def test_reading_support_excludes_item3_landlords() -> None:
    firm = {**LANDLORD, "ownership": "collective", "rent_relief_granted": [relief("1000")]}
    assert run(SUPPORT, firm, shijingshan_support_excludes_item3_landlords=False).amount == Decimal("300.00")


def test_support_straddling_relief_is_prorated() -> None:
    # 29 days 2020-12-03..2020-12-31 of a 2020-12-03..2021-01-31 relief (60 days) of 6,000: 6,000 × 29/60 = 2,900;
    # 30% × 2,900 = 870
    a = run(SUPPORT, {**LANDLORD, "rent_relief_granted": [relief("6000", date(2020, 12, 3), date(2021, 1, 31))]})
    assert a.amount == Decimal("870.00")


def test_reading_support_period() -> None:
    # a relief for 2021 only: outside 疫情防控期间 by default, counted when the phrase dates only the payment
    firm = {**LANDLORD, "rent_relief_granted": [relief("10000", date(2021, 2, 1), date(2021, 2, 28))]}
    assert run(SUPPORT, firm).status == "ineligible"
    assert run(SUPPORT, firm, shijingshan_support_period="any").amount == Decimal("3000.00")


def test_reading_support_cap() -> None:
    firm = {**LANDLORD, "rent_relief_granted": [relief("4000000")]}
    assert run(SUPPORT, firm).amount == Decimal("1200000.00")
    assert run(SUPPORT, firm, shijingshan_landlord_support_cap=Decimal(500000)).amount == Decimal("500000.00")


def test_reading_support_requires_positioning() -> None:
    firm = {**LANDLORD, "rent_relief_granted": [relief("1000", tenant_fits_district_positioning=False)]}
    assert run(SUPPORT, firm).status == "ineligible"
    assert run(SUPPORT, firm, shijingshan_support_requires_positioning=False).amount == Decimal("300.00")


def test_support_missing_facts() -> None:
    r = relief("1000")
    del r["tenant_district"]
    a = run(SUPPORT, {"district": "shijingshan", "rent_relief_granted": [r]})
    assert a.status == "undetermined"
    assert {"ownership", "rent_relief_granted.0.tenant_district"} <= set(a.missing)


@given(amounts=st.lists(st.integers(0, 10**8), min_size=1, max_size=4),
       cap=st.one_of(st.none(), st.integers(0, 10**7)))
def test_support_never_above_30_percent_or_the_cap(amounts: list[int], cap: int | None) -> None:
    firm = {**LANDLORD, "rent_relief_granted": [relief(str(x)) for x in amounts]}
    a = run(SUPPORT, firm, shijingshan_landlord_support_cap=None if cap is None else Decimal(cap))
    assert 0 <= a.amount <= Decimal("0.30") * sum(amounts)
    if cap is not None:
        assert a.amount <= cap


@pytest.mark.parametrize(("flag", "status", "amount"), [
    # L4773-L4775 "对为区属中小微企业减免房租的业主，经认定后": the recognition is a fact of each reduction:
    # recognised → 30% × 1,000 = 300; not recognised → 0; unknown → undetermined (path in missing)
    (True, "eligible", "300.00"), (False, "ineligible", "0.00"), (None, "undetermined", "0.00"),
])
def test_support_recognition_is_a_fact(flag: bool | None, status: str, amount: str) -> None:
    a = run(SUPPORT, {**LANDLORD, "rent_relief_granted": [relief("1000", recognised=flag)]})
    assert (a.status, a.amount) == (status, Decimal(amount))
    if flag is None:
        assert a.missing == ["rent_relief_granted.0.recognised"]


@pytest.mark.parametrize(("start", "end", "status", "amount"), [
    # 疫情防控期间 2020-01-24..2020-12-31 (defaults). 1,000 waived over 2020-12-25..2021-01-02 (9 days), 7 inside:
    # 1,000 × 7/9 = 777.777…; × 30% = 233.333… → 233.33
    (date(2020, 12, 25), date(2021, 1, 2), "eligible", "233.33"),
    # over 2020-01-23..2020-01-24 (2 days), 1 inside: 500; × 30% = 150
    (date(2020, 1, 23), date(2020, 1, 24), "eligible", "150.00"),
    # wholly before (ends 2020-01-23) or after (starts 2021-01-01) → 0
    (date(2020, 1, 1), date(2020, 1, 23), "ineligible", "0.00"),
    (date(2021, 1, 1), date(2021, 1, 1), "ineligible", "0.00"),
])
def test_support_relief_days_inside_the_period(start: date, end: date, status: str, amount: str) -> None:
    a = run(SUPPORT, {**LANDLORD, "rent_relief_granted": [relief("1000", start, end)]})
    assert (a.status, a.amount) == (status, Decimal(amount))


def test_support_period_facts_and_steps() -> None:
    # relief_in_period (default) needs the relief's dates; under the reading 'any' they are not needed
    r = relief("1000")
    del r["period_start"]
    a = run(SUPPORT, {**LANDLORD, "rent_relief_granted": [r]})
    assert a.status == "undetermined" and a.missing == ["rent_relief_granted.0.period_start"]
    assert run(SUPPORT, {**LANDLORD, "rent_relief_granted": [r]}, shijingshan_support_period="any").amount == Decimal(
        "300.00")
    # a step shows the proration only for a relief partly outside the period
    inside = run(SUPPORT, {**LANDLORD, "rent_relief_granted": [relief("1000")]})
    assert not any(x.startswith("relief 0:") for x in inside.steps)
    part = run(SUPPORT, {**LANDLORD, "rent_relief_granted": [relief("1000", date(2020, 12, 25), date(2021, 1, 2))]})
    assert "relief 0: rent waived within 疫情防控期间: 1,000.00 × 7 (days within 疫情防控期间) / 9 (days " \
        "relieved) = 777.777777…" in part.steps
    # a cap equal to the support leaves it as it is
    at_cap = run(SUPPORT, {**LANDLORD, "rent_relief_granted": [relief("1000")]},
                 shijingshan_landlord_support_cap=Decimal(300))
    assert at_cap.amount == Decimal("300.00") and at_cap.steps[-1].endswith(
        "min(300.00 (amount), 300.00 (assumptions.shijingshan_landlord_support_cap)) = 300.00")  # names the assumption


@given(daily=st.integers(0, 10**5), start=st.integers(-60, 400), length=st.integers(0, 120), cut=st.integers(0, 120))
def test_support_relief_period_properties(daily: int, start: int, length: int, cut: int) -> None:
    # a reduction of `daily` yuan a day: 30% of its days inside 疫情防控期间 (0 wholly outside), never more than 30% of
    # its amount; cutting its period at the same daily rate never raises the support
    first = date(2020, 1, 24) + timedelta(days=start)
    last = first + timedelta(days=length)
    a = run(SUPPORT, {**LANDLORD, "rent_relief_granted": [relief(str(daily * (length + 1)), first, last)]})
    inside = overlap_days(Window(first, last), Window(date(2020, 1, 24), date(2020, 12, 31)))
    assert a.amount == half_up(Fraction(3, 10) * daily * inside) <= half_up(Fraction(3, 10) * daily * (length + 1))
    if inside == 0:
        assert a.status == "ineligible"
    short = last - timedelta(days=min(cut, length))
    b = run(SUPPORT, {**LANDLORD, "rent_relief_granted": [relief(str(daily * ((short - first).days + 1)), first,
                                                                 short)]})
    assert b.amount <= a.amount


# =====================================================================================================
# shijingshan.loan_interest_subsidy — L4789-L4793 "实际支付利息的 100% … 最高不超过 100万元"
# =====================================================================================================
AFFECTED = {"district": "shijingshan", "size": "small",
            "qualifications": {"heavily_affected": True, "heavily_affected_recognised": True,
                               "epidemic_control_participant": False}}
PARTICIPANT = {"district": "shijingshan", "size": "large", "qualifications": {"epidemic_control_participant": True}}


def loan(interest: str, on: str = "2020-03-01", **kw: Any) -> dict:
    return {"principal": "10000000", "disbursed_on": on, "term_months": 12, "interest_paid": interest, **kw}


@pytest.mark.parametrize(("firm", "loans", "status", "amount"), [
    # ex.1: 10,000,000 × 4.35% × 6/12 = 217,500 paid; 100% × 217,500 = 217,500
    (AFFECTED, [loan("217500")], "eligible", "217500.00"),
    # ex.2: a direct participant of any size: 50,000,000 × 4% × 6/12 = 1,000,000 → min(1,000,000, 100万) = 1,000,000
    (PARTICIPANT, [loan("1000000")], "eligible", "1000000.00"),
    # ex.2: 60,000,000 on the same terms: 1,200,000 → capped at 1,000,000
    (PARTICIPANT, [loan("1200000")], "eligible", "1000000.00"),
    # cap per firm over all loans: 600,000 + 600,000 = 1,200,000 → 1,000,000
    (AFFECTED, [loan("600000"), loan("600000")], "eligible", "1000000.00"),
    # ex.3: a large firm, affected, not a participant: group (b) is SMEs only → 0
    ({**AFFECTED, "size": "large"}, [loan("217500")], "ineligible", "0.00"),
    # ex.3: a loan of 2019 (repaid in December 2019): outside 疫情防控期间 → 0
    (AFFECTED, [loan("50000", on="2019-06-01")], "ineligible", "0.00"),
])
def test_loan_worked_examples(firm: dict, loans: list, status: str, amount: str) -> None:
    a = run(LOAN, {**firm, "loans": loans})
    assert (a.status, a.amount) == (status, Decimal(amount))


@pytest.mark.parametrize(("interest", "amount"), [
    ("999999.99", "999999.99"), ("1000000", "1000000.00"), ("1000000.01", "1000000.00")])
def test_loan_cap_edge(interest: str, amount: str) -> None:
    assert run(LOAN, {**AFFECTED, "loans": [loan(interest)]}).amount == Decimal(amount)


@given(x=st.integers(0, 5 * 10**6), y=st.integers(0, 5 * 10**6))
def test_loan_monotone_and_capped(x: int, y: int) -> None:
    lo, hi = sorted((x, y))
    a_lo = run(LOAN, {**AFFECTED, "loans": [loan(str(lo))]}).amount
    a_hi = run(LOAN, {**AFFECTED, "loans": [loan(str(hi))]}).amount
    assert 0 <= a_lo <= a_hi <= Decimal(1_000_000)
    assert a_lo == min(Decimal(lo), Decimal(1_000_000))


@given(day=st.dates(date(2019, 1, 1), date(2021, 12, 31)))
def test_loan_zero_outside_the_period(day: date) -> None:
    a = run(LOAN, {**AFFECTED, "loans": [loan("1000", on=day.isoformat())]})
    inside = date(2020, 1, 24) <= day <= date(2020, 12, 31)
    assert (a.status == "eligible") is inside


@pytest.mark.parametrize(("firm", "paths"), [
    ({"district": "shijingshan", "size": "small", "loans": [loan("1")]},
     {"qualifications.epidemic_control_participant", "qualifications.heavily_affected_recognised"}),
    ({**AFFECTED, "loans": [{"disbursed_on": "2020-03-01"}]}, {"loans.0.interest_paid"}),
    ({**AFFECTED}, {"loans"}),
    ({"district": "shijingshan", "qualifications": {"heavily_affected_recognised": True,
                                                    "epidemic_control_participant": False},
      "loans": [loan("1")]}, {"size"}),
])
def test_loan_missing_facts(firm: dict, paths: set) -> None:
    a = run(LOAN, firm)
    assert a.status == "undetermined" and paths <= set(a.missing)


def test_reading_loan_scope() -> None:
    # a loan of 2019 whose interest is paid in the period counts under interest_in_period
    firm = {**AFFECTED, "loans": [loan("50000", on="2019-06-01")]}
    assert run(LOAN, firm, shijingshan_loan_scope="interest_in_period").amount == Decimal("50000.00")


def test_reading_interest_deduct_other_subsidies() -> None:
    # 217,500 − 100,000 subsidised by the city = 117,500
    firm = {**AFFECTED, "loans": [loan("217500", other_interest_subsidy="100000")]}
    assert run(LOAN, firm).amount == Decimal("217500.00")
    assert run(LOAN, firm, shijingshan_interest_deduct_other_subsidies=True).amount == Decimal("117500.00")


@pytest.mark.parametrize(("quals", "size", "status", "path"), [
    # L4789-L4791 "针对直接参加疫情防控工作的驻区企业和受疫情影响较大的区内中小微企业，经认定后":
    # group (b): recognised as heavily affected (a fact) and an SME
    ({"epidemic_control_participant": False, "heavily_affected": True, "heavily_affected_recognised": True}, "small",
     "eligible", None),
    # heavily affected but not recognised → 0; recognition unknown → undetermined
    ({"epidemic_control_participant": False, "heavily_affected": True, "heavily_affected_recognised": False}, "small",
     "ineligible", None),
    ({"epidemic_control_participant": False, "heavily_affected": True}, "small", "undetermined",
     "qualifications.heavily_affected_recognised"),
    # declared not heavily affected: the recognition cannot help → 0
    ({"epidemic_control_participant": False, "heavily_affected": False, "heavily_affected_recognised": True}, "small",
     "ineligible", None),
    # group (a): recognised as a direct participant, any size; the group (b) facts are then not needed
    ({"epidemic_control_participant": True}, "large", "eligible", None),
    # group (a) unknown, group (b) fails for a large firm → undetermined on the participant fact
    ({"heavily_affected_recognised": True}, "large", "undetermined", "qualifications.epidemic_control_participant"),
    # a large firm, not a participant, recognised as heavily affected → 0 (group (b) is SMEs only)
    ({"epidemic_control_participant": False, "heavily_affected_recognised": True}, "large", "ineligible", None),
])
def test_two_groups_recognition(quals: dict, size: str, status: str, path: str | None) -> None:
    for mid, loans in ((LOAN, [loan("1000")]), (GUAR, [gloan("1000")])):
        a = run(mid, {"district": "shijingshan", "size": size, "qualifications": quals, "loans": loans})
        assert a.status == status, (mid, a.reasons)
        if path:
            assert path in a.missing
        if status == "eligible":
            assert a.amount == Decimal("1000.00")


@pytest.mark.parametrize(("quals", "size", "missing"), [
    # exactly the unknown facts go to missing: both groups unknown; only (b)'s recognition; only (a); only the size
    ({}, "small", ["qualifications.epidemic_control_participant", "qualifications.heavily_affected_recognised"]),
    ({"epidemic_control_participant": False}, "small", ["qualifications.heavily_affected_recognised"]),
    ({"heavily_affected": False}, "small", ["qualifications.epidemic_control_participant"]),
    ({"epidemic_control_participant": False, "heavily_affected_recognised": True}, None, ["size"]),
])
def test_two_groups_missing_exactly(quals: dict, size: str | None, missing: list) -> None:
    firm = {"district": "shijingshan", "qualifications": quals, "loans": [loan("1000")],
            **({"size": size} if size else {})}
    a = run(LOAN, firm)
    assert a.status == "undetermined" and a.missing == missing
    if missing == ["size"]:
        assert not any("direct part in epidemic prevention, or as a heavily affected SME" in r for r in a.reasons)


def test_two_groups_large_firm_is_not_asked_for_the_sme_recognition() -> None:
    # L4789-L4791 "针对直接参加疫情防控工作的驻区企业和受疫情影响较大的区内中小微企业": group (b) is for 中小微企业 only, so a
    # large firm can qualify only as a direct participant (a): its (b) recognition decides nothing and is not missing
    # (the former calculator asked for qualifications.heavily_affected_recognised too)
    a = run(LOAN, {"district": "shijingshan", "size": "large", "loans": [loan("1000")]})
    assert a.status == "undetermined" and a.missing == ["qualifications.epidemic_control_participant"]
    a = run(GUAR, {"district": "shijingshan", "size": "large", "loans": [gloan("1000")]})
    assert a.status == "undetermined" and a.missing == ["qualifications.epidemic_control_participant"]


def test_two_groups_unknown_size_and_a_failed_condition() -> None:
    # a failed condition wins over a missing fact: size unknown, but the firm pays tax in 海淀 under the reading
    # registered_and_tax → ineligible (not undetermined on size)
    firm = {"district": "shijingshan", "tax_district": "haidian", "loans": [loan("1000")],
            "qualifications": {"epidemic_control_participant": False, "heavily_affected_recognised": True}}
    assert run(LOAN, firm).status == "undetermined"
    assert run(LOAN, firm, shijingshan_local_firm_test="registered_and_tax").status == "ineligible"


def test_two_groups_reasons() -> None:
    a = run(LOAN, {**AFFECTED, "loans": [loan("1000")]})
    assert "✓ recognised as a heavily affected small firm, a 中小微企业 (受疫情影响较大的区内中小微企业, 经认定后)" in a.reasons
    not_affected = {"epidemic_control_participant": False, "heavily_affected": False}
    a = run(LOAN, {**AFFECTED, "qualifications": not_affected, "loans": [loan("1000")]})
    assert a.reasons[-1].endswith("and is not heavily affected (受疫情影响较大)")
    not_recognised = {"epidemic_control_participant": False, "heavily_affected_recognised": False}
    a = run(LOAN, {**AFFECTED, "qualifications": not_recognised, "loans": [loan("1000")]})
    assert a.reasons[-1].endswith("and is not recognised as heavily affected (受疫情影响较大, 经认定后)")


def test_loan_term_needed_only_before_the_period() -> None:
    # the term of a loan disbursed in the period is not needed (either scope); the cap leaves an amount at it unchanged
    for scope in ("originated_in_period", "interest_in_period"):
        a = run(LOAN, {**AFFECTED, "loans": [{"disbursed_on": "2020-03-01", "interest_paid": "1000"}]},
                shijingshan_loan_scope=scope)
        assert (a.status, a.amount) == ("eligible", Decimal("1000.00"))
    # interest_in_period at the period's two ends: disbursed on its first day (no term needed) or its last day
    for day in ("2020-01-24", "2020-12-31"):
        a = run(LOAN, {**AFFECTED, "loans": [{"disbursed_on": day, "interest_paid": "1000"}]},
                shijingshan_loan_scope="interest_in_period")
        assert (a.status, a.amount) == ("eligible", Decimal("1000.00")), day
    at_cap = run(LOAN, {**AFFECTED, "loans": [loan("1000000")]})
    assert at_cap.amount == Decimal("1000000.00")
    assert at_cap.steps[-1] == ("at most 100万 per firm (单个企业贴息额度最高不超过 100万元): min(1,000,000.00 (amount), "
                                "1,000,000.00) = 1,000,000.00")
    above = run(LOAN, {**AFFECTED, "loans": [loan("1000000.01")]})
    assert above.amount == Decimal("1000000.00") and above.steps[-1].endswith("= 1,000,000.00")


@pytest.mark.parametrize(("day", "ok"), [("2020-01-23", False), ("2020-01-24", True), ("2020-12-31", True),
                                         ("2021-01-01", False)])
def test_loan_period_edges(day: str, ok: bool) -> None:
    # 疫情防控期间 (epidemic_period_start 2020-01-24 .. epidemic_period_end 2020-12-31, defaults), both ends inclusive
    assert (run(LOAN, {**AFFECTED, "loans": [loan("1000", on=day)]}).status == "eligible") is ok


@pytest.mark.parametrize(("kw", "status", "amount"), [
    # reading interest_in_period: a loan of 2019-06-01 counts only if its term reaches into 疫情防控期间 (§1):
    # 6 months (to 2019-11-30) ended before it → 0; 8 months (to 2020-01-31) reaches it → 100% × 50,000 = 50,000
    ({"term_months": 6}, "ineligible", "0.00"),
    ({"term_months": 8}, "eligible", "50000.00"),
    # 7 months ends 2019-12-31 → 0; its term unknown → undetermined
    ({"term_months": 7}, "ineligible", "0.00"),
    ({"term_months": None}, "undetermined", "0.00"),
])
def test_reading_loan_scope_needs_the_loan_in_the_period(kw: dict, status: str, amount: str) -> None:
    firm = {**AFFECTED, "loans": [loan("50000", on="2019-06-01", **kw)]}
    a = run(LOAN, firm, shijingshan_loan_scope="interest_in_period")
    assert (a.status, a.amount) == (status, Decimal(amount))
    if status == "undetermined":
        assert a.missing == ["loans.0.term_months"]


def test_reading_loan_scope_after_the_period() -> None:
    # disbursed after 疫情防控期间 (read as ending 2020-06-30) → 0 under either scope
    firm = {**AFFECTED, "loans": [loan("1000", on="2020-07-01")]}
    for scope in ("originated_in_period", "interest_in_period"):
        assert run(LOAN, firm, shijingshan_loan_scope=scope, epidemic_period_end=date(2020, 6, 30)).status == "ineligible"


@pytest.mark.parametrize(("day", "ok"), [("2020-02-03", False), ("2020-02-04", True)])
def test_loan_reading_epidemic_period_start(day: str, ok: bool) -> None:
    # 疫情防控期间 read from the issue date (附则 L4852 "自印发之日起施行", 2020-02-04)
    a = run(LOAN, {**AFFECTED, "loans": [loan("1000", on=day)]}, epidemic_period_start=date(2020, 2, 4))
    assert (a.status == "eligible") is ok


def test_loan_local_firm_test_reading() -> None:
    # registered_and_tax: a firm paying tax in 海淀 is not 区内 / 驻区 → 0
    firm = {**AFFECTED, "tax_district": "haidian", "loans": [loan("1000")]}
    assert run(LOAN, firm).status == "eligible"
    assert run(LOAN, firm, shijingshan_local_firm_test="registered_and_tax").status == "ineligible"


def test_loan_zero_interest_and_deduction_floor() -> None:
    # no interest paid yet: eligible, 100% × 0 = 0
    a = run(LOAN, {**AFFECTED, "loans": [loan("0")]})
    assert (a.status, a.amount) == ("eligible", Decimal("0.00"))
    # other subsidies above the interest: max(0, 1,000 − 1,500) = 0, never negative
    firm = {**AFFECTED, "loans": [loan("1000", other_interest_subsidy="1500")]}
    assert run(LOAN, firm, shijingshan_interest_deduct_other_subsidies=True).amount == Decimal("0.00")
    a = run(LOAN, {**AFFECTED, "loans": [loan("1000")]}, shijingshan_interest_deduct_other_subsidies=True)
    assert a.status == "undetermined" and a.missing == ["loans.0.other_interest_subsidy"]


# =====================================================================================================
# shijingshan.guarantee_fee_waiver — L4795-L4801 "全额免除疫情期间产生贷款的担保费用"
# =====================================================================================================
def gloan(fee: str, on: str = "2020-03-01", months: int = 12, **kw: Any) -> dict:
    return {"principal": "5000000", "disbursed_on": on, "term_months": months, "guarantee_fee": fee, **kw}


@pytest.mark.parametrize(("loans", "readings", "status", "amount"), [
    # ex.1: 5,000,000 × 1.5% = 75,000 waived in full
    ([gloan("75000")], {}, "eligible", "75000.00"),
    # ex.2: 2-year guarantee at 1%/year: 5,000,000 × 1% × 2 = 100,000, whole term (default) → 100,000
    ([gloan("100000", months=24)], {}, "eligible", "100000.00"),
    # ex.2: only the first year inside the period (epidemic end 2021-02-28): 100,000 × 365/730 days = 50,000
    ([gloan("100000", months=24)], {"shijingshan_guarantee_fee_term": "in_period_share",
                                    "epidemic_period_end": date(2021, 2, 28)}, "eligible", "50000.00"),
    # ex.3: a loan of September 2019 → 0 under the default loan scope
    ([gloan("30000", on="2019-09-01")], {}, "ineligible", "0.00"),
    # an unguaranteed loan (fee 0) → nothing to waive
    ([gloan("0")], {}, "ineligible", "0.00"),
])
def test_guarantee_worked_examples(loans: list, readings: dict, status: str, amount: str) -> None:
    a = run(GUAR, {**AFFECTED, "loans": loans}, **readings)
    assert (a.status, a.amount) == (status, Decimal(amount))


def test_reading_guarantee_loan_scope() -> None:
    # 2019-09-01 loan, 12-month guarantee to 2020-08-31 (366 days), fee 36,600; days in 2020-01-24..2020-08-31 = 221
    # → 36,600 × 221/366 = 22,100
    firm = {**AFFECTED, "loans": [gloan("36600", on="2019-09-01")]}
    assert run(GUAR, firm, shijingshan_guarantee_loan_scope="fee_in_period").amount == Decimal("22100.00")


def test_reading_guarantor_scope() -> None:
    firm = {**AFFECTED, "loans": [gloan("75000", guarantor_district_government=False)]}
    assert run(GUAR, firm).amount == Decimal("75000.00")
    assert run(GUAR, firm, shijingshan_guarantor_scope="district_government").status == "ineligible"
    a = run(GUAR, {**AFFECTED, "loans": [gloan("75000")]}, shijingshan_guarantor_scope="district_government")
    assert a.status == "undetermined" and "loans.0.guarantor_district_government" in a.missing


@given(fee=st.integers(0, 10**7), months=st.integers(1, 60))
def test_guarantee_share_never_above_the_fee(fee: int, months: int) -> None:
    firm = {**AFFECTED, "loans": [gloan(str(fee), months=months)]}
    whole = run(GUAR, firm).amount
    share = run(GUAR, firm, shijingshan_guarantee_fee_term="in_period_share").amount
    assert 0 <= share <= whole == Decimal(fee)


def test_guarantee_in_period_share_is_exact() -> None:
    # a 24-month guarantee from 2020-03-01 (2020-03-01..2022-02-28, 730 days), fee 100,000; 306 days inside
    # 疫情期间 (to 2020-12-31): 100,000 × 306/730 = 41,917.808219… → 41,917.81
    firm = {**AFFECTED, "loans": [gloan("100000", months=24)]}
    assert run(GUAR, firm, shijingshan_guarantee_fee_term="in_period_share").amount == Decimal("41917.81")
    # a term of 0 months is the one day of disbursement, inside the period: the whole fee
    firm = {**AFFECTED, "loans": [gloan("500", months=0)]}
    assert run(GUAR, firm, shijingshan_guarantee_fee_term="in_period_share").amount == Decimal("500.00")


def test_guarantee_fee_in_period_scope_edges() -> None:
    # fee_in_period: a 12-month guarantee of 2019-01-24 (to 2020-01-23) ends the day before 疫情期间 → 0; one of
    # 2019-01-25 (to 2020-01-24, 365 days) has 1 day inside: 36,500 × 1/365 = 100
    early = {**AFFECTED, "loans": [gloan("36500", on="2019-01-24")]}
    assert run(GUAR, early, shijingshan_guarantee_loan_scope="fee_in_period").status == "ineligible"
    edge = {**AFFECTED, "loans": [gloan("36500", on="2019-01-25")]}
    assert run(GUAR, edge, shijingshan_guarantee_loan_scope="fee_in_period").amount == Decimal("100.00")


@given(daily=st.integers(0, 1000), on=st.dates(date(2019, 1, 1), date(2021, 3, 31)), months=st.integers(0, 36),
       cut=st.integers(1, 24))
def test_guarantee_term_properties(daily: int, on: date, months: int, cut: int) -> None:
    # a fee of `daily` yuan a day of the guarantee term: under fee_in_period, only the term's days inside 疫情期间
    # count (0 wholly outside), never more than the fee; a shorter term (same daily fee) never waives more
    def firm(m: int) -> dict:
        span = Window(on, max(on, add_months(on, m) - timedelta(days=1)))
        return {**AFFECTED, "loans": [gloan(str(daily * span.days()), on=on.isoformat(), months=m)]}
    span = Window(on, max(on, add_months(on, months) - timedelta(days=1)))
    inside = overlap_days(span, Window(date(2020, 1, 24), date(2020, 12, 31)))
    a = run(GUAR, firm(months), shijingshan_guarantee_loan_scope="fee_in_period")
    assert a.amount == Decimal(daily * inside) <= Decimal(daily * span.days())
    if inside == 0:
        assert a.status == "ineligible"
    if months >= cut:
        assert run(GUAR, firm(months - cut), shijingshan_guarantee_loan_scope="fee_in_period").amount <= a.amount


# =====================================================================================================
# shijingshan.frontline_staff_post_subsidy — L4805-L4808 "每人每天 100元 … 从 2月 1日起发放"
# =====================================================================================================
SHOP = {"district": "shijingshan", "essential_outlet": "community_vegetable_shop",
        "qualifications": {"essential_outlet_recognised": True}}


def duty(persons: int, first: date, last: date, **kw: Any) -> dict:
    return {"persons": persons, "first_day": first.isoformat(), "last_day": last.isoformat(), **kw}


@pytest.mark.parametrize(("firm", "status", "amount"), [
    # ex.1: 20 staff every day of February 2020 (29 days): 20 × 29 × 100 = 58,000
    ({**SHOP, "frontline_duty": [duty(20, date(2020, 2, 1), date(2020, 2, 29))]}, "eligible", "58000.00"),
    # ex.2: on duty 2020-01-31 and 2020-02-01: only 1 February counts → 1 × 100 = 100
    ({**SHOP, "frontline_duty": [duty(1, date(2020, 1, 31), date(2020, 2, 1))]}, "eligible", "100.00"),
    # no size condition: a large chain store, 2 × 10 days × 100 = 2,000
    ({**SHOP, "essential_outlet": "chain_convenience_store", "size": "large",
      "frontline_duty": [duty(2, date(2020, 2, 1), date(2020, 2, 10))]}, "eligible", "2000.00"),
    # ex.3: a hair salon is not a listed unit → 0
    ({**SHOP, "essential_outlet": "other", "frontline_duty": [duty(5, date(2020, 2, 1), date(2020, 2, 29))]},
     "ineligible", "0.00"),
    # ex.3: duty 2020-01-24..01-31 at a supermarket, before 1 February → 0
    ({**SHOP, "essential_outlet": "key_supermarket", "frontline_duty": [duty(5, date(2020, 1, 24), date(2020, 1, 31))]},
     "ineligible", "0.00"),
])
def test_post_worked_examples(firm: dict, status: str, amount: str) -> None:
    a = run(POST, firm)
    assert (a.status, a.amount) == (status, Decimal(amount))


@given(persons=st.integers(0, 500), first=st.dates(date(2020, 1, 1), date(2021, 3, 31)),
       length=st.integers(0, 400))
def test_post_is_100_per_person_day_inside_the_window(persons: int, first: date, length: int) -> None:
    last = first + timedelta(days=length)
    a = run(POST, {**SHOP, "frontline_duty": [duty(persons, first, last)]})
    lo, hi = max(first, date(2020, 2, 1)), min(last, date(2020, 12, 31))
    days = max(0, (hi - lo).days + 1)
    assert a.amount == Decimal(100) * persons * days
    assert (a.status == "eligible") is (persons * days > 0)


@pytest.mark.parametrize(("firm", "path"), [
    ({"district": "shijingshan", "frontline_duty": [], "qualifications": {"essential_outlet_recognised": True}},
     "essential_outlet"),
    ({**SHOP}, "frontline_duty"),
    ({**SHOP, "frontline_duty": [{"persons": 3, "first_day": "2020-02-01"}]}, "frontline_duty.0.last_day"),
])
def test_post_missing_facts(firm: dict, path: str) -> None:
    a = run(POST, firm)
    assert a.status == "undetermined" and path in a.missing


def test_reading_post_subsidy_staff() -> None:
    firm = {**SHOP, "frontline_duty": [duty(10, date(2020, 2, 1), date(2020, 2, 1), customer_facing=True),
                                       duty(5, date(2020, 2, 1), date(2020, 2, 1), customer_facing=False)]}
    assert run(POST, firm).amount == Decimal("1500.00")  # 15 × 1 × 100
    assert run(POST, firm, shijingshan_post_subsidy_staff="customer_facing").amount == Decimal("1000.00")  # 10 × 100


def test_reading_post_subsidy_day_rule() -> None:
    # 2020-02-01 (Sat) .. 2020-02-09 (Sun): 9 calendar days, 5 weekdays (3-7 February)
    firm = {**SHOP, "frontline_duty": [duty(1, date(2020, 2, 1), date(2020, 2, 9))]}
    assert run(POST, firm).amount == Decimal("900.00")
    assert run(POST, firm, shijingshan_post_subsidy_day_rule="weekdays").amount == Decimal("500.00")


def test_reading_epidemic_period_end_ends_the_post_subsidy() -> None:
    firm = {**SHOP, "frontline_duty": [duty(1, date(2020, 2, 1), date(2020, 12, 31))]}
    assert run(POST, firm, epidemic_period_end=date(2020, 2, 10)).amount == Decimal("1000.00")  # 10 days × 100


@pytest.mark.parametrize(("flag", "status"), [(True, "eligible"), (False, "ineligible"), (None, "undetermined")])
def test_post_recognition_is_a_fact(flag: bool | None, status: str) -> None:
    # L4805-L4807 "对在疫情防控期间保障城市基本运行的重点商超…，经认定后": the outlet's recognition is a fact
    q = {} if flag is None else {"essential_outlet_recognised": flag}
    a = run(POST, {**SHOP, "qualifications": q, "frontline_duty": [duty(1, date(2020, 2, 1), date(2020, 2, 1))]})
    assert a.status == status
    if flag is None:
        assert a.missing == ["qualifications.essential_outlet_recognised"]


@pytest.mark.parametrize(("outlet", "ok"), [("key_supermarket", True), ("chain_convenience_store", True),
                                            ("community_vegetable_shop", True), ("public_catering", True),
                                            ("other", False)])
def test_post_outlet_types(outlet: str, ok: bool) -> None:
    # L4805-L4807: 重点商超、连锁便利店、社区菜店和为社会提供供餐服务的餐饮经营单位 only
    a = run(POST, {**SHOP, "essential_outlet": outlet, "frontline_duty": [duty(1, date(2020, 2, 1), date(2020, 2, 1))]})
    assert (a.status == "eligible") is ok


@pytest.mark.parametrize(("first", "last", "amount"), [
    # 从 2月 1日起 to the end of 疫情防控期间 (2020-12-31): one person, both window ends and the days outside them
    (date(2020, 1, 31), date(2020, 1, 31), "0.00"), (date(2020, 2, 1), date(2020, 2, 1), "100.00"),
    (date(2020, 12, 31), date(2021, 1, 1), "100.00"), (date(2021, 1, 1), date(2021, 1, 1), "0.00"),
])
def test_post_window_edges(first: date, last: date, amount: str) -> None:
    assert run(POST, {**SHOP, "frontline_duty": [duty(1, first, last)]}).amount == Decimal(amount)


def test_post_zero_persons_and_an_early_period_end() -> None:
    # a duty of 0 persons pays nothing; a period read as ending before 2020-02-01 leaves no day to pay (not a crash)
    assert run(POST, {**SHOP, "frontline_duty": [duty(0, date(2020, 2, 1), date(2020, 2, 29))]}).status == "ineligible"
    a = run(POST, {**SHOP, "frontline_duty": [duty(1, date(2020, 1, 24), date(2020, 2, 29))]},
            epidemic_period_end=date(2020, 1, 31))
    assert (a.status, a.amount) == ("ineligible", Decimal("0.00"))
    # a period ending on 2020-02-01 leaves that one day: 100
    a = run(POST, {**SHOP, "frontline_duty": [duty(1, date(2020, 1, 24), date(2020, 2, 29))]},
            epidemic_period_end=date(2020, 2, 1))
    assert (a.status, a.amount) == ("eligible", Decimal("100.00"))


@given(persons=st.integers(0, 50), first=st.dates(date(2020, 1, 1), date(2021, 1, 31)), length=st.integers(0, 200),
       cut=st.integers(1, 200))
def test_post_shortening_a_duty_never_raises(persons: int, first: date, length: int, cut: int) -> None:
    last = first + timedelta(days=length)
    a = run(POST, {**SHOP, "frontline_duty": [duty(persons, first, last)]})
    if cut <= length:
        b = run(POST, {**SHOP, "frontline_duty": [duty(persons, first, last - timedelta(days=cut))]})
        assert b.amount <= a.amount
    assert a.amount <= Decimal(100) * persons * (length + 1)


# =====================================================================================================
# Stacking and the example firm
# =====================================================================================================
def test_rent_rule_with_the_city_february_rule() -> None:
    city = "beijing.soe_rent_reduction_feb"
    rules = [r for r in CAT.rules if RENT in r.measures]
    if city in CAT:
        assert any(r.kind == "exclusive" and CAT.resolve(city) in r.measures and r.keep == "highest" for r in rules)
    else:  # the rule waits for the city measure (see shijingshan.STACKING)
        assert rules == []
    # one rent once, lease by lease (the module's rule; see CATALOG_KEEPS_PER below for the catalog's copy)
    assert all(r.per == "leases" for r in shijingshan.STACKING)


# =====================================================================================================
# Item 3 and the city February rent: one lease's rent relieved once (ERRATA_04_06 finding 7), lease by lease
# =====================================================================================================
CITY = "beijing.soe_rent_reduction_feb"
# the two measures with this module's own rule (per="leases"); sc.estimate applies the same rule once the catalog
# keeps each rule's ``per`` (engine/registry.py load() rebuilds every StackingRule without it)
STACK = sc.Catalog([CAT[RENT], CAT[CITY]], shijingshan.STACKING, CAT.readings)
CATALOG_KEEPS_PER = all(r.per == "leases" for r in CAT.rules if r.id == "shijingshan_soe_rent_once")
OPEN = {"fits_district_positioning": True, "open_or_closed_per_rules": True, "no_layoffs": True}
APRIL = date(2020, 4, 30)


def stacked(firm: dict[str, Any], **readings: Any) -> sc.Report:
    return run_catalog(STACK, sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def in_bj(ls: dict) -> dict:
    return {**ls, "premises_in_beijing": True}  # the city rule's 京内 test (default reading soe_rent_premises_test)


def city_lease(use: str = "office", rent: str = "30000") -> dict:
    """Premises of a 市属国有企业: the city rule's (京内市及区属), not item 3's (区属)."""
    return in_bj({"landlord": "city_soe", "use": use, "monthly_rent": rent})


def two(*leases: dict, q: dict | None = None) -> dict[str, Any]:
    return {**TENANT, "qualifications": OPEN if q is None else q, "leases": list(leases)}


def test_a_district_lease_and_a_city_lease_are_both_relieved() -> None:
    # to 2020-04-30:
    # lease 0, 石景山 区属国企, office, 20,000: item 3 (L4765-L4769) 20,000 + 50% × 20,000 × 2 (Mar, Apr) = 40,000;
    #   city (L5658-L5660 "承租用于办公用房的，给予 2月份租金 50%的减免") 50% × 20,000 = 10,000 → once: 40,000 (石景山)
    # lease 1, 市属国企, office, 30,000: item 3 covers 区属 landlords only → nothing; city 50% × 30,000 = 15,000
    # total 40,000 + 15,000 = 55,000 (the whole-award rule paid only the larger award, 40,000)
    r = stacked(two(in_bj(lease()), city_lease()), epidemic_period_end=APRIL)
    d, c = r[RENT], r[CITY]
    assert (d.status, c.status) == ("eligible", "eligible")
    assert (d.amount, c.amount) == (Decimal("40000.00"), Decimal("15000.00"))
    assert list(d.parts) == ["leases.0"] and list(c.parts) == ["leases.1"]
    assert d.amount + c.amount == Decimal("55000.00")
    assert "leases.0: paid here" in d.stacking[0] and "leases.0: not added" in c.stacking[0]


def test_catalog_keeps_the_per_lease_rule() -> None:
    assert CATALOG_KEEPS_PER  # registry.load() keeps StackingRule.per


def test_estimate_relieves_each_lease_at_one_level() -> None:
    # the same firm through sc.estimate: 40,000 (石景山, lease 0) + 15,000 (city, lease 1)
    r = sc.estimate(two(in_bj(lease()), city_lease()), assumptions=sc.Assumptions(epidemic_period_end=APRIL))
    assert (r[RENT].amount, r[CITY].amount) == (Decimal("40000.00"), Decimal("15000.00"))


@pytest.mark.parametrize(("use", "city_amount"), [("office", "10000"), ("business", "20000")])
def test_a_single_district_lease_is_relieved_once(use: str, city_amount: str) -> None:
    # one 石景山 区属国企 lease of 20,000 to 2020-04-30: item 3 (L4765-L4769) 40,000 against the city's 50% × 20,000 =
    # 10,000 (office) or 100% × 20,000 = 20,000 (business, open, no lay-offs; L5656-L5660) → 40,000 paid once
    firm = two(in_bj(lease(use=use)))
    assert alone(CITY, firm) == Decimal(city_amount)
    for r in (stacked(firm, epidemic_period_end=APRIL),
              sc.estimate(firm, assumptions=sc.Assumptions(epidemic_period_end=APRIL))):
        assert (r[RENT].amount, r[CITY].status, r[CITY].amount) == (Decimal("40000.00"), "eligible", 0)


SJS_LEASES = {
    "shijingshan": lambda use, rent: in_bj(lease(rent=rent, use=use)),                          # item 3 and the city
    "collective": lambda use, rent: in_bj(lease("collective", rent=rent, use=use)),             # item 3 only
    "city": lambda use, rent: city_lease(use, rent),                                            # the city only
    "haidian": lambda use, rent: in_bj(lease(d="haidian", rent=rent, use=use)),                 # the city only
    "private": lambda use, rent: in_bj(lease("private", rent=rent, use=use)),                   # neither
}


def alone(mid: str, firm: dict[str, Any], **readings: Any) -> Decimal:
    a = run(mid, firm, **readings)
    return a.amount if a.status == "eligible" else Decimal(0)


@given(leases=st.lists(st.tuples(st.sampled_from(sorted(SJS_LEASES)), st.sampled_from(["business", "office"]),
                                 st.integers(0, 10**6)), min_size=1, max_size=4),
       laid_off=st.booleans(), end=st.sampled_from([date(2020, 2, 29), APRIL, date(2020, 12, 31)]))
def test_total_is_the_higher_level_lease_by_lease(leases: list[tuple[str, str, int]], laid_off: bool,
                                                   end: date) -> None:
    q = {**OPEN, "no_layoffs": not laid_off}
    items = [SJS_LEASES[k](use, str(rent)) for k, use, rent in leases]
    r = stacked(two(*items, q=q), epidemic_period_end=end)
    # each lease: the larger of what each measure alone pays on it (a firm with that lease only); whole-yuan rents at
    # 100% or 50%, so every amount is exact to the fen
    expected = sum((max(alone(RENT, two(x, q=q), epidemic_period_end=end), alone(CITY, two(x, q=q)))
                    for x in items), Decimal(0))
    assert r[RENT].amount + r[CITY].amount == expected
    assert not set(r[RENT].parts) & set(r[CITY].parts)  # no lease relieved by both


def test_example_firm_shows_several_measures() -> None:
    import json
    from pathlib import Path

    path = Path(__file__).parents[2] / "examples" / "firms" / "shijingshan_supermarket.json"
    report = sc.estimate(sc.Firm.model_validate(json.loads(path.read_text(encoding="utf-8"))))
    paid = [a.measure_id for a in report.awards if a.district == "shijingshan" and a.status == "eligible"]
    assert len(paid) >= 3


def test_rent_no_later_month_when_the_period_ends_in_the_free_month() -> None:
    # L4765-L4769 "免收一个月房租，后续按 50%给予租金优惠": 疫情防控期间 read as ending 2020-02-15 leaves no later month
    # (February, the free month, is the last rent month): the free month only, with or without the per-lease reading
    for per_lease in (False, True):
        a = run(RENT, tenant(), epidemic_period_end=date(2020, 2, 15), shijingshan_rent_free_month_per_lease=per_lease)
        assert (a.status, a.amount) == ("eligible", Decimal("20000.00"))


@given(start=st.integers(0, 3000).map(lambda k: date(2018, 1, 1) + timedelta(days=k)), months=st.integers(0, 400))
def test_term_end_table_agrees_on_columns(start: date, months: int) -> None:
    # the last day of a loan's or guarantee's own term (items 6-7, an item-level number of months): the day before the
    # same day `months` later, clamped to a month's end (2020-01-31 + 1 month → 2020-02-29, last day 2020-02-28); the
    # start itself for 0 months; the same for one firm and on columns
    import numpy as np

    from subsidycalc.engine.rules.rat import Rat
    from subsidycalc.measures import shijingshan

    one, _ = shijingshan.TERM_END.scalar(start, months)
    col, unknown = shijingshan.TERM_END.vector(np.array([start.toordinal()]), Rat(np.array([months]), 1))
    assert date.fromordinal(int(col[0])) == one and not unknown[0]
    assert one == (start if months == 0 else max(start, shijingshan._loan_span(start, months).end))


def test_term_end_examples() -> None:
    from subsidycalc.measures import shijingshan

    assert shijingshan.TERM_END.scalar(date(2020, 1, 31), 1)[0] == date(2020, 2, 28)
    assert shijingshan.TERM_END.scalar(date(2020, 3, 1), 12)[0] == date(2021, 2, 28)
    assert shijingshan.TERM_END.scalar(date(2020, 3, 1), 0)[0] == date(2020, 3, 1)
