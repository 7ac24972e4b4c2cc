"""Bad input never escapes as a crash (issue 8 §4).

Generated profiles, valid and malformed (wrong types, out-of-range and huge numbers, NaN/Infinity, negative zero,
unknown enum values and fields, deep nesting), through ``Firm.model_validate``, ``sc.estimate`` and the CLI:
only validation errors naming a field come out, and every profile that validates estimates with the report
invariants. ``HYPOTHESIS_PROFILE=long`` (see conftest) runs the long version quoted in the release note.
"""

from __future__ import annotations

import copy
import json
import math
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import firm_dicts

import subsidycalc as sc
from subsidycalc.cli import main

BAD_VALUES = st.sampled_from([
    "abc", "", " ", "1,000", "4.35%", "NaN", "Infinity", "-Infinity", "1e400", "-1", "-0", "-0.0", "0.001",
    10**30, -(10**30), 10**13 + 1, -1, -0.0, 0.0, 1e308, float("nan"), float("inf"), float("-inf"), True, False, None,
    [], {}, [1, 2], {"x": 1}, "2020-02-30", "2020/02/01", "20200201", "0000-01-01", "9999-12-31", 20200201,
    "dongchen", "restaurant", "SMALL", "Small", "xicheng ", "\u0000", "x" * 600,
])


def _deep(depth: int) -> Any:
    v: Any = 1
    for _ in range(depth):
        v = [v]
    return v


def _paths(node: Any, depth: int = 0) -> list[tuple[Any, Any]]:
    """Every (container, key) of a JSON tree, down to a profile's own depth (not into a deep nest already put in)."""
    if depth > 6:
        return []
    out: list[tuple[Any, Any]] = []
    keys = list(node) if isinstance(node, dict) else range(len(node)) if isinstance(node, list) else []
    for k in keys:
        out.append((node, k))
        out += _paths(node[k], depth + 1)
    return out


@st.composite
def corrupted(draw: st.DrawFn) -> dict[str, Any]:
    """A generated profile with one to three values replaced by bad ones (anywhere in the tree), or a bad key."""
    data: dict[str, Any] = draw(firm_dicts())
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(data)
        kind = draw(st.sampled_from(["value", "value", "value", "key", "deep"]))
        if kind == "key" or not paths:
            target = data if not paths else draw(st.sampled_from([p for p, _ in paths if isinstance(p, dict)] or [data]))
            target[draw(st.sampled_from(["revenu", "districts", "lease", "x", "Loans", "ownership_"]))] = 1
            continue
        parent, key = draw(st.sampled_from(paths))
        # a copy: a drawn [] or {} is one object shared by every example, and a later step may add keys to it
        parent[key] = Deep(draw(st.integers(50, 3000))) if kind == "deep" else copy.deepcopy(draw(BAD_VALUES))
    return data


class Deep:
    """A placeholder for a list nested ``depth`` deep, built only when validated (hypothesis prints its examples with
    a recursive pretty-printer that a 3,000-deep list would overflow)."""

    def __init__(self, depth: int) -> None:
        self.depth = depth

    def __repr__(self) -> str:
        return f"<a list nested {self.depth} deep>"


def materialise(node: Any) -> Any:
    if isinstance(node, Deep):
        return _deep(node.depth)
    if isinstance(node, dict):
        return {k: materialise(v) for k, v in node.items()}
    if isinstance(node, list):
        return [materialise(v) for v in node]
    return node


def check_report(report: sc.Report) -> None:
    for a in report.awards:
        for v in (a.amount, a.low, a.high):
            assert isinstance(v, Decimal) and v.as_tuple().exponent == -2, (a.measure_id, v)
            assert v >= 0 and not v.is_signed(), (a.measure_id, v)
        assert a.low <= a.amount <= a.high, a.measure_id
        if a.status != "eligible":
            assert a.amount == 0, a.measure_id
        assert bool(a.missing) == (a.status == "undetermined"), a.measure_id
    assert report.total_low <= report.total <= report.total_high
    assert not report.total.is_signed()


def validate_or_explain(data: Any) -> sc.Firm | None:
    try:
        return sc.Firm.model_validate(data)
    except sc.ValidationError as e:
        for err in e.errors():
            assert err["msg"], err
            if isinstance(data, dict):
                assert err["loc"], err  # names the field
        return None


@settings(suppress_health_check=list(HealthCheck))
@given(corrupted())
def test_malformed_profiles_give_validation_errors_naming_a_field(data: dict[str, Any]) -> None:
    firm = validate_or_explain(materialise(data))
    if firm is not None:
        check_report(sc.estimate(firm))


