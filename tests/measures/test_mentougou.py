"""门头沟区: the district's own measures of the 区人力社保局 service package (M1, seed L5784-L6659).

- 四 ``mentougou.scale_hiring_one_off_job_subsidy`` (L6015-L6046) and its 随军家属 paragraph
  ``mentougou.military_spouse_one_off_job_subsidy`` (L6048-L6050): catalog 06 §9/§10 worked examples, tier edges,
  monotonicity, other districts' labour, any Beijing employer;
- 一(二) ``mentougou.hire_subsidy_district.non_difficult_labor`` (L5866-L5913): catalog 06 §6 examples with
  ERRATA_04_06 finding 24, durations, readings, missing facts.

Every other catalog id of M1/M2 is an alias of a city measure (checked at the end).
"""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate
from subsidycalc.engine.money import round_fen
from subsidycalc.engine.rules import traced
from subsidycalc.engine.sources import cite_in_seed, in_seed, normalize, seed_excerpt

CAT = sc.catalog()
SCALE = "mentougou.scale_hiring_one_off_job_subsidy"
SPOUSE = "mentougou.military_spouse_one_off_job_subsidy"
DISTRICT = "mentougou.hire_subsidy_district.non_difficult_labor"
DISTRICTS = ["dongcheng", "xicheng", "chaoyang", "haidian", "fengtai", "shijingshan", "mentougou", "fangshan",
             "tongzhou", "shunyi", "changping", "daxing", "huairou", "pinggu", "miyun", "yanqing"]


def run(mid: str, firm: dict[str, Any], **readings: Any) -> sc.Award:
    return evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def batch(count: int, group: str = "urban_rural_labor", hukou: str = "mentougou", months: int = 12,
          **kw: Any) -> dict:
    return {"group": group, "hukou_district": hukou, "count": count, "contract_months": months,
            "hired_on": "2020-03-01", "social_insurance_paid": True, "wage_at_least_minimum": True, **kw}


def employer(*batches: dict, district: str = "mentougou") -> dict:
    return {"district": district, "hires": list(batches)}


@pytest.mark.parametrize("mid", [SCALE, SPOUSE, DISTRICT])
def test_cites_and_quotes_are_seed_text(mid: str) -> None:
    m = CAT[mid]
    for s in m.sources:
        assert in_seed(s.quote), s.quote
        assert normalize(s.quote) in normalize(seed_excerpt(s.lines)), s.lines
    for k, p in m.params.items():
        assert cite_in_seed(p.cite), (k, p.cite)
    assert m.effective_territory == "beijing"


# ---------------------------------------------------------------------------------------------------------------
# 四 scale hiring (L6015-L6046): n ≥ 5 → n × 1,500 / 2,000 / 2,500 / 3,000 by the tier reached
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("n", "mode", "amount"), [
    # §9 ex.1 (L6029-L6032): 7 hires, tier "5人以上(含 5人)" → 7 × 1,500 = 10,500
    (7, "cliff", "10500.00"),
    # §9 ex.2 (L6033-L6036): exactly 10 → "10人以上(含 10 人)" → 10 × 2,000 = 20,000
    (10, "cliff", "20000.00"),
    # §9 ex.2, marginal reading: 9 × 1,500 + 1 × 2,000 = 13,500 + 2,000 = 15,500
    (10, "marginal", "15500.00"),
    # §9 ex.2: exactly 30 → "30人以上(含 30 人)" → 30 × 3,000 = 90,000
    (30, "cliff", "90000.00"),
    # 9 → still the 5-person tier: 9 × 1,500 = 13,500
    (9, "cliff", "13500.00"),
    # 20 → "20人以上(含 20 人)": 20 × 2,500 = 50,000
    (20, "cliff", "50000.00"),
])
def test_scale_hiring_catalog_examples(n: int, mode: str, amount: str) -> None:
    a = run(SCALE, employer(batch(n)), mentougou_hiring_tier_mode=mode)
    assert a.status == "eligible"
    assert a.amount == Decimal(amount)


def test_scale_hiring_four_hires_is_zero() -> None:
    # §9 ex.3: 4 hires, below "5人以上(含 5人)" → 0
    a = run(SCALE, employer(batch(4)))
    assert a.status == "ineligible" and a.amount == 0


def _per_head(n: int) -> Decimal:
    # the tier reached, L6029-L6046
    return Decimal(3000 if n >= 30 else 2500 if n >= 20 else 2000 if n >= 10 else 1500 if n >= 5 else 0)


@pytest.mark.parametrize("n", [4, 5, 9, 10, 19, 20, 29, 30])
def test_scale_tier_edges_exact(n: int) -> None:
    a = run(SCALE, employer(batch(n)))
    assert a.amount == _per_head(n) * n


@given(st.integers(min_value=0, max_value=80), st.sampled_from(["cliff", "marginal"]))
def test_scale_never_negative_never_above_top_rate(n: int, mode: str) -> None:
    a = run(SCALE, employer(batch(n)), mentougou_hiring_tier_mode=mode)
    assert 0 <= a.amount <= 3000 * n
    if n < 5:
        assert a.status == "ineligible"


