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
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate
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
