"""西城区: 《西城区促防疫稳经济保障中小微企业健康发展若干措施》 (西政办发〔2020〕1号, seed L398-L1074), catalog 01
Part B with ERRATA_01_03 (R20, R23, R27) and README "Decisions" (office_requires_no_layoff default False).

The fee waivers (（十九）) and the tax deferral (（十四）) are city rules: their ids are aliases of ``beijing.*``
measures encoded by the city module's owner, not tested here.
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
from subsidycalc.engine.periods import item_period, month_of, overlap_days
from subsidycalc.engine.sources import cite_in_seed, in_seed, normalize, seed_excerpt
from subsidycalc.measures import xicheng

CAT = sc.catalog()
LOAN = "xicheng.loan_interest_subsidy"
PLEDGE = "xicheng.stock_pledge_extension"
GUAR = "xicheng.guarantee_fee_subsidy"
PROD = "xicheng.soe_rent_exemption_feb"
OFFICE = "xicheng.soe_office_rent_reduction_feb"
LANDLORD = "xicheng.landlord_rent_reduction_subsidy"
GRANT = "xicheng.epidemic_contribution_grant"
OWN = (LOAN, PLEDGE, GUAR, PROD, OFFICE, LANDLORD, GRANT)


def run(mid: str, firm: dict[str, Any], **readings: Any) -> sc.Award:
    return evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


# =====================================================================================================
# Sources and numbers are seed text
# =====================================================================================================
@pytest.mark.parametrize("mid", OWN)
def test_cites_and_quotes_are_seed_text(mid: str) -> None:
    m = CAT[mid]
    assert m.district == "xicheng"
    for s in m.sources:
        assert in_seed(s.quote), s.quote
        assert normalize(s.quote) in normalize(seed_excerpt(s.lines)), s.lines
    for k, p in m.params.items():
        assert cite_in_seed(p.cite), (k, p.cite)
    doc = m.sources[0].document
    assert doc is not None and doc.scope_lines == "L1068-L1074" and in_seed(doc.scope_quote or "")


@pytest.mark.parametrize("alias", [
    "xicheng.tax_payment_deferral", "xicheng.special_equipment_inspection_fee_waiver",
    "xicheng.sewage_treatment_fee_waiver", "xicheng.road_occupation_fee_waiver",
])
def test_city_rules_are_not_encoded_here(alias: str) -> None:
    # ERRATA_01_03 R02–R05: city rules, aliases of beijing.* (the city module's owner declares them)
    assert all(alias not in (m.id, *m.aliases) for m in xicheng.MEASURES)
    if alias in CAT:
        assert CAT[alias].district == "beijing"


# =====================================================================================================
# xicheng.loan_interest_subsidy — （七） L656-L664
# =====================================================================================================
def loan(principal: str = "3000000", on: str = "2020-03-02", term: int = 12, rate: str = "0.04",
         interest: str = "120000", **kw: Any) -> dict:
    return {"principal": principal, "disbursed_on": on, "term_months": term, "annual_rate": rate,
            "interest_paid": interest, "inclusive_finance": True, "lender_district": "xicheng", **kw}


def borrower(*loans: dict, industry: str = "catering", size: str = "small", district: str = "xicheng") -> dict:
    return {"district": district, "industry": industry, "size": size, "loans": list(loans)}


@pytest.mark.parametrize(("firm", "series", "status", "amount"), [
    # ex.1 (L656-L664): 3,000,000 at 4.00%, disbursed 2020-03-02; LPR in force 4.05% (2020-02-20) ≥ 4.00%:
    # 30% × 120,000 = 36,000 (ERRATA R23: unchanged under the LPR default)
    (borrower(loan()), "lpr", "eligible", "36000.00"),
    # the same under the PBoC reading (4.35% ≥ 4.00%): 36,000
    (borrower(loan()), "pboc", "eligible", "36000.00"),
    # ex.2: 10,000,000 (及以下), 2020-05-31 (5 月底), 12 months (不超过一年期), 5.00%, interest 500,000;
    # LPR 3.85% (2020-05-20): 500,000 × 3.85/5.00 = 385,000; × 30% = 115,500
    (borrower(loan("10000000", "2020-05-31", 12, "0.05", "500000"), industry="software"), "lpr", "eligible",
     "115500.00"),
    # PBoC 4.35%: 500,000 × 4.35/5.00 = 435,000; × 30% = 130,500 (the implied per-loan maximum)
    (borrower(loan("10000000", "2020-05-31", 12, "0.05", "500000"), industry="software"), "pboc", "eligible",
     "130500.00"),
    # ex.3: 12,000,000 > 1000万 → wholly ineligible (default reading)
    (borrower(loan("12000000", "2020-04-15", 12, "0.04", "480000")), "lpr", "ineligible", "0.00"),
    # disbursed 2020-06-01, after 5 月底 → 0
    (borrower(loan("4000000", "2020-06-01", 12, "0.04", "160000")), "lpr", "ineligible", "0.00"),
    # 18-month term, over one year → 0
    (borrower(loan(term=18)), "lpr", "ineligible", "0.00"),
    # a 制造业 borrower is not among the ten industries → 0
    (borrower(loan(), industry="manufacturing"), "lpr", "ineligible", "0.00"),
    # a large borrower is not 中小微 → 0
    (borrower(loan(), size="large"), "lpr", "ineligible", "0.00"),
    # not a 普惠 loan → 0
    (borrower(loan(inclusive_finance=False)), "lpr", "ineligible", "0.00"),
    # a 海淀 firm: another district's measure → 0
    (borrower(loan(), district="haidian"), "lpr", "ineligible", "0.00"),
])
def test_loan_worked_examples(firm: dict, series: str, status: str, amount: str) -> None:
    a = run(LOAN, firm, benchmark_series=series)
    assert (a.status, a.amount) == (status, Decimal(amount))


def test_loan_readings() -> None:
    big = borrower(loan("12000000", "2020-04-15", 12, "0.04", "480000"))
    # cap_base: LPR on 2020-04-15 is 4.05% (published 2020-03-20) ≥ 4.00%, so all interest counts;
    # 480,000 × 10,000,000 / 12,000,000 = 400,000; × 30% = 120,000
    assert run(LOAN, big, xicheng_loan_threshold_mode="cap_base").amount == Decimal("120000.00")
    # above the benchmark: loan_ineligible pays nothing for a loan priced above it
    ex2 = borrower(loan("10000000", "2020-05-31", 12, "0.05", "500000"), industry="software")
    assert run(LOAN, ex2, xicheng_loan_above_benchmark="loan_ineligible").amount == 0
    # small_micro: a medium borrower no longer qualifies
    assert run(LOAN, borrower(loan(), size="medium")).status == "eligible"
    assert run(LOAN, borrower(loan(), size="medium"), xicheng_loan_sizes="small_micro").status == "ineligible"
    # window start at the issue date: a loan of 2020-02-10 drops out
    early = borrower(loan(on="2020-02-10"))
    assert run(LOAN, early).status == "eligible"
    assert run(LOAN, early, xicheng_loan_window_start="policy_issue_date").status == "ineligible"
    # district lender required: a 海淀 branch's loan drops out
    other = borrower(loan(lender_district="haidian"))
    assert run(LOAN, other).status == "eligible"
    assert run(LOAN, other, xicheng_loan_requires_district_lender=True).status == "ineligible"
    # firm_total: two 6,000,000 loans are together over 1000万
    two = borrower(loan("6000000", interest="240000"), loan("6000000", interest="240000"))
    assert run(LOAN, two).amount == Decimal("144000.00")  # 2 × 30% × 240,000
    assert run(LOAN, two, xicheng_loan_amount_basis="firm_total").status == "ineligible"


def test_loan_missing_facts() -> None:
    a = run(LOAN, borrower(loan(interest_paid=None)))
    assert a.status == "undetermined" and a.missing == ["loans.0.interest_paid"]
    a = run(LOAN, {"district": "xicheng", "industry": "catering", "size": "small"})
    assert a.status == "undetermined" and a.missing == ["loans"]
    a = run(LOAN, borrower(loan(disbursed_on=None)))
    assert a.status == "undetermined" and "loans.0.disbursed_on" in a.missing


DAYS = st.integers(min_value=0, max_value=200).map(lambda k: date(2020, 1, 1) + timedelta(days=k))
MONEY = st.integers(min_value=1, max_value=20_000_000).map(Decimal)
RATES = st.integers(min_value=1, max_value=900).map(lambda bp: Decimal(bp) / 10000)


@given(day=DAYS)
def test_loan_zero_outside_the_disbursement_window(day: date) -> None:
    a = run(LOAN, borrower(loan(on=day.isoformat())))
    inside = date(2020, 2, 1) <= day <= date(2020, 5, 31)
    assert (a.status == "eligible") == inside
    if not inside:
        assert a.amount == 0


@pytest.mark.parametrize(("day", "ok"), [("2020-01-31", False), ("2020-02-01", True), ("2020-05-31", True),
                                         ("2020-06-01", False)])
def test_loan_window_edges(day: str, ok: bool) -> None:
    assert (run(LOAN, borrower(loan(on=day))).status == "eligible") is ok


@pytest.mark.parametrize(("principal", "term", "ok"), [("10000000", 12, True), ("10000000.01", 12, False),
                                                       ("3000000", 12, True), ("3000000", 13, False),
                                                       ("3000000", 1, True)])
def test_loan_principal_and_term_edges(principal: str, term: int, ok: bool) -> None:
    assert (run(LOAN, borrower(loan(principal, term=term))).status == "eligible") is ok


def half_up(x: Fraction) -> Decimal:
    """An exact rational rounded half-up to the fen, computed independently of the library's round_fen."""
    cents = x * 100
    floor = cents.numerator // cents.denominator
    return Decimal(floor + (1 if cents - floor >= Fraction(1, 2) else 0)).scaleb(-2)


