"""丰台: cases that pin what the sampled mutation run found unpinned (issue 8 §6).

Items 4, 17 and 18 (L3865-L3869, L4008-L4010, L4018-L4020) set no rate ("给予运营、房租等支持", "可给予适度补贴"): the
readings that supply one take a share ≥ 0 — 0 is accepted, one hundredth below it is refused.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

import subsidycalc as sc

RATES = ["fengtai_mall_landlord_subsidy_rate", "fengtai_property_owner_subsidy_rate",
         "fengtai_essential_outlet_support_rate"]


@pytest.mark.parametrize("name", RATES)
def test_a_supplied_rate_is_never_negative(name: str) -> None:
    assert getattr(sc.Assumptions(), name) is None
    assert getattr(sc.Assumptions(**{name: Decimal(0)}), name) == 0
    with pytest.raises(ValidationError):
        sc.Assumptions(**{name: Decimal("-0.01")})