@given(st.integers(min_value=0, max_value=60), st.sampled_from(["cliff", "marginal"]))
def test_scale_monotone_in_hires(n: int, mode: str) -> None:
    a = run(SCALE, employer(batch(n)), mentougou_hiring_tier_mode=mode)
    b = run(SCALE, employer(batch(n + 1)), mentougou_hiring_tier_mode=mode)
    assert b.amount >= a.amount


@given(st.sampled_from([d for d in DISTRICTS if d != "mentougou"]), st.integers(min_value=5, max_value=40))
def test_other_districts_labour_never_counts(hukou: str, n: int) -> None:
    a = run(SCALE, employer(batch(n, hukou=hukou)))
    assert a.status == "ineligible" and a.amount == 0
    # and it does not add to 门头沟 hires either: 4 local + n elsewhere stays below the threshold
    b = run(SCALE, employer(batch(4), batch(n, hukou=hukou)))
    assert b.status == "ineligible"


@given(st.sampled_from(DISTRICTS))
def test_any_beijing_employer_qualifies(district: str) -> None:
    # "本市行政区域内的企业、民办非企业单位" (L6017-L6019): the employer's district does not matter
    report = sc.estimate(employer(batch(12), batch(1, group="military_family"), district=district))
    assert report[SCALE].amount == Decimal("24000.00")  # 12 × 2,000
    assert report[SPOUSE].amount == Decimal("3000.00")


def test_scale_short_contract_or_no_insurance_does_not_count() -> None:
    a = run(SCALE, employer(batch(6, months=11)))
    assert a.status == "ineligible"  # "签订一年以上期限劳动合同"
    a = run(SCALE, employer(batch(6, social_insurance_paid=False)))
    assert a.status == "ineligible"


def test_scale_missing_facts_are_undetermined() -> None:
    a = run(SCALE, {"district": "mentougou"})
    assert a.status == "undetermined" and a.missing == ["hires"]
    b = batch(8)
    del b["contract_months"]
    a = run(SCALE, employer(b))
    assert a.status == "undetermined" and "hires.0.contract_months" in a.missing


def test_scale_reading_spouses_count_toward_n() -> None:
    f = employer(batch(4), batch(1, group="military_family"))
    assert run(SCALE, f).status == "ineligible"
    # 4 + 1 随军家属 = 5 → 5 × 1,500 = 7,500
    assert run(SCALE, f, mentougou_military_spouses_count_toward_scale=True).amount == Decimal("7500.00")


@pytest.mark.parametrize(("n", "amount"), [
    # marginal reading, every tier edge (L6033-L6046): hires 1–9 at 1,500, 10–19 at 2,000, 20–29 at 2,500, 30+ at 3,000
    (4, "0.00"),                                             # below "5人以上(含 5人)"
    (5, "7500.00"),                                          # 5 × 1,500
    (9, "13500.00"),                                         # 9 × 1,500
    (10, "15500.00"),                                        # 13,500 + 1 × 2,000
    (19, "33500.00"),                                        # 13,500 + 10 × 2,000
    (20, "36000.00"),                                        # 33,500 + 1 × 2,500
    (29, "58500.00"),                                        # 33,500 + 10 × 2,500
    (30, "61500.00"),                                        # 58,500 + 1 × 3,000
])
def test_scale_marginal_tier_edges_exact(n: int, amount: str) -> None:
    a = run(SCALE, employer(batch(n)), mentougou_hiring_tier_mode="marginal")
    assert a.amount == Decimal(amount)
    assert a.status == ("eligible" if n >= 5 else "ineligible")


def test_scale_tier_cites_are_seed_text() -> None:
    from subsidycalc.measures.mentougou import SCALE_TIER_CITES
    assert all(cite_in_seed(c) for c in SCALE_TIER_CITES)


def test_scale_batch_of_zero_counts_for_nothing() -> None:
    # a batch of 0 persons: nothing to pay, and said so
    a = run(SCALE, employer(batch(0)))
    assert a.status == "ineligible" and a.amount == 0
    assert any("0 persons" in r for r in a.reasons)
    # beside a batch of 5 of the same year it changes nothing: 5 × 1,500 = 7,500
    assert run(SCALE, employer(batch(0), batch(5))).amount == Decimal("7500.00")


@pytest.mark.parametrize(("months", "counted"), [(12, True), (11, False)])
def test_scale_contract_of_one_year_is_the_edge(months: int, counted: bool) -> None:
    # "签订一年以上期限劳动合同" (L6025-L6027): 12 months counts, 11 does not
    a = run(SCALE, employer(batch(5, months=months)))
    assert (a.status, a.amount) == (("eligible", Decimal("7500.00")) if counted else ("ineligible", Decimal(0)))