@given(principal=st.integers(min_value=1, max_value=10_000_000).map(Decimal), rate=RATES,
       interest=st.integers(min_value=0, max_value=10**9).map(lambda c: Decimal(c).scaleb(-2)),
       day=st.integers(min_value=0, max_value=120).map(lambda k: date(2020, 2, 1) + timedelta(days=k)),
       series=st.sampled_from(["lpr", "pboc"]))
def test_loan_is_the_exact_rational_rounded_once(principal: Decimal, rate: Decimal, interest: Decimal, day: date,
                                                 series: str) -> None:
    # issue 8 §1b: 30% × interest × min(1, benchmark / rate), exact until the one half-up rounding
    from subsidycalc.reference.rates import benchmark_rate
    a = run(LOAN, borrower(loan(str(principal), day.isoformat(), 12, str(rate), str(interest))),
            benchmark_series=series)
    bench, _ = benchmark_rate(series, day, 12)
    expected = Fraction("0.30") * Fraction(interest) * min(Fraction(1), Fraction(bench) / Fraction(rate))
    assert a.status == "eligible" and a.amount >= 0
    assert a.amount == half_up(expected)
    assert a.amount <= half_up(Fraction("0.30") * Fraction(interest))


@pytest.mark.parametrize(("interest", "rate", "amount"), [
    # issue 8 §1b: disbursed 2020-05-01, LPR 3.85% (published 2020-04-20) < 4.41%: 30% × 35,369.67 × 3.85% / 4.41%
    # = 9,263.485 exactly (3.85/4.41 = 55/63; 35,369.67 × 55/63 = 30,878.28333…; × 30% = 9,263.485) → 9,263.49 half-up
    # (dividing first in 28-digit Decimal gave 9,263.484999… → 9,263.48)
    ("35369.67", "0.0441", "9263.49"),
    # the same loan with 1 fen less interest: 35,369.66 × 55/63 × 30% = 9,263.482380… → 9,263.48
    ("35369.66", "0.0441", "9263.48"),
])
def test_loan_exact_tie_rounds_half_up(interest: str, rate: str, amount: str) -> None:
    a = run(LOAN, borrower(loan("1000000", "2020-05-01", 12, rate, interest)))
    assert (a.status, a.amount) == ("eligible", Decimal(amount))
    assert round_fen(Fraction("0.30") * Fraction(interest) * Fraction(55, 63)) == Decimal(amount)


@given(i1=MONEY, i2=MONEY)
def test_loan_monotone_in_interest_paid(i1: Decimal, i2: Decimal) -> None:
    lo, hi = sorted((i1, i2))
    assert run(LOAN, borrower(loan(interest=str(lo)))).amount <= run(LOAN, borrower(loan(interest=str(hi)))).amount


@pytest.mark.parametrize(("rate", "amount"), [
    # disbursed 2020-03-02: LPR 4.05% (published 2020-02-20). A contract rate equal to the benchmark is not above it
    # (超出基准利率的部分): 30% × 120,000 = 36,000
    ("0.0405", "36000.00"),
    # 1 bp above: 120,000 × 4.05% / 4.06% = 119,704.433497…; × 30% = 35,911.330049… → 35,911.33
    ("0.0406", "35911.33"),
    # 1 bp below: all of it: 36,000
    ("0.0404", "36000.00"),
])
def test_loan_benchmark_edge(rate: str, amount: str) -> None:
    a = run(LOAN, borrower(loan(rate=rate)))
    assert a.amount == Decimal(amount)
    # the step shows the interest within the benchmark only when the rate is above it
    above = [s for s in a.steps if s.startswith("loan 0: interest within the benchmark")]
    if rate == "0.0406":
        assert above == ["loan 0: interest within the benchmark: 120,000.00 × 4.05% (benchmark) / 4.06% = "
                         "119,704.433497…"]
    else:
        assert above == []


def test_loan_above_benchmark_reading_spares_loans_below_it() -> None:
    # reading loan_ineligible drops only loans priced above the benchmark: a 4.00% loan (LPR 4.05%) and one at the
    # benchmark still get 30% × 120,000 = 36,000; one at 4.06% gets nothing
    for rate, amount in (("0.04", "36000.00"), ("0.0405", "36000.00"), ("0.0406", "0.00")):
        a = run(LOAN, borrower(loan(rate=rate)), xicheng_loan_above_benchmark="loan_ineligible")
        assert a.amount == Decimal(amount), rate


def test_loan_steps_sum_over_loans_and_the_size_label() -> None:
    two = run(LOAN, borrower(loan(), loan(interest="60000")))
    assert two.amount == Decimal("54000.00") and "sum over loans: 36,000.00 + 18,000.00 = 54,000.00" in two.steps
    one = run(LOAN, borrower(loan()))
    assert not any(x.startswith("sum over loans") for x in one.steps)  # one loan: its own line shows it
    # the reading small_micro names the 普惠 sizes in the reason
    assert any("小微企业 (普惠)" in r for r in run(LOAN, borrower(loan()), xicheng_loan_sizes="small_micro").reasons)
    assert any("within 中小微企业" in r for r in one.reasons)


def test_loan_zero_interest_pays_zero() -> None:
    # a qualifying loan on which no interest was paid yet: eligible, 30% × 0 = 0 (a 0% loan too)
    for rate in ("0.04", "0"):
        a = run(LOAN, borrower(loan(rate=rate, interest="0")))
        assert (a.status, a.amount) == ("eligible", Decimal("0.00"))


def test_loan_no_loans_is_ineligible() -> None:
    a = run(LOAN, borrower())
    assert a.status == "ineligible" and "no loans" in a.reasons[-1]


@pytest.mark.parametrize(("flag", "status", "amount"), [
    # （七） L662-L664 "与区有关相近政策不重复享受": a loan already drawing a similar 西城 subsidy gets nothing here
    (True, "ineligible", "0.00"),
    # not subsidised elsewhere (stated, or absent): 30% × 120,000 = 36,000
    (False, "eligible", "36000.00"),
    (None, "eligible", "36000.00"),
])
def test_loan_not_twice_with_a_similar_district_policy(flag: bool | None, status: str, amount: str) -> None:
    a = run(LOAN, borrower(loan(similar_district_subsidy=flag)))
    assert (a.status, a.amount) == (status, Decimal(amount))
    if flag:
        assert "相近政策不重复享受" in " ".join(a.reasons)


def test_loan_firm_total_basis() -> None:
    # two 6,000,000 loans (4.00% ≤ LPR 4.05%), 240,000 interest each: 12,000,000 > 1000万 in total
    two = borrower(loan("6000000", interest="240000"), loan("6000000", interest="240000"))
    # firm_total + cap_base: only the first 1000万 counts: 30% × 480,000 × 10,000,000 / 12,000,000 = 120,000
    a = run(LOAN, two, xicheng_loan_amount_basis="firm_total", xicheng_loan_threshold_mode="cap_base")
    assert a.amount == Decimal("120000.00")
    # exactly 1000万 in total (及以下): 30% × (200,000 + 200,000) = 120,000 under firm_total
    ok = borrower(loan("5000000", interest="200000"), loan("5000000", interest="200000"))
    assert run(LOAN, ok, xicheng_loan_amount_basis="firm_total").amount == Decimal("120000.00")
    # one fen over 1000万 in total → wholly ineligible (default threshold mode)
    over = borrower(loan("5000000", interest="200000"), loan("5000000.01", interest="200000"))
    assert run(LOAN, over, xicheng_loan_amount_basis="firm_total").status == "ineligible"


def test_loan_cap_base_on_one_loan() -> None:
    # 12,500,000 at 4.00% (2020-03-02, LPR 4.05%), interest 500,000: 500,000 × 10,000,000 / 12,500,000 = 400,000;
    # × 30% = 120,000; at exactly 10,000,000 the loan counts whole: 30% × 500,000 = 150,000
    big = borrower(loan("12500000", interest="500000"))
    assert run(LOAN, big, xicheng_loan_threshold_mode="cap_base").amount == Decimal("120000.00")
    edge = borrower(loan("10000000", interest="500000"))
    assert run(LOAN, edge, xicheng_loan_threshold_mode="cap_base").amount == Decimal("150000.00")


