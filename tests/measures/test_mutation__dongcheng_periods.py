"""东城's calendar months of a rent cut's own period (``measures/_dongcheng_periods.py``): cases that pin what the
sampled mutation run found unpinned (issue 8 §6), on the 商务楼宇 subsidy (D4 item 6, L1599-L1607 "商务楼宇的产权单位
或运营单位为符合东城区产业发展方向的中小微企业减免房租的，由区政府给予 30%-50%的资金补贴，最高不超过 50万元"; reading
dongcheng_building_relief_spread = months, the default: a cut spread over the calendar months of its own period,
each weighing the share of its days cut).

- the columnar evaluator gives each cut's months as the traced one does, cut by cut and firm by firm: periods within
  one month, across two and several months, starting or ending mid-month, across a leap February and a year's end;
- by hand: 2020-02-15..2020-03-31 is 15/29 + 1 = 44/29 months, of which 15/29 fall in a 疫情期间 read to end
  2020-02-29.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import subsidycalc as sc
from subsidycalc.engine.batch import STATUS, evaluate_columns
from subsidycalc.engine.estimate import evaluate
from subsidycalc.engine.rules.columns import Columns

CAT = sc.catalog()
BLDG = "dongcheng.commercial_building_rent_subsidy"


def cut(amount: str, start: str, end: str) -> dict[str, Any]:
    return {"tenant_size": "small", "tenant_fits_district_positioning": True, "amount": amount,
            "period_start": start, "period_end": end}


def building(*cuts: dict[str, Any]) -> sc.Firm:
    return sc.Firm.model_validate({"district": "dongcheng", "landlord_premises_type": "office_building",
                                   "rent_relief_granted": list(cuts)})


PERIODS = [("2020-02-15", "2020-03-31"), ("2020-03-01", "2020-04-30"), ("2020-02-01", "2020-02-29"),
           ("2020-02-10", "2020-02-20"), ("2019-12-15", "2020-02-14"), ("2020-12-31", "2021-01-23"),
           ("2020-01-01", "2020-01-24"), ("2020-04-16", "2020-07-15"), ("2020-11-30", "2021-02-28")]
FIRMS = [building(cut("240000", s, e)) for s, e in PERIODS] + [
    building(cut("290000", "2020-02-15", "2020-03-31"), cut("300000", "2020-05-31", "2020-06-01")),
]


def test_the_columnar_months_of_each_cut_are_the_traced_ones() -> None:
    for end in (date(2020, 12, 31), date(2020, 3, 31), date(2020, 2, 20)):
        a = sc.Assumptions(epidemic_period_end=end)
        batch = evaluate_columns(CAT, Columns.from_firms(FIRMS), a, measures=[BLDG])
        st_, lo, hi = batch.status(BLDG), batch.low(BLDG), batch.high(BLDG)
        for i, f in enumerate(FIRMS):
            t = evaluate(CAT[BLDG], f, a, {})
            col = (STATUS[st_[i]], Decimal(int(lo[i])) / 100, Decimal(int(hi[i])) / 100)
            assert col == (t.status, t.low, t.high), (end, PERIODS[i] if i < len(PERIODS) else f, t.steps)


def test_months_by_hand() -> None:
    # 2020-02-15..2020-03-31: 15/29 + 1 = 44/29 months, all inside 疫情期间: the whole 290,000 → 87,000 / 145,000
    t = evaluate(CAT[BLDG], building(cut("290000", "2020-02-15", "2020-03-31")), sc.Assumptions())
    assert (t.low, t.high) == (Decimal("87000.00"), Decimal("145000.00"))
    # 疫情期间 ending 2020-02-29: 15/29 of 44/29 → 290,000 × 15/44 = 98,863.63…; 30% = 29,659.09, 50% = 49,431.82
    t = evaluate(CAT[BLDG], building(cut("290000", "2020-02-15", "2020-03-31")),
                 sc.Assumptions(epidemic_period_end=date(2020, 2, 29)))
    assert (t.low, t.high) == (Decimal("29659.09"), Decimal("49431.82"))