@pytest.mark.parametrize(("performed", "counted"), [(12, True), (11, False), (None, True)])
def test_scale_one_year_performed_is_the_edge(performed: int | None, counted: bool) -> None:
    # "履行劳动合同,缴纳社会保险满一年后,于六个月内 … 申请" (L6054-L6056): a batch whose contract was performed with social
    # insurance paid for 11 months has not reached the claim; 12 months has. Unknown: counted on its contract.
    extra = {} if performed is None else {"months_performed": performed}
    a = run(SCALE, employer(batch(5, **extra)))
    assert (a.status, a.amount) == (("eligible", Decimal("7500.00")) if counted else ("ineligible", Decimal(0)))
    if performed is None:
        assert any("months performed not given" in s for s in a.steps)
    if performed == 11:
        assert any("< one year" in r for r in a.reasons)
    # read as not required, every hire on a contract of one year or more counts, whatever was performed
    b = run(SCALE, employer(batch(5, **extra)), mentougou_one_off_requires_year_performed=False)
    assert b.amount == Decimal("7500.00") and not any("months performed" in s for s in b.steps)


@pytest.mark.parametrize(("first", "second", "amount"), [
    # "年度内累计招用" (L6025): the two ends of the calendar year add up, 4 + 1 = 5 → 5 × 1,500 = 7,500
    ("2020-01-01", "2020-12-31", "7500.00"),
    # one day outside either end: 4 in one year, 1 in the other → below 5 in each → 0
    ("2020-01-01", "2019-12-31", "0.00"),
    ("2020-12-31", "2021-01-01", "0.00"),
])
def test_scale_hire_dates_at_the_year_ends(first: str, second: str, amount: str) -> None:
    a = run(SCALE, employer(batch(4, hired_on=first), batch(1, hired_on=second)))
    assert a.amount == Decimal(amount)
    assert a.status == ("eligible" if amount != "0.00" else "ineligible")


def test_scale_two_years_are_counted_apart() -> None:
    # 2019: 10 × 2,000 = 20,000; 2020: 5 × 1,500 = 7,500 → 27,500 (not 15 × 2,000 = 30,000)
    a = run(SCALE, employer(batch(10, hired_on="2019-06-01"), batch(5, hired_on="2020-06-01")))
    assert a.amount == Decimal("27500.00")


def test_scale_hire_date_unknown() -> None:
    # one batch: its year does not matter (5 × 1,500)
    b = batch(5)
    del b["hired_on"]
    assert run(SCALE, employer(b)).amount == Decimal("7500.00")
    # two batches: whether they add up depends on the year of the undated one → undetermined
    a = run(SCALE, employer(batch(4), b))
    assert a.status == "undetermined" and a.missing == ["hires.1.hired_on"]


def test_scale_wage_conditions() -> None:
    # "月工资收入不低于北京市最低工资标准" (L6027)
    assert run(SCALE, employer(batch(5, wage_at_least_minimum=False))).status == "ineligible"
    b = batch(5)
    del b["wage_at_least_minimum"]
    a = run(SCALE, employer(b))
    assert a.status == "undetermined" and a.missing == ["hires.0.wage_at_least_minimum"]
    # a wage of at least 1.2 × the minimum in every month is at least the minimum
    a = run(SCALE, employer({**b, "monthly_wage_at_least_1_2x_minimum": True}))
    assert a.amount == Decimal("7500.00")


@pytest.mark.parametrize("key", ["group", "hukou_district", "count", "social_insurance_paid"])
def test_scale_each_unknown_fact_is_missing(key: str) -> None:
    b = batch(6)
    del b[key]
    a = run(SCALE, employer(b))
    assert a.status == "undetermined" and a.missing == [f"hires.0.{key}"]


def test_scale_graduates_count_and_empty_hires_is_ineligible() -> None:
    # "本区城乡劳动力(含应届大中专毕业生)" (L6025): 3 + 2 graduates = 5 → 7,500
    assert run(SCALE, employer(batch(3), batch(2, group="graduate"))).amount == Decimal("7500.00")
    assert run(SCALE, {"district": "mentougou", "hires": []}).status == "ineligible"


@given(st.lists(st.tuples(st.integers(0, 35), st.sampled_from([2019, 2020, 2021])), min_size=1, max_size=4),
       st.sampled_from(["cliff", "marginal"]))
def test_scale_each_year_stands_alone(batches: list[tuple[int, int]], mode: str) -> None:
    # §1: a batch hired outside a year adds nothing to that year: the amount is the sum of the years taken alone
    firm = employer(*(batch(k, hired_on=f"{y}-07-01") for k, y in batches))
    total = run(SCALE, firm, mentougou_hiring_tier_mode=mode).amount
    per_year = Decimal(0)
    for year in {y for _, y in batches}:
        n = sum(k for k, y in batches if y == year)
        per_year += run(SCALE, employer(batch(n, hired_on=f"{year}-07-01")), mentougou_hiring_tier_mode=mode).amount
    assert total == per_year