@given(firm_dicts())
def test_every_valid_profile_estimates_with_the_report_invariants(data: dict[str, Any]) -> None:
    firm = validate_or_explain(data)
    if firm is not None:
        check_report(sc.estimate(firm))


@pytest.mark.parametrize("text", [
    "[" * 100_000 + "]" * 100_000, '{"revenue": ' + "9" * 5000 + "}", '{"revenue": NaN}', '{"revenue": Infinity}',
    '{"revenue": 1e400}', '{"revenue": -0.0, "district": "xicheng"}', "[]", "null", '"x"', "{", "\ufeff{}",
    '{"district": "dongchen"}', '{"loans": [' + "[" * 5000 + "]" * 5000 + "]}",
])
def test_the_cli_answers_every_malformed_file_in_one_line(text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "firm.json"
    f.write_text(text, encoding="utf-8")
    code = main(["estimate", str(f)])
    out, err = capsys.readouterr()
    assert code in (0, 2), (code, err)
    if code == 2:
        assert err.count("\n") == 1 and err.startswith("subsidycalc: ") and "Traceback" not in err
    else:
        assert "-0.00" not in out


def test_negative_zero_is_zero() -> None:
    firm = sc.Firm.model_validate({"revenue": -0.0, "loans": [{"principal": "-0", "interest_paid": "-0.00"}]})
    assert not firm.revenue.is_signed()  # type: ignore[union-attr]
    assert firm.loans and not firm.loans[0].principal.is_signed()  # type: ignore[union-attr]


@pytest.mark.parametrize(("data", "field", "words"), [
    ({"revenue": 10**30}, "revenue", "above the largest plausible amount in yuan, 10,000,000,000,000"),
    ({"revenue": -1}, "revenue", "below the smallest plausible amount in yuan, 0"),
    ({"employees": "20000000"}, "employees", "above the largest plausible headcount"),
    ({"trained_employees": 10**8}, "trained_employees", "above the largest plausible count"),
    ({"established_on": "1899-12-31"}, "established_on", "below the smallest plausible date, 1900-01-01"),
    ({"finances": {"profit_tax_change_2019": "-101"}}, "finances.profit_tax_change_2019", "below the smallest"),
    ({"revenue": "1.005"}, "revenue", "at most 2 decimal places"),
    ({"loans": [{"annual_rate": "4.35"}]}, "loans.0.annual_rate", "a rate is a decimal fraction"),
    ({"name": "x" * 501}, "name", "at most 500 characters"),
])
def test_a_value_out_of_its_range_names_the_field_and_the_bound(data: dict[str, Any], field: str, words: str) -> None:
    with pytest.raises(sc.ValidationError) as e:
        sc.Firm.model_validate(data)
    err = e.value.errors()[0]
    assert ".".join(map(str, err["loc"])) == field
    assert words in err["msg"]


def test_bounds_are_inclusive() -> None:
    firm = sc.Firm.model_validate({"revenue": 10**13, "employees": 10**7, "established_on": "2099-12-31",
                                   "finances": {"profit_tax_change_2019": -100}})
    assert firm.revenue == 10**13
    assert not math.isnan(float(firm.employees or 0))
    json.dumps(sc.estimate(firm).to_dict())


@pytest.mark.parametrize("path", [("restart", "applied_on"), ("revenue",), ("loans", 0, "disbursed_on"),
                                  ("loans", 0, "principal"), ("lending", "credit_loss_share")])
@pytest.mark.parametrize("bad", [_deep(5000), "2020-01-01" * 10_000, {"a": _deep(5000)}])
def test_a_deep_or_huge_value_is_answered_in_a_short_message(path: tuple[Any, ...], bad: Any) -> None:
    # found by the long run (HYPOTHESIS_PROFILE=long, 2026-12-07): a date field given a list nested 2,188 deep made
    # the validator's own message overflow the stack while showing the value (RecursionError, not a ValidationError)
    data: dict[str, Any] = {"district": "xicheng", "loans": [{"principal": "1000"}]}
    node: Any = data
    for k in path[:-1]:
        node = node.setdefault(k, {}) if isinstance(k, str) else node[k]
    node[path[-1]] = bad
    with pytest.raises(sc.ValidationError) as e:
        sc.Firm.model_validate(data)
    errs = e.value.errors()
    assert [tuple(x["loc"][: len(path)]) for x in errs] == [path]
    assert len(errs[0]["msg"]) < 400
