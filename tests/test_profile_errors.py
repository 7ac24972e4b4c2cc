"""Every mistake of a profile at once, with the bad value and a did-you-mean (issue 11 §4)."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

import subsidycalc as sc
from subsidycalc.cli import main

BAD = {"district": "dongchen", "industry": "restaurant", "revenue": "x", "size": "smal", "lease": [],
       "leases": [{"landlord": "privat", "monthly_rentt": "5"}]}


def test_estimate_reports_every_problem_with_did_you_mean() -> None:
    with pytest.raises(sc.ProfileError) as ei:
        sc.estimate(BAD)
    e = ei.value
    assert isinstance(e, ValidationError)  # the API's promise: still a pydantic.ValidationError
    by_field = {p.field: p for p in e.problems}
    assert set(by_field) == {"district", "industry", "revenue", "size", "lease", "leases.0.landlord",
                             "leases.0.monthly_rentt"}
    assert by_field["district"].suggestions == ("dongcheng",)
    assert by_field["industry"].suggestions[0] == "catering"  # a synonym, not a spelling
    assert by_field["size"].suggestions == ("small",)
    assert by_field["leases.0.landlord"].suggestions == ("private",)
    assert by_field["leases.0.monthly_rentt"].suggestions[0] == "monthly_rent"
    assert by_field["lease"].suggestions[0] == "leases"
    assert by_field["district"].value == "dongchen" and "'dongchen'" in by_field["district"].problem
    text = str(e)
    assert text.startswith("7 problems in the firm profile:")
    assert "did you mean 'dongcheng'?" in text and "did you mean 'catering'?" in text


def test_a_valid_value_is_never_suggested_for_a_far_word() -> None:
    with pytest.raises(sc.ProfileError) as ei:
        sc.estimate({"district": "zzzz", "industry": "other"})
    assert ei.value.problems[0].suggestions == ()


def test_cli_prints_every_problem_one_per_line(tmp_path, capsys) -> None:
    f = tmp_path / "firm.json"
    f.write_text(json.dumps(BAD), encoding="utf-8")
    assert main(["estimate", str(f)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 7 and all(line.startswith(f"error: {f}: ") or f"{f}: " in line for line in err)
    assert any("did you mean 'dongcheng'?" in line for line in err)


def test_estimate_many_lists_every_problem_of_a_bad_firm() -> None:
    p = sc.estimate_many([dict(BAD, name="bad"), {"name": "ok", "district": "xicheng", "industry": "catering"}])
    fields = {e.field for e in p.errors if e.key == "bad"}
    assert {"district", "industry", "leases.0.monthly_rentt"} <= fields
    assert any("did you mean 'dongcheng'?" in e.problem for e in p.errors)
