"""朝阳: cases that pin what the sampled mutation run found unpinned (issue 8 §6).

- item 2, L2899 "鼓励集体经济组织参照执行" (reading chaoyang_collective_scope, default a 朝阳 collective): the reasons
  name "of 朝阳" under the default only;
- item 2, L2889-L2895 (免收 2 月份房租，3月份、4月份房租减半) under the reading chaoyang_rent_partial_months =
  whole_month: the note on a month leased on only some of its days appears for such a month only — not for a lease
  from 2020-03-01 (February not leased at all), nor for one in force throughout.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate

CAT = sc.catalog()
COLL = "chaoyang.collective_org_rent_relief_encouraged"
WHOLE_NOTE = ("a month leased on only some of its days counts at its whole rent (reading chaoyang_rent_partial_months "
              "= whole_month)")


def run(mid: str, firm: dict[str, Any], **readings: Any) -> sc.Award:
    return evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def tenant(**lease_kw: Any) -> dict[str, Any]:
    lease = {"landlord": "collective", "landlord_district": "chaoyang", "use": "business", "monthly_rent": "10000",
             "premises_in_beijing": True, "relief_recognised": True, "landlord_follows_district_terms": True,
             **lease_kw}
    return {"district": "chaoyang", "size": "small", "qualifications": {"open_or_closed_per_rules": True,
                                                                        "no_layoffs": True}, "leases": [lease]}


def test_collective_scope_words() -> None:
    own = run(COLL, tenant())
    assert own.amount == Decimal("20000.00")  # 10,000 + 5,000 + 5,000
    assert ("✓ 1 lease(s) from a 集体经济组织 (collective economic organisation) of 朝阳, premises in Beijing (京内房产), "
            "the relief recognised (经认定后)") in own.reasons
    elsewhere = run(COLL, tenant(landlord_district="tongzhou"))
    assert elsewhere.status == "ineligible"
    assert "✗ no qualifying lease from a 集体经济组织 (collective economic organisation) of 朝阳" in elsewhere.reasons
    anyw = run(COLL, tenant(landlord_district="tongzhou"), chaoyang_collective_scope="any")
    assert ("✓ 1 lease(s) from a 集体经济组织 (collective economic organisation), premises in Beijing (京内房产), "
            "the relief recognised (经认定后)") in anyw.reasons


@pytest.mark.parametrize(("kw", "amount", "noted"), [
    ({}, "20000.00", False),  # leased throughout February–April
    ({"starts_on": "2020-03-01"}, "10000.00", False),  # February not leased at all, March and April whole
    ({"starts_on": "2020-02-10"}, "20000.00", True),  # February leased on 20 of its 29 days: counted whole
    ({"starts_on": "2020-04-30"}, "5000.00", True),  # April leased on its last day only: counted whole (减半)
])
def test_whole_month_note_only_for_a_month_leased_in_part(kw: dict, amount: str, noted: bool) -> None:
    a = run(COLL, tenant(**kw), chaoyang_rent_partial_months="whole_month")
    assert a.amount == Decimal(amount)
    assert (WHOLE_NOTE in a.reasons) is noted
