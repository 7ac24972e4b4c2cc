"""顺义: cases that pin what the sampled mutation run found unpinned (issue 8 §6).

- 1. (L5509-L5513) the three firms "加大生产、增加排产计划的防疫物资生产企业、加大生活必需品供应保障力度的企业、受疫情影响较大
  仍坚持生产经营的重点企业" and 8. (利用存量厂房、存量生产车间引进生产线生产防疫物资): an eligible firm's reasons name the firm
  it is (each met flag alone, one flag false beside it), and only that one.
"""

from __future__ import annotations

from typing import Any

import pytest

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate
from subsidycalc.measures import shunyi

CAT = sc.catalog()
SUPPLY = "shunyi.supply_stability_reward"
PLANT = "shunyi.idle_plant_epidemic_supply_reward"


def run(mid: str, flags: dict[str, Any], **kw: Any) -> sc.Award:
    firm = {"district": "shunyi", "size": "small", "qualifications": flags, **kw}
    return evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions())


@pytest.mark.parametrize("flag", list(shunyi.SUPPLY_FLAGS))
def test_the_supply_reward_names_the_firm_it_is(flag: str) -> None:
    others = {k: False for k in shunyi.SUPPLY_FLAGS if k != flag}
    a = run(SUPPLY, {flag: True, **others}, shunyi_supply_reward_granted="20000")
    assert a.status == "eligible" and a.amount == 20000
    named = [r for r in a.reasons if r.removeprefix("✓ ") in shunyi.SUPPLY_FLAGS.values()]
    assert named == [f"✓ {shunyi.SUPPLY_FLAGS[flag]}"]


def test_the_idle_plant_reward_names_the_firm_it_is() -> None:
    a = run(PLANT, {"existing_plant_epidemic_supply_line": True})
    assert a.status == "eligible"
    assert "✓ 利用存量厂房、存量生产车间引进生产线生产防疫物资" in a.reasons
