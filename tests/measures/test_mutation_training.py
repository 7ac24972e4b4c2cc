"""City skills-training subsidy (measures/beijing/training.py): cases that pin what the sampled mutation run found
unpinned (issue 8 §6).

- 门头沟 M1 L6311-L6315 ("在 2020 年组织职工(含待岗人员)参加职业技能培训,累计不低于 40 课时(每课时 45 分钟)的,对参加了培训的
  职工按照每人 1000 元的标准给予一次性技能培训补贴…申领补贴时,参加了培训的职工须仍在本企业就业") and L6340-L6342 (不得重复申领):
  each training that does not count is named once, with the first of the text's reasons it fails (another subsidy
  claimed, then completed outside 2020, then fewer than 40 课时); one trained employee is enough (每人 1000 元); the
  reason of a firm with none names the still-employed rule only when the reading applies it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate

CAT = sc.catalog()
TR = "beijing.skills_training_subsidy"
FIRM: dict[str, Any] = {  # the one-off SI subsidy received: the prerequisite (享受了…) is met
    "district": "chaoyang", "size": "small", "ownership": "private",
    "social_insurance": {"one_off_si_subsidy_received": True},
}


def run(trainings: list[dict[str, Any]], **readings: Any) -> sc.Award:
    return evaluate(CAT[TR], sc.Firm.model_validate({**FIRM, "trainings": trainings}), sc.Assumptions(**readings))


def batch(n: int, hours: int, on: str, claimed: bool = False) -> dict[str, Any]:
    return {"employees": n, "class_hours": hours, "completed_on": on, "still_employed": n,
            "other_subsidy_claimed": claimed}


CLAIMED = "not counted: another 职业技能提升行动 subsidy claimed for it (不得重复申领)"
OUTSIDE = "not counted: completed outside 2020-01-01..2020-12-31"
HOURS = "not counted: class hours below 40 课时 (累计不低于 40 课时)"


def test_each_training_not_counted_is_named_once_with_its_first_reason() -> None:
    a = run([batch(1, 40, "2020-06-01"),                 # counts
             batch(2, 40, "2020-06-01", claimed=True),   # claimed
             batch(3, 40, "2019-12-31"),                 # outside 2020
             batch(4, 39, "2020-06-01"),                 # 39 课时
             batch(5, 39, "2019-06-01", claimed=True),   # claimed (also outside, also 39)
             batch(6, 39, "2020-06-01", claimed=True),   # claimed (also 39)
             batch(7, 39, "2021-01-01")])                # outside 2020 (also 39)
    assert a.status == "eligible" and a.amount == Decimal("1000.00")
    not_counted = sorted(s for s in a.steps if s.split(": ", 1)[1].startswith("not counted"))
    assert not_counted == sorted([f"training 1: {CLAIMED}: 2", f"training 4: {CLAIMED}: 5", f"training 5: {CLAIMED}: 6",
                                  f"training 2: {OUTSIDE}: 2019-12-31", f"training 6: {OUTSIDE}: 2021-01-01",
                                  f"training 3: {HOURS}: 39"])


def test_one_trained_employee_is_paid() -> None:
    a = run([batch(1, 40, "2020-06-01")])
    assert a.status == "eligible" and a.amount == Decimal("1000.00")


@pytest.mark.parametrize(("still", "en", "zh"), [
    (True, "✗ no trained employee qualifies (≥ 40 课时 in 2020, still employed)",
     "✗ 没有符合条件的参训职工（2020 年 ≥ 40 课时，且仍在本企业就业）"),
    (False, "✗ no trained employee qualifies (≥ 40 课时 in 2020)", "✗ 没有符合条件的参训职工（2020 年 ≥ 40 课时）"),
])
def test_no_qualifying_trainee_names_the_rules_applied(still: bool, en: str, zh: str) -> None:
    a = run([batch(3, 39, "2020-06-01")], training_require_still_employed=still)
    assert a.status == "ineligible"
    assert a.reasons[-1] == en
    assert a.words("zh")[0][-1] == zh


def test_a_counted_training_is_not_called_not_counted() -> None:
    # the steps naming the trainings that do not count must not rename the trainees of those that do: the counted
    # line of training 0 showed "min(1 (not counted: another 职业技能提升行动 subsidy claimed for it (不得重复申领)), 1)"
    a = run([batch(1, 40, "2020-06-01"), batch(2, 40, "2020-06-01", claimed=True)])
    counted = [s for s in a.steps if s.startswith("training 0: ")]
    assert len(counted) == 1 and "trained employees counted" in counted[0]
    assert "not counted" not in counted[0]
