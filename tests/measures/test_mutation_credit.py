"""海淀 H1 credit (``measures/haidian/credit.py``): cases that pin what the sampled mutation run found unpinned (issue 8
§6), on B10 确权融资 (L3360-L3362 "对开展确权融资业务的企业给予基准利率 50%的贴息，对单家企业的补贴上限为50万元"; the
platform of L3354-L3358; H1's validity L3492-L3494 "以上措施自印发之日起实施，有效期为新冠肺炎疫情防控期间").

- the Chinese reason of a firm with no 确权融资 names the blockchain platform exactly when the reading requires it;
- the Chinese reason of a financing wholly outside the validity names the validity window (2020-02-11..2020-12-31);
- the months counted are shown as a step only for a financing whose term lies partly outside the validity (a term
  from 2020-01-12: 156/31 of its 6 months), not for one wholly inside (from 2020-03-02: all 6).
"""

from __future__ import annotations

from typing import Any

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate

CAT = sc.catalog()
RC = "haidian.rights_confirmation_financing_interest_subsidy"
MONTHS = "financing 0: months inside H1's validity 2020-02-11..2020-12-31: 156 / 31 = 156/31 (5.032258…)"


def rc(on: str = "2020-03-02", kind: str = "platform") -> dict:
    return {"principal": 5_000_000, "disbursed_on": on, "term_months": 6, "interest_paid": 120_000,
            "rights_confirmation": kind}


def run(*loans: dict, **readings: Any) -> sc.Award:
    firm = {"district": "haidian", "size": "small", "loans": list(loans)}
    return evaluate(CAT[RC], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def test_no_rights_confirmation_financing_in_chinese() -> None:
    assert run(rc(kind="none")).words("zh")[0][-1] == "✗ 没有在区块链平台上开展的确权融资"
    assert run(rc(kind="none"), haidian_rc_requires_platform=False).words("zh")[0][-1] == "✗ 没有确权融资"


def test_a_financing_outside_the_validity_names_it_in_chinese() -> None:
    a = run(rc(on="2019-01-01"))
    assert a.status == "ineligible"
    assert "✗ 融资 0: 期限月份均不在 H1 有效期 2020-02-11..2020-12-31 内（以上措施自印发之日起实施，有效期为新冠肺炎疫情防控期间）" \
        in a.words("zh")[0]


def test_the_months_counted_are_shown_only_when_part_of_the_term_is_outside() -> None:
    a = run(rc(on="2020-01-12"), benchmark_series="pboc")
    assert str(a.amount) == "45604.84"
    assert a.steps[0] == MONTHS
    a = run(rc(), benchmark_series="pboc")
    assert str(a.amount) == "54375.00"
    assert not any("months inside H1's validity 2020-02-11..2020-12-31:" in s for s in a.steps), a.steps