@given(st.integers(5, 40), st.integers(0, 36), st.integers(0, 36))
def test_scale_shorter_contract_or_performance_never_pays_more(n: int, performed: int, shorter: int) -> None:
    # §1: shortening a hire's contract or the months it was performed never raises the amount
    long = run(SCALE, employer(batch(n, months=36, months_performed=max(performed, shorter))))
    short = run(SCALE, employer(batch(n, months=min(36, max(shorter, 1)), months_performed=min(performed, shorter))))
    assert short.amount <= long.amount


# ---------------------------------------------------------------------------------------------------------------
# 随军家属 (L6048-L6050): 3,000 per head, no threshold
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("n", "months", "status", "amount"), [
    (1, 24, "eligible", "3000.00"),     # §10 ex.1: 1 × 3,000
    (2, 12, "eligible", "6000.00"),     # §10 ex.2: 2 × 3,000; 12 months is "一年以上"
    (1, 10, "ineligible", "0.00"),      # §10 ex.3: a 10-month contract is not "一年以上"
])
def test_military_spouse_examples(n: int, months: int, status: str, amount: str) -> None:
    a = run(SPOUSE, employer(batch(n, group="military_family", months=months)))
    assert (a.status, a.amount) == (status, Decimal(amount))


def test_military_spouse_min_wage_reading() -> None:
    f = employer(batch(1, group="military_family", wage_at_least_minimum=False))
    assert run(SPOUSE, f).status == "ineligible"
    assert run(SPOUSE, f, mentougou_military_spouse_requires_min_wage=False).amount == Decimal("3000.00")


@pytest.mark.parametrize(("kw", "status", "amount"), [
    ({"months": 12}, "eligible", "3000.00"),                 # "一年以上劳动合同" (L6048): 12 months counts
    ({"months": 11}, "ineligible", "0.00"),                  # 11 does not
    ({"months_performed": 12}, "eligible", "3000.00"),       # claim after one year performed (L6054-L6056)
    ({"months_performed": 11}, "ineligible", "0.00"),
    ({"social_insurance_paid": False}, "ineligible", "0.00"),
])
def test_military_spouse_edges(kw: dict, status: str, amount: str) -> None:
    a = run(SPOUSE, employer(batch(1, group="military_family", **kw)))
    assert (a.status, a.amount) == (status, Decimal(amount))


def test_military_spouse_year_performed_reading() -> None:
    f = employer(batch(1, group="military_family", months_performed=11))
    assert run(SPOUSE, f).status == "ineligible"
    assert run(SPOUSE, f, mentougou_one_off_requires_year_performed=False).amount == Decimal("3000.00")


def test_military_spouse_batch_of_zero_and_unknowns() -> None:
    a = run(SPOUSE, employer(batch(0, group="military_family")))
    assert a.status == "ineligible" and any("0 persons" in r for r in a.reasons)
    b = batch(1, group="military_family")
    del b["wage_at_least_minimum"]
    a = run(SPOUSE, employer(b))
    assert a.status == "undetermined" and a.missing == ["hires.0.wage_at_least_minimum"]
    # not needed when the minimum-wage condition is read as not applying
    assert run(SPOUSE, employer(b), mentougou_military_spouse_requires_min_wage=False).amount == Decimal("3000.00")
    # nor when the wage is at least 1.2 × the minimum in every month
    assert run(SPOUSE, employer({**b, "monthly_wage_at_least_1_2x_minimum": True})).amount == Decimal("3000.00")
    # other districts' 随军家属 do not count; a spouse does not add to the scale subsidy by default
    assert run(SPOUSE, employer(batch(1, group="military_family", hukou="fangshan"))).status == "ineligible"
    assert run(SCALE, employer(batch(5, group="military_family"))).status == "ineligible"


# ---------------------------------------------------------------------------------------------------------------
# 一(二) district job + SI subsidy (L5866-L5913)
# ---------------------------------------------------------------------------------------------------------------
CAP = {"mentougou_district_si_base_cap_monthly": Decimal(5000)}  # illustrative W60d, catalog 06 §6 (not in seed)


def local(reg: str = "rural_transfer", base: str = "4600", performed: int = 12, contract: int = 60,
          count: int = 1, **kw: Any) -> dict:
    return {"group": "urban_rural_labor", "hukou_district": "mentougou", "count": count,
            "contract_months": contract, "registration": reg, "si_urban_employee_standard": True,
            "wage_at_least_minimum": True, "average_wage_at_least_1_2x_minimum": True,
            "months_performed": performed, "contribution_base": base, **kw}


