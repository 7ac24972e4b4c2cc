"""东城: cases that pin what the sampled mutation run found unpinned (issue 8 §6).

- 《东城区中小微企业风险补偿专项资金管理办法》 (D2) 第十五–十八条 (L1296-L1391): a claim that fails a condition shows
  which (a step "…: no"); a recovery shows the exposure after it (收回逾期贷款的…归还已代偿的资金), and only on the
  claim that recovered; the claims' view is a frozen value;
- D2 第十六条 信用敞口 of a mortgage (商用房 50%, 不高于): the credit above the standard ratio is shown (and only) when
  the credit line is above it; at or below it the exposure is 0;
- D4/D5 February rent (参照北京市减免标准): the share of February leased is shown only for a lease in force for part
  of February.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate
from subsidycalc.measures import dongcheng

CAT = sc.catalog()
RC = "dongcheng.risk_comp.default_compensation"


def run(mid: str, firm: dict[str, Any], **readings: Any) -> sc.Award:
    return evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def claim(**kw: Any) -> dict:
    return {"in_pool": True, "borrower_size": "small", "borrower_district": "dongcheng", "borrower_tier": "culture_plus",
            "security": "credit", "loss_principal": "4000000", "matures_on": "2020-06-30", **kw}


def bank(*claims: dict) -> dict:
    return {"district": "dongcheng", "size": "large", "lending": {"risk_comp_claims": list(claims)}}


def test_a_claim_failing_a_condition_says_which() -> None:
    """第七条 / D2 scope: a borrower outside 东城 is not compensated; the step names the failed condition."""
    a = run(RC, bank(claim(), claim(borrower_district="xicheng")))
    assert "risk comp claim 1: borrower a 东城 enterprise: no" in a.steps
    assert not any(s.startswith("risk comp claim 0: borrower") for s in a.steps)


def test_the_exposure_after_a_recovery_is_shown_on_the_claim_that_recovered() -> None:
    """L1296-L1391 收回逾期贷款的…归还已代偿的资金 (reading proportional): 60% × (4,000,000 − 1,000,000) on claim 0,
    60% × 4,000,000 on claim 1 (nothing recovered: no such step)."""
    a = run(RC, bank(claim(recovered="1000000"), claim()), dongcheng_risk_comp_clawback="proportional")
    after = [s for s in a.steps if ": after the recovery (" in s]
    assert after == ["risk comp claim 0: after the recovery (收回逾期贷款的…归还已代偿的资金): max(0, 4,000,000.00 (信用敞口 "
                     "(credit exposure)) − 1,000,000.00 (recovered)) = 3,000,000.00"]
    assert not any(": after the recovery (" in s for s in run(RC, bank(claim())).steps)
    # any recovery counts, however small (one fen short of a yuan)
    small = run(RC, bank(claim(recovered="0.99")), dongcheng_risk_comp_clawback="proportional")
    assert any(s.startswith("risk comp claim 0: after the recovery (") and s.endswith("= 3,999,999.01")
               for s in small.steps)


def test_compensations_is_frozen() -> None:
    c = dongcheng.Compensations(*([None] * len(dataclasses.fields(dongcheng.Compensations))))  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.row = None  # type: ignore[misc]


MORTGAGE = {"security": "mortgage_commercial", "collateral_value": "10000000"}  # standard ratio 50%: 5,000,000


@pytest.mark.parametrize(("line", "above", "exposure"), [
    ("7000000", "7,000,000.00 − 5,000,000.00 (credit at the standard ratio) = 2,000,000.00", "2,000,000.00"),
    ("5000001", "5,000,001.00 − 5,000,000.00 (credit at the standard ratio) = 1.00", "1.00"),
    ("5000000", None, "0.00"),  # at the standard ratio (不高于): no exposure
    ("4000000", None, "0.00"),
])
def test_mortgage_exposure_above_the_standard_ratio(line: str, above: str | None, exposure: str) -> None:
    a = run(RC, bank(claim(credit_line=line, **MORTGAGE)))
    shown = [s.split(": ", 2)[2] for s in a.steps if s.startswith("risk comp claim 0: credit above the standard ratio:")]
    assert shown == ([above] if above else [])
    assert (f"risk comp claim 0: 信用敞口 (credit exposure): {exposure} (exposure of the mortgage) = {exposure}"
            in a.steps)


def _soe_tenant(**kw: Any) -> dict:
    return {"district": "dongcheng", "size": "small", "qualifications": {"open_or_closed_per_rules": True,
                                                                         "no_layoffs": True},
            "leases": [{"landlord": "district_soe", "landlord_district": "dongcheng", "use": "business",
                        "monthly_rent": "29000", **kw}]}


def test_february_share_step_only_for_a_part_month() -> None:
    whole = run("dongcheng.district_soe_rent_reduction", _soe_tenant())
    assert whole.amount == 29000 and not any("share of February leased:" in s for s in whole.steps)
    part = run("dongcheng.district_soe_rent_reduction", _soe_tenant(ends_on="2020-02-10"))
    assert part.amount == 10000
    assert ("lease 0: share of February leased: days of 2020-02-01..2020-02-10 inside 2020-02-01..2020-02-29 / 29 = "
            "10/29 (34.482758…%)") in part.steps


def test_missing_claim_facts_are_asked_in_order() -> None:
    """Under the reading principal_and_interest (catalog 02 ambiguity c): the security first, then the principal, then
    the interest."""
    c = claim(security=None)
    del c["loss_principal"]
    a = run(RC, bank(c), dongcheng_risk_comp_base="principal_and_interest")
    assert a.status == "undetermined"
    assert a.missing == ["lending.risk_comp_claims.0.security", "lending.risk_comp_claims.0.loss_principal",
                         "lending.risk_comp_claims.0.loss_interest"]