def test_loan_cap_base_scales_only_the_loans_over_1000wan() -> None:
    # L656-L664 (总额 1000万元及以下额度), cap_base, per loan: a 5,000,000 loan counts whole (30% × 200,000 = 60,000),
    # a 12,500,000 one its first 1000万, exactly (30% × 500,001 × 10,000,000 / 12,500,000 = 30% × 400,000.8 =
    # 120,000.24); the step "only the first 1000万 counts" is shown for the big loan only, not at exactly 1000万
    both = borrower(loan("5000000", interest="200000"), loan("12500000", interest="500001"))
    a = run(LOAN, both, xicheng_loan_threshold_mode="cap_base")
    assert a.amount == Decimal("180000.24")
    text = a.explain()
    assert text.count("only the first 1000万 counts") == 1
    small = run(LOAN, borrower(loan("5000000", interest="200000")), xicheng_loan_threshold_mode="cap_base")
    assert small.amount == Decimal("60000.00") and "only the first 1000万 counts" not in small.explain()
    edge = run(LOAN, borrower(loan("10000000", interest="500000")), xicheng_loan_threshold_mode="cap_base")
    assert edge.amount == Decimal("150000.00") and "only the first 1000万 counts" not in edge.explain()


@pytest.mark.parametrize(("day", "ok"), [("2020-02-16", False), ("2020-02-17", True), ("2020-05-31", True),
                                         ("2020-06-01", False)])
def test_loan_window_edges_from_the_issue_date(day: str, ok: bool) -> None:
    # reading xicheng_loan_window_start = policy_issue_date: 2020-02-17 (L402) to 5 月底
    a = run(LOAN, borrower(loan(on=day)), xicheng_loan_window_start="policy_issue_date")
    assert (a.status == "eligible") is ok


@pytest.mark.parametrize(("firm", "readings", "path"), [
    (borrower(loan(lender_district=None)), {"xicheng_loan_requires_district_lender": True}, "loans.0.lender_district"),
    (borrower(loan(inclusive_finance=None)), {}, "loans.0.inclusive_finance"),
    (borrower(loan(term_months=None)), {}, "loans.0.term_months"),
    (borrower(loan(principal=None)), {}, "loans.0.principal"),
    (borrower(loan(annual_rate=None)), {}, "loans.0.annual_rate"),
    ({"district": "xicheng", "size": "small", "loans": [loan()]}, {}, "industry"),
    ({"district": "xicheng", "industry": "catering", "loans": [loan()]}, {}, "size"),
])
def test_loan_unknown_facts_leave_it_undetermined(firm: dict, readings: dict, path: str) -> None:
    a = run(LOAN, firm, **readings)
    assert a.status == "undetermined" and path in a.missing


def test_loan_lender_not_needed_by_default() -> None:
    # the lender's district is not a condition by default: an unknown one changes nothing
    assert run(LOAN, borrower(loan(lender_district=None))).amount == Decimal("36000.00")


TEN = ("wholesale", "retail", "accommodation", "catering", "logistics", "transport", "warehousing", "postal",
       "culture_tourism", "tourism", "medical", "internet_services", "software", "rnd_design", "content_creative",
       "fintech")


@pytest.mark.parametrize("industry", sorted(set(sc.profile.industries.INDUSTRIES) - {"other"}))
def test_loan_industry_list_is_closed(industry: str) -> None:
    # （七） L656-L660: 批发零售、住宿餐饮、物流运输、文化旅游、医药及器械、互联网生活服务、软件和信息服务、研发设计、内容创意、
    # 金融科技 — no "等": every industry of the list qualifies, every other one does not (金融业 is not 金融科技)
    a = run(LOAN, borrower(loan(), industry=industry))
    assert (a.status == "eligible") is (industry in TEN)


# =====================================================================================================
# xicheng.stock_pledge_extension — （八） L672-L674
# =====================================================================================================
def pledger(*pledges: dict, size: str = "small") -> dict:
    return {"district": "xicheng", "size": size, "capital_markets": {"stock_pledges": list(pledges)}}


def pledge(matures: str = "2020-03-16", **kw: Any) -> dict:
    return {"matures_on": matures, "repayment_difficulty": True, "pledgee_district": "xicheng", **kw}


def test_pledge_worked_examples() -> None:
    # ex.1/2: matures 2020-03-16 → between 2020-06-16 (3 months) and 2020-09-16 (6 months); no cash
    a = run(PLEDGE, pledger(pledge()))
    assert (a.status, a.amount) == ("eligible", Decimal("0.00"))
    # one deferral effect per pledge covered (keyed by the pledge)
    deferral = a.effects["deferral capital_markets.stock_pledges 0"]
    assert "2020-06-16" in deferral and "2020-09-16" in deferral
    # the institution agreed 3 months (capital_markets.stock_pledges.N.extension_months, formerly the reading
    # xicheng_pledge_extension_months)
    a = run(PLEDGE, pledger(pledge(extension_months=3)))
    deferral = a.effects["deferral capital_markets.stock_pledges 0"]
    assert "2020-06-16" in deferral and "2020-09-16" not in deferral
    # ex.3: pledgee in 海淀 (not 驻区) → ineligible; matured 2019-12-10, before 疫情防控期间 → ineligible
    assert run(PLEDGE, pledger(pledge(pledgee_district="haidian"))).status == "ineligible"
    assert run(PLEDGE, pledger(pledge("2019-12-10"))).status == "ineligible"
    assert run(PLEDGE, pledger(pledge(repayment_difficulty=False))).status == "ineligible"
    assert run(PLEDGE, pledger(pledge(), size="large")).status == "ineligible"


def test_pledge_missing_facts() -> None:
    a = run(PLEDGE, pledger(pledge(pledgee_district=None)))
    assert a.status == "undetermined" and a.missing == ["capital_markets.stock_pledges.0.pledgee_district"]
    # no capital_markets section: what is missing is the list of stock pledges itself (the rule names the list it
    # reads; the former calculator named the section)
    a = run(PLEDGE, {"district": "xicheng", "size": "small"})
    assert a.status == "undetermined" and a.missing == ["capital_markets.stock_pledges"]


@given(day=st.integers(min_value=-60, max_value=400).map(lambda k: date(2020, 1, 24) + timedelta(days=k)))
def test_pledge_window_is_the_epidemic_period(day: date) -> None:
    a = run(PLEDGE, pledger(pledge(day.isoformat())))
    assert (a.status == "eligible") == (date(2020, 1, 24) <= day <= date(2020, 12, 31))
    assert a.amount == 0


@pytest.mark.parametrize(("day", "ok"), [("2020-01-23", False), ("2020-01-24", True), ("2020-12-31", True),
                                         ("2021-01-01", False)])
def test_pledge_epidemic_period_edges(day: str, ok: bool) -> None:
    # 在疫情防控期间到期: epidemic_period_start 2020-01-24 .. epidemic_period_end 2020-12-31 (defaults), both inclusive
    assert (run(PLEDGE, pledger(pledge(day))).status == "eligible") is ok


def test_pledge_reading_epidemic_period_end() -> None:
    # the period read as ending 2020-03-15: a pledge maturing 2020-03-16 is no longer covered
    assert run(PLEDGE, pledger(pledge("2020-03-16")), epidemic_period_end=date(2020, 3, 15)).status == "ineligible"
    assert run(PLEDGE, pledger(pledge("2020-03-15")), epidemic_period_end=date(2020, 3, 15)).status == "eligible"


def test_pledge_new_maturity_at_a_month_end() -> None:
    # 2020-08-31 + 3 months = 2020-11-30, + 6 months = 2021-02-28 (clamped to the month's last day; 展期 3至 6个月)
    a = run(PLEDGE, pledger(pledge("2020-08-31")))
    assert "between 2020-11-30 and 2021-02-28" in a.effects["deferral capital_markets.stock_pledges 0"]
    a = run(PLEDGE, pledger(pledge("2020-08-31", extension_months=6)))
    assert "2020-08-31 → 2021-02-28" in a.effects["deferral capital_markets.stock_pledges 0"] and a.amount == 0


@pytest.mark.parametrize(("firm", "path"), [
    (pledger(pledge(repayment_difficulty=None)), "capital_markets.stock_pledges.0.repayment_difficulty"),
    (pledger(pledge(matures_on=None)), "capital_markets.stock_pledges.0.matures_on"),
    ({"district": "xicheng", "size": "small", "capital_markets": {}}, "capital_markets.stock_pledges"),
    ({"district": "xicheng", "capital_markets": {"stock_pledges": [pledge()]}}, "size"),
])
def test_pledge_unknown_facts(firm: dict, path: str) -> None:
    a = run(PLEDGE, firm)
    assert a.status == "undetermined" and path in a.missing


def test_pledge_extension_agreed_is_a_fact_of_each_pledge() -> None:
    # L672-L674 "可协助企业与金融机构协商，展期 3至 6个月": the institution decides; an extension agreed outside 3–6 months is
    # not this measure's; two pledges, one agreed (4 months) and one not: one new maturity and one range
    a = run(PLEDGE, pledger(pledge(extension_months=4), pledge("2020-04-30")))
    assert a.status == "eligible"
    assert "2020-03-16 → 2020-07-16" in a.effects["deferral capital_markets.stock_pledges 0"]
    assert "between 2020-07-30 and 2020-10-30" in a.effects["deferral capital_markets.stock_pledges 1"]
    assert run(PLEDGE, pledger(pledge(extension_months=7))).status == "ineligible"
    with pytest.raises(ValueError, match="no longer a reading"):
        sc.Assumptions(xicheng_pledge_extension_months=3)
    with pytest.raises(ValueError, match="xicheng_contribution_grant_assessed"):
        sc.Assumptions(xicheng_contribution_grant_amount=Decimal(1))


