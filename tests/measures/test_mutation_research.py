"""海淀 H1 research (``measures/haidian/research.py``): cases that pin what the sampled mutation run found unpinned
(issue 8 §6), on B2 (L3240-L3244 "对获得国家级防治新冠肺炎的科技攻关项目应急立项的项目单位…给予不高于 500万元的配套资金支持";
the item pays the 项目单位, GH1's tax test speaks of 企业; reading haidian_matching_allows_non_enterprise, default True).

- the reason "a non-enterprise 项目单位" is given only to a unit registered in 海淀 that pays tax elsewhere and is not an
  enterprise: not to one taxed in 海淀 (enterprise or not), and an enterprise taxed elsewhere is refused (GH1).
"""

from __future__ import annotations

import pytest

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate

CAT = sc.catalog()
MATCH = "haidian.national_emergency_project_matching"
NON_ENTERPRISE = "✓ a non-enterprise 项目单位 (GH1's 企业 test does not bind it)"


@pytest.mark.parametrize(("taxed", "enterprise", "status", "noted"), [
    ("chaoyang", False, "eligible", True),
    ("haidian", False, "eligible", False),
    ("haidian", True, "eligible", False),
    ("chaoyang", True, "ineligible", False),  # ✗ GH1: pays tax in chaoyang, not in 海淀
])
def test_the_non_enterprise_unit_is_named_only_when_taxed_elsewhere(taxed: str, enterprise: bool, status: str,
                                                                     noted: bool) -> None:
    firm = {"district": "haidian", "tax_district": taxed, "enterprise": enterprise,
            "qualifications": {"covid_emergency_project": "national"}}
    a = evaluate(CAT[MATCH], sc.Firm.model_validate(firm), sc.Assumptions())
    assert a.status == status
    assert (NON_ENTERPRISE in a.reasons) == noted, a.reasons