@pytest.mark.parametrize(("hire", "amount"), [
    # §6 ex.1: rural, base 4,600 < 5,000: 26.8% × 4,600 = 1,232.80 × 12 = 14,793.60; + 5,000 = 19,793.60
    (local(), "19793.60"),
    # §6 ex.2: base 7,000 → capped at 5,000: 26.8% × 5,000 = 1,340 × 12 = 16,080; + 5,000 = 21,080
    (local(base="7000"), "21080.00"),
    # urban registered unemployed, 3 full years: district SI only after the city's 3 years → SI 0; job 3 × 5,000
    (local("unemployment", performed=36), "15000.00"),
    # urban, 4th year: job 4 × 5,000 = 20,000 + one year of district SI 14,793.60 = 34,793.60
    (local("unemployment", performed=48), "34793.60"),
    # rural, 7 years performed of a 7-year contract: at most five years: 5 × (5,000 + 14,793.60) = 98,968
    (local(performed=84, contract=84), "98968.00"),
    # 23 months performed: one full year only (每满一年)
    (local(performed=23), "19793.60"),
    # two persons in the batch: 2 × 19,793.60
    (local(count=2), "39587.20"),
])
def test_district_hire_examples(hire: dict, amount: str) -> None:
    a = run(DISTRICT, employer(hire), **CAP)
    assert a.status == "eligible" and a.amount == Decimal(amount)


def test_district_hire_month_below_minimum_is_ineligible() -> None:
    # §6 ex.3: one month's wage below the minimum (even with a 1.2× average) → 0
    a = run(DISTRICT, employer(local(wage_at_least_minimum=False)), **CAP)
    assert a.status == "ineligible" and a.amount == 0
    a = run(DISTRICT, employer(local(average_wage_at_least_1_2x_minimum=False)), **CAP)
    assert a.status == "ineligible"


def test_district_hire_excludes_hard_to_employ_other_districts_and_short_contracts() -> None:
    for hire in (local(group="priority_groups"), local(hukou_district="fangshan"), local(contract=11),
                 local(si_urban_employee_standard=False), local(performed=11)):
        a = run(DISTRICT, employer(hire), **CAP)
        assert a.status == "ineligible", hire


def test_district_hire_cap_unknown_pays_job_part_unquantified() -> None:
    a = run(DISTRICT, employer(local()))
    assert a.status == "eligible" and a.amount == Decimal("5000.00")
    assert any("mentougou_district_si_base_cap_monthly" in r for r in a.reasons)


def test_district_hire_missing_facts() -> None:
    h = local()
    del h["registration"], h["months_performed"]
    a = run(DISTRICT, employer(h), **CAP)
    assert a.status == "undetermined"
    assert {"hires.0.registration", "hires.0.months_performed"} <= set(a.missing)
    h = local()
    del h["contribution_base"]
    a = run(DISTRICT, employer(h), **CAP)
    assert a.status == "undetermined" and a.missing == ["hires.0.contribution_base"]


def test_district_hire_readings() -> None:
    # registration: an unregistered worker counts like a rural one only under the non-default reading
    assert run(DISTRICT, employer(local("none")), **CAP).status == "ineligible"
    assert run(DISTRICT, employer(local("none")), mentougou_district_hire_requires_registration=False,
               **CAP).amount == Decimal("19793.60")
    # medical base: 16.8% × 4,600 + 10% × 4,000 (min medical base) = 772.80 + 400 = 1,172.80 × 12 = 14,073.60
    a = run(DISTRICT, employer(local()), mentougou_district_medical_base="min_medical_base",
            si_min_base_medical_monthly=Decimal(4000), **CAP)
    assert a.amount == Decimal("19073.60")
    # finding 24: deduct the one-off SI subsidy received for the hire (500): 19,793.60 − 500 = 19,293.60
    h = local(one_off_si_subsidy_share="500")
    assert run(DISTRICT, employer(h), **CAP).amount == Decimal("19793.60")
    assert run(DISTRICT, employer(h), mentougou_deduct_one_off_si_from_district_si=True,
               **CAP).amount == Decimal("19293.60")


@given(st.integers(min_value=0, max_value=120), st.integers(min_value=0, max_value=20000),
       st.sampled_from(["rural_transfer", "unemployment"]))
def test_district_hire_bounds_and_monotone(performed: int, base: int, reg: str) -> None:
    a = run(DISTRICT, employer(local(reg, str(base), performed, contract=120)), **CAP)
    b = run(DISTRICT, employer(local(reg, str(base), performed + 12, contract=120)), **CAP)
    # at most 5 × (5,000 + 12 × 26.8% × 5,000) = 5 × 21,080 = 105,400
    assert 0 <= a.amount <= Decimal("105400")
    assert b.amount >= a.amount
    if performed < 12:
        assert a.status == "ineligible"


def test_district_hire_batch_of_zero_is_ineligible() -> None:
    # a batch of 0 persons earns nothing and does not make the firm eligible
    a = run(DISTRICT, employer(local(count=0)), **CAP)
    assert a.status == "ineligible" and a.amount == 0
    assert any("0 persons" in r for r in a.reasons)