def test_pledge_none_is_ineligible() -> None:
    assert run(PLEDGE, pledger()).status == "ineligible"


# =====================================================================================================
# xicheng.guarantee_fee_subsidy — （十） L719-L723, L733 ("适当补贴")
# =====================================================================================================
def guarantor(*items: dict, district: str = "xicheng") -> dict:
    return {"district": "chaoyang", "guarantor": {"district": district, "discounted_guarantees": list(items)}}


def gd(amount: str = "3000000", old: str = "0.025", new: str = "0.012", **kw: Any) -> dict:
    return {"amount": amount, "original_rate": old, "discounted_rate": new, "term_months": 12,
            "granted_on": "2020-03-01", "borrower_size": "small", "borrower_severely_affected": True,
            "recognised": True, **kw}


@pytest.mark.parametrize(("item", "mode", "base"), [
    # ex.1: 3,000,000, 2.5% → 1.2%: A 3,000,000 × (2.0% − 1.2%) = 24,000; B (min(2.5%, 2%) − 1.2%) = 24,000;
    # C (2.5% − 1.2%) = 39,000
    (gd(), "gap_below_2pct", "24000"),
    (gd(), "reduction_within_band", "24000"),
    (gd(), "whole_reduction", "39000"),
    # ex.2 second case: 1.8% → 1.5%: A 0.5% × 3,000,000 = 15,000; B and C 0.3% × 3,000,000 = 9,000
    (gd(old="0.018", new="0.015"), "gap_below_2pct", "15000"),
    (gd(old="0.018", new="0.015"), "reduction_within_band", "9000"),
    (gd(old="0.018", new="0.015"), "whole_reduction", "9000"),
    # a 24-month guarantee doubles the base: 3,000,000 × 0.8% × 24/12 = 48,000
    (gd(term_months=24), "gap_below_2pct", "48000"),
])
def test_guarantee_worked_examples(item: dict, mode: str, base: str) -> None:
    # without a rate: eligible, amount unquantified ('适当补贴')
    a = run(GUAR, guarantor(item), xicheng_guarantee_base=mode)
    assert a.status == "eligible" and not a.quantified and a.needs == ["assumptions.xicheng_guarantee_subsidy_share"]
    # with k = 50%: 50% × base
    a = run(GUAR, guarantor(item), xicheng_guarantee_base=mode, xicheng_guarantee_subsidy_share=Decimal("0.5"))
    assert a.amount == Decimal(base) / 2


def test_guarantee_ineligible_and_missing() -> None:
    # ex.2: exactly 2.0% is not 不足 2% → 0 under every reading
    for mode in ("gap_below_2pct", "reduction_within_band", "whole_reduction"):
        assert run(GUAR, guarantor(gd(new="0.02")), xicheng_guarantee_base=mode).status == "ineligible"
    # ex.3: a guarantor located in 朝阳 is not 驻区 → 0
    assert run(GUAR, guarantor(gd(), district="chaoyang")).status == "ineligible"
    # not a guarantee company at all
    assert run(GUAR, {"district": "xicheng"}).status == "ineligible"
    # a large borrower; a guarantee granted before the epidemic period
    assert run(GUAR, guarantor(gd(borrower_size="large"))).status == "ineligible"
    assert run(GUAR, guarantor(gd(granted_on="2019-12-01"))).status == "ineligible"
    a = run(GUAR, guarantor(gd(term_months=None)))
    assert a.status == "undetermined" and a.missing == ["guarantor.discounted_guarantees.0.term_months"]
    a = run(GUAR, {"guarantor": {"discounted_guarantees": [gd()]}})
    assert a.status == "undetermined" and a.missing == ["guarantor.district"]


@given(new_bp=st.integers(min_value=0, max_value=400), amount=MONEY)
def test_guarantee_strictly_below_2pct(new_bp: int, amount: Decimal) -> None:
    item = gd(str(amount), old="0.04", new=str(Decimal(new_bp) / 10000))
    a = run(GUAR, guarantor(item), xicheng_guarantee_subsidy_share=Decimal(1))
    if new_bp >= 200:
        assert a.status == "ineligible" and a.amount == 0
    else:
        assert a.status == "eligible"
        assert a.amount == (amount * (Decimal("0.02") - Decimal(new_bp) / 10000)).quantize(Decimal("0.01"))


K1 = {"xicheng_guarantee_subsidy_share": Decimal(1)}  # a supplied share k = 100%, to see the base in yuan


@pytest.mark.parametrize(("flag", "status"), [(True, "eligible"), (False, "ineligible"), (None, "undetermined")])
def test_guarantee_recognition_is_a_fact(flag: bool | None, status: str) -> None:
    # （十） L719-L723 "给予综合费率优惠的,经认定": the recognition of the discount is a fact of each guarantee
    a = run(GUAR, guarantor(gd(recognised=flag)), **K1)
    assert a.status == status
    if flag is None:
        assert a.missing == ["guarantor.discounted_guarantees.0.recognised"]
    if flag is False:
        assert "经认定" in " ".join(a.reasons) and a.amount == 0


@pytest.mark.parametrize(("mode", "old", "new", "base"), [
    # B: min(original, 2%) − discounted: 1.9% → 1.2%: 0.7% × 3,000,000 = 21,000; 2.1% → 1.2%: capped at 2%: 24,000
    ("reduction_within_band", "0.019", "0.012", "21000.00"),
    ("reduction_within_band", "0.021", "0.012", "24000.00"),
    # C: the whole cut: 2.1% → 1.2%: 0.9% × 3,000,000 = 27,000
    ("whole_reduction", "0.021", "0.012", "27000.00"),
    # a "discount" that raised the rate (1.0% → 1.5%) has no reduction under B and C: nothing to subsidise
    ("reduction_within_band", "0.010", "0.015", "0.00"),
    ("whole_reduction", "0.010", "0.015", "0.00"),
])
def test_guarantee_base_readings_edges(mode: str, old: str, new: str, base: str) -> None:
    a = run(GUAR, guarantor(gd(old=old, new=new)), xicheng_guarantee_base=mode, **K1)
    assert a.amount == Decimal(base)
    assert (a.status == "eligible") is (base != "0.00")


@pytest.mark.parametrize(("rate", "amount"), [
    # 不足 2%: 1.99% → 3,000,000 × (2% − 1.99%) × 12/12 = 300 (k = 100%); 2.00% → nothing below 2%
    ("0.0199", "300.00"), ("0.02", "0.00"),
])
def test_guarantee_threshold_edge(rate: str, amount: str) -> None:
    assert run(GUAR, guarantor(gd(new=rate)), **K1).amount == Decimal(amount)


@pytest.mark.parametrize(("day", "ok"), [("2020-01-23", False), ("2020-01-24", True), ("2020-12-31", True),
                                         ("2021-01-01", False)])
def test_guarantee_granted_in_the_epidemic_period(day: str, ok: bool) -> None:
    # 疫情期间 (epidemic_period_start .. epidemic_period_end, defaults 2020-01-24 .. 2020-12-31)
    assert (run(GUAR, guarantor(gd(granted_on=day)), **K1).status == "eligible") is ok


def test_guarantee_term_scaling_and_its_reading() -> None:
    # an 18-month guarantee, 3,000,000 × (2% − 1.2%) = 24,000 a year: × 18/12 = 36,000 (k = 100%); the rates read as
    # for the whole term (xicheng_guarantee_scale_by_term False): 24,000, and term_months is then not needed
    assert run(GUAR, guarantor(gd(term_months=18)), **K1).amount == Decimal("36000.00")
    assert run(GUAR, guarantor(gd(term_months=18)), xicheng_guarantee_scale_by_term=False, **K1).amount == Decimal(
        "24000.00")
    a = run(GUAR, guarantor(gd(term_months=None)), xicheng_guarantee_scale_by_term=False, **K1)
    assert a.amount == Decimal("24000.00")
    # a 7-month term: 24,000 × 7/12 = 14,000; 5 months of 1,000,000 at 1.3%: 1,000,000 × 0.7% × 5/12 = 2,916.666… → 2,916.67
    assert run(GUAR, guarantor(gd(term_months=7)), **K1).amount == Decimal("14000.00")
    assert run(GUAR, guarantor(gd("1000000", new="0.013", term_months=5)), **K1).amount == Decimal("2916.67")


def test_guarantee_borrower_conditions() -> None:
    assert run(GUAR, guarantor(gd(borrower_severely_affected=False)), **K1).status == "ineligible"
    a = run(GUAR, guarantor(gd(borrower_severely_affected=None)), **K1)
    assert a.status == "undetermined" and a.missing == ["guarantor.discounted_guarantees.0.borrower_severely_affected"]
    a = run(GUAR, guarantor(gd(original_rate=None)), xicheng_guarantee_base="whole_reduction", **K1)
    assert a.missing == ["guarantor.discounted_guarantees.0.original_rate"]
    assert run(GUAR, guarantor(gd(original_rate=None)), **K1).amount == Decimal("24000.00")  # not needed under A


