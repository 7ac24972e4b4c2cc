"""City social-insurance collection relief (measures/beijing/contributions.py): cases that pin what the sampled
mutation run found unpinned (issue 8 §6).

- The January refund (门头沟 M1 L6489-L6493, "2 月 17 日至 21 日申请退费的参保单位,已扣缴的 1 月份社会保险费将于 2 月底前退回
  …22 日至 29 日申请退费的参保单位,已扣缴的 1 月份社会保险费将于 3月份退回"): the effect names both application windows as
  declared, 2020-02-22..2020-02-29 for a March return.
- The flexible worker's gap (门头沟 M1 L6427-L6429, "2019年 12月至 2020年 2月期间出现因缴费不成功导致缴费中断的人员,可以补缴,
  不视为断缴"): a month is given by any of its days, so a gap ending on the first day of the window (2019-12-01) or
  starting on its last day (2020-02-29) meets it, a gap ending on the first day of January or February covers
  that month, and one starting on the last day of January starts in January.
"""

from __future__ import annotations

from typing import Any

import pytest

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate

CAT = sc.catalog()
JAN = "beijing.si_january_refund"
FLEX = "beijing.flexible_worker_si_gap_makeup"


def run(mid: str, firm: dict[str, Any], **readings: Any) -> sc.Award:
    return evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def jan_firm(applied: str) -> dict[str, Any]:
    return {"district": "mentougou", "social_insurance": {"jan_2020_debited": "30000", "jan_2020_settled_persons": "0",
                                                          "jan_refund_applied_on": applied}}


@pytest.mark.parametrize(("applied", "returned"), [
    ("2020-02-21", "returned by 2020-02-29 (2 月底前, for applications 2020-02-17..2020-02-21)"),
    ("2020-02-22", "returned in March 2020 (3月份, for applications 2020-02-22..2020-02-29)"),
    ("2020-02-29", "returned in March 2020 (3月份, for applications 2020-02-22..2020-02-29)"),
])
def test_january_refund_names_its_return_window(applied: str, returned: str) -> None:
    # L6489-L6493: applications 17–21 February returned before the end of February, 22–29 February in March
    a = run(JAN, jan_firm(applied))
    assert a.status == "eligible"
    assert a.effects["refund"] == (f"30,000.00 {returned} — applied {applied}; due again by 2020-03-31 "
                                   "(a deferral, not a reduction)")


def flex(start: str, end: str) -> dict[str, Any]:
    return {"flexible_worker": {"debit_failed_jan_feb_2020": False, "gap_start": start, "gap_end": end,
                                "gap_due_to_failed_debit": True}}


OUTSIDE = " (the months of the gap outside 2019-12-01..2020-02-29 follow the usual rules)"


@pytest.mark.parametrize(("start", "end", "covered", "outside"), [
    ("2019-11-15", "2019-12-01", "2019-12-01..2019-12-31", True),    # ends on the window's first day
    ("2020-02-29", "2020-03-10", "2020-02-01..2020-02-29", True),    # starts on the window's last day
    ("2019-12-15", "2020-01-01", "2019-12-01..2020-01-31", False),   # ends on 1 January: January given
    ("2019-12-15", "2020-01-15", "2019-12-01..2020-01-31", False),   # ends inside January
    ("2019-12-15", "2020-01-31", "2019-12-01..2020-01-31", False),   # ends on January's last day
    ("2019-12-15", "2020-02-01", "2019-12-01..2020-02-29", False),   # ends on 1 February: February given
    ("2020-01-01", "2020-01-01", "2020-01-01..2020-01-31", False),   # one day of January
    ("2020-01-31", "2020-02-10", "2020-01-01..2020-02-29", False),   # starts on January's last day
])
def test_flexible_worker_gap_months_by_any_of_their_days(start: str, end: str, covered: str, outside: bool) -> None:
    a = run(FLEX, flex(start, end))
    assert a.status == "eligible"
    assert a.effects["continuity"] == (f"the gap {covered} may be made up and is not a break (不视为断缴); no 6-month "
                                       "medical waiting period" + (OUTSIDE if outside else ""))
