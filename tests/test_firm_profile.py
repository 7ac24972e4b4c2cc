"""The Firm profile: strict, typed, unknown fields rejected, bad input named by its field."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from pydantic import ValidationError
from strategies import firm_dicts

import subsidycalc as sc

ROOT = Path(__file__).resolve().parent.parent


def test_api_md_example_profile_validates() -> None:
    firm = sc.Firm.model_validate(json.loads((ROOT / "examples/firms/xicheng_restaurant.json").read_text()))
    assert firm.district == "xicheng" and firm.loans and firm.loans[0].annual_rate == Decimal("0.04")


@pytest.mark.parametrize("data, path", [
    ({"distrct": "xicheng"}, "distrct"),                                  # typo: unknown field
    ({"district": "narnia"}, "district"),
    ({"revenue": "-5"}, "revenue"),                                       # money never negative
    ({"revenue": "12,000"}, "revenue"),                                   # no thousands separators
    ({"revenue": True}, "revenue"),                                       # a bool is not money
    ({"revenue": "NaN"}, "revenue"),
    ({"employees": "lots"}, "employees"),
    ({"loans": [{"annual_rate": "4.35"}]}, "loans.0.annual_rate"),        # a percentage, not a fraction
    ({"loans": [{"disbursed_on": "2020/03/02"}]}, "loans.0.disbursed_on"),
    ({"loans": [{"disbursed_on": 1583107200}]}, "loans.0.disbursed_on"),  # no timestamps
    ({"loans": [{"term_months": 12.5}]}, "loans.0.term_months"),
    ({"loans": [{"inclusive_finance": "yes"}]}, "loans.0.inclusive_finance"),  # no truthy strings
    ({"hires": [{"count": -1}]}, "hires.0.count"),
    ({"qualifications": {"heavily_affected": 1}}, "qualifications.heavily_affected"),
    ({"rent_relief_granted": [{"period_start": "2020-03-01", "period_end": "2020-02-01"}]}, "rent_relief_granted.0"),
    ({"lending": {"first_loans": [{"amount": "x"}]}}, "lending.first_loans.0.amount"),
])
def test_bad_input_names_the_field(data: dict, path: str) -> None:
    with pytest.raises(ValidationError) as e:
        sc.Firm.model_validate(data)
    locs = [".".join(str(x) for x in err["loc"]) for err in e.value.errors()]
    assert any(loc.startswith(path) for loc in locs), locs


def test_absent_is_unknown_and_empty_list_is_none() -> None:
    firm = sc.Firm.model_validate({"district": "mentougou"})
    assert firm.hires is None and firm.loans is None
    a = sc.estimate(firm)["mentougou.scale_hiring_one_off_job_subsidy"]
    assert a.status == "undetermined" and "hires" in a.missing
    b = sc.estimate({"district": "mentougou", "hires": []})["mentougou.scale_hiring_one_off_job_subsidy"]
    assert b.status == "ineligible"


def test_declared_size_wins_and_reasons_say_so() -> None:
    firm = {"district": "xicheng", "industry": "software", "size": "small", "employees": 500,
            "revenue": "200000000", "loans": []}
    a = sc.estimate(firm)["xicheng.loan_interest_subsidy"]
    assert any("declared size small wins" in r and "large" in r for r in a.reasons)


@given(firm_dicts())
def test_every_generated_profile_validates_and_estimates(data: dict) -> None:
    """Valid profiles never crash any measure; every award keeps the invariants of the contract."""
    try:
        firm = sc.Firm.model_validate(data)
    except ValidationError as e:  # only cross-field checks (e.g. a period ending before it starts) may refuse
        assert {err["type"] for err in e.errors()} == {"value_error"}, e
        assume(False)
    report = sc.estimate(firm)
    for a in report.awards:
        assert a.status in ("eligible", "ineligible", "undetermined")
        for v in (a.amount, a.low, a.high):
            assert v >= 0 and v.as_tuple().exponent == -2
        assert a.low <= a.amount <= a.high
        if a.status != "eligible":
            assert a.amount == a.low == a.high == 0
        if a.status == "undetermined":
            assert a.missing, a.measure_id
        else:
            assert not a.missing
        if not a.relief:
            assert a.status == "ineligible"
    assert report.total_low <= report.total <= report.total_high


_JUNK = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
                  st.text(max_size=8), st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=4),
                                                                                              st.integers(), max_size=2))


@given(firm_dicts(), st.sampled_from(sorted(sc.Firm.model_fields)), _JUNK)
def test_malformed_profiles_raise_only_validation_errors_naming_a_field(data: dict, field: str, junk: object) -> None:
    data = dict(data)
    data[field] = junk
    try:
        firm = sc.Firm.model_validate(data)
    except ValidationError as e:
        for err in e.errors():
            assert err["loc"], err  # every problem is located at a field
            assert str(err["loc"][0]) in sc.Firm.model_fields or err["type"] == "extra_forbidden"
        return
    sc.estimate(firm)  # the junk happened to be valid (e.g. None): estimating must not crash


@given(st.dictionaries(st.text(min_size=1, max_size=12).filter(lambda k: k not in sc.Firm.model_fields),
                       st.integers(), min_size=1, max_size=3))
def test_unknown_fields_are_rejected(extra: dict) -> None:
    with pytest.raises(ValidationError) as e:
        sc.Firm.model_validate({"district": "xicheng", **extra})
    assert {err["type"] for err in e.value.errors()} == {"extra_forbidden"}


def test_assumptions_reject_unknown_readings_and_bad_values() -> None:
    with pytest.raises(ValidationError, match="benchmark_serie"):
        sc.Assumptions(benchmark_serie="pboc")  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="benchmark_series"):
        sc.Assumptions(benchmark_series="ecb")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        sc.estimate({"district": "xicheng"}, {"no_such_reading": 1})
    assert sc.Assumptions(benchmark_series="pboc").changed() == {"benchmark_series": "pboc"}


def test_json_schema_describes_fields() -> None:
    schema = sc.Firm.model_json_schema()
    assert schema["additionalProperties"] is False
    assert "district" in schema["properties"] and "$defs" in schema


def test_a_lease_ending_before_it_starts_is_a_validation_error() -> None:
    """Found by the refactor review: this used to raise a bare ValueError deep inside a rent calculator."""
    import pydantic

    import subsidycalc as sc

    bad = {"district": "xicheng", "leases": [{"landlord": "district_soe", "starts_on": "2020-03-01",
                                              "ends_on": "2020-02-01"}]}
    with pytest.raises(pydantic.ValidationError) as e:
        sc.Firm.model_validate(bad)
    assert "leases.0" in str(e.value) or "leases" in str(e.value)
    assert "ends_on is before starts_on" in str(e.value)