def test_guarantee_steps_sum_over_guarantees() -> None:
    # two guarantees: 24,000 + 24,000 = 48,000 (k = 100%), with a step adding them; one guarantee: no such step
    a = run(GUAR, guarantor(gd(), gd()), **K1)
    assert a.amount == Decimal("48000.00") and "base: sum over guarantees: 24,000.00 + 24,000.00 = 48,000.00" in a.steps
    assert "guarantee 0: base: 3,000,000.00 × (2% − 1.2%) × 12 / 12 = 24,000.00" in a.steps
    assert not any(x.startswith("base: sum over guarantees") for x in run(GUAR, guarantor(gd()), **K1).steps)


def test_guarantee_zero_amount_and_none() -> None:
    # a guarantee of 0 yuan gives a base of 0: nothing to subsidise
    assert run(GUAR, guarantor(gd("0")), **K1).status == "ineligible"
    assert run(GUAR, guarantor(), **K1).status == "ineligible"
    a = run(GUAR, {"district": "xicheng", "guarantor": {"district": "xicheng"}}, **K1)
    assert a.status == "undetermined" and a.missing == ["guarantor.discounted_guarantees"]


@given(amount=MONEY, new_bp=st.integers(0, 199), months=st.integers(0, 60), k=st.integers(0, 100))
def test_guarantee_is_the_exact_rational_rounded_once(amount: Decimal, new_bp: int, months: int, k: int) -> None:
    # k × amount × (2% − rate) × months / 12, exact until the one half-up rounding (issue 8 §1b)
    share = Decimal(k) / 100
    a = run(GUAR, guarantor(gd(str(amount), new=str(Decimal(new_bp).scaleb(-4)), term_months=months)),
            xicheng_guarantee_subsidy_share=share)
    base = Fraction(amount) * (Fraction(2, 100) - Fraction(new_bp, 10000)) * Fraction(months, 12)
    if base == 0:
        assert a.status == "ineligible"
    else:
        assert a.amount == half_up(Fraction(share) * base)


# =====================================================================================================
# xicheng.soe_rent_exemption_feb / soe_office_rent_reduction_feb — （十三） L801-L805
# =====================================================================================================
OK = {"open_or_closed_per_rules": True, "no_layoffs": True}


def lease(use: str = "business", rent: str = "60000", **kw: Any) -> dict:
    return {"landlord": "district_soe", "landlord_district": "xicheng", "use": use, "monthly_rent": rent, **kw}


def tenant(*leases: dict, size: str = "small", q: dict | None = None) -> dict:
    return {"district": "xicheng", "size": size, "qualifications": OK if q is None else q, "leases": list(leases)}


@pytest.mark.parametrize(("mid", "firm", "status", "amount"), [
    # business ex.1: a restaurant, 60,000/month, stayed open, no lay-offs: 100% × 60,000 = 60,000
    (PROD, tenant(lease()), "eligible", "60000.00"),
    # business ex.2: lease from 2020-02-10 at 29,000: 29,000 × 20/29 = 20,000 (no cap)
    (PROD, tenant(lease(rent="29000", starts_on="2020-02-10")), "eligible", "20000.00"),
    # business ex.3: a 市属 SOE's shop is not under this measure → 0 here
    (PROD, tenant(lease(landlord="city_soe")), "ineligible", "0.00"),
    # a 东城 district SOE is not a 西城 区属国有企业 → 0 here
    (PROD, tenant(lease(landlord_district="dongcheng")), "ineligible", "0.00"),
    # laid staff off → 0 (且不裁员、少裁员)
    (PROD, tenant(lease(), q={"open_or_closed_per_rules": True, "no_layoffs": False}), "ineligible", "0.00"),
    # office ex.1: software firm, 80,000/month: 50% × 80,000 = 40,000
    (OFFICE, tenant(lease("office", "80000")), "eligible", "40000.00"),
    # office ex.2 (tier switch): the same premises as business → 80,000 under the production measure
    (PROD, tenant(lease("business", "80000")), "eligible", "80000.00"),
    # office ex.3: a large tenant → 0
    (OFFICE, tenant(lease("office", "80000"), size="large"), "ineligible", "0.00"),
    # README "Decisions": offices carry no lay-off condition by default → 40,000 even with lay-offs
    (OFFICE, tenant(lease("office", "80000"), q={"open_or_closed_per_rules": False, "no_layoffs": False}),
     "eligible", "40000.00"),
    # a lease ended before February → not in force → 0
    (PROD, tenant(lease(ends_on="2020-01-31")), "ineligible", "0.00"),
    # two business leases: 60,000 + 30,000; an office lease is for the other measure
    (PROD, tenant(lease(), lease(rent="30000"), lease("office", "10000")), "eligible", "90000.00"),
])
def test_rent_worked_examples(mid: str, firm: dict, status: str, amount: str) -> None:
    a = run(mid, firm)
    assert (a.status, a.amount) == (status, Decimal(amount))


def test_rent_readings() -> None:
    laid_off = tenant(lease("office", "80000"), q={"open_or_closed_per_rules": True, "no_layoffs": False})
    assert run(OFFICE, laid_off, office_requires_no_layoff=True).status == "ineligible"
    # 可适当延长减免期: two more months at the same rate: 60,000 × 3 = 180,000, with a step naming the reading
    a = run(PROD, tenant(lease()), xicheng_rent_extension_months=2)
    assert a.amount == Decimal("180000.00") and a.steps[0] == (
        "relieved months (February 2020 + 2: reading xicheng_rent_extension_months, 可适当延长减免期): "
        "2020-02-01..2020-04-30")
    assert not run(PROD, tenant(lease())).steps[0].startswith("relieved months")
    # whole_month: a lease from 2020-02-10 counts the full month: 29,000
    part = tenant(lease(rent="29000", starts_on="2020-02-10"))
    assert run(PROD, part, xicheng_rent_partial_month="whole_month").amount == Decimal("29000.00")


def test_rent_missing_facts() -> None:
    a = run(PROD, tenant(lease(monthly_rent=None)))
    assert a.status == "undetermined" and a.missing == ["leases.0.monthly_rent"]
    a = run(PROD, tenant(lease(), q={}))
    assert a.status == "undetermined"
    assert a.missing == ["qualifications.open_or_closed_per_rules", "qualifications.no_layoffs"]
    a = run(OFFICE, {"district": "xicheng", "size": "small"})
    assert a.status == "undetermined" and a.missing == ["leases"]


@given(rent=MONEY, start=st.integers(min_value=0, max_value=40))
def test_rent_never_above_the_month(rent: Decimal, start: int) -> None:
    day = date(2020, 1, 25) + timedelta(days=start)
    for mid, share in ((PROD, Decimal(1)), (OFFICE, Decimal("0.5"))):
        use = "business" if mid == PROD else "office"
        a = run(mid, tenant(lease(use, str(rent), starts_on=day.isoformat())))
        assert 0 <= a.amount <= share * rent
        if day > date(2020, 2, 29):
            assert a.status == "ineligible"


@given(r1=MONEY, r2=MONEY)
def test_rent_monotone(r1: Decimal, r2: Decimal) -> None:
    lo, hi = sorted((r1, r2))
    assert run(PROD, tenant(lease(rent=str(lo)))).amount <= run(PROD, tenant(lease(rent=str(hi)))).amount


@pytest.mark.parametrize(("mid", "use", "rent", "kw", "status", "amount"), [
    # （十三） L801-L803 "免收 2月份房租" counts only the days the lease exists in February 2020 (29 days):
    # ended 2020-01-31 → not leased in February → 0
    (PROD, "business", "60000", {"ends_on": "2020-01-31"}, "ineligible", "0.00"),
    # ended 2020-02-01: 60,000 × 1/29 = 2,068.965517… → 2,068.97
    (PROD, "business", "60000", {"ends_on": "2020-02-01"}, "eligible", "2068.97"),
    # began 2020-02-29: 60,000 × 1/29 → 2,068.97
    (PROD, "business", "60000", {"starts_on": "2020-02-29"}, "eligible", "2068.97"),
    # began 2020-03-01: not leased in February → 0
    (PROD, "business", "60000", {"starts_on": "2020-03-01"}, "ineligible", "0.00"),
    # 2020-02-10..2020-02-20: 11 days: 60,000 × 11/29 = 22,758.620689… → 22,758.62
    (PROD, "business", "60000", {"starts_on": "2020-02-10", "ends_on": "2020-02-20"}, "eligible", "22758.62"),
    # office (L803-L805) from 2020-02-10: 50% × 80,000 × 20/29 = 27,586.206896… → 27,586.21
    (OFFICE, "office", "80000", {"starts_on": "2020-02-10"}, "eligible", "27586.21"),
    # a lease of the whole month (2020-02-01..2020-02-29): 100% × 60,000
    (PROD, "business", "60000", {"starts_on": "2020-02-01", "ends_on": "2020-02-29"}, "eligible", "60000.00"),
])
def test_rent_counts_only_the_days_leased(mid: str, use: str, rent: str, kw: dict, status: str, amount: str) -> None:
    a = run(mid, tenant(lease(use, rent, **kw)))
    assert (a.status, a.amount) == (status, Decimal(amount))