@pytest.mark.parametrize(("kw", "amount"), [
    # "依法签订一年及以上期限劳动合同" (L5868): 12 months counts, 11 does not
    ({"contract": 12}, "19793.60"),
    ({"contract": 11}, None),
    # "每满一年" (L5903-L5905): 11 months performed → none; 12 → one year; 23 → one; 24 → two (2 × 19,793.60)
    ({"performed": 11}, None),
    ({"performed": 12}, "19793.60"),
    ({"performed": 23}, "19793.60"),
    ({"performed": 24}, "39587.20"),
    # the contract bounds the years performed (在劳动合同期限内): 36 performed on a 24-month contract → two years
    ({"performed": 36, "contract": 24}, "39587.20"),
    # rural: "最长不超过五年" (L5892-L5894): 59 months → 4 years; 60 → 5; 72 → still 5 (5 × 19,793.60 = 98,968)
    ({"performed": 59, "contract": 120}, "79174.40"),
    ({"performed": 60, "contract": 120}, "98968.00"),
    ({"performed": 72, "contract": 120}, "98968.00"),
    # urban registered unemployed (L5895-L5899): district SI only after the city's three years, at most two:
    # 47 months → 3 years: job 15,000, SI 0; 48 → 4 years: 20,000 + 14,793.60; 60 → 25,000 + 2 × 14,793.60;
    # 72 → still 5 job years and 2 SI years
    ({"reg": "unemployment", "performed": 47, "contract": 120}, "15000.00"),
    ({"reg": "unemployment", "performed": 48, "contract": 120}, "34793.60"),
    ({"reg": "unemployment", "performed": 60, "contract": 120}, "54587.20"),
    ({"reg": "unemployment", "performed": 72, "contract": 120}, "54587.20"),
])
def test_district_hire_duration_edges(kw: dict, amount: str | None) -> None:
    a = run(DISTRICT, employer(local(**kw)), **CAP)
    if amount is None:
        assert a.status == "ineligible" and a.amount == 0
    else:
        assert a.status == "eligible" and a.amount == Decimal(amount)


@pytest.mark.parametrize(("base", "amount"), [
    # "以本市上年度职工月平均工资标准的60%为最高补贴基数,低于 … 按照实际缴费基数" (L5886-L5890), cap 5,000:
    ("4999", "21076.78"),   # 26.8% × 4,999 = 1,339.732 × 12 = 16,076.784 + 5,000 = 21,076.784 → 21,076.78
    ("5000", "21080.00"),   # 26.8% × 5,000 = 1,340 × 12 = 16,080 + 5,000
    ("5001", "21080.00"),   # above the cap: the cap
])
def test_district_hire_base_cap_edge(base: str, amount: str) -> None:
    a = run(DISTRICT, employer(local(base=base)), **CAP)
    assert a.amount == Decimal(amount)


@pytest.mark.parametrize(("avg", "monthly", "minimum", "outcome"), [
    # "月平均工资不低于当年本市职工最低工资标准的 1.2 倍,且月工资收入不低于当年本市职工最低工资标准" (L5870-L5872)
    (True, None, True, "eligible"),
    (True, False, True, "eligible"),     # the average is what the text tests, not every month at 1.2 ×
    (False, None, True, "ineligible"),
    (None, True, True, "eligible"),      # 1.2 × the minimum every month: the average is too
    (None, True, None, "eligible"),      # … and every month is at least the minimum
    (None, False, True, "average"),      # not 1.2 × every month says nothing of the average: unknown
    (None, None, True, "average"),
    (True, None, False, "ineligible"),   # one month below the minimum
    (True, None, None, "minimum"),
    (True, False, None, "minimum"),
])
def test_district_hire_wage_conditions(avg: bool | None, monthly: bool | None, minimum: bool | None,
                                       outcome: str) -> None:
    h = local()
    for key, value in (("average_wage_at_least_1_2x_minimum", avg), ("monthly_wage_at_least_1_2x_minimum", monthly),
                       ("wage_at_least_minimum", minimum)):
        h.pop(key, None)
        if value is not None:
            h[key] = value
    a = run(DISTRICT, employer(h), **CAP)
    if outcome == "eligible":
        assert a.status == "eligible" and a.amount == Decimal("19793.60")
    elif outcome == "ineligible":
        assert a.status == "ineligible" and a.amount == 0
    else:
        path = {"average": "hires.0.average_wage_at_least_1_2x_minimum", "minimum": "hires.0.wage_at_least_minimum"}
        assert a.status == "undetermined" and a.missing == [path[outcome]]


@pytest.mark.parametrize("key", ["group", "hukou_district", "count", "contract_months", "si_urban_employee_standard",
                                 "months_performed", "registration"])
def test_district_hire_each_unknown_fact_is_missing(key: str) -> None:
    h = local()
    h.pop({"contract_months": "contract", "months_performed": "performed"}.get(key, key), None)
    h.pop(key, None)
    a = run(DISTRICT, employer(h), **CAP)
    assert a.status == "undetermined" and a.missing == [f"hires.0.{key}"]


