"""The shared SOE-rent vocabulary (``measures/_leases.py``): cases that pin what the sampled mutation run found
unpinned (issue 8 §6), on 大兴's restatement of the city February rule (DX-5 L5278-L5285: 生产经营用房 免收 2 月份房租,
办公用房 减收 2月份租金的 50%).

- the words built from a measure's bilingual words (the failed 坚持营业 condition, the tier quoted in each relief
  step, the count of relieved leases) read in Chinese under ``lang="zh"``, in English by default;
- reading ``soe_rent_feb_partial_month="whole_month"``: the note that a lease in force for part of February counts
  its whole rent appears only when such a lease is relieved — not for a lease in force all February, nor for a
  part-February lease that is ruled out.
"""

from __future__ import annotations

from typing import Any

import pytest

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate

CAT = sc.catalog()
RENT = "daxing.soe_rent_reduction"
OK = {"open_or_closed_per_rules": True, "no_layoffs": True}
CLOSED = {"open_or_closed_per_rules": False, "no_layoffs": True}
WHOLE = "a lease in force for part of February 2020: its whole monthly rent counts (reading " \
        "soe_rent_feb_partial_month=whole_month)"


def lease(use: str = "business", **kw: Any) -> dict:
    return {"landlord": "district_soe", "landlord_district": "daxing", "use": use, "monthly_rent": "30000",
            "premises_in_beijing": True, **kw}


def run(*leases: dict, q: dict = OK, **readings: Any) -> sc.Award:
    firm = {"district": "daxing", "size": "small", "qualifications": q, "leases": list(leases)}
    return evaluate(CAT[RENT], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def test_the_shared_words_read_in_chinese() -> None:
    # the business lease is ruled out (坚持营业 not met), the office lease relieved at 50%
    a = run(lease(), lease("office"), q=CLOSED)
    assert a.status == "eligible" and a.amount == 15000
    reasons, steps, _ = a.words("zh")
    assert "✗ 租约 0: 生产经营用房：未按照政府要求坚持营业，也未依照防疫规定关闭停业" in reasons
    assert "✓ 1 份承租大兴区属国有企业京内房产的租约" in reasons
    assert steps == ["租约 1: 减免额，office 用途（减收 2月份租金的 50%）: 50% (该档比例) × 30,000.00 (2020年2月按有效天数计算的租金) "
                     "= 15,000.00"]
    assert "✗ lease 0: production/business use: did not stay open as required nor close under the rules" in a.reasons
    assert a.steps == ["lease 1: relief, office use (减收 2月份租金的 50%): 50% (share of the tier) × 30,000.00 (rent of "
                       "February 2020 for its own days) = 15,000.00"]


@pytest.mark.parametrize(("leases", "q", "amount", "noted"), [
    ([lease()], OK, 30000, False),  # in force all February
    ([lease(ends_on="2020-02-10")], OK, 30000, True),  # 10 of 29 days, relieved: its whole rent counts
    ([lease(ends_on="2020-02-10"), lease("office")], CLOSED, 15000, False),  # the part-February lease is ruled out
])
def test_the_whole_month_note_only_for_a_relieved_part_month_lease(leases: list, q: dict, amount: int,
                                                                   noted: bool) -> None:
    a = run(*leases, q=q, soe_rent_feb_partial_month="whole_month")
    assert a.status == "eligible" and a.amount == amount
    assert (WHOLE in a.reasons) == noted, a.reasons