def test_rent_extension_counts_the_lease_days_in_each_month() -> None:
    # xicheng_rent_extension_months=1 (可适当延长减免期): February and March; a lease ending 2020-03-15:
    # 60,000 × (29/29 + 15/31) = 60,000 + 29,032.258064… = 89,032.26
    a = run(PROD, tenant(lease(ends_on="2020-03-15")), xicheng_rent_extension_months=1)
    assert a.amount == Decimal("89032.26")
    # a lease beginning 2020-03-01 gets March only under the extension: 60,000
    assert run(PROD, tenant(lease(starts_on="2020-03-01")), xicheng_rent_extension_months=1).amount == Decimal(
        "60000.00")
    # whole_month: both months whole for the lease ending 2020-03-15: 120,000
    a = run(PROD, tenant(lease(ends_on="2020-03-15")), xicheng_rent_extension_months=1,
            xicheng_rent_partial_month="whole_month")
    assert a.amount == Decimal("120000.00")


@pytest.mark.parametrize(("kw", "path"), [
    ({"landlord_district": None}, "leases.0.landlord_district"),
    ({"landlord": None}, "leases.0.landlord"),
    ({"use": None}, "leases.0.use"),
])
def test_rent_unknown_lease_facts(kw: dict, path: str) -> None:
    for mid, use in ((PROD, "business"), (OFFICE, "office")):
        a = run(mid, tenant(lease(**{"use": use, **kw})))
        assert a.status == "undetermined" and path in a.missing


@pytest.mark.parametrize(("landlord", "ok"), [("district_soe", True), ("city_soe", False), ("collective", False),
                                              ("park", False), ("private", False), ("institution", False)])
def test_rent_landlord_must_be_a_district_soe(landlord: str, ok: bool) -> None:
    # （十三） L801: 承租区属国有企业房产 — a 西城 district SOE only
    assert (run(PROD, tenant(lease(landlord=landlord))).status == "eligible") is ok


def test_rent_size_and_conditions() -> None:
    for size, ok in (("micro", True), ("small", True), ("medium", True), ("large", False)):
        assert (run(PROD, tenant(lease(), size=size)).status == "eligible") is ok
    # 按照政府要求坚持营业或依照防疫规定关闭停业 not met → 0 (production/business), whatever the office reading
    shut = tenant(lease(), q={"open_or_closed_per_rules": False, "no_layoffs": True})
    assert run(PROD, shut).status == "ineligible"
    # the office tier with the reading office_requires_no_layoff: conditions met → 40,000
    assert run(OFFICE, tenant(lease("office", "80000")), office_requires_no_layoff=True).amount == Decimal("40000.00")


def test_rent_steps_and_parts() -> None:
    # a whole month shows as 1, a partial one as days leased / days in the month; each lease's share is a part; the
    # effect says where to apply; several leases add up in a step
    a = run(PROD, tenant(lease(), lease(rent="29000", starts_on="2020-02-10")))
    assert a.amount == Decimal("80000.00")  # 60,000 + 29,000 × 20/29
    assert a.steps[0] == "lease 0: relief: 100% × 60,000.00 × 29 (days leased in 2020-02) / 29 = 60,000.00"
    assert a.steps[1] == "lease 1: relief: 100% × 29,000.00 × 20 (days leased in 2020-02) / 29 = 20,000.00"
    assert "sum over leases: 60,000.00 + 20,000.00 = 80,000.00" in a.steps
    assert set(a.parts) == {"leases.0", "leases.1"} and "apply" in a.effects
    one = run(PROD, tenant(lease()))
    assert one.steps[-1] == "lease 0: relief: 100% × 60,000.00 × 29 (days leased in 2020-02) / 29 = 60,000.00"
    # whole_month with an extension: a month the lease does not reach still counts 0 (February only: 60,000)
    a = run(PROD, tenant(lease(ends_on="2020-02-15")), xicheng_rent_extension_months=1,
            xicheng_rent_partial_month="whole_month")
    assert a.amount == Decimal("60000.00")
    assert "60,000.00 × (1 (2020-02 counted whole) + 0 (2020-03 counted whole))" in a.steps[-1]  # no sum over 1 lease


def test_rent_zero_rent_and_no_lease() -> None:
    a = run(PROD, tenant(lease(rent="0")))
    assert (a.status, a.amount) == ("eligible", Decimal("0.00"))
    assert run(PROD, tenant()).status == "ineligible"
    assert run(PROD, tenant(lease("office", "1000"))).status == "ineligible"  # an office lease: the other measure


def _days_leased_share(ls: dict, extra: int) -> Fraction:
    """Months of rent relieved, computed day by day (independently of the library's month helpers)."""
    start = date.fromisoformat(ls["starts_on"]) if "starts_on" in ls else date.min
    end = date.fromisoformat(ls["ends_on"]) if "ends_on" in ls else date.max
    total = Fraction(0)
    for k in range(1 + extra):
        month = month_of(date(2020, 2 + k, 1))
        assert month.end is not None
        days = sum(1 for j in range(month.days()) if start <= month.start + timedelta(days=j) <= end)
        total += Fraction(days, month.days())
    return total


LEASE_DAYS = st.integers(min_value=-60, max_value=330).map(lambda k: date(2020, 2, 1) + timedelta(days=k))


@given(rent=MONEY, a=st.one_of(st.none(), LEASE_DAYS), b=st.one_of(st.none(), LEASE_DAYS), extra=st.integers(0, 3),
       mid=st.sampled_from([PROD, OFFICE]))
def test_rent_lease_period_properties(rent: Decimal, a: date | None, b: date | None, extra: int, mid: str) -> None:
    # issue 8 §1: the relief covers only the lease's own days inside the relieved months; a lease wholly outside
    # contributes 0; shortening the lease never raises the relief; never more than share × rent × months covered
    if a is not None and b is not None and b < a:
        a, b = b, a
    use, share = ("business", Fraction(1)) if mid == PROD else ("office", Fraction(1, 2))
    period = {**({"starts_on": a.isoformat()} if a else {}), **({"ends_on": b.isoformat()} if b else {})}
    got = run(mid, tenant(lease(use, str(rent), **period)), xicheng_rent_extension_months=extra)
    months = _days_leased_share(period, extra)
    assert got.amount == half_up(share * Fraction(rent) * months)
    assert (got.status == "eligible") is (months > 0)
    assert got.amount <= half_up(share * Fraction(rent) * (1 + extra))
    relieved = month_of(date(2020, 2, 1)).start, month_of(date(2020, 2 + extra, 1)).end
    assert relieved[1] is not None
    lease_w = item_period(a, b)
    if overlap_days(lease_w, sc.engine.Window(relieved[0], relieved[1])) == 0:
        assert got.amount == 0
    # shortening: the same lease ending one week earlier (when it still ends after it starts)
    if b is not None and (a is None or b - timedelta(days=7) >= a):
        shorter = {**period, "ends_on": (b - timedelta(days=7)).isoformat()}
        assert run(mid, tenant(lease(use, str(rent), **shorter)), xicheng_rent_extension_months=extra).amount <= got.amount


# =====================================================================================================
# xicheng.landlord_rent_reduction_subsidy — （十三） L807-L813
# =====================================================================================================
def landlord(*reliefs: dict, **kw: Any) -> dict:
    return {"district": "xicheng", "size": "large", "rent_relief_granted": list(reliefs), **kw}


def relief(amount: str, start: str = "2020-02-01", end: str = "2020-02-29", **kw: Any) -> dict:
    return {"tenant_size": "small", "amount": amount, "period_start": start, "period_end": end, "recognised": True,
            **kw}


@pytest.mark.parametrize(("firm", "readings", "status", "amount"), [
    # ex.1: a district SOE waives 1,200,000 (business) + 300,000 (office): 30% × 1,500,000 = 450,000; a large
    # landlord may claim (the SME test applies to tenants)
    (landlord(relief("1200000", mandated=True), relief("300000", mandated=True)), {}, "eligible", "450000.00"),
    # ex.2: a park operator halves 100,000/month for February and March: 30% × 200,000 = 60,000
    (landlord(relief("200000", "2020-02-01", "2020-03-31")), {}, "eligible", "60000.00"),
    # ex.2, 疫情期间 read as February only: the March half drops out; entered per month: 30% × 100,000 = 30,000
    (landlord(relief("100000"), relief("100000", "2020-03-01", "2020-03-31")),
     {"epidemic_period_end": date(2020, 2, 29)}, "eligible", "30000.00"),
    # ex.3: an individual landlord (not an 企业) → 0
    (landlord(relief("10000"), enterprise=False), {}, "ineligible", "0.00"),
    # ex.3: a large tenant is not counted → 0
    (landlord(relief("10000", tenant_size="large")), {}, "ineligible", "0.00"),
    # ex.3: already subsidised for the same matter (同一事项不重复享受补贴) → 0
    (landlord(relief("10000", subsidised_elsewhere=True)), {}, "ineligible", "0.00"),
    # reading: voluntary reductions only → the mandated SOE reductions of ex.1 do not count
    (landlord(relief("1200000", mandated=True), relief("100000", mandated=False)),
     {"xicheng_landlord_counts_mandated": False}, "eligible", "30000.00"),
])
def test_landlord_worked_examples(firm: dict, readings: dict, status: str, amount: str) -> None:
    a = run(LANDLORD, firm, **readings)
    assert (a.status, a.amount) == (status, Decimal(amount))