def test_district_hire_unknown_figures_of_the_readings() -> None:
    # min_medical_base without the figure: the SI part is unquantified, the job part paid
    a = run(DISTRICT, employer(local()), mentougou_district_medical_base="min_medical_base", **CAP)
    assert a.status == "eligible" and a.amount == Decimal("5000.00")
    assert any("supply assumptions.si_min_base_medical_monthly" in r for r in a.reasons)
    # the one-off deduction read as applying, the share received unknown → undetermined
    a = run(DISTRICT, employer(local()), mentougou_deduct_one_off_si_from_district_si=True, **CAP)
    assert a.status == "undetermined" and a.missing == ["hires.0.one_off_si_subsidy_share"]
    # a share larger than the SI subsidy leaves 0 of it, never less: 5,000 job + 0
    a = run(DISTRICT, employer(local(one_off_si_subsidy_share="20000")), mentougou_deduct_one_off_si_from_district_si=True,
            **CAP)
    assert a.amount == Decimal("5000.00")
    # the SI part needs no figure when no year of district SI is due (urban, 3 years): fully quantified
    a = run(DISTRICT, employer(local("unemployment", performed=36)))
    assert a.quantified and a.amount == Decimal("15000.00")


@pytest.mark.parametrize(("readings", "figure"), [
    ({}, "mentougou_district_si_base_cap_monthly"),
    ({"mentougou_district_medical_base": "min_medical_base", **CAP}, "si_min_base_medical_monthly"),
])
def test_district_hire_si_part_without_its_figure_is_unquantified(readings: dict[str, Any], figure: str) -> None:
    # the job part is paid; the SI part needs a figure the seed does not state: the award says it is not quantified
    a = run(DISTRICT, employer(local()), **readings)
    assert a.status == "eligible" and a.amount == Decimal("5000.00")
    assert not a.quantified and a.needs == [f"assumptions.{figure}"]


def test_district_hire_base_cap_reading_says_why_it_has_no_default() -> None:
    from subsidycalc.measures.mentougou import DISTRICT_HIRE_READINGS
    cap = next(r for r in DISTRICT_HIRE_READINGS if r.name == "mentougou_district_si_base_cap_monthly")
    assert cap.default is None and "was found" in cap.doc


_RATES = Fraction(16, 100) + Fraction(10, 100) + Fraction(8, 1000)


@given(st.integers(1, 3_000_000), st.integers(1, 3_000_000), st.integers(12, 84), st.integers(1, 7),
       st.sampled_from(["rural_transfer", "unemployment"]))
