"""The explanation review (issue 9 §2(b), benchmarks/explain_review/REVIEW.md): the lines that restored what the
hand-written explanations said — an item's own dates, the lease's use and its tier, the range point's reading, the
firm's size, ownership and counts, the growth test with the firm's figures, a partition labelled by its key — stay in
the explanations of the example firms (kinds 9–15 of the review)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import subsidycalc as sc

FIRMS = Path(__file__).parent.parent / "examples" / "firms"


@cache
def award(firm: str, measure_id: str) -> sc.Award:
    report = sc.estimate(sc.Firm.model_validate_json((FIRMS / f"{firm}.json").read_text(encoding="utf-8")))
    return next(a for a in report.awards if a.measure_id == measure_id)


@pytest.mark.parametrize(("firm", "measure_id", "where", "line"), [
    # 9: an item's own dates; a month the lease does not cover
    ("fangshan_ski_resort", "beijing.ice_snow_venue_utility_subsidy", "reasons",
     "✓ materials submitted 2020-02-20, by 2020-02-24 (2020 年 2 月 24 前; 逾期视为自动放弃)"),
    ("shijingshan_supermarket", "shijingshan.frontline_staff_post_subsidy", "steps",
     "duty 0: person-days on duty 2020-02-01..2020-03-31: 12 × 60 (days on duty) = 720"),
    ("fengtai_breakfast_chain", "fengtai.property_owner_rent_relief_subsidy", "steps",
     "rent relief 0: rent waived for a micro tenant, 2020-02-01..2020-04-30, within 疫情期间 2020-01-24..2020-12-31: "
     "24,000.00"),
    ("chaoyang_cultural_park_operator", "chaoyang.district_institution_rent_relief", "steps",
     "lease 1: 2020-02: not leased, relief 0: days of 2020-03-01..2020-04-30 inside 2020-02-01..2020-02-29 = 0"),
    # 10: the lease's use and the tier applied
    ("daxing_pharmacy_chain", "beijing.soe_rent_reduction_feb", "steps",
     "lease 1: relief, office use (2月份租金 50%的减免): 50% (share of the tier) × 30,000.00 (rent of February 2020 for "
     "its own days) = 15,000.00"),
    ("fengtai_breakfast_chain", "fengtai.soe_rent_reduction", "steps",
     "lease 0: relief, business use (免收 2月份房租): 100% (share of the tier) × 30,000.00 (rent of February 2020 for "
     "its own days) = 30,000.00"),
    # 11: the reading that picks the point of a range
    ("dongcheng_cultural_building_operator", "dongcheng.commercial_building_rent_subsidy", "steps",
     "amount: the low end of the range, no rate set yet (reading dongcheng_range_point): 180,000.00 (low) = 180,000.00"),
    # 13: the firm's size, the landlord's ownership, the counts
    ("shijingshan_supermarket", "shijingshan.guarantee_fee_waiver", "reasons",
     "✓ recognised as a heavily affected small firm, a 中小微企业 (受疫情影响较大的区内中小微企业, 经认定后)"),
    ("shijingshan_supermarket", "shijingshan.guarantee_fee_waiver", "reasons", "✓ 1 guaranteed loan(s) of 疫情期间"),
    ("dongcheng_cultural_building_operator", "shijingshan.landlord_rent_reduction_support", "reasons",
     "✓ landlord ownership private is not a 石景山 区属国有企业 (其他经营用房)"),
    ("mentougou_hiring_employer", "mentougou.hire_subsidy_district.non_difficult_labor", "reasons",
     "✓ 12 qualifying 门头沟 non-hard-to-employ hire(s) with full years performed"),
    # 14: the growth test with the firm's figures
    ("chaoyang_cultural_park_operator", "beijing.one_off_social_insurance_subsidy", "reasons",
     "growth: 2019 average 50 ≤ Jan–Apr 2020 average 55 < 60 (2019 average + 20%): 持平或增长 20%(不含)以内 → 30%"),
    # 15: a partition's lines labelled by its key
    ("mentougou_hiring_employer", "mentougou.scale_hiring_one_off_job_subsidy", "steps",
     "2020: subsidy of the year: 2,000.00 (rate of the tier reached) × 12 (qualifying hires in the year) = 24,000.00"),
])
def test_the_review_lines_stay(firm: str, measure_id: str, where: str, line: str) -> None:
    assert line in getattr(award(firm, measure_id), where)


def test_an_undetermined_award_shows_no_default_grant() -> None:
    # 12: the point of the range is only the reading's default until the conditions are known
    a = award("haidian_bank_branch", "haidian.tech_epidemic_control_reward")
    assert a.status == "undetermined" and a.steps == []
    b = award("haidian_vaccine_developer", "haidian.covid_rd_support")
    assert b.status == "eligible" and b.steps[0].startswith("grant: 0.00 (no amount assessed yet")