def test_landlord_role_and_missing() -> None:
    assert run(LANDLORD, {"district": "xicheng"}).status == "ineligible"  # not a landlord claiming
    a = run(LANDLORD, landlord(relief("10000", tenant_size=None)))
    assert a.status == "undetermined" and a.missing == ["rent_relief_granted.0.tenant_size"]


@given(amount=MONEY)
def test_landlord_is_30_percent(amount: Decimal) -> None:
    a = run(LANDLORD, landlord(relief(str(amount))))
    assert a.amount == (Decimal("0.30") * amount).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP") >= 0


@pytest.mark.parametrize(("flag", "status", "amount"), [
    # （十三） L807-L811 "区属国有企业由区国资委认定，园区非国有企业由园区主管部门认定，其他类型企业由行业主管部门认定，经认定后":
    # the recognition is a fact of each reduction: recognised → 30% × 10,000 = 3,000; not → 0; unknown → undetermined
    (True, "eligible", "3000.00"), (False, "ineligible", "0.00"), (None, "undetermined", "0.00"),
])
def test_landlord_recognition_is_a_fact(flag: bool | None, status: str, amount: str) -> None:
    a = run(LANDLORD, landlord(relief("10000", recognised=flag)))
    assert (a.status, a.amount) == (status, Decimal(amount))
    if flag is None:
        assert a.missing == ["rent_relief_granted.0.recognised"]


@pytest.mark.parametrize(("flag", "status", "amount"), [
    # 同一事项不重复享受补贴 (L813): subsidised elsewhere → 0; stated not, or absent → 30% × 10,000 = 3,000
    (True, "ineligible", "0.00"), (False, "eligible", "3000.00"), (None, "eligible", "3000.00"),
])
def test_landlord_not_twice_for_the_same_matter(flag: bool | None, status: str, amount: str) -> None:
    a = run(LANDLORD, landlord(relief("10000", subsidised_elsewhere=flag)))
    assert (a.status, a.amount) == (status, Decimal(amount))


@pytest.mark.parametrize(("start", "end", "amount", "status", "subsidy"), [
    # 疫情期间 = 2020-01-24..2020-12-31 (defaults). A reduction straddling its end counts for its days inside:
    # 2020-12-01..2021-01-31 (62 days), 62,000 waived: 31 days inside → 31,000; × 30% = 9,300
    ("2020-12-01", "2021-01-31", "62000", "eligible", "9300.00"),
    # straddling its start: 2020-01-01..2020-01-24 (24 days), 24,000: 1 day inside → 1,000; × 30% = 300
    ("2020-01-01", "2020-01-24", "24000", "eligible", "300.00"),
    # wholly before (ends 2020-01-23) or wholly after (starts 2021-01-01) → 0
    ("2020-01-01", "2020-01-23", "24000", "ineligible", "0.00"),
    ("2021-01-01", "2021-01-31", "31000", "ineligible", "0.00"),
    # the last day of the period, alone: 30% × 1,000 = 300
    ("2020-12-31", "2020-12-31", "1000", "eligible", "300.00"),
    # 7 of 9 days (2020-12-25..2021-01-02), 1,000: 1,000 × 7/9 = 777.777…; × 30% = 233.333… → 233.33
    ("2020-12-25", "2021-01-02", "1000", "eligible", "233.33"),
])
def test_landlord_counts_the_days_inside_the_epidemic_period(start: str, end: str, amount: str, status: str,
                                                              subsidy: str) -> None:
    a = run(LANDLORD, landlord(relief(amount, start, end)))
    assert (a.status, a.amount) == (status, Decimal(subsidy))
    if status == "ineligible":
        assert any(r.startswith("✗ rent relief 0: relieved period") and "wholly outside 疫情期间" in r for r in a.reasons)
    # a step shows the proration only for a reduction that is partly outside the period
    inside = date(2020, 1, 24) <= date.fromisoformat(start) and date.fromisoformat(end) <= date(2020, 12, 31)
    assert any(s.startswith("rent relief 0: ") and "within 疫情期间" in s for s in a.steps) is (status == "eligible"
                                                                                       and not inside)


def test_landlord_mandated_needed_only_under_the_reading() -> None:
    assert run(LANDLORD, landlord(relief("10000"))).amount == Decimal("3000.00")
    a = run(LANDLORD, landlord(relief("10000")), xicheng_landlord_counts_mandated=False)
    assert a.status == "undetermined" and a.missing == ["rent_relief_granted.0.mandated"]


def test_landlord_reading_epidemic_period_start() -> None:
    # 疫情期间 read from the issue date 2020-02-17: a February reduction of 29,000 counts 13 of its 29 days:
    # 13,000 × 30% = 3,900
    a = run(LANDLORD, landlord(relief("29000")), epidemic_period_start=date(2020, 2, 17))
    assert a.amount == Decimal("3900.00")


@pytest.mark.parametrize(("size", "ok"), [("micro", True), ("small", True), ("medium", True), ("large", False)])
def test_landlord_tenant_size(size: str, ok: bool) -> None:
    assert (run(LANDLORD, landlord(relief("10000", tenant_size=size))).status == "eligible") is ok


@given(daily=st.integers(0, 10**5), start=st.integers(-60, 400), length=st.integers(0, 120), cut=st.integers(0, 120))
def test_landlord_relief_period_properties(daily: int, start: int, length: int, cut: int) -> None:
    # a reduction of `daily` yuan a day over its period: counted for its days inside 疫情期间 only (0 wholly outside),
    # never more than its amount, and cutting its period (same daily rate) never raises the subsidy
    first = date(2020, 1, 24) + timedelta(days=start)
    last = first + timedelta(days=length)
    a = run(LANDLORD, landlord(relief(str(daily * (length + 1)), first.isoformat(), last.isoformat())))
    inside = overlap_days(sc.engine.Window(first, last), sc.engine.Window(date(2020, 1, 24), date(2020, 12, 31)))
    assert a.amount == half_up(Fraction(3, 10) * daily * inside)
    assert a.amount <= half_up(Fraction(3, 10) * daily * (length + 1))
    if inside == 0:
        assert a.amount == 0 and a.status == "ineligible"
    short_last = last - timedelta(days=min(cut, length))
    b = run(LANDLORD, landlord(relief(str(daily * ((short_last - first).days + 1)), first.isoformat(),
                                      short_last.isoformat())))
    assert b.amount <= a.amount


# =====================================================================================================
# xicheng.epidemic_contribution_grant — （十二） L760-L762 (no amount; ERRATA R27)
# =====================================================================================================
def test_grant_without_amount() -> None:
    firm = {"district": "xicheng", "size": "small", "qualifications": {"good_credit_epidemic_contribution": True}}
    a = run(GRANT, firm)
    assert a.status == "eligible" and not a.quantified and a.needs == ["xicheng_contribution_grant_assessed"]
    # the grant 西城 assessed is a fact of the firm (formerly the reading xicheng_contribution_grant_amount)
    assert run(GRANT, {**firm, "xicheng_contribution_grant_assessed": "50000"}).amount == Decimal("50000.00")
    no = {"district": "xicheng", "size": "small", "qualifications": {"good_credit_epidemic_contribution": False}}
    assert run(GRANT, no).status == "ineligible"
    a = run(GRANT, {"district": "xicheng", "size": "small"})
    assert a.status == "undetermined" and a.missing == ["qualifications.good_credit_epidemic_contribution"]
    # a supplied amount of 0 pays 0 (eligible); a large firm is not 中小微 (G5)
    assert run(GRANT, {**firm, "xicheng_contribution_grant_assessed": "0"}).amount == Decimal("0.00")
    assert run(GRANT, {**firm, "size": "large"}).status == "ineligible"


# =====================================================================================================
# Stacking: one February rent once, against the city rule (（十三） 同一事项不重复享受补贴; README "Decisions")
# =====================================================================================================
@pytest.mark.parametrize(("mid", "use", "rent"), [(PROD, "business", "60000"), (OFFICE, "office", "80000")])
def test_one_rent_once_against_the_city_february_rule(mid: str, use: str, rent: str) -> None:
    rule = next(r for r in xicheng.one_rent_once_rules() if r.measures[0] == mid)
    assert rule.measures == (mid, xicheng.CITY_SOE_RENT) and rule.kind == "exclusive" and rule.keep == "highest"
    assert rule.per == "leases"  # "同一事项": the same lease's rent; an award without parts falls back to the whole
    assert in_seed(rule.source.quote)
    district = run(mid, tenant(lease(use, rent)))
    share = Decimal(1) if use == "business" else Decimal("0.5")
    city = sc.Award(measure_id=xicheng.CITY_SOE_RENT, status="eligible", amount=share * Decimal(rent),
                    low=share * Decimal(rent), high=share * Decimal(rent))
    rule.apply({mid: district, xicheng.CITY_SOE_RENT: city})
    assert district.amount + city.amount == share * Decimal(rent)  # paid once, never twice
    assert district.stacking and city.stacking
    if xicheng.CITY_SOE_RENT in CAT:
        assert any(r.measures == (mid, xicheng.CITY_SOE_RENT) for r in CAT.rules)
    else:  # the city business module has not landed: the rule waits for it
        assert xicheng.STACKING == []