def test_district_hire_is_exact_rounded_once(base_fen: int, cap_fen: int, performed: int, count: int, reg: str) -> None:
    # §1b: for decimal inputs the amount is the exact rational result rounded half-up once
    base, cap = Fraction(base_fen, 100), Fraction(cap_fen, 100)
    a = run(DISTRICT, employer(local(reg, str(Decimal(base_fen) / 100), performed, contract=120, count=count)),
            mentougou_district_si_base_cap_monthly=Decimal(cap_fen) / 100)
    job_years = min(performed // 12, 5)
    si_years = min(2, max(0, job_years - 3)) if reg == "unemployment" else job_years
    want = (5000 * job_years + _RATES * min(base, cap) * 12 * si_years) * count
    assert a.amount == round_fen(want)


@given(st.integers(0, 96), st.integers(0, 96), st.integers(12, 96), st.integers(1000, 9000),
       st.sampled_from(["rural_transfer", "unemployment"]))
def test_district_hire_item_period_bounds(performed: int, shorter: int, contract: int, base: int, reg: str) -> None:
    # §1: shortening the months performed or the contract never raises the amount, and no hire earns more than its own
    # months: job ≤ 5,000 × months / 12, SI ≤ 26.8% × base × months (months = min(performed, contract))
    full = run(DISTRICT, employer(local(reg, str(base), performed, contract=contract)), **CAP)
    less = run(DISTRICT, employer(local(reg, str(base), min(performed, shorter), contract=contract)), **CAP)
    cut = run(DISTRICT, employer(local(reg, str(base), performed, contract=max(12, min(contract, shorter)))), **CAP)
    assert less.amount <= full.amount and cut.amount <= full.amount
    months = min(performed, contract)
    assert full.amount <= round_fen(5000 * Fraction(months, 12) + _RATES * base * months)
    if months < 12:
        assert full.status == "ineligible" and full.amount == 0


def test_district_hire_explanation_follows_the_values() -> None:
    # the steps name the category and the years computed
    a = run(DISTRICT, employer(local("unemployment", performed=48, contract=120)), **CAP)
    assert any("urban registered unemployed (失业登记)" in s and "4 (full years)" in s for s in a.steps)
    assert any("after the city's SI years" in s and s.endswith("min(2, max(0, 4 (full years) − 3)) = 1")
               for s in a.steps)
    a = run(DISTRICT, employer(local()), **CAP)
    assert any("rural (转移就业登记)" in s for s in a.steps)
    assert not any("after the city's" in s for s in a.steps)
    a = run(DISTRICT, employer(local("none")), mentougou_district_hire_requires_registration=False, **CAP)
    assert any("(unregistered)" in s for s in a.steps)
    assert "total (job subsidy + district SI subsidy): 5,000.00 (job subsidy) + 14,793.60 (SI subsidy) = 19,793.60" \
        in a.steps


def concept(mid: str, firm: dict[str, Any], name: str, **readings: Any) -> Any:
    """A named concept of a measure's definition, evaluated for one firm (its value per hire batch)."""
    d = CAT[mid].definition(sc.Assumptions(**readings))
    node = next(n for n in d.nodes if n.name == name)
    return traced.evaluate(d, sc.Firm.model_validate(firm)).env[node.idx]


def test_concepts_counted_batch_and_hires_of_the_year() -> None:
    # "年度内累计招用本区城乡劳动力" (L6025): batches of 门头沟 labour add up within a calendar year; another district's
    # labour is not counted (it still belongs to its year's partition, which it does not add to)
    firm = employer(batch(4, hired_on="2020-01-01"), batch(3, hired_on="2020-12-31"), batch(6, hired_on="2021-01-01"),
                    batch(2, hukou="fangshan", hired_on="2020-06-01"), batch(1, group="military_family"))
    assert concept(SCALE, firm, "counted batch") == [True, True, True, False, False]
    assert concept(SCALE, firm, "qualifying hires in the year") == [7, 7, 6, 7, 7]
    # 随军家属 count toward n only under the non-default reading: 4 + 3 + 1 = 8 in 2020
    assert concept(SCALE, firm, "qualifying hires in the year",
                   mentougou_military_spouses_count_toward_scale=True) == [8, 8, 6, 8, 8]
    assert concept(SPOUSE, firm, "counted batch") == [False, False, False, False, True]


@pytest.mark.parametrize(("reg", "performed", "contract", "full", "si"), [
    # 每满一年 within the contract (L5892-L5905): rural, five years at most of both subsidies
    ("rural_transfer", 23, 120, 1, 1),
    ("rural_transfer", 36, 24, 2, 2),
    ("rural_transfer", 72, 120, 5, 5),
    # urban registered unemployed: district SI only after the city's three years, two at most
    ("unemployment", 36, 120, 3, 0),
    ("unemployment", 48, 120, 4, 1),
    ("unemployment", 72, 120, 5, 2),
])
def test_concepts_full_years_and_years_of_district_si(reg: str, performed: int, contract: int, full: int,
                                                       si: int) -> None:
    firm = employer(local(reg, performed=performed, contract=contract))
    assert concept(DISTRICT, firm, "full years", **CAP) == [full]
    assert concept(DISTRICT, firm, "years of district SI", **CAP) == [si]


def test_city_rules_restated_by_mentougou_are_aliases() -> None:
    for alias, city in [
        ("mentougou.one_off_si_subsidy", "beijing.one_off_social_insurance_subsidy"),
        ("mentougou.hardship_ui_refund", "beijing.hardship_unemployment_insurance_refund"),
        ("mentougou.skills_training_subsidy", "beijing.skills_training_subsidy"),
        ("mentougou.hire_subsidy_city.priority_groups", "beijing.hire_subsidy.priority_groups"),
        ("mentougou.hire_subsidy_city.other_registered_unemployed", "beijing.hire_subsidy.other_registered_unemployed"),
        ("mentougou.hr_agency_one_off_service_subsidy", "beijing.hr_agency_one_off_service_subsidy"),
        ("mentougou.startup_loan_extension_infected_borrower", "beijing.startup_loan_extension_infected_borrower"),
        ("mentougou.startup_guarantee_loan.individual_quota", "beijing.startup_guarantee_loan.individual_quota"),
        ("mentougou.startup_small_convenient_loan_quota", "beijing.startup_small_convenient_loan_quota"),
        ("mentougou.startup_guarantee_loan.small_micro_quota", "beijing.startup_guarantee_loan.small_micro_quota"),
        ("mentougou.si_deferral_to_march", "beijing.si_deferral_to_march"),
        ("mentougou.sicenter_collection_extension_and_late_fee_waiver", "beijing.si_deferral_to_march"),
        ("mentougou.si_deferral_to_july_key_industries", "beijing.si_deferral_to_july_key_industries"),
        ("mentougou.si_january_refund", "beijing.si_january_refund"),
        ("mentougou.flexible_worker_si_gap_makeup", "beijing.flexible_worker_si_gap_makeup"),
        ("mentougou.spring_festival_overtime_pay", "beijing.spring_festival_overtime_pay"),
        ("mentougou.quarantine_wage_continuation", "beijing.quarantine_wage_continuation"),
        ("mentougou.childcare_wage_continuation", "beijing.childcare_wage_continuation"),
    ]:
        assert CAT.resolve(alias) == city


def test_example_firm_shows_several_measures() -> None:
    path = Path(__file__).parents[2] / "examples" / "firms" / "mentougou_hiring_employer.json"
    report = sc.estimate(json.loads(path.read_text(encoding="utf-8")))
    eligible = [a.measure_id for a in report.awards if a.status == "eligible" and a.amount > 0]
    assert {SCALE, SPOUSE, DISTRICT} <= set(eligible)
    assert report[SCALE].amount == Decimal("24000.00")  # 12 × 2,000
    assert report[SPOUSE].amount == Decimal("6000.00")  # 2 × 3,000
