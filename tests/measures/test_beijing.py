"""City-wide employment and social-insurance rules (北京市), as restated by 门头沟, 朝阳, 东城, 丰台, 顺义, 石景山,
房山 and 西城. Worked examples from catalogs 02, 03 and 06 as corrected by ERRATA_01_03 / ERRATA_04_06; the seed
lines are cited per row and the arithmetic is done by hand in the comments.
"""

from __future__ import annotations

from datetime import date
from decimal import Context as DecimalContext
from decimal import Decimal, DivisionByZero, Inexact, InvalidOperation, Overflow
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import subsidycalc as sc
from subsidycalc.engine import estimate as engine
from subsidycalc.engine import literals
from subsidycalc.engine.estimate import evaluate
from subsidycalc.engine.money import PRECISION, round_fen
from subsidycalc.engine.periods import Window, add_days, add_months, month_end, month_start
from subsidycalc.engine.sources import cite_in_seed, in_seed, normalize
from subsidycalc.measures import beijing
from subsidycalc.reference import public_figures as pf
from subsidycalc.synthetic import synthetic_firms

CAT = sc.catalog()


def run(mid: str, firm: dict[str, Any], **readings: Any) -> sc.Award:
    return evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def merge(base: dict[str, Any], **parts: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in parts.items():
        out[k] = {**base.get(k, {}), **v} if isinstance(v, dict) else v
    return out


# =====================================================================================================
# Aliases and sources: every district id of the assignment resolves to its one city measure
# =====================================================================================================
ALIASES = {
    "chaoyang.one_off_si_subsidy": "beijing.one_off_social_insurance_subsidy",
    "mentougou.one_off_si_subsidy": "beijing.one_off_social_insurance_subsidy",
    "chaoyang.hardship_ui_premium_refund": "beijing.hardship_unemployment_insurance_refund",
    "mentougou.hardship_ui_refund": "beijing.hardship_unemployment_insurance_refund",
    "dongcheng.skills_training_subsidy": "beijing.skills_training_subsidy",
    "chaoyang.skills_training_subsidy": "beijing.skills_training_subsidy",
    "mentougou.skills_training_subsidy": "beijing.skills_training_subsidy",
    "chaoyang.si_contribution_deferral_to_march": "beijing.si_deferral_to_march",
    "dongcheng.social_insurance_contribution_deferral": "beijing.si_deferral_to_march",
    "fengtai.social_insurance_deferral": "beijing.si_deferral_to_march",
    "shunyi.social_insurance_deferral": "beijing.si_deferral_to_march",
    "mentougou.si_deferral_to_march": "beijing.si_deferral_to_march",
    "mentougou.sicenter_collection_extension_and_late_fee_waiver": "beijing.si_deferral_to_march",
    "chaoyang.si_contribution_deferral_to_july_key_industries": "beijing.si_deferral_to_july_key_industries",
    "fangshan.ice_snow_si_deferral_to_july": "beijing.si_deferral_to_july_key_industries",
    "mentougou.si_deferral_to_july_key_industries": "beijing.si_deferral_to_july_key_industries",
    "mentougou.si_january_refund": "beijing.si_january_refund",
    "mentougou.flexible_worker_si_gap_makeup": "beijing.flexible_worker_si_gap_makeup",
    "mentougou.hire_subsidy_city.priority_groups": "beijing.hire_subsidy.priority_groups",
    "mentougou.hire_subsidy_city.other_registered_unemployed": "beijing.hire_subsidy.other_registered_unemployed",
    "dongcheng.hiring_subsidy_application_window": "beijing.hire_subsidy.priority_groups",
    "mentougou.hr_agency_one_off_service_subsidy": "beijing.hr_agency_one_off_service_subsidy",
    "mentougou.startup_loan_extension_infected_borrower": "beijing.startup_loan_extension_infected_borrower",
    "mentougou.startup_guarantee_loan.individual_quota": "beijing.startup_guarantee_loan.individual_quota",
    "mentougou.startup_small_convenient_loan_quota": "beijing.startup_small_convenient_loan_quota",
    "mentougou.startup_guarantee_loan.small_micro_quota": "beijing.startup_guarantee_loan.small_micro_quota",
    "mentougou.spring_festival_overtime_pay": "beijing.spring_festival_overtime_pay",
    "mentougou.quarantine_wage_continuation": "beijing.quarantine_wage_continuation",
    "mentougou.childcare_wage_continuation": "beijing.childcare_wage_continuation",
    "dongcheng.medical_insurance_late_processing": "beijing.medical_insurance_late_processing",
}


@pytest.mark.parametrize(("alias", "canonical"), sorted(ALIASES.items()))
def test_district_ids_resolve_to_the_city_measure(alias: str, canonical: str) -> None:
    assert CAT[alias].id == canonical
    assert CAT[canonical].district == "beijing"


@pytest.mark.parametrize(("mid", "lines"), [
    ("beijing.hardship_unemployment_insurance_refund", "L4059-L4061"),   # 丰台 item 22 (ERRATA_04_06 #2, #23)
    ("beijing.hardship_unemployment_insurance_refund", "L3036-L3040"),   # 朝阳 (R07)
    ("beijing.skills_training_subsidy", "L1154-L1160"),                  # 东城 D1 (R08)
    ("beijing.skills_training_subsidy", "L3048-L3050"),                  # 朝阳
    ("beijing.si_deferral_to_march", "L4810-L4814"),                     # 石景山 item 9 (#23)
    ("beijing.si_deferral_to_march", "L555-L559"),                       # 西城 （三） (R20)
    ("beijing.si_deferral_to_march", "L6694-L6700"),                     # 门头沟 M2 (R21)
    ("beijing.si_deferral_to_july_key_industries", "L5627-L5635"),       # 房山 F1
    ("beijing.si_deferral_to_july_key_industries", "L555-L559"),         # 西城 （三） (R20)
    ("beijing.hire_subsidy.priority_groups", "L2368-L2374"),             # 东城 item 37 (R09)
    ("beijing.medical_insurance_late_processing", "L2341-L2358"),        # 东城 item 36 (R11)
])
def test_restating_texts_are_sources(mid: str, lines: str) -> None:
    assert lines in [s.lines for s in CAT[mid].sources]


def test_every_quote_and_number_is_seed_text() -> None:
    for m in CAT.filter(district="beijing"):
        for s in m.sources:
            assert in_seed(s.quote), (m.id, s.lines)
        for k, p in m.params.items():
            if p.ref is None:
                assert cite_in_seed(p.cite), (m.id, k)
            else:   # a public figure: cites its reference table and says why the seed does not print it
                assert p.convention and p.ref, (m.id, k)


# =====================================================================================================
# beijing.one_off_social_insurance_subsidy (L5962-L6001; 朝阳 L3040-L3048)
# =====================================================================================================
SI_FIRM: dict[str, Any] = {
    "district": "chaoyang", "size": "small", "ownership": "private",
    "qualifications": {"fits_capital_function": True, "in_restricted_catalog": False},
    "workforce": {"ui_insured_avg_2019": 50, "ui_insured_avg_2020_jan_apr": 55,
                  "employer_si_paid_2020_feb_apr": "180000"},
}
SI = "beijing.one_off_social_insurance_subsidy"


def si_firm(h19: Any, h20: Any, paid: Any, **more: Any) -> dict[str, Any]:
    return merge(SI_FIRM, workforce={"ui_insured_avg_2019": h19, "ui_insured_avg_2020_jan_apr": h20,
                                     "employer_si_paid_2020_feb_apr": paid, **more})


@pytest.mark.parametrize(("h19", "h20", "paid", "readings", "expected"), [
    # catalog 06 §8 ex.1 / 03 A14 ex.1 (L5986-L5988): g = 55/50 − 1 = 10% → 30%; 30% × 180,000 = 54,000
    # (cap 6,315 × 55 = 347,325 does not bind)
    (50, 55, "180000", {}, "54000.00"),
    # 06 §8 ex.2 (L5990-L5997): g = 20% exactly → 50%; 50% × 800,000 = 400,000 > 6,315 × 60 = 378,900 → 378,900
    (50, 60, "800000", {}, "378900.00"),
    # ERRATA_01_03 R22: cap on the contributions counted: 50% × min(800,000, 378,900) = 189,450
    (50, 60, "800000", {"si_subsidy_cap": "contribution_base"}, "189450.00"),
    # 朝阳 literal (no cap, L3040-L3048): 50% × 800,000 = 400,000
    (50, 60, "800000", {"si_subsidy_cap": "none"}, "400000.00"),
    # 03 A14 ex.2: g = 20% exactly → 50% × 180,000 = 90,000
    (50, 60, "180000", {}, "90000.00"),
    # 03 A14 ex.2: 59.9 / 50 − 1 = 19.8% → 30% × 180,000 = 54,000
    (50, "59.9", "180000", {}, "54000.00"),
    # tier edge: 12 / 10 − 1 = 20% exactly → "增长 20%及以上" → 50% × 1,000 = 500
    (10, 12, "1000", {}, "500.00"),
    # 11 / 10 − 1 = 10% → 30% × 1,000 = 300
    (10, 11, "1000", {}, "300.00"),
    # flat headcount (持平) → 30%: 30% × 1,000 = 300
    (10, 10, "1000", {}, "300.00"),
    # cap headcount read on the 2019 average: 50% × 800,000 = 400,000 > 6,315 × 50 = 315,750 → 315,750
    (50, 60, "800000", {"si_subsidy_cap_headcount": "ui_insured_avg_2019"}, "315750.00"),
])
def test_one_off_si_worked_examples(h19: Any, h20: Any, paid: str, readings: dict, expected: str) -> None:
    a = run(SI, si_firm(h19, h20, paid), **readings)
    assert a.status == "eligible"
    assert a.amount == Decimal(expected)


@pytest.mark.parametrize(("change", "why"), [
    # 06 §8 ex.3: 49 < 50 → g = −2% → ineligible (不少于 not met)
    ({"workforce": {"ui_insured_avg_2020_jan_apr": 49}}, "UI payers fell"),
    # 06 §8 ex.3: a state-owned SME → 0 (非国有企业)
    ({"ownership": "state"}, "state-owned"),
    # 03 A14 ex.3: a large enterprise → 0
    ({"size": "large"}, "size large"),
    ({"qualifications": {"in_restricted_catalog": True}}, "禁限目录"),
])
def test_one_off_si_ineligible(change: dict, why: str) -> None:
    a = run(SI, merge(SI_FIRM, **change))
    assert a.status == "ineligible" and a.amount == 0
    assert why in a.reasons[-1]


def test_one_off_si_is_a_city_rule_for_any_district() -> None:
    # R01: 朝阳's registered-and-taxed clause never narrows the city rule
    a = run(SI, merge(SI_FIRM, district="fengtai", tax_district="haidian"))
    assert a.status == "eligible" and a.amount == Decimal("54000.00")


def test_one_off_si_basis_reading() -> None:
    firm = merge(SI_FIRM, workforce={"employer_si_payable_2020_feb_apr": "200000"})
    assert run(SI, firm).amount == Decimal("54000.00")            # 30% × 180,000 actually paid
    assert run(SI, firm, si_subsidy_contribution_basis="payable").amount == Decimal("60000.00")  # 30% × 200,000
    a = run(SI, SI_FIRM, si_subsidy_contribution_basis="payable")
    assert a.status == "undetermined" and a.missing == ["workforce.employer_si_payable_2020_feb_apr"]


def test_one_off_si_affected_reading() -> None:
    assert run(SI, SI_FIRM).status == "eligible"                  # default: no 受疫情影响较大 test
    a = run(SI, SI_FIRM, si_subsidy_affected_test="heavily_affected")
    assert a.status == "undetermined" and a.missing == ["qualifications.heavily_affected"]
    a = run(SI, merge(SI_FIRM, qualifications={"heavily_affected": False}), si_subsidy_affected_test="heavily_affected")
    assert a.status == "ineligible"


@pytest.mark.parametrize("path", ["workforce.ui_insured_avg_2019", "workforce.ui_insured_avg_2020_jan_apr",
                                  "workforce.employer_si_paid_2020_feb_apr"])
def test_one_off_si_missing_fact_is_undetermined(path: str) -> None:
    firm = merge(SI_FIRM)
    firm["workforce"] = {k: v for k, v in SI_FIRM["workforce"].items() if k != path.split(".")[1]}
    a = run(SI, firm)
    assert a.status == "undetermined" and path in a.missing


HEADS = st.integers(1, 500).map(Decimal)
MONEY = st.decimals("0.01", 10_000_000, places=2)


@given(HEADS, st.integers(0, 300), MONEY)
def test_one_off_si_properties(h19: Decimal, growth_pct: int, paid: Decimal) -> None:
    h20 = h19 * (100 + growth_pct) / 100
    a = run(SI, si_firm(str(h19), str(h20), str(paid)))
    assert a.status == "eligible"
    rate = Decimal("0.5") if growth_pct >= 20 else Decimal("0.3")     # the tier edge sits exactly at 20%
    assert a.amount == round_fen(min(rate * paid, Decimal(6315) * h20))
    assert 0 <= a.amount <= Decimal(6315) * h20
    more = run(SI, si_firm(str(h19), str(h20), str(paid + 1000)))
    assert more.amount >= a.amount                                   # monotone in contributions


@given(HEADS, st.integers(1, 100))
def test_one_off_si_zero_below_2019_headcount(h19: Decimal, drop: int) -> None:
    h20 = h19 - Decimal(drop) / 10
    if h20 < 0:
        return
    assert run(SI, si_firm(str(h19), str(h20), "1000")).status == "ineligible"


# =====================================================================================================
# beijing.hardship_unemployment_insurance_refund (门头沟 L5923-L5948; 朝阳 L3036-L3040; 丰台 L4059-L4061)
# =====================================================================================================
UI = "beijing.hardship_unemployment_insurance_refund"
UI_FIRM: dict[str, Any] = {
    "district": "mentougou",
    "qualifications": {"heavily_affected": True, "temporary_difficulty": True, "no_layoffs": True,
                       "serious_dishonesty_list": False, "job_stabilisation_measures": True},
    "workforce": {"ui_paid_months": 60, "ui_insured_dec_2018": 42, "ui_insured_dec_2019": 40,
                  "natural_attrition_2019": 1, "ui_insured_employees": 40},
    "finances": {"profit_tax_change_2019": "-0.6", "losses_two_consecutive_quarters": True, "loss_q1_2020": True},
}
M = {"ui_refund_monthly_benefit": Decimal(1500)}   # illustrative M (not in the seed), as in the catalog


@pytest.mark.parametrize(("change", "expected"), [
    # ERRATA_04_06 #18 ex.1: lay-off rate 1 − (40 + 1)/42 = 2.38% < 5.2%; 6 × 1,500 × 40 = 360,000
    ({}, "360000.00"),
    # 06 §7 ex.2 (L5931, L5939): 12 months exactly (12 个月以上) and profit-tax down exactly 50% (50%以上);
    # N = 100 → 6 × 1,500 × 100 = 900,000
    ({"workforce": {"ui_paid_months": 12, "ui_insured_employees": 100},
      "finances": {"profit_tax_change_2019": "-0.5"}}, "900000.00"),
    # R07: a firm registered in 朝阳 but taxed in 丰台 is eligible under the city rule: 360,000
    ({"district": "chaoyang", "tax_district": "fengtai"}, "360000.00"),
])
def test_ui_refund_worked_examples(change: dict, expected: str) -> None:
    a = run(UI, merge(UI_FIRM, **change), **M)
    assert a.status == "eligible" and a.amount == Decimal(expected)


@pytest.mark.parametrize(("change", "why"), [
    # 06 §7 ex.3 (L5931-L5937): 1 − (235 + 2)/250 = 5.2% exactly: not 低于 5.2%, and the firm laid off → 0
    ({"workforce": {"ui_insured_dec_2018": 250, "ui_insured_dec_2019": 235, "natural_attrition_2019": 2,
                    "no_layoffs_2019": False}}, "not below 5.2%"),
    # R07: 11 months of UI (< 12 个月以上) → 0
    ({"workforce": {"ui_paid_months": 11}}, "only 11 months"),
    # profit-tax down 49.9% (< 50%以上) → 0
    ({"finances": {"profit_tax_change_2019": "-0.499"}}, "not down 50%"),
    ({"finances": {"loss_q1_2020": False}}, "no loss in Q1 2020"),
    ({"qualifications": {"serious_dishonesty_list": True}}, "失信"),
    ({"qualifications": {"no_layoffs": False}}, "不裁员或少裁员"),
])
def test_ui_refund_ineligible(change: dict, why: str) -> None:
    a = run(UI, merge(UI_FIRM, **change), **M)
    assert a.status == "ineligible" and why in a.reasons[-1]


def test_ui_refund_layoff_edge_and_no_layoff_flag() -> None:
    edge = {"ui_insured_dec_2018": 250, "ui_insured_dec_2019": 235, "natural_attrition_2019": 2}
    a = run(UI, merge(UI_FIRM, workforce=edge), **M)                 # 5.2% exactly, lay-offs unknown
    assert a.status == "undetermined" and a.missing == ["workforce.no_layoffs_2019"]
    a = run(UI, merge(UI_FIRM, workforce={**edge, "no_layoffs_2019": True}), **M)   # 未裁员 (quits, not lay-offs)
    assert a.status == "eligible"
    a = run(UI, merge(UI_FIRM, workforce={**edge, "natural_attrition_2019": 3}), **M)  # 1 − 238/250 = 4.8% < 5.2%
    assert a.status == "eligible"


def test_ui_refund_default_is_unquantified() -> None:
    a = run(UI, UI_FIRM)
    assert a.status == "eligible" and a.amount == 0 and not a.quantified
    assert a.needs == ["assumptions.ui_refund_monthly_benefit"]


def test_ui_refund_readings() -> None:
    bare = {"district": "chaoyang", "qualifications": {"heavily_affected": True, "temporary_difficulty": True,
                                                       "no_layoffs": True},
            "workforce": {"ui_insured_employees": 10}}
    # city conditions by default: the 申请条件 facts are needed
    a = run(UI, bare, **M)
    assert a.status == "undetermined" and "workforce.ui_paid_months" in a.missing
    # 朝阳's restatement alone: 6 × 1,500 × 10 = 90,000
    a = run(UI, bare, ui_refund_conditions="restatement", **M)
    assert a.status == "eligible" and a.amount == Decimal("90000.00")
    # condition 2: two loss quarters without the 50% decline
    firm = merge(UI_FIRM, finances={"profit_tax_change_2019": "-0.1"})
    assert run(UI, firm, **M).status == "ineligible"
    assert run(UI, firm, ui_refund_condition2="decline_or_losses", **M).amount == Decimal("360000.00")
    # N on December 2019 (40) vs at application (55): 6 × 1,500 × 55 = 495,000
    firm = merge(UI_FIRM, workforce={"ui_insured_employees": 55})
    assert run(UI, firm, **M).amount == Decimal("495000.00")
    assert run(UI, firm, ui_refund_headcount="december_2019", **M).amount == Decimal("360000.00")


@given(st.integers(1, 1000), st.integers(0, 1000), st.decimals(1, 5000, places=2))
def test_ui_refund_properties(dec18: int, lost: int, m: Decimal) -> None:
    lost = min(lost, dec18)
    firm = merge(UI_FIRM, workforce={"ui_insured_dec_2018": dec18, "ui_insured_dec_2019": dec18 - lost,
                                     "natural_attrition_2019": 0, "no_layoffs_2019": False})
    a = run(UI, firm, ui_refund_monthly_benefit=m)
    below = Decimal(lost) < Decimal("0.052") * dec18                  # 低于: strictly below 5.2%
    assert a.status == ("eligible" if below else "ineligible")
    if below:
        assert a.amount == round_fen(6 * m * 40) >= 0


# =====================================================================================================
# beijing.skills_training_subsidy (门头沟 L6309-L6342; 东城 L1154-L1160; 朝阳 L3048-L3050)
# =====================================================================================================
TR = "beijing.skills_training_subsidy"
TR_FIRM = merge(SI_FIRM, trainings=[{"employees": 25, "class_hours": 48, "completed_on": "2020-05-10",
                                     "still_employed": 25}])


@pytest.mark.parametrize(("trainings", "expected"), [
    # 06 §16 ex.1 / 02 ex.1: prior one-off SI subsidy; 25 × 48 课时; 25 × 1,000 = 25,000
    ([{"employees": 25, "class_hours": 48, "completed_on": "2020-05-10", "still_employed": 25}], "25000.00"),
    # 06 §16 ex.2: exactly 40 课时 counts; 1 of 25 left before the claim → 24 × 1,000 = 24,000
    ([{"employees": 25, "class_hours": 40, "completed_on": "2020-05-10", "still_employed": 24}], "24000.00"),
    # 02 ex.2: 10 at exactly 40 课时 count, 3 at 39 do not (不低于 40) → 10 × 1,000 = 10,000
    ([{"employees": 10, "class_hours": 40, "completed_on": "2020-06-01", "still_employed": 10},
      {"employees": 3, "class_hours": 39, "completed_on": "2020-06-01", "still_employed": 3}], "10000.00"),
    # a batch also paid by another 职业技能提升行动 subsidy is excluded (不得重复申领, L6340-L6342): 5 × 1,000
    ([{"employees": 5, "class_hours": 40, "completed_on": "2020-06-01", "still_employed": 5},
      {"employees": 7, "class_hours": 40, "completed_on": "2020-06-01", "still_employed": 7,
       "other_subsidy_claimed": True}], "5000.00"),
])
def test_training_worked_examples(trainings: list, expected: str) -> None:
    a = run(TR, merge(TR_FIRM, trainings=trainings))
    assert a.status == "eligible" and a.amount == Decimal(expected)


def test_training_ineligible() -> None:
    # 06 §16 ex.3 / 02 ex.3: neither the UI refund nor the one-off SI subsidy (here: a state-owned firm with no
    # UI-refund facts would be undetermined; make both fail)
    firm = merge(TR_FIRM, ownership="state", qualifications={"heavily_affected": False})
    a = run(TR, firm)
    assert a.status == "ineligible" and "neither" in a.reasons[-1]
    # 02 ex.3: training completed in December 2019 → 0
    a = run(TR, merge(TR_FIRM, trainings=[{"employees": 20, "class_hours": 60, "completed_on": "2019-12-20",
                                           "still_employed": 20}]))
    assert a.status == "ineligible"
    # 39 课时 only
    a = run(TR, merge(TR_FIRM, trainings=[{"employees": 20, "class_hours": 39, "completed_on": "2020-03-01",
                                           "still_employed": 20}]))
    assert a.status == "ineligible"


def test_training_prior_policy_unknown_is_undetermined_with_its_paths() -> None:
    firm = merge(TR_FIRM)
    firm["workforce"] = {}
    a = run(TR, firm)
    assert a.status == "undetermined"
    assert "workforce.ui_insured_avg_2019" in a.missing           # from the one-off SI subsidy
    assert "workforce.ui_paid_months" in a.missing                # from the UI refund


def test_training_readings() -> None:
    t39 = merge(TR_FIRM, trainings=[{"employees": 4, "class_hours": 39, "completed_on": "2020-03-01",
                                     "still_employed": 3}])
    assert run(TR, t39).status == "ineligible"
    # 朝阳 '符合规定' without an hours test: the 3 still employed count → 3,000
    assert run(TR, t39, training_min_class_hours="unstated").amount == Decimal("3000.00")
    # 东城 D1 without the still-employed rule: all 4 → 4,000
    assert run(TR, t39, training_min_class_hours="unstated",
               training_require_still_employed=False).amount == Decimal("4000.00")
    # both prior policies required: the UI-refund facts are then needed
    a = run(TR, TR_FIRM, training_prior_policy="all")
    assert a.status == "undetermined" and "workforce.ui_paid_months" in a.missing
    both = merge(TR_FIRM, **{k: v for k, v in UI_FIRM.items() if k != "district"})
    both = merge(both, workforce={**SI_FIRM["workforce"], **UI_FIRM["workforce"]},
                 qualifications={**SI_FIRM["qualifications"], **UI_FIRM["qualifications"]})
    assert run(TR, both, training_prior_policy="all").amount == Decimal("25000.00")


def test_training_counts_trained_employees_when_no_detail() -> None:
    firm = {k: v for k, v in TR_FIRM.items() if k != "trainings"}
    assert run(TR, {**firm, "trained_employees": 10}).amount == Decimal("10000.00")   # 10 × 1,000
    a = run(TR, firm)
    assert a.status == "undetermined" and a.missing == ["trainings"]


@given(st.integers(0, 80), st.integers(0, 300), st.integers(0, 300))
def test_training_properties(hours: int, employees: int, still: int) -> None:
    a = run(TR, merge(TR_FIRM, trainings=[{"employees": employees, "class_hours": hours, "completed_on": "2020-07-01",
                                           "still_employed": still}]))
    counted = min(employees, still) if hours >= 40 else 0               # the edge sits exactly at 40 课时
    if counted:
        assert a.status == "eligible" and a.amount == 1000 * counted
    else:
        assert a.status == "ineligible" and a.amount == 0


# =====================================================================================================
# beijing.si_deferral_to_march (门头沟 M1 L6386-L6413, M2 L6694-L6700; 东城, 朝阳, 丰台, 顺义, 石景山, 西城)
# =====================================================================================================
MAR = "beijing.si_deferral_to_march"
MAR_FIRM: dict[str, Any] = {"district": "shunyi", "social_insurance": {"late_before_dec_2019": False,
                                                                      "jan_feb_2020_payable": "80000"}}


def test_march_deferral_example() -> None:
    # 05 shunyi ex.1 / 04 fengtai ex.1: Jan + Feb = 40,000 + 40,000 = 80,000 due by 2020-03-31; relief is time: 0
    a = run(MAR, MAR_FIRM)
    assert a.status == "eligible" and a.amount == 0
    assert a.effects["deferral"].endswith("due 2020-03-31 (80,000.00)")
    # ERRATA_01_03 R21: make-up without late fee until max(2020-03-31, 疫情解除 + 3 months) (L6413, L6698)
    assert a.effects["late_fee"] == "none for payment or make-up by 2021-03-31"


@pytest.mark.parametrize(("readings", "late_fee_until"), [
    # 02 ex.2 as corrected by R21: paid 2020-04-01 is late-fee free under the city reading when 疫情解除 is
    # 2020-06-30: 2020-06-30 + 3 months = 2020-09-30
    ({"epidemic_period_end": date(2020, 6, 30)}, "2020-09-30"),
    # … and under 朝阳 / 东城 D5 wording only until 3月底
    ({"si_deferral_late_fee_free_until": "march_31"}, "2020-03-31"),
    # an early end never shortens the deferral: max(2020-03-31, 2020-02-15 + 3 months = 2020-05-15)
    ({"epidemic_period_end": date(2020, 2, 15)}, "2020-05-15"),
])
def test_march_deferral_late_fee_reading(readings: dict, late_fee_until: str) -> None:
    assert run(MAR, MAR_FIRM, **readings).effects["late_fee"].endswith(late_fee_until)


def test_march_deferral_regular_payer_and_scope() -> None:
    late = merge(MAR_FIRM, social_insurance={"late_before_dec_2019": True, "late_made_up": False})
    assert run(MAR, late).status == "ineligible"                                   # L6442-L6446
    assert run(MAR, merge(late, social_insurance={"late_made_up": True})).status == "eligible"
    assert run(MAR, late, si_deferral_regular_payer_test="none").status == "eligible"   # 丰台/顺义 wording
    a = run(MAR, {"district": "xicheng"})
    assert a.status == "undetermined" and a.missing == ["social_insurance.late_before_dec_2019"]
    # 东城 D4 / M1 '未能按时成功缴纳': only firms whose January/February payment failed
    a = run(MAR, MAR_FIRM, si_deferral_march_scope="failed_payments_only")
    assert a.status == "undetermined" and a.missing == ["social_insurance.jan_feb_2020_unpaid"]
    paid = merge(MAR_FIRM, social_insurance={"jan_feb_2020_unpaid": False})
    assert run(MAR, paid, si_deferral_march_scope="failed_payments_only").status == "ineligible"


def test_march_deferral_month_basis_reading() -> None:
    assert "coverage months 2019-12 and 2020-01" in run(MAR, MAR_FIRM).effects["deferral"]     # M2 L6694
    assert "contributions for January and February 2020" in run(
        MAR, MAR_FIRM, si_deferral_month_basis="coverage_months").effects["deferral"]


# =====================================================================================================
# beijing.si_deferral_to_july_key_industries (门头沟 L6433-L6462; 房山 L5627-L5635; 朝阳, 东城, 丰台, 顺义)
# =====================================================================================================
JUL = "beijing.si_deferral_to_july_key_industries"
JUL_FIRM: dict[str, Any] = {"district": "chaoyang", "industry": "catering",
                            "social_insurance": {"late_before_dec_2019": False, "july_deferral_confirmed": True,
                                                 "july_deferral_applied_on": "2020-03-05"}}


@pytest.mark.parametrize(("change", "status"), [
    # 06 §19 ex.1: restaurant, no arrears, confirmed, applied 2020-03-05 → due 2020-07-31
    ({}, "eligible"),
    # 06 §19 ex.2 / 06 §1 ex.2: applied on the last day 2020-03-20 → in the window
    ({"social_insurance": {"july_deferral_applied_on": "2020-03-20"}}, "eligible"),
    # 06 §1 ex.3: applied 2020-03-21 → outside the window
    ({"social_insurance": {"july_deferral_applied_on": "2020-03-21"}}, "ineligible"),
    ({"social_insurance": {"july_deferral_applied_on": "2020-02-16"}}, "ineligible"),
    # 房山: an ice rink (冰雪体育)
    ({"industry": "ice_snow_sports"}, "eligible"),
    # 06 §19 ex.3 / 03 A12 ex.3: manufacturing or software → not eligible for July
    ({"industry": "software"}, "ineligible"),
    # 03 A12 ex.2: a listed restaurant not confirmed by the authority → only end-March
    ({"social_insurance": {"july_deferral_confirmed": False}}, "ineligible"),
])
def test_july_deferral_examples(change: dict, status: str) -> None:
    a = run(JUL, merge(JUL_FIRM, **change))
    assert a.status == status and a.amount == 0
    if status == "eligible":
        assert a.effects["deferral"].endswith("due 2020-07-31")


def test_july_deferral_readings() -> None:
    software = merge(JUL_FIRM, industry="software", qualifications={"heavily_affected": True})
    assert run(JUL, software).status == "ineligible"
    assert run(JUL, software, si_deferral_july_industry_list="open").status == "eligible"   # '等' / 丰台, 西城
    no_app = merge(JUL_FIRM)
    no_app["social_insurance"] = {"late_before_dec_2019": False, "july_deferral_confirmed": True}
    a = run(JUL, no_app)
    assert a.status == "undetermined" and a.missing == ["social_insurance.july_deferral_applied_on"]
    assert run(JUL, no_app, si_deferral_july_application=False).status == "eligible"


# =====================================================================================================
# beijing.si_january_refund (门头沟 L6474-L6493)
# =====================================================================================================
JAN = "beijing.si_january_refund"


@pytest.mark.parametrize(("applied", "settled", "status", "effect"), [
    # 06 §20 ex.1: 30,000 debited, applied 2020-02-18 → 30,000 back by 2020-02-29
    ("2020-02-18", "0", "eligible", "30,000.00 returned by 2020-02-29"),
    # 06 §20 ex.2: applied 2020-02-21 → by end-February; 2020-02-22 → in March
    ("2020-02-21", "0", "eligible", "30,000.00 returned by 2020-02-29"),
    ("2020-02-22", "0", "eligible", "30,000.00 returned in March 2020"),
    # 06 §20 ex.2: one employee retired in January (1,500): 30,000 − 1,500 = 28,500
    ("2020-02-18", "1500", "eligible", "28,500.00 returned by 2020-02-29"),
    # 06 §20 ex.3: applied 2020-03-02 → outside 2月17日至29日 → 0
    ("2020-03-02", "0", "ineligible", ""),
])
def test_january_refund_examples(applied: str, settled: str, status: str, effect: str) -> None:
    firm = {"district": "mentougou", "social_insurance": {"jan_2020_debited": "30000", "jan_2020_settled_persons": settled,
                                                          "jan_refund_applied_on": applied}}
    a = run(JAN, firm)
    assert a.status == status and a.amount == 0
    if effect:
        assert a.effects["refund"].startswith(effect)
        assert a.effects["refund"].endswith("due again by 2020-03-31 (a deferral, not a reduction)")


def test_january_refund_repay_reading() -> None:
    firm = {"social_insurance": {"jan_2020_debited": "100", "jan_2020_settled_persons": "0",
                                 "jan_refund_applied_on": "2020-02-20"}}
    a = run(JAN, firm, si_january_refund_repay_by="epidemic_end_plus_3_months")
    assert "due again by 2021-03-31" in a.effects["refund"]


# =====================================================================================================
# beijing.flexible_worker_si_gap_makeup (门头沟 L6423-L6431)
# =====================================================================================================
FLEX = "beijing.flexible_worker_si_gap_makeup"


def test_flexible_worker_examples() -> None:
    assert run(FLEX, {"district": "haidian"}).status == "ineligible"               # not a flexible worker
    # 06 §18 ex.1: the January debit failed → may pay by 2020-03-31
    a = run(FLEX, {"flexible_worker": {"debit_failed_jan_feb_2020": True}})
    assert a.status == "eligible" and a.effects["deferral"].endswith("2020-03-31")
    # 06 §18 ex.2: gap exactly Dec-2019..Feb-2020 from failed debits → no break, no 6-month wait
    a = run(FLEX, {"flexible_worker": {"debit_failed_jan_feb_2020": False, "gap_start": "2019-12-01",
                                       "gap_end": "2020-02-29", "gap_due_to_failed_debit": True}})
    assert a.status == "eligible" and "no 6-month medical waiting period" in a.effects["continuity"]
    # 06 §18 ex.3: a gap in November 2019 → outside → the usual rules
    a = run(FLEX, {"flexible_worker": {"debit_failed_jan_feb_2020": False, "gap_start": "2019-11-01",
                                       "gap_end": "2019-11-30", "gap_due_to_failed_debit": True}})
    assert a.status == "ineligible"
    a = run(FLEX, {"flexible_worker": {"gap_start": "2020-01-01"}})
    assert a.status == "undetermined"
    assert set(a.missing) == {"flexible_worker.debit_failed_jan_feb_2020", "flexible_worker.gap_end",
                              "flexible_worker.gap_due_to_failed_debit"}


# =====================================================================================================
# beijing.hire_subsidy.* (门头沟 L5803-L5852; 东城 item 37 L2368-L2374)
# =====================================================================================================
PRI = "beijing.hire_subsidy.priority_groups"
OTH = "beijing.hire_subsidy.other_registered_unemployed"
REF = {"hire_subsidy_base_cap_monthly": Decimal(5000), "si_min_base_medical_monthly": Decimal(4500),
       "si_min_base_pension_monthly": Decimal(4500), "si_min_base_unemployment_monthly": Decimal(4500)}


def hire(group: str, **more: Any) -> dict[str, Any]:
    h = {"group": group, "count": 1, "contract_months": 36, "social_insurance_paid": True,
         "monthly_wage_at_least_1_2x_minimum": True, "months_performed": 12, "contribution_base": "4000",
         "one_off_si_subsidy_share": "0"}
    return {**h, **more}


def hire_firm(*hires: dict[str, Any]) -> dict[str, Any]:
    return {"district": "dongcheng", "hires": list(hires)}


def priority_readings(ev_: dict) -> dict:
    return {k: REF[k] for k in ("hire_subsidy_base_cap_monthly", "si_min_base_medical_monthly")} | ev_


@pytest.mark.parametrize(("more", "expected"), [
    # 06 §4 ex.1 (W60 = 5,000, MedMin = 4,500 illustrative): base 4,000 < W60 → 16% × 4,000 = 640;
    # 0.8% × 4,000 = 32; 10% × 4,500 = 450 → 1,122/month × 12 = 13,464; + 8,000 = 21,464
    ({}, "21464.00"),
    # 06 §4 ex.2: base 6,000 > W60 → B = 5,000: 800 + 40 + 450 = 1,290 × 12 = 15,480; + 8,000 = 23,480
    ({"contribution_base": "6000"}, "23480.00"),
    # 06 §4 ex.2: base exactly 5,000 → the same 23,480
    ({"contribution_base": "5000"}, "23480.00"),
    # two persons in the batch: 2 × 21,464 = 42,928
    ({"count": 2}, "42928.00"),
    # five-year cap (最长不超过五年): 72 months performed count as 60: 1,122 × 60 + 8,000 × 5 = 67,320 + 40,000
    ({"months_performed": 72, "contract_months": 84}, "107320.00"),
    # within the contract term only: 12 performed, contract 6?? → contract < 1 year fails; 18-month contract,
    # 24 performed → 18 counted: 1,122 × 18 = 20,196; + 8,000 × 18/12 = 12,000 → 32,196
    ({"months_performed": 24, "contract_months": 18}, "32196.00"),
    # 核减已享受的相应补贴 (L5847-L5848): 500 of one-off SI subsidy for this hire: 13,464 − 500 + 8,000 = 20,964
    ({"one_off_si_subsidy_share": "500"}, "20964.00"),
])
def test_priority_hire_worked_examples(more: dict, expected: str) -> None:
    a = run(PRI, hire_firm(hire("priority_groups", **more)), **priority_readings({}))
    assert a.status == "eligible" and a.amount == Decimal(expected)


@pytest.mark.parametrize(("more", "expected"), [
    # 06 §5 ex.1 (minimum bases 4,500 illustrative): 720 + 36 + 450 = 1,206/month × 12 = 14,472; base irrelevant
    ({"contribution_base": "9000"}, "14472.00"),
    # 06 §5 ex.2: year 3 still within 不超过三年: 36 months × 1,206 = 43,416; 48 months count as 36 → 43,416
    ({"months_performed": 36, "contract_months": 60}, "43416.00"),
    ({"months_performed": 48, "contract_months": 60}, "43416.00"),
    # 06 §5 ex.2 stacking sub-case: 500 one-off SI subsidy for this person: 14,472 − 500 = 13,972
    ({"one_off_si_subsidy_share": "500"}, "13972.00"),
])
def test_other_registered_unemployed_worked_examples(more: dict, expected: str) -> None:
    a = run(OTH, hire_firm(hire("registered_unemployed", **more)), **REF)
    assert a.status == "eligible" and a.amount == Decimal(expected)


@pytest.mark.parametrize(("mid", "group", "more"), [
    (PRI, "priority_groups", {"contract_months": 11}),                        # 06 §4 ex.3: < 一年
    (OTH, "registered_unemployed", {"monthly_wage_at_least_1_2x_minimum": False}),   # 06 §5 ex.3
    (PRI, "priority_groups", {"social_insurance_paid": False}),
    (PRI, "registered_unemployed", {}),                                       # the other group's hire
])
def test_hire_subsidy_ineligible(mid: str, group: str, more: dict) -> None:
    a = run(mid, hire_firm(hire(group, **more)), **REF)
    assert a.status == "ineligible" and a.amount == 0


def test_hire_subsidy_defaults_leave_the_medical_part_unquantified() -> None:
    # issue 8 §8: the base cap is the published 2019 全口径 monthly average wage (8,847) × 60% = 5,308.20; the medical
    # minimum base was not found, so the medical part stays out: 8,000 + 16.8% × min(4,000, 5,308.20) × 12 = 8,000 +
    # 8,064 = 16,064, unquantified
    a = run(PRI, hire_firm(hire("priority_groups")))
    assert a.status == "eligible" and a.amount == Decimal("16064.00") and not a.quantified
    assert a.needs == ["assumptions.si_min_base_medical_monthly"]
    assert any("60% × 8,847.00" in s and "5,308.20" in s for s in a.steps)
    a = run(OTH, hire_firm(hire("registered_unemployed")))
    assert a.status == "eligible" and a.amount == 0 and not a.quantified
    assert a.needs == ["assumptions.si_min_base_pension_monthly", "assumptions.si_min_base_unemployment_monthly",
                       "assumptions.si_min_base_medical_monthly"]


def test_hire_subsidy_one_off_share_needed_when_the_firm_may_have_had_it() -> None:
    h = {k: v for k, v in hire("registered_unemployed").items() if k != "one_off_si_subsidy_share"}
    a = run(OTH, {**SI_FIRM, "hires": [h]}, **REF)
    assert a.status == "undetermined" and a.missing == ["hires.0.one_off_si_subsidy_share"]
    a = run(OTH, {**SI_FIRM, "ownership": "state", "hires": [h]}, **REF)    # no one-off subsidy: nothing to deduct
    assert a.status == "eligible" and a.amount == Decimal("14472.00")


def test_hire_subsidy_job_prorate_reading() -> None:
    firm = hire_firm(hire("priority_groups", months_performed=9))
    r = priority_readings({})
    # monthly: 1,122 × 9 = 10,098 + 8,000 × 9/12 = 6,000 → 16,098
    assert run(PRI, firm, **r).amount == Decimal("16098.00")
    # half_years: one full half-year → 8,000 / 2 = 4,000 → 14,098
    assert run(PRI, firm, hire_subsidy_job_prorate="half_years", **r).amount == Decimal("14098.00")


def claim_window(hired: date, months: int, day_count: str) -> Window:
    """The claim window the hire subsidy's rule states for a batch hired on ``hired`` with ``months`` performed."""
    h = hire("priority_groups", hired_on=hired.isoformat(), months_performed=months, contract_months=60)
    text = run(PRI, hire_firm(h), hire_subsidy_claim_day_count=day_count, **priority_readings({})).effects["apply hires 0"]
    start, end = text.split("claim ")[1].split(" ")[0].split("..")
    return Window(date.fromisoformat(start), date.fromisoformat(end))


@pytest.mark.parametrize(("hired", "months", "count", "window"), [
    # 02 dongcheng.hiring_subsidy_application_window ex.1 (moved here by R09): contract from 2019-08-01, half-year
    # completed 2020-01-31 → 2020-02-01..2020-04-30 (29 + 31 + 30 = 90 days, 2020 a leap year)
    (date(2019, 8, 1), 6, "day_one", Window(date(2020, 2, 1), date(2020, 4, 30))),
    # ex.2: the day-0 count ends one day later, 2020-05-01
    (date(2019, 8, 1), 6, "day_zero", Window(date(2020, 2, 1), date(2020, 5, 1))),
    # ex.2: contract from 2019-03-01, full year completed 2020-02-29 → 2020-03-01..2020-05-29
    (date(2019, 3, 1), 12, "day_one", Window(date(2020, 3, 1), date(2020, 5, 29))),
])
def test_claim_window(hired: date, months: int, count: str, window: Window) -> None:
    w = claim_window(hired, months, count)
    assert w == window
    if count == "day_one":
        assert w.days() == 90


def test_hire_claim_window_is_reported() -> None:
    a = run(PRI, hire_firm(hire("priority_groups", hired_on="2019-08-01", months_performed=6)),
            **priority_readings({}))
    # the general timing under "apply", each batch's own window under "apply hires N"
    assert "2020-02-01..2020-04-30" in a.effects["apply hires 0"]
    a = run(PRI, hire_firm(hire("priority_groups", hired_on="2019-08-01", months_performed=6)),
            hire_subsidy_claim_rule="dongcheng", **priority_readings({}))
    assert "市人力社保局 approval" in a.effects["apply"]


@given(st.integers(1, 120), st.integers(12, 120), st.decimals(0, 40000, places=2), st.integers(1, 20))
def test_priority_hire_properties(months: int, contract: int, base: Decimal, count: int) -> None:
    firm = hire_firm(hire("priority_groups", months_performed=months, contract_months=contract,
                          contribution_base=str(base), count=count))
    a = run(PRI, firm, **priority_readings({}))
    per_month_max = Decimal(8000) / 12 + Decimal("0.168") * 5000 + Decimal("0.10") * 4500
    assert a.status == "eligible"
    assert 0 <= a.amount <= round_fen(per_month_max * 60 * count)
    longer = run(PRI, hire_firm(hire("priority_groups", months_performed=months + 1, contract_months=contract,
                                     contribution_base=str(base), count=count)), **priority_readings({}))
    assert longer.amount >= a.amount                                   # monotone in months performed


def test_hire_missing_facts_are_undetermined_with_paths() -> None:
    a = run(PRI, hire_firm({"group": "priority_groups", "count": 1}), **REF)
    assert a.status == "undetermined"
    assert set(a.missing) == {"hires.0.contract_months", "hires.0.social_insurance_paid",
                              "hires.0.monthly_wage_at_least_1_2x_minimum", "hires.0.months_performed",
                              "hires.0.contribution_base"}
    assert run(PRI, {"district": "dongcheng"}).missing == ["hires"]


# =====================================================================================================
# beijing.hr_agency_one_off_service_subsidy (门头沟 L6076-L6133)
# =====================================================================================================
HR = "beijing.hr_agency_one_off_service_subsidy"


def agency(*persons: int, licensed: bool = True, placed_on: str = "2020-03-01") -> dict[str, Any]:
    return {"industry": "hr_services", "hr_agency": {"licensed": licensed, "placements": [
        {"persons": p, "placed_on": placed_on, "key_enterprise": True} for p in persons]}}


@pytest.mark.parametrize(("persons", "expected"), [
    ((35, 25), "24000.00"),     # 06 §11 ex.1: 35 + 25 = 60 ≥ 50 (含) → 2.4万 = 24,000
    ((100,), "45000.00"),       # ex.2: 100 exactly → "100 人(含)以上" → 4.5万 = 45,000
    ((199,), "45000.00"),       # ex.2: 199 → 45,000
    ((200,), "90000.00"),       # ex.2: 200 → 9万 = 90,000
    ((50,), "24000.00"),        # 50 exactly → 24,000
])
def test_hr_agency_worked_examples(persons: tuple, expected: str) -> None:
    a = run(HR, agency(*persons))
    assert a.status == "eligible" and a.amount == Decimal(expected)


def test_hr_agency_ineligible() -> None:
    assert run(HR, agency(49)).status == "ineligible"                          # ex.3: 49 → 0
    assert run(HR, agency(300, licensed=False)).status == "ineligible"         # ex.3: unlicensed → 0
    assert run(HR, {"district": "shunyi"}).status == "ineligible"              # not an HR agency
    # placements before 疫情防控期间 (epidemic_period_start 2020-01-24) do not count
    assert run(HR, agency(120, placed_on="2020-01-10")).status == "ineligible"
    assert run(HR, agency(120, placed_on="2020-01-10"),
               epidemic_period_start=date(2020, 1, 1)).amount == Decimal("45000.00")


@given(st.lists(st.integers(0, 120), min_size=1, max_size=4))
def test_hr_agency_properties(persons: list[int]) -> None:
    n = sum(persons)
    a = run(HR, agency(*persons))
    expected = 90000 if n >= 200 else 45000 if n >= 100 else 24000 if n >= 50 else 0
    assert a.amount == expected and (a.status == "eligible") == (n >= 50)


# =====================================================================================================
# Information entries (ERRATA_04_06 #14, #15): never relief, never added to a total
# =====================================================================================================
INFO = ["beijing.startup_loan_extension_infected_borrower", "beijing.startup_guarantee_loan.individual_quota",
        "beijing.startup_small_convenient_loan_quota", "beijing.startup_guarantee_loan.small_micro_quota",
        "beijing.spring_festival_overtime_pay", "beijing.quarantine_wage_continuation",
        "beijing.childcare_wage_continuation"]


@pytest.mark.parametrize("mid", INFO)
def test_information_entries_never_pay(mid: str) -> None:
    m = CAT[mid]
    assert not m.relief
    a = run(mid, {"district": "mentougou", "size": "small"})
    assert a.status == "ineligible" and a.amount == 0 and "information, not relief" in a.reasons[-1]


def test_loan_ceilings_are_declared_numbers() -> None:
    # 06 §13-§15: 300,000 / 1,000,000 / 150,000 / 150,000 per hire up to 3,000,000 (L6264-L6278)
    assert CAT["beijing.startup_guarantee_loan.individual_quota"].params.per_borrower == 300000
    assert CAT["beijing.startup_guarantee_loan.individual_quota"].params.per_enterprise == 1000000
    assert CAT["beijing.startup_small_convenient_loan_quota"].params.ceiling == 150000
    p = CAT["beijing.startup_guarantee_loan.small_micro_quota"].params
    assert (p.per_hire, p.ceiling, p.ratio, p.ratio_quota_clause) == (150000, 3000000, Decimal("0.30"),
                                                                       Decimal("0.25"))


# =====================================================================================================
# beijing.medical_insurance_late_processing (东城 item 36, L2341-L2358)
# =====================================================================================================
MED = "beijing.medical_insurance_late_processing"


@pytest.mark.parametrize(("end", "due"), [
    (date(2020, 6, 30), "2020-09-30"),     # 02 ex.1: D = 2020-06-30 → D + 3 months = 2020-09-30
    (date(2020, 12, 31), "2021-03-31"),    # default epidemic_period_end
    (date(2020, 11, 30), "2021-02-28"),    # month-end clamped
])
def test_medical_late_processing(end: date, due: str) -> None:
    a = run(MED, {"district": "dongcheng"}, epidemic_period_end=end)
    assert a.status == "eligible" and a.amount == 0
    assert f"completed by {due}" in a.effects["deferral"]


def test_the_module_has_no_month_arithmetic_of_its_own() -> None:
    # issue 8 §7: month steps come from engine/periods (dateutil); beijing.add_months is that function, re-exported
    # for the district modules that import it from here
    assert beijing.add_months is add_months
    for module in Path(beijing.__file__).parent.glob("*.py"):   # the package's modules (one per document or topic)
        assert "timedelta" not in module.read_text(encoding="utf-8"), module.name


# =====================================================================================================
# Whole estimate: the city rules for one firm, whatever its district
# =====================================================================================================
def test_estimate_shows_several_city_rules_once() -> None:
    firm = merge(TR_FIRM, district="fengtai", social_insurance={"late_before_dec_2019": False})
    r = sc.estimate(firm)
    assert r["beijing.one_off_social_insurance_subsidy"].amount == Decimal("54000.00")
    assert r["beijing.skills_training_subsidy"].amount == Decimal("25000.00")
    assert r["beijing.si_deferral_to_march"].status == "eligible"
    ids = [a.measure_id for a in r.awards]
    assert len(ids) == len(set(ids))
    assert "chaoyang.one_off_si_subsidy" not in ids                   # an alias never collects twice


# =====================================================================================================
# Issue 8 §8: public figures the texts name without printing (subsidycalc.reference.public_figures)
# =====================================================================================================
def test_full_caliber_average_wage_table() -> None:
    # 北京市人力资源和社会保障局《历年北京市全口径城镇单位就业人员平均工资》, rows as published
    assert pf.full_caliber_average_wage(2019) == pf.AverageWage(2019, Decimal(106168), Decimal(8847))
    assert pf.full_caliber_average_wage(2018) == pf.AverageWage(2018, Decimal(94258), Decimal(7855))
    for row in pf.FULL_CALIBER_AVERAGE_WAGE:     # the monthly column is the yearly figure / 12 to the yuan
        assert abs(Fraction(row.annual) / 12 - Fraction(row.monthly)) <= Fraction(1, 2)
    with pytest.raises(pf.FigureLookupError, match="2017"):
        pf.full_caliber_average_wage(2017)       # never a silent fallback to another year
    page = pf.FULL_CALIBER_AVERAGE_WAGE_PAGE
    assert page.issuer == "北京市人力资源和社会保障局" and page.url.startswith("https://rsj.beijing.gov.cn/")
    assert page.doc_no is None and page.published == date(2020, 7, 17) and "commit" in page.read_from


def test_the_2018_average_wage_agrees_with_the_seed_cap_of_6315() -> None:
    # L5995-L5997: "最高补贴上限以 2018 年全口径城镇就业人员平均工资为基数计算(最高补贴 6315元/人)": three months of the
    # employer's pension + medical + unemployment contributions at the 2018 monthly average wage (catalog 06 §8
    # ambiguity 1): 7,855 × 3 × (16% + 10% + 0.8%) = 6,315.42, printed 6315 — the table and the seed agree
    p = CAT[PRI].params
    three_months = pf.full_caliber_average_wage(2018).monthly * 3 * (p.pension_rate + p.medical_rate + p.ui_rate)
    assert three_months == Decimal("6315.420")
    assert int(three_months) == CAT[SI].params.cap_per_person


def test_hire_base_cap_default_is_60_percent_of_the_2019_average_wage() -> None:
    p = CAT[PRI].params
    assert p["average_wage_monthly"].ref and p["average_wage_monthly"].convention
    assert p.average_wage_monthly == pf.full_caliber_average_wage(2019).monthly == 8847
    assert p.base_cap_share == Decimal("0.60")
    med = {"si_min_base_medical_monthly": Decimal(4500)}

    def amount(base: str, **r: Any) -> Decimal:
        a = run(PRI, hire_firm(hire("priority_groups", contribution_base=base)), **med, **r)
        assert a.status == "eligible" and a.quantified
        return a.amount

    # base above the cap: B = 60% × 8,847 = 5,308.20; 16.8% × 5,308.20 = 891.7776; + 10% × 4,500 = 1,341.7776/month
    # × 12 = 16,101.3312; + 8,000 → 24,101.33
    assert amount("6000") == Decimal("24101.33")
    # the cap edge, one fen either side: 5,308.21 is capped to 5,308.20; 5,308.19 counts as it is (0.02016 less)
    assert amount("5308.21") == amount("5308.20") == Decimal("24101.33")
    assert amount("5308.19") == Decimal("24101.31")
    # the reading overrides the published figure (06 §4 ex.2, W60 = 5,000 illustrative): 23,480
    assert amount("6000", hire_subsidy_base_cap_monthly=Decimal(5000)) == Decimal("23480.00")


def test_figures_not_found_leave_their_measures_unquantified_and_say_why() -> None:
    assert set(pf.NOT_FOUND) == {"ui_refund_monthly_benefit", "si_min_base_pension_monthly",
                                 "si_min_base_unemployment_monthly", "si_min_base_medical_monthly"}
    for name in pf.NOT_FOUND:
        field = sc.Assumptions.model_fields[name]
        assert field.default is None and "no official publication" in (field.description or "").lower()
    a = run(UI, UI_FIRM)
    assert not a.quantified and any("no official publication" in r for r in a.reasons)
    a = run(OTH, hire_firm(hire("registered_unemployed")))
    assert not a.quantified and any("no official publication" in r for r in a.reasons)


def test_how_many_measures_the_public_figures_quantify() -> None:
    # under the defaults no city measure becomes fully quantified: the priority-groups hire subsidy now computes
    # its pension/unemployment part (the cap was the only missing figure) but still lacks the medical minimum base
    firm = merge(UI_FIRM, **{"hires": [hire("priority_groups"), hire("registered_unemployed")]})
    r = sc.estimate(firm)
    unquantified = {a.measure_id: a.needs for a in r.awards
                    if a.measure_id.startswith("beijing.") and a.status == "eligible" and not a.quantified}
    assert unquantified == {
        UI: ["assumptions.ui_refund_monthly_benefit"],
        PRI: ["assumptions.si_min_base_medical_monthly"],
        OTH: ["assumptions.si_min_base_pension_monthly", "assumptions.si_min_base_unemployment_monthly",
              "assumptions.si_min_base_medical_monthly"],
    }


# =====================================================================================================
# Issue 8 §9: every number of this module is a literal of its sentence or a declared convention
# =====================================================================================================
MODULE_PARAMS = [(m.id, k, p) for m in beijing.MEASURES for k, p in m.params.items()
                 if literals.is_numeric(p.value)]


@pytest.mark.parametrize(("mid", "name", "param"), MODULE_PARAMS, ids=[f"{m}.{k}" for m, k, _ in MODULE_PARAMS])
def test_every_number_has_a_literal_or_a_convention(mid: str, name: str, param: Any) -> None:
    assert (param.literal is None) != (param.convention is None), (mid, name)
    if param.literal is not None:
        assert not literals.check(param.value, param.literal, normalize(param.cite), normalize)


def test_apply_windows_are_the_declared_numbers() -> None:
    # one source of truth: the catalog's apply windows are the cited Params
    assert CAT[SI].apply_window == CAT[SI].params.apply == Window(date(2020, 5, 1), date(2020, 7, 31))
    assert CAT[UI].apply_window == CAT[UI].params.apply == Window(date(2020, 4, 1), date(2020, 7, 31))
    assert CAT[JUL].apply_window == CAT[JUL].params.apply == Window(date(2020, 2, 17), date(2020, 3, 20))
    assert CAT[JAN].apply_window == CAT[JAN].params.apply == Window(date(2020, 2, 17), date(2020, 2, 29))


# =====================================================================================================
# One-off SI subsidy: every edge pinned (issue 8 §6)
# =====================================================================================================
@pytest.mark.parametrize(("h19", "h20", "paid", "expected"), [
    (50, 50, "1000", "300.00"),          # 持平 (h20 = h19) → 30%
    (100, 119, "1000", "300.00"),        # 19% growth → 30% (one person below the edge)
    (100, 120, "1000", "500.00"),        # 20% exactly → 50% (增长 20%及以上)
    # cap edge (L5997, 6,315 × 12 = 75,780): 50% × 151,560 = 75,780 exactly; 151,562 → 75,781 capped to 75,780;
    # 151,558 → 75,779
    (10, 12, "151560", "75780.00"),
    (10, 12, "151562", "75780.00"),
    (10, 12, "151558", "75779.00"),
    # half a fen: 30% × 35.05 = 10.515 → 10.52 (half-up once, on the exact product)
    (1, 1, "35.05", "10.52"),
])
def test_one_off_si_edges(h19: int, h20: int, paid: str, expected: str) -> None:
    a = run(SI, si_firm(h19, h20, paid))
    assert a.status == "eligible" and a.amount == Decimal(expected)


def test_one_off_si_fewer_by_one_person_is_ineligible() -> None:
    assert run(SI, si_firm(50, 49, "1000")).status == "ineligible"
    assert run(SI, si_firm(50, "49.99", "1000")).status == "ineligible"


def test_one_off_si_zero_contributions_is_ineligible() -> None:
    a = run(SI, si_firm(50, 55, "0"))
    assert a.status == "ineligible" and "nothing to subsidise" in a.reasons[-1]


@pytest.mark.parametrize(("change", "status"), [
    ({"size": "micro"}, "eligible"), ({"size": "medium"}, "eligible"), ({"size": "large"}, "ineligible"),
    ({"ownership": "collective"}, "eligible"), ({"ownership": "foreign"}, "eligible"),
    ({"ownership": "state"}, "ineligible"),
    ({"qualifications": {"fits_capital_function": False}}, "ineligible"),
    ({"qualifications": {"in_restricted_catalog": True}}, "ineligible"),
])
def test_one_off_si_conditions(change: dict, status: str) -> None:
    assert run(SI, merge(SI_FIRM, **change)).status == status


@pytest.mark.parametrize("path", ["qualifications.fits_capital_function", "qualifications.in_restricted_catalog"])
def test_one_off_si_unknown_qualification_is_undetermined(path: str) -> None:
    firm = merge(SI_FIRM)
    firm["qualifications"] = {k: v for k, v in SI_FIRM["qualifications"].items() if k != path.split(".")[1]}
    a = run(SI, firm)
    assert a.status == "undetermined" and a.missing == [path]


def test_one_off_si_reports_its_window() -> None:
    a = run(SI, SI_FIRM)
    assert a.effects["apply"].startswith("2020-05-01..2020-07-31")
    assert "2020-02-01..2020-04-30" in a.steps[1]      # the contributions of 2020 年 2月至 4月


@given(HEADS, st.integers(0, 300), st.decimals("0.01", 1_000_000, places=2),
       st.sampled_from(["subsidy", "contribution_base", "none"]))
def test_one_off_si_is_the_exact_product_rounded_once(h19: Decimal, growth_pct: int, paid: Decimal, cap: str) -> None:
    h20 = h19 * (100 + growth_pct) / 100
    a = run(SI, si_firm(str(h19), str(h20), str(paid)), si_subsidy_cap=cap)
    rate = Fraction(1, 2) if growth_pct >= 20 else Fraction(3, 10)
    ceiling = 6315 * Fraction(h20)
    exact = {"subsidy": min(rate * Fraction(paid), ceiling), "contribution_base": rate * min(Fraction(paid), ceiling),
             "none": rate * Fraction(paid)}[cap]
    assert a.amount == round_fen(exact)


# =====================================================================================================
# Hardship UI refund: zero quantities, conditions, windows (issue 8 §6)
# =====================================================================================================
def test_ui_refund_of_zero_insured_employees_is_ineligible() -> None:
    a = run(UI, merge(UI_FIRM, workforce={"ui_insured_employees": 0}), **M)
    assert a.status == "ineligible" and "nothing to refund" in a.reasons[-1]


def test_ui_refund_is_exact_on_half_a_fen() -> None:
    # 6 × 1.0025 × 1 = 6.015 → 6.02
    a = run(UI, merge(UI_FIRM, workforce={"ui_insured_employees": 1}), ui_refund_monthly_benefit=Decimal("1.0025"))
    assert a.amount == Decimal("6.02")


@pytest.mark.parametrize(("change", "status"), [
    ({"qualifications": {"heavily_affected": False}}, "ineligible"),
    ({"qualifications": {"temporary_difficulty": False}}, "ineligible"),
    ({"qualifications": {"job_stabilisation_measures": False}}, "ineligible"),
    ({"finances": {"losses_two_consecutive_quarters": False}}, "ineligible"),
    ({"workforce": {"ui_paid_months": 12}}, "eligible"),
])
def test_ui_refund_conditions(change: dict, status: str) -> None:
    assert run(UI, merge(UI_FIRM, **change), **M).status == status


@pytest.mark.parametrize("path", ["qualifications.serious_dishonesty_list", "qualifications.job_stabilisation_measures",
                                  "finances.loss_q1_2020", "workforce.ui_paid_months", "workforce.ui_insured_employees"])
def test_ui_refund_unknown_fact_is_undetermined(path: str) -> None:
    section, key = path.split(".")
    firm = merge(UI_FIRM)
    firm[section] = {k: v for k, v in UI_FIRM[section].items() if k != key}
    a = run(UI, firm, **M)
    assert a.status == "undetermined" and path in a.missing


def test_ui_refund_condition2_either_reading() -> None:
    r = {"ui_refund_condition2": "decline_or_losses", **M}
    neither = merge(UI_FIRM, finances={"profit_tax_change_2019": "-0.1", "losses_two_consecutive_quarters": False})
    assert run(UI, neither, **r).status == "ineligible"
    decline_only = merge(UI_FIRM, finances={"losses_two_consecutive_quarters": False})
    assert run(UI, decline_only, **r).amount == Decimal("360000.00")
    unknown = merge(UI_FIRM, finances={"losses_two_consecutive_quarters": False})
    unknown["finances"] = {k: v for k, v in unknown["finances"].items() if k != "profit_tax_change_2019"}
    a = run(UI, unknown, **r)
    assert a.status == "undetermined" and a.missing == ["finances.profit_tax_change_2019"]


def test_ui_refund_reports_its_window() -> None:
    assert run(UI, UI_FIRM, **M).effects["apply"].startswith("2020-04-01..2020-07-31")


# =====================================================================================================
# Training subsidy: its dependency on the UI refund / the one-off SI subsidy (L6309), its year, its facts
# =====================================================================================================
STATE = {"ownership": "state"}           # makes the one-off SI subsidy ineligible (非国有企业)


@pytest.mark.parametrize(("change", "readings", "status"), [
    # the one-off SI subsidy alone (UI refund undetermined): 'any' → eligible
    ({}, {}, "eligible"),
    # the UI refund alone (one-off SI subsidy ineligible: state-owned) → eligible under 'any'
    ({**STATE, **{k: v for k, v in UI_FIRM.items() if k not in ("district", "workforce")},
      "workforce": {**SI_FIRM["workforce"], **UI_FIRM["workforce"]}}, M, "eligible"),
    # neither → ineligible
    ({**STATE, "qualifications": {"heavily_affected": False}}, {}, "ineligible"),
    # 'all' with only one → undetermined while the UI refund is unknown, ineligible once it fails
    ({}, {"training_prior_policy": "all"}, "undetermined"),
    ({"qualifications": {"heavily_affected": False}}, {"training_prior_policy": "all"}, "ineligible"),
])
def test_training_depends_on_the_ui_refund_or_the_one_off_si_subsidy(change: dict, readings: dict,
                                                                      status: str) -> None:
    assert run(TR, merge(TR_FIRM, **change), **readings).status == status


def test_training_prerequisite_undetermined_names_the_fact_and_the_measures_facts() -> None:
    firm = merge(TR_FIRM, ownership="state", qualifications={"heavily_affected": True})
    a = run(TR, firm)   # SI subsidy ineligible; UI refund undetermined (its conditions unknown)
    assert a.status == "undetermined"
    assert a.missing[0] == "social_insurance.ui_refund_2020_received"
    assert "workforce.ui_paid_months" in a.missing


@pytest.mark.parametrize(("facts", "change", "status"), [
    # issue 8 §2: what the firm received is a fact: not received → no training subsidy, whatever the library computes
    ({"one_off_si_subsidy_received": False, "ui_refund_2020_received": False}, {}, "ineligible"),
    # received (a state-owned firm the library finds ineligible for it) → the fact wins
    ({"one_off_si_subsidy_received": True}, STATE, "eligible"),
    ({"ui_refund_2020_received": True}, STATE, "eligible"),
    # one fact false, the other measure eligible → still eligible under 'any'
    ({"ui_refund_2020_received": False}, {}, "eligible"),
])
def test_training_prerequisite_facts(facts: dict, change: dict, status: str) -> None:
    a = run(TR, merge(TR_FIRM, social_insurance=facts, **change))
    assert a.status == status
    if status == "eligible":
        assert a.amount == Decimal("25000.00")


@pytest.mark.parametrize(("completed", "counts"), [
    ("2020-01-01", True), ("2019-12-31", False), ("2020-12-31", True), ("2021-01-01", False),
])
def test_training_year_edges(completed: str, counts: bool) -> None:
    a = run(TR, merge(TR_FIRM, trainings=[{"employees": 3, "class_hours": 40, "completed_on": completed,
                                           "still_employed": 3}]))
    assert (a.status, a.amount) == (("eligible", Decimal("3000.00")) if counts else ("ineligible", 0))


@pytest.mark.parametrize("batch", [
    {"employees": 0, "class_hours": 60, "completed_on": "2020-06-01", "still_employed": 0},
    {"employees": 5, "class_hours": 60, "completed_on": "2020-06-01", "still_employed": 0},
])
def test_training_zero_trained_is_ineligible(batch: dict) -> None:
    a = run(TR, merge(TR_FIRM, trainings=[batch]))
    assert a.status == "ineligible" and "no trained employee qualifies" in a.reasons[-1]
    assert run(TR, merge(TR_FIRM, trainings=[])).status == "ineligible"


def test_training_missing_batch_facts_are_undetermined() -> None:
    a = run(TR, merge(TR_FIRM, trainings=[{"employees": 5}]))
    assert a.status == "undetermined"
    assert a.missing == ["trainings.0.completed_on", "trainings.0.class_hours", "trainings.0.still_employed"]
    a = run(TR, merge(TR_FIRM, trainings=[{"employees": 5, "completed_on": "2020-06-01"}]),
            training_min_class_hours="unstated", training_require_still_employed=False)
    assert a.status == "eligible" and a.amount == Decimal("5000.00")


# =====================================================================================================
# Deferrals and the January refund: windows to the day, zero refunds, make-up dates
# =====================================================================================================
@pytest.mark.parametrize(("applied", "status"), [
    ("2020-02-16", "ineligible"), ("2020-02-17", "eligible"), ("2020-03-20", "eligible"), ("2020-03-21", "ineligible"),
])
def test_july_application_window_first_and_last_day(applied: str, status: str) -> None:
    assert run(JUL, merge(JUL_FIRM, social_insurance={"july_deferral_applied_on": applied})).status == status


@pytest.mark.parametrize("industry", CAT[JUL].params.industries)
def test_july_every_listed_industry(industry: str) -> None:
    assert run(JUL, merge(JUL_FIRM, industry=industry)).status == "eligible"


def test_july_unknown_facts_are_undetermined() -> None:
    a = run(JUL, {k: v for k, v in JUL_FIRM.items() if k != "industry"})
    assert a.status == "undetermined" and a.missing == ["industry"]
    no_confirmation = merge(JUL_FIRM)
    no_confirmation["social_insurance"] = {k: v for k, v in JUL_FIRM["social_insurance"].items()
                                           if k != "july_deferral_confirmed"}
    a = run(JUL, no_confirmation)
    assert a.status == "undetermined" and a.missing == ["social_insurance.july_deferral_confirmed"]
    # the open list: an unlisted industry needs 受影响较大
    a = run(JUL, merge(JUL_FIRM, industry="software"), si_deferral_july_industry_list="open")
    assert a.status == "undetermined" and a.missing == ["qualifications.heavily_affected"]


def test_july_regular_payer_reading() -> None:
    late = merge(JUL_FIRM, social_insurance={"late_before_dec_2019": True, "late_made_up": False})
    assert run(JUL, late).status == "ineligible"
    assert run(JUL, late, si_deferral_regular_payer_test="none").status == "eligible"
    undecided = merge(JUL_FIRM, social_insurance={"late_before_dec_2019": True})
    a = run(JUL, undecided)
    assert a.status == "undetermined" and a.missing == ["social_insurance.late_made_up"]


def jan_firm(applied: str = "2020-02-18", debited: str = "30000", settled: str = "0") -> dict[str, Any]:
    return {"district": "mentougou", "social_insurance": {"jan_2020_debited": debited,
                                                          "jan_2020_settled_persons": settled,
                                                          "jan_refund_applied_on": applied}}


@pytest.mark.parametrize(("applied", "status"), [
    ("2020-02-16", "ineligible"), ("2020-02-17", "eligible"), ("2020-02-29", "eligible"), ("2020-03-01", "ineligible"),
])
def test_january_refund_window_first_and_last_day(applied: str, status: str) -> None:
    assert run(JAN, jan_firm(applied)).status == status


def test_january_refund_returned_by_end_february_or_in_march() -> None:
    assert run(JAN, jan_firm("2020-02-17")).effects["refund"].startswith("30,000.00 returned by 2020-02-29")
    assert run(JAN, jan_firm("2020-02-29")).effects["refund"].startswith("30,000.00 returned in March 2020")


@pytest.mark.parametrize(("debited", "settled"), [("30000", "30000"), ("1500", "2000"), ("0", "0")])
def test_january_refund_of_nothing_is_ineligible(debited: str, settled: str) -> None:
    # 06 §20: "此类人员 1月份社会保险费不再办理退费": debited equal to (or below) the settled-persons part → 0 to refund
    a = run(JAN, jan_firm(debited=debited, settled=settled))
    assert a.status == "ineligible" and "nothing to refund" in a.reasons[-1] and a.amount == 0


def test_january_refund_one_yuan_above_the_settled_part() -> None:
    a = run(JAN, jan_firm(debited="30001", settled="30000"))
    assert a.status == "eligible" and a.effects["refund"].startswith("1.00 returned")


@pytest.mark.parametrize(("end", "due"), [
    (date(2020, 6, 30), "2020-09-30"), (date(2020, 2, 15), "2020-05-15"), (date(2019, 12, 1), "2020-03-31"),
    (date(2020, 11, 30), "2021-02-28"),
])
def test_january_refund_due_again_after_the_epidemic(end: date, due: str) -> None:
    a = run(JAN, jan_firm(), si_january_refund_repay_by="epidemic_end_plus_3_months", epidemic_period_end=end)
    assert f"due again by {due}" in a.effects["refund"]


def test_january_refund_unknown_facts() -> None:
    a = run(JAN, {"district": "mentougou"})
    assert a.status == "undetermined"
    assert a.missing == ["social_insurance.jan_2020_debited", "social_insurance.jan_2020_settled_persons",
                         "social_insurance.jan_refund_applied_on"]


def test_march_deferral_make_up_date_clamps_to_the_month_end() -> None:
    # 疫情解除 2020-11-30 + 三个月 = 2021-02-28 (no 30 February)
    a = run(MAR, MAR_FIRM, epidemic_period_end=date(2020, 11, 30))
    assert a.effects["late_fee"].endswith("2021-02-28")
    a = run(MAR, merge(MAR_FIRM, social_insurance={"late_before_dec_2019": True}))
    assert a.status == "undetermined" and a.missing == ["social_insurance.late_made_up"]


# =====================================================================================================
# Flexible workers: the gap is an item with its own period (issue 8 §1)
# =====================================================================================================
def flex(start: str, end: str, failed: bool = True) -> dict[str, Any]:
    return {"flexible_worker": {"debit_failed_jan_feb_2020": False, "gap_start": start, "gap_end": end,
                                "gap_due_to_failed_debit": failed}}


@pytest.mark.parametrize(("start", "end", "covered"), [
    ("2019-12-01", "2020-02-29", "2019-12-01..2020-02-29"),     # the whole window
    ("2019-12-31", "2019-12-31", "2019-12-01..2019-12-31"),     # a month given by any of its days
    ("2019-11-15", "2019-12-10", "2019-12-01..2019-12-31"),     # straddles the start: December only
    ("2020-02-01", "2020-04-30", "2020-02-01..2020-02-29"),     # straddles the end: February only
    ("2019-11-01", "2019-11-30", None),                         # the month before (06 §18 ex.3)
    ("2020-03-01", "2020-03-31", None),                         # the month after
])
def test_flexible_worker_gap_counts_only_inside_the_window(start: str, end: str, covered: str | None) -> None:
    a = run(FLEX, flex(start, end))
    if covered is None:
        assert a.status == "ineligible" and "wholly outside" in " ".join(a.reasons)
    else:
        assert a.status == "eligible" and a.effects["continuity"].startswith(f"the gap {covered} may be made up")
        whole = (start, end) in (("2019-12-01", "2020-02-29"), ("2019-12-31", "2019-12-31"))
        assert ("follow the usual rules" in a.effects["continuity"]) is not whole


def test_flexible_worker_gap_not_from_failed_debits() -> None:
    assert run(FLEX, flex("2019-12-01", "2020-02-29", failed=False)).status == "ineligible"


def test_flexible_worker_gap_ending_before_it_starts_is_a_validation_error() -> None:
    with pytest.raises(sc.ValidationError, match="gap_end is before gap_start"):
        sc.Firm.model_validate(flex("2020-02-01", "2019-12-01"))


@given(st.dates(date(2019, 9, 1), date(2020, 6, 30)), st.integers(0, 200), st.integers(0, 200))
def test_flexible_worker_shorter_gap_never_covers_more(start: date, length: int, cut: int) -> None:
    end = add_days(start, length)
    short_end = add_days(start, max(0, length - cut))
    window = CAT[FLEX].params.gap
    whole = Window(month_start(start), month_end(end)).intersection(window)
    part = Window(month_start(start), month_end(short_end)).intersection(window)
    a = run(FLEX, flex(start.isoformat(), end.isoformat()))
    b = run(FLEX, flex(start.isoformat(), short_end.isoformat()))
    assert (a.status == "eligible") == (whole is not None)
    assert (b.status == "eligible") == (part is not None)
    if part is not None:
        assert whole is not None and whole.start <= part.start and part.end <= whole.end   # type: ignore[operator]


# =====================================================================================================
# Hire subsidies: edges, zero batches, registration, the one-off deduction fact (issue 8 §2, §6)
# =====================================================================================================
def pri(**more: Any) -> sc.Award:
    return run(PRI, hire_firm(hire("priority_groups", **more)), **priority_readings({}))


def oth(**more: Any) -> sc.Award:
    return run(OTH, hire_firm(hire("registered_unemployed", **more)), **REF)


def test_hire_contract_of_exactly_one_year_qualifies() -> None:
    assert pri(contract_months=12).status == "eligible"           # 一年及以上: 12 included
    assert pri(contract_months=11).status == "ineligible"
    assert oth(contract_months=12).status == "eligible"
    assert oth(contract_months=11).status == "ineligible"


def test_hire_duration_caps_at_five_and_three_years() -> None:
    # priority groups 最长不超过五年: 60 months count, the 61st does not; 1,122 × 60 + 8,000 × 5 = 107,320
    assert pri(months_performed=60, contract_months=84).amount == Decimal("107320.00")
    assert pri(months_performed=61, contract_months=84).amount == Decimal("107320.00")
    assert pri(months_performed=59, contract_months=84).amount == Decimal("105531.33")   # 1,122 × 59 + 8,000 × 59/12
    # other registered unemployed 最长不超过三年: 1,206 × 36 = 43,416; 1,206 × 35 = 42,210
    assert oth(months_performed=37, contract_months=60).amount == Decimal("43416.00")
    assert oth(months_performed=35, contract_months=60).amount == Decimal("42210.00")


@pytest.mark.parametrize("more", [{"count": 0}, {"months_performed": 0}])
def test_hire_zero_batch_is_ineligible(more: dict) -> None:
    for a in (pri(**more), oth(**more)):
        assert a.status == "ineligible" and a.amount == 0
        assert any(("0 persons" in r or "no month" in r) for r in a.reasons)


def test_hire_zero_batch_beside_a_real_one_counts_nothing() -> None:
    firm = hire_firm(hire("priority_groups", count=0), hire("priority_groups"))
    assert run(PRI, firm, **priority_readings({})).amount == Decimal("21464.00")


@pytest.mark.parametrize(("mid", "group", "registration", "status"), [
    (PRI, "priority_groups", "unemployment", "eligible"),
    (PRI, "priority_groups", "rural_transfer", "eligible"),      # 农村劳动力转移就业登记 (L5823-L5825)
    (PRI, "priority_groups", "none", "ineligible"),
    (OTH, "registered_unemployed", "unemployment", "eligible"),
    (OTH, "registered_unemployed", "rural_transfer", "ineligible"),   # 登记失业人员 only (L5839)
    (OTH, "registered_unemployed", "none", "ineligible"),
])
def test_hire_registration(mid: str, group: str, registration: str, status: str) -> None:
    a = run(mid, hire_firm(hire(group, registration=registration)), **REF)
    assert a.status == status


def test_hire_one_off_deduction_follows_the_received_fact() -> None:
    h = {k: v for k, v in hire("registered_unemployed").items() if k != "one_off_si_subsidy_share"}
    # the firm says it did not receive the one-off SI subsidy: nothing to deduct, no share needed
    firm = {**SI_FIRM, "hires": [h], "social_insurance": {"one_off_si_subsidy_received": False}}
    a = run(OTH, firm, **REF)
    assert a.status == "eligible" and a.amount == Decimal("14472.00")
    # it says it did (a state-owned firm the library finds ineligible for it): the share is needed
    firm = {**SI_FIRM, "ownership": "state", "hires": [h], "social_insurance": {"one_off_si_subsidy_received": True}}
    a = run(OTH, firm, **REF)
    assert a.status == "undetermined" and a.missing == ["hires.0.one_off_si_subsidy_share"]


def test_hire_deduction_never_below_zero() -> None:
    assert oth(one_off_si_subsidy_share="20000").amount == 0
    assert pri(one_off_si_subsidy_share="20000").amount == Decimal("8000.00")   # the job subsidy is not reduced


def test_hire_half_year_job_subsidy_edges() -> None:
    r = {"hire_subsidy_job_prorate": "half_years", **priority_readings({})}
    firm = lambda m: hire_firm(hire("priority_groups", months_performed=m))  # noqa: E731
    # 5 months: no full half-year → job 0; SI 1,122 × 5 = 5,610
    assert run(PRI, firm(5), **r).amount == Decimal("5610.00")
    # 6 months: one half-year 4,000 + 6,732 = 10,732; 11 months: still one (4,000 + 12,342 = 16,342)
    assert run(PRI, firm(6), **r).amount == Decimal("10732.00")
    assert run(PRI, firm(11), **r).amount == Decimal("16342.00")
    # 12 months: two half-years 8,000 + 13,464 = 21,464
    assert run(PRI, firm(12), **r).amount == Decimal("21464.00")


def test_hire_claim_window_day_count_reading_on_the_measure() -> None:
    h = hire("priority_groups", hired_on="2019-08-01", months_performed=6)
    a = run(PRI, hire_firm(h), hire_subsidy_claim_day_count="day_zero", **priority_readings({}))
    assert "2020-02-01..2020-05-01" in a.effects["apply hires 0"]
    # 18 months performed: the last full half-year completes 2021-01-31 → 2021-02-01..2021-05-01 (day one: 04-30... 2021
    # is not a leap year: 28 + 31 + 30 = 89, so day 90 is 2021-05-01)
    a = run(PRI, hire_firm(hire("priority_groups", hired_on="2019-08-01", months_performed=18, contract_months=36)),
            **priority_readings({}))
    assert "2021-02-01..2021-05-01" in a.effects["apply hires 0"]


@pytest.mark.parametrize(("hired", "months", "window"), [
    # first and last day of the window, and the month it opens in: mid-month hire completes mid-month
    (date(2019, 8, 15), 6, Window(date(2020, 3, 1), date(2020, 5, 29))),
    (date(2019, 12, 31), 6, Window(date(2020, 7, 1), date(2020, 9, 28))),
    (date(2020, 1, 1), 12, Window(date(2021, 1, 1), date(2021, 3, 31))),
])
def test_claim_window_edges(hired: date, months: int, window: Window) -> None:
    w = claim_window(hired, months, "day_one")
    assert w == window and w.days() == 90


@given(st.integers(1, 80), st.integers(12, 96), st.decimals(0, 20000, places=2), st.integers(1, 5),
       st.integers(0, 24), st.integers(0, 24))
def test_priority_hire_shorter_never_pays_more_and_is_exact(months: int, contract: int, base: Decimal, count: int,
                                                            less_months: int, less_contract: int) -> None:
    r = {"si_min_base_medical_monthly": Decimal(4500)}
    full = run(PRI, hire_firm(hire("priority_groups", months_performed=months, contract_months=contract,
                                   contribution_base=str(base), count=count)), **r)
    short = run(PRI, hire_firm(hire("priority_groups", months_performed=max(1, months - less_months),
                                    contract_months=max(12, contract - less_contract), contribution_base=str(base),
                                    count=count)), **r)
    assert short.amount <= full.amount                       # issue 8 §1: shortening the item never raises it
    m = min(months, contract, 60)
    cap = Fraction("0.60") * 8847
    monthly = Fraction("0.168") * min(Fraction(base), cap) + Fraction("0.10") * 4500
    exact = (Fraction(8000) * m / 12 + monthly * m) * count
    assert full.amount == round_fen(exact)                   # issue 8 §1b: exact until the one rounding
    assert full.amount <= round_fen((Fraction(8000) / 12 + Fraction("0.168") * cap + 450) * 60 * count)


# =====================================================================================================
# HR agency: tiers and the epidemic period to the day
# =====================================================================================================
@pytest.mark.parametrize(("persons", "expected"), [
    (49, 0), (50, 24000), (99, 24000), (100, 45000), (199, 45000), (200, 90000),
])
def test_hr_agency_tier_edges(persons: int, expected: int) -> None:
    a = run(HR, agency(persons))
    assert a.amount == expected and (a.status == "eligible") == (expected > 0)


@pytest.mark.parametrize(("placed", "counts"), [
    ("2020-01-23", False), ("2020-01-24", True), ("2020-12-31", True), ("2021-01-01", False),
])
def test_hr_agency_epidemic_period_edges(placed: str, counts: bool) -> None:
    a = run(HR, agency(60, placed_on=placed))
    assert a.amount == (24000 if counts else 0)


def test_hr_agency_unknown_and_excluded_placements() -> None:
    a = run(HR, {"hr_agency": {"placements": [{"persons": 60, "placed_on": "2020-03-01", "key_enterprise": True}]}})
    assert a.status == "undetermined" and a.missing == ["hr_agency.licensed"]
    a = run(HR, {"hr_agency": {"licensed": True, "placements": [{"persons": 60, "placed_on": "2020-03-01"}]}})
    assert a.status == "undetermined" and a.missing == ["hr_agency.placements.0.key_enterprise"]
    a = run(HR, {"hr_agency": {"licensed": True, "placements": [
        {"persons": 60, "placed_on": "2020-03-01", "key_enterprise": False}]}})
    assert a.status == "ineligible"
    assert run(HR, {"hr_agency": {"licensed": True, "placements": []}}).status == "ineligible"
    a = run(HR, {"hr_agency": {"licensed": True}})
    assert a.status == "undetermined" and a.missing == ["hr_agency.placements"]


# =====================================================================================================
# Information entries: a reading of theirs is accepted and changes nothing paid
# =====================================================================================================
def test_startup_hire_ratio_reading_is_information_only() -> None:
    m = CAT["beijing.startup_guarantee_loan.small_micro_quota"]
    assert "startup_small_micro_hire_ratio" in m.readings
    a = run(m.id, {"district": "mentougou", "size": "small"}, startup_small_micro_hire_ratio="0.25")
    assert a.status == "ineligible" and a.amount == 0 and not m.relief


# =====================================================================================================
# Issue 8 §1b: no Decimal rounding anywhere before the engine's one rounding, whatever the input's digits
# =====================================================================================================
@pytest.fixture()
def trap_inexact(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "CONTEXT", DecimalContext(prec=PRECISION, traps=[InvalidOperation, DivisionByZero,
                                                                                 Overflow, Inexact]))


@pytest.mark.usefixtures("trap_inexact")
def test_sub_fen_inputs_never_round_inside_a_calculator() -> None:
    # money in the profile is whole fen (docs/input.md); products and readings bring sub-fen digits: a Decimal
    # division or a quantize in a step would raise Inexact here (the suite traps it)
    a = run(SI, si_firm(3, 3, "100.01"))                                    # 30% × 100.01 = 30.003 → 30.00
    assert a.amount == Decimal("30.00")
    a = run(UI, merge(UI_FIRM, workforce={"ui_insured_employees": 7}), ui_refund_monthly_benefit=Decimal("0.335"))
    assert a.amount == Decimal("14.07")                                     # 6 × 0.335 × 7 = 14.07
    a = run(PRI, hire_firm(hire("priority_groups", contribution_base="4000.01", months_performed=7)),
            si_min_base_medical_monthly=Decimal("4500.001"))
    # 8,000 × 7/12 = 4,666.666…; (16.8% × 4,000.01 + 10% × 4,500.001) × 7 = 7,854.0119… → 12,520.68
    exact = Fraction(8000) * 7 / 12 + (Fraction("0.168") * Fraction("4000.01") + Fraction("0.1") * Fraction("4500.001")) * 7
    assert a.amount == round_fen(exact)
    a = run(OTH, hire_firm(hire("registered_unemployed", months_performed=5)), si_min_base_pension_monthly=Decimal("1.005"),
            si_min_base_unemployment_monthly=Decimal("1.005"), si_min_base_medical_monthly=Decimal("1.005"))
    assert a.amount == round_fen(Fraction("0.268") * Fraction("1.005") * 5)
    a = run(JAN, jan_firm(debited="100.01", settled="0.02"))
    assert a.effects["refund"].startswith("99.99 returned")
    a = run(MAR, merge(MAR_FIRM, social_insurance={"jan_feb_2020_payable": "80000.13"}))
    assert a.effects["deferral"].endswith("(80,000.13)")


def test_money_in_the_profile_is_whole_fen() -> None:
    with pytest.raises(sc.ValidationError, match="at most 2 decimal places"):
        sc.Firm.model_validate(si_firm(3, 3, "100.005"))


# =====================================================================================================
# Remaining branches: each unknown fact leaves its measure undetermined with its path
# =====================================================================================================
def test_ui_refund_layoff_facts_unknown() -> None:
    firm = merge(UI_FIRM)
    firm["workforce"] = {k: v for k, v in UI_FIRM["workforce"].items()
                         if k not in ("ui_insured_dec_2018", "ui_insured_dec_2019", "natural_attrition_2019")}
    a = run(UI, firm, **M)
    assert a.status == "undetermined"
    assert a.missing == ["workforce.ui_insured_dec_2018", "workforce.ui_insured_dec_2019",
                         "workforce.natural_attrition_2019"]
    # 2019年度未裁员 decides without the headcounts
    assert run(UI, merge(firm, workforce={"no_layoffs_2019": True}), **M).status == "eligible"
    assert run(UI, merge(firm, workforce={"no_layoffs_2019": False}), **M).status == "undetermined"


def test_ui_refund_profit_change_unknown() -> None:
    firm = merge(UI_FIRM)
    firm["finances"] = {k: v for k, v in UI_FIRM["finances"].items() if k != "profit_tax_change_2019"}
    a = run(UI, firm, **M)
    assert a.status == "undetermined" and a.missing == ["finances.profit_tax_change_2019"]


def test_flexible_worker_unknown_and_both_effects() -> None:
    a = run(FLEX, {"flexible_worker": {}})
    assert a.status == "undetermined" and a.missing == ["flexible_worker.debit_failed_jan_feb_2020"]
    a = run(FLEX, {"flexible_worker": {**flex("2020-01-01", "2020-01-31")["flexible_worker"],
                                       "debit_failed_jan_feb_2020": True}})
    assert a.status == "eligible" and set(a.effects) >= {"deferral", "continuity"}


def test_hire_group_unknown_is_undetermined() -> None:
    h = {k: v for k, v in hire("priority_groups").items() if k != "group"}
    a = run(PRI, hire_firm(h), **REF)
    assert a.status == "undetermined" and a.missing == ["hires.0.group"]
    assert run(PRI, {"district": "dongcheng", "hires": []}).status == "ineligible"     # [] means no hire


def test_ui_refund_rate_of_no_2018_payer_is_undefined() -> None:
    # L5931-L5935: "2019 年度未裁员或裁员率低于…(5.2%)", 裁员率 = 1 − (2019-12 payers + attrition) / 2018-12 payers: with no
    # UI payer in December 2018 the rate is undefined, so only 未裁员 decides. The former calculator then asked for
    # workforce.no_layoffs_2019 even when the profile gave it (False); it is a failed condition.
    zero = {"ui_insured_dec_2018": 0, "ui_insured_dec_2019": 3, "natural_attrition_2019": 0}
    a = run(UI, merge(UI_FIRM, workforce={**zero, "no_layoffs_2019": False}), **M)
    assert a.status == "ineligible" and "not below 5.2%" in a.reasons[-1]
    assert run(UI, merge(UI_FIRM, workforce={**zero, "no_layoffs_2019": True}), **M).status == "eligible"
    a = run(UI, merge(UI_FIRM, workforce=zero), **M)
    assert a.status == "undetermined" and a.missing == ["workforce.no_layoffs_2019"]


def test_july_open_list_is_either_condition_three_valued() -> None:
    # open reading (朝阳/东城/顺义 '等', 丰台 and 西城 name no industry): a listed industry OR 受影响较大 (L2311-L2335).
    # With the industry unknown, a firm not 受影响较大 is undecided, not ineligible: a listed industry would qualify it
    # (the former calculator ruled it out), and both facts are asked for while neither decides.
    firm = {k: v for k, v in JUL_FIRM.items() if k != "industry"}
    a = run(JUL, merge(firm, qualifications={"heavily_affected": False}), si_deferral_july_industry_list="open")
    assert a.status == "undetermined" and a.missing == ["industry"]
    a = run(JUL, firm, si_deferral_july_industry_list="open")
    assert a.status == "undetermined" and set(a.missing) == {"industry", "qualifications.heavily_affected"}
    a = run(JUL, merge(firm, qualifications={"heavily_affected": True}), si_deferral_july_industry_list="open")
    assert a.status == "eligible"


def test_flexible_worker_gap_facts_that_cannot_change_the_outcome_are_not_asked() -> None:
    # L6427-L6429: '2019年12月至2020年2月期间出现因缴费不成功导致缴费中断的人员': a gap not from failed debits, or wholly
    # outside the three months, is not relieved whatever the other gap facts are (the former calculator asked for them)
    a = run(FLEX, {"flexible_worker": {"debit_failed_jan_feb_2020": False, "gap_due_to_failed_debit": False}})
    assert a.status == "ineligible"
    a = run(FLEX, {"flexible_worker": {"debit_failed_jan_feb_2020": False, "gap_start": "2020-03-01",
                                       "gap_end": "2020-03-31"}})
    assert a.status == "ineligible" and "wholly outside" in " ".join(a.reasons)
    a = run(FLEX, {"flexible_worker": {"debit_failed_jan_feb_2020": False, "gap_start": "2020-01-01",
                                       "gap_end": "2020-01-31"}})
    assert a.status == "undetermined" and a.missing == ["flexible_worker.gap_due_to_failed_debit"]


def test_flexible_worker_effects_say_what_is_relieved() -> None:
    a = run(FLEX, flex("2019-12-01", "2020-02-29"))
    assert a.effects["deferral"].startswith("none")                      # no failed January/February debit
    a = run(FLEX, {"flexible_worker": {"debit_failed_jan_feb_2020": True}})
    assert a.effects["continuity"].startswith("none")                    # no gap


# =====================================================================================================
# The hire subsidies on both evaluators under the readings the differential test does not vary (the figures a reading
# supplies): wherever a minimum base is missing, the award pays the quantified part and says what is missing
# (r.incomplete); the former calculators agreed with these rules three ways before they were deleted
# =====================================================================================================
HIRE_IDS = [PRI, OTH]
HIRERS = [f for f in (sc.Firm.model_validate(x) for x in synthetic_firms(1500, seed=20201)) if f.hires]


def _evaluate_both(mid: str, readings: dict[str, Any]) -> list[tuple[Any, Any]]:
    from subsidycalc.engine.batch import evaluate_columns
    from subsidycalc.engine.rules import columnar
    from subsidycalc.engine.rules.columns import Columns

    a = sc.Assumptions(**readings)
    cols = Columns.from_firms(HIRERS)
    col = evaluate_columns(CAT, cols, a, measures=[mid]).results[mid].result
    out = []
    for i, f in enumerate(HIRERS):
        t = evaluate(CAT[mid], f, a)
        eligible = t.status == "eligible"
        tr = (t.status, t.amount if eligible else Decimal("0.00"),
              frozenset(t.missing) if t.status == "undetermined" else frozenset(), t.quantified if eligible else True)
        co = (columnar.STATUS_NAMES[col.status[i]], Decimal(int(col.amount[i])) / 100, frozenset(col.missing(i)),
              bool(col.quantified[i]) if col.status[i] == columnar.ELIGIBLE else True)
        out.append((tr, co))
    return out


@pytest.mark.parametrize("mid", HIRE_IDS)
@pytest.mark.parametrize("readings", [{}, {"hire_subsidy_job_prorate": "half_years"},
                                      {"hire_subsidy_base_cap_monthly": None}, {"hire_subsidy_claim_rule": "dongcheng"}])
def test_hire_subsidies_agree_on_both_evaluators_when_every_base_is_supplied(mid: str, readings: dict) -> None:
    rows = _evaluate_both(mid, {**REF, **readings})
    assert any(tr[0] == "eligible" for tr, _ in rows)
    for tr, co in rows:
        assert tr == co and tr[3] is True


@pytest.mark.parametrize("mid", HIRE_IDS)
def test_hire_subsidies_paid_in_part_on_both_evaluators_under_the_defaults(mid: str) -> None:
    rows = _evaluate_both(mid, {})
    assert all(tr == co for tr, co in rows)
    # the medical minimum base unknown: the priority groups' job and pension/UI parts are paid, the award incomplete;
    # the other registered unemployed have no quantified part at all (every base unknown): eligible, 0, unquantified
    eligible = [tr for tr, _ in rows if tr[0] == "eligible"]
    assert eligible and all(tr[3] is False for tr in eligible)
    assert (mid == PRI) == any(tr[1] > 0 for tr in eligible)


def test_hire_subsidy_says_which_part_is_counted_when_a_base_is_unknown() -> None:
    h = {"hired_on": "2019-08-01", "months_performed": 6}
    a = run(OTH, hire_firm(hire("registered_unemployed", **h)))        # every minimum base unknown: nothing counted
    assert (a.status, a.amount, a.quantified) == ("eligible", Decimal("0.00"), False)
    assert a.needs == ["assumptions.si_min_base_pension_monthly", "assumptions.si_min_base_unemployment_monthly",
                       "assumptions.si_min_base_medical_monthly"]
    assert "no part of the amount can be counted" in a.reasons[-1]
    a = run(PRI, hire_firm(hire("priority_groups", **h)))              # the medical base unknown: job + pension/UI
    assert (a.status, a.amount, a.quantified) == ("eligible", Decimal("8032.00"), False)
    assert a.needs == ["assumptions.si_min_base_medical_monthly"]
    assert "the amount counts only the rest" in a.reasons[-1]