CITY = xicheng.CITY_SOE_RENT
# the three measures with this module's own rules (per="leases"); sc.estimate applies the same rules once the catalog
# keeps each rule's ``per`` (engine/registry.py load() rebuilds every StackingRule without it)
STACK = sc.Catalog([CAT[PROD], CAT[OFFICE], CAT[CITY]], xicheng.one_rent_once_rules(), CAT.readings)
CATALOG_KEEPS_PER = all(r.per == "leases" for r in CAT.rules if r.id.startswith("xicheng_soe_rent_once"))


def stacked(firm: dict[str, Any], **readings: Any) -> sc.Report:
    return run_catalog(STACK, sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def in_bj(ls: dict) -> dict:
    return {**ls, "premises_in_beijing": True}  # the city rule's 京内 test (default reading soe_rent_premises_test)


def city_lease(use: str = "office", rent: str = "20000") -> dict:
    """Premises of a 市属国有企业: the city rule's (京内市及区属), not （十三）'s (区属)."""
    return in_bj({"landlord": "city_soe", "use": use, "monthly_rent": rent})


def test_a_district_lease_and_a_city_lease_are_both_relieved() -> None:
    # lease 0, 西城 区属国企, business, 60,000: （十三） (L801-L803) 100% × 60,000 = 60,000; the city rule (L5656-L5660)
    #   gives the same 60,000 → "同一事项不重复享受补贴" (L811-L813): paid once, by 西城 (listed first, equal amounts)
    # lease 1, 市属国企, office, 20,000: （十三） covers 区属 landlords only → nothing; city "给予 2月份租金 50%的减免"
    #   (L5658-L5660): 50% × 20,000 = 10,000
    # total 60,000 + 10,000 = 70,000, both levels paid (the whole-award rule paid the city's 70,000 alone)
    r = stacked(tenant(in_bj(lease()), city_lease()))
    prod, office, city = r[PROD], r[OFFICE], r[CITY]
    assert (prod.status, office.status, city.status) == ("eligible", "ineligible", "eligible")
    assert (prod.amount, city.amount) == (Decimal("60000.00"), Decimal("10000.00"))
    assert list(prod.parts) == ["leases.0"] and list(city.parts) == ["leases.1"]
    assert prod.amount + city.amount == Decimal("70000.00")
    assert "leases.0: paid here" in prod.stacking[0] and "leases.0: not added" in city.stacking[0]


def test_a_longer_district_relief_keeps_the_city_relief_on_the_other_lease() -> None:
    # reading xicheng_rent_extension_months=1 (可适当延长减免期, L811-L813): lease 0 at 100% × 60,000 × 2 (Feb, Mar) =
    # 120,000 against the city's 60,000 → 120,000 (西城); lease 1 (市属 office) city 10,000 → 130,000
    # (the whole-award rule: max(120,000, 60,000 + 10,000) = 120,000, losing the 市属 lease's 10,000)
    r = stacked(tenant(in_bj(lease()), city_lease()), xicheng_rent_extension_months=1)
    assert (r[PROD].amount, r[CITY].amount) == (Decimal("120000.00"), Decimal("10000.00"))
    # the same through sc.estimate under the reading soe_rent_one_level_scope="firm" (海淀 L3482-L3484 / 东城
    # L2521-L2523 "企业只能选择其中一级进行申请"): the firm takes one level, max(120,000, 70,000) = 120,000 (西城)
    f = tenant(in_bj(lease()), city_lease())
    per_firm = sc.estimate(f, {"xicheng_rent_extension_months": 1, "soe_rent_one_level_scope": "firm"})
    assert (per_firm[PROD].amount, per_firm[CITY].amount) == (Decimal("120000.00"), Decimal("0.00"))
    assert per_firm[CITY].readings["soe_rent_one_level_scope"] == "firm"
    per_lease = sc.estimate(f, {"xicheng_rent_extension_months": 1})
    assert (per_lease[PROD].amount, per_lease[CITY].amount) == (Decimal("120000.00"), Decimal("10000.00"))


def test_production_office_and_city_leases_each_at_one_level() -> None:
    # lease 0: 西城 business 60,000 → 60,000 (L801-L803) = city's 60,000 → 西城
    # lease 1: 西城 office 80,000 → 50% × 80,000 = 40,000 (L803-L805) = city's 40,000 → 西城
    # lease 2: 市属 business 30,000 → city only, 100% × 30,000 = 30,000
    # total 60,000 + 40,000 + 30,000 = 130,000
    r = stacked(tenant(in_bj(lease()), in_bj(lease("office", "80000")), city_lease("business", "30000")))
    assert (r[PROD].amount, r[OFFICE].amount, r[CITY].amount) == (
        Decimal("60000.00"), Decimal("40000.00"), Decimal("30000.00"))
    assert list(r[CITY].parts) == ["leases.2"]


def test_catalog_keeps_the_per_lease_rule() -> None:
    assert CATALOG_KEEPS_PER  # registry.load() keeps StackingRule.per


def test_estimate_relieves_each_lease_at_one_level() -> None:
    # the firm of test_a_district_lease_and_a_city_lease_are_both_relieved through sc.estimate: 60,000 + 10,000
    r = sc.estimate(tenant(in_bj(lease()), city_lease()))
    assert (r[PROD].amount, r[CITY].amount) == (Decimal("60000.00"), Decimal("10000.00"))


@pytest.mark.parametrize(("mid", "use", "rent", "expected"), [
    # business 60,000: 西城 100% (L801-L803) = city 100% (L5656-L5658) = 60,000 → paid once
    (PROD, "business", "60000", "60000.00"),
    # office 80,000: 西城 50% (L803-L805) = city 50% (L5658-L5660) = 40,000 → paid once
    (OFFICE, "office", "80000", "40000.00"),
])
def test_a_single_district_lease_is_relieved_once(mid: str, use: str, rent: str, expected: str) -> None:
    firm = tenant(in_bj(lease(use, rent)))
    for r in (stacked(firm), sc.estimate(firm)):
        assert r[mid].status == r[CITY].status == "eligible"
        assert r[mid].amount + r[CITY].amount == Decimal(expected)
        assert 0 in (r[mid].amount, r[CITY].amount)


XC_LEASES = {
    "xicheng": lambda use, rent: in_bj(lease(use, rent)),                                    # 西城 and the city
    "city": lambda use, rent: city_lease(use, rent),                                         # the city only
    "dongcheng": lambda use, rent: in_bj(lease(use, rent, landlord_district="dongcheng")),  # the city only
    "private": lambda use, rent: in_bj(lease(use, rent, landlord="private")),                # neither
}


def alone(mid: str, firm: dict[str, Any], **readings: Any) -> Decimal:
    a = run(mid, firm, **readings)
    return a.amount if a.status == "eligible" else Decimal(0)


@given(leases=st.lists(st.tuples(st.sampled_from(sorted(XC_LEASES)), st.sampled_from(["business", "office"]),
                                 st.integers(0, 10**6)), min_size=1, max_size=4),
       laid_off=st.booleans(), extra=st.integers(0, 2))
def test_total_is_the_higher_level_lease_by_lease(leases: list[tuple[str, str, int]], laid_off: bool,
                                                   extra: int) -> None:
    q = {"open_or_closed_per_rules": True, "no_layoffs": not laid_off}
    items = [XC_LEASES[k](use, str(rent)) for k, use, rent in leases]
    r = stacked(tenant(*items, q=q), xicheng_rent_extension_months=extra)
    # each lease: the most any of the three measures alone pays on it (a firm with that lease only); whole-yuan rents
    # at 100% or 50% over whole months, so every amount is exact to the fen
    expected = sum((max(alone(m, tenant(x, q=q), xicheng_rent_extension_months=extra) for m in (PROD, OFFICE, CITY))
                    for x in items), Decimal(0))
    assert r[PROD].amount + r[OFFICE].amount + r[CITY].amount == expected
    keys = [k for m in (PROD, OFFICE, CITY) for k in r[m].parts]
    assert len(keys) == len(set(keys))  # no lease relieved at two levels


def test_readings_are_declared_and_documented() -> None:
    fields = sc.Assumptions.model_fields
    for r in xicheng.READINGS:
        assert r.name.startswith("xicheng_") or r.name == "office_requires_no_layoff"
        assert fields[r.name].default == r.default and len(r.doc) > 60
    assert fields["office_requires_no_layoff"].default is False


# =====================================================================================================
# Example firm
# =====================================================================================================
def test_example_firm_shows_several_measures() -> None:
    path = Path(__file__).resolve().parents[2] / "examples" / "firms" / "xicheng_restaurant.json"
    report = sc.estimate(json.loads(path.read_text(encoding="utf-8")))
    paid = [a.measure_id for a in report.awards if a.status == "eligible" and a.district == "xicheng"]
    assert {LOAN, PROD, OFFICE} <= set(paid)
