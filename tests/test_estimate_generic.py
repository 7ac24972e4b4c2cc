"""Properties every measure of the catalog must keep, whatever its rule."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from strategies import firm_dicts

import subsidycalc as sc
from subsidycalc.engine.estimate import evaluate
from subsidycalc.profile.industries import DISTRICTS

CAT = sc.catalog()
DEFAULTS = sc.Assumptions()
LOCAL = [m for m in CAT if m.relief and m.effective_territory in ("district", "district_and_tax")]


@given(st.sampled_from(LOCAL) if LOCAL else st.nothing(), st.sampled_from(DISTRICTS), firm_dicts())
def test_another_districts_measure_is_ineligible_with_that_reason(m: sc.Measure, district: str, data: dict) -> None:
    if district == m.district:
        return
    data = {**data, "district": district}
    data.pop("rent_relief_granted", None)  # keep the profile valid whatever the generator drew
    try:
        firm = sc.Firm.model_validate(data)
    except sc.ValidationError:
        return
    a = evaluate(m, firm, DEFAULTS)
    assert a.status == "ineligible" and a.amount == 0
    assert "registered in" in a.reasons[-1]


@given(firm_dicts())
def test_awards_explain_themselves(data: dict) -> None:
    try:
        firm = sc.Firm.model_validate(data)
    except sc.ValidationError:
        return
    report = sc.estimate(firm)
    assert report.to_dict()["total"] == f"{report.total:.2f}"
    for a in report.awards:
        m = CAT[a.measure_id]
        assert set(a.readings) <= set(m.readings), a.measure_id
        assert a.reasons, a.measure_id
        if a.status == "eligible" and a.amount > 0:
            assert a.steps, f"{a.measure_id}: an amount without its arithmetic"
        if a.status == "ineligible":
            assert a.reasons[-1].startswith("✗") or a.stacking, a.measure_id
        assert a.sources == m.sources


def test_estimate_is_deterministic() -> None:
    firm = {"district": "xicheng", "industry": "catering", "size": "small", "loans": []}
    assert sc.estimate(firm).to_dict() == sc.estimate(firm).to_dict()
